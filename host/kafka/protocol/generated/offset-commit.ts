// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions OffsetCommitRequest.json, OffsetCommitResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * OffsetCommit Request (Version: 0) => group_id [topics]
 *   group_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 * OffsetCommit Request (Version: 1) => group_id generation_id_or_member_epoch member_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset commit_timestamp committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       commit_timestamp => INT64
 *       committed_metadata => NULLABLE_STRING
 * OffsetCommit Request (Versions: 2-4) => group_id generation_id_or_member_epoch member_id retention_time_ms [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   retention_time_ms => INT64
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 * OffsetCommit Request (Version: 5) => group_id generation_id_or_member_epoch member_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 * OffsetCommit Request (Version: 6) => group_id generation_id_or_member_epoch member_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => NULLABLE_STRING
 * OffsetCommit Request (Version: 7) => group_id generation_id_or_member_epoch member_id group_instance_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => NULLABLE_STRING
 * OffsetCommit Request (Versions: 8-9) => group_id generation_id_or_member_epoch member_id group_instance_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata _tagged_fields
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => COMPACT_NULLABLE_STRING
 */
/** OffsetCommitRequest (versions 0-9, flexible 8+) */
export interface OffsetCommitRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. (versions 1+, ignorable, default -1) */
  generationIdOrMemberEpoch: number
  /** The member ID assigned by the group coordinator. (versions 1+, ignorable) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 7+, nullable 7+, default null) */
  groupInstanceId: string | null
  /** The time period in ms to retain the offset. (versions 2-4, ignorable, default -1) */
  retentionTimeMs: bigint
  /** The topics to commit offsets for. (versions 0+) */
  topics: OffsetCommitRequestTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const flex = v >= 8
  const o: OffsetCommitRequest = {
    groupId: r.string(flex, "GroupId"),
    generationIdOrMemberEpoch: v >= 1 ? r.int32("GenerationIdOrMemberEpoch") : -1,
    memberId: v >= 1 ? r.string(flex, "MemberId") : "",
    groupInstanceId: v >= 7 ? r.nullableString(flex, v >= 7, "GroupInstanceId") : null,
    retentionTimeMs: (v >= 2 && v <= 4) ? r.int64("RetentionTimeMs") : -1n,
    topics: readArray(r, flex, v, readOffsetCommitRequestTopic, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetCommitRequest(w: Writer, m: MessageInit<OffsetCommitRequest>, v: number): void {
  const flex = v >= 8
  w.string((m.groupId ?? ""), flex, "GroupId")
  if (v >= 1) w.int32((m.generationIdOrMemberEpoch ?? -1), "GenerationIdOrMemberEpoch")
  if (v >= 1) w.string((m.memberId ?? ""), flex, "MemberId")
  if (v >= 7) w.nullableString((m.groupInstanceId ?? null), flex, v >= 7, "GroupInstanceId")
  else if (m.groupInstanceId != null) w.notInVersion("GroupInstanceId")
  if ((v >= 2 && v <= 4)) w.int64((m.retentionTimeMs ?? -1n), "RetentionTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeOffsetCommitRequestTopic, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** OffsetCommitRequestTopic in OffsetCommitRequest (versions 0-9) */
export interface OffsetCommitRequestTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition to commit offsets for. (versions 0+) */
  partitions: OffsetCommitRequestPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const flex = v >= 8
  const o: OffsetCommitRequestTopic = {
    name: r.string(flex, "OffsetCommitRequestTopic.Name"),
    partitions: readArray(r, flex, v, readOffsetCommitRequestPartition, "OffsetCommitRequestTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetCommitRequestTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetCommitRequestTopic(w: Writer, m: MessageInit<OffsetCommitRequestTopic>, v: number): void {
  const flex = v >= 8
  w.string((m.name ?? ""), flex, "OffsetCommitRequestTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeOffsetCommitRequestPartition, "OffsetCommitRequestTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetCommitRequestTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetCommitRequestTopic._tagged_fields")
  }
}

/** OffsetCommitRequestPartition in OffsetCommitRequest (versions 0-9) */
export interface OffsetCommitRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint
  /** The leader epoch of this partition. (versions 6+, ignorable, default -1) */
  committedLeaderEpoch: number
  /** The timestamp of the commit. (versions 1, default -1) */
  commitTimestamp: bigint
  /** Any associated metadata the client wants to keep. (versions 0+, nullable 0+) */
  committedMetadata: string | null
  unknownTaggedFields?: TaggedField[]
}

function readOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const flex = v >= 8
  const o: OffsetCommitRequestPartition = {
    partitionIndex: r.int32("OffsetCommitRequestPartition.PartitionIndex"),
    committedOffset: r.int64("OffsetCommitRequestPartition.CommittedOffset"),
    committedLeaderEpoch: v >= 6 ? r.int32("OffsetCommitRequestPartition.CommittedLeaderEpoch") : -1,
    commitTimestamp: v === 1 ? r.int64("OffsetCommitRequestPartition.CommitTimestamp") : -1n,
    committedMetadata: r.nullableString(flex, true, "OffsetCommitRequestPartition.CommittedMetadata"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetCommitRequestPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetCommitRequestPartition(w: Writer, m: MessageInit<OffsetCommitRequestPartition>, v: number): void {
  const flex = v >= 8
  w.int32((m.partitionIndex ?? 0), "OffsetCommitRequestPartition.PartitionIndex")
  w.int64((m.committedOffset ?? 0n), "OffsetCommitRequestPartition.CommittedOffset")
  if (v >= 6) w.int32((m.committedLeaderEpoch ?? -1), "OffsetCommitRequestPartition.CommittedLeaderEpoch")
  if (v === 1) w.int64((m.commitTimestamp ?? -1n), "OffsetCommitRequestPartition.CommitTimestamp")
  else if (m.commitTimestamp !== undefined && m.commitTimestamp !== -1n) w.notInVersion("OffsetCommitRequestPartition.CommitTimestamp")
  w.nullableString((m.committedMetadata === undefined ? "" : m.committedMetadata), flex, true, "OffsetCommitRequestPartition.CommittedMetadata")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetCommitRequestPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetCommitRequestPartition._tagged_fields")
  }
}

export function decodeOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  r.begin("OffsetCommitRequest", version, 0, 9)
  return readOffsetCommitRequest(r, version)
}

export function encodeOffsetCommitRequest(w: Writer, m: MessageInit<OffsetCommitRequest>, version: number): void {
  w.begin("OffsetCommitRequest", version, 0, 9)
  writeOffsetCommitRequest(w, m, version)
}

/*
 * OffsetCommit Response (Versions: 0-2) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 * OffsetCommit Response (Versions: 3-7) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 * OffsetCommit Response (Versions: 8-9) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 */
/** OffsetCommitResponse (versions 0-9, flexible 8+) */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+, ignorable) */
  throttleTimeMs: number
  /** The responses for each topic. (versions 0+) */
  topics: OffsetCommitResponseTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const flex = v >= 8
  const o: OffsetCommitResponse = {
    throttleTimeMs: v >= 3 ? r.int32("ThrottleTimeMs") : 0,
    topics: readArray(r, flex, v, readOffsetCommitResponseTopic, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetCommitResponse(w: Writer, m: MessageInit<OffsetCommitResponse>, v: number): void {
  const flex = v >= 8
  if (v >= 3) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeOffsetCommitResponseTopic, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** OffsetCommitResponseTopic in OffsetCommitResponse (versions 0-9) */
export interface OffsetCommitResponseTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: OffsetCommitResponsePartition[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const flex = v >= 8
  const o: OffsetCommitResponseTopic = {
    name: r.string(flex, "OffsetCommitResponseTopic.Name"),
    partitions: readArray(r, flex, v, readOffsetCommitResponsePartition, "OffsetCommitResponseTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetCommitResponseTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetCommitResponseTopic(w: Writer, m: MessageInit<OffsetCommitResponseTopic>, v: number): void {
  const flex = v >= 8
  w.string((m.name ?? ""), flex, "OffsetCommitResponseTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeOffsetCommitResponsePartition, "OffsetCommitResponseTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetCommitResponseTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetCommitResponseTopic._tagged_fields")
  }
}

/** OffsetCommitResponsePartition in OffsetCommitResponse (versions 0-9) */
export interface OffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponsePartition {
  const flex = v >= 8
  const o: OffsetCommitResponsePartition = {
    partitionIndex: r.int32("OffsetCommitResponsePartition.PartitionIndex"),
    errorCode: r.int16("OffsetCommitResponsePartition.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetCommitResponsePartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetCommitResponsePartition(w: Writer, m: MessageInit<OffsetCommitResponsePartition>, v: number): void {
  const flex = v >= 8
  w.int32((m.partitionIndex ?? 0), "OffsetCommitResponsePartition.PartitionIndex")
  w.int16((m.errorCode ?? 0), "OffsetCommitResponsePartition.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetCommitResponsePartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetCommitResponsePartition._tagged_fields")
  }
}

export function decodeOffsetCommitResponse(r: Reader, version: number): OffsetCommitResponse {
  r.begin("OffsetCommitResponse", version, 0, 9)
  return readOffsetCommitResponse(r, version)
}

export function encodeOffsetCommitResponse(w: Writer, m: MessageInit<OffsetCommitResponse>, version: number): void {
  w.begin("OffsetCommitResponse", version, 0, 9)
  writeOffsetCommitResponse(w, m, version)
}
