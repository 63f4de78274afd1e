// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * InitializeShareGroupState Request (Version: 0) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition state_epoch start_offset _tagged_fields
 *       partition => INT32
 *       state_epoch => INT32
 *       start_offset => INT64
 */
/** InitializeShareGroupStateRequest (versions 0, flexible 0+) */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: InitializeShareGroupStateRequestInitializeStateData[]
  unknownTaggedFields?: TaggedField[]
}

function readInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  const o: InitializeShareGroupStateRequest = {
    groupId: r.string(true, "GroupId"),
    topics: readArray(r, true, v, readInitializeShareGroupStateRequestInitializeStateData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeInitializeShareGroupStateRequest(w: Writer, m: MessageInit<InitializeShareGroupStateRequest>, v: number): void {
  w.string((m.groupId ?? ""), true, "GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeInitializeShareGroupStateRequestInitializeStateData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** InitializeStateData in InitializeShareGroupStateRequest (versions 0) */
export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string
  /** The data for the partitions. (versions 0+) */
  partitions: InitializeShareGroupStateRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readInitializeShareGroupStateRequestInitializeStateData(r: Reader, v: number): InitializeShareGroupStateRequestInitializeStateData {
  const o: InitializeShareGroupStateRequestInitializeStateData = {
    topicId: r.uuid("InitializeStateData.TopicId"),
    partitions: readArray(r, true, v, readInitializeShareGroupStateRequestPartitionData, "InitializeStateData.Partitions"),
  }
  const u = r.taggedFields("InitializeStateData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeInitializeShareGroupStateRequestInitializeStateData(w: Writer, m: MessageInit<InitializeShareGroupStateRequestInitializeStateData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "InitializeStateData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeInitializeShareGroupStateRequestPartitionData, "InitializeStateData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "InitializeStateData._tagged_fields")
}

/** PartitionData in InitializeShareGroupStateRequest (versions 0) */
export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  /** The state epoch for this share-partition. (versions 0+) */
  stateEpoch: number
  /** The share-partition start offset, or -1 if the start offset is not being initialized. (versions 0+) */
  startOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readInitializeShareGroupStateRequestPartitionData(r: Reader, v: number): InitializeShareGroupStateRequestPartitionData {
  const o: InitializeShareGroupStateRequestPartitionData = {
    partition: r.int32("PartitionData.Partition"),
    stateEpoch: r.int32("PartitionData.StateEpoch"),
    startOffset: r.int64("PartitionData.StartOffset"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeInitializeShareGroupStateRequestPartitionData(w: Writer, m: MessageInit<InitializeShareGroupStateRequestPartitionData>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionData.Partition")
  w.int32((m.stateEpoch ?? 0), "PartitionData.StateEpoch")
  w.int64((m.startOffset ?? 0n), "PartitionData.StartOffset")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeInitializeShareGroupStateRequest(r: Reader, version: number): InitializeShareGroupStateRequest {
  r.begin("InitializeShareGroupStateRequest", version, 0, 0)
  return readInitializeShareGroupStateRequest(r, version)
}

export function encodeInitializeShareGroupStateRequest(w: Writer, m: MessageInit<InitializeShareGroupStateRequest>, version: number): void {
  w.begin("InitializeShareGroupStateRequest", version, 0, 0)
  writeInitializeShareGroupStateRequest(w, m, version)
}

/*
 * InitializeShareGroupState Response (Version: 0) => [results] _tagged_fields
 *   results => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition error_code error_message _tagged_fields
 *       partition => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 */
/** InitializeShareGroupStateResponse (versions 0, flexible 0+) */
export interface InitializeShareGroupStateResponse {
  /** The initialization results (versions 0+) */
  results: InitializeShareGroupStateResponseInitializeStateResult[]
  unknownTaggedFields?: TaggedField[]
}

function readInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  const o: InitializeShareGroupStateResponse = {
    results: readArray(r, true, v, readInitializeShareGroupStateResponseInitializeStateResult, "Results"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeInitializeShareGroupStateResponse(w: Writer, m: MessageInit<InitializeShareGroupStateResponse>, v: number): void {
  writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeInitializeShareGroupStateResponseInitializeStateResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** InitializeStateResult in InitializeShareGroupStateResponse (versions 0) */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string
  /** The results for the partitions. (versions 0+) */
  partitions: InitializeShareGroupStateResponsePartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readInitializeShareGroupStateResponseInitializeStateResult(r: Reader, v: number): InitializeShareGroupStateResponseInitializeStateResult {
  const o: InitializeShareGroupStateResponseInitializeStateResult = {
    topicId: r.uuid("InitializeStateResult.TopicId"),
    partitions: readArray(r, true, v, readInitializeShareGroupStateResponsePartitionResult, "InitializeStateResult.Partitions"),
  }
  const u = r.taggedFields("InitializeStateResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, m: MessageInit<InitializeShareGroupStateResponseInitializeStateResult>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "InitializeStateResult.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeInitializeShareGroupStateResponsePartitionResult, "InitializeStateResult.Partitions")
  w.taggedFields(m.unknownTaggedFields, "InitializeStateResult._tagged_fields")
}

/** PartitionResult in InitializeShareGroupStateResponse (versions 0) */
export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readInitializeShareGroupStateResponsePartitionResult(r: Reader, v: number): InitializeShareGroupStateResponsePartitionResult {
  const o: InitializeShareGroupStateResponsePartitionResult = {
    partition: r.int32("PartitionResult.Partition"),
    errorCode: r.int16("PartitionResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionResult.ErrorMessage"),
  }
  const u = r.taggedFields("PartitionResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeInitializeShareGroupStateResponsePartitionResult(w: Writer, m: MessageInit<InitializeShareGroupStateResponsePartitionResult>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionResult.Partition")
  w.int16((m.errorCode ?? 0), "PartitionResult.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionResult.ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
}

export function decodeInitializeShareGroupStateResponse(r: Reader, version: number): InitializeShareGroupStateResponse {
  r.begin("InitializeShareGroupStateResponse", version, 0, 0)
  return readInitializeShareGroupStateResponse(r, version)
}

export function encodeInitializeShareGroupStateResponse(w: Writer, m: MessageInit<InitializeShareGroupStateResponse>, version: number): void {
  w.begin("InitializeShareGroupStateResponse", version, 0, 0)
  writeInitializeShareGroupStateResponse(w, m, version)
}
