// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt32Element, readNullableArray, readNullableStruct, writeArray, writeInt32Element, writeNullableStruct } from '../codec.js'

/*
 * DescribeTopicPartitions Request (Version: 0) => [topics] response_partition_limit cursor _tagged_fields
 *   topics => name _tagged_fields
 *     name => COMPACT_STRING
 *   response_partition_limit => INT32
 *   cursor => topic_name partition_index _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_index => INT32
 */
/** DescribeTopicPartitionsRequest (versions 0, flexible 0+) */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. (versions 0+) */
  topics: DescribeTopicPartitionsRequestTopicRequest[]
  /** The maximum number of partitions included in the response. (versions 0+, default 2000) */
  responsePartitionLimit: number
  /** The first topic and partition index to fetch details for. (versions 0+, nullable 0+, default null) */
  cursor: DescribeTopicPartitionsRequestCursor | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  const o: DescribeTopicPartitionsRequest = {
    topics: readArray(r, true, v, readDescribeTopicPartitionsRequestTopicRequest, "Topics"),
    responsePartitionLimit: r.int32("ResponsePartitionLimit"),
    cursor: readNullableStruct(r, true, v, readDescribeTopicPartitionsRequestCursor, "Cursor"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsRequest(w: Writer, m: MessageInit<DescribeTopicPartitionsRequest>, v: number): void {
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeTopicPartitionsRequestTopicRequest, "Topics")
  w.int32((m.responsePartitionLimit ?? 2000), "ResponsePartitionLimit")
  writeNullableStruct(w, (m.cursor ?? null), true, v, writeDescribeTopicPartitionsRequestCursor, "Cursor")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicRequest in DescribeTopicPartitionsRequest (versions 0) */
export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name (versions 0+) */
  name: string
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTopicPartitionsRequestTopicRequest(r: Reader, v: number): DescribeTopicPartitionsRequestTopicRequest {
  const o: DescribeTopicPartitionsRequestTopicRequest = {
    name: r.string(true, "TopicRequest.Name"),
  }
  const u = r.taggedFields("TopicRequest._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsRequestTopicRequest(w: Writer, m: MessageInit<DescribeTopicPartitionsRequestTopicRequest>, v: number): void {
  w.string((m.name ?? ""), true, "TopicRequest.Name")
  w.taggedFields(m.unknownTaggedFields, "TopicRequest._tagged_fields")
}

/** Cursor in DescribeTopicPartitionsRequest (versions 0) */
export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process (versions 0+) */
  topicName: string
  /** The partition index to start with (versions 0+) */
  partitionIndex: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeTopicPartitionsRequestCursor(): DescribeTopicPartitionsRequestCursor {
  return { topicName: "", partitionIndex: 0 }
}

function readDescribeTopicPartitionsRequestCursor(r: Reader, v: number): DescribeTopicPartitionsRequestCursor {
  const o: DescribeTopicPartitionsRequestCursor = {
    topicName: r.string(true, "Cursor.TopicName"),
    partitionIndex: r.int32("Cursor.PartitionIndex"),
  }
  const u = r.taggedFields("Cursor._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsRequestCursor(w: Writer, m: MessageInit<DescribeTopicPartitionsRequestCursor>, v: number): void {
  w.string((m.topicName ?? ""), true, "Cursor.TopicName")
  w.int32((m.partitionIndex ?? 0), "Cursor.PartitionIndex")
  w.taggedFields(m.unknownTaggedFields, "Cursor._tagged_fields")
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  r.begin("DescribeTopicPartitionsRequest", version, 0, 0)
  return readDescribeTopicPartitionsRequest(r, version)
}

export function encodeDescribeTopicPartitionsRequest(w: Writer, m: MessageInit<DescribeTopicPartitionsRequest>, version: number): void {
  w.begin("DescribeTopicPartitionsRequest", version, 0, 0)
  writeDescribeTopicPartitionsRequest(w, m, version)
}

/*
 * DescribeTopicPartitions Response (Version: 0) => throttle_time_ms [topics] next_cursor _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => error_code name topic_id is_internal [partitions] topic_authorized_operations _tagged_fields
 *     error_code => INT16
 *     name => COMPACT_NULLABLE_STRING
 *     topic_id => UUID
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [eligible_leader_replicas] [last_known_elr] [offline_replicas] _tagged_fields
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       eligible_leader_replicas => INT32
 *       last_known_elr => INT32
 *       offline_replicas => INT32
 *     topic_authorized_operations => INT32
 *   next_cursor => topic_name partition_index _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_index => INT32
 */
/** DescribeTopicPartitionsResponse (versions 0, flexible 0+) */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+, ignorable) */
  throttleTimeMs: number
  /** Each topic in the response. (versions 0+) */
  topics: DescribeTopicPartitionsResponseTopic[]
  /** The next topic and partition index to fetch details for. (versions 0+, nullable 0+, default null) */
  nextCursor: DescribeTopicPartitionsResponseCursor | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  const o: DescribeTopicPartitionsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    topics: readArray(r, true, v, readDescribeTopicPartitionsResponseTopic, "Topics"),
    nextCursor: readNullableStruct(r, true, v, readDescribeTopicPartitionsResponseCursor, "NextCursor"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsResponse(w: Writer, m: MessageInit<DescribeTopicPartitionsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeTopicPartitionsResponseTopic, "Topics")
  writeNullableStruct(w, (m.nextCursor ?? null), true, v, writeDescribeTopicPartitionsResponseCursor, "NextCursor")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DescribeTopicPartitionsResponseTopic in DescribeTopicPartitionsResponse (versions 0) */
export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The topic name. (versions 0+, nullable 0+) */
  name: string | null
  /** The topic id. (versions 0+, ignorable) */
  topicId: string
  /** True if the topic is internal. (versions 0+, ignorable, default false) */
  isInternal: boolean
  /** Each partition in the topic. (versions 0+) */
  partitions: DescribeTopicPartitionsResponsePartition[]
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 0+, default -2147483648) */
  topicAuthorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTopicPartitionsResponseTopic(r: Reader, v: number): DescribeTopicPartitionsResponseTopic {
  const o: DescribeTopicPartitionsResponseTopic = {
    errorCode: r.int16("DescribeTopicPartitionsResponseTopic.ErrorCode"),
    name: r.nullableString(true, true, "DescribeTopicPartitionsResponseTopic.Name"),
    topicId: r.uuid("DescribeTopicPartitionsResponseTopic.TopicId"),
    isInternal: r.bool("DescribeTopicPartitionsResponseTopic.IsInternal"),
    partitions: readArray(r, true, v, readDescribeTopicPartitionsResponsePartition, "DescribeTopicPartitionsResponseTopic.Partitions"),
    topicAuthorizedOperations: r.int32("DescribeTopicPartitionsResponseTopic.TopicAuthorizedOperations"),
  }
  const u = r.taggedFields("DescribeTopicPartitionsResponseTopic._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsResponseTopic(w: Writer, m: MessageInit<DescribeTopicPartitionsResponseTopic>, v: number): void {
  w.int16((m.errorCode ?? 0), "DescribeTopicPartitionsResponseTopic.ErrorCode")
  w.nullableString((m.name === undefined ? "" : m.name), true, true, "DescribeTopicPartitionsResponseTopic.Name")
  w.uuid((m.topicId ?? ZERO_UUID), "DescribeTopicPartitionsResponseTopic.TopicId")
  w.bool((m.isInternal ?? false), "DescribeTopicPartitionsResponseTopic.IsInternal")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeDescribeTopicPartitionsResponsePartition, "DescribeTopicPartitionsResponseTopic.Partitions")
  w.int32((m.topicAuthorizedOperations ?? -2147483648), "DescribeTopicPartitionsResponseTopic.TopicAuthorizedOperations")
  w.taggedFields(m.unknownTaggedFields, "DescribeTopicPartitionsResponseTopic._tagged_fields")
}

/** DescribeTopicPartitionsResponsePartition in DescribeTopicPartitionsResponse (versions 0) */
export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number
  /** The leader epoch of this partition. (versions 0+, ignorable, default -1) */
  leaderEpoch: number
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: number[]
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: number[]
  /** The new eligible leader replicas otherwise. (versions 0+, nullable 0+, default null) */
  eligibleLeaderReplicas: number[] | null
  /** The last known ELR. (versions 0+, nullable 0+, default null) */
  lastKnownElr: number[] | null
  /** The set of offline replicas of this partition. (versions 0+, ignorable) */
  offlineReplicas: number[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTopicPartitionsResponsePartition(r: Reader, v: number): DescribeTopicPartitionsResponsePartition {
  const o: DescribeTopicPartitionsResponsePartition = {
    errorCode: r.int16("DescribeTopicPartitionsResponsePartition.ErrorCode"),
    partitionIndex: r.int32("DescribeTopicPartitionsResponsePartition.PartitionIndex"),
    leaderId: r.int32("DescribeTopicPartitionsResponsePartition.LeaderId"),
    leaderEpoch: r.int32("DescribeTopicPartitionsResponsePartition.LeaderEpoch"),
    replicaNodes: readArray(r, true, v, readInt32Element, "DescribeTopicPartitionsResponsePartition.ReplicaNodes"),
    isrNodes: readArray(r, true, v, readInt32Element, "DescribeTopicPartitionsResponsePartition.IsrNodes"),
    eligibleLeaderReplicas: readNullableArray(r, true, true, v, readInt32Element, "DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas"),
    lastKnownElr: readNullableArray(r, true, true, v, readInt32Element, "DescribeTopicPartitionsResponsePartition.LastKnownElr"),
    offlineReplicas: readArray(r, true, v, readInt32Element, "DescribeTopicPartitionsResponsePartition.OfflineReplicas"),
  }
  const u = r.taggedFields("DescribeTopicPartitionsResponsePartition._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsResponsePartition(w: Writer, m: MessageInit<DescribeTopicPartitionsResponsePartition>, v: number): void {
  w.int16((m.errorCode ?? 0), "DescribeTopicPartitionsResponsePartition.ErrorCode")
  w.int32((m.partitionIndex ?? 0), "DescribeTopicPartitionsResponsePartition.PartitionIndex")
  w.int32((m.leaderId ?? 0), "DescribeTopicPartitionsResponsePartition.LeaderId")
  w.int32((m.leaderEpoch ?? -1), "DescribeTopicPartitionsResponsePartition.LeaderEpoch")
  writeArray(w, (m.replicaNodes ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "DescribeTopicPartitionsResponsePartition.ReplicaNodes")
  writeArray(w, (m.isrNodes ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "DescribeTopicPartitionsResponsePartition.IsrNodes")
  writeArray(w, (m.eligibleLeaderReplicas ?? null), true, true, v, writeInt32Element, "DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas")
  writeArray(w, (m.lastKnownElr ?? null), true, true, v, writeInt32Element, "DescribeTopicPartitionsResponsePartition.LastKnownElr")
  writeArray(w, (m.offlineReplicas ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "DescribeTopicPartitionsResponsePartition.OfflineReplicas")
  w.taggedFields(m.unknownTaggedFields, "DescribeTopicPartitionsResponsePartition._tagged_fields")
}

/** Cursor in DescribeTopicPartitionsResponse (versions 0) */
export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process (versions 0+) */
  topicName: string
  /** The partition index to start with (versions 0+) */
  partitionIndex: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultDescribeTopicPartitionsResponseCursor(): DescribeTopicPartitionsResponseCursor {
  return { topicName: "", partitionIndex: 0 }
}

function readDescribeTopicPartitionsResponseCursor(r: Reader, v: number): DescribeTopicPartitionsResponseCursor {
  const o: DescribeTopicPartitionsResponseCursor = {
    topicName: r.string(true, "Cursor.TopicName"),
    partitionIndex: r.int32("Cursor.PartitionIndex"),
  }
  const u = r.taggedFields("Cursor._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTopicPartitionsResponseCursor(w: Writer, m: MessageInit<DescribeTopicPartitionsResponseCursor>, v: number): void {
  w.string((m.topicName ?? ""), true, "Cursor.TopicName")
  w.int32((m.partitionIndex ?? 0), "Cursor.PartitionIndex")
  w.taggedFields(m.unknownTaggedFields, "Cursor._tagged_fields")
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, version: number): DescribeTopicPartitionsResponse {
  r.begin("DescribeTopicPartitionsResponse", version, 0, 0)
  return readDescribeTopicPartitionsResponse(r, version)
}

export function encodeDescribeTopicPartitionsResponse(w: Writer, m: MessageInit<DescribeTopicPartitionsResponse>, version: number): void {
  w.begin("DescribeTopicPartitionsResponse", version, 0, 0)
  writeDescribeTopicPartitionsResponse(w, m, version)
}
