// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt8Element, readStringElement, writeArray, writeInt8Element, writeStringElement } from '../codec.js'

/*
 * GetTelemetrySubscriptions Request (Version: 0) => client_instance_id _tagged_fields
 *   client_instance_id => UUID
 */
/** GetTelemetrySubscriptionsRequest (versions 0, flexible 0+) */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. (versions 0+) */
  clientInstanceId: string
  unknownTaggedFields?: TaggedField[]
}

function readGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  const o: GetTelemetrySubscriptionsRequest = {
    clientInstanceId: r.uuid("ClientInstanceId"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, m: MessageInit<GetTelemetrySubscriptionsRequest>, v: number): void {
  w.uuid((m.clientInstanceId ?? ZERO_UUID), "ClientInstanceId")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  r.begin("GetTelemetrySubscriptionsRequest", version, 0, 0)
  return readGetTelemetrySubscriptionsRequest(r, version)
}

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, m: MessageInit<GetTelemetrySubscriptionsRequest>, version: number): void {
  w.begin("GetTelemetrySubscriptionsRequest", version, 0, 0)
  writeGetTelemetrySubscriptionsRequest(w, m, version)
}

/*
 * GetTelemetrySubscriptions Response (Version: 0) => throttle_time_ms error_code client_instance_id subscription_id [accepted_compression_types] push_interval_ms telemetry_max_bytes delta_temporality [requested_metrics] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   client_instance_id => UUID
 *   subscription_id => INT32
 *   accepted_compression_types => INT8
 *   push_interval_ms => INT32
 *   telemetry_max_bytes => INT32
 *   delta_temporality => BOOLEAN
 *   requested_metrics => COMPACT_STRING
 */
/** GetTelemetrySubscriptionsResponse (versions 0, flexible 0+) */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. (versions 0+) */
  clientInstanceId: string
  /** Unique identifier for the current subscription set for this client instance. (versions 0+) */
  subscriptionId: number
  /** Compression types that broker accepts for the PushTelemetryRequest. (versions 0+) */
  acceptedCompressionTypes: number[]
  /** Configured push interval, which is the lowest configured interval in the current subscription set. (versions 0+) */
  pushIntervalMs: number
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. (versions 0+) */
  telemetryMaxBytes: number
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values (versions 0+) */
  deltaTemporality: boolean
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. (versions 0+) */
  requestedMetrics: string[]
  unknownTaggedFields?: TaggedField[]
}

function readGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  const o: GetTelemetrySubscriptionsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    clientInstanceId: r.uuid("ClientInstanceId"),
    subscriptionId: r.int32("SubscriptionId"),
    acceptedCompressionTypes: readArray(r, true, v, readInt8Element, "AcceptedCompressionTypes"),
    pushIntervalMs: r.int32("PushIntervalMs"),
    telemetryMaxBytes: r.int32("TelemetryMaxBytes"),
    deltaTemporality: r.bool("DeltaTemporality"),
    requestedMetrics: readArray(r, true, v, readStringElement, "RequestedMetrics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, m: MessageInit<GetTelemetrySubscriptionsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.uuid((m.clientInstanceId ?? ZERO_UUID), "ClientInstanceId")
  w.int32((m.subscriptionId ?? 0), "SubscriptionId")
  writeArray(w, (m.acceptedCompressionTypes ?? EMPTY_ARRAY), true, false, v, writeInt8Element, "AcceptedCompressionTypes")
  w.int32((m.pushIntervalMs ?? 0), "PushIntervalMs")
  w.int32((m.telemetryMaxBytes ?? 0), "TelemetryMaxBytes")
  w.bool((m.deltaTemporality ?? false), "DeltaTemporality")
  writeArray(w, (m.requestedMetrics ?? EMPTY_ARRAY), true, false, v, writeStringElement, "RequestedMetrics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  r.begin("GetTelemetrySubscriptionsResponse", version, 0, 0)
  return readGetTelemetrySubscriptionsResponse(r, version)
}

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, m: MessageInit<GetTelemetrySubscriptionsResponse>, version: number): void {
  w.begin("GetTelemetrySubscriptionsResponse", version, 0, 0)
  writeGetTelemetrySubscriptionsResponse(w, m, version)
}
