// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_BYTES } from '../codec.js'

/*
 * RenewDelegationToken Request (Versions: 0-1) => hmac renew_period_ms
 *   hmac => BYTES
 *   renew_period_ms => INT64
 * RenewDelegationToken Request (Version: 2) => hmac renew_period_ms _tagged_fields
 *   hmac => COMPACT_BYTES
 *   renew_period_ms => INT64
 */
/** RenewDelegationTokenRequest (versions 0-2, flexible 2+) */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. (versions 0+) */
  hmac: Uint8Array
  /** The renewal time period in milliseconds. (versions 0+) */
  renewPeriodMs: bigint
  unknownTaggedFields?: TaggedField[]
}

function readRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  const flex = v === 2
  const o: RenewDelegationTokenRequest = {
    hmac: r.bytesField(flex, true, "Hmac"),
    renewPeriodMs: r.int64("RenewPeriodMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeRenewDelegationTokenRequest(w: Writer, m: MessageInit<RenewDelegationTokenRequest>, v: number): void {
  const flex = v === 2
  w.bytesField((m.hmac ?? EMPTY_BYTES), flex, "Hmac")
  w.int64((m.renewPeriodMs ?? 0n), "RenewPeriodMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeRenewDelegationTokenRequest(r: Reader, version: number): RenewDelegationTokenRequest {
  r.begin("RenewDelegationTokenRequest", version, 0, 2)
  return readRenewDelegationTokenRequest(r, version)
}

export function encodeRenewDelegationTokenRequest(w: Writer, m: MessageInit<RenewDelegationTokenRequest>, version: number): void {
  w.begin("RenewDelegationTokenRequest", version, 0, 2)
  writeRenewDelegationTokenRequest(w, m, version)
}

/*
 * RenewDelegationToken Response (Versions: 0-1) => error_code expiry_timestamp_ms throttle_time_ms
 *   error_code => INT16
 *   expiry_timestamp_ms => INT64
 *   throttle_time_ms => INT32
 * RenewDelegationToken Response (Version: 2) => error_code expiry_timestamp_ms throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   expiry_timestamp_ms => INT64
 *   throttle_time_ms => INT32
 */
/** RenewDelegationTokenResponse (versions 0-2, flexible 2+) */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The timestamp in milliseconds at which this token expires. (versions 0+) */
  expiryTimestampMs: bigint
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  unknownTaggedFields?: TaggedField[]
}

function readRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  const flex = v === 2
  const o: RenewDelegationTokenResponse = {
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

function writeRenewDelegationTokenResponse(w: Writer, m: MessageInit<RenewDelegationTokenResponse>, v: number): void {
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

export function decodeRenewDelegationTokenResponse(r: Reader, version: number): RenewDelegationTokenResponse {
  r.begin("RenewDelegationTokenResponse", version, 0, 2)
  return readRenewDelegationTokenResponse(r, version)
}

export function encodeRenewDelegationTokenResponse(w: Writer, m: MessageInit<RenewDelegationTokenResponse>, version: number): void {
  w.begin("RenewDelegationTokenResponse", version, 0, 2)
  writeRenewDelegationTokenResponse(w, m, version)
}
