// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DeleteGroupsRequest.json, DeleteGroupsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * DeleteGroups Request (Versions: 0-1) => [groups_names]
 *   groups_names => STRING
 * DeleteGroups Request (Version: 2) => [groups_names] _tagged_fields
 *   groups_names => COMPACT_STRING
 */
/** DeleteGroupsRequest (versions 0-2, flexible 2+) */
export interface DeleteGroupsRequest {
  /** The group names to delete. (versions 0+) */
  groupsNames: string[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  const flex = v === 2
  const o: DeleteGroupsRequest = {
    groupsNames: readArray(r, flex, v, readStringElement, "GroupsNames"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteGroupsRequest(w: Writer, m: MessageInit<DeleteGroupsRequest>, v: number): void {
  const flex = v === 2
  writeArray(w, (m.groupsNames ?? EMPTY_ARRAY), flex, false, v, writeStringElement, "GroupsNames")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeDeleteGroupsRequest(r: Reader, version: number): DeleteGroupsRequest {
  r.begin("DeleteGroupsRequest", version, 0, 2)
  return readDeleteGroupsRequest(r, version)
}

export function encodeDeleteGroupsRequest(w: Writer, m: MessageInit<DeleteGroupsRequest>, version: number): void {
  w.begin("DeleteGroupsRequest", version, 0, 2)
  writeDeleteGroupsRequest(w, m, version)
}

/*
 * DeleteGroups Response (Versions: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => group_id error_code
 *     group_id => STRING
 *     error_code => INT16
 * DeleteGroups Response (Version: 2) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => group_id error_code _tagged_fields
 *     group_id => COMPACT_STRING
 *     error_code => INT16
 */
/** DeleteGroupsResponse (versions 0-2, flexible 2+) */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The deletion results (versions 0+) */
  results: DeleteGroupsResponseDeletableGroupResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const flex = v === 2
  const o: DeleteGroupsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    results: readArray(r, flex, v, readDeleteGroupsResponseDeletableGroupResult, "Results"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteGroupsResponse(w: Writer, m: MessageInit<DeleteGroupsResponse>, v: number): void {
  const flex = v === 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.results ?? EMPTY_ARRAY), flex, false, v, writeDeleteGroupsResponseDeletableGroupResult, "Results")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeletableGroupResult in DeleteGroupsResponse (versions 0-2) */
export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id (versions 0+) */
  groupId: string
  /** The deletion error, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteGroupsResponseDeletableGroupResult(r: Reader, v: number): DeleteGroupsResponseDeletableGroupResult {
  const flex = v === 2
  const o: DeleteGroupsResponseDeletableGroupResult = {
    groupId: r.string(flex, "DeletableGroupResult.GroupId"),
    errorCode: r.int16("DeletableGroupResult.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("DeletableGroupResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, m: MessageInit<DeleteGroupsResponseDeletableGroupResult>, v: number): void {
  const flex = v === 2
  w.string((m.groupId ?? ""), flex, "DeletableGroupResult.GroupId")
  w.int16((m.errorCode ?? 0), "DeletableGroupResult.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeletableGroupResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeletableGroupResult._tagged_fields")
  }
}

export function decodeDeleteGroupsResponse(r: Reader, version: number): DeleteGroupsResponse {
  r.begin("DeleteGroupsResponse", version, 0, 2)
  return readDeleteGroupsResponse(r, version)
}

export function encodeDeleteGroupsResponse(w: Writer, m: MessageInit<DeleteGroupsResponse>, version: number): void {
  w.begin("DeleteGroupsResponse", version, 0, 2)
  writeDeleteGroupsResponse(w, m, version)
}
