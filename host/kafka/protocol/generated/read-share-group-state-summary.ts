// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * ReadShareGroupStateSummary Request (Version: 0) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition leader_epoch _tagged_fields
 *       partition => INT32
 *       leader_epoch => INT32
 */
/** ReadShareGroupStateSummaryRequest (versions 0, flexible 0+) */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  const o: ReadShareGroupStateSummaryRequest = {
    groupId: r.string(true, "GroupId"),
    topics: readArray(r, true, v, readReadShareGroupStateSummaryRequestReadStateSummaryData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateSummaryRequest(w: Writer, m: MessageInit<ReadShareGroupStateSummaryRequest>, v: number): void {
  w.string((m.groupId ?? ""), true, "GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateSummaryRequestReadStateSummaryData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ReadStateSummaryData in ReadShareGroupStateSummaryRequest (versions 0) */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. (versions 0+) */
  topicId: string
  /** The data for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, v: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const o: ReadShareGroupStateSummaryRequestReadStateSummaryData = {
    topicId: r.uuid("ReadStateSummaryData.TopicId"),
    partitions: readArray(r, true, v, readReadShareGroupStateSummaryRequestPartitionData, "ReadStateSummaryData.Partitions"),
  }
  const u = r.taggedFields("ReadStateSummaryData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, m: MessageInit<ReadShareGroupStateSummaryRequestReadStateSummaryData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ReadStateSummaryData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateSummaryRequestPartitionData, "ReadStateSummaryData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ReadStateSummaryData._tagged_fields")
}

/** PartitionData in ReadShareGroupStateSummaryRequest (versions 0) */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  /** The leader epoch of the share-partition. (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateSummaryRequestPartitionData(r: Reader, v: number): ReadShareGroupStateSummaryRequestPartitionData {
  const o: ReadShareGroupStateSummaryRequestPartitionData = {
    partition: r.int32("PartitionData.Partition"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateSummaryRequestPartitionData(w: Writer, m: MessageInit<ReadShareGroupStateSummaryRequestPartitionData>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionData.Partition")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  r.begin("ReadShareGroupStateSummaryRequest", version, 0, 0)
  return readReadShareGroupStateSummaryRequest(r, version)
}

export function encodeReadShareGroupStateSummaryRequest(w: Writer, m: MessageInit<ReadShareGroupStateSummaryRequest>, version: number): void {
  w.begin("ReadShareGroupStateSummaryRequest", version, 0, 0)
  writeReadShareGroupStateSummaryRequest(w, m, version)
}

/*
 * ReadShareGroupStateSummary Response (Version: 0) => [results] _tagged_fields
 *   results => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition error_code error_message state_epoch start_offset _tagged_fields
 *       partition => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       state_epoch => INT32
 *       start_offset => INT64
 */
/** ReadShareGroupStateSummaryResponse (versions 0, flexible 0+) */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results (versions 0+) */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  const o: ReadShareGroupStateSummaryResponse = {
    results: readArray(r, true, v, readReadShareGroupStateSummaryResponseReadStateSummaryResult, "Results"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateSummaryResponse(w: Writer, m: MessageInit<ReadShareGroupStateSummaryResponse>, v: number): void {
  writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateSummaryResponseReadStateSummaryResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ReadStateSummaryResult in ReadShareGroupStateSummaryResponse (versions 0) */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier (versions 0+) */
  topicId: string
  /** The results for the partitions. (versions 0+) */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, v: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  const o: ReadShareGroupStateSummaryResponseReadStateSummaryResult = {
    topicId: r.uuid("ReadStateSummaryResult.TopicId"),
    partitions: readArray(r, true, v, readReadShareGroupStateSummaryResponsePartitionResult, "ReadStateSummaryResult.Partitions"),
  }
  const u = r.taggedFields("ReadStateSummaryResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, m: MessageInit<ReadShareGroupStateSummaryResponseReadStateSummaryResult>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ReadStateSummaryResult.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeReadShareGroupStateSummaryResponsePartitionResult, "ReadStateSummaryResult.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ReadStateSummaryResult._tagged_fields")
}

/** PartitionResult in ReadShareGroupStateSummaryResponse (versions 0) */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The state epoch of the share-partition. (versions 0+) */
  stateEpoch: number
  /** The share-partition start offset. (versions 0+) */
  startOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readReadShareGroupStateSummaryResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateSummaryResponsePartitionResult {
  const o: ReadShareGroupStateSummaryResponsePartitionResult = {
    partition: r.int32("PartitionResult.Partition"),
    errorCode: r.int16("PartitionResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionResult.ErrorMessage"),
    stateEpoch: r.int32("PartitionResult.StateEpoch"),
    startOffset: r.int64("PartitionResult.StartOffset"),
  }
  const u = r.taggedFields("PartitionResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, m: MessageInit<ReadShareGroupStateSummaryResponsePartitionResult>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionResult.Partition")
  w.int16((m.errorCode ?? 0), "PartitionResult.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionResult.ErrorMessage")
  w.int32((m.stateEpoch ?? 0), "PartitionResult.StateEpoch")
  w.int64((m.startOffset ?? 0n), "PartitionResult.StartOffset")
  w.taggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, version: number): ReadShareGroupStateSummaryResponse {
  r.begin("ReadShareGroupStateSummaryResponse", version, 0, 0)
  return readReadShareGroupStateSummaryResponse(r, version)
}

export function encodeReadShareGroupStateSummaryResponse(w: Writer, m: MessageInit<ReadShareGroupStateSummaryResponse>, version: number): void {
  w.begin("ReadShareGroupStateSummaryResponse", version, 0, 0)
  writeReadShareGroupStateSummaryResponse(w, m, version)
}
