// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_BYTES } from '../codec.js'

/*
 * ExpireDelegationToken Request (Versions: 0-1) => hmac expiry_time_period_ms
 *   hmac => BYTES
 *   expiry_time_period_ms => INT64
 * ExpireDelegationToken Request (Version: 2) => hmac expiry_time_period_ms _tagged_fields
 *   hmac => COMPACT_BYTES
 *   expiry_time_period_ms => INT64
 */
/** ExpireDelegationTokenRequest (versions 0-2, flexible 2+) */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. (versions 0+) */
  hmac: Uint8Array
  /** The expiry time period in milliseconds. (versions 0+) */
  expiryTimePeriodMs: bigint
  unknownTaggedFields?: TaggedField[]
}

function readExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  const flex = v === 2
  const o: ExpireDelegationTokenRequest = {
    hmac: r.bytesField(flex, true, "Hmac"),
    expiryTimePeriodMs: r.int64("ExpiryTimePeriodMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeExpireDelegationTokenRequest(w: Writer, m: MessageInit<ExpireDelegationTokenRequest>, v: number): void {
  const flex = v === 2
  w.bytesField((m.hmac ?? EMPTY_BYTES), flex, "Hmac")
  w.int64((m.expiryTimePeriodMs ?? 0n), "ExpiryTimePeriodMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeExpireDelegationTokenRequest(r: Reader, version: number): ExpireDelegationTokenRequest {
  r.begin("ExpireDelegationTokenRequest", version, 0, 2)
  return readExpireDelegationTokenRequest(r, version)
}

export function encodeExpireDelegationTokenRequest(w: Writer, m: MessageInit<ExpireDelegationTokenRequest>, version: number): void {
  w.begin("ExpireDelegationTokenRequest", version, 0, 2)
  writeExpireDelegationTokenRequest(w, m, version)
}

/*
 * ExpireDelegationToken Response (Versions: 0-1) => error_code expiry_timestamp_ms throttle_time_ms
 *   error_code => INT16
 *   expiry_timestamp_ms => INT64
 *   throttle_time_ms => INT32
 * ExpireDelegationToken Response (Version: 2) => error_code expiry_timestamp_ms throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   expiry_timestamp_ms => INT64
 *   throttle_time_ms => INT32
 */
/** ExpireDelegationTokenResponse (versions 0-2, flexible 2+) */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The timestamp in milliseconds at which this token expires. (versions 0+) */
  expiryTimestampMs: bigint
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  unknownTaggedFields?: TaggedField[]
}

function readExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  const flex = v === 2
  const o: ExpireDelegationTokenResponse = {
    errorCode: r.int16("ErrorCode"),
    expiryTimestampMs: r.int64("ExpiryTimestampMs"),
    throttleTimeMs: r.int32("ThrottleTimeMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeExpireDelegationTokenResponse(w: Writer, m: MessageInit<ExpireDelegationTokenResponse>, v: number): void {
  const flex = v === 2
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.int64((m.expiryTimestampMs ?? 0n), "ExpiryTimestampMs")
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeExpireDelegationTokenResponse(r: Reader, version: number): ExpireDelegationTokenResponse {
  r.begin("ExpireDelegationTokenResponse", version, 0, 2)
  return readExpireDelegationTokenResponse(r, version)
}

export function encodeExpireDelegationTokenResponse(w: Writer, m: MessageInit<ExpireDelegationTokenResponse>, version: number): void {
  w.begin("ExpireDelegationTokenResponse", version, 0, 2)
  writeExpireDelegationTokenResponse(w, m, version)
}
