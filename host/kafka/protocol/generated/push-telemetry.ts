// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions PushTelemetryRequest.json, PushTelemetryResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_BYTES, ZERO_UUID } from '../codec.js'

/*
 * PushTelemetry Request (Version: 0) => client_instance_id subscription_id terminating compression_type metrics _tagged_fields
 *   client_instance_id => UUID
 *   subscription_id => INT32
 *   terminating => BOOLEAN
 *   compression_type => INT8
 *   metrics => COMPACT_BYTES
 */
/** PushTelemetryRequest (versions 0, flexible 0+) */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. (versions 0+) */
  clientInstanceId: string
  /** Unique identifier for the current subscription. (versions 0+) */
  subscriptionId: number
  /** Client is terminating the connection. (versions 0+) */
  terminating: boolean
  /** Compression codec used to compress the metrics. (versions 0+) */
  compressionType: number
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. (versions 0+) */
  metrics: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readPushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  const o: PushTelemetryRequest = {
    clientInstanceId: r.uuid("ClientInstanceId"),
    subscriptionId: r.int32("SubscriptionId"),
    terminating: r.bool("Terminating"),
    compressionType: r.int8("CompressionType"),
    metrics: r.bytesField(true, true, "Metrics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writePushTelemetryRequest(w: Writer, m: MessageInit<PushTelemetryRequest>, v: number): void {
  w.uuid((m.clientInstanceId ?? ZERO_UUID), "ClientInstanceId")
  w.int32((m.subscriptionId ?? 0), "SubscriptionId")
  w.bool((m.terminating ?? false), "Terminating")
  w.int8((m.compressionType ?? 0), "CompressionType")
  w.bytesField((m.metrics ?? EMPTY_BYTES), true, "Metrics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodePushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  r.begin("PushTelemetryRequest", version, 0, 0)
  return readPushTelemetryRequest(r, version)
}

export function encodePushTelemetryRequest(w: Writer, m: MessageInit<PushTelemetryRequest>, version: number): void {
  w.begin("PushTelemetryRequest", version, 0, 0)
  writePushTelemetryRequest(w, m, version)
}

/*
 * PushTelemetry Response (Version: 0) => throttle_time_ms error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 */
/** PushTelemetryResponse (versions 0, flexible 0+) */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readPushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  const o: PushTelemetryResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writePushTelemetryResponse(w: Writer, m: MessageInit<PushTelemetryResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodePushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  r.begin("PushTelemetryResponse", version, 0, 0)
  return readPushTelemetryResponse(r, version)
}

export function encodePushTelemetryResponse(w: Writer, m: MessageInit<PushTelemetryResponse>, version: number): void {
  w.begin("PushTelemetryResponse", version, 0, 0)
  writePushTelemetryResponse(w, m, version)
}
