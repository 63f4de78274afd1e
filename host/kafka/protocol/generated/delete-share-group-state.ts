// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * DeleteShareGroupState Request (Version: 0) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition _tagged_fields
 *       partition => INT32
 */
/** DeleteShareGroupStateRequest (versions 0, flexible 0+) */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The data for the topics. (versions 0+) */
  topics: DeleteShareGroupStateRequestDeleteStateData[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  const o: DeleteShareGroupStateRequest = {
    groupId: r.string(true, "GroupId"),
    topics: readArray(r, true, v, readDeleteShareGroupStateRequestDeleteStateData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteShareGroupStateRequest(w: Writer, m: MessageInit<DeleteShareGroupStateRequest>, v: number): void {
  w.string((m.groupId ?? ""), true, "GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDeleteShareGroupStateRequestDeleteStateData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DeleteStateData in DeleteShareGroupStateRequest (versions 0) */
export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. (versions 0+) */
  topicId: string
  /** The data for the partitions. (versions 0+) */
  partitions: DeleteShareGroupStateRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteShareGroupStateRequestDeleteStateData(r: Reader, v: number): DeleteShareGroupStateRequestDeleteStateData {
  const o: DeleteShareGroupStateRequestDeleteStateData = {
    topicId: r.uuid("DeleteStateData.TopicId"),
    partitions: readArray(r, true, v, readDeleteShareGroupStateRequestPartitionData, "DeleteStateData.Partitions"),
  }
  const u = r.taggedFields("DeleteStateData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteShareGroupStateRequestDeleteStateData(w: Writer, m: MessageInit<DeleteShareGroupStateRequestDeleteStateData>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "DeleteStateData.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeDeleteShareGroupStateRequestPartitionData, "DeleteStateData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "DeleteStateData._tagged_fields")
}

/** PartitionData in DeleteShareGroupStateRequest (versions 0) */
export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. (versions 0+) */
  partition: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteShareGroupStateRequestPartitionData(r: Reader, v: number): DeleteShareGroupStateRequestPartitionData {
  const o: DeleteShareGroupStateRequestPartitionData = {
    partition: r.int32("PartitionData.Partition"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteShareGroupStateRequestPartitionData(w: Writer, m: MessageInit<DeleteShareGroupStateRequestPartitionData>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionData.Partition")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  r.begin("DeleteShareGroupStateRequest", version, 0, 0)
  return readDeleteShareGroupStateRequest(r, version)
}

export function encodeDeleteShareGroupStateRequest(w: Writer, m: MessageInit<DeleteShareGroupStateRequest>, version: number): void {
  w.begin("DeleteShareGroupStateRequest", version, 0, 0)
  writeDeleteShareGroupStateRequest(w, m, version)
}

/*
 * DeleteShareGroupState Response (Version: 0) => [results] _tagged_fields
 *   results => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition error_code error_message _tagged_fields
 *       partition => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 */
/** DeleteShareGroupStateResponse (versions 0, flexible 0+) */
export interface DeleteShareGroupStateResponse {
  /** The delete results (versions 0+) */
  results: DeleteShareGroupStateResponseDeleteStateResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  const o: DeleteShareGroupStateResponse = {
    results: readArray(r, true, v, readDeleteShareGroupStateResponseDeleteStateResult, "Results"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteShareGroupStateResponse(w: Writer, m: MessageInit<DeleteShareGroupStateResponse>, v: number): void {
  writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeDeleteShareGroupStateResponseDeleteStateResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DeleteStateResult in DeleteShareGroupStateResponse (versions 0) */
export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier (versions 0+) */
  topicId: string
  /** The results for the partitions. (versions 0+) */
  partitions: DeleteShareGroupStateResponsePartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteShareGroupStateResponseDeleteStateResult(r: Reader, v: number): DeleteShareGroupStateResponseDeleteStateResult {
  const o: DeleteShareGroupStateResponseDeleteStateResult = {
    topicId: r.uuid("DeleteStateResult.TopicId"),
    partitions: readArray(r, true, v, readDeleteShareGroupStateResponsePartitionResult, "DeleteStateResult.Partitions"),
  }
  const u = r.taggedFields("DeleteStateResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, m: MessageInit<DeleteShareGroupStateResponseDeleteStateResult>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "DeleteStateResult.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeDeleteShareGroupStateResponsePartitionResult, "DeleteStateResult.Partitions")
  w.taggedFields(m.unknownTaggedFields, "DeleteStateResult._tagged_fields")
}

/** PartitionResult in DeleteShareGroupStateResponse (versions 0) */
export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. (versions 0+) */
  partition: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readDeleteShareGroupStateResponsePartitionResult(r: Reader, v: number): DeleteShareGroupStateResponsePartitionResult {
  const o: DeleteShareGroupStateResponsePartitionResult = {
    partition: r.int32("PartitionResult.Partition"),
    errorCode: r.int16("PartitionResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionResult.ErrorMessage"),
  }
  const u = r.taggedFields("PartitionResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteShareGroupStateResponsePartitionResult(w: Writer, m: MessageInit<DeleteShareGroupStateResponsePartitionResult>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionResult.Partition")
  w.int16((m.errorCode ?? 0), "PartitionResult.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionResult.ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "PartitionResult._tagged_fields")
}

export function decodeDeleteShareGroupStateResponse(r: Reader, version: number): DeleteShareGroupStateResponse {
  r.begin("DeleteShareGroupStateResponse", version, 0, 0)
  return readDeleteShareGroupStateResponse(r, version)
}

export function encodeDeleteShareGroupStateResponse(w: Writer, m: MessageInit<DeleteShareGroupStateResponse>, version: number): void {
  w.begin("DeleteShareGroupStateResponse", version, 0, 0)
  writeDeleteShareGroupStateResponse(w, m, version)
}
