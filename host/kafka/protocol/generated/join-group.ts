// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions JoinGroupRequest.json, JoinGroupResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, EMPTY_BYTES, readArray, writeArray } from '../codec.js'

/*
 * JoinGroup Request (Version: 0) => group_id session_timeout_ms member_id protocol_type [protocols]
 *   group_id => STRING
 *   session_timeout_ms => INT32
 *   member_id => STRING
 *   protocol_type => STRING
 *   protocols => name metadata
 *     name => STRING
 *     metadata => BYTES
 * JoinGroup Request (Versions: 1-4) => group_id session_timeout_ms rebalance_timeout_ms member_id protocol_type [protocols]
 *   group_id => STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => STRING
 *   protocol_type => STRING
 *   protocols => name metadata
 *     name => STRING
 *     metadata => BYTES
 * JoinGroup Request (Version: 5) => group_id session_timeout_ms rebalance_timeout_ms member_id group_instance_id protocol_type [protocols]
 *   group_id => STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *   protocol_type => STRING
 *   protocols => name metadata
 *     name => STRING
 *     metadata => BYTES
 * JoinGroup Request (Versions: 6-7) => group_id session_timeout_ms rebalance_timeout_ms member_id group_instance_id protocol_type [protocols] _tagged_fields
 *   group_id => COMPACT_STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   protocol_type => COMPACT_STRING
 *   protocols => name metadata _tagged_fields
 *     name => COMPACT_STRING
 *     metadata => COMPACT_BYTES
 * JoinGroup Request (Versions: 8-9) => group_id session_timeout_ms rebalance_timeout_ms member_id group_instance_id protocol_type [protocols] reason _tagged_fields
 *   group_id => COMPACT_STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   protocol_type => COMPACT_STRING
 *   protocols => name metadata _tagged_fields
 *     name => COMPACT_STRING
 *     metadata => COMPACT_BYTES
 *   reason => COMPACT_NULLABLE_STRING
 */
/** JoinGroupRequest (versions 0-9, flexible 6+) */
export interface JoinGroupRequest {
  /** The group identifier. (versions 0+) */
  groupId: string
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. (versions 0+) */
  sessionTimeoutMs: number
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. (versions 1+, ignorable, default -1) */
  rebalanceTimeoutMs: number
  /** The member id assigned by the group coordinator. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 5+, nullable 5+, default null) */
  groupInstanceId: string | null
  /** The unique name the for class of protocols implemented by the group we want to join. (versions 0+) */
  protocolType: string
  /** The list of protocols that the member supports. (versions 0+) */
  protocols: JoinGroupRequestProtocol[]
  /** The reason why the member (re-)joins the group. (versions 8+, nullable 8+, ignorable, default null) */
  reason: string | null
  unknownTaggedFields?: TaggedField[]
}

function readJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const flex = v >= 6
  const o: JoinGroupRequest = {
    groupId: r.string(flex, "GroupId"),
    sessionTimeoutMs: r.int32("SessionTimeoutMs"),
    rebalanceTimeoutMs: v >= 1 ? r.int32("RebalanceTimeoutMs") : -1,
    memberId: r.string(flex, "MemberId"),
    groupInstanceId: v >= 5 ? r.nullableString(flex, v >= 5, "GroupInstanceId") : null,
    protocolType: r.string(flex, "ProtocolType"),
    protocols: readArray(r, flex, v, readJoinGroupRequestProtocol, "Protocols"),
    reason: v >= 8 ? r.nullableString(flex, v >= 8, "Reason") : null,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeJoinGroupRequest(w: Writer, m: MessageInit<JoinGroupRequest>, v: number): void {
  const flex = v >= 6
  w.string((m.groupId ?? ""), flex, "GroupId")
  w.int32((m.sessionTimeoutMs ?? 0), "SessionTimeoutMs")
  if (v >= 1) w.int32((m.rebalanceTimeoutMs ?? -1), "RebalanceTimeoutMs")
  w.string((m.memberId ?? ""), flex, "MemberId")
  if (v >= 5) w.nullableString((m.groupInstanceId ?? null), flex, v >= 5, "GroupInstanceId")
  else if (m.groupInstanceId != null) w.notInVersion("GroupInstanceId")
  w.string((m.protocolType ?? ""), flex, "ProtocolType")
  writeArray(w, (m.protocols ?? EMPTY_ARRAY), flex, false, v, writeJoinGroupRequestProtocol, "Protocols")
  if (v >= 8) w.nullableString((m.reason ?? null), flex, v >= 8, "Reason")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** JoinGroupRequestProtocol in JoinGroupRequest (versions 0-9) */
export interface JoinGroupRequestProtocol {
  /** The protocol name. (versions 0+) */
  name: string
  /** The protocol metadata. (versions 0+) */
  metadata: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestProtocol {
  const flex = v >= 6
  const o: JoinGroupRequestProtocol = {
    name: r.string(flex, "JoinGroupRequestProtocol.Name"),
    metadata: r.bytesField(flex, true, "JoinGroupRequestProtocol.Metadata"),
  }
  if (flex) {
    const u = r.taggedFields("JoinGroupRequestProtocol._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeJoinGroupRequestProtocol(w: Writer, m: MessageInit<JoinGroupRequestProtocol>, v: number): void {
  const flex = v >= 6
  w.string((m.name ?? ""), flex, "JoinGroupRequestProtocol.Name")
  w.bytesField((m.metadata ?? EMPTY_BYTES), flex, "JoinGroupRequestProtocol.Metadata")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "JoinGroupRequestProtocol._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "JoinGroupRequestProtocol._tagged_fields")
  }
}

export function decodeJoinGroupRequest(r: Reader, version: number): JoinGroupRequest {
  r.begin("JoinGroupRequest", version, 0, 9)
  return readJoinGroupRequest(r, version)
}

export function encodeJoinGroupRequest(w: Writer, m: MessageInit<JoinGroupRequest>, version: number): void {
  w.begin("JoinGroupRequest", version, 0, 9)
  writeJoinGroupRequest(w, m, version)
}

/*
 * JoinGroup Response (Versions: 0-1) => error_code generation_id protocol_name leader member_id [members]
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => STRING
 *   leader => STRING
 *   member_id => STRING
 *   members => member_id metadata
 *     member_id => STRING
 *     metadata => BYTES
 * JoinGroup Response (Versions: 2-4) => throttle_time_ms error_code generation_id protocol_name leader member_id [members]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => STRING
 *   leader => STRING
 *   member_id => STRING
 *   members => member_id metadata
 *     member_id => STRING
 *     metadata => BYTES
 * JoinGroup Response (Version: 5) => throttle_time_ms error_code generation_id protocol_name leader member_id [members]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => STRING
 *   leader => STRING
 *   member_id => STRING
 *   members => member_id group_instance_id metadata
 *     member_id => STRING
 *     group_instance_id => NULLABLE_STRING
 *     metadata => BYTES
 * JoinGroup Response (Version: 6) => throttle_time_ms error_code generation_id protocol_name leader member_id [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => COMPACT_STRING
 *   leader => COMPACT_STRING
 *   member_id => COMPACT_STRING
 *   members => member_id group_instance_id metadata _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     metadata => COMPACT_BYTES
 * JoinGroup Response (Versions: 7-8) => throttle_time_ms error_code generation_id protocol_type protocol_name leader member_id [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   leader => COMPACT_STRING
 *   member_id => COMPACT_STRING
 *   members => member_id group_instance_id metadata _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     metadata => COMPACT_BYTES
 * JoinGroup Response (Version: 9) => throttle_time_ms error_code generation_id protocol_type protocol_name leader skip_assignment member_id [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   leader => COMPACT_STRING
 *   skip_assignment => BOOLEAN
 *   member_id => COMPACT_STRING
 *   members => member_id group_instance_id metadata _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     metadata => COMPACT_BYTES
 */
/** JoinGroupResponse (versions 0-9, flexible 6+) */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The generation ID of the group. (versions 0+, default -1) */
  generationId: number
  /** The group protocol name. (versions 7+, nullable 7+, ignorable, default null) */
  protocolType: string | null
  /** The group protocol selected by the coordinator. (versions 0+, nullable 7+) */
  protocolName: string | null
  /** The leader of the group. (versions 0+) */
  leader: string
  /** True if the leader must skip running the assignment. (versions 9+, default false) */
  skipAssignment: boolean
  /** The member ID assigned by the group coordinator. (versions 0+) */
  memberId: string
  /** (versions 0+) */
  members: JoinGroupResponseMember[]
  unknownTaggedFields?: TaggedField[]
}

function readJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const flex = v >= 6
  const o: JoinGroupResponse = {
    throttleTimeMs: v >= 2 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: r.int16("ErrorCode"),
    generationId: r.int32("GenerationId"),
    protocolType: v >= 7 ? r.nullableString(flex, v >= 7, "ProtocolType") : null,
    protocolName: r.nullableString(flex, v >= 7, "ProtocolName"),
    leader: r.string(flex, "Leader"),
    skipAssignment: v === 9 ? r.bool("SkipAssignment") : false,
    memberId: r.string(flex, "MemberId"),
    members: readArray(r, flex, v, readJoinGroupResponseMember, "Members"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeJoinGroupResponse(w: Writer, m: MessageInit<JoinGroupResponse>, v: number): void {
  const flex = v >= 6
  if (v >= 2) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.int32((m.generationId ?? -1), "GenerationId")
  if (v >= 7) w.nullableString((m.protocolType ?? null), flex, v >= 7, "ProtocolType")
  w.nullableString((m.protocolName === undefined ? "" : m.protocolName), flex, v >= 7, "ProtocolName")
  w.string((m.leader ?? ""), flex, "Leader")
  if (v === 9) w.bool((m.skipAssignment ?? false), "SkipAssignment")
  else if (m.skipAssignment !== undefined && m.skipAssignment !== false) w.notInVersion("SkipAssignment")
  w.string((m.memberId ?? ""), flex, "MemberId")
  writeArray(w, (m.members ?? EMPTY_ARRAY), flex, false, v, writeJoinGroupResponseMember, "Members")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** JoinGroupResponseMember in JoinGroupResponse (versions 0-9) */
export interface JoinGroupResponseMember {
  /** The group member ID. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 5+, nullable 5+, ignorable, default null) */
  groupInstanceId: string | null
  /** The group member metadata. (versions 0+) */
  metadata: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const flex = v >= 6
  const o: JoinGroupResponseMember = {
    memberId: r.string(flex, "JoinGroupResponseMember.MemberId"),
    groupInstanceId: v >= 5 ? r.nullableString(flex, v >= 5, "JoinGroupResponseMember.GroupInstanceId") : null,
    metadata: r.bytesField(flex, true, "JoinGroupResponseMember.Metadata"),
  }
  if (flex) {
    const u = r.taggedFields("JoinGroupResponseMember._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeJoinGroupResponseMember(w: Writer, m: MessageInit<JoinGroupResponseMember>, v: number): void {
  const flex = v >= 6
  w.string((m.memberId ?? ""), flex, "JoinGroupResponseMember.MemberId")
  if (v >= 5) w.nullableString((m.groupInstanceId ?? null), flex, v >= 5, "JoinGroupResponseMember.GroupInstanceId")
  w.bytesField((m.metadata ?? EMPTY_BYTES), flex, "JoinGroupResponseMember.Metadata")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "JoinGroupResponseMember._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "JoinGroupResponseMember._tagged_fields")
  }
}

export function decodeJoinGroupResponse(r: Reader, version: number): JoinGroupResponse {
  r.begin("JoinGroupResponse", version, 0, 9)
  return readJoinGroupResponse(r, version)
}

export function encodeJoinGroupResponse(w: Writer, m: MessageInit<JoinGroupResponse>, version: number): void {
  w.begin("JoinGroupResponse", version, 0, 9)
  writeJoinGroupResponse(w, m, version)
}
