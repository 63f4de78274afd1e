// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * TxnOffsetCommit Request (Versions: 0-1) => transactional_id group_id producer_id producer_epoch [topics]
 *   transactional_id => STRING
 *   group_id => STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 * TxnOffsetCommit Request (Version: 2) => transactional_id group_id producer_id producer_epoch [topics]
 *   transactional_id => STRING
 *   group_id => STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => NULLABLE_STRING
 * TxnOffsetCommit Request (Versions: 3-4) => transactional_id group_id producer_id producer_epoch generation_id member_id group_instance_id [topics] _tagged_fields
 *   transactional_id => COMPACT_STRING
 *   group_id => COMPACT_STRING
 *   producer_id => INT64
 *   producer_epoch => INT16
 *   generation_id => INT32
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
/** TxnOffsetCommitRequest (versions 0-4, flexible 3+) */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. (versions 0+) */
  transactionalId: string
  /** The ID of the group. (versions 0+) */
  groupId: string
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number
  /** The generation of the consumer. (versions 3+, default -1) */
  generationId: number
  /** The member ID assigned by the group coordinator. (versions 3+, default ) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null
  /** Each topic that we want to commit offsets for. (versions 0+) */
  topics: TxnOffsetCommitRequestTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const flex = v >= 3
  const o: TxnOffsetCommitRequest = {
    transactionalId: r.string(flex, "TransactionalId"),
    groupId: r.string(flex, "GroupId"),
    producerId: r.int64("ProducerId"),
    producerEpoch: r.int16("ProducerEpoch"),
    generationId: v >= 3 ? r.int32("GenerationId") : -1,
    memberId: v >= 3 ? r.string(flex, "MemberId") : "",
    groupInstanceId: v >= 3 ? r.nullableString(flex, v >= 3, "GroupInstanceId") : null,
    topics: readArray(r, flex, v, readTxnOffsetCommitRequestTopic, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeTxnOffsetCommitRequest(w: Writer, m: MessageInit<TxnOffsetCommitRequest>, v: number): void {
  const flex = v >= 3
  w.string((m.transactionalId ?? ""), flex, "TransactionalId")
  w.string((m.groupId ?? ""), flex, "GroupId")
  w.int64((m.producerId ?? 0n), "ProducerId")
  w.int16((m.producerEpoch ?? 0), "ProducerEpoch")
  if (v >= 3) w.int32((m.generationId ?? -1), "GenerationId")
  else if (m.generationId !== undefined && m.generationId !== -1) w.notInVersion("GenerationId")
  if (v >= 3) w.string((m.memberId ?? ""), flex, "MemberId")
  else if (m.memberId !== undefined && m.memberId !== "") w.notInVersion("MemberId")
  if (v >= 3) w.nullableString((m.groupInstanceId ?? null), flex, v >= 3, "GroupInstanceId")
  else if (m.groupInstanceId != null) w.notInVersion("GroupInstanceId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeTxnOffsetCommitRequestTopic, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TxnOffsetCommitRequestTopic in TxnOffsetCommitRequest (versions 0-4) */
export interface TxnOffsetCommitRequestTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The partitions inside the topic that we want to commit offsets for. (versions 0+) */
  partitions: TxnOffsetCommitRequestPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const flex = v >= 3
  const o: TxnOffsetCommitRequestTopic = {
    name: r.string(flex, "TxnOffsetCommitRequestTopic.Name"),
    partitions: readArray(r, flex, v, readTxnOffsetCommitRequestPartition, "TxnOffsetCommitRequestTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TxnOffsetCommitRequestTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeTxnOffsetCommitRequestTopic(w: Writer, m: MessageInit<TxnOffsetCommitRequestTopic>, v: number): void {
  const flex = v >= 3
  w.string((m.name ?? ""), flex, "TxnOffsetCommitRequestTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeTxnOffsetCommitRequestPartition, "TxnOffsetCommitRequestTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TxnOffsetCommitRequestTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TxnOffsetCommitRequestTopic._tagged_fields")
  }
}

/** TxnOffsetCommitRequestPartition in TxnOffsetCommitRequest (versions 0-4) */
export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. (versions 0+) */
  partitionIndex: number
  /** The message offset to be committed. (versions 0+) */
  committedOffset: bigint
  /** The leader epoch of the last consumed record. (versions 2+, ignorable, default -1) */
  committedLeaderEpoch: number
  /** Any associated metadata the client wants to keep. (versions 0+, nullable 0+) */
  committedMetadata: string | null
  unknownTaggedFields?: TaggedField[]
}

function readTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const flex = v >= 3
  const o: TxnOffsetCommitRequestPartition = {
    partitionIndex: r.int32("TxnOffsetCommitRequestPartition.PartitionIndex"),
    committedOffset: r.int64("TxnOffsetCommitRequestPartition.CommittedOffset"),
    committedLeaderEpoch: v >= 2 ? r.int32("TxnOffsetCommitRequestPartition.CommittedLeaderEpoch") : -1,
    committedMetadata: r.nullableString(flex, true, "TxnOffsetCommitRequestPartition.CommittedMetadata"),
  }
  if (flex) {
    const u = r.taggedFields("TxnOffsetCommitRequestPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeTxnOffsetCommitRequestPartition(w: Writer, m: MessageInit<TxnOffsetCommitRequestPartition>, v: number): void {
  const flex = v >= 3
  w.int32((m.partitionIndex ?? 0), "TxnOffsetCommitRequestPartition.PartitionIndex")
  w.int64((m.committedOffset ?? 0n), "TxnOffsetCommitRequestPartition.CommittedOffset")
  if (v >= 2) w.int32((m.committedLeaderEpoch ?? -1), "TxnOffsetCommitRequestPartition.CommittedLeaderEpoch")
  w.nullableString((m.committedMetadata === undefined ? "" : m.committedMetadata), flex, true, "TxnOffsetCommitRequestPartition.CommittedMetadata")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TxnOffsetCommitRequestPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TxnOffsetCommitRequestPartition._tagged_fields")
  }
}

export function decodeTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  r.begin("TxnOffsetCommitRequest", version, 0, 4)
  return readTxnOffsetCommitRequest(r, version)
}

export function encodeTxnOffsetCommitRequest(w: Writer, m: MessageInit<TxnOffsetCommitRequest>, version: number): void {
  w.begin("TxnOffsetCommitRequest", version, 0, 4)
  writeTxnOffsetCommitRequest(w, m, version)
}

/*
 * TxnOffsetCommit Response (Versions: 0-2) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 * TxnOffsetCommit Response (Versions: 3-4) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 */
/** TxnOffsetCommitResponse (versions 0-4, flexible 3+) */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The responses for each topic. (versions 0+) */
  topics: TxnOffsetCommitResponseTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const flex = v >= 3
  const o: TxnOffsetCommitResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    topics: readArray(r, flex, v, readTxnOffsetCommitResponseTopic, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeTxnOffsetCommitResponse(w: Writer, m: MessageInit<TxnOffsetCommitResponse>, v: number): void {
  const flex = v >= 3
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeTxnOffsetCommitResponseTopic, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TxnOffsetCommitResponseTopic in TxnOffsetCommitResponse (versions 0-4) */
export interface TxnOffsetCommitResponseTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: TxnOffsetCommitResponsePartition[]
  unknownTaggedFields?: TaggedField[]
}

function readTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const flex = v >= 3
  const o: TxnOffsetCommitResponseTopic = {
    name: r.string(flex, "TxnOffsetCommitResponseTopic.Name"),
    partitions: readArray(r, flex, v, readTxnOffsetCommitResponsePartition, "TxnOffsetCommitResponseTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TxnOffsetCommitResponseTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeTxnOffsetCommitResponseTopic(w: Writer, m: MessageInit<TxnOffsetCommitResponseTopic>, v: number): void {
  const flex = v >= 3
  w.string((m.name ?? ""), flex, "TxnOffsetCommitResponseTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeTxnOffsetCommitResponsePartition, "TxnOffsetCommitResponseTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TxnOffsetCommitResponseTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TxnOffsetCommitResponseTopic._tagged_fields")
  }
}

/** TxnOffsetCommitResponsePartition in TxnOffsetCommitResponse (versions 0-4) */
export interface TxnOffsetCommitResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const flex = v >= 3
  const o: TxnOffsetCommitResponsePartition = {
    partitionIndex: r.int32("TxnOffsetCommitResponsePartition.PartitionIndex"),
    errorCode: r.int16("TxnOffsetCommitResponsePartition.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("TxnOffsetCommitResponsePartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeTxnOffsetCommitResponsePartition(w: Writer, m: MessageInit<TxnOffsetCommitResponsePartition>, v: number): void {
  const flex = v >= 3
  w.int32((m.partitionIndex ?? 0), "TxnOffsetCommitResponsePartition.PartitionIndex")
  w.int16((m.errorCode ?? 0), "TxnOffsetCommitResponsePartition.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TxnOffsetCommitResponsePartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TxnOffsetCommitResponsePartition._tagged_fields")
  }
}

export function decodeTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  r.begin("TxnOffsetCommitResponse", version, 0, 4)
  return readTxnOffsetCommitResponse(r, version)
}

export function encodeTxnOffsetCommitResponse(w: Writer, m: MessageInit<TxnOffsetCommitResponse>, version: number): void {
  w.begin("TxnOffsetCommitResponse", version, 0, 4)
  writeTxnOffsetCommitResponse(w, m, version)
}
