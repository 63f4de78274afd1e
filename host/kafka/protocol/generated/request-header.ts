// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions RequestHeader.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * RequestHeader (Version: 0) => request_api_key request_api_version correlation_id
 *   request_api_key => INT16
 *   request_api_version => INT16
 *   correlation_id => INT32
 * RequestHeader (Version: 1) => request_api_key request_api_version correlation_id client_id
 *   request_api_key => INT16
 *   request_api_version => INT16
 *   correlation_id => INT32
 *   client_id => NULLABLE_STRING
 * RequestHeader (Version: 2) => request_api_key request_api_version correlation_id client_id _tagged_fields
 *   request_api_key => INT16
 *   request_api_version => INT16
 *   correlation_id => INT32
 *   client_id => NULLABLE_STRING
 */
/** RequestHeader (versions 0-2, flexible 2+) */
export interface RequestHeader {
  /** The API key of this request. (versions 0+) */
  requestApiKey: number
  /** The API version of this request. (versions 0+) */
  requestApiVersion: number
  /** The correlation ID of this request. (versions 0+) */
  correlationId: number
  /** The client ID string. (versions 1+, nullable 1+, ignorable, flexible none) */
  clientId: string | null
  unknownTaggedFields?: TaggedField[]
}

function readRequestHeader(r: Reader, v: number): RequestHeader {
  const flex = v === 2
  const o: RequestHeader = {
    requestApiKey: r.int16("RequestApiKey"),
    requestApiVersion: r.int16("RequestApiVersion"),
    correlationId: r.int32("CorrelationId"),
    clientId: v >= 1 ? r.nullableString(false, v >= 1, "ClientId") : "",
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeRequestHeader(w: Writer, m: MessageInit<RequestHeader>, v: number): void {
  const flex = v === 2
  w.int16((m.requestApiKey ?? 0), "RequestApiKey")
  w.int16((m.requestApiVersion ?? 0), "RequestApiVersion")
  w.int32((m.correlationId ?? 0), "CorrelationId")
  if (v >= 1) w.nullableString((m.clientId === undefined ? "" : m.clientId), false, v >= 1, "ClientId")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeRequestHeader(r: Reader, version: number): RequestHeader {
  r.begin("RequestHeader", version, 0, 2)
  return readRequestHeader(r, version)
}

export function encodeRequestHeader(w: Writer, m: MessageInit<RequestHeader>, version: number): void {
  w.begin("RequestHeader", version, 0, 2)
  writeRequestHeader(w, m, version)
}
