// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeGroupsRequest.json, DescribeGroupsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, EMPTY_BYTES, readArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * DescribeGroups Request (Versions: 0-2) => [groups]
 *   groups => STRING
 * DescribeGroups Request (Versions: 3-4) => [groups] include_authorized_operations
 *   groups => STRING
 *   include_authorized_operations => BOOLEAN
 * DescribeGroups Request (Version: 5) => [groups] include_authorized_operations _tagged_fields
 *   groups => COMPACT_STRING
 *   include_authorized_operations => BOOLEAN
 */
/** DescribeGroupsRequest (versions 0-5, flexible 5+) */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe (versions 0+) */
  groups: string[]
  /** Whether to include authorized operations. (versions 3+) */
  includeAuthorizedOperations: boolean
  unknownTaggedFields?: TaggedField[]
}

function readDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  const flex = v === 5
  const o: DescribeGroupsRequest = {
    groups: readArray(r, flex, v, readStringElement, "Groups"),
    includeAuthorizedOperations: v >= 3 ? r.bool("IncludeAuthorizedOperations") : false,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeGroupsRequest(w: Writer, m: MessageInit<DescribeGroupsRequest>, v: number): void {
  const flex = v === 5
  writeArray(w, (m.groups ?? EMPTY_ARRAY), flex, false, v, writeStringElement, "Groups")
  if (v >= 3) w.bool((m.includeAuthorizedOperations ?? false), "IncludeAuthorizedOperations")
  else if (m.includeAuthorizedOperations !== undefined && m.includeAuthorizedOperations !== false) w.notInVersion("IncludeAuthorizedOperations")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeDescribeGroupsRequest(r: Reader, version: number): DescribeGroupsRequest {
  r.begin("DescribeGroupsRequest", version, 0, 5)
  return readDescribeGroupsRequest(r, version)
}

export function encodeDescribeGroupsRequest(w: Writer, m: MessageInit<DescribeGroupsRequest>, version: number): void {
  w.begin("DescribeGroupsRequest", version, 0, 5)
  writeDescribeGroupsRequest(w, m, version)
}

/*
 * DescribeGroups Response (Version: 0) => [groups]
 *   groups => error_code group_id group_state protocol_type protocol_data [members]
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 * DescribeGroups Response (Versions: 1-2) => throttle_time_ms [groups]
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members]
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 * DescribeGroups Response (Version: 3) => throttle_time_ms [groups]
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members] authorized_operations
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 *     authorized_operations => INT32
 * DescribeGroups Response (Version: 4) => throttle_time_ms [groups]
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members] authorized_operations
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id group_instance_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       group_instance_id => NULLABLE_STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 *     authorized_operations => INT32
 * DescribeGroups Response (Version: 5) => throttle_time_ms [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members] authorized_operations _tagged_fields
 *     error_code => INT16
 *     group_id => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *     protocol_data => COMPACT_STRING
 *     members => member_id group_instance_id client_id client_host member_metadata member_assignment _tagged_fields
 *       member_id => COMPACT_STRING
 *       group_instance_id => COMPACT_NULLABLE_STRING
 *       client_id => COMPACT_STRING
 *       client_host => COMPACT_STRING
 *       member_metadata => COMPACT_BYTES
 *       member_assignment => COMPACT_BYTES
 *     authorized_operations => INT32
 */
/** DescribeGroupsResponse (versions 0-5, flexible 5+) */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** Each described group. (versions 0+) */
  groups: DescribeGroupsResponseDescribedGroup[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const flex = v === 5
  const o: DescribeGroupsResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    groups: readArray(r, flex, v, readDescribeGroupsResponseDescribedGroup, "Groups"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeGroupsResponse(w: Writer, m: MessageInit<DescribeGroupsResponse>, v: number): void {
  const flex = v === 5
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.groups ?? EMPTY_ARRAY), flex, false, v, writeDescribeGroupsResponseDescribedGroup, "Groups")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribedGroup in DescribeGroupsResponse (versions 0-5) */
export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The group ID string. (versions 0+) */
  groupId: string
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string
  /** The group protocol type, or the empty string. (versions 0+) */
  protocolType: string
  /** The group protocol data, or the empty string. (versions 0+) */
  protocolData: string
  /** The group members. (versions 0+) */
  members: DescribeGroupsResponseDescribedGroupMember[]
  /** 32-bit bitfield to represent authorized operations for this group. (versions 3+, default -2147483648) */
  authorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeGroupsResponseDescribedGroup(r: Reader, v: number): DescribeGroupsResponseDescribedGroup {
  const flex = v === 5
  const o: DescribeGroupsResponseDescribedGroup = {
    errorCode: r.int16("DescribedGroup.ErrorCode"),
    groupId: r.string(flex, "DescribedGroup.GroupId"),
    groupState: r.string(flex, "DescribedGroup.GroupState"),
    protocolType: r.string(flex, "DescribedGroup.ProtocolType"),
    protocolData: r.string(flex, "DescribedGroup.ProtocolData"),
    members: readArray(r, flex, v, readDescribeGroupsResponseDescribedGroupMember, "DescribedGroup.Members"),
    authorizedOperations: v >= 3 ? r.int32("DescribedGroup.AuthorizedOperations") : -2147483648,
  }
  if (flex) {
    const u = r.taggedFields("DescribedGroup._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeGroupsResponseDescribedGroup(w: Writer, m: MessageInit<DescribeGroupsResponseDescribedGroup>, v: number): void {
  const flex = v === 5
  w.int16((m.errorCode ?? 0), "DescribedGroup.ErrorCode")
  w.string((m.groupId ?? ""), flex, "DescribedGroup.GroupId")
  w.string((m.groupState ?? ""), flex, "DescribedGroup.GroupState")
  w.string((m.protocolType ?? ""), flex, "DescribedGroup.ProtocolType")
  w.string((m.protocolData ?? ""), flex, "DescribedGroup.ProtocolData")
  writeArray(w, (m.members ?? EMPTY_ARRAY), flex, false, v, writeDescribeGroupsResponseDescribedGroupMember, "DescribedGroup.Members")
  if (v >= 3) w.int32((m.authorizedOperations ?? -2147483648), "DescribedGroup.AuthorizedOperations")
  else if (m.authorizedOperations !== undefined && m.authorizedOperations !== -2147483648) w.notInVersion("DescribedGroup.AuthorizedOperations")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribedGroup._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribedGroup._tagged_fields")
  }
}

/** DescribedGroupMember in DescribeGroupsResponse (versions 0-5) */
export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 4+, nullable 4+, ignorable, default null) */
  groupInstanceId: string | null
  /** The client ID used in the member's latest join group request. (versions 0+) */
  clientId: string
  /** The client host. (versions 0+) */
  clientHost: string
  /** The metadata corresponding to the current group protocol in use. (versions 0+) */
  memberMetadata: Uint8Array
  /** The current assignment provided by the group leader. (versions 0+) */
  memberAssignment: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember {
  const flex = v === 5
  const o: DescribeGroupsResponseDescribedGroupMember = {
    memberId: r.string(flex, "DescribedGroupMember.MemberId"),
    groupInstanceId: v >= 4 ? r.nullableString(flex, v >= 4, "DescribedGroupMember.GroupInstanceId") : null,
    clientId: r.string(flex, "DescribedGroupMember.ClientId"),
    clientHost: r.string(flex, "DescribedGroupMember.ClientHost"),
    memberMetadata: r.bytesField(flex, true, "DescribedGroupMember.MemberMetadata"),
    memberAssignment: r.bytesField(flex, true, "DescribedGroupMember.MemberAssignment"),
  }
  if (flex) {
    const u = r.taggedFields("DescribedGroupMember._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, m: MessageInit<DescribeGroupsResponseDescribedGroupMember>, v: number): void {
  const flex = v === 5
  w.string((m.memberId ?? ""), flex, "DescribedGroupMember.MemberId")
  if (v >= 4) w.nullableString((m.groupInstanceId ?? null), flex, v >= 4, "DescribedGroupMember.GroupInstanceId")
  w.string((m.clientId ?? ""), flex, "DescribedGroupMember.ClientId")
  w.string((m.clientHost ?? ""), flex, "DescribedGroupMember.ClientHost")
  w.bytesField((m.memberMetadata ?? EMPTY_BYTES), flex, "DescribedGroupMember.MemberMetadata")
  w.bytesField((m.memberAssignment ?? EMPTY_BYTES), flex, "DescribedGroupMember.MemberAssignment")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribedGroupMember._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribedGroupMember._tagged_fields")
  }
}

export function decodeDescribeGroupsResponse(r: Reader, version: number): DescribeGroupsResponse {
  r.begin("DescribeGroupsResponse", version, 0, 5)
  return readDescribeGroupsResponse(r, version)
}

export function encodeDescribeGroupsResponse(w: Writer, m: MessageInit<DescribeGroupsResponse>, version: number): void {
  w.begin("DescribeGroupsResponse", version, 0, 5)
  writeDescribeGroupsResponse(w, m, version)
}
