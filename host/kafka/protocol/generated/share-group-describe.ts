// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt32Element, readStringElement, writeArray, writeInt32Element, writeStringElement } from '../codec.js'

/*
 * ShareGroupDescribe Request (Version: 0) => [group_ids] include_authorized_operations _tagged_fields
 *   group_ids => COMPACT_STRING
 *   include_authorized_operations => BOOLEAN
 */
/** ShareGroupDescribeRequest (versions 0, flexible 0+) */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0+) */
  groupIds: string[]
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean
  unknownTaggedFields?: TaggedField[]
}

function readShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  const o: ShareGroupDescribeRequest = {
    groupIds: readArray(r, true, v, readStringElement, "GroupIds"),
    includeAuthorizedOperations: r.bool("IncludeAuthorizedOperations"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareGroupDescribeRequest(w: Writer, m: MessageInit<ShareGroupDescribeRequest>, v: number): void {
  writeArray(w, (m.groupIds ?? EMPTY_ARRAY), true, false, v, writeStringElement, "GroupIds")
  w.bool((m.includeAuthorizedOperations ?? false), "IncludeAuthorizedOperations")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeShareGroupDescribeRequest(r: Reader, version: number): ShareGroupDescribeRequest {
  r.begin("ShareGroupDescribeRequest", version, 0, 0)
  return readShareGroupDescribeRequest(r, version)
}

export function encodeShareGroupDescribeRequest(w: Writer, m: MessageInit<ShareGroupDescribeRequest>, version: number): void {
  w.begin("ShareGroupDescribeRequest", version, 0, 0)
  writeShareGroupDescribeRequest(w, m, version)
}

/*
 * ShareGroupDescribe Response (Version: 0) => throttle_time_ms [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   groups => error_code error_message group_id group_state group_epoch assignment_epoch assignor_name [members] authorized_operations _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     group_id => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *     group_epoch => INT32
 *     assignment_epoch => INT32
 *     assignor_name => COMPACT_STRING
 *     members => member_id rack_id member_epoch client_id client_host [subscribed_topic_names] assignment _tagged_fields
 *       member_id => COMPACT_STRING
 *       rack_id => COMPACT_NULLABLE_STRING
 *       member_epoch => INT32
 *       client_id => COMPACT_STRING
 *       client_host => COMPACT_STRING
 *       subscribed_topic_names => COMPACT_STRING
 *       assignment => [topic_partitions] _tagged_fields
 *         topic_partitions => topic_id topic_name [partitions] _tagged_fields
 *           topic_id => UUID
 *           topic_name => COMPACT_STRING
 *           partitions => INT32
 *     authorized_operations => INT32
 */
/** ShareGroupDescribeResponse (versions 0, flexible 0+) */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each described group. (versions 0+) */
  groups: ShareGroupDescribeResponseDescribedGroup[]
  unknownTaggedFields?: TaggedField[]
}

function readShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  const o: ShareGroupDescribeResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    groups: readArray(r, true, v, readShareGroupDescribeResponseDescribedGroup, "Groups"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareGroupDescribeResponse(w: Writer, m: MessageInit<ShareGroupDescribeResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.groups ?? EMPTY_ARRAY), true, false, v, writeShareGroupDescribeResponseDescribedGroup, "Groups")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DescribedGroup in ShareGroupDescribeResponse (versions 0) */
export interface ShareGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The group ID string. (versions 0+) */
  groupId: string
  /** The group state string, or the empty string. (versions 0+) */
  groupState: string
  /** The group epoch. (versions 0+) */
  groupEpoch: number
  /** The assignment epoch. (versions 0+) */
  assignmentEpoch: number
  /** The selected assignor. (versions 0+) */
  assignorName: string
  /** The members. (versions 0+) */
  members: ShareGroupDescribeResponseMember[]
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+, default -2147483648) */
  authorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readShareGroupDescribeResponseDescribedGroup(r: Reader, v: number): ShareGroupDescribeResponseDescribedGroup {
  const o: ShareGroupDescribeResponseDescribedGroup = {
    errorCode: r.int16("DescribedGroup.ErrorCode"),
    errorMessage: r.nullableString(true, true, "DescribedGroup.ErrorMessage"),
    groupId: r.string(true, "DescribedGroup.GroupId"),
    groupState: r.string(true, "DescribedGroup.GroupState"),
    groupEpoch: r.int32("DescribedGroup.GroupEpoch"),
    assignmentEpoch: r.int32("DescribedGroup.AssignmentEpoch"),
    assignorName: r.string(true, "DescribedGroup.AssignorName"),
    members: readArray(r, true, v, readShareGroupDescribeResponseMember, "DescribedGroup.Members"),
    authorizedOperations: r.int32("DescribedGroup.AuthorizedOperations"),
  }
  const u = r.taggedFields("DescribedGroup._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareGroupDescribeResponseDescribedGroup(w: Writer, m: MessageInit<ShareGroupDescribeResponseDescribedGroup>, v: number): void {
  w.int16((m.errorCode ?? 0), "DescribedGroup.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "DescribedGroup.ErrorMessage")
  w.string((m.groupId ?? ""), true, "DescribedGroup.GroupId")
  w.string((m.groupState ?? ""), true, "DescribedGroup.GroupState")
  w.int32((m.groupEpoch ?? 0), "DescribedGroup.GroupEpoch")
  w.int32((m.assignmentEpoch ?? 0), "DescribedGroup.AssignmentEpoch")
  w.string((m.assignorName ?? ""), true, "DescribedGroup.AssignorName")
  writeArray(w, (m.members ?? EMPTY_ARRAY), true, false, v, writeShareGroupDescribeResponseMember, "DescribedGroup.Members")
  w.int32((m.authorizedOperations ?? -2147483648), "DescribedGroup.AuthorizedOperations")
  w.taggedFields(m.unknownTaggedFields, "DescribedGroup._tagged_fields")
}

/** Member in ShareGroupDescribeResponse (versions 0) */
export interface ShareGroupDescribeResponseMember {
  /** The member ID. (versions 0+) */
  memberId: string
  /** The member rack ID. (versions 0+, nullable 0+, default null) */
  rackId: string | null
  /** The current member epoch. (versions 0+) */
  memberEpoch: number
  /** The client ID. (versions 0+) */
  clientId: string
  /** The client host. (versions 0+) */
  clientHost: string
  /** The subscribed topic names. (versions 0+) */
  subscribedTopicNames: string[]
  /** The current assignment. (versions 0+) */
  assignment: ShareGroupDescribeResponseAssignment
  unknownTaggedFields?: TaggedField[]
}

function readShareGroupDescribeResponseMember(r: Reader, v: number): ShareGroupDescribeResponseMember {
  const o: ShareGroupDescribeResponseMember = {
    memberId: r.string(true, "Member.MemberId"),
    rackId: r.nullableString(true, true, "Member.RackId"),
    memberEpoch: r.int32("Member.MemberEpoch"),
    clientId: r.string(true, "Member.ClientId"),
    clientHost: r.string(true, "Member.ClientHost"),
    subscribedTopicNames: readArray(r, true, v, readStringElement, "Member.SubscribedTopicNames"),
    assignment: readShareGroupDescribeResponseAssignment(r, v),
  }
  const u = r.taggedFields("Member._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareGroupDescribeResponseMember(w: Writer, m: MessageInit<ShareGroupDescribeResponseMember>, v: number): void {
  w.string((m.memberId ?? ""), true, "Member.MemberId")
  w.nullableString((m.rackId ?? null), true, true, "Member.RackId")
  w.int32((m.memberEpoch ?? 0), "Member.MemberEpoch")
  w.string((m.clientId ?? ""), true, "Member.ClientId")
  w.string((m.clientHost ?? ""), true, "Member.ClientHost")
  writeArray(w, (m.subscribedTopicNames ?? EMPTY_ARRAY), true, false, v, writeStringElement, "Member.SubscribedTopicNames")
  writeShareGroupDescribeResponseAssignment(w, (m.assignment ?? {}), v)
  w.taggedFields(m.unknownTaggedFields, "Member._tagged_fields")
}

/** TopicPartitions in ShareGroupDescribeResponse (versions 0) */
export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0+) */
  topicId: string
  /** The topic name. (versions 0+) */
  topicName: string
  /** The partitions. (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readShareGroupDescribeResponseTopicPartitions(r: Reader, v: number): ShareGroupDescribeResponseTopicPartitions {
  const o: ShareGroupDescribeResponseTopicPartitions = {
    topicId: r.uuid("TopicPartitions.TopicId"),
    topicName: r.string(true, "TopicPartitions.TopicName"),
    partitions: readArray(r, true, v, readInt32Element, "TopicPartitions.Partitions"),
  }
  const u = r.taggedFields("TopicPartitions._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareGroupDescribeResponseTopicPartitions(w: Writer, m: MessageInit<ShareGroupDescribeResponseTopicPartitions>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "TopicPartitions.TopicId")
  w.string((m.topicName ?? ""), true, "TopicPartitions.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "TopicPartitions.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicPartitions._tagged_fields")
}

/** Assignment in ShareGroupDescribeResponse (versions 0) */
export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0+) */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[]
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareGroupDescribeResponseAssignment(): ShareGroupDescribeResponseAssignment {
  return { topicPartitions: [] }
}

function readShareGroupDescribeResponseAssignment(r: Reader, v: number): ShareGroupDescribeResponseAssignment {
  const o: ShareGroupDescribeResponseAssignment = {
    topicPartitions: readArray(r, true, v, readShareGroupDescribeResponseTopicPartitions, "Assignment.TopicPartitions"),
  }
  const u = r.taggedFields("Assignment._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareGroupDescribeResponseAssignment(w: Writer, m: MessageInit<ShareGroupDescribeResponseAssignment>, v: number): void {
  writeArray(w, (m.topicPartitions ?? EMPTY_ARRAY), true, false, v, writeShareGroupDescribeResponseTopicPartitions, "Assignment.TopicPartitions")
  w.taggedFields(m.unknownTaggedFields, "Assignment._tagged_fields")
}

export function decodeShareGroupDescribeResponse(r: Reader, version: number): ShareGroupDescribeResponse {
  r.begin("ShareGroupDescribeResponse", version, 0, 0)
  return readShareGroupDescribeResponse(r, version)
}

export function encodeShareGroupDescribeResponse(w: Writer, m: MessageInit<ShareGroupDescribeResponse>, version: number): void {
  w.begin("ShareGroupDescribeResponse", version, 0, 0)
  writeShareGroupDescribeResponse(w, m, version)
}
