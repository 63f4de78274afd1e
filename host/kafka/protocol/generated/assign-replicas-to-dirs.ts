// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * AssignReplicasToDirs Request (Version: 0) => broker_id broker_epoch [directories] _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   directories => id [topics] _tagged_fields
 *     id => UUID
 *     topics => topic_id [partitions] _tagged_fields
 *       topic_id => UUID
 *       partitions => partition_index _tagged_fields
 *         partition_index => INT32
 */
/** AssignReplicasToDirsRequest (versions 0, flexible 0+) */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker (versions 0+) */
  brokerId: number
  /** The epoch of the requesting broker (versions 0+, default -1) */
  brokerEpoch: bigint
  /** (versions 0+) */
  directories: AssignReplicasToDirsRequestDirectoryData[]
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  const o: AssignReplicasToDirsRequest = {
    brokerId: r.int32("BrokerId"),
    brokerEpoch: r.int64("BrokerEpoch"),
    directories: readArray(r, true, v, readAssignReplicasToDirsRequestDirectoryData, "Directories"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsRequest(w: Writer, m: MessageInit<AssignReplicasToDirsRequest>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerId")
  w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  writeArray(w, (m.directories ?? EMPTY_ARRAY), true, false, v, writeAssignReplicasToDirsRequestDirectoryData, "Directories")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DirectoryData in AssignReplicasToDirsRequest (versions 0) */
export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory (versions 0+) */
  id: string
  /** (versions 0+) */
  topics: AssignReplicasToDirsRequestTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryData {
  const o: AssignReplicasToDirsRequestDirectoryData = {
    id: r.uuid("DirectoryData.Id"),
    topics: readArray(r, true, v, readAssignReplicasToDirsRequestTopicData, "DirectoryData.Topics"),
  }
  const u = r.taggedFields("DirectoryData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, m: MessageInit<AssignReplicasToDirsRequestDirectoryData>, v: number): void {
  w.uuid((m.id ?? ZERO_UUID), "DirectoryData.Id")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeAssignReplicasToDirsRequestTopicData, "DirectoryData.Topics")
  w.taggedFields(m.unknownTaggedFields, "DirectoryData._tagged_fields")
}

/** TopicData in AssignReplicasToDirsRequest (versions 0) */
export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic (versions 0+) */
  topicId: string
  /** (versions 0+) */
  partitions: AssignReplicasToDirsRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsRequestTopicData(r: Reader, v: number): AssignReplicasToDirsRequestTopicData {
  const o: AssignReplicasToDirsRequestTopicData = {
    topicId: r.uuid("TopicData.TopicId"),
    partitions: readArray(r, true, v, readAssignReplicasToDirsRequestPartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsRequestTopicData(w: Writer, m: MessageInit<AssignReplicasToDirsRequestTopicData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "TopicData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeAssignReplicasToDirsRequestPartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in AssignReplicasToDirsRequest (versions 0) */
export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsRequestPartitionData(r: Reader, v: number): AssignReplicasToDirsRequestPartitionData {
  const o: AssignReplicasToDirsRequestPartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsRequestPartitionData(w: Writer, m: MessageInit<AssignReplicasToDirsRequestPartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  r.begin("AssignReplicasToDirsRequest", version, 0, 0)
  return readAssignReplicasToDirsRequest(r, version)
}

export function encodeAssignReplicasToDirsRequest(w: Writer, m: MessageInit<AssignReplicasToDirsRequest>, version: number): void {
  w.begin("AssignReplicasToDirsRequest", version, 0, 0)
  writeAssignReplicasToDirsRequest(w, m, version)
}

/*
 * AssignReplicasToDirs Response (Version: 0) => throttle_time_ms error_code [directories] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   directories => id [topics] _tagged_fields
 *     id => UUID
 *     topics => topic_id [partitions] _tagged_fields
 *       topic_id => UUID
 *       partitions => partition_index error_code _tagged_fields
 *         partition_index => INT32
 *         error_code => INT16
 */
/** AssignReplicasToDirsResponse (versions 0, flexible 0+) */
export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top level response error code (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  directories: AssignReplicasToDirsResponseDirectoryData[]
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  const o: AssignReplicasToDirsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    directories: readArray(r, true, v, readAssignReplicasToDirsResponseDirectoryData, "Directories"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsResponse(w: Writer, m: MessageInit<AssignReplicasToDirsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.directories ?? EMPTY_ARRAY), true, false, v, writeAssignReplicasToDirsResponseDirectoryData, "Directories")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DirectoryData in AssignReplicasToDirsResponse (versions 0) */
export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory (versions 0+) */
  id: string
  /** (versions 0+) */
  topics: AssignReplicasToDirsResponseTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsResponseDirectoryData(r: Reader, v: number): AssignReplicasToDirsResponseDirectoryData {
  const o: AssignReplicasToDirsResponseDirectoryData = {
    id: r.uuid("DirectoryData.Id"),
    topics: readArray(r, true, v, readAssignReplicasToDirsResponseTopicData, "DirectoryData.Topics"),
  }
  const u = r.taggedFields("DirectoryData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, m: MessageInit<AssignReplicasToDirsResponseDirectoryData>, v: number): void {
  w.uuid((m.id ?? ZERO_UUID), "DirectoryData.Id")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeAssignReplicasToDirsResponseTopicData, "DirectoryData.Topics")
  w.taggedFields(m.unknownTaggedFields, "DirectoryData._tagged_fields")
}

/** TopicData in AssignReplicasToDirsResponse (versions 0) */
export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic (versions 0+) */
  topicId: string
  /** (versions 0+) */
  partitions: AssignReplicasToDirsResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsResponseTopicData(r: Reader, v: number): AssignReplicasToDirsResponseTopicData {
  const o: AssignReplicasToDirsResponseTopicData = {
    topicId: r.uuid("TopicData.TopicId"),
    partitions: readArray(r, true, v, readAssignReplicasToDirsResponsePartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsResponseTopicData(w: Writer, m: MessageInit<AssignReplicasToDirsResponseTopicData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "TopicData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeAssignReplicasToDirsResponsePartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in AssignReplicasToDirsResponse (versions 0) */
export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The partition level error code (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readAssignReplicasToDirsResponsePartitionData(r: Reader, v: number): AssignReplicasToDirsResponsePartitionData {
  const o: AssignReplicasToDirsResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAssignReplicasToDirsResponsePartitionData(w: Writer, m: MessageInit<AssignReplicasToDirsResponsePartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  r.begin("AssignReplicasToDirsResponse", version, 0, 0)
  return readAssignReplicasToDirsResponse(r, version)
}

export function encodeAssignReplicasToDirsResponse(w: Writer, m: MessageInit<AssignReplicasToDirsResponse>, version: number): void {
  w.begin("AssignReplicasToDirsResponse", version, 0, 0)
  writeAssignReplicasToDirsResponse(w, m, version)
}
