// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * OffsetForLeaderEpoch Request (Versions: 0-1) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition leader_epoch
 *       partition => INT32
 *       leader_epoch => INT32
 * OffsetForLeaderEpoch Request (Version: 2) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch leader_epoch
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       leader_epoch => INT32
 * OffsetForLeaderEpoch Request (Version: 3) => replica_id [topics]
 *   replica_id => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch leader_epoch
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       leader_epoch => INT32
 * OffsetForLeaderEpoch Request (Version: 4) => replica_id [topics] _tagged_fields
 *   replica_id => INT32
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => partition current_leader_epoch leader_epoch _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       leader_epoch => INT32
 */
/** OffsetForLeaderEpochRequest (versions 0-4, flexible 4+) */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 3+, ignorable, default -2) */
  replicaId: number
  /** Each topic to get offsets for. (versions 0+) */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  const flex = v === 4
  const o: OffsetForLeaderEpochRequest = {
    replicaId: v >= 3 ? r.int32("ReplicaId") : -2,
    topics: readArray(r, flex, v, readOffsetForLeaderEpochRequestOffsetForLeaderTopic, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetForLeaderEpochRequest(w: Writer, m: MessageInit<OffsetForLeaderEpochRequest>, v: number): void {
  const flex = v === 4
  if (v >= 3) w.int32((m.replicaId ?? -2), "ReplicaId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeOffsetForLeaderEpochRequestOffsetForLeaderTopic, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** OffsetForLeaderTopic in OffsetForLeaderEpochRequest (versions 0-4) */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. (versions 0+) */
  topic: string
  /** Each partition to get offsets for. (versions 0+) */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const flex = v === 4
  const o: OffsetForLeaderEpochRequestOffsetForLeaderTopic = {
    topic: r.string(flex, "OffsetForLeaderTopic.Topic"),
    partitions: readArray(r, flex, v, readOffsetForLeaderEpochRequestOffsetForLeaderPartition, "OffsetForLeaderTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetForLeaderTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, m: MessageInit<OffsetForLeaderEpochRequestOffsetForLeaderTopic>, v: number): void {
  const flex = v === 4
  w.string((m.topic ?? ""), flex, "OffsetForLeaderTopic.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeOffsetForLeaderEpochRequestOffsetForLeaderPartition, "OffsetForLeaderTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetForLeaderTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetForLeaderTopic._tagged_fields")
  }
}

/** OffsetForLeaderPartition in OffsetForLeaderEpochRequest (versions 0-4) */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. (versions 0+) */
  partition: number
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. (versions 2+, ignorable, default -1) */
  currentLeaderEpoch: number
  /** The epoch to look up an offset for. (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const flex = v === 4
  const o: OffsetForLeaderEpochRequestOffsetForLeaderPartition = {
    partition: r.int32("OffsetForLeaderPartition.Partition"),
    currentLeaderEpoch: v >= 2 ? r.int32("OffsetForLeaderPartition.CurrentLeaderEpoch") : -1,
    leaderEpoch: r.int32("OffsetForLeaderPartition.LeaderEpoch"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetForLeaderPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, m: MessageInit<OffsetForLeaderEpochRequestOffsetForLeaderPartition>, v: number): void {
  const flex = v === 4
  w.int32((m.partition ?? 0), "OffsetForLeaderPartition.Partition")
  if (v >= 2) w.int32((m.currentLeaderEpoch ?? -1), "OffsetForLeaderPartition.CurrentLeaderEpoch")
  w.int32((m.leaderEpoch ?? 0), "OffsetForLeaderPartition.LeaderEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetForLeaderPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetForLeaderPartition._tagged_fields")
  }
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  r.begin("OffsetForLeaderEpochRequest", version, 0, 4)
  return readOffsetForLeaderEpochRequest(r, version)
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, m: MessageInit<OffsetForLeaderEpochRequest>, version: number): void {
  w.begin("OffsetForLeaderEpochRequest", version, 0, 4)
  writeOffsetForLeaderEpochRequest(w, m, version)
}

/*
 * OffsetForLeaderEpoch Response (Version: 0) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => error_code partition end_offset
 *       error_code => INT16
 *       partition => INT32
 *       end_offset => INT64
 * OffsetForLeaderEpoch Response (Version: 1) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => error_code partition leader_epoch end_offset
 *       error_code => INT16
 *       partition => INT32
 *       leader_epoch => INT32
 *       end_offset => INT64
 * OffsetForLeaderEpoch Response (Versions: 2-3) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => error_code partition leader_epoch end_offset
 *       error_code => INT16
 *       partition => INT32
 *       leader_epoch => INT32
 *       end_offset => INT64
 * OffsetForLeaderEpoch Response (Version: 4) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => error_code partition leader_epoch end_offset _tagged_fields
 *       error_code => INT16
 *       partition => INT32
 *       leader_epoch => INT32
 *       end_offset => INT64
 */
/** OffsetForLeaderEpochResponse (versions 0-4, flexible 4+) */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+, ignorable) */
  throttleTimeMs: number
  /** Each topic we fetched offsets for. (versions 0+) */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  const flex = v === 4
  const o: OffsetForLeaderEpochResponse = {
    throttleTimeMs: v >= 2 ? r.int32("ThrottleTimeMs") : 0,
    topics: readArray(r, flex, v, readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetForLeaderEpochResponse(w: Writer, m: MessageInit<OffsetForLeaderEpochResponse>, v: number): void {
  const flex = v === 4
  if (v >= 2) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** OffsetForLeaderTopicResult in OffsetForLeaderEpochResponse (versions 0-4) */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. (versions 0+) */
  topic: string
  /** Each partition in the topic we fetched offsets for. (versions 0+) */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[]
  unknownTaggedFields?: TaggedField[]
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const flex = v === 4
  const o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = {
    topic: r.string(flex, "OffsetForLeaderTopicResult.Topic"),
    partitions: readArray(r, flex, v, readOffsetForLeaderEpochResponseEpochEndOffset, "OffsetForLeaderTopicResult.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("OffsetForLeaderTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, m: MessageInit<OffsetForLeaderEpochResponseOffsetForLeaderTopicResult>, v: number): void {
  const flex = v === 4
  w.string((m.topic ?? ""), flex, "OffsetForLeaderTopicResult.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeOffsetForLeaderEpochResponseEpochEndOffset, "OffsetForLeaderTopicResult.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OffsetForLeaderTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OffsetForLeaderTopicResult._tagged_fields")
  }
}

/** EpochEndOffset in OffsetForLeaderEpochResponse (versions 0-4) */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. (versions 0+) */
  errorCode: number
  /** The partition index. (versions 0+) */
  partition: number
  /** The leader epoch of the partition. (versions 1+, ignorable, default -1) */
  leaderEpoch: number
  /** The end offset of the epoch. (versions 0+, default -1) */
  endOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, v: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const flex = v === 4
  const o: OffsetForLeaderEpochResponseEpochEndOffset = {
    errorCode: r.int16("EpochEndOffset.ErrorCode"),
    partition: r.int32("EpochEndOffset.Partition"),
    leaderEpoch: v >= 1 ? r.int32("EpochEndOffset.LeaderEpoch") : -1,
    endOffset: r.int64("EpochEndOffset.EndOffset"),
  }
  if (flex) {
    const u = r.taggedFields("EpochEndOffset._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, m: MessageInit<OffsetForLeaderEpochResponseEpochEndOffset>, v: number): void {
  const flex = v === 4
  w.int16((m.errorCode ?? 0), "EpochEndOffset.ErrorCode")
  w.int32((m.partition ?? 0), "EpochEndOffset.Partition")
  if (v >= 1) w.int32((m.leaderEpoch ?? -1), "EpochEndOffset.LeaderEpoch")
  w.int64((m.endOffset ?? -1n), "EpochEndOffset.EndOffset")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EpochEndOffset._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EpochEndOffset._tagged_fields")
  }
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  r.begin("OffsetForLeaderEpochResponse", version, 0, 4)
  return readOffsetForLeaderEpochResponse(r, version)
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, m: MessageInit<OffsetForLeaderEpochResponse>, version: number): void {
  w.begin("OffsetForLeaderEpochResponse", version, 0, 4)
  writeOffsetForLeaderEpochResponse(w, m, version)
}
