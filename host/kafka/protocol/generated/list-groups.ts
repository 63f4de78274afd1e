// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ListGroupsRequest.json, ListGroupsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * ListGroups Request (Versions: 0-2) =>
 * ListGroups Request (Version: 3) => _tagged_fields
 * ListGroups Request (Version: 4) => [states_filter] _tagged_fields
 *   states_filter => COMPACT_STRING
 * ListGroups Request (Version: 5) => [states_filter] [types_filter] _tagged_fields
 *   states_filter => COMPACT_STRING
 *   types_filter => COMPACT_STRING
 */
/** ListGroupsRequest (versions 0-5, flexible 3+) */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. (versions 4+) */
  statesFilter: string[]
  /** The types of the groups we want to list. If empty, all groups are returned with their type. (versions 5+) */
  typesFilter: string[]
  unknownTaggedFields?: TaggedField[]
}

function readListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  const flex = v >= 3
  const o: ListGroupsRequest = {
    statesFilter: v >= 4 ? readArray(r, flex, v, readStringElement, "StatesFilter") : [],
    typesFilter: v === 5 ? readArray(r, flex, v, readStringElement, "TypesFilter") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListGroupsRequest(w: Writer, m: MessageInit<ListGroupsRequest>, v: number): void {
  const flex = v >= 3
  if (v >= 4) writeArray(w, (m.statesFilter ?? EMPTY_ARRAY), flex, false, v, writeStringElement, "StatesFilter")
  else if (nonEmpty(m.statesFilter)) w.notInVersion("StatesFilter")
  if (v === 5) writeArray(w, (m.typesFilter ?? EMPTY_ARRAY), flex, false, v, writeStringElement, "TypesFilter")
  else if (nonEmpty(m.typesFilter)) w.notInVersion("TypesFilter")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeListGroupsRequest(r: Reader, version: number): ListGroupsRequest {
  r.begin("ListGroupsRequest", version, 0, 5)
  return readListGroupsRequest(r, version)
}

export function encodeListGroupsRequest(w: Writer, m: MessageInit<ListGroupsRequest>, version: number): void {
  w.begin("ListGroupsRequest", version, 0, 5)
  writeListGroupsRequest(w, m, version)
}

/*
 * ListGroups Response (Version: 0) => error_code [groups]
 *   error_code => INT16
 *   groups => group_id protocol_type
 *     group_id => STRING
 *     protocol_type => STRING
 * ListGroups Response (Versions: 1-2) => throttle_time_ms error_code [groups]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type
 *     group_id => STRING
 *     protocol_type => STRING
 * ListGroups Response (Version: 3) => throttle_time_ms error_code [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type _tagged_fields
 *     group_id => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 * ListGroups Response (Version: 4) => throttle_time_ms error_code [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type group_state _tagged_fields
 *     group_id => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *     group_state => COMPACT_STRING
 * ListGroups Response (Version: 5) => throttle_time_ms error_code [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type group_state group_type _tagged_fields
 *     group_id => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *     group_type => COMPACT_STRING
 */
/** ListGroupsResponse (versions 0-5, flexible 3+) */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** Each group in the response. (versions 0+) */
  groups: ListGroupsResponseListedGroup[]
  unknownTaggedFields?: TaggedField[]
}

function readListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const flex = v >= 3
  const o: ListGroupsResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: r.int16("ErrorCode"),
    groups: readArray(r, flex, v, readListGroupsResponseListedGroup, "Groups"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListGroupsResponse(w: Writer, m: MessageInit<ListGroupsResponse>, v: number): void {
  const flex = v >= 3
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.groups ?? EMPTY_ARRAY), flex, false, v, writeListGroupsResponseListedGroup, "Groups")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ListedGroup in ListGroupsResponse (versions 0-5) */
export interface ListGroupsResponseListedGroup {
  /** The group ID. (versions 0+) */
  groupId: string
  /** The group protocol type. (versions 0+) */
  protocolType: string
  /** The group state name. (versions 4+, ignorable) */
  groupState: string
  /** The group type name. (versions 5+, ignorable) */
  groupType: string
  unknownTaggedFields?: TaggedField[]
}

function readListGroupsResponseListedGroup(r: Reader, v: number): ListGroupsResponseListedGroup {
  const flex = v >= 3
  const o: ListGroupsResponseListedGroup = {
    groupId: r.string(flex, "ListedGroup.GroupId"),
    protocolType: r.string(flex, "ListedGroup.ProtocolType"),
    groupState: v >= 4 ? r.string(flex, "ListedGroup.GroupState") : "",
    groupType: v === 5 ? r.string(flex, "ListedGroup.GroupType") : "",
  }
  if (flex) {
    const u = r.taggedFields("ListedGroup._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeListGroupsResponseListedGroup(w: Writer, m: MessageInit<ListGroupsResponseListedGroup>, v: number): void {
  const flex = v >= 3
  w.string((m.groupId ?? ""), flex, "ListedGroup.GroupId")
  w.string((m.protocolType ?? ""), flex, "ListedGroup.ProtocolType")
  if (v >= 4) w.string((m.groupState ?? ""), flex, "ListedGroup.GroupState")
  if (v === 5) w.string((m.groupType ?? ""), flex, "ListedGroup.GroupType")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ListedGroup._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ListedGroup._tagged_fields")
  }
}

export function decodeListGroupsResponse(r: Reader, version: number): ListGroupsResponse {
  r.begin("ListGroupsResponse", version, 0, 5)
  return readListGroupsResponse(r, version)
}

export function encodeListGroupsResponse(w: Writer, m: MessageInit<ListGroupsResponse>, version: number): void {
  w.begin("ListGroupsResponse", version, 0, 5)
  writeListGroupsResponse(w, m, version)
}
