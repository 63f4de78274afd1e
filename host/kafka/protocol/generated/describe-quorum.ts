// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeQuorumRequest.json, DescribeQuorumResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * DescribeQuorum Request (Versions: 0-2) => [topics] _tagged_fields
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index _tagged_fields
 *       partition_index => INT32
 */
/** DescribeQuorumRequest (versions 0-2, flexible 0+) */
export interface DescribeQuorumRequest {
  /** (versions 0+) */
  topics: DescribeQuorumRequestTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  const o: DescribeQuorumRequest = {
    topics: readArray(r, true, v, readDescribeQuorumRequestTopicData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumRequest(w: Writer, m: MessageInit<DescribeQuorumRequest>, v: number): void {
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumRequestTopicData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicData in DescribeQuorumRequest (versions 0-2) */
export interface DescribeQuorumRequestTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: DescribeQuorumRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumRequestTopicData(r: Reader, v: number): DescribeQuorumRequestTopicData {
  const o: DescribeQuorumRequestTopicData = {
    topicName: r.string(true, "TopicData.TopicName"),
    partitions: readArray(r, true, v, readDescribeQuorumRequestPartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumRequestTopicData(w: Writer, m: MessageInit<DescribeQuorumRequestTopicData>, v: number): void {
  w.string((m.topicName ?? ""), true, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumRequestPartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in DescribeQuorumRequest (versions 0-2) */
export interface DescribeQuorumRequestPartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumRequestPartitionData(r: Reader, v: number): DescribeQuorumRequestPartitionData {
  const o: DescribeQuorumRequestPartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumRequestPartitionData(w: Writer, m: MessageInit<DescribeQuorumRequestPartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  r.begin("DescribeQuorumRequest", version, 0, 2)
  return readDescribeQuorumRequest(r, version)
}

export function encodeDescribeQuorumRequest(w: Writer, m: MessageInit<DescribeQuorumRequest>, version: number): void {
  w.begin("DescribeQuorumRequest", version, 0, 2)
  writeDescribeQuorumRequest(w, m, version)
}

/*
 * DescribeQuorum Response (Version: 0) => error_code [topics] _tagged_fields
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch high_watermark [current_voters] [observers] _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       high_watermark => INT64
 *       current_voters => replica_id log_end_offset _tagged_fields
 *         replica_id => INT32
 *         log_end_offset => INT64
 *       observers => replica_id log_end_offset _tagged_fields
 *         replica_id => INT32
 *         log_end_offset => INT64
 * DescribeQuorum Response (Version: 1) => error_code [topics] _tagged_fields
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch high_watermark [current_voters] [observers] _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       high_watermark => INT64
 *       current_voters => replica_id log_end_offset last_fetch_timestamp last_caught_up_timestamp _tagged_fields
 *         replica_id => INT32
 *         log_end_offset => INT64
 *         last_fetch_timestamp => INT64
 *         last_caught_up_timestamp => INT64
 *       observers => replica_id log_end_offset last_fetch_timestamp last_caught_up_timestamp _tagged_fields
 *         replica_id => INT32
 *         log_end_offset => INT64
 *         last_fetch_timestamp => INT64
 *         last_caught_up_timestamp => INT64
 * DescribeQuorum Response (Version: 2) => error_code error_message [topics] [nodes] _tagged_fields
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code error_message leader_id leader_epoch high_watermark [current_voters] [observers] _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       high_watermark => INT64
 *       current_voters => replica_id replica_directory_id log_end_offset last_fetch_timestamp last_caught_up_timestamp _tagged_fields
 *         replica_id => INT32
 *         replica_directory_id => UUID
 *         log_end_offset => INT64
 *         last_fetch_timestamp => INT64
 *         last_caught_up_timestamp => INT64
 *       observers => replica_id replica_directory_id log_end_offset last_fetch_timestamp last_caught_up_timestamp _tagged_fields
 *         replica_id => INT32
 *         replica_directory_id => UUID
 *         log_end_offset => INT64
 *         last_fetch_timestamp => INT64
 *         last_caught_up_timestamp => INT64
 *   nodes => node_id [listeners] _tagged_fields
 *     node_id => INT32
 *     listeners => name host port _tagged_fields
 *       name => COMPACT_STRING
 *       host => COMPACT_STRING
 *       port => UINT16
 */
/** DescribeQuorumResponse (versions 0-2, flexible 0+) */
export interface DescribeQuorumResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 2+, nullable 2+, ignorable) */
  errorMessage: string | null
  /** (versions 0+) */
  topics: DescribeQuorumResponseTopicData[]
  /** (versions 2+) */
  nodes: DescribeQuorumResponseNode[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  const o: DescribeQuorumResponse = {
    errorCode: r.int16("ErrorCode"),
    errorMessage: v === 2 ? r.nullableString(true, v === 2, "ErrorMessage") : "",
    topics: readArray(r, true, v, readDescribeQuorumResponseTopicData, "Topics"),
    nodes: v === 2 ? readArray(r, true, v, readDescribeQuorumResponseNode, "Nodes") : [],
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumResponse(w: Writer, m: MessageInit<DescribeQuorumResponse>, v: number): void {
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v === 2) w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, v === 2, "ErrorMessage")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumResponseTopicData, "Topics")
  if (v === 2) writeArray(w, (m.nodes ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumResponseNode, "Nodes")
  else if (nonEmpty(m.nodes)) w.notInVersion("Nodes")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicData in DescribeQuorumResponse (versions 0-2) */
export interface DescribeQuorumResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: DescribeQuorumResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumResponseTopicData(r: Reader, v: number): DescribeQuorumResponseTopicData {
  const o: DescribeQuorumResponseTopicData = {
    topicName: r.string(true, "TopicData.TopicName"),
    partitions: readArray(r, true, v, readDescribeQuorumResponsePartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumResponseTopicData(w: Writer, m: MessageInit<DescribeQuorumResponseTopicData>, v: number): void {
  w.string((m.topicName ?? ""), true, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumResponsePartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in DescribeQuorumResponse (versions 0-2) */
export interface DescribeQuorumResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 2+, nullable 2+, ignorable) */
  errorMessage: string | null
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  /** (versions 0+) */
  highWatermark: bigint
  /** (versions 0+) */
  currentVoters: DescribeQuorumResponseReplicaState[]
  /** (versions 0+) */
  observers: DescribeQuorumResponseReplicaState[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumResponsePartitionData(r: Reader, v: number): DescribeQuorumResponsePartitionData {
  const o: DescribeQuorumResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    errorMessage: v === 2 ? r.nullableString(true, v === 2, "PartitionData.ErrorMessage") : "",
    leaderId: r.int32("PartitionData.LeaderId"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
    highWatermark: r.int64("PartitionData.HighWatermark"),
    currentVoters: readArray(r, true, v, readDescribeQuorumResponseReplicaState, "PartitionData.CurrentVoters"),
    observers: readArray(r, true, v, readDescribeQuorumResponseReplicaState, "PartitionData.Observers"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumResponsePartitionData(w: Writer, m: MessageInit<DescribeQuorumResponsePartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  if (v === 2) w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, v === 2, "PartitionData.ErrorMessage")
  w.int32((m.leaderId ?? 0), "PartitionData.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  w.int64((m.highWatermark ?? 0n), "PartitionData.HighWatermark")
  writeArray(w, (m.currentVoters ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumResponseReplicaState, "PartitionData.CurrentVoters")
  writeArray(w, (m.observers ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumResponseReplicaState, "PartitionData.Observers")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

/** Node in DescribeQuorumResponse (versions 2) */
export interface DescribeQuorumResponseNode {
  /** The ID of the associated node (versions 2+) */
  nodeId: number
  /** The listeners of this controller (versions 2+) */
  listeners: DescribeQuorumResponseListener[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumResponseNode(r: Reader, v: number): DescribeQuorumResponseNode {
  const o: DescribeQuorumResponseNode = {
    nodeId: r.int32("Node.NodeId"),
    listeners: readArray(r, true, v, readDescribeQuorumResponseListener, "Node.Listeners"),
  }
  const u = r.taggedFields("Node._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumResponseNode(w: Writer, m: MessageInit<DescribeQuorumResponseNode>, v: number): void {
  w.int32((m.nodeId ?? 0), "Node.NodeId")
  writeArray(w, (m.listeners ?? EMPTY_ARRAY), true, false, v, writeDescribeQuorumResponseListener, "Node.Listeners")
  w.taggedFields(m.unknownTaggedFields, "Node._tagged_fields")
}

/** Listener in DescribeQuorumResponse (versions 2) */
export interface DescribeQuorumResponseListener {
  /** The name of the endpoint (versions 2+) */
  name: string
  /** The hostname (versions 2+) */
  host: string
  /** The port (versions 2+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumResponseListener(r: Reader, v: number): DescribeQuorumResponseListener {
  const o: DescribeQuorumResponseListener = {
    name: r.string(true, "Listener.Name"),
    host: r.string(true, "Listener.Host"),
    port: r.uint16("Listener.Port"),
  }
  const u = r.taggedFields("Listener._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumResponseListener(w: Writer, m: MessageInit<DescribeQuorumResponseListener>, v: number): void {
  w.string((m.name ?? ""), true, "Listener.Name")
  w.string((m.host ?? ""), true, "Listener.Host")
  w.uint16((m.port ?? 0), "Listener.Port")
  w.taggedFields(m.unknownTaggedFields, "Listener._tagged_fields")
}

/** ReplicaState in DescribeQuorumResponse (versions 0-2) */
export interface DescribeQuorumResponseReplicaState {
  /** (versions 0+) */
  replicaId: number
  /** (versions 2+) */
  replicaDirectoryId: string
  /** The last known log end offset of the follower or -1 if it is unknown (versions 0+) */
  logEndOffset: bigint
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter (versions 1+, ignorable, default -1) */
  lastFetchTimestamp: bigint
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter (versions 1+, ignorable, default -1) */
  lastCaughtUpTimestamp: bigint
  unknownTaggedFields?: TaggedField[]
}

function readDescribeQuorumResponseReplicaState(r: Reader, v: number): DescribeQuorumResponseReplicaState {
  const o: DescribeQuorumResponseReplicaState = {
    replicaId: r.int32("ReplicaState.ReplicaId"),
    replicaDirectoryId: v === 2 ? r.uuid("ReplicaState.ReplicaDirectoryId") : ZERO_UUID,
    logEndOffset: r.int64("ReplicaState.LogEndOffset"),
    lastFetchTimestamp: v >= 1 ? r.int64("ReplicaState.LastFetchTimestamp") : -1n,
    lastCaughtUpTimestamp: v >= 1 ? r.int64("ReplicaState.LastCaughtUpTimestamp") : -1n,
  }
  const u = r.taggedFields("ReplicaState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeQuorumResponseReplicaState(w: Writer, m: MessageInit<DescribeQuorumResponseReplicaState>, v: number): void {
  w.int32((m.replicaId ?? 0), "ReplicaState.ReplicaId")
  if (v === 2) w.uuid((m.replicaDirectoryId ?? ZERO_UUID), "ReplicaState.ReplicaDirectoryId")
  else if (m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID) w.notInVersion("ReplicaState.ReplicaDirectoryId")
  w.int64((m.logEndOffset ?? 0n), "ReplicaState.LogEndOffset")
  if (v >= 1) w.int64((m.lastFetchTimestamp ?? -1n), "ReplicaState.LastFetchTimestamp")
  if (v >= 1) w.int64((m.lastCaughtUpTimestamp ?? -1n), "ReplicaState.LastCaughtUpTimestamp")
  w.taggedFields(m.unknownTaggedFields, "ReplicaState._tagged_fields")
}

export function decodeDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  r.begin("DescribeQuorumResponse", version, 0, 2)
  return readDescribeQuorumResponse(r, version)
}

export function encodeDescribeQuorumResponse(w: Writer, m: MessageInit<DescribeQuorumResponse>, version: number): void {
  w.begin("DescribeQuorumResponse", version, 0, 2)
  writeDescribeQuorumResponse(w, m, version)
}
