// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeProducersRequest.json, DescribeProducersResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * DescribeProducers Request (Version: 0) => [topics] _tagged_fields
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 */
/** DescribeProducersRequest (versions 0, flexible 0+) */
export interface DescribeProducersRequest {
  /** (versions 0+) */
  topics: DescribeProducersRequestTopicRequest[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  const o: DescribeProducersRequest = {
    topics: readArray(r, true, v, readDescribeProducersRequestTopicRequest, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeProducersRequest(w: Writer, m: MessageInit<DescribeProducersRequest>, v: number): void {
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeProducersRequestTopicRequest, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicRequest in DescribeProducersRequest (versions 0) */
export interface DescribeProducersRequestTopicRequest {
  /** The topic name. (versions 0+) */
  name: string
  /** The indexes of the partitions to list producers for. (versions 0+) */
  partitionIndexes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeProducersRequestTopicRequest(r: Reader, v: number): DescribeProducersRequestTopicRequest {
  const o: DescribeProducersRequestTopicRequest = {
    name: r.string(true, "TopicRequest.Name"),
    partitionIndexes: readArray(r, true, v, readInt32Element, "TopicRequest.PartitionIndexes"),
  }
  const u = r.taggedFields("TopicRequest._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeProducersRequestTopicRequest(w: Writer, m: MessageInit<DescribeProducersRequestTopicRequest>, v: number): void {
  w.string((m.name ?? ""), true, "TopicRequest.Name")
  writeArray(w, (m.partitionIndexes ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "TopicRequest.PartitionIndexes")
  w.taggedFields(m.unknownTaggedFields, "TopicRequest._tagged_fields")
}

export function decodeDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  r.begin("DescribeProducersRequest", version, 0, 0)
  return readDescribeProducersRequest(r, version)
}

export function encodeDescribeProducersRequest(w: Writer, m: MessageInit<DescribeProducersRequest>, version: number): void {
  w.begin("DescribeProducersRequest", version, 0, 0)
  writeDescribeProducersRequest(w, m, version)
}

/*
 * DescribeProducers Response (Version: 0) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code error_message [active_producers] _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       active_producers => producer_id producer_epoch last_sequence last_timestamp coordinator_epoch current_txn_start_offset _tagged_fields
 *         producer_id => INT64
 *         producer_epoch => INT32
 *         last_sequence => INT32
 *         last_timestamp => INT64
 *         coordinator_epoch => INT32
 *         current_txn_start_offset => INT64
 */
/** DescribeProducersResponse (versions 0, flexible 0+) */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each topic in the response. (versions 0+) */
  topics: DescribeProducersResponseTopicResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  const o: DescribeProducersResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    topics: readArray(r, true, v, readDescribeProducersResponseTopicResponse, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeProducersResponse(w: Writer, m: MessageInit<DescribeProducersResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeProducersResponseTopicResponse, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicResponse in DescribeProducersResponse (versions 0) */
export interface DescribeProducersResponseTopicResponse {
  /** The topic name (versions 0+) */
  name: string
  /** Each partition in the response. (versions 0+) */
  partitions: DescribeProducersResponsePartitionResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeProducersResponseTopicResponse(r: Reader, v: number): DescribeProducersResponseTopicResponse {
  const o: DescribeProducersResponseTopicResponse = {
    name: r.string(true, "TopicResponse.Name"),
    partitions: readArray(r, true, v, readDescribeProducersResponsePartitionResponse, "TopicResponse.Partitions"),
  }
  const u = r.taggedFields("TopicResponse._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeProducersResponseTopicResponse(w: Writer, m: MessageInit<DescribeProducersResponseTopicResponse>, v: number): void {
  w.string((m.name ?? ""), true, "TopicResponse.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeDescribeProducersResponsePartitionResponse, "TopicResponse.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicResponse._tagged_fields")
}

/** PartitionResponse in DescribeProducersResponse (versions 0) */
export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The partition error message, which may be null if no additional details are available (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** (versions 0+) */
  activeProducers: DescribeProducersResponseProducerState[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeProducersResponsePartitionResponse(r: Reader, v: number): DescribeProducersResponsePartitionResponse {
  const o: DescribeProducersResponsePartitionResponse = {
    partitionIndex: r.int32("PartitionResponse.PartitionIndex"),
    errorCode: r.int16("PartitionResponse.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionResponse.ErrorMessage"),
    activeProducers: readArray(r, true, v, readDescribeProducersResponseProducerState, "PartitionResponse.ActiveProducers"),
  }
  const u = r.taggedFields("PartitionResponse._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeProducersResponsePartitionResponse(w: Writer, m: MessageInit<DescribeProducersResponsePartitionResponse>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionResponse.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionResponse.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionResponse.ErrorMessage")
  writeArray(w, (m.activeProducers ?? EMPTY_ARRAY), true, false, v, writeDescribeProducersResponseProducerState, "PartitionResponse.ActiveProducers")
  w.taggedFields(m.unknownTaggedFields, "PartitionResponse._tagged_fields")
}

/** ProducerState in DescribeProducersResponse (versions 0) */
export interface DescribeProducersResponseProducerState {
  /** (versions 0+) */
  producerId: bigint
  /** (versions 0+) */
  producerEpoch: number
  /** (versions 0+, default -1) */
  lastSequence: number
  /** (versions 0+, default -1) */
  lastTimestamp: bigint
  /** (versions 0+) */
  coordinatorEpoch: number
  /** (versions 0+, default -1) */
  currentTxnStartOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readDescribeProducersResponseProducerState(r: Reader, v: number): DescribeProducersResponseProducerState {
  const o: DescribeProducersResponseProducerState = {
    producerId: r.int64("ProducerState.ProducerId"),
    producerEpoch: r.int32("ProducerState.ProducerEpoch"),
    lastSequence: r.int32("ProducerState.LastSequence"),
    lastTimestamp: r.int64("ProducerState.LastTimestamp"),
    coordinatorEpoch: r.int32("ProducerState.CoordinatorEpoch"),
    currentTxnStartOffset: r.int64("ProducerState.CurrentTxnStartOffset"),
  }
  const u = r.taggedFields("ProducerState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeProducersResponseProducerState(w: Writer, m: MessageInit<DescribeProducersResponseProducerState>, v: number): void {
  w.int64((m.producerId ?? 0n), "ProducerState.ProducerId")
  w.int32((m.producerEpoch ?? 0), "ProducerState.ProducerEpoch")
  w.int32((m.lastSequence ?? -1), "ProducerState.LastSequence")
  w.int64((m.lastTimestamp ?? -1n), "ProducerState.LastTimestamp")
  w.int32((m.coordinatorEpoch ?? 0), "ProducerState.CoordinatorEpoch")
  w.int64((m.currentTxnStartOffset ?? -1n), "ProducerState.CurrentTxnStartOffset")
  w.taggedFields(m.unknownTaggedFields, "ProducerState._tagged_fields")
}

export function decodeDescribeProducersResponse(r: Reader, version: number): DescribeProducersResponse {
  r.begin("DescribeProducersResponse", version, 0, 0)
  return readDescribeProducersResponse(r, version)
}

export function encodeDescribeProducersResponse(w: Writer, m: MessageInit<DescribeProducersResponse>, version: number): void {
  w.begin("DescribeProducersResponse", version, 0, 0)
  writeDescribeProducersResponse(w, m, version)
}
