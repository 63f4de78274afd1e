// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * ReadShareGroupState Request (Version: 0) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition leader_epoch _tagged_fields
 *       partition => INT32
 *       leader_epoch => INT32
 */
/** ReadShareGroupStateRequest (versions 0, flexible 0+) */
export interface ReadShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: ReadShareGroupStateRequestReadStateData[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  const o: ReadShareGroupStateRequest = {
    groupId: r.string(true, "GroupId"),
    topics: readArray(r, true, v, readReadShareGroupStateRequestReadStateData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateRequest(w: Writer, m: MessageInit<ReadShareGroupStateRequest>, v: number): void {
  w.string((m.groupId ?? ""), true, "GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateRequestReadStateData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ReadStateData in ReadShareGroupStateRequest (versions 0) */
export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string
  /** The data for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateRequestReadStateData(r: Reader, v: number): ReadShareGroupStateRequestReadStateData {
  const o: ReadShareGroupStateRequestReadStateData = {
    topicId: r.uuid("ReadStateData.TopicId"),
    partitions: readArray(r, true, v, readReadShareGroupStateRequestPartitionData, "ReadStateData.Partitions"),
  }
  const u = r.taggedFields("ReadStateData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateRequestReadStateData(w: Writer, m: MessageInit<ReadShareGroupStateRequestReadStateData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ReadStateData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateRequestPartitionData, "ReadStateData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ReadStateData._tagged_fields")
}

/** PartitionData in ReadShareGroupStateRequest (versions 0) */
export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateRequestPartitionData(r: Reader, v: number): ReadShareGroupStateRequestPartitionData {
  const o: ReadShareGroupStateRequestPartitionData = {
    partition: r.int32("PartitionData.Partition"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateRequestPartitionData(w: Writer, m: MessageInit<ReadShareGroupStateRequestPartitionData>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionData.Partition")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeReadShareGroupStateRequest(r: Reader, version: number): ReadShareGroupStateRequest {
  r.begin("ReadShareGroupStateRequest", version, 0, 0)
  return readReadShareGroupStateRequest(r, version)
}

export function encodeReadShareGroupStateRequest(w: Writer, m: MessageInit<ReadShareGroupStateRequest>, version: number): void {
  w.begin("ReadShareGroupStateRequest", version, 0, 0)
  writeReadShareGroupStateRequest(w, m, version)
}

/*
 * ReadShareGroupState Response (Version: 0) => [results] _tagged_fields
 *   results => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition error_code error_message state_epoch start_offset [state_batches] _tagged_fields
 *       partition => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       state_epoch => INT32
 *       start_offset => INT64
 *       state_batches => first_offset last_offset delivery_state delivery_count _tagged_fields
 *         first_offset => INT64
 *         last_offset => INT64
 *         delivery_state => INT8
 *         delivery_count => INT16
 */
/** ReadShareGroupStateResponse (versions 0, flexible 0+) */
export interface ReadShareGroupStateResponse {
  /** The read results (versions 0+) */
  results: ReadShareGroupStateResponseReadStateResult[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  const o: ReadShareGroupStateResponse = {
    results: readArray(r, true, v, readReadShareGroupStateResponseReadStateResult, "Results"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateResponse(w: Writer, m: MessageInit<ReadShareGroupStateResponse>, v: number): void {
  writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateResponseReadStateResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ReadStateResult in ReadShareGroupStateResponse (versions 0) */
export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string
  /** The results for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateResponsePartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateResponseReadStateResult(r: Reader, v: number): ReadShareGroupStateResponseReadStateResult {
  const o: ReadShareGroupStateResponseReadStateResult = {
    topicId: r.uuid("ReadStateResult.TopicId"),
    partitions: readArray(r, true, v, readReadShareGroupStateResponsePartitionResult, "ReadStateResult.Partitions"),
  }
  const u = r.taggedFields("ReadStateResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateResponseReadStateResult(w: Writer, m: MessageInit<ReadShareGroupStateResponseReadStateResult>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ReadStateResult.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateResponsePartitionResult, "ReadStateResult.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ReadStateResult._tagged_fields")
}

/** PartitionResult in ReadShareGroupStateResponse (versions 0) */
export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number
  /** The share-partition start offset, which can be -1 if it is not yet initialized. (versions 0+) */
  startOffset: bigint
  /** (versions 0+) */
  stateBatches: ReadShareGroupStateResponseStateBatch[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateResponsePartitionResult {
  const o: ReadShareGroupStateResponsePartitionResult = {
    partition: r.int32("PartitionResult.Partition"),
    errorCode: r.int16("PartitionResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionResult.ErrorMessage"),
    stateEpoch: r.int32("PartitionResult.StateEpoch"),
    startOffset: r.int64("PartitionResult.StartOffset"),
    stateBatches: readArray(r, true, v, readReadShareGroupStateResponseStateBatch, "PartitionResult.StateBatches"),
  }
  const u = r.taggedFields("PartitionResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateResponsePartitionResult(w: Writer, m: MessageInit<ReadShareGroupStateResponsePartitionResult>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionResult.Partition")
  w.int16((m.errorCode ?? 0), "PartitionResult.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionResult.ErrorMessage")
  w.int32((m.stateEpoch ?? 0), "PartitionResult.StateEpoch")
  w.int64((m.startOffset ?? 0n), "PartitionResult.StartOffset")
  writeArray(w, (m.stateBatches ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateResponseStateBatch, "PartitionResult.StateBatches")
  w.taggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
}

/** StateBatch in ReadShareGroupStateResponse (versions 0) */
export interface ReadShareGroupStateResponseStateBatch {
  /** The base offset of this state batch. (versions 0+) */
  firstOffset: bigint
  /** The last offset of this state batch. (versions 0+) */
  lastOffset: bigint
  /** The state - 0:Available,2:Acked,4:Archived. (versions 0+) */
  deliveryState: number
  /** The delivery count. (versions 0+) */
  deliveryCount: number
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateResponseStateBatch(r: Reader, v: number): ReadShareGroupStateResponseStateBatch {
  const o: ReadShareGroupStateResponseStateBatch = {
    firstOffset: r.int64("StateBatch.FirstOffset"),
    lastOffset: r.int64("StateBatch.LastOffset"),
    deliveryState: r.int8("StateBatch.DeliveryState"),
    deliveryCount: r.int16("StateBatch.DeliveryCount"),
  }
  const u = r.taggedFields("StateBatch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateResponseStateBatch(w: Writer, m: MessageInit<ReadShareGroupStateResponseStateBatch>, v: number): void {
  w.int64((m.firstOffset ?? 0n), "StateBatch.FirstOffset")
  w.int64((m.lastOffset ?? 0n), "StateBatch.LastOffset")
  w.int8((m.deliveryState ?? 0), "StateBatch.DeliveryState")
  w.int16((m.deliveryCount ?? 0), "StateBatch.DeliveryCount")
  w.taggedFields(m.unknownTaggedFields, "StateBatch._tagged_fields")
}

export function decodeReadShareGroupStateResponse(r: Reader, version: number): ReadShareGroupStateResponse {
  r.begin("ReadShareGroupStateResponse", version, 0, 0)
  return readReadShareGroupStateResponse(r, version)
}

export function encodeReadShareGroupStateResponse(w: Writer, m: MessageInit<ReadShareGroupStateResponse>, version: number): void {
  w.begin("ReadShareGroupStateResponse", version, 0, 0)
  writeReadShareGroupStateResponse(w, m, version)
}
