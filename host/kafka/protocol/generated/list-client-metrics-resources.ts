// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * ListClientMetricsResources Request (Version: 0) => _tagged_fields
 */
/** ListClientMetricsResourcesRequest (versions 0, flexible 0+) */
export interface ListClientMetricsResourcesRequest {
  unknownTaggedFields?: TaggedField[]
}

function readListClientMetricsResourcesRequest(r: Reader, v: number): ListClientMetricsResourcesRequest {
  const o: ListClientMetricsResourcesRequest = {
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListClientMetricsResourcesRequest(w: Writer, m: MessageInit<ListClientMetricsResourcesRequest>, v: number): void {
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  r.begin("ListClientMetricsResourcesRequest", version, 0, 0)
  return readListClientMetricsResourcesRequest(r, version)
}

export function encodeListClientMetricsResourcesRequest(w: Writer, m: MessageInit<ListClientMetricsResourcesRequest>, version: number): void {
  w.begin("ListClientMetricsResourcesRequest", version, 0, 0)
  writeListClientMetricsResourcesRequest(w, m, version)
}

/*
 * ListClientMetricsResources Response (Version: 0) => throttle_time_ms error_code [client_metrics_resources] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   client_metrics_resources => name _tagged_fields
 *     name => COMPACT_STRING
 */
/** ListClientMetricsResourcesResponse (versions 0, flexible 0+) */
export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Each client metrics resource in the response. (versions 0+) */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[]
  unknownTaggedFields?: TaggedField[]
}

function readListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  const o: ListClientMetricsResourcesResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    clientMetricsResources: readArray(r, true, v, readListClientMetricsResourcesResponseClientMetricsResource, "ClientMetricsResources"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListClientMetricsResourcesResponse(w: Writer, m: MessageInit<ListClientMetricsResourcesResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.clientMetricsResources ?? EMPTY_ARRAY), true, false, v, writeListClientMetricsResourcesResponseClientMetricsResource, "ClientMetricsResources")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ClientMetricsResource in ListClientMetricsResourcesResponse (versions 0) */
export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. (versions 0+) */
  name: string
  unknownTaggedFields?: TaggedField[]
}

function readListClientMetricsResourcesResponseClientMetricsResource(r: Reader, v: number): ListClientMetricsResourcesResponseClientMetricsResource {
  const o: ListClientMetricsResourcesResponseClientMetricsResource = {
    name: r.string(true, "ClientMetricsResource.Name"),
  }
  const u = r.taggedFields("ClientMetricsResource._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, m: MessageInit<ListClientMetricsResourcesResponseClientMetricsResource>, v: number): void {
  w.string((m.name ?? ""), true, "ClientMetricsResource.Name")
  w.taggedFields(m.unknownTaggedFields, "ClientMetricsResource._tagged_fields")
}

export function decodeListClientMetricsResourcesResponse(r: Reader, version: number): ListClientMetricsResourcesResponse {
  r.begin("ListClientMetricsResourcesResponse", version, 0, 0)
  return readListClientMetricsResourcesResponse(r, version)
}

export function encodeListClientMetricsResourcesResponse(w: Writer, m: MessageInit<ListClientMetricsResourcesResponse>, version: number): void {
  w.begin("ListClientMetricsResourcesResponse", version, 0, 0)
  writeListClientMetricsResourcesResponse(w, m, version)
}
