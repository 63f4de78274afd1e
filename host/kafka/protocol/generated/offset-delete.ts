// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions OffsetDeleteRequest.json, OffsetDeleteResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * OffsetDelete Request (Version: 0) => group_id [topics]
 *   group_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index
 *       partition_index => INT32
 */
/** OffsetDeleteRequest (versions 0, flexible none) */
export interface OffsetDeleteRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** The topics to delete offsets for (versions 0+) */
  topics: OffsetDeleteRequestTopic[]
}

function readOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  const o: OffsetDeleteRequest = {
    groupId: r.string(false, "GroupId"),
    topics: readArray(r, false, v, readOffsetDeleteRequestTopic, "Topics"),
  }
  return o
}

function writeOffsetDeleteRequest(w: Writer, m: MessageInit<OffsetDeleteRequest>, v: number): void {
  w.string((m.groupId ?? ""), false, "GroupId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), false, false, v, writeOffsetDeleteRequestTopic, "Topics")
}

/** OffsetDeleteRequestTopic in OffsetDeleteRequest (versions 0) */
export interface OffsetDeleteRequestTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition to delete offsets for. (versions 0+) */
  partitions: OffsetDeleteRequestPartition[]
}

function readOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  const o: OffsetDeleteRequestTopic = {
    name: r.string(false, "OffsetDeleteRequestTopic.Name"),
    partitions: readArray(r, false, v, readOffsetDeleteRequestPartition, "OffsetDeleteRequestTopic.Partitions"),
  }
  return o
}

function writeOffsetDeleteRequestTopic(w: Writer, m: MessageInit<OffsetDeleteRequestTopic>, v: number): void {
  w.string((m.name ?? ""), false, "OffsetDeleteRequestTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), false, false, v, writeOffsetDeleteRequestPartition, "OffsetDeleteRequestTopic.Partitions")
}

/** OffsetDeleteRequestPartition in OffsetDeleteRequest (versions 0) */
export interface OffsetDeleteRequestPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
}

function readOffsetDeleteRequestPartition(r: Reader, v: number): OffsetDeleteRequestPartition {
  const o: OffsetDeleteRequestPartition = {
    partitionIndex: r.int32("OffsetDeleteRequestPartition.PartitionIndex"),
  }
  return o
}

function writeOffsetDeleteRequestPartition(w: Writer, m: MessageInit<OffsetDeleteRequestPartition>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "OffsetDeleteRequestPartition.PartitionIndex")
}

export function decodeOffsetDeleteRequest(r: Reader, version: number): OffsetDeleteRequest {
  r.begin("OffsetDeleteRequest", version, 0, 0)
  return readOffsetDeleteRequest(r, version)
}

export function encodeOffsetDeleteRequest(w: Writer, m: MessageInit<OffsetDeleteRequest>, version: number): void {
  w.begin("OffsetDeleteRequest", version, 0, 0)
  writeOffsetDeleteRequest(w, m, version)
}

/*
 * OffsetDelete Response (Version: 0) => error_code throttle_time_ms [topics]
 *   error_code => INT16
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 */
/** OffsetDeleteResponse (versions 0, flexible none) */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+, ignorable) */
  throttleTimeMs: number
  /** The responses for each topic. (versions 0+) */
  topics: OffsetDeleteResponseTopic[]
}

function readOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  const o: OffsetDeleteResponse = {
    errorCode: r.int16("ErrorCode"),
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    topics: readArray(r, false, v, readOffsetDeleteResponseTopic, "Topics"),
  }
  return o
}

function writeOffsetDeleteResponse(w: Writer, m: MessageInit<OffsetDeleteResponse>, v: number): void {
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), false, false, v, writeOffsetDeleteResponseTopic, "Topics")
}

/** OffsetDeleteResponseTopic in OffsetDeleteResponse (versions 0) */
export interface OffsetDeleteResponseTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The responses for each partition in the topic. (versions 0+) */
  partitions: OffsetDeleteResponsePartition[]
}

function readOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  const o: OffsetDeleteResponseTopic = {
    name: r.string(false, "OffsetDeleteResponseTopic.Name"),
    partitions: readArray(r, false, v, readOffsetDeleteResponsePartition, "OffsetDeleteResponseTopic.Partitions"),
  }
  return o
}

function writeOffsetDeleteResponseTopic(w: Writer, m: MessageInit<OffsetDeleteResponseTopic>, v: number): void {
  w.string((m.name ?? ""), false, "OffsetDeleteResponseTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), false, false, v, writeOffsetDeleteResponsePartition, "OffsetDeleteResponseTopic.Partitions")
}

/** OffsetDeleteResponsePartition in OffsetDeleteResponse (versions 0) */
export interface OffsetDeleteResponsePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
}

function readOffsetDeleteResponsePartition(r: Reader, v: number): OffsetDeleteResponsePartition {
  const o: OffsetDeleteResponsePartition = {
    partitionIndex: r.int32("OffsetDeleteResponsePartition.PartitionIndex"),
    errorCode: r.int16("OffsetDeleteResponsePartition.ErrorCode"),
  }
  return o
}

function writeOffsetDeleteResponsePartition(w: Writer, m: MessageInit<OffsetDeleteResponsePartition>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "OffsetDeleteResponsePartition.PartitionIndex")
  w.int16((m.errorCode ?? 0), "OffsetDeleteResponsePartition.ErrorCode")
}

export function decodeOffsetDeleteResponse(r: Reader, version: number): OffsetDeleteResponse {
  r.begin("OffsetDeleteResponse", version, 0, 0)
  return readOffsetDeleteResponse(r, version)
}

export function encodeOffsetDeleteResponse(w: Writer, m: MessageInit<OffsetDeleteResponse>, version: number): void {
  w.begin("OffsetDeleteResponse", version, 0, 0)
  writeOffsetDeleteResponse(w, m, version)
}
