// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions LeaveGroupRequest.json, LeaveGroupResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * LeaveGroup Request (Versions: 0-2) => group_id member_id
 *   group_id => STRING
 *   member_id => STRING
 * LeaveGroup Request (Version: 3) => group_id [members]
 *   group_id => STRING
 *   members => member_id group_instance_id
 *     member_id => STRING
 *     group_instance_id => NULLABLE_STRING
 * LeaveGroup Request (Version: 4) => group_id [members] _tagged_fields
 *   group_id => COMPACT_STRING
 *   members => member_id group_instance_id _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 * LeaveGroup Request (Version: 5) => group_id [members] _tagged_fields
 *   group_id => COMPACT_STRING
 *   members => member_id group_instance_id reason _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     reason => COMPACT_NULLABLE_STRING
 */
/** LeaveGroupRequest (versions 0-5, flexible 4+) */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. (versions 0+) */
  groupId: string
  /** The member ID to remove from the group. (versions 0-2) */
  memberId: string
  /** List of leaving member identities. (versions 3+) */
  members: LeaveGroupRequestMemberIdentity[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const flex = v >= 4
  const o: LeaveGroupRequest = {
    groupId: r.string(flex, "GroupId"),
    memberId: v <= 2 ? r.string(flex, "MemberId") : "",
    members: v >= 3 ? readArray(r, flex, v, readLeaveGroupRequestMemberIdentity, "Members") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaveGroupRequest(w: Writer, m: MessageInit<LeaveGroupRequest>, v: number): void {
  const flex = v >= 4
  w.string((m.groupId ?? ""), flex, "GroupId")
  if (v <= 2) w.string((m.memberId ?? ""), flex, "MemberId")
  else if (m.memberId !== undefined && m.memberId !== "") w.notInVersion("MemberId")
  if (v >= 3) writeArray(w, (m.members ?? EMPTY_ARRAY), flex, false, v, writeLeaveGroupRequestMemberIdentity, "Members")
  else if (nonEmpty(m.members)) w.notInVersion("Members")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** MemberIdentity in LeaveGroupRequest (versions 3-5) */
export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string
  /** The group instance ID to remove from the group. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null
  /** The reason why the member left the group. (versions 5+, nullable 5+, ignorable, default null) */
  reason: string | null
  unknownTaggedFields?: TaggedField[]
}

function readLeaveGroupRequestMemberIdentity(r: Reader, v: number): LeaveGroupRequestMemberIdentity {
  const flex = v >= 4
  const o: LeaveGroupRequestMemberIdentity = {
    memberId: r.string(flex, "MemberIdentity.MemberId"),
    groupInstanceId: r.nullableString(flex, true, "MemberIdentity.GroupInstanceId"),
    reason: v === 5 ? r.nullableString(flex, v === 5, "MemberIdentity.Reason") : null,
  }
  if (flex) {
    const u = r.taggedFields("MemberIdentity._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaveGroupRequestMemberIdentity(w: Writer, m: MessageInit<LeaveGroupRequestMemberIdentity>, v: number): void {
  const flex = v >= 4
  w.string((m.memberId ?? ""), flex, "MemberIdentity.MemberId")
  w.nullableString((m.groupInstanceId ?? null), flex, true, "MemberIdentity.GroupInstanceId")
  if (v === 5) w.nullableString((m.reason ?? null), flex, v === 5, "MemberIdentity.Reason")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "MemberIdentity._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "MemberIdentity._tagged_fields")
  }
}

export function decodeLeaveGroupRequest(r: Reader, version: number): LeaveGroupRequest {
  r.begin("LeaveGroupRequest", version, 0, 5)
  return readLeaveGroupRequest(r, version)
}

export function encodeLeaveGroupRequest(w: Writer, m: MessageInit<LeaveGroupRequest>, version: number): void {
  w.begin("LeaveGroupRequest", version, 0, 5)
  writeLeaveGroupRequest(w, m, version)
}

/*
 * LeaveGroup Response (Version: 0) => error_code
 *   error_code => INT16
 * LeaveGroup Response (Versions: 1-2) => throttle_time_ms error_code
 *   throttle_time_ms => INT32
 *   error_code => INT16
 * LeaveGroup Response (Version: 3) => throttle_time_ms error_code [members]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   members => member_id group_instance_id error_code
 *     member_id => STRING
 *     group_instance_id => NULLABLE_STRING
 *     error_code => INT16
 * LeaveGroup Response (Versions: 4-5) => throttle_time_ms error_code [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   members => member_id group_instance_id error_code _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     error_code => INT16
 */
/** LeaveGroupResponse (versions 0-5, flexible 4+) */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** List of leaving member responses. (versions 3+) */
  members: LeaveGroupResponseMemberResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const flex = v >= 4
  const o: LeaveGroupResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: r.int16("ErrorCode"),
    members: v >= 3 ? readArray(r, flex, v, readLeaveGroupResponseMemberResponse, "Members") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaveGroupResponse(w: Writer, m: MessageInit<LeaveGroupResponse>, v: number): void {
  const flex = v >= 4
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v >= 3) writeArray(w, (m.members ?? EMPTY_ARRAY), flex, false, v, writeLeaveGroupResponseMemberResponse, "Members")
  else if (nonEmpty(m.members)) w.notInVersion("Members")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** MemberResponse in LeaveGroupResponse (versions 3-5) */
export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. (versions 3+) */
  memberId: string
  /** The group instance ID to remove from the group. (versions 3+, nullable 3+) */
  groupInstanceId: string | null
  /** The error code, or 0 if there was no error. (versions 3+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readLeaveGroupResponseMemberResponse(r: Reader, v: number): LeaveGroupResponseMemberResponse {
  const flex = v >= 4
  const o: LeaveGroupResponseMemberResponse = {
    memberId: r.string(flex, "MemberResponse.MemberId"),
    groupInstanceId: r.nullableString(flex, true, "MemberResponse.GroupInstanceId"),
    errorCode: r.int16("MemberResponse.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("MemberResponse._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeLeaveGroupResponseMemberResponse(w: Writer, m: MessageInit<LeaveGroupResponseMemberResponse>, v: number): void {
  const flex = v >= 4
  w.string((m.memberId ?? ""), flex, "MemberResponse.MemberId")
  w.nullableString((m.groupInstanceId === undefined ? "" : m.groupInstanceId), flex, true, "MemberResponse.GroupInstanceId")
  w.int16((m.errorCode ?? 0), "MemberResponse.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "MemberResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "MemberResponse._tagged_fields")
  }
}

export function decodeLeaveGroupResponse(r: Reader, version: number): LeaveGroupResponse {
  r.begin("LeaveGroupResponse", version, 0, 5)
  return readLeaveGroupResponse(r, version)
}

export function encodeLeaveGroupResponse(w: Writer, m: MessageInit<LeaveGroupResponse>, version: number): void {
  w.begin("LeaveGroupResponse", version, 0, 5)
  writeLeaveGroupResponse(w, m, version)
}
