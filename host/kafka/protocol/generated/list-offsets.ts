// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ListOffsetsRequest.json, ListOffsetsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readInt64Element, writeArray, writeInt64Element } from '../codec.js'

/*
 * ListOffsets Request (Version: 0) => replica_id [topics]
 *   replica_id => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index timestamp max_num_offsets
 *       partition_index => INT32
 *       timestamp => INT64
 *       max_num_offsets => INT32
 * ListOffsets Request (Version: 1) => replica_id [topics]
 *   replica_id => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index timestamp
 *       partition_index => INT32
 *       timestamp => INT64
 * ListOffsets Request (Versions: 2-3) => replica_id isolation_level [topics]
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index timestamp
 *       partition_index => INT32
 *       timestamp => INT64
 * ListOffsets Request (Versions: 4-5) => replica_id isolation_level [topics]
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index current_leader_epoch timestamp
 *       partition_index => INT32
 *       current_leader_epoch => INT32
 *       timestamp => INT64
 * ListOffsets Request (Versions: 6-9) => replica_id isolation_level [topics] _tagged_fields
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index current_leader_epoch timestamp _tagged_fields
 *       partition_index => INT32
 *       current_leader_epoch => INT32
 *       timestamp => INT64
 * ListOffsets Request (Version: 10) => replica_id isolation_level [topics] timeout_ms _tagged_fields
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index current_leader_epoch timestamp _tagged_fields
 *       partition_index => INT32
 *       current_leader_epoch => INT32
 *       timestamp => INT64
 *   timeout_ms => INT32
 */
/** ListOffsetsRequest (versions 0-10, flexible 6+) */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. (versions 0+) */
  replicaId: number
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (versions 2+) */
  isolationLevel: number
  /** Each topic in the request. (versions 0+) */
  topics: ListOffsetsRequestListOffsetsTopic[]
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. (versions 10+, ignorable) */
  timeoutMs: number
  unknownTaggedFields?: TaggedField[]
}

function readListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const flex = v >= 6
  const o: ListOffsetsRequest = {
    replicaId: r.int32("ReplicaId"),
    isolationLevel: v >= 2 ? r.int8("IsolationLevel") : 0,
    topics: readArray(r, flex, v, readListOffsetsRequestListOffsetsTopic, "Topics"),
    timeoutMs: v === 10 ? r.int32("TimeoutMs") : 0,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListOffsetsRequest(w: Writer, m: MessageInit<ListOffsetsRequest>, v: number): void {
  const flex = v >= 6
  w.int32((m.replicaId ?? 0), "ReplicaId")
  if (v >= 2) w.int8((m.isolationLevel ?? 0), "IsolationLevel")
  else if (m.isolationLevel !== undefined && m.isolationLevel !== 0) w.notInVersion("IsolationLevel")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeListOffsetsRequestListOffsetsTopic, "Topics")
  if (v === 10) w.int32((m.timeoutMs ?? 0), "TimeoutMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ListOffsetsTopic in ListOffsetsRequest (versions 0-10) */
export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition in the request. (versions 0+) */
  partitions: ListOffsetsRequestListOffsetsPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic {
  const flex = v >= 6
  const o: ListOffsetsRequestListOffsetsTopic = {
    name: r.string(flex, "ListOffsetsTopic.Name"),
    partitions: readArray(r, flex, v, readListOffsetsRequestListOffsetsPartition, "ListOffsetsTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("ListOffsetsTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListOffsetsRequestListOffsetsTopic(w: Writer, m: MessageInit<ListOffsetsRequestListOffsetsTopic>, v: number): void {
  const flex = v >= 6
  w.string((m.name ?? ""), flex, "ListOffsetsTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeListOffsetsRequestListOffsetsPartition, "ListOffsetsTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ListOffsetsTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ListOffsetsTopic._tagged_fields")
  }
}

/** ListOffsetsPartition in ListOffsetsRequest (versions 0-10) */
export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The current leader epoch. (versions 4+, ignorable, default -1) */
  currentLeaderEpoch: number
  /** The current timestamp. (versions 0+) */
  timestamp: bigint
  /** The maximum number of offsets to report. (versions 0, default 1) */
  maxNumOffsets: number
  unknownTaggedFields?: TaggedField[]
}

function readListOffsetsRequestListOffsetsPartition(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition {
  const flex = v >= 6
  const o: ListOffsetsRequestListOffsetsPartition = {
    partitionIndex: r.int32("ListOffsetsPartition.PartitionIndex"),
    currentLeaderEpoch: v >= 4 ? r.int32("ListOffsetsPartition.CurrentLeaderEpoch") : -1,
    timestamp: r.int64("ListOffsetsPartition.Timestamp"),
    maxNumOffsets: v === 0 ? r.int32("ListOffsetsPartition.MaxNumOffsets") : 1,
  }
  if (flex) {
    const u = r.taggedFields("ListOffsetsPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListOffsetsRequestListOffsetsPartition(w: Writer, m: MessageInit<ListOffsetsRequestListOffsetsPartition>, v: number): void {
  const flex = v >= 6
  w.int32((m.partitionIndex ?? 0), "ListOffsetsPartition.PartitionIndex")
  if (v >= 4) w.int32((m.currentLeaderEpoch ?? -1), "ListOffsetsPartition.CurrentLeaderEpoch")
  w.int64((m.timestamp ?? 0n), "ListOffsetsPartition.Timestamp")
  if (v === 0) w.int32((m.maxNumOffsets ?? 1), "ListOffsetsPartition.MaxNumOffsets")
  else if (m.maxNumOffsets !== undefined && m.maxNumOffsets !== 1) w.notInVersion("ListOffsetsPartition.MaxNumOffsets")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ListOffsetsPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ListOffsetsPartition._tagged_fields")
  }
}

export function decodeListOffsetsRequest(r: Reader, version: number): ListOffsetsRequest {
  r.begin("ListOffsetsRequest", version, 0, 10)
  return readListOffsetsRequest(r, version)
}

export function encodeListOffsetsRequest(w: Writer, m: MessageInit<ListOffsetsRequest>, version: number): void {
  w.begin("ListOffsetsRequest", version, 0, 10)
  writeListOffsetsRequest(w, m, version)
}

/*
 * ListOffsets Response (Version: 0) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code [old_style_offsets]
 *       partition_index => INT32
 *       error_code => INT16
 *       old_style_offsets => INT64
 * ListOffsets Response (Version: 1) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code timestamp offset
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 * ListOffsets Response (Versions: 2-3) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code timestamp offset
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 * ListOffsets Response (Versions: 4-5) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code timestamp offset leader_epoch
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 *       leader_epoch => INT32
 * ListOffsets Response (Versions: 6-10) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code timestamp offset leader_epoch _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 *       leader_epoch => INT32
 */
/** ListOffsetsResponse (versions 0-10, flexible 6+) */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+, ignorable) */
  throttleTimeMs: number
  /** Each topic in the response. (versions 0+) */
  topics: ListOffsetsResponseListOffsetsTopicResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const flex = v >= 6
  const o: ListOffsetsResponse = {
    throttleTimeMs: v >= 2 ? r.int32("ThrottleTimeMs") : 0,
    topics: readArray(r, flex, v, readListOffsetsResponseListOffsetsTopicResponse, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListOffsetsResponse(w: Writer, m: MessageInit<ListOffsetsResponse>, v: number): void {
  const flex = v >= 6
  if (v >= 2) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeListOffsetsResponseListOffsetsTopicResponse, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ListOffsetsTopicResponse in ListOffsetsResponse (versions 0-10) */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name (versions 0+) */
  name: string
  /** Each partition in the response. (versions 0+) */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse {
  const flex = v >= 6
  const o: ListOffsetsResponseListOffsetsTopicResponse = {
    name: r.string(flex, "ListOffsetsTopicResponse.Name"),
    partitions: readArray(r, flex, v, readListOffsetsResponseListOffsetsPartitionResponse, "ListOffsetsTopicResponse.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("ListOffsetsTopicResponse._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, m: MessageInit<ListOffsetsResponseListOffsetsTopicResponse>, v: number): void {
  const flex = v >= 6
  w.string((m.name ?? ""), flex, "ListOffsetsTopicResponse.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeListOffsetsResponseListOffsetsPartitionResponse, "ListOffsetsTopicResponse.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ListOffsetsTopicResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ListOffsetsTopicResponse._tagged_fields")
  }
}

/** ListOffsetsPartitionResponse in ListOffsetsResponse (versions 0-10) */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The result offsets. (versions 0) */
  oldStyleOffsets: bigint[]
  /** The timestamp associated with the returned offset. (versions 1+, default -1) */
  timestamp: bigint
  /** The returned offset. (versions 1+, default -1) */
  offset: bigint
  /** (versions 4+, default -1) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const flex = v >= 6
  const o: ListOffsetsResponseListOffsetsPartitionResponse = {
    partitionIndex: r.int32("ListOffsetsPartitionResponse.PartitionIndex"),
    errorCode: r.int16("ListOffsetsPartitionResponse.ErrorCode"),
    oldStyleOffsets: v === 0 ? readArray(r, flex, v, readInt64Element, "ListOffsetsPartitionResponse.OldStyleOffsets") : [],
    timestamp: v >= 1 ? r.int64("ListOffsetsPartitionResponse.Timestamp") : -1n,
    offset: v >= 1 ? r.int64("ListOffsetsPartitionResponse.Offset") : -1n,
    leaderEpoch: v >= 4 ? r.int32("ListOffsetsPartitionResponse.LeaderEpoch") : -1,
  }
  if (flex) {
    const u = r.taggedFields("ListOffsetsPartitionResponse._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, m: MessageInit<ListOffsetsResponseListOffsetsPartitionResponse>, v: number): void {
  const flex = v >= 6
  w.int32((m.partitionIndex ?? 0), "ListOffsetsPartitionResponse.PartitionIndex")
  w.int16((m.errorCode ?? 0), "ListOffsetsPartitionResponse.ErrorCode")
  if (v === 0) writeArray(w, (m.oldStyleOffsets ?? EMPTY_ARRAY), flex, false, v, writeInt64Element, "ListOffsetsPartitionResponse.OldStyleOffsets")
  else if (nonEmpty(m.oldStyleOffsets)) w.notInVersion("ListOffsetsPartitionResponse.OldStyleOffsets")
  if (v >= 1) w.int64((m.timestamp ?? -1n), "ListOffsetsPartitionResponse.Timestamp")
  else if (m.timestamp !== undefined && m.timestamp !== -1n) w.notInVersion("ListOffsetsPartitionResponse.Timestamp")
  if (v >= 1) w.int64((m.offset ?? -1n), "ListOffsetsPartitionResponse.Offset")
  else if (m.offset !== undefined && m.offset !== -1n) w.notInVersion("ListOffsetsPartitionResponse.Offset")
  if (v >= 4) w.int32((m.leaderEpoch ?? -1), "ListOffsetsPartitionResponse.LeaderEpoch")
  else if (m.leaderEpoch !== undefined && m.leaderEpoch !== -1) w.notInVersion("ListOffsetsPartitionResponse.LeaderEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ListOffsetsPartitionResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ListOffsetsPartitionResponse._tagged_fields")
  }
}

export function decodeListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  r.begin("ListOffsetsResponse", version, 0, 10)
  return readListOffsetsResponse(r, version)
}

export function encodeListOffsetsResponse(w: Writer, m: MessageInit<ListOffsetsResponse>, version: number): void {
  w.begin("ListOffsetsResponse", version, 0, 10)
  writeListOffsetsResponse(w, m, version)
}
