// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt32Element, readStringElement, writeArray, writeInt32Element, writeStringElement } from '../codec.js'

/*
 * ConsumerGroupDescribe Request (Version: 0) => [group_ids] include_authorized_operations _tagged_fields
 *   group_ids => COMPACT_STRING
 *   include_authorized_operations => BOOLEAN
 */
/** ConsumerGroupDescribeRequest (versions 0, flexible 0+) */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe (versions 0+) */
  groupIds: string[]
  /** Whether to include authorized operations. (versions 0+) */
  includeAuthorizedOperations: boolean
  unknownTaggedFields?: TaggedField[]
}

function readConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  const o: ConsumerGroupDescribeRequest = {
    groupIds: readArray(r, true, v, readStringElement, "GroupIds"),
    includeAuthorizedOperations: r.bool("IncludeAuthorizedOperations"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeConsumerGroupDescribeRequest(w: Writer, m: MessageInit<ConsumerGroupDescribeRequest>, v: number): void {
  writeArray(w, (m.groupIds ?? EMPTY_ARRAY), true, false, v, writeStringElement, "GroupIds")
  w.bool((m.includeAuthorizedOperations ?? false), "IncludeAuthorizedOperations")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeConsumerGroupDescribeRequest(r: Reader, version: number): ConsumerGroupDescribeRequest {
  r.begin("ConsumerGroupDescribeRequest", version, 0, 0)
  return readConsumerGroupDescribeRequest(r, version)
}

export function encodeConsumerGroupDescribeRequest(w: Writer, m: MessageInit<ConsumerGroupDescribeRequest>, version: number): void {
  w.begin("ConsumerGroupDescribeRequest", version, 0, 0)
  writeConsumerGroupDescribeRequest(w, m, version)
}

/*
 * ConsumerGroupDescribe Response (Version: 0) => throttle_time_ms [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   groups => error_code error_message group_id group_state group_epoch assignment_epoch assignor_name [members] authorized_operations _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     group_id => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *     group_epoch => INT32
 *     assignment_epoch => INT32
 *     assignor_name => COMPACT_STRING
 *     members => member_id instance_id rack_id member_epoch client_id client_host [subscribed_topic_names] subscribed_topic_regex assignment target_assignment _tagged_fields
 *       member_id => COMPACT_STRING
 *       instance_id => COMPACT_NULLABLE_STRING
 *       rack_id => COMPACT_NULLABLE_STRING
 *       member_epoch => INT32
 *       client_id => COMPACT_STRING
 *       client_host => COMPACT_STRING
 *       subscribed_topic_names => COMPACT_STRING
 *       subscribed_topic_regex => COMPACT_NULLABLE_STRING
 *       assignment => [topic_partitions] _tagged_fields
 *         topic_partitions => topic_id topic_name [partitions] _tagged_fields
 *           topic_id => UUID
 *           topic_name => COMPACT_STRING
 *           partitions => INT32
 *       target_assignment => [topic_partitions] _tagged_fields
 *         topic_partitions => topic_id topic_name [partitions] _tagged_fields
 *           topic_id => UUID
 *           topic_name => COMPACT_STRING
 *           partitions => INT32
 *     authorized_operations => INT32
 */
/** ConsumerGroupDescribeResponse (versions 0, flexible 0+) */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** Each described group. (versions 0+) */
  groups: ConsumerGroupDescribeResponseDescribedGroup[]
  unknownTaggedFields?: TaggedField[]
}

function readConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  const o: ConsumerGroupDescribeResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    groups: readArray(r, true, v, readConsumerGroupDescribeResponseDescribedGroup, "Groups"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeConsumerGroupDescribeResponse(w: Writer, m: MessageInit<ConsumerGroupDescribeResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.groups ?? EMPTY_ARRAY), true, false, v, writeConsumerGroupDescribeResponseDescribedGroup, "Groups")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DescribedGroup in ConsumerGroupDescribeResponse (versions 0) */
export interface ConsumerGroupDescribeResponseDescribedGroup {
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
  members: ConsumerGroupDescribeResponseMember[]
  /** 32-bit bitfield to represent authorized operations for this group. (versions 0+, default -2147483648) */
  authorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readConsumerGroupDescribeResponseDescribedGroup(r: Reader, v: number): ConsumerGroupDescribeResponseDescribedGroup {
  const o: ConsumerGroupDescribeResponseDescribedGroup = {
    errorCode: r.int16("DescribedGroup.ErrorCode"),
    errorMessage: r.nullableString(true, true, "DescribedGroup.ErrorMessage"),
    groupId: r.string(true, "DescribedGroup.GroupId"),
    groupState: r.string(true, "DescribedGroup.GroupState"),
    groupEpoch: r.int32("DescribedGroup.GroupEpoch"),
    assignmentEpoch: r.int32("DescribedGroup.AssignmentEpoch"),
    assignorName: r.string(true, "DescribedGroup.AssignorName"),
    members: readArray(r, true, v, readConsumerGroupDescribeResponseMember, "DescribedGroup.Members"),
    authorizedOperations: r.int32("DescribedGroup.AuthorizedOperations"),
  }
  const u = r.taggedFields("DescribedGroup._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeConsumerGroupDescribeResponseDescribedGroup(w: Writer, m: MessageInit<ConsumerGroupDescribeResponseDescribedGroup>, v: number): void {
  w.int16((m.errorCode ?? 0), "DescribedGroup.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "DescribedGroup.ErrorMessage")
  w.string((m.groupId ?? ""), true, "DescribedGroup.GroupId")
  w.string((m.groupState ?? ""), true, "DescribedGroup.GroupState")
  w.int32((m.groupEpoch ?? 0), "DescribedGroup.GroupEpoch")
  w.int32((m.assignmentEpoch ?? 0), "DescribedGroup.AssignmentEpoch")
  w.string((m.assignorName ?? ""), true, "DescribedGroup.AssignorName")
  writeArray(w, (m.members ?? EMPTY_ARRAY), true, false, v, writeConsumerGroupDescribeResponseMember, "DescribedGroup.Members")
  w.int32((m.authorizedOperations ?? -2147483648), "DescribedGroup.AuthorizedOperations")
  w.taggedFields(m.unknownTaggedFields, "DescribedGroup._tagged_fields")
}

/** Member in ConsumerGroupDescribeResponse (versions 0) */
export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. (versions 0+) */
  memberId: string
  /** The member instance ID. (versions 0+, nullable 0+, default null) */
  instanceId: string | null
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
  /** the subscribed topic regex otherwise or null of not provided. (versions 0+, nullable 0+, default null) */
  subscribedTopicRegex: string | null
  /** The current assignment. (versions 0+) */
  assignment: ConsumerGroupDescribeResponseAssignment
  /** The target assignment. (versions 0+) */
  targetAssignment: ConsumerGroupDescribeResponseAssignment
  unknownTaggedFields?: TaggedField[]
}

function readConsumerGroupDescribeResponseMember(r: Reader, v: number): ConsumerGroupDescribeResponseMember {
  const o: ConsumerGroupDescribeResponseMember = {
    memberId: r.string(true, "Member.MemberId"),
    instanceId: r.nullableString(true, true, "Member.InstanceId"),
    rackId: r.nullableString(true, true, "Member.RackId"),
    memberEpoch: r.int32("Member.MemberEpoch"),
    clientId: r.string(true, "Member.ClientId"),
    clientHost: r.string(true, "Member.ClientHost"),
    subscribedTopicNames: readArray(r, true, v, readStringElement, "Member.SubscribedTopicNames"),
    subscribedTopicRegex: r.nullableString(true, true, "Member.SubscribedTopicRegex"),
    assignment: readConsumerGroupDescribeResponseAssignment(r, v),
    targetAssignment: readConsumerGroupDescribeResponseAssignment(r, v),
  }
  const u = r.taggedFields("Member._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeConsumerGroupDescribeResponseMember(w: Writer, m: MessageInit<ConsumerGroupDescribeResponseMember>, v: number): void {
  w.string((m.memberId ?? ""), true, "Member.MemberId")
  w.nullableString((m.instanceId ?? null), true, true, "Member.InstanceId")
  w.nullableString((m.rackId ?? null), true, true, "Member.RackId")
  w.int32((m.memberEpoch ?? 0), "Member.MemberEpoch")
  w.string((m.clientId ?? ""), true, "Member.ClientId")
  w.string((m.clientHost ?? ""), true, "Member.ClientHost")
  writeArray(w, (m.subscribedTopicNames ?? EMPTY_ARRAY), true, false, v, writeStringElement, "Member.SubscribedTopicNames")
  w.nullableString((m.subscribedTopicRegex ?? null), true, true, "Member.SubscribedTopicRegex")
  writeConsumerGroupDescribeResponseAssignment(w, (m.assignment ?? {}), v)
  writeConsumerGroupDescribeResponseAssignment(w, (m.targetAssignment ?? {}), v)
  w.taggedFields(m.unknownTaggedFields, "Member._tagged_fields")
}

/** TopicPartitions in ConsumerGroupDescribeResponse (versions 0) */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. (versions 0+) */
  topicId: string
  /** The topic name. (versions 0+) */
  topicName: string
  /** The partitions. (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readConsumerGroupDescribeResponseTopicPartitions(r: Reader, v: number): ConsumerGroupDescribeResponseTopicPartitions {
  const o: ConsumerGroupDescribeResponseTopicPartitions = {
    topicId: r.uuid("TopicPartitions.TopicId"),
    topicName: r.string(true, "TopicPartitions.TopicName"),
    partitions: readArray(r, true, v, readInt32Element, "TopicPartitions.Partitions"),
  }
  const u = r.taggedFields("TopicPartitions._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeConsumerGroupDescribeResponseTopicPartitions(w: Writer, m: MessageInit<ConsumerGroupDescribeResponseTopicPartitions>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "TopicPartitions.TopicId")
  w.string((m.topicName ?? ""), true, "TopicPartitions.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "TopicPartitions.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicPartitions._tagged_fields")
}

/** Assignment in ConsumerGroupDescribeResponse (versions 0) */
export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. (versions 0+) */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[]
  unknownTaggedFields?: TaggedField[]
}

export function defaultConsumerGroupDescribeResponseAssignment(): ConsumerGroupDescribeResponseAssignment {
  return { topicPartitions: [] }
}

function readConsumerGroupDescribeResponseAssignment(r: Reader, v: number): ConsumerGroupDescribeResponseAssignment {
  const o: ConsumerGroupDescribeResponseAssignment = {
    topicPartitions: readArray(r, true, v, readConsumerGroupDescribeResponseTopicPartitions, "Assignment.TopicPartitions"),
  }
  const u = r.taggedFields("Assignment._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeConsumerGroupDescribeResponseAssignment(w: Writer, m: MessageInit<ConsumerGroupDescribeResponseAssignment>, v: number): void {
  writeArray(w, (m.topicPartitions ?? EMPTY_ARRAY), true, false, v, writeConsumerGroupDescribeResponseTopicPartitions, "Assignment.TopicPartitions")
  w.taggedFields(m.unknownTaggedFields, "Assignment._tagged_fields")
}

export function decodeConsumerGroupDescribeResponse(r: Reader, version: number): ConsumerGroupDescribeResponse {
  r.begin("ConsumerGroupDescribeResponse", version, 0, 0)
  return readConsumerGroupDescribeResponse(r, version)
}

export function encodeConsumerGroupDescribeResponse(w: Writer, m: MessageInit<ConsumerGroupDescribeResponse>, version: number): void {
  w.begin("ConsumerGroupDescribeResponse", version, 0, 0)
  writeConsumerGroupDescribeResponse(w, m, version)
}
