// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * WriteShareGroupState Request (Version: 0) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition state_epoch leader_epoch start_offset [state_batches] _tagged_fields
 *       partition => INT32
 *       state_epoch => INT32
 *       leader_epoch => INT32
 *       start_offset => INT64
 *       state_batches => first_offset last_offset delivery_state delivery_count _tagged_fields
 *         first_offset => INT64
 *         last_offset => INT64
 *         delivery_state => INT8
 *         delivery_count => INT16
 */
/** WriteShareGroupStateRequest (versions 0, flexible 0+) */
export interface WriteShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: WriteShareGroupStateRequestWriteStateData[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  const o: WriteShareGroupStateRequest = {
    groupId: r.string(true, "GroupId"),
    topics: readArray(r, true, v, readWriteShareGroupStateRequestWriteStateData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateRequest(w: Writer, m: MessageInit<WriteShareGroupStateRequest>, v: number): void {
  w.string((m.groupId ?? ""), true, "GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeWriteShareGroupStateRequestWriteStateData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** WriteStateData in WriteShareGroupStateRequest (versions 0) */
export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string
  /** The data for the partitions. (versions 0+) */
  partitions: WriteShareGroupStateRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateRequestWriteStateData(r: Reader, v: number): WriteShareGroupStateRequestWriteStateData {
  const o: WriteShareGroupStateRequestWriteStateData = {
    topicId: r.uuid("WriteStateData.TopicId"),
    partitions: readArray(r, true, v, readWriteShareGroupStateRequestPartitionData, "WriteStateData.Partitions"),
  }
  const u = r.taggedFields("WriteStateData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateRequestWriteStateData(w: Writer, m: MessageInit<WriteShareGroupStateRequestWriteStateData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "WriteStateData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeWriteShareGroupStateRequestPartitionData, "WriteStateData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "WriteStateData._tagged_fields")
}

/** PartitionData in WriteShareGroupStateRequest (versions 0) */
export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number
  /** The share-partition start offset, or -1 if the start offset is not being written. (versions 0+) */
  startOffset: bigint
  /** (versions 0+) */
  stateBatches: WriteShareGroupStateRequestStateBatch[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateRequestPartitionData(r: Reader, v: number): WriteShareGroupStateRequestPartitionData {
  const o: WriteShareGroupStateRequestPartitionData = {
    partition: r.int32("PartitionData.Partition"),
    stateEpoch: r.int32("PartitionData.StateEpoch"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
    startOffset: r.int64("PartitionData.StartOffset"),
    stateBatches: readArray(r, true, v, readWriteShareGroupStateRequestStateBatch, "PartitionData.StateBatches"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateRequestPartitionData(w: Writer, m: MessageInit<WriteShareGroupStateRequestPartitionData>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionData.Partition")
  w.int32((m.stateEpoch ?? 0), "PartitionData.StateEpoch")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  w.int64((m.startOffset ?? 0n), "PartitionData.StartOffset")
  writeArray(w, (m.stateBatches ?? EMPTY_ARRAY), true, false, v, writeWriteShareGroupStateRequestStateBatch, "PartitionData.StateBatches")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

/** StateBatch in WriteShareGroupStateRequest (versions 0) */
export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. (versions 0+) */
  firstOffset: bigint
  /** The last offset of this state batch. (versions 0+) */
  lastOffset: bigint
  /** The state - 0:Available,2:Acked,4:Archived (versions 0+) */
  deliveryState: number
  /** The delivery count. (versions 0+) */
  deliveryCount: number
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateRequestStateBatch(r: Reader, v: number): WriteShareGroupStateRequestStateBatch {
  const o: WriteShareGroupStateRequestStateBatch = {
    firstOffset: r.int64("StateBatch.FirstOffset"),
    lastOffset: r.int64("StateBatch.LastOffset"),
    deliveryState: r.int8("StateBatch.DeliveryState"),
    deliveryCount: r.int16("StateBatch.DeliveryCount"),
  }
  const u = r.taggedFields("StateBatch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateRequestStateBatch(w: Writer, m: MessageInit<WriteShareGroupStateRequestStateBatch>, v: number): void {
  w.int64((m.firstOffset ?? 0n), "StateBatch.FirstOffset")
  w.int64((m.lastOffset ?? 0n), "StateBatch.LastOffset")
  w.int8((m.deliveryState ?? 0), "StateBatch.DeliveryState")
  w.int16((m.deliveryCount ?? 0), "StateBatch.DeliveryCount")
  w.taggedFields(m.unknownTaggedFields, "StateBatch._tagged_fields")
}

export function decodeWriteShareGroupStateRequest(r: Reader, version: number): WriteShareGroupStateRequest {
  r.begin("WriteShareGroupStateRequest", version, 0, 0)
  return readWriteShareGroupStateRequest(r, version)
}

export function encodeWriteShareGroupStateRequest(w: Writer, m: MessageInit<WriteShareGroupStateRequest>, version: number): void {
  w.begin("WriteShareGroupStateRequest", version, 0, 0)
  writeWriteShareGroupStateRequest(w, m, version)
}

/*
 * WriteShareGroupState Response (Version: 0) => [results] _tagged_fields
 *   results => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition error_code error_message _tagged_fields
 *       partition => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 */
/** WriteShareGroupStateResponse (versions 0, flexible 0+) */
export interface WriteShareGroupStateResponse {
  /** The write results (versions 0+) */
  results: WriteShareGroupStateResponseWriteStateResult[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  const o: WriteShareGroupStateResponse = {
    results: readArray(r, true, v, readWriteShareGroupStateResponseWriteStateResult, "Results"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateResponse(w: Writer, m: MessageInit<WriteShareGroupStateResponse>, v: number): void {
  writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeWriteShareGroupStateResponseWriteStateResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** WriteStateResult in WriteShareGroupStateResponse (versions 0) */
export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string
  /** The results for the partitions. (versions 0+) */
  partitions: WriteShareGroupStateResponsePartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateResponseWriteStateResult(r: Reader, v: number): WriteShareGroupStateResponseWriteStateResult {
  const o: WriteShareGroupStateResponseWriteStateResult = {
    topicId: r.uuid("WriteStateResult.TopicId"),
    partitions: readArray(r, true, v, readWriteShareGroupStateResponsePartitionResult, "WriteStateResult.Partitions"),
  }
  const u = r.taggedFields("WriteStateResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateResponseWriteStateResult(w: Writer, m: MessageInit<WriteShareGroupStateResponseWriteStateResult>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "WriteStateResult.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeWriteShareGroupStateResponsePartitionResult, "WriteStateResult.Partitions")
  w.taggedFields(m.unknownTaggedFields, "WriteStateResult._tagged_fields")
}

/** PartitionResult in WriteShareGroupStateResponse (versions 0) */
export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readWriteShareGroupStateResponsePartitionResult(r: Reader, v: number): WriteShareGroupStateResponsePartitionResult {
  const o: WriteShareGroupStateResponsePartitionResult = {
    partition: r.int32("PartitionResult.Partition"),
    errorCode: r.int16("PartitionResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionResult.ErrorMessage"),
  }
  const u = r.taggedFields("PartitionResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeWriteShareGroupStateResponsePartitionResult(w: Writer, m: MessageInit<WriteShareGroupStateResponsePartitionResult>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionResult.Partition")
  w.int16((m.errorCode ?? 0), "PartitionResult.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionResult.ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
}

export function decodeWriteShareGroupStateResponse(r: Reader, version: number): WriteShareGroupStateResponse {
  r.begin("WriteShareGroupStateResponse", version, 0, 0)
  return readWriteShareGroupStateResponse(r, version)
}

export function encodeWriteShareGroupStateResponse(w: Writer, m: MessageInit<WriteShareGroupStateResponse>, version: number): void {
  w.begin("WriteShareGroupStateResponse", version, 0, 0)
  writeWriteShareGroupStateResponse(w, m, version)
}
