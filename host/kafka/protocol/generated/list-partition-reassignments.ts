// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * ListPartitionReassignments Request (Version: 0) => timeout_ms [topics] _tagged_fields
 *   timeout_ms => INT32
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 */
/** ListPartitionReassignmentsRequest (versions 0, flexible 0+) */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. (versions 0+, default 60000) */
  timeoutMs: number
  /** The topics to list partition reassignments for, or null to list everything. (versions 0+, nullable 0+, default null) */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null
  unknownTaggedFields?: TaggedField[]
}

function readListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  const o: ListPartitionReassignmentsRequest = {
    timeoutMs: r.int32("TimeoutMs"),
    topics: readNullableArray(r, true, true, v, readListPartitionReassignmentsRequestListPartitionReassignmentsTopics, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListPartitionReassignmentsRequest(w: Writer, m: MessageInit<ListPartitionReassignmentsRequest>, v: number): void {
  w.int32((m.timeoutMs ?? 60000), "TimeoutMs")
  writeArray(w, (m.topics ?? null), true, true, v, writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ListPartitionReassignmentsTopics in ListPartitionReassignmentsRequest (versions 0) */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name (versions 0+) */
  name: string
  /** The partitions to list partition reassignments for. (versions 0+) */
  partitionIndexes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, v: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  const o: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = {
    name: r.string(true, "ListPartitionReassignmentsTopics.Name"),
    partitionIndexes: readArray(r, true, v, readInt32Element, "ListPartitionReassignmentsTopics.PartitionIndexes"),
  }
  const u = r.taggedFields("ListPartitionReassignmentsTopics._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, m: MessageInit<ListPartitionReassignmentsRequestListPartitionReassignmentsTopics>, v: number): void {
  w.string((m.name ?? ""), true, "ListPartitionReassignmentsTopics.Name")
  writeArray(w, (m.partitionIndexes ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "ListPartitionReassignmentsTopics.PartitionIndexes")
  w.taggedFields(m.unknownTaggedFields, "ListPartitionReassignmentsTopics._tagged_fields")
}

export function decodeListPartitionReassignmentsRequest(r: Reader, version: number): ListPartitionReassignmentsRequest {
  r.begin("ListPartitionReassignmentsRequest", version, 0, 0)
  return readListPartitionReassignmentsRequest(r, version)
}

export function encodeListPartitionReassignmentsRequest(w: Writer, m: MessageInit<ListPartitionReassignmentsRequest>, version: number): void {
  w.begin("ListPartitionReassignmentsRequest", version, 0, 0)
  writeListPartitionReassignmentsRequest(w, m, version)
}

/*
 * ListPartitionReassignments Response (Version: 0) => throttle_time_ms error_code error_message [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index [replicas] [adding_replicas] [removing_replicas] _tagged_fields
 *       partition_index => INT32
 *       replicas => INT32
 *       adding_replicas => INT32
 *       removing_replicas => INT32
 */
/** ListPartitionReassignmentsResponse (versions 0, flexible 0+) */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The ongoing reassignments for each topic. (versions 0+) */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[]
  unknownTaggedFields?: TaggedField[]
}

function readListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  const o: ListPartitionReassignmentsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    topics: readArray(r, true, v, readListPartitionReassignmentsResponseOngoingTopicReassignment, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListPartitionReassignmentsResponse(w: Writer, m: MessageInit<ListPartitionReassignmentsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeListPartitionReassignmentsResponseOngoingTopicReassignment, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** OngoingTopicReassignment in ListPartitionReassignmentsResponse (versions 0) */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. (versions 0+) */
  name: string
  /** The ongoing reassignments for each partition. (versions 0+) */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[]
  unknownTaggedFields?: TaggedField[]
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  const o: ListPartitionReassignmentsResponseOngoingTopicReassignment = {
    name: r.string(true, "OngoingTopicReassignment.Name"),
    partitions: readArray(r, true, v, readListPartitionReassignmentsResponseOngoingPartitionReassignment, "OngoingTopicReassignment.Partitions"),
  }
  const u = r.taggedFields("OngoingTopicReassignment._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, m: MessageInit<ListPartitionReassignmentsResponseOngoingTopicReassignment>, v: number): void {
  w.string((m.name ?? ""), true, "OngoingTopicReassignment.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeListPartitionReassignmentsResponseOngoingPartitionReassignment, "OngoingTopicReassignment.Partitions")
  w.taggedFields(m.unknownTaggedFields, "OngoingTopicReassignment._tagged_fields")
}

/** OngoingPartitionReassignment in ListPartitionReassignmentsResponse (versions 0) */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. (versions 0+) */
  partitionIndex: number
  /** The current replica set. (versions 0+) */
  replicas: number[]
  /** The set of replicas we are currently adding. (versions 0+) */
  addingReplicas: number[]
  /** The set of replicas we are currently removing. (versions 0+) */
  removingReplicas: number[]
  unknownTaggedFields?: TaggedField[]
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  const o: ListPartitionReassignmentsResponseOngoingPartitionReassignment = {
    partitionIndex: r.int32("OngoingPartitionReassignment.PartitionIndex"),
    replicas: readArray(r, true, v, readInt32Element, "OngoingPartitionReassignment.Replicas"),
    addingReplicas: readArray(r, true, v, readInt32Element, "OngoingPartitionReassignment.AddingReplicas"),
    removingReplicas: readArray(r, true, v, readInt32Element, "OngoingPartitionReassignment.RemovingReplicas"),
  }
  const u = r.taggedFields("OngoingPartitionReassignment._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, m: MessageInit<ListPartitionReassignmentsResponseOngoingPartitionReassignment>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "OngoingPartitionReassignment.PartitionIndex")
  writeArray(w, (m.replicas ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "OngoingPartitionReassignment.Replicas")
  writeArray(w, (m.addingReplicas ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "OngoingPartitionReassignment.AddingReplicas")
  writeArray(w, (m.removingReplicas ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "OngoingPartitionReassignment.RemovingReplicas")
  w.taggedFields(m.unknownTaggedFields, "OngoingPartitionReassignment._tagged_fields")
}

export function decodeListPartitionReassignmentsResponse(r: Reader, version: number): ListPartitionReassignmentsResponse {
  r.begin("ListPartitionReassignmentsResponse", version, 0, 0)
  return readListPartitionReassignmentsResponse(r, version)
}

export function encodeListPartitionReassignmentsResponse(w: Writer, m: MessageInit<ListPartitionReassignmentsResponse>, version: number): void {
  w.begin("ListPartitionReassignmentsResponse", version, 0, 0)
  writeListPartitionReassignmentsResponse(w, m, version)
}
