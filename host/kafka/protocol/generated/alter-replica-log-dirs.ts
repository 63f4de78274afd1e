// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * AlterReplicaLogDirs Request (Versions: 0-1) => [dirs]
 *   dirs => path [topics]
 *     path => STRING
 *     topics => name [partitions]
 *       name => STRING
 *       partitions => INT32
 * AlterReplicaLogDirs Request (Version: 2) => [dirs] _tagged_fields
 *   dirs => path [topics] _tagged_fields
 *     path => COMPACT_STRING
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => INT32
 */
/** AlterReplicaLogDirsRequest (versions 0-2, flexible 2+) */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. (versions 0+) */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  const flex = v === 2
  const o: AlterReplicaLogDirsRequest = {
    dirs: readArray(r, flex, v, readAlterReplicaLogDirsRequestAlterReplicaLogDir, "Dirs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterReplicaLogDirsRequest(w: Writer, m: MessageInit<AlterReplicaLogDirsRequest>, v: number): void {
  const flex = v === 2
  writeArray(w, (m.dirs ?? EMPTY_ARRAY), flex, false, v, writeAlterReplicaLogDirsRequestAlterReplicaLogDir, "Dirs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AlterReplicaLogDir in AlterReplicaLogDirsRequest (versions 0-2) */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. (versions 0+) */
  path: string
  /** The topics to add to the directory. (versions 0+) */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const flex = v === 2
  const o: AlterReplicaLogDirsRequestAlterReplicaLogDir = {
    path: r.string(flex, "AlterReplicaLogDir.Path"),
    topics: readArray(r, flex, v, readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic, "AlterReplicaLogDir.Topics"),
  }
  if (flex) {
    const u = r.taggedFields("AlterReplicaLogDir._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, m: MessageInit<AlterReplicaLogDirsRequestAlterReplicaLogDir>, v: number): void {
  const flex = v === 2
  w.string((m.path ?? ""), flex, "AlterReplicaLogDir.Path")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic, "AlterReplicaLogDir.Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterReplicaLogDir._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterReplicaLogDir._tagged_fields")
  }
}

/** AlterReplicaLogDirTopic in AlterReplicaLogDirsRequest (versions 0-2) */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The partition indexes. (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const flex = v === 2
  const o: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = {
    name: r.string(flex, "AlterReplicaLogDirTopic.Name"),
    partitions: readArray(r, flex, v, readInt32Element, "AlterReplicaLogDirTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("AlterReplicaLogDirTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, m: MessageInit<AlterReplicaLogDirsRequestAlterReplicaLogDirTopic>, v: number): void {
  const flex = v === 2
  w.string((m.name ?? ""), flex, "AlterReplicaLogDirTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "AlterReplicaLogDirTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterReplicaLogDirTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterReplicaLogDirTopic._tagged_fields")
  }
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  r.begin("AlterReplicaLogDirsRequest", version, 0, 2)
  return readAlterReplicaLogDirsRequest(r, version)
}

export function encodeAlterReplicaLogDirsRequest(w: Writer, m: MessageInit<AlterReplicaLogDirsRequest>, version: number): void {
  w.begin("AlterReplicaLogDirsRequest", version, 0, 2)
  writeAlterReplicaLogDirsRequest(w, m, version)
}

/*
 * AlterReplicaLogDirs Response (Versions: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => topic_name [partitions]
 *     topic_name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 * AlterReplicaLogDirs Response (Version: 2) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 */
/** AlterReplicaLogDirsResponse (versions 0-2, flexible 2+) */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each topic. (versions 0+) */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  const flex = v === 2
  const o: AlterReplicaLogDirsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    results: readArray(r, flex, v, readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, "Results"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterReplicaLogDirsResponse(w: Writer, m: MessageInit<AlterReplicaLogDirsResponse>, v: number): void {
  const flex = v === 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.results ?? EMPTY_ARRAY), flex, false, v, writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, "Results")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AlterReplicaLogDirTopicResult in AlterReplicaLogDirsResponse (versions 0-2) */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. (versions 0+) */
  topicName: string
  /** The results for each partition. (versions 0+) */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const flex = v === 2
  const o: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = {
    topicName: r.string(flex, "AlterReplicaLogDirTopicResult.TopicName"),
    partitions: readArray(r, flex, v, readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, "AlterReplicaLogDirTopicResult.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("AlterReplicaLogDirTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, m: MessageInit<AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult>, v: number): void {
  const flex = v === 2
  w.string((m.topicName ?? ""), flex, "AlterReplicaLogDirTopicResult.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, "AlterReplicaLogDirTopicResult.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterReplicaLogDirTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterReplicaLogDirTopicResult._tagged_fields")
  }
}

/** AlterReplicaLogDirPartitionResult in AlterReplicaLogDirsResponse (versions 0-2) */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const flex = v === 2
  const o: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = {
    partitionIndex: r.int32("AlterReplicaLogDirPartitionResult.PartitionIndex"),
    errorCode: r.int16("AlterReplicaLogDirPartitionResult.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("AlterReplicaLogDirPartitionResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, m: MessageInit<AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult>, v: number): void {
  const flex = v === 2
  w.int32((m.partitionIndex ?? 0), "AlterReplicaLogDirPartitionResult.PartitionIndex")
  w.int16((m.errorCode ?? 0), "AlterReplicaLogDirPartitionResult.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterReplicaLogDirPartitionResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterReplicaLogDirPartitionResult._tagged_fields")
  }
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, version: number): AlterReplicaLogDirsResponse {
  r.begin("AlterReplicaLogDirsResponse", version, 0, 2)
  return readAlterReplicaLogDirsResponse(r, version)
}

export function encodeAlterReplicaLogDirsResponse(w: Writer, m: MessageInit<AlterReplicaLogDirsResponse>, version: number): void {
  w.begin("AlterReplicaLogDirsResponse", version, 0, 2)
  writeAlterReplicaLogDirsResponse(w, m, version)
}
