// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions LeaderAndIsrRequest.json, LeaderAndIsrResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * LeaderAndIsr Request (Version: 0) => controller_id controller_epoch [ungrouped_partition_states] [live_leaders]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas]
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     partition_epoch => INT32
 *     replicas => INT32
 *   live_leaders => broker_id host_name port
 *     broker_id => INT32
 *     host_name => STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 1) => controller_id controller_epoch [ungrouped_partition_states] [live_leaders]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] is_new
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     partition_epoch => INT32
 *     replicas => INT32
 *     is_new => BOOLEAN
 *   live_leaders => broker_id host_name port
 *     broker_id => INT32
 *     host_name => STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 2) => controller_id controller_epoch broker_epoch [topic_states] [live_leaders]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states]
 *     topic_name => STRING
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] is_new
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 *       replicas => INT32
 *       is_new => BOOLEAN
 *   live_leaders => broker_id host_name port
 *     broker_id => INT32
 *     host_name => STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 3) => controller_id controller_epoch broker_epoch [topic_states] [live_leaders]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states]
 *     topic_name => STRING
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] [adding_replicas] [removing_replicas] is_new
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 *       replicas => INT32
 *       adding_replicas => INT32
 *       removing_replicas => INT32
 *       is_new => BOOLEAN
 *   live_leaders => broker_id host_name port
 *     broker_id => INT32
 *     host_name => STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 4) => controller_id controller_epoch broker_epoch [topic_states] [live_leaders] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] [adding_replicas] [removing_replicas] is_new _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 *       replicas => INT32
 *       adding_replicas => INT32
 *       removing_replicas => INT32
 *       is_new => BOOLEAN
 *   live_leaders => broker_id host_name port _tagged_fields
 *     broker_id => INT32
 *     host_name => COMPACT_STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 5) => controller_id controller_epoch broker_epoch type [topic_states] [live_leaders] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   type => INT8
 *   topic_states => topic_name topic_id [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     topic_id => UUID
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] [adding_replicas] [removing_replicas] is_new _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 *       replicas => INT32
 *       adding_replicas => INT32
 *       removing_replicas => INT32
 *       is_new => BOOLEAN
 *   live_leaders => broker_id host_name port _tagged_fields
 *     broker_id => INT32
 *     host_name => COMPACT_STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 6) => controller_id controller_epoch broker_epoch type [topic_states] [live_leaders] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   type => INT8
 *   topic_states => topic_name topic_id [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     topic_id => UUID
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] [adding_replicas] [removing_replicas] is_new leader_recovery_state _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 *       replicas => INT32
 *       adding_replicas => INT32
 *       removing_replicas => INT32
 *       is_new => BOOLEAN
 *       leader_recovery_state => INT8
 *   live_leaders => broker_id host_name port _tagged_fields
 *     broker_id => INT32
 *     host_name => COMPACT_STRING
 *     port => INT32
 * LeaderAndIsr Request (Version: 7) => controller_id is_k_raft_controller controller_epoch broker_epoch type [topic_states] [live_leaders] _tagged_fields
 *   controller_id => INT32
 *   is_k_raft_controller => BOOLEAN
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   type => INT8
 *   topic_states => topic_name topic_id [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     topic_id => UUID
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] partition_epoch [replicas] [adding_replicas] [removing_replicas] is_new leader_recovery_state _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 *       replicas => INT32
 *       adding_replicas => INT32
 *       removing_replicas => INT32
 *       is_new => BOOLEAN
 *       leader_recovery_state => INT8
 *   live_leaders => broker_id host_name port _tagged_fields
 *     broker_id => INT32
 *     host_name => COMPACT_STRING
 *     port => INT32
 */
/** LeaderAndIsrRequest (versions 0-7, flexible 4+) */
export interface LeaderAndIsrRequest {
  /** The current controller ID. (versions 0+) */
  controllerId: number
  /** If KRaft controller id is used during migration. See KIP-866 (versions 7+, default false) */
  isKRaftController: boolean
  /** The current controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The current broker epoch. (versions 2+, ignorable, default -1) */
  brokerEpoch: bigint
  /** The type that indicates whether all topics are included in the request (versions 5+) */
  type: number
  /** The state of each partition, in a v0 or v1 message. (versions 0-1) */
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[]
  /** Each topic. (versions 2+) */
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[]
  /** The current live leaders. (versions 0+) */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  const flex = v >= 4
  const o: LeaderAndIsrRequest = {
    controllerId: r.int32("ControllerId"),
    isKRaftController: v === 7 ? r.bool("isKRaftController") : false,
    controllerEpoch: r.int32("ControllerEpoch"),
    brokerEpoch: v >= 2 ? r.int64("BrokerEpoch") : -1n,
    type: v >= 5 ? r.int8("Type") : 0,
    ungroupedPartitionStates: v <= 1 ? readArray(r, flex, v, readLeaderAndIsrRequestLeaderAndIsrPartitionState, "UngroupedPartitionStates") : [],
    topicStates: v >= 2 ? readArray(r, flex, v, readLeaderAndIsrRequestLeaderAndIsrTopicState, "TopicStates") : [],
    liveLeaders: readArray(r, flex, v, readLeaderAndIsrRequestLeaderAndIsrLiveLeader, "LiveLeaders"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaderAndIsrRequest(w: Writer, m: MessageInit<LeaderAndIsrRequest>, v: number): void {
  const flex = v >= 4
  w.int32((m.controllerId ?? 0), "ControllerId")
  if (v === 7) w.bool((m.isKRaftController ?? false), "isKRaftController")
  else if (m.isKRaftController !== undefined && m.isKRaftController !== false) w.notInVersion("isKRaftController")
  w.int32((m.controllerEpoch ?? 0), "ControllerEpoch")
  if (v >= 2) w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  if (v >= 5) w.int8((m.type ?? 0), "Type")
  else if (m.type !== undefined && m.type !== 0) w.notInVersion("Type")
  if (v <= 1) writeArray(w, (m.ungroupedPartitionStates ?? EMPTY_ARRAY), flex, false, v, writeLeaderAndIsrRequestLeaderAndIsrPartitionState, "UngroupedPartitionStates")
  else if (nonEmpty(m.ungroupedPartitionStates)) w.notInVersion("UngroupedPartitionStates")
  if (v >= 2) writeArray(w, (m.topicStates ?? EMPTY_ARRAY), flex, false, v, writeLeaderAndIsrRequestLeaderAndIsrTopicState, "TopicStates")
  else if (nonEmpty(m.topicStates)) w.notInVersion("TopicStates")
  writeArray(w, (m.liveLeaders ?? EMPTY_ARRAY), flex, false, v, writeLeaderAndIsrRequestLeaderAndIsrLiveLeader, "LiveLeaders")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** LeaderAndIsrTopicState in LeaderAndIsrRequest (versions 2-7) */
export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** The topic name. (versions 2+) */
  topicName: string
  /** The unique topic ID. (versions 5+, ignorable) */
  topicId: string
  /** The state of each partition (versions 2+) */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrTopicState {
  const flex = v >= 4
  const o: LeaderAndIsrRequestLeaderAndIsrTopicState = {
    topicName: r.string(flex, "LeaderAndIsrTopicState.TopicName"),
    topicId: v >= 5 ? r.uuid("LeaderAndIsrTopicState.TopicId") : ZERO_UUID,
    partitionStates: readArray(r, flex, v, readLeaderAndIsrRequestLeaderAndIsrPartitionState, "LeaderAndIsrTopicState.PartitionStates"),
  }
  if (flex) {
    const u = r.taggedFields("LeaderAndIsrTopicState._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, m: MessageInit<LeaderAndIsrRequestLeaderAndIsrTopicState>, v: number): void {
  const flex = v >= 4
  w.string((m.topicName ?? ""), flex, "LeaderAndIsrTopicState.TopicName")
  if (v >= 5) w.uuid((m.topicId ?? ZERO_UUID), "LeaderAndIsrTopicState.TopicId")
  writeArray(w, (m.partitionStates ?? EMPTY_ARRAY), flex, false, v, writeLeaderAndIsrRequestLeaderAndIsrPartitionState, "LeaderAndIsrTopicState.PartitionStates")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "LeaderAndIsrTopicState._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "LeaderAndIsrTopicState._tagged_fields")
  }
}

/** LeaderAndIsrLiveLeader in LeaderAndIsrRequest (versions 0-7) */
export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** The leader's broker ID. (versions 0+) */
  brokerId: number
  /** The leader's hostname. (versions 0+) */
  hostName: string
  /** The leader's port. (versions 0+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  const flex = v >= 4
  const o: LeaderAndIsrRequestLeaderAndIsrLiveLeader = {
    brokerId: r.int32("LeaderAndIsrLiveLeader.BrokerId"),
    hostName: r.string(flex, "LeaderAndIsrLiveLeader.HostName"),
    port: r.int32("LeaderAndIsrLiveLeader.Port"),
  }
  if (flex) {
    const u = r.taggedFields("LeaderAndIsrLiveLeader._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, m: MessageInit<LeaderAndIsrRequestLeaderAndIsrLiveLeader>, v: number): void {
  const flex = v >= 4
  w.int32((m.brokerId ?? 0), "LeaderAndIsrLiveLeader.BrokerId")
  w.string((m.hostName ?? ""), flex, "LeaderAndIsrLiveLeader.HostName")
  w.int32((m.port ?? 0), "LeaderAndIsrLiveLeader.Port")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "LeaderAndIsrLiveLeader._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "LeaderAndIsrLiveLeader._tagged_fields")
  }
}

/** LeaderAndIsrPartitionState in LeaderAndIsrRequest (versions 0-7) */
export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** The topic name.  This is only present in v0 or v1. (versions 0-1, ignorable) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The broker ID of the leader. (versions 0+) */
  leader: number
  /** The leader epoch. (versions 0+) */
  leaderEpoch: number
  /** The in-sync replica IDs. (versions 0+) */
  isr: number[]
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) (versions 0+) */
  partitionEpoch: number
  /** The replica IDs. (versions 0+) */
  replicas: number[]
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. (versions 3+, ignorable) */
  addingReplicas: number[]
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. (versions 3+, ignorable) */
  removingReplicas: number[]
  /** Whether the replica should have existed on the broker or not. (versions 1+, ignorable, default false) */
  isNew: boolean
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 6+, default 0) */
  leaderRecoveryState: number
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, v: number): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  const flex = v >= 4
  const o: LeaderAndIsrRequestLeaderAndIsrPartitionState = {
    topicName: v <= 1 ? r.string(flex, "LeaderAndIsrPartitionState.TopicName") : "",
    partitionIndex: r.int32("LeaderAndIsrPartitionState.PartitionIndex"),
    controllerEpoch: r.int32("LeaderAndIsrPartitionState.ControllerEpoch"),
    leader: r.int32("LeaderAndIsrPartitionState.Leader"),
    leaderEpoch: r.int32("LeaderAndIsrPartitionState.LeaderEpoch"),
    isr: readArray(r, flex, v, readInt32Element, "LeaderAndIsrPartitionState.Isr"),
    partitionEpoch: r.int32("LeaderAndIsrPartitionState.PartitionEpoch"),
    replicas: readArray(r, flex, v, readInt32Element, "LeaderAndIsrPartitionState.Replicas"),
    addingReplicas: v >= 3 ? readArray(r, flex, v, readInt32Element, "LeaderAndIsrPartitionState.AddingReplicas") : [],
    removingReplicas: v >= 3 ? readArray(r, flex, v, readInt32Element, "LeaderAndIsrPartitionState.RemovingReplicas") : [],
    isNew: v >= 1 ? r.bool("LeaderAndIsrPartitionState.IsNew") : false,
    leaderRecoveryState: v >= 6 ? r.int8("LeaderAndIsrPartitionState.LeaderRecoveryState") : 0,
  }
  if (flex) {
    const u = r.taggedFields("LeaderAndIsrPartitionState._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, m: MessageInit<LeaderAndIsrRequestLeaderAndIsrPartitionState>, v: number): void {
  const flex = v >= 4
  if (v <= 1) w.string((m.topicName ?? ""), flex, "LeaderAndIsrPartitionState.TopicName")
  w.int32((m.partitionIndex ?? 0), "LeaderAndIsrPartitionState.PartitionIndex")
  w.int32((m.controllerEpoch ?? 0), "LeaderAndIsrPartitionState.ControllerEpoch")
  w.int32((m.leader ?? 0), "LeaderAndIsrPartitionState.Leader")
  w.int32((m.leaderEpoch ?? 0), "LeaderAndIsrPartitionState.LeaderEpoch")
  writeArray(w, (m.isr ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "LeaderAndIsrPartitionState.Isr")
  w.int32((m.partitionEpoch ?? 0), "LeaderAndIsrPartitionState.PartitionEpoch")
  writeArray(w, (m.replicas ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "LeaderAndIsrPartitionState.Replicas")
  if (v >= 3) writeArray(w, (m.addingReplicas ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "LeaderAndIsrPartitionState.AddingReplicas")
  if (v >= 3) writeArray(w, (m.removingReplicas ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "LeaderAndIsrPartitionState.RemovingReplicas")
  if (v >= 1) w.bool((m.isNew ?? false), "LeaderAndIsrPartitionState.IsNew")
  if (v >= 6) w.int8((m.leaderRecoveryState ?? 0), "LeaderAndIsrPartitionState.LeaderRecoveryState")
  else if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) w.notInVersion("LeaderAndIsrPartitionState.LeaderRecoveryState")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "LeaderAndIsrPartitionState._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "LeaderAndIsrPartitionState._tagged_fields")
  }
}

export function decodeLeaderAndIsrRequest(r: Reader, version: number): LeaderAndIsrRequest {
  r.begin("LeaderAndIsrRequest", version, 0, 7)
  return readLeaderAndIsrRequest(r, version)
}

export function encodeLeaderAndIsrRequest(w: Writer, m: MessageInit<LeaderAndIsrRequest>, version: number): void {
  w.begin("LeaderAndIsrRequest", version, 0, 7)
  writeLeaderAndIsrRequest(w, m, version)
}

/*
 * LeaderAndIsr Response (Versions: 0-3) => error_code [partition_errors]
 *   error_code => INT16
 *   partition_errors => topic_name partition_index error_code
 *     topic_name => STRING
 *     partition_index => INT32
 *     error_code => INT16
 * LeaderAndIsr Response (Version: 4) => error_code [partition_errors] _tagged_fields
 *   error_code => INT16
 *   partition_errors => topic_name partition_index error_code _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_index => INT32
 *     error_code => INT16
 * LeaderAndIsr Response (Versions: 5-7) => error_code [topics] _tagged_fields
 *   error_code => INT16
 *   topics => topic_id [partition_errors] _tagged_fields
 *     topic_id => UUID
 *     partition_errors => partition_index error_code _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 */
/** LeaderAndIsrResponse (versions 0-7, flexible 4+) */
export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Each partition in v0 to v4 message. (versions 0-4) */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[]
  /** Each topic (versions 5+) */
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  const flex = v >= 4
  const o: LeaderAndIsrResponse = {
    errorCode: r.int16("ErrorCode"),
    partitionErrors: v <= 4 ? readArray(r, flex, v, readLeaderAndIsrResponseLeaderAndIsrPartitionError, "PartitionErrors") : [],
    topics: v >= 5 ? readArray(r, flex, v, readLeaderAndIsrResponseLeaderAndIsrTopicError, "Topics") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaderAndIsrResponse(w: Writer, m: MessageInit<LeaderAndIsrResponse>, v: number): void {
  const flex = v >= 4
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v <= 4) writeArray(w, (m.partitionErrors ?? EMPTY_ARRAY), flex, false, v, writeLeaderAndIsrResponseLeaderAndIsrPartitionError, "PartitionErrors")
  else if (nonEmpty(m.partitionErrors)) w.notInVersion("PartitionErrors")
  if (v >= 5) writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeLeaderAndIsrResponseLeaderAndIsrTopicError, "Topics")
  else if (nonEmpty(m.topics)) w.notInVersion("Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** LeaderAndIsrTopicError in LeaderAndIsrResponse (versions 5-7) */
export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** The unique topic ID (versions 5+) */
  topicId: string
  /** Each partition. (versions 5+) */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrTopicError {
  const o: LeaderAndIsrResponseLeaderAndIsrTopicError = {
    topicId: r.uuid("LeaderAndIsrTopicError.TopicId"),
    partitionErrors: readArray(r, true, v, readLeaderAndIsrResponseLeaderAndIsrPartitionError, "LeaderAndIsrTopicError.PartitionErrors"),
  }
  const u = r.taggedFields("LeaderAndIsrTopicError._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, m: MessageInit<LeaderAndIsrResponseLeaderAndIsrTopicError>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "LeaderAndIsrTopicError.TopicId")
  writeArray(w, (m.partitionErrors ?? EMPTY_ARRAY), true, false, v, writeLeaderAndIsrResponseLeaderAndIsrPartitionError, "LeaderAndIsrTopicError.PartitionErrors")
  w.taggedFields(m.unknownTaggedFields, "LeaderAndIsrTopicError._tagged_fields")
}

/** LeaderAndIsrPartitionError in LeaderAndIsrResponse (versions 0-7) */
export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** The topic name. (versions 0-4, ignorable) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, v: number): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  const flex = v >= 4
  const o: LeaderAndIsrResponseLeaderAndIsrPartitionError = {
    topicName: v <= 4 ? r.string(flex, "LeaderAndIsrPartitionError.TopicName") : "",
    partitionIndex: r.int32("LeaderAndIsrPartitionError.PartitionIndex"),
    errorCode: r.int16("LeaderAndIsrPartitionError.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("LeaderAndIsrPartitionError._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, m: MessageInit<LeaderAndIsrResponseLeaderAndIsrPartitionError>, v: number): void {
  const flex = v >= 4
  if (v <= 4) w.string((m.topicName ?? ""), flex, "LeaderAndIsrPartitionError.TopicName")
  w.int32((m.partitionIndex ?? 0), "LeaderAndIsrPartitionError.PartitionIndex")
  w.int16((m.errorCode ?? 0), "LeaderAndIsrPartitionError.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "LeaderAndIsrPartitionError._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "LeaderAndIsrPartitionError._tagged_fields")
  }
}

export function decodeLeaderAndIsrResponse(r: Reader, version: number): LeaderAndIsrResponse {
  r.begin("LeaderAndIsrResponse", version, 0, 7)
  return readLeaderAndIsrResponse(r, version)
}

export function encodeLeaderAndIsrResponse(w: Writer, m: MessageInit<LeaderAndIsrResponse>, version: number): void {
  w.begin("LeaderAndIsrResponse", version, 0, 7)
  writeLeaderAndIsrResponse(w, m, version)
}
