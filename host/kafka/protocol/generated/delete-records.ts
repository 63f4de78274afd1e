// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DeleteRecordsRequest.json, DeleteRecordsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * DeleteRecords Request (Versions: 0-1) => [topics] timeout_ms
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index offset
 *       partition_index => INT32
 *       offset => INT64
 *   timeout_ms => INT32
 * DeleteRecords Request (Version: 2) => [topics] timeout_ms _tagged_fields
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index offset _tagged_fields
 *       partition_index => INT32
 *       offset => INT64
 *   timeout_ms => INT32
 */
/** DeleteRecordsRequest (versions 0-2, flexible 2+) */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. (versions 0+) */
  topics: DeleteRecordsRequestDeleteRecordsTopic[]
  /** How long to wait for the deletion to complete, in milliseconds. (versions 0+) */
  timeoutMs: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  const flex = v === 2
  const o: DeleteRecordsRequest = {
    topics: readArray(r, flex, v, readDeleteRecordsRequestDeleteRecordsTopic, "Topics"),
    timeoutMs: r.int32("TimeoutMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteRecordsRequest(w: Writer, m: MessageInit<DeleteRecordsRequest>, v: number): void {
  const flex = v === 2
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeDeleteRecordsRequestDeleteRecordsTopic, "Topics")
  w.int32((m.timeoutMs ?? 0), "TimeoutMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeleteRecordsTopic in DeleteRecordsRequest (versions 0-2) */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition that we want to delete records from. (versions 0+) */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic {
  const flex = v === 2
  const o: DeleteRecordsRequestDeleteRecordsTopic = {
    name: r.string(flex, "DeleteRecordsTopic.Name"),
    partitions: readArray(r, flex, v, readDeleteRecordsRequestDeleteRecordsPartition, "DeleteRecordsTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteRecordsTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, m: MessageInit<DeleteRecordsRequestDeleteRecordsTopic>, v: number): void {
  const flex = v === 2
  w.string((m.name ?? ""), flex, "DeleteRecordsTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeDeleteRecordsRequestDeleteRecordsPartition, "DeleteRecordsTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteRecordsTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteRecordsTopic._tagged_fields")
  }
}

/** DeleteRecordsPartition in DeleteRecordsRequest (versions 0-2) */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The deletion offset. (versions 0+) */
  offset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsPartition {
  const flex = v === 2
  const o: DeleteRecordsRequestDeleteRecordsPartition = {
    partitionIndex: r.int32("DeleteRecordsPartition.PartitionIndex"),
    offset: r.int64("DeleteRecordsPartition.Offset"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteRecordsPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, m: MessageInit<DeleteRecordsRequestDeleteRecordsPartition>, v: number): void {
  const flex = v === 2
  w.int32((m.partitionIndex ?? 0), "DeleteRecordsPartition.PartitionIndex")
  w.int64((m.offset ?? 0n), "DeleteRecordsPartition.Offset")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteRecordsPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteRecordsPartition._tagged_fields")
  }
}

export function decodeDeleteRecordsRequest(r: Reader, version: number): DeleteRecordsRequest {
  r.begin("DeleteRecordsRequest", version, 0, 2)
  return readDeleteRecordsRequest(r, version)
}

export function encodeDeleteRecordsRequest(w: Writer, m: MessageInit<DeleteRecordsRequest>, version: number): void {
  w.begin("DeleteRecordsRequest", version, 0, 2)
  writeDeleteRecordsRequest(w, m, version)
}

/*
 * DeleteRecords Response (Versions: 0-1) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index low_watermark error_code
 *       partition_index => INT32
 *       low_watermark => INT64
 *       error_code => INT16
 * DeleteRecords Response (Version: 2) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index low_watermark error_code _tagged_fields
 *       partition_index => INT32
 *       low_watermark => INT64
 *       error_code => INT16
 */
/** DeleteRecordsResponse (versions 0-2, flexible 2+) */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each topic that we wanted to delete records from. (versions 0+) */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const flex = v === 2
  const o: DeleteRecordsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    topics: readArray(r, flex, v, readDeleteRecordsResponseDeleteRecordsTopicResult, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteRecordsResponse(w: Writer, m: MessageInit<DeleteRecordsResponse>, v: number): void {
  const flex = v === 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeDeleteRecordsResponseDeleteRecordsTopicResult, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeleteRecordsTopicResult in DeleteRecordsResponse (versions 0-2) */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition that we wanted to delete records from. (versions 0+) */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const flex = v === 2
  const o: DeleteRecordsResponseDeleteRecordsTopicResult = {
    name: r.string(flex, "DeleteRecordsTopicResult.Name"),
    partitions: readArray(r, flex, v, readDeleteRecordsResponseDeleteRecordsPartitionResult, "DeleteRecordsTopicResult.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteRecordsTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, m: MessageInit<DeleteRecordsResponseDeleteRecordsTopicResult>, v: number): void {
  const flex = v === 2
  w.string((m.name ?? ""), flex, "DeleteRecordsTopicResult.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeDeleteRecordsResponseDeleteRecordsPartitionResult, "DeleteRecordsTopicResult.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteRecordsTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteRecordsTopicResult._tagged_fields")
  }
}

/** DeleteRecordsPartitionResult in DeleteRecordsResponse (versions 0-2) */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The partition low water mark. (versions 0+) */
  lowWatermark: bigint
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const flex = v === 2
  const o: DeleteRecordsResponseDeleteRecordsPartitionResult = {
    partitionIndex: r.int32("DeleteRecordsPartitionResult.PartitionIndex"),
    lowWatermark: r.int64("DeleteRecordsPartitionResult.LowWatermark"),
    errorCode: r.int16("DeleteRecordsPartitionResult.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteRecordsPartitionResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, m: MessageInit<DeleteRecordsResponseDeleteRecordsPartitionResult>, v: number): void {
  const flex = v === 2
  w.int32((m.partitionIndex ?? 0), "DeleteRecordsPartitionResult.PartitionIndex")
  w.int64((m.lowWatermark ?? 0n), "DeleteRecordsPartitionResult.LowWatermark")
  w.int16((m.errorCode ?? 0), "DeleteRecordsPartitionResult.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteRecordsPartitionResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteRecordsPartitionResult._tagged_fields")
  }
}

export function decodeDeleteRecordsResponse(r: Reader, version: number): DeleteRecordsResponse {
  r.begin("DeleteRecordsResponse", version, 0, 2)
  return readDeleteRecordsResponse(r, version)
}

export function encodeDeleteRecordsResponse(w: Writer, m: MessageInit<DeleteRecordsResponse>, version: number): void {
  w.begin("DeleteRecordsResponse", version, 0, 2)
  writeDeleteRecordsResponse(w, m, version)
}
