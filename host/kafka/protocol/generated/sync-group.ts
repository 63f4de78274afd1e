// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions SyncGroupRequest.json, SyncGroupResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, EMPTY_BYTES, readArray, writeArray } from '../codec.js'

/*
 * SyncGroup Request (Versions: 0-2) => group_id generation_id member_id [assignments]
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *   assignments => member_id assignment
 *     member_id => STRING
 *     assignment => BYTES
 * SyncGroup Request (Version: 3) => group_id generation_id member_id group_instance_id [assignments]
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *   assignments => member_id assignment
 *     member_id => STRING
 *     assignment => BYTES
 * SyncGroup Request (Version: 4) => group_id generation_id member_id group_instance_id [assignments] _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   assignments => member_id assignment _tagged_fields
 *     member_id => COMPACT_STRING
 *     assignment => COMPACT_BYTES
 * SyncGroup Request (Version: 5) => group_id generation_id member_id group_instance_id protocol_type protocol_name [assignments] _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   assignments => member_id assignment _tagged_fields
 *     member_id => COMPACT_STRING
 *     assignment => COMPACT_BYTES
 */
/** SyncGroupRequest (versions 0-5, flexible 4+) */
export interface SyncGroupRequest {
  /** The unique group identifier. (versions 0+) */
  groupId: string
  /** The generation of the group. (versions 0+) */
  generationId: number
  /** The member ID assigned by the group. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null
  /** The group protocol type. (versions 5+, nullable 5+, ignorable, default null) */
  protocolType: string | null
  /** The group protocol name. (versions 5+, nullable 5+, ignorable, default null) */
  protocolName: string | null
  /** Each assignment. (versions 0+) */
  assignments: SyncGroupRequestAssignment[]
  unknownTaggedFields?: TaggedField[]
}

function readSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const flex = v >= 4
  const o: SyncGroupRequest = {
    groupId: r.string(flex, "GroupId"),
    generationId: r.int32("GenerationId"),
    memberId: r.string(flex, "MemberId"),
    groupInstanceId: v >= 3 ? r.nullableString(flex, v >= 3, "GroupInstanceId") : null,
    protocolType: v === 5 ? r.nullableString(flex, v === 5, "ProtocolType") : null,
    protocolName: v === 5 ? r.nullableString(flex, v === 5, "ProtocolName") : null,
    assignments: readArray(r, flex, v, readSyncGroupRequestAssignment, "Assignments"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeSyncGroupRequest(w: Writer, m: MessageInit<SyncGroupRequest>, v: number): void {
  const flex = v >= 4
  w.string((m.groupId ?? ""), flex, "GroupId")
  w.int32((m.generationId ?? 0), "GenerationId")
  w.string((m.memberId ?? ""), flex, "MemberId")
  if (v >= 3) w.nullableString((m.groupInstanceId ?? null), flex, v >= 3, "GroupInstanceId")
  else if (m.groupInstanceId != null) w.notInVersion("GroupInstanceId")
  if (v === 5) w.nullableString((m.protocolType ?? null), flex, v === 5, "ProtocolType")
  if (v === 5) w.nullableString((m.protocolName ?? null), flex, v === 5, "ProtocolName")
  writeArray(w, (m.assignments ?? EMPTY_ARRAY), flex, false, v, writeSyncGroupRequestAssignment, "Assignments")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** SyncGroupRequestAssignment in SyncGroupRequest (versions 0-5) */
export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. (versions 0+) */
  memberId: string
  /** The member assignment. (versions 0+) */
  assignment: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestAssignment {
  const flex = v >= 4
  const o: SyncGroupRequestAssignment = {
    memberId: r.string(flex, "SyncGroupRequestAssignment.MemberId"),
    assignment: r.bytesField(flex, true, "SyncGroupRequestAssignment.Assignment"),
  }
  if (flex) {
    const u = r.taggedFields("SyncGroupRequestAssignment._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeSyncGroupRequestAssignment(w: Writer, m: MessageInit<SyncGroupRequestAssignment>, v: number): void {
  const flex = v >= 4
  w.string((m.memberId ?? ""), flex, "SyncGroupRequestAssignment.MemberId")
  w.bytesField((m.assignment ?? EMPTY_BYTES), flex, "SyncGroupRequestAssignment.Assignment")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "SyncGroupRequestAssignment._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "SyncGroupRequestAssignment._tagged_fields")
  }
}

export function decodeSyncGroupRequest(r: Reader, version: number): SyncGroupRequest {
  r.begin("SyncGroupRequest", version, 0, 5)
  return readSyncGroupRequest(r, version)
}

export function encodeSyncGroupRequest(w: Writer, m: MessageInit<SyncGroupRequest>, version: number): void {
  w.begin("SyncGroupRequest", version, 0, 5)
  writeSyncGroupRequest(w, m, version)
}

/*
 * SyncGroup Response (Version: 0) => error_code assignment
 *   error_code => INT16
 *   assignment => BYTES
 * SyncGroup Response (Versions: 1-3) => throttle_time_ms error_code assignment
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   assignment => BYTES
 * SyncGroup Response (Version: 4) => throttle_time_ms error_code assignment _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   assignment => COMPACT_BYTES
 * SyncGroup Response (Version: 5) => throttle_time_ms error_code protocol_type protocol_name assignment _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   assignment => COMPACT_BYTES
 */
/** SyncGroupResponse (versions 0-5, flexible 4+) */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The group protocol type. (versions 5+, nullable 5+, ignorable, default null) */
  protocolType: string | null
  /** The group protocol name. (versions 5+, nullable 5+, ignorable, default null) */
  protocolName: string | null
  /** The member assignment. (versions 0+) */
  assignment: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const flex = v >= 4
  const o: SyncGroupResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: r.int16("ErrorCode"),
    protocolType: v === 5 ? r.nullableString(flex, v === 5, "ProtocolType") : null,
    protocolName: v === 5 ? r.nullableString(flex, v === 5, "ProtocolName") : null,
    assignment: r.bytesField(flex, true, "Assignment"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeSyncGroupResponse(w: Writer, m: MessageInit<SyncGroupResponse>, v: number): void {
  const flex = v >= 4
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v === 5) w.nullableString((m.protocolType ?? null), flex, v === 5, "ProtocolType")
  if (v === 5) w.nullableString((m.protocolName ?? null), flex, v === 5, "ProtocolName")
  w.bytesField((m.assignment ?? EMPTY_BYTES), flex, "Assignment")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeSyncGroupResponse(r: Reader, version: number): SyncGroupResponse {
  r.begin("SyncGroupResponse", version, 0, 5)
  return readSyncGroupResponse(r, version)
}

export function encodeSyncGroupResponse(w: Writer, m: MessageInit<SyncGroupResponse>, version: number): void {
  w.begin("SyncGroupResponse", version, 0, 5)
  writeSyncGroupResponse(w, m, version)
}
