// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions OffsetFetchRequest.json, OffsetFetchResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * OffsetFetch Request (Versions: 0-5) => group_id [topics]
 *   group_id => STRING
 *   topics => name [partition_indexes]
 *     name => STRING
 *     partition_indexes => INT32
 * OffsetFetch Request (Version: 6) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 * OffsetFetch Request (Version: 7) => group_id [topics] require_stable _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 *   require_stable => BOOLEAN
 * OffsetFetch Request (Version: 8) => [groups] require_stable _tagged_fields
 *   groups => group_id [topics] _tagged_fields
 *     group_id => COMPACT_STRING
 *     topics => name [partition_indexes] _tagged_fields
 *       name => COMPACT_STRING
 *       partition_indexes => INT32
 *   require_stable => BOOLEAN
 * OffsetFetch Request (Version: 9) => [groups] require_stable _tagged_fields
 *   groups => group_id member_id member_epoch [topics] _tagged_fields
 *     group_id => COMPACT_STRING
 *     member_id => COMPACT_NULLABLE_STRING
 *     member_epoch => INT32
 *     topics => name [partition_indexes] _tagged_fields
 *       name => COMPACT_STRING
 *       partition_indexes => INT32
 *   require_stable => BOOLEAN
 */
/** OffsetFetchRequest (versions 0-9, flexible 6+) */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. (versions 0-7) */
  groupId: string
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 0-7, nullable 2-7) */
  topics: OffsetFetchRequestTopic[] | null
  /** Each group we would like to fetch offsets for (versions 8+) */
  groups: OffsetFetchRequestGroup[]
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. (versions 7+, default false) */
  requireStable: boolean
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const flex = v >= 6
  const o: OffsetFetchRequest = {
    groupId: v <= 7 ? r.string(flex, "GroupId") : "",
    topics: v <= 7 ? readNullableArray(r, flex, (v >= 2 && v <= 7), v, readOffsetFetchRequestTopic, "Topics") : [],
    groups: v >= 8 ? readArray(r, flex, v, readOffsetFetchRequestGroup, "Groups") : [],
    requireStable: v >= 7 ? r.bool("RequireStable") : false,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetFetchRequest(w: Writer, m: MessageInit<OffsetFetchRequest>, v: number): void {
  const flex = v >= 6
  if (v <= 7) w.string((m.groupId ?? ""), flex, "GroupId")
  else if (m.groupId !== undefined && m.groupId !== "") w.notInVersion("GroupId")
  if (v <= 7) writeArray(w, (m.topics === undefined ? EMPTY_ARRAY : m.topics), flex, (v >= 2 && v <= 7), v, writeOffsetFetchRequestTopic, "Topics")
  else if (nonEmpty(m.topics)) w.notInVersion("Topics")
  if (v >= 8) writeArray(w, (m.groups ?? EMPTY_ARRAY), flex, false, v, writeOffsetFetchRequestGroup, "Groups")
  else if (nonEmpty(m.groups)) w.notInVersion("Groups")
  if (v >= 7) w.bool((m.requireStable ?? false), "RequireStable")
  else if (m.requireStable !== undefined && m.requireStable !== false) w.notInVersion("RequireStable")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** OffsetFetchRequestTopic in OffsetFetchRequest (versions 0-7) */
export interface OffsetFetchRequestTopic {
  /** The topic name. (versions 0-7) */
  name: string
  /** The partition indexes we would like to fetch offsets for. (versions 0-7) */
  partitionIndexes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const flex = v >= 6
  const o: OffsetFetchRequestTopic = {
    name: r.string(flex, "OffsetFetchRequestTopic.Name"),
    partitionIndexes: readArray(r, flex, v, readInt32Element, "OffsetFetchRequestTopic.PartitionIndexes"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetFetchRequestTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetFetchRequestTopic(w: Writer, m: MessageInit<OffsetFetchRequestTopic>, v: number): void {
  const flex = v >= 6
  w.string((m.name ?? ""), flex, "OffsetFetchRequestTopic.Name")
  writeArray(w, (m.partitionIndexes ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "OffsetFetchRequestTopic.PartitionIndexes")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetFetchRequestTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetFetchRequestTopic._tagged_fields")
  }
}

/** OffsetFetchRequestGroup in OffsetFetchRequest (versions 8-9) */
export interface OffsetFetchRequestGroup {
  /** The group ID. (versions 8+) */
  groupId: string
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). (versions 9+, nullable 9+, ignorable, default null) */
  memberId: string | null
  /** The member epoch if using the new consumer protocol (KIP-848). (versions 9+, ignorable, default -1) */
  memberEpoch: number
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. (versions 8+, nullable 8+) */
  topics: OffsetFetchRequestTopics[] | null
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroup {
  const o: OffsetFetchRequestGroup = {
    groupId: r.string(true, "OffsetFetchRequestGroup.GroupId"),
    memberId: v === 9 ? r.nullableString(true, v === 9, "OffsetFetchRequestGroup.MemberId") : null,
    memberEpoch: v === 9 ? r.int32("OffsetFetchRequestGroup.MemberEpoch") : -1,
    topics: readNullableArray(r, true, true, v, readOffsetFetchRequestTopics, "OffsetFetchRequestGroup.Topics"),
  }
  const u = r.taggedFields("OffsetFetchRequestGroup._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeOffsetFetchRequestGroup(w: Writer, m: MessageInit<OffsetFetchRequestGroup>, v: number): void {
  w.string((m.groupId ?? ""), true, "OffsetFetchRequestGroup.GroupId")
  if (v === 9) w.nullableString((m.memberId ?? null), true, v === 9, "OffsetFetchRequestGroup.MemberId")
  if (v === 9) w.int32((m.memberEpoch ?? -1), "OffsetFetchRequestGroup.MemberEpoch")
  writeArray(w, (m.topics === undefined ? EMPTY_ARRAY : m.topics), true, true, v, writeOffsetFetchRequestTopics, "OffsetFetchRequestGroup.Topics")
  w.taggedFields(m.unknownTaggedFields, "OffsetFetchRequestGroup._tagged_fields")
}

/** OffsetFetchRequestTopics in OffsetFetchRequest (versions 8-9) */
export interface OffsetFetchRequestTopics {
  /** The topic name. (versions 8+) */
  name: string
  /** The partition indexes we would like to fetch offsets for. (versions 8+) */
  partitionIndexes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopics {
  const o: OffsetFetchRequestTopics = {
    name: r.string(true, "OffsetFetchRequestTopics.Name"),
    partitionIndexes: readArray(r, true, v, readInt32Element, "OffsetFetchRequestTopics.PartitionIndexes"),
  }
  const u = r.taggedFields("OffsetFetchRequestTopics._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeOffsetFetchRequestTopics(w: Writer, m: MessageInit<OffsetFetchRequestTopics>, v: number): void {
  w.string((m.name ?? ""), true, "OffsetFetchRequestTopics.Name")
  writeArray(w, (m.partitionIndexes ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "OffsetFetchRequestTopics.PartitionIndexes")
  w.taggedFields(m.unknownTaggedFields, "OffsetFetchRequestTopics._tagged_fields")
}

export function decodeOffsetFetchRequest(r: Reader, version: number): OffsetFetchRequest {
  r.begin("OffsetFetchRequest", version, 0, 9)
  return readOffsetFetchRequest(r, version)
}

export function encodeOffsetFetchRequest(w: Writer, m: MessageInit<OffsetFetchRequest>, version: number): void {
  w.begin("OffsetFetchRequest", version, 0, 9)
  writeOffsetFetchRequest(w, m, version)
}

/*
 * OffsetFetch Response (Versions: 0-1) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 * OffsetFetch Response (Version: 2) => [topics] error_code
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 * OffsetFetch Response (Versions: 3-4) => throttle_time_ms [topics] error_code
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 * OffsetFetch Response (Version: 5) => throttle_time_ms [topics] error_code
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 * OffsetFetch Response (Versions: 6-7) => throttle_time_ms [topics] error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index committed_offset committed_leader_epoch metadata error_code _tagged_fields
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       metadata => COMPACT_NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 * OffsetFetch Response (Versions: 8-9) => throttle_time_ms [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   groups => group_id [topics] error_code _tagged_fields
 *     group_id => COMPACT_STRING
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => partition_index committed_offset committed_leader_epoch metadata error_code _tagged_fields
 *         partition_index => INT32
 *         committed_offset => INT64
 *         committed_leader_epoch => INT32
 *         metadata => COMPACT_NULLABLE_STRING
 *         error_code => INT16
 *     error_code => INT16
 */
/** OffsetFetchResponse (versions 0-9, flexible 6+) */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+, ignorable) */
  throttleTimeMs: number
  /** The responses per topic. (versions 0-7) */
  topics: OffsetFetchResponseTopic[]
  /** The top-level error code, or 0 if there was no error. (versions 2-7, ignorable, default 0) */
  errorCode: number
  /** The responses per group id. (versions 8+) */
  groups: OffsetFetchResponseGroup[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const flex = v >= 6
  const o: OffsetFetchResponse = {
    throttleTimeMs: v >= 3 ? r.int32("ThrottleTimeMs") : 0,
    topics: v <= 7 ? readArray(r, flex, v, readOffsetFetchResponseTopic, "Topics") : [],
    errorCode: (v >= 2 && v <= 7) ? r.int16("ErrorCode") : 0,
    groups: v >= 8 ? readArray(r, flex, v, readOffsetFetchResponseGroup, "Groups") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetFetchResponse(w: Writer, m: MessageInit<OffsetFetchResponse>, v: number): void {
  const flex = v >= 6
  if (v >= 3) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (v <= 7) writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeOffsetFetchResponseTopic, "Topics")
  else if (nonEmpty(m.topics)) w.notInVersion("Topics")
  if ((v >= 2 && v <= 7)) w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v >= 8) writeArray(w, (m.groups ?? EMPTY_ARRAY), flex, false, v, writeOffsetFetchResponseGroup, "Groups")
  else if (nonEmpty(m.groups)) w.notInVersion("Groups")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** OffsetFetchResponseTopic in OffsetFetchResponse (versions 0-7) */
export interface OffsetFetchResponseTopic {
  /** The topic name. (versions 0-7) */
  name: string
  /** The responses per partition (versions 0-7) */
  partitions: OffsetFetchResponsePartition[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const flex = v >= 6
  const o: OffsetFetchResponseTopic = {
    name: r.string(flex, "OffsetFetchResponseTopic.Name"),
    partitions: readArray(r, flex, v, readOffsetFetchResponsePartition, "OffsetFetchResponseTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetFetchResponseTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetFetchResponseTopic(w: Writer, m: MessageInit<OffsetFetchResponseTopic>, v: number): void {
  const flex = v >= 6
  w.string((m.name ?? ""), flex, "OffsetFetchResponseTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeOffsetFetchResponsePartition, "OffsetFetchResponseTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetFetchResponseTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetFetchResponseTopic._tagged_fields")
  }
}

/** OffsetFetchResponsePartition in OffsetFetchResponse (versions 0-7) */
export interface OffsetFetchResponsePartition {
  /** The partition index. (versions 0-7) */
  partitionIndex: number
  /** The committed message offset. (versions 0-7) */
  committedOffset: bigint
  /** The leader epoch. (versions 5-7, ignorable, default -1) */
  committedLeaderEpoch: number
  /** The partition metadata. (versions 0-7, nullable 0-7) */
  metadata: string | null
  /** The error code, or 0 if there was no error. (versions 0-7) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const flex = v >= 6
  const o: OffsetFetchResponsePartition = {
    partitionIndex: r.int32("OffsetFetchResponsePartition.PartitionIndex"),
    committedOffset: r.int64("OffsetFetchResponsePartition.CommittedOffset"),
    committedLeaderEpoch: v >= 5 ? r.int32("OffsetFetchResponsePartition.CommittedLeaderEpoch") : -1,
    metadata: r.nullableString(flex, true, "OffsetFetchResponsePartition.Metadata"),
    errorCode: r.int16("OffsetFetchResponsePartition.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetFetchResponsePartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetFetchResponsePartition(w: Writer, m: MessageInit<OffsetFetchResponsePartition>, v: number): void {
  const flex = v >= 6
  w.int32((m.partitionIndex ?? 0), "OffsetFetchResponsePartition.PartitionIndex")
  w.int64((m.committedOffset ?? 0n), "OffsetFetchResponsePartition.CommittedOffset")
  if (v >= 5) w.int32((m.committedLeaderEpoch ?? -1), "OffsetFetchResponsePartition.CommittedLeaderEpoch")
  w.nullableString((m.metadata === undefined ? "" : m.metadata), flex, true, "OffsetFetchResponsePartition.Metadata")
  w.int16((m.errorCode ?? 0), "OffsetFetchResponsePartition.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetFetchResponsePartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetFetchResponsePartition._tagged_fields")
  }
}

/** OffsetFetchResponseGroup in OffsetFetchResponse (versions 8-9) */
export interface OffsetFetchResponseGroup {
  /** The group ID. (versions 8+) */
  groupId: string
  /** The responses per topic. (versions 8+) */
  topics: OffsetFetchResponseTopics[]
  /** The group-level error code, or 0 if there was no error. (versions 8+, default 0) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseGroup {
  const o: OffsetFetchResponseGroup = {
    groupId: r.string(true, "OffsetFetchResponseGroup.GroupId"),
    topics: readArray(r, true, v, readOffsetFetchResponseTopics, "OffsetFetchResponseGroup.Topics"),
    errorCode: r.int16("OffsetFetchResponseGroup.ErrorCode"),
  }
  const u = r.taggedFields("OffsetFetchResponseGroup._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeOffsetFetchResponseGroup(w: Writer, m: MessageInit<OffsetFetchResponseGroup>, v: number): void {
  w.string((m.groupId ?? ""), true, "OffsetFetchResponseGroup.GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeOffsetFetchResponseTopics, "OffsetFetchResponseGroup.Topics")
  w.int16((m.errorCode ?? 0), "OffsetFetchResponseGroup.ErrorCode")
  w.taggedFields(m.unknownTaggedFields, "OffsetFetchResponseGroup._tagged_fields")
}

/** OffsetFetchResponseTopics in OffsetFetchResponse (versions 8-9) */
export interface OffsetFetchResponseTopics {
  /** The topic name. (versions 8+) */
  name: string
  /** The responses per partition (versions 8+) */
  partitions: OffsetFetchResponsePartitions[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseTopics {
  const o: OffsetFetchResponseTopics = {
    name: r.string(true, "OffsetFetchResponseTopics.Name"),
    partitions: readArray(r, true, v, readOffsetFetchResponsePartitions, "OffsetFetchResponseTopics.Partitions"),
  }
  const u = r.taggedFields("OffsetFetchResponseTopics._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeOffsetFetchResponseTopics(w: Writer, m: MessageInit<OffsetFetchResponseTopics>, v: number): void {
  w.string((m.name ?? ""), true, "OffsetFetchResponseTopics.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeOffsetFetchResponsePartitions, "OffsetFetchResponseTopics.Partitions")
  w.taggedFields(m.unknownTaggedFields, "OffsetFetchResponseTopics._tagged_fields")
}

/** OffsetFetchResponsePartitions in OffsetFetchResponse (versions 8-9) */
export interface OffsetFetchResponsePartitions {
  /** The partition index. (versions 8+) */
  partitionIndex: number
  /** The committed message offset. (versions 8+) */
  committedOffset: bigint
  /** The leader epoch. (versions 8+, ignorable, default -1) */
  committedLeaderEpoch: number
  /** The partition metadata. (versions 8+, nullable 8+) */
  metadata: string | null
  /** The partition-level error code, or 0 if there was no error. (versions 8+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readOffsetFetchResponsePartitions(r: Reader, v: number): OffsetFetchResponsePartitions {
  const o: OffsetFetchResponsePartitions = {
    partitionIndex: r.int32("OffsetFetchResponsePartitions.PartitionIndex"),
    committedOffset: r.int64("OffsetFetchResponsePartitions.CommittedOffset"),
    committedLeaderEpoch: r.int32("OffsetFetchResponsePartitions.CommittedLeaderEpoch"),
    metadata: r.nullableString(true, true, "OffsetFetchResponsePartitions.Metadata"),
    errorCode: r.int16("OffsetFetchResponsePartitions.ErrorCode"),
  }
  const u = r.taggedFields("OffsetFetchResponsePartitions._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeOffsetFetchResponsePartitions(w: Writer, m: MessageInit<OffsetFetchResponsePartitions>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "OffsetFetchResponsePartitions.PartitionIndex")
  w.int64((m.committedOffset ?? 0n), "OffsetFetchResponsePartitions.CommittedOffset")
  w.int32((m.committedLeaderEpoch ?? -1), "OffsetFetchResponsePartitions.CommittedLeaderEpoch")
  w.nullableString((m.metadata === undefined ? "" : m.metadata), true, true, "OffsetFetchResponsePartitions.Metadata")
  w.int16((m.errorCode ?? 0), "OffsetFetchResponsePartitions.ErrorCode")
  w.taggedFields(m.unknownTaggedFields, "OffsetFetchResponsePartitions._tagged_fields")
}

export function decodeOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  r.begin("OffsetFetchResponse", version, 0, 9)
  return readOffsetFetchResponse(r, version)
}

export function encodeOffsetFetchResponse(w: Writer, m: MessageInit<OffsetFetchResponse>, version: number): void {
  w.begin("OffsetFetchResponse", version, 0, 9)
  writeOffsetFetchResponse(w, m, version)
}
