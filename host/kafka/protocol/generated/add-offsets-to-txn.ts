// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * AddOffsetsToTxn Request (Versions: 0-2) => transactional_id producer_id producer_epoch group_id
 *   transactional_id => STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   group_id => STRING
 * AddOffsetsToTxn Request (Versions: 3-4) => transactional_id producer_id producer_epoch group_id _tagged_fields
 *   transactional_id => COMPACT_STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   group_id => COMPACT_STRING
 */
/** AddOffsetsToTxnRequest (versions 0-4, flexible 3+) */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. (versions 0+) */
  transactionalId: string
  /** Current producer id in use by the transactional id. (versions 0+) */
  producerId: bigint
  /** Current epoch associated with the producer id. (versions 0+) */
  producerEpoch: number
  /** The unique group identifier. (versions 0+) */
  groupId: string
  unknownTaggedFields?: TaggedField[]
}

function readAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  const flex = v >= 3
  const o: AddOffsetsToTxnRequest = {
    transactionalId: r.string(flex, "TransactionalId"),
    producerId: r.int64("ProducerId"),
    producerEpoch: r.int16("ProducerEpoch"),
    groupId: r.string(flex, "GroupId"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddOffsetsToTxnRequest(w: Writer, m: MessageInit<AddOffsetsToTxnRequest>, v: number): void {
  const flex = v >= 3
  w.string((m.transactionalId ?? ""), flex, "TransactionalId")
  w.int64((m.producerId ?? 0n), "ProducerId")
  w.int16((m.producerEpoch ?? 0), "ProducerEpoch")
  w.string((m.groupId ?? ""), flex, "GroupId")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeAddOffsetsToTxnRequest(r: Reader, version: number): AddOffsetsToTxnRequest {
  r.begin("AddOffsetsToTxnRequest", version, 0, 4)
  return readAddOffsetsToTxnRequest(r, version)
}

export function encodeAddOffsetsToTxnRequest(w: Writer, m: MessageInit<AddOffsetsToTxnRequest>, version: number): void {
  w.begin("AddOffsetsToTxnRequest", version, 0, 4)
  writeAddOffsetsToTxnRequest(w, m, version)
}

/*
 * AddOffsetsToTxn Response (Versions: 0-2) => throttle_time_ms error_code
 *   throttle_time_ms => INT32
 *   error_code => INT16
 * AddOffsetsToTxn Response (Versions: 3-4) => throttle_time_ms error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 */
/** AddOffsetsToTxnResponse (versions 0-4, flexible 3+) */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The response error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  const flex = v >= 3
  const o: AddOffsetsToTxnResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddOffsetsToTxnResponse(w: Writer, m: MessageInit<AddOffsetsToTxnResponse>, v: number): void {
  const flex = v >= 3
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  r.begin("AddOffsetsToTxnResponse", version, 0, 4)
  return readAddOffsetsToTxnResponse(r, version)
}

export function encodeAddOffsetsToTxnResponse(w: Writer, m: MessageInit<AddOffsetsToTxnResponse>, version: number): void {
  w.begin("AddOffsetsToTxnResponse", version, 0, 4)
  writeAddOffsetsToTxnResponse(w, m, version)
}
