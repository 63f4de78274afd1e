// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AlterPartitionRequest.json, AlterPartitionResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * AlterPartition Request (Version: 0) => broker_id broker_epoch [topics] _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index leader_epoch [new_isr] partition_epoch _tagged_fields
 *       partition_index => INT32
 *       leader_epoch => INT32
 *       new_isr => INT32
 *       partition_epoch => INT32
 * AlterPartition Request (Version: 1) => broker_id broker_epoch [topics] _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index leader_epoch [new_isr] leader_recovery_state partition_epoch _tagged_fields
 *       partition_index => INT32
 *       leader_epoch => INT32
 *       new_isr => INT32
 *       leader_recovery_state => INT8
 *       partition_epoch => INT32
 * AlterPartition Request (Version: 2) => broker_id broker_epoch [topics] _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index leader_epoch [new_isr] leader_recovery_state partition_epoch _tagged_fields
 *       partition_index => INT32
 *       leader_epoch => INT32
 *       new_isr => INT32
 *       leader_recovery_state => INT8
 *       partition_epoch => INT32
 * AlterPartition Request (Version: 3) => broker_id broker_epoch [topics] _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index leader_epoch [new_isr_with_epochs] leader_recovery_state partition_epoch _tagged_fields
 *       partition_index => INT32
 *       leader_epoch => INT32
 *       new_isr_with_epochs => broker_id broker_epoch _tagged_fields
 *         broker_id => INT32
 *         broker_epoch => INT64
 *       leader_recovery_state => INT8
 *       partition_epoch => INT32
 */
/** AlterPartitionRequest (versions 0-3, flexible 0+) */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint
  /** (versions 0+) */
  topics: AlterPartitionRequestTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  const o: AlterPartitionRequest = {
    brokerId: r.int32("BrokerId"),
    brokerEpoch: r.int64("BrokerEpoch"),
    topics: readArray(r, true, v, readAlterPartitionRequestTopicData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionRequest(w: Writer, m: MessageInit<AlterPartitionRequest>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerId")
  w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionRequestTopicData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicData in AlterPartitionRequest (versions 0-3) */
export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for (versions 0-1, ignorable) */
  topicName: string
  /** The ID of the topic to alter ISRs for (versions 2+, ignorable) */
  topicId: string
  /** (versions 0+) */
  partitions: AlterPartitionRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionRequestTopicData(r: Reader, v: number): AlterPartitionRequestTopicData {
  const o: AlterPartitionRequestTopicData = {
    topicName: v <= 1 ? r.string(true, "TopicData.TopicName") : "",
    topicId: v >= 2 ? r.uuid("TopicData.TopicId") : ZERO_UUID,
    partitions: readArray(r, true, v, readAlterPartitionRequestPartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionRequestTopicData(w: Writer, m: MessageInit<AlterPartitionRequestTopicData>, v: number): void {
  if (v <= 1) w.string((m.topicName ?? ""), true, "TopicData.TopicName")
  if (v >= 2) w.uuid((m.topicId ?? ZERO_UUID), "TopicData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionRequestPartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in AlterPartitionRequest (versions 0-3) */
export interface AlterPartitionRequestPartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The leader epoch of this partition (versions 0+) */
  leaderEpoch: number
  /** The ISR for this partition. Deprecated since version 3. (versions 0-2) */
  newIsr: number[]
  /** (versions 3+) */
  newIsrWithEpochs: AlterPartitionRequestBrokerState[]
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+, default 0) */
  leaderRecoveryState: number
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. (versions 0+) */
  partitionEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionRequestPartitionData(r: Reader, v: number): AlterPartitionRequestPartitionData {
  const o: AlterPartitionRequestPartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
    newIsr: v <= 2 ? readArray(r, true, v, readInt32Element, "PartitionData.NewIsr") : [],
    newIsrWithEpochs: v === 3 ? readArray(r, true, v, readAlterPartitionRequestBrokerState, "PartitionData.NewIsrWithEpochs") : [],
    leaderRecoveryState: v >= 1 ? r.int8("PartitionData.LeaderRecoveryState") : 0,
    partitionEpoch: r.int32("PartitionData.PartitionEpoch"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionRequestPartitionData(w: Writer, m: MessageInit<AlterPartitionRequestPartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  if (v <= 2) writeArray(w, (m.newIsr ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "PartitionData.NewIsr")
  else if (nonEmpty(m.newIsr)) w.notInVersion("PartitionData.NewIsr")
  if (v === 3) writeArray(w, (m.newIsrWithEpochs ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionRequestBrokerState, "PartitionData.NewIsrWithEpochs")
  else if (nonEmpty(m.newIsrWithEpochs)) w.notInVersion("PartitionData.NewIsrWithEpochs")
  if (v >= 1) w.int8((m.leaderRecoveryState ?? 0), "PartitionData.LeaderRecoveryState")
  else if (m.leaderRecoveryState !== undefined && m.leaderRecoveryState !== 0) w.notInVersion("PartitionData.LeaderRecoveryState")
  w.int32((m.partitionEpoch ?? 0), "PartitionData.PartitionEpoch")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

/** BrokerState in AlterPartitionRequest (versions 3) */
export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. (versions 3+) */
  brokerId: number
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. (versions 3+, default -1) */
  brokerEpoch: bigint
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionRequestBrokerState(r: Reader, v: number): AlterPartitionRequestBrokerState {
  const o: AlterPartitionRequestBrokerState = {
    brokerId: r.int32("BrokerState.BrokerId"),
    brokerEpoch: r.int64("BrokerState.BrokerEpoch"),
  }
  const u = r.taggedFields("BrokerState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionRequestBrokerState(w: Writer, m: MessageInit<AlterPartitionRequestBrokerState>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerState.BrokerId")
  w.int64((m.brokerEpoch ?? -1n), "BrokerState.BrokerEpoch")
  w.taggedFields(m.unknownTaggedFields, "BrokerState._tagged_fields")
}

export function decodeAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  r.begin("AlterPartitionRequest", version, 0, 3)
  return readAlterPartitionRequest(r, version)
}

export function encodeAlterPartitionRequest(w: Writer, m: MessageInit<AlterPartitionRequest>, version: number): void {
  w.begin("AlterPartitionRequest", version, 0, 3)
  writeAlterPartitionRequest(w, m, version)
}

/*
 * AlterPartition Response (Version: 0) => throttle_time_ms error_code [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch [isr] partition_epoch _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       partition_epoch => INT32
 * AlterPartition Response (Version: 1) => throttle_time_ms error_code [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch [isr] leader_recovery_state partition_epoch _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       leader_recovery_state => INT8
 *       partition_epoch => INT32
 * AlterPartition Response (Versions: 2-3) => throttle_time_ms error_code [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index error_code leader_id leader_epoch [isr] leader_recovery_state partition_epoch _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       leader_recovery_state => INT8
 *       partition_epoch => INT32
 */
/** AlterPartitionResponse (versions 0-3, flexible 0+) */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  topics: AlterPartitionResponseTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  const o: AlterPartitionResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    topics: readArray(r, true, v, readAlterPartitionResponseTopicData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionResponse(w: Writer, m: MessageInit<AlterPartitionResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionResponseTopicData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicData in AlterPartitionResponse (versions 0-3) */
export interface AlterPartitionResponseTopicData {
  /** The name of the topic (versions 0-1, ignorable) */
  topicName: string
  /** The ID of the topic (versions 2+, ignorable) */
  topicId: string
  /** (versions 0+) */
  partitions: AlterPartitionResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionResponseTopicData(r: Reader, v: number): AlterPartitionResponseTopicData {
  const o: AlterPartitionResponseTopicData = {
    topicName: v <= 1 ? r.string(true, "TopicData.TopicName") : "",
    topicId: v >= 2 ? r.uuid("TopicData.TopicId") : ZERO_UUID,
    partitions: readArray(r, true, v, readAlterPartitionResponsePartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionResponseTopicData(w: Writer, m: MessageInit<AlterPartitionResponseTopicData>, v: number): void {
  if (v <= 1) w.string((m.topicName ?? ""), true, "TopicData.TopicName")
  if (v >= 2) w.uuid((m.topicId ?? ZERO_UUID), "TopicData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionResponsePartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in AlterPartitionResponse (versions 0-3) */
export interface AlterPartitionResponsePartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The partition level error code (versions 0+) */
  errorCode: number
  /** The broker ID of the leader. (versions 0+) */
  leaderId: number
  /** The leader epoch. (versions 0+) */
  leaderEpoch: number
  /** The in-sync replica IDs. (versions 0+) */
  isr: number[]
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+, ignorable, default 0) */
  leaderRecoveryState: number
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. (versions 0+) */
  partitionEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionResponsePartitionData(r: Reader, v: number): AlterPartitionResponsePartitionData {
  const o: AlterPartitionResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    leaderId: r.int32("PartitionData.LeaderId"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
    isr: readArray(r, true, v, readInt32Element, "PartitionData.Isr"),
    leaderRecoveryState: v >= 1 ? r.int8("PartitionData.LeaderRecoveryState") : 0,
    partitionEpoch: r.int32("PartitionData.PartitionEpoch"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionResponsePartitionData(w: Writer, m: MessageInit<AlterPartitionResponsePartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.int32((m.leaderId ?? 0), "PartitionData.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  writeArray(w, (m.isr ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "PartitionData.Isr")
  if (v >= 1) w.int8((m.leaderRecoveryState ?? 0), "PartitionData.LeaderRecoveryState")
  w.int32((m.partitionEpoch ?? 0), "PartitionData.PartitionEpoch")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  r.begin("AlterPartitionResponse", version, 0, 3)
  return readAlterPartitionResponse(r, version)
}

export function encodeAlterPartitionResponse(w: Writer, m: MessageInit<AlterPartitionResponse>, version: number): void {
  w.begin("AlterPartitionResponse", version, 0, 3)
  writeAlterPartitionResponse(w, m, version)
}
