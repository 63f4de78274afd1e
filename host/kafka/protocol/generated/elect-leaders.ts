// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ElectLeadersRequest.json, ElectLeadersResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * ElectLeaders Request (Version: 0) => [topic_partitions] timeout_ms
 *   topic_partitions => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   timeout_ms => INT32
 * ElectLeaders Request (Version: 1) => election_type [topic_partitions] timeout_ms
 *   election_type => INT8
 *   topic_partitions => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   timeout_ms => INT32
 * ElectLeaders Request (Version: 2) => election_type [topic_partitions] timeout_ms _tagged_fields
 *   election_type => INT8
 *   topic_partitions => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => INT32
 *   timeout_ms => INT32
 */
/** ElectLeadersRequest (versions 0-2, flexible 2+) */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. (versions 1+) */
  electionType: number
  /** The topic partitions to elect leaders. (versions 0+, nullable 0+) */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null
  /** The time in ms to wait for the election to complete. (versions 0+, default 60000) */
  timeoutMs: number
  unknownTaggedFields?: TaggedField[]
}

function readElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  const flex = v === 2
  const o: ElectLeadersRequest = {
    electionType: v >= 1 ? r.int8("ElectionType") : 0,
    topicPartitions: readNullableArray(r, flex, true, v, readElectLeadersRequestTopicPartitions, "TopicPartitions"),
    timeoutMs: r.int32("TimeoutMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeElectLeadersRequest(w: Writer, m: MessageInit<ElectLeadersRequest>, v: number): void {
  const flex = v === 2
  if (v >= 1) w.int8((m.electionType ?? 0), "ElectionType")
  else if (m.electionType !== undefined && m.electionType !== 0) w.notInVersion("ElectionType")
  writeArray(w, (m.topicPartitions === undefined ? EMPTY_ARRAY : m.topicPartitions), flex, true, v, writeElectLeadersRequestTopicPartitions, "TopicPartitions")
  w.int32((m.timeoutMs ?? 60000), "TimeoutMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicPartitions in ElectLeadersRequest (versions 0-2) */
export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. (versions 0+) */
  topic: string
  /** The partitions of this topic whose leader should be elected. (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readElectLeadersRequestTopicPartitions(r: Reader, v: number): ElectLeadersRequestTopicPartitions {
  const flex = v === 2
  const o: ElectLeadersRequestTopicPartitions = {
    topic: r.string(flex, "TopicPartitions.Topic"),
    partitions: readArray(r, flex, v, readInt32Element, "TopicPartitions.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TopicPartitions._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeElectLeadersRequestTopicPartitions(w: Writer, m: MessageInit<ElectLeadersRequestTopicPartitions>, v: number): void {
  const flex = v === 2
  w.string((m.topic ?? ""), flex, "TopicPartitions.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "TopicPartitions.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicPartitions._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicPartitions._tagged_fields")
  }
}

export function decodeElectLeadersRequest(r: Reader, version: number): ElectLeadersRequest {
  r.begin("ElectLeadersRequest", version, 0, 2)
  return readElectLeadersRequest(r, version)
}

export function encodeElectLeadersRequest(w: Writer, m: MessageInit<ElectLeadersRequest>, version: number): void {
  w.begin("ElectLeadersRequest", version, 0, 2)
  writeElectLeadersRequest(w, m, version)
}

/*
 * ElectLeaders Response (Version: 0) => throttle_time_ms [replica_election_results]
 *   throttle_time_ms => INT32
 *   replica_election_results => topic [partition_result]
 *     topic => STRING
 *     partition_result => partition_id error_code error_message
 *       partition_id => INT32
 *       error_code => INT16
 *       error_message => NULLABLE_STRING
 * ElectLeaders Response (Version: 1) => throttle_time_ms error_code [replica_election_results]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   replica_election_results => topic [partition_result]
 *     topic => STRING
 *     partition_result => partition_id error_code error_message
 *       partition_id => INT32
 *       error_code => INT16
 *       error_message => NULLABLE_STRING
 * ElectLeaders Response (Version: 2) => throttle_time_ms error_code [replica_election_results] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   replica_election_results => topic [partition_result] _tagged_fields
 *     topic => COMPACT_STRING
 *     partition_result => partition_id error_code error_message _tagged_fields
 *       partition_id => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 */
/** ElectLeadersResponse (versions 0-2, flexible 2+) */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code. (versions 1+) */
  errorCode: number
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. (versions 0+) */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  const flex = v === 2
  const o: ElectLeadersResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: v >= 1 ? r.int16("ErrorCode") : 0,
    replicaElectionResults: readArray(r, flex, v, readElectLeadersResponseReplicaElectionResult, "ReplicaElectionResults"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeElectLeadersResponse(w: Writer, m: MessageInit<ElectLeadersResponse>, v: number): void {
  const flex = v === 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (v >= 1) w.int16((m.errorCode ?? 0), "ErrorCode")
  else if (m.errorCode !== undefined && m.errorCode !== 0) w.notInVersion("ErrorCode")
  writeArray(w, (m.replicaElectionResults ?? EMPTY_ARRAY), flex, false, v, writeElectLeadersResponseReplicaElectionResult, "ReplicaElectionResults")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ReplicaElectionResult in ElectLeadersResponse (versions 0-2) */
export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name (versions 0+) */
  topic: string
  /** The results for each partition (versions 0+) */
  partitionResult: ElectLeadersResponsePartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readElectLeadersResponseReplicaElectionResult(r: Reader, v: number): ElectLeadersResponseReplicaElectionResult {
  const flex = v === 2
  const o: ElectLeadersResponseReplicaElectionResult = {
    topic: r.string(flex, "ReplicaElectionResult.Topic"),
    partitionResult: readArray(r, flex, v, readElectLeadersResponsePartitionResult, "ReplicaElectionResult.PartitionResult"),
  }
  if (flex) {
    const u = r.taggedFields("ReplicaElectionResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeElectLeadersResponseReplicaElectionResult(w: Writer, m: MessageInit<ElectLeadersResponseReplicaElectionResult>, v: number): void {
  const flex = v === 2
  w.string((m.topic ?? ""), flex, "ReplicaElectionResult.Topic")
  writeArray(w, (m.partitionResult ?? EMPTY_ARRAY), flex, false, v, writeElectLeadersResponsePartitionResult, "ReplicaElectionResult.PartitionResult")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ReplicaElectionResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ReplicaElectionResult._tagged_fields")
  }
}

/** PartitionResult in ElectLeadersResponse (versions 0-2) */
export interface ElectLeadersResponsePartitionResult {
  /** The partition id (versions 0+) */
  partitionId: number
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The result message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readElectLeadersResponsePartitionResult(r: Reader, v: number): ElectLeadersResponsePartitionResult {
  const flex = v === 2
  const o: ElectLeadersResponsePartitionResult = {
    partitionId: r.int32("PartitionResult.PartitionId"),
    errorCode: r.int16("PartitionResult.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "PartitionResult.ErrorMessage"),
  }
  if (flex) {
    const u = r.taggedFields("PartitionResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeElectLeadersResponsePartitionResult(w: Writer, m: MessageInit<ElectLeadersResponsePartitionResult>, v: number): void {
  const flex = v === 2
  w.int32((m.partitionId ?? 0), "PartitionResult.PartitionId")
  w.int16((m.errorCode ?? 0), "PartitionResult.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "PartitionResult.ErrorMessage")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
  }
}

export function decodeElectLeadersResponse(r: Reader, version: number): ElectLeadersResponse {
  r.begin("ElectLeadersResponse", version, 0, 2)
  return readElectLeadersResponse(r, version)
}

export function encodeElectLeadersResponse(w: Writer, m: MessageInit<ElectLeadersResponse>, version: number): void {
  w.begin("ElectLeadersResponse", version, 0, 2)
  writeElectLeadersResponse(w, m, version)
}
