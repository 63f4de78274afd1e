// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeLogDirsRequest.json, DescribeLogDirsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * DescribeLogDirs Request (Versions: 0-1) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 * DescribeLogDirs Request (Versions: 2-4) => [topics] _tagged_fields
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => INT32
 */
/** DescribeLogDirsRequest (versions 0-4, flexible 2+) */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. (versions 0+, nullable 0+) */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  const flex = v >= 2
  const o: DescribeLogDirsRequest = {
    topics: readNullableArray(r, flex, true, v, readDescribeLogDirsRequestDescribableLogDirTopic, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeLogDirsRequest(w: Writer, m: MessageInit<DescribeLogDirsRequest>, v: number): void {
  const flex = v >= 2
  writeArray(w, (m.topics === undefined ? EMPTY_ARRAY : m.topics), flex, true, v, writeDescribeLogDirsRequestDescribableLogDirTopic, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribableLogDirTopic in DescribeLogDirsRequest (versions 0-4) */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name (versions 0+) */
  topic: string
  /** The partition indexes. (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, v: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const flex = v >= 2
  const o: DescribeLogDirsRequestDescribableLogDirTopic = {
    topic: r.string(flex, "DescribableLogDirTopic.Topic"),
    partitions: readArray(r, flex, v, readInt32Element, "DescribableLogDirTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("DescribableLogDirTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, m: MessageInit<DescribeLogDirsRequestDescribableLogDirTopic>, v: number): void {
  const flex = v >= 2
  w.string((m.topic ?? ""), flex, "DescribableLogDirTopic.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "DescribableLogDirTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribableLogDirTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribableLogDirTopic._tagged_fields")
  }
}

export function decodeDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  r.begin("DescribeLogDirsRequest", version, 0, 4)
  return readDescribeLogDirsRequest(r, version)
}

export function encodeDescribeLogDirsRequest(w: Writer, m: MessageInit<DescribeLogDirsRequest>, version: number): void {
  w.begin("DescribeLogDirsRequest", version, 0, 4)
  writeDescribeLogDirsRequest(w, m, version)
}

/*
 * DescribeLogDirs Response (Versions: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code log_dir [topics]
 *     error_code => INT16
 *     log_dir => STRING
 *     topics => name [partitions]
 *       name => STRING
 *       partitions => partition_index partition_size offset_lag is_future_key
 *         partition_index => INT32
 *         partition_size => INT64
 *         offset_lag => INT64
 *         is_future_key => BOOLEAN
 * DescribeLogDirs Response (Version: 2) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => error_code log_dir [topics] _tagged_fields
 *     error_code => INT16
 *     log_dir => COMPACT_STRING
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => partition_index partition_size offset_lag is_future_key _tagged_fields
 *         partition_index => INT32
 *         partition_size => INT64
 *         offset_lag => INT64
 *         is_future_key => BOOLEAN
 * DescribeLogDirs Response (Version: 3) => throttle_time_ms error_code [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   results => error_code log_dir [topics] _tagged_fields
 *     error_code => INT16
 *     log_dir => COMPACT_STRING
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => partition_index partition_size offset_lag is_future_key _tagged_fields
 *         partition_index => INT32
 *         partition_size => INT64
 *         offset_lag => INT64
 *         is_future_key => BOOLEAN
 * DescribeLogDirs Response (Version: 4) => throttle_time_ms error_code [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   results => error_code log_dir [topics] total_bytes usable_bytes _tagged_fields
 *     error_code => INT16
 *     log_dir => COMPACT_STRING
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => partition_index partition_size offset_lag is_future_key _tagged_fields
 *         partition_index => INT32
 *         partition_size => INT64
 *         offset_lag => INT64
 *         is_future_key => BOOLEAN
 *     total_bytes => INT64
 *     usable_bytes => INT64
 */
/** DescribeLogDirsResponse (versions 0-4, flexible 2+) */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 3+, ignorable) */
  errorCode: number
  /** The log directories. (versions 0+) */
  results: DescribeLogDirsResponseDescribeLogDirsResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  const flex = v >= 2
  const o: DescribeLogDirsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: v >= 3 ? r.int16("ErrorCode") : 0,
    results: readArray(r, flex, v, readDescribeLogDirsResponseDescribeLogDirsResult, "Results"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeLogDirsResponse(w: Writer, m: MessageInit<DescribeLogDirsResponse>, v: number): void {
  const flex = v >= 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (v >= 3) w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.results ?? EMPTY_ARRAY), flex, false, v, writeDescribeLogDirsResponseDescribeLogDirsResult, "Results")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribeLogDirsResult in DescribeLogDirsResponse (versions 0-4) */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The absolute log directory path. (versions 0+) */
  logDir: string
  /** Each topic. (versions 0+) */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[]
  /** The total size in bytes of the volume the log directory is in. (versions 4+, ignorable, default -1) */
  totalBytes: bigint
  /** The usable size in bytes of the volume the log directory is in. (versions 4+, ignorable, default -1) */
  usableBytes: bigint
  unknownTaggedFields?: TaggedField[]
}

function readDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const flex = v >= 2
  const o: DescribeLogDirsResponseDescribeLogDirsResult = {
    errorCode: r.int16("DescribeLogDirsResult.ErrorCode"),
    logDir: r.string(flex, "DescribeLogDirsResult.LogDir"),
    topics: readArray(r, flex, v, readDescribeLogDirsResponseDescribeLogDirsTopic, "DescribeLogDirsResult.Topics"),
    totalBytes: v === 4 ? r.int64("DescribeLogDirsResult.TotalBytes") : -1n,
    usableBytes: v === 4 ? r.int64("DescribeLogDirsResult.UsableBytes") : -1n,
  }
  if (flex) {
    const u = r.taggedFields("DescribeLogDirsResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, m: MessageInit<DescribeLogDirsResponseDescribeLogDirsResult>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "DescribeLogDirsResult.ErrorCode")
  w.string((m.logDir ?? ""), flex, "DescribeLogDirsResult.LogDir")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeDescribeLogDirsResponseDescribeLogDirsTopic, "DescribeLogDirsResult.Topics")
  if (v === 4) w.int64((m.totalBytes ?? -1n), "DescribeLogDirsResult.TotalBytes")
  if (v === 4) w.int64((m.usableBytes ?? -1n), "DescribeLogDirsResult.UsableBytes")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeLogDirsResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeLogDirsResult._tagged_fields")
  }
}

/** DescribeLogDirsTopic in DescribeLogDirsResponse (versions 0-4) */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** (versions 0+) */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const flex = v >= 2
  const o: DescribeLogDirsResponseDescribeLogDirsTopic = {
    name: r.string(flex, "DescribeLogDirsTopic.Name"),
    partitions: readArray(r, flex, v, readDescribeLogDirsResponseDescribeLogDirsPartition, "DescribeLogDirsTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeLogDirsTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, m: MessageInit<DescribeLogDirsResponseDescribeLogDirsTopic>, v: number): void {
  const flex = v >= 2
  w.string((m.name ?? ""), flex, "DescribeLogDirsTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeDescribeLogDirsResponseDescribeLogDirsPartition, "DescribeLogDirsTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeLogDirsTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeLogDirsTopic._tagged_fields")
  }
}

/** DescribeLogDirsPartition in DescribeLogDirsResponse (versions 0-4) */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The size of the log segments in this partition in bytes. (versions 0+) */
  partitionSize: bigint
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) (versions 0+) */
  offsetLag: bigint
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. (versions 0+) */
  isFutureKey: boolean
  unknownTaggedFields?: TaggedField[]
}

function readDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const flex = v >= 2
  const o: DescribeLogDirsResponseDescribeLogDirsPartition = {
    partitionIndex: r.int32("DescribeLogDirsPartition.PartitionIndex"),
    partitionSize: r.int64("DescribeLogDirsPartition.PartitionSize"),
    offsetLag: r.int64("DescribeLogDirsPartition.OffsetLag"),
    isFutureKey: r.bool("DescribeLogDirsPartition.IsFutureKey"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeLogDirsPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, m: MessageInit<DescribeLogDirsResponseDescribeLogDirsPartition>, v: number): void {
  const flex = v >= 2
  w.int32((m.partitionIndex ?? 0), "DescribeLogDirsPartition.PartitionIndex")
  w.int64((m.partitionSize ?? 0n), "DescribeLogDirsPartition.PartitionSize")
  w.int64((m.offsetLag ?? 0n), "DescribeLogDirsPartition.OffsetLag")
  w.bool((m.isFutureKey ?? false), "DescribeLogDirsPartition.IsFutureKey")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeLogDirsPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeLogDirsPartition._tagged_fields")
  }
}

export function decodeDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  r.begin("DescribeLogDirsResponse", version, 0, 4)
  return readDescribeLogDirsResponse(r, version)
}

export function encodeDescribeLogDirsResponse(w: Writer, m: MessageInit<DescribeLogDirsResponse>, version: number): void {
  w.begin("DescribeLogDirsResponse", version, 0, 4)
  writeDescribeLogDirsResponse(w, m, version)
}
