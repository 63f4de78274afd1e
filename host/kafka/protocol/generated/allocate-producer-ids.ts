// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * AllocateProducerIds Request (Version: 0) => broker_id broker_epoch _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 */
/** AllocateProducerIdsRequest (versions 0, flexible 0+) */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint
  unknownTaggedFields?: TaggedField[]
}

function readAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  const o: AllocateProducerIdsRequest = {
    brokerId: r.int32("BrokerId"),
    brokerEpoch: r.int64("BrokerEpoch"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAllocateProducerIdsRequest(w: Writer, m: MessageInit<AllocateProducerIdsRequest>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerId")
  w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeAllocateProducerIdsRequest(r: Reader, version: number): AllocateProducerIdsRequest {
  r.begin("AllocateProducerIdsRequest", version, 0, 0)
  return readAllocateProducerIdsRequest(r, version)
}

export function encodeAllocateProducerIdsRequest(w: Writer, m: MessageInit<AllocateProducerIdsRequest>, version: number): void {
  w.begin("AllocateProducerIdsRequest", version, 0, 0)
  writeAllocateProducerIdsRequest(w, m, version)
}

/*
 * AllocateProducerIds Response (Version: 0) => throttle_time_ms error_code producer_id_start producer_id_len _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   producer_id_start => INT64
 *   producer_id_len => INT32
 */
/** AllocateProducerIdsResponse (versions 0, flexible 0+) */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code (versions 0+) */
  errorCode: number
  /** The first producer ID in this range, inclusive (versions 0+) */
  producerIdStart: bigint
  /** The number of producer IDs in this range (versions 0+) */
  producerIdLen: number
  unknownTaggedFields?: TaggedField[]
}

function readAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  const o: AllocateProducerIdsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    producerIdStart: r.int64("ProducerIdStart"),
    producerIdLen: r.int32("ProducerIdLen"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAllocateProducerIdsResponse(w: Writer, m: MessageInit<AllocateProducerIdsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.int64((m.producerIdStart ?? 0n), "ProducerIdStart")
  w.int32((m.producerIdLen ?? 0), "ProducerIdLen")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeAllocateProducerIdsResponse(r: Reader, version: number): AllocateProducerIdsResponse {
  r.begin("AllocateProducerIdsResponse", version, 0, 0)
  return readAllocateProducerIdsResponse(r, version)
}

export function encodeAllocateProducerIdsResponse(w: Writer, m: MessageInit<AllocateProducerIdsResponse>, version: number): void {
  w.begin("AllocateProducerIdsResponse", version, 0, 0)
  writeAllocateProducerIdsResponse(w, m, version)
}
