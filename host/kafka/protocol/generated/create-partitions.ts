// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions CreatePartitionsRequest.json, CreatePartitionsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * CreatePartitions Request (Versions: 0-1) => [topics] timeout_ms validate_only
 *   topics => name count [assignments]
 *     name => STRING
 *     count => INT32
 *     assignments => [broker_ids]
 *       broker_ids => INT32
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 * CreatePartitions Request (Versions: 2-3) => [topics] timeout_ms validate_only _tagged_fields
 *   topics => name count [assignments] _tagged_fields
 *     name => COMPACT_STRING
 *     count => INT32
 *     assignments => [broker_ids] _tagged_fields
 *       broker_ids => INT32
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 */
/** CreatePartitionsRequest (versions 0-3, flexible 2+) */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. (versions 0+) */
  topics: CreatePartitionsRequestCreatePartitionsTopic[]
  /** The time in ms to wait for the partitions to be created. (versions 0+) */
  timeoutMs: number
  /** If true, then validate the request, but don't actually increase the number of partitions. (versions 0+) */
  validateOnly: boolean
  unknownTaggedFields?: TaggedField[]
}

function readCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  const flex = v >= 2
  const o: CreatePartitionsRequest = {
    topics: readArray(r, flex, v, readCreatePartitionsRequestCreatePartitionsTopic, "Topics"),
    timeoutMs: r.int32("TimeoutMs"),
    validateOnly: r.bool("ValidateOnly"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreatePartitionsRequest(w: Writer, m: MessageInit<CreatePartitionsRequest>, v: number): void {
  const flex = v >= 2
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeCreatePartitionsRequestCreatePartitionsTopic, "Topics")
  w.int32((m.timeoutMs ?? 0), "TimeoutMs")
  w.bool((m.validateOnly ?? false), "ValidateOnly")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** CreatePartitionsTopic in CreatePartitionsRequest (versions 0-3) */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The new partition count. (versions 0+) */
  count: number
  /** The new partition assignments. (versions 0+, nullable 0+) */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null
  unknownTaggedFields?: TaggedField[]
}

function readCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic {
  const flex = v >= 2
  const o: CreatePartitionsRequestCreatePartitionsTopic = {
    name: r.string(flex, "CreatePartitionsTopic.Name"),
    count: r.int32("CreatePartitionsTopic.Count"),
    assignments: readNullableArray(r, flex, true, v, readCreatePartitionsRequestCreatePartitionsAssignment, "CreatePartitionsTopic.Assignments"),
  }
  if (flex) {
    const u = r.taggedFields("CreatePartitionsTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, m: MessageInit<CreatePartitionsRequestCreatePartitionsTopic>, v: number): void {
  const flex = v >= 2
  w.string((m.name ?? ""), flex, "CreatePartitionsTopic.Name")
  w.int32((m.count ?? 0), "CreatePartitionsTopic.Count")
  writeArray(w, (m.assignments === undefined ? EMPTY_ARRAY : m.assignments), flex, true, v, writeCreatePartitionsRequestCreatePartitionsAssignment, "CreatePartitionsTopic.Assignments")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatePartitionsTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatePartitionsTopic._tagged_fields")
  }
}

/** CreatePartitionsAssignment in CreatePartitionsRequest (versions 0-3) */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. (versions 0+) */
  brokerIds: number[]
  unknownTaggedFields?: TaggedField[]
}

function readCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const flex = v >= 2
  const o: CreatePartitionsRequestCreatePartitionsAssignment = {
    brokerIds: readArray(r, flex, v, readInt32Element, "CreatePartitionsAssignment.BrokerIds"),
  }
  if (flex) {
    const u = r.taggedFields("CreatePartitionsAssignment._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, m: MessageInit<CreatePartitionsRequestCreatePartitionsAssignment>, v: number): void {
  const flex = v >= 2
  writeArray(w, (m.brokerIds ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "CreatePartitionsAssignment.BrokerIds")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatePartitionsAssignment._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatePartitionsAssignment._tagged_fields")
  }
}

export function decodeCreatePartitionsRequest(r: Reader, version: number): CreatePartitionsRequest {
  r.begin("CreatePartitionsRequest", version, 0, 3)
  return readCreatePartitionsRequest(r, version)
}

export function encodeCreatePartitionsRequest(w: Writer, m: MessageInit<CreatePartitionsRequest>, version: number): void {
  w.begin("CreatePartitionsRequest", version, 0, 3)
  writeCreatePartitionsRequest(w, m, version)
}

/*
 * CreatePartitions Response (Versions: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => name error_code error_message
 *     name => STRING
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 * CreatePartitions Response (Versions: 2-3) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => name error_code error_message _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
/** CreatePartitionsResponse (versions 0-3, flexible 2+) */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The partition creation results for each topic. (versions 0+) */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const flex = v >= 2
  const o: CreatePartitionsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    results: readArray(r, flex, v, readCreatePartitionsResponseCreatePartitionsTopicResult, "Results"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreatePartitionsResponse(w: Writer, m: MessageInit<CreatePartitionsResponse>, v: number): void {
  const flex = v >= 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.results ?? EMPTY_ARRAY), flex, false, v, writeCreatePartitionsResponseCreatePartitionsTopicResult, "Results")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** CreatePartitionsTopicResult in CreatePartitionsResponse (versions 0-3) */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The result message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const flex = v >= 2
  const o: CreatePartitionsResponseCreatePartitionsTopicResult = {
    name: r.string(flex, "CreatePartitionsTopicResult.Name"),
    errorCode: r.int16("CreatePartitionsTopicResult.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "CreatePartitionsTopicResult.ErrorMessage"),
  }
  if (flex) {
    const u = r.taggedFields("CreatePartitionsTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, m: MessageInit<CreatePartitionsResponseCreatePartitionsTopicResult>, v: number): void {
  const flex = v >= 2
  w.string((m.name ?? ""), flex, "CreatePartitionsTopicResult.Name")
  w.int16((m.errorCode ?? 0), "CreatePartitionsTopicResult.ErrorCode")
  w.nullableString((m.errorMessage ?? null), flex, true, "CreatePartitionsTopicResult.ErrorMessage")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatePartitionsTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatePartitionsTopicResult._tagged_fields")
  }
}

export function decodeCreatePartitionsResponse(r: Reader, version: number): CreatePartitionsResponse {
  r.begin("CreatePartitionsResponse", version, 0, 3)
  return readCreatePartitionsResponse(r, version)
}

export function encodeCreatePartitionsResponse(w: Writer, m: MessageInit<CreatePartitionsResponse>, version: number): void {
  w.begin("CreatePartitionsResponse", version, 0, 3)
  writeCreatePartitionsResponse(w, m, version)
}
