// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions StopReplicaRequest.json, StopReplicaResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * StopReplica Request (Version: 0) => controller_id controller_epoch delete_partitions [ungrouped_partitions]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   delete_partitions => BOOLEAN
 *   ungrouped_partitions => topic_name partition_index
 *     topic_name => STRING
 *     partition_index => INT32
 * StopReplica Request (Version: 1) => controller_id controller_epoch broker_epoch delete_partitions [topics]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   delete_partitions => BOOLEAN
 *   topics => name [partition_indexes]
 *     name => STRING
 *     partition_indexes => INT32
 * StopReplica Request (Version: 2) => controller_id controller_epoch broker_epoch delete_partitions [topics] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   delete_partitions => BOOLEAN
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 * StopReplica Request (Version: 3) => controller_id controller_epoch broker_epoch [topic_states] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_states => partition_index leader_epoch delete_partition _tagged_fields
 *       partition_index => INT32
 *       leader_epoch => INT32
 *       delete_partition => BOOLEAN
 * StopReplica Request (Version: 4) => controller_id is_k_raft_controller controller_epoch broker_epoch [topic_states] _tagged_fields
 *   controller_id => INT32
 *   is_k_raft_controller => BOOLEAN
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_states => partition_index leader_epoch delete_partition _tagged_fields
 *       partition_index => INT32
 *       leader_epoch => INT32
 *       delete_partition => BOOLEAN
 */
/** StopReplicaRequest (versions 0-4, flexible 2+) */
export interface StopReplicaRequest {
  /** The controller id. (versions 0+) */
  controllerId: number
  /** If KRaft controller id is used during migration. See KIP-866 (versions 4+, default false) */
  isKRaftController: boolean
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The broker epoch. (versions 1+, ignorable, default -1) */
  brokerEpoch: bigint
  /** Whether these partitions should be deleted. (versions 0-2) */
  deletePartitions: boolean
  /** The partitions to stop. (versions 0) */
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[]
  /** The topics to stop. (versions 1-2) */
  topics: StopReplicaRequestStopReplicaTopicV1[]
  /** Each topic. (versions 3+) */
  topicStates: StopReplicaRequestStopReplicaTopicState[]
  unknownTaggedFields?: TaggedField[]
}

function readStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  const flex = v >= 2
  const o: StopReplicaRequest = {
    controllerId: r.int32("ControllerId"),
    isKRaftController: v === 4 ? r.bool("isKRaftController") : false,
    controllerEpoch: r.int32("ControllerEpoch"),
    brokerEpoch: v >= 1 ? r.int64("BrokerEpoch") : -1n,
    deletePartitions: v <= 2 ? r.bool("DeletePartitions") : false,
    ungroupedPartitions: v === 0 ? readArray(r, flex, v, readStopReplicaRequestStopReplicaPartitionV0, "UngroupedPartitions") : [],
    topics: (v >= 1 && v <= 2) ? readArray(r, flex, v, readStopReplicaRequestStopReplicaTopicV1, "Topics") : [],
    topicStates: v >= 3 ? readArray(r, flex, v, readStopReplicaRequestStopReplicaTopicState, "TopicStates") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeStopReplicaRequest(w: Writer, m: MessageInit<StopReplicaRequest>, v: number): void {
  const flex = v >= 2
  w.int32((m.controllerId ?? 0), "ControllerId")
  if (v === 4) w.bool((m.isKRaftController ?? false), "isKRaftController")
  else if (m.isKRaftController !== undefined && m.isKRaftController !== false) w.notInVersion("isKRaftController")
  w.int32((m.controllerEpoch ?? 0), "ControllerEpoch")
  if (v >= 1) w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  if (v <= 2) w.bool((m.deletePartitions ?? false), "DeletePartitions")
  else if (m.deletePartitions !== undefined && m.deletePartitions !== false) w.notInVersion("DeletePartitions")
  if (v === 0) writeArray(w, (m.ungroupedPartitions ?? EMPTY_ARRAY), flex, false, v, writeStopReplicaRequestStopReplicaPartitionV0, "UngroupedPartitions")
  else if (nonEmpty(m.ungroupedPartitions)) w.notInVersion("UngroupedPartitions")
  if ((v >= 1 && v <= 2)) writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeStopReplicaRequestStopReplicaTopicV1, "Topics")
  else if (nonEmpty(m.topics)) w.notInVersion("Topics")
  if (v >= 3) writeArray(w, (m.topicStates ?? EMPTY_ARRAY), flex, false, v, writeStopReplicaRequestStopReplicaTopicState, "TopicStates")
  else if (nonEmpty(m.topicStates)) w.notInVersion("TopicStates")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** StopReplicaPartitionV0 in StopReplicaRequest (versions 0) */
export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** The topic name. (versions 0) */
  topicName: string
  /** The partition index. (versions 0) */
  partitionIndex: number
}

function readStopReplicaRequestStopReplicaPartitionV0(r: Reader, v: number): StopReplicaRequestStopReplicaPartitionV0 {
  const o: StopReplicaRequestStopReplicaPartitionV0 = {
    topicName: r.string(false, "StopReplicaPartitionV0.TopicName"),
    partitionIndex: r.int32("StopReplicaPartitionV0.PartitionIndex"),
  }
  return o
}

function writeStopReplicaRequestStopReplicaPartitionV0(w: Writer, m: MessageInit<StopReplicaRequestStopReplicaPartitionV0>, v: number): void {
  w.string((m.topicName ?? ""), false, "StopReplicaPartitionV0.TopicName")
  w.int32((m.partitionIndex ?? 0), "StopReplicaPartitionV0.PartitionIndex")
}

/** StopReplicaTopicV1 in StopReplicaRequest (versions 1-2) */
export interface StopReplicaRequestStopReplicaTopicV1 {
  /** The topic name. (versions 1-2) */
  name: string
  /** The partition indexes. (versions 1-2) */
  partitionIndexes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readStopReplicaRequestStopReplicaTopicV1(r: Reader, v: number): StopReplicaRequestStopReplicaTopicV1 {
  const flex = v === 2
  const o: StopReplicaRequestStopReplicaTopicV1 = {
    name: r.string(flex, "StopReplicaTopicV1.Name"),
    partitionIndexes: readArray(r, flex, v, readInt32Element, "StopReplicaTopicV1.PartitionIndexes"),
  }
  if (flex) {
    const u = r.taggedFields("StopReplicaTopicV1._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeStopReplicaRequestStopReplicaTopicV1(w: Writer, m: MessageInit<StopReplicaRequestStopReplicaTopicV1>, v: number): void {
  const flex = v === 2
  w.string((m.name ?? ""), flex, "StopReplicaTopicV1.Name")
  writeArray(w, (m.partitionIndexes ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "StopReplicaTopicV1.PartitionIndexes")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "StopReplicaTopicV1._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "StopReplicaTopicV1._tagged_fields")
  }
}

/** StopReplicaTopicState in StopReplicaRequest (versions 3-4) */
export interface StopReplicaRequestStopReplicaTopicState {
  /** The topic name. (versions 3+) */
  topicName: string
  /** The state of each partition (versions 3+) */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[]
  unknownTaggedFields?: TaggedField[]
}

function readStopReplicaRequestStopReplicaTopicState(r: Reader, v: number): StopReplicaRequestStopReplicaTopicState {
  const o: StopReplicaRequestStopReplicaTopicState = {
    topicName: r.string(true, "StopReplicaTopicState.TopicName"),
    partitionStates: readArray(r, true, v, readStopReplicaRequestStopReplicaPartitionState, "StopReplicaTopicState.PartitionStates"),
  }
  const u = r.taggedFields("StopReplicaTopicState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeStopReplicaRequestStopReplicaTopicState(w: Writer, m: MessageInit<StopReplicaRequestStopReplicaTopicState>, v: number): void {
  w.string((m.topicName ?? ""), true, "StopReplicaTopicState.TopicName")
  writeArray(w, (m.partitionStates ?? EMPTY_ARRAY), true, false, v, writeStopReplicaRequestStopReplicaPartitionState, "StopReplicaTopicState.PartitionStates")
  w.taggedFields(m.unknownTaggedFields, "StopReplicaTopicState._tagged_fields")
}

/** StopReplicaPartitionState in StopReplicaRequest (versions 3-4) */
export interface StopReplicaRequestStopReplicaPartitionState {
  /** The partition index. (versions 3+) */
  partitionIndex: number
  /** The leader epoch. (versions 3+, default -1) */
  leaderEpoch: number
  /** Whether this partition should be deleted. (versions 3+) */
  deletePartition: boolean
  unknownTaggedFields?: TaggedField[]
}

function readStopReplicaRequestStopReplicaPartitionState(r: Reader, v: number): StopReplicaRequestStopReplicaPartitionState {
  const o: StopReplicaRequestStopReplicaPartitionState = {
    partitionIndex: r.int32("StopReplicaPartitionState.PartitionIndex"),
    leaderEpoch: r.int32("StopReplicaPartitionState.LeaderEpoch"),
    deletePartition: r.bool("StopReplicaPartitionState.DeletePartition"),
  }
  const u = r.taggedFields("StopReplicaPartitionState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeStopReplicaRequestStopReplicaPartitionState(w: Writer, m: MessageInit<StopReplicaRequestStopReplicaPartitionState>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "StopReplicaPartitionState.PartitionIndex")
  w.int32((m.leaderEpoch ?? -1), "StopReplicaPartitionState.LeaderEpoch")
  w.bool((m.deletePartition ?? false), "StopReplicaPartitionState.DeletePartition")
  w.taggedFields(m.unknownTaggedFields, "StopReplicaPartitionState._tagged_fields")
}

export function decodeStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  r.begin("StopReplicaRequest", version, 0, 4)
  return readStopReplicaRequest(r, version)
}

export function encodeStopReplicaRequest(w: Writer, m: MessageInit<StopReplicaRequest>, version: number): void {
  w.begin("StopReplicaRequest", version, 0, 4)
  writeStopReplicaRequest(w, m, version)
}

/*
 * StopReplica Response (Versions: 0-1) => error_code [partition_errors]
 *   error_code => INT16
 *   partition_errors => topic_name partition_index error_code
 *     topic_name => STRING
 *     partition_index => INT32
 *     error_code => INT16
 * StopReplica Response (Versions: 2-4) => error_code [partition_errors] _tagged_fields
 *   error_code => INT16
 *   partition_errors => topic_name partition_index error_code _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_index => INT32
 *     error_code => INT16
 */
/** StopReplicaResponse (versions 0-4, flexible 2+) */
export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. (versions 0+) */
  errorCode: number
  /** The responses for each partition. (versions 0+) */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[]
  unknownTaggedFields?: TaggedField[]
}

function readStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  const flex = v >= 2
  const o: StopReplicaResponse = {
    errorCode: r.int16("ErrorCode"),
    partitionErrors: readArray(r, flex, v, readStopReplicaResponseStopReplicaPartitionError, "PartitionErrors"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeStopReplicaResponse(w: Writer, m: MessageInit<StopReplicaResponse>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.partitionErrors ?? EMPTY_ARRAY), flex, false, v, writeStopReplicaResponseStopReplicaPartitionError, "PartitionErrors")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** StopReplicaPartitionError in StopReplicaResponse (versions 0-4) */
export interface StopReplicaResponseStopReplicaPartitionError {
  /** The topic name. (versions 0+) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no partition error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readStopReplicaResponseStopReplicaPartitionError(r: Reader, v: number): StopReplicaResponseStopReplicaPartitionError {
  const flex = v >= 2
  const o: StopReplicaResponseStopReplicaPartitionError = {
    topicName: r.string(flex, "StopReplicaPartitionError.TopicName"),
    partitionIndex: r.int32("StopReplicaPartitionError.PartitionIndex"),
    errorCode: r.int16("StopReplicaPartitionError.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("StopReplicaPartitionError._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeStopReplicaResponseStopReplicaPartitionError(w: Writer, m: MessageInit<StopReplicaResponseStopReplicaPartitionError>, v: number): void {
  const flex = v >= 2
  w.string((m.topicName ?? ""), flex, "StopReplicaPartitionError.TopicName")
  w.int32((m.partitionIndex ?? 0), "StopReplicaPartitionError.PartitionIndex")
  w.int16((m.errorCode ?? 0), "StopReplicaPartitionError.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "StopReplicaPartitionError._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "StopReplicaPartitionError._tagged_fields")
  }
}

export function decodeStopReplicaResponse(r: Reader, version: number): StopReplicaResponse {
  r.begin("StopReplicaResponse", version, 0, 4)
  return readStopReplicaResponse(r, version)
}

export function encodeStopReplicaResponse(w: Writer, m: MessageInit<StopReplicaResponse>, version: number): void {
  w.begin("StopReplicaResponse", version, 0, 4)
  writeStopReplicaResponse(w, m, version)
}
