// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DeleteTopicsRequest.json, DeleteTopicsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * DeleteTopics Request (Versions: 0-3) => [topic_names] timeout_ms
 *   topic_names => STRING
 *   timeout_ms => INT32
 * DeleteTopics Request (Versions: 4-5) => [topic_names] timeout_ms _tagged_fields
 *   topic_names => COMPACT_STRING
 *   timeout_ms => INT32
 * DeleteTopics Request (Version: 6) => [topics] timeout_ms _tagged_fields
 *   topics => name topic_id _tagged_fields
 *     name => COMPACT_NULLABLE_STRING
 *     topic_id => UUID
 *   timeout_ms => INT32
 */
/** DeleteTopicsRequest (versions 0-6, flexible 4+) */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic (versions 6+) */
  topics: DeleteTopicsRequestDeleteTopicState[]
  /** The names of the topics to delete (versions 0-5, ignorable) */
  topicNames: string[]
  /** The length of time in milliseconds to wait for the deletions to complete. (versions 0+) */
  timeoutMs: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  const flex = v >= 4
  const o: DeleteTopicsRequest = {
    topics: v === 6 ? readArray(r, flex, v, readDeleteTopicsRequestDeleteTopicState, "Topics") : [],
    topicNames: v <= 5 ? readArray(r, flex, v, readStringElement, "TopicNames") : [],
    timeoutMs: r.int32("TimeoutMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteTopicsRequest(w: Writer, m: MessageInit<DeleteTopicsRequest>, v: number): void {
  const flex = v >= 4
  if (v === 6) writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeDeleteTopicsRequestDeleteTopicState, "Topics")
  else if (nonEmpty(m.topics)) w.notInVersion("Topics")
  if (v <= 5) writeArray(w, (m.topicNames ?? EMPTY_ARRAY), flex, false, v, writeStringElement, "TopicNames")
  w.int32((m.timeoutMs ?? 0), "TimeoutMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeleteTopicState in DeleteTopicsRequest (versions 6) */
export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name (versions 6+, nullable 6+, default null) */
  name: string | null
  /** The unique topic ID (versions 6+) */
  topicId: string
  unknownTaggedFields?: TaggedField[]
}

function readDeleteTopicsRequestDeleteTopicState(r: Reader, v: number): DeleteTopicsRequestDeleteTopicState {
  const o: DeleteTopicsRequestDeleteTopicState = {
    name: r.nullableString(true, true, "DeleteTopicState.Name"),
    topicId: r.uuid("DeleteTopicState.TopicId"),
  }
  const u = r.taggedFields("DeleteTopicState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDeleteTopicsRequestDeleteTopicState(w: Writer, m: MessageInit<DeleteTopicsRequestDeleteTopicState>, v: number): void {
  w.nullableString((m.name ?? null), true, true, "DeleteTopicState.Name")
  w.uuid((m.topicId ?? ZERO_UUID), "DeleteTopicState.TopicId")
  w.taggedFields(m.unknownTaggedFields, "DeleteTopicState._tagged_fields")
}

export function decodeDeleteTopicsRequest(r: Reader, version: number): DeleteTopicsRequest {
  r.begin("DeleteTopicsRequest", version, 0, 6)
  return readDeleteTopicsRequest(r, version)
}

export function encodeDeleteTopicsRequest(w: Writer, m: MessageInit<DeleteTopicsRequest>, version: number): void {
  w.begin("DeleteTopicsRequest", version, 0, 6)
  writeDeleteTopicsRequest(w, m, version)
}

/*
 * DeleteTopics Response (Version: 0) => [responses]
 *   responses => name error_code
 *     name => STRING
 *     error_code => INT16
 * DeleteTopics Response (Versions: 1-3) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => name error_code
 *     name => STRING
 *     error_code => INT16
 * DeleteTopics Response (Version: 4) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => name error_code _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 * DeleteTopics Response (Version: 5) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => name error_code error_message _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 * DeleteTopics Response (Version: 6) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => name topic_id error_code error_message _tagged_fields
 *     name => COMPACT_NULLABLE_STRING
 *     topic_id => UUID
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
/** DeleteTopicsResponse (versions 0-6, flexible 4+) */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The results for each topic we tried to delete. (versions 0+) */
  responses: DeleteTopicsResponseDeletableTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const flex = v >= 4
  const o: DeleteTopicsResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    responses: readArray(r, flex, v, readDeleteTopicsResponseDeletableTopicResult, "Responses"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteTopicsResponse(w: Writer, m: MessageInit<DeleteTopicsResponse>, v: number): void {
  const flex = v >= 4
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), flex, false, v, writeDeleteTopicsResponseDeletableTopicResult, "Responses")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeletableTopicResult in DeleteTopicsResponse (versions 0-6) */
export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name (versions 0+, nullable 6+) */
  name: string | null
  /** the unique topic ID (versions 6+, ignorable) */
  topicId: string
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 5+, nullable 5+, ignorable, default null) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readDeleteTopicsResponseDeletableTopicResult(r: Reader, v: number): DeleteTopicsResponseDeletableTopicResult {
  const flex = v >= 4
  const o: DeleteTopicsResponseDeletableTopicResult = {
    name: r.nullableString(flex, v === 6, "DeletableTopicResult.Name"),
    topicId: v === 6 ? r.uuid("DeletableTopicResult.TopicId") : ZERO_UUID,
    errorCode: r.int16("DeletableTopicResult.ErrorCode"),
    errorMessage: v >= 5 ? r.nullableString(flex, v >= 5, "DeletableTopicResult.ErrorMessage") : null,
  }
  if (flex) {
    const u = r.taggedFields("DeletableTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, m: MessageInit<DeleteTopicsResponseDeletableTopicResult>, v: number): void {
  const flex = v >= 4
  w.nullableString((m.name === undefined ? "" : m.name), flex, v === 6, "DeletableTopicResult.Name")
  if (v === 6) w.uuid((m.topicId ?? ZERO_UUID), "DeletableTopicResult.TopicId")
  w.int16((m.errorCode ?? 0), "DeletableTopicResult.ErrorCode")
  if (v >= 5) w.nullableString((m.errorMessage ?? null), flex, v >= 5, "DeletableTopicResult.ErrorMessage")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeletableTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeletableTopicResult._tagged_fields")
  }
}

export function decodeDeleteTopicsResponse(r: Reader, version: number): DeleteTopicsResponse {
  r.begin("DeleteTopicsResponse", version, 0, 6)
  return readDeleteTopicsResponse(r, version)
}

export function encodeDeleteTopicsResponse(w: Writer, m: MessageInit<DeleteTopicsResponse>, version: number): void {
  w.begin("DeleteTopicsResponse", version, 0, 6)
  writeDeleteTopicsResponse(w, m, version)
}
