// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions EndTxnRequest.json, EndTxnResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * EndTxn Request (Versions: 0-2) => transactional_id producer_id producer_epoch committed
 *   transactional_id => STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   committed => BOOLEAN
 * EndTxn Request (Versions: 3-5) => transactional_id producer_id producer_epoch committed _tagged_fields
 *   transactional_id => COMPACT_STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   committed => BOOLEAN
 */
/** EndTxnRequest (versions 0-5, flexible 3+) */
export interface EndTxnRequest {
  /** The ID of the transaction to end. (versions 0+) */
  transactionalId: string
  /** The producer ID. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer. (versions 0+) */
  producerEpoch: number
  /** True if the transaction was committed, false if it was aborted. (versions 0+) */
  committed: boolean
  unknownTaggedFields?: TaggedField[]
}

function readEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  const flex = v >= 3
  const o: EndTxnRequest = {
    transactionalId: r.string(flex, "TransactionalId"),
    producerId: r.int64("ProducerId"),
    producerEpoch: r.int16("ProducerEpoch"),
    committed: r.bool("Committed"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndTxnRequest(w: Writer, m: MessageInit<EndTxnRequest>, v: number): void {
  const flex = v >= 3
  w.string((m.transactionalId ?? ""), flex, "TransactionalId")
  w.int64((m.producerId ?? 0n), "ProducerId")
  w.int16((m.producerEpoch ?? 0), "ProducerEpoch")
  w.bool((m.committed ?? false), "Committed")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeEndTxnRequest(r: Reader, version: number): EndTxnRequest {
  r.begin("EndTxnRequest", version, 0, 5)
  return readEndTxnRequest(r, version)
}

export function encodeEndTxnRequest(w: Writer, m: MessageInit<EndTxnRequest>, version: number): void {
  w.begin("EndTxnRequest", version, 0, 5)
  writeEndTxnRequest(w, m, version)
}

/*
 * EndTxn Response (Versions: 0-2) => throttle_time_ms error_code
 *   throttle_time_ms => INT32
 *   error_code => INT16
 * EndTxn Response (Versions: 3-4) => throttle_time_ms error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 * EndTxn Response (Version: 5) => throttle_time_ms error_code producer_id producer_epoch _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   producer_id => INT64
 *   producer_epoch => INT16
 */
/** EndTxnResponse (versions 0-5, flexible 3+) */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The producer ID. (versions 5+, ignorable, default -1) */
  producerId: bigint
  /** The current epoch associated with the producer. (versions 5+, ignorable, default -1) */
  producerEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  const flex = v >= 3
  const o: EndTxnResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    producerId: v === 5 ? r.int64("ProducerId") : -1n,
    producerEpoch: v === 5 ? r.int16("ProducerEpoch") : -1,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndTxnResponse(w: Writer, m: MessageInit<EndTxnResponse>, v: number): void {
  const flex = v >= 3
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v === 5) w.int64((m.producerId ?? -1n), "ProducerId")
  if (v === 5) w.int16((m.producerEpoch ?? -1), "ProducerEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeEndTxnResponse(r: Reader, version: number): EndTxnResponse {
  r.begin("EndTxnResponse", version, 0, 5)
  return readEndTxnResponse(r, version)
}

export function encodeEndTxnResponse(w: Writer, m: MessageInit<EndTxnResponse>, version: number): void {
  w.begin("EndTxnResponse", version, 0, 5)
  writeEndTxnResponse(w, m, version)
}
