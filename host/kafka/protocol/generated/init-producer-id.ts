// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions InitProducerIdRequest.json, InitProducerIdResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * InitProducerId Request (Versions: 0-1) => transactional_id transaction_timeout_ms
 *   transactional_id => NULLABLE_STRING
 *   transaction_timeout_ms => INT32
 * InitProducerId Request (Version: 2) => transactional_id transaction_timeout_ms _tagged_fields
 *   transactional_id => COMPACT_NULLABLE_STRING
 *   transaction_timeout_ms => INT32
 * InitProducerId Request (Versions: 3-5) => transactional_id transaction_timeout_ms producer_id producer_epoch _tagged_fields
 *   transactional_id => COMPACT_NULLABLE_STRING
 *   transaction_timeout_ms => INT32
 *   producer_id => INT64
 *   producer_epoch => INT16
 */
/** InitProducerIdRequest (versions 0-5, flexible 2+) */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. (versions 0+, nullable 0+) */
  transactionalId: string | null
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. (versions 0+) */
  transactionTimeoutMs: number
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. (versions 3+, default -1) */
  producerId: bigint
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. (versions 3+, default -1) */
  producerEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const flex = v >= 2
  const o: InitProducerIdRequest = {
    transactionalId: r.nullableString(flex, true, "TransactionalId"),
    transactionTimeoutMs: r.int32("TransactionTimeoutMs"),
    producerId: v >= 3 ? r.int64("ProducerId") : -1n,
    producerEpoch: v >= 3 ? r.int16("ProducerEpoch") : -1,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeInitProducerIdRequest(w: Writer, m: MessageInit<InitProducerIdRequest>, v: number): void {
  const flex = v >= 2
  w.nullableString((m.transactionalId === undefined ? "" : m.transactionalId), flex, true, "TransactionalId")
  w.int32((m.transactionTimeoutMs ?? 0), "TransactionTimeoutMs")
  if (v >= 3) w.int64((m.producerId ?? -1n), "ProducerId")
  else if (m.producerId !== undefined && m.producerId !== -1n) w.notInVersion("ProducerId")
  if (v >= 3) w.int16((m.producerEpoch ?? -1), "ProducerEpoch")
  else if (m.producerEpoch !== undefined && m.producerEpoch !== -1) w.notInVersion("ProducerEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeInitProducerIdRequest(r: Reader, version: number): InitProducerIdRequest {
  r.begin("InitProducerIdRequest", version, 0, 5)
  return readInitProducerIdRequest(r, version)
}

export function encodeInitProducerIdRequest(w: Writer, m: MessageInit<InitProducerIdRequest>, version: number): void {
  w.begin("InitProducerIdRequest", version, 0, 5)
  writeInitProducerIdRequest(w, m, version)
}

/*
 * InitProducerId Response (Versions: 0-1) => throttle_time_ms error_code producer_id producer_epoch
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   producer_id => INT64
 *   producer_epoch => INT16
 * InitProducerId Response (Versions: 2-5) => throttle_time_ms error_code producer_id producer_epoch _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   producer_id => INT64
 *   producer_epoch => INT16
 */
/** InitProducerIdResponse (versions 0-5, flexible 2+) */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The current producer id. (versions 0+, default -1) */
  producerId: bigint
  /** The current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const flex = v >= 2
  const o: InitProducerIdResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    producerId: r.int64("ProducerId"),
    producerEpoch: r.int16("ProducerEpoch"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeInitProducerIdResponse(w: Writer, m: MessageInit<InitProducerIdResponse>, v: number): void {
  const flex = v >= 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.int64((m.producerId ?? -1n), "ProducerId")
  w.int16((m.producerEpoch ?? 0), "ProducerEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeInitProducerIdResponse(r: Reader, version: number): InitProducerIdResponse {
  r.begin("InitProducerIdResponse", version, 0, 5)
  return readInitProducerIdResponse(r, version)
}

export function encodeInitProducerIdResponse(w: Writer, m: MessageInit<InitProducerIdResponse>, version: number): void {
  w.begin("InitProducerIdResponse", version, 0, 5)
  writeInitProducerIdResponse(w, m, version)
}
