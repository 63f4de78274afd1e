// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * AlterPartitionReassignments Request (Version: 0) => timeout_ms [topics] _tagged_fields
 *   timeout_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index [replicas] _tagged_fields
 *       partition_index => INT32
 *       replicas => INT32
 */
/** AlterPartitionReassignmentsRequest (versions 0, flexible 0+) */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0+, default 60000) */
  timeoutMs: number
  /** The topics to reassign. (versions 0+) */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  const o: AlterPartitionReassignmentsRequest = {
    timeoutMs: r.int32("TimeoutMs"),
    topics: readArray(r, true, v, readAlterPartitionReassignmentsRequestReassignableTopic, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionReassignmentsRequest(w: Writer, m: MessageInit<AlterPartitionReassignmentsRequest>, v: number): void {
  w.int32((m.timeoutMs ?? 60000), "TimeoutMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionReassignmentsRequestReassignableTopic, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ReassignableTopic in AlterPartitionReassignmentsRequest (versions 0) */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The partitions to reassign. (versions 0+) */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignableTopic {
  const o: AlterPartitionReassignmentsRequestReassignableTopic = {
    name: r.string(true, "ReassignableTopic.Name"),
    partitions: readArray(r, true, v, readAlterPartitionReassignmentsRequestReassignablePartition, "ReassignableTopic.Partitions"),
  }
  const u = r.taggedFields("ReassignableTopic._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, m: MessageInit<AlterPartitionReassignmentsRequestReassignableTopic>, v: number): void {
  w.string((m.name ?? ""), true, "ReassignableTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionReassignmentsRequestReassignablePartition, "ReassignableTopic.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ReassignableTopic._tagged_fields")
}

/** ReassignablePartition in AlterPartitionReassignmentsRequest (versions 0) */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. (versions 0+, nullable 0+, default null) */
  replicas: number[] | null
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignablePartition {
  const o: AlterPartitionReassignmentsRequestReassignablePartition = {
    partitionIndex: r.int32("ReassignablePartition.PartitionIndex"),
    replicas: readNullableArray(r, true, true, v, readInt32Element, "ReassignablePartition.Replicas"),
  }
  const u = r.taggedFields("ReassignablePartition._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, m: MessageInit<AlterPartitionReassignmentsRequestReassignablePartition>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "ReassignablePartition.PartitionIndex")
  writeArray(w, (m.replicas ?? null), true, true, v, writeInt32Element, "ReassignablePartition.Replicas")
  w.taggedFields(m.unknownTaggedFields, "ReassignablePartition._tagged_fields")
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, version: number): AlterPartitionReassignmentsRequest {
  r.begin("AlterPartitionReassignmentsRequest", version, 0, 0)
  return readAlterPartitionReassignmentsRequest(r, version)
}

export function encodeAlterPartitionReassignmentsRequest(w: Writer, m: MessageInit<AlterPartitionReassignmentsRequest>, version: number): void {
  w.begin("AlterPartitionReassignmentsRequest", version, 0, 0)
  writeAlterPartitionReassignmentsRequest(w, m, version)
}

/*
 * AlterPartitionReassignments Response (Version: 0) => throttle_time_ms error_code error_message [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   responses => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code error_message _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 */
/** AlterPartitionReassignmentsResponse (versions 0, flexible 0+) */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The responses to topics to reassign. (versions 0+) */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  const o: AlterPartitionReassignmentsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    responses: readArray(r, true, v, readAlterPartitionReassignmentsResponseReassignableTopicResponse, "Responses"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionReassignmentsResponse(w: Writer, m: MessageInit<AlterPartitionReassignmentsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionReassignmentsResponseReassignableTopicResponse, "Responses")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ReassignableTopicResponse in AlterPartitionReassignmentsResponse (versions 0) */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name (versions 0+) */
  name: string
  /** The responses to partitions to reassign (versions 0+) */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  const o: AlterPartitionReassignmentsResponseReassignableTopicResponse = {
    name: r.string(true, "ReassignableTopicResponse.Name"),
    partitions: readArray(r, true, v, readAlterPartitionReassignmentsResponseReassignablePartitionResponse, "ReassignableTopicResponse.Partitions"),
  }
  const u = r.taggedFields("ReassignableTopicResponse._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, m: MessageInit<AlterPartitionReassignmentsResponseReassignableTopicResponse>, v: number): void {
  w.string((m.name ?? ""), true, "ReassignableTopicResponse.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeAlterPartitionReassignmentsResponseReassignablePartitionResponse, "ReassignableTopicResponse.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ReassignableTopicResponse._tagged_fields")
}

/** ReassignablePartitionResponse in AlterPartitionReassignmentsResponse (versions 0) */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code for this partition, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message for this partition, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  const o: AlterPartitionReassignmentsResponseReassignablePartitionResponse = {
    partitionIndex: r.int32("ReassignablePartitionResponse.PartitionIndex"),
    errorCode: r.int16("ReassignablePartitionResponse.ErrorCode"),
    errorMessage: r.nullableString(true, true, "ReassignablePartitionResponse.ErrorMessage"),
  }
  const u = r.taggedFields("ReassignablePartitionResponse._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, m: MessageInit<AlterPartitionReassignmentsResponseReassignablePartitionResponse>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "ReassignablePartitionResponse.PartitionIndex")
  w.int16((m.errorCode ?? 0), "ReassignablePartitionResponse.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ReassignablePartitionResponse.ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "ReassignablePartitionResponse._tagged_fields")
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, version: number): AlterPartitionReassignmentsResponse {
  r.begin("AlterPartitionReassignmentsResponse", version, 0, 0)
  return readAlterPartitionReassignmentsResponse(r, version)
}

export function encodeAlterPartitionReassignmentsResponse(w: Writer, m: MessageInit<AlterPartitionReassignmentsResponse>, version: number): void {
  w.begin("AlterPartitionReassignmentsResponse", version, 0, 0)
  writeAlterPartitionReassignmentsResponse(w, m, version)
}
