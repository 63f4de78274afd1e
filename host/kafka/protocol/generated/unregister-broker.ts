// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions UnregisterBrokerRequest.json, UnregisterBrokerResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * UnregisterBroker Request (Version: 0) => broker_id _tagged_fields
 *   broker_id => INT32
 */
/** UnregisterBrokerRequest (versions 0, flexible 0+) */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. (versions 0+) */
  brokerId: number
  unknownTaggedFields?: TaggedField[]
}

function readUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  const o: UnregisterBrokerRequest = {
    brokerId: r.int32("BrokerId"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUnregisterBrokerRequest(w: Writer, m: MessageInit<UnregisterBrokerRequest>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerId")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeUnregisterBrokerRequest(r: Reader, version: number): UnregisterBrokerRequest {
  r.begin("UnregisterBrokerRequest", version, 0, 0)
  return readUnregisterBrokerRequest(r, version)
}

export function encodeUnregisterBrokerRequest(w: Writer, m: MessageInit<UnregisterBrokerRequest>, version: number): void {
  w.begin("UnregisterBrokerRequest", version, 0, 0)
  writeUnregisterBrokerRequest(w, m, version)
}

/*
 * UnregisterBroker Response (Version: 0) => throttle_time_ms error_code error_message _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 */
/** UnregisterBrokerResponse (versions 0, flexible 0+) */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or `null` if there was no top-level error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  const o: UnregisterBrokerResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUnregisterBrokerResponse(w: Writer, m: MessageInit<UnregisterBrokerResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeUnregisterBrokerResponse(r: Reader, version: number): UnregisterBrokerResponse {
  r.begin("UnregisterBrokerResponse", version, 0, 0)
  return readUnregisterBrokerResponse(r, version)
}

export function encodeUnregisterBrokerResponse(w: Writer, m: MessageInit<UnregisterBrokerResponse>, version: number): void {
  w.begin("UnregisterBrokerResponse", version, 0, 0)
  writeUnregisterBrokerResponse(w, m, version)
}
