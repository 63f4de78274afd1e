// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt8Element, writeArray, writeInt8Element } from '../codec.js'

/*
 * ShareAcknowledge Request (Version: 0) => group_id member_id share_session_epoch [topics] _tagged_fields
 *   group_id => COMPACT_NULLABLE_STRING
 *   member_id => COMPACT_NULLABLE_STRING
 *   share_session_epoch => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index [acknowledgement_batches] _tagged_fields
 *       partition_index => INT32
 *       acknowledgement_batches => first_offset last_offset [acknowledge_types] _tagged_fields
 *         first_offset => INT64
 *         last_offset => INT64
 *         acknowledge_types => INT8
 */
/** ShareAcknowledgeRequest (versions 0, flexible 0+) */
export interface ShareAcknowledgeRequest {
  /** The group identifier. (versions 0+, nullable 0+, default null) */
  groupId: string | null
  /** The member ID. (versions 0+, nullable 0+) */
  memberId: string | null
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0+) */
  shareSessionEpoch: number
  /** The topics containing records to acknowledge. (versions 0+) */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  const o: ShareAcknowledgeRequest = {
    groupId: r.nullableString(true, true, "GroupId"),
    memberId: r.nullableString(true, true, "MemberId"),
    shareSessionEpoch: r.int32("ShareSessionEpoch"),
    topics: readArray(r, true, v, readShareAcknowledgeRequestAcknowledgeTopic, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeRequest(w: Writer, m: MessageInit<ShareAcknowledgeRequest>, v: number): void {
  w.nullableString((m.groupId ?? null), true, true, "GroupId")
  w.nullableString((m.memberId === undefined ? "" : m.memberId), true, true, "MemberId")
  w.int32((m.shareSessionEpoch ?? 0), "ShareSessionEpoch")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeShareAcknowledgeRequestAcknowledgeTopic, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** AcknowledgeTopic in ShareAcknowledgeRequest (versions 0) */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: string
  /** The partitions containing records to acknowledge. (versions 0+) */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[]
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeRequestAcknowledgeTopic(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgeTopic {
  const o: ShareAcknowledgeRequestAcknowledgeTopic = {
    topicId: r.uuid("AcknowledgeTopic.TopicId"),
    partitions: readArray(r, true, v, readShareAcknowledgeRequestAcknowledgePartition, "AcknowledgeTopic.Partitions"),
  }
  const u = r.taggedFields("AcknowledgeTopic._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, m: MessageInit<ShareAcknowledgeRequestAcknowledgeTopic>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "AcknowledgeTopic.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeShareAcknowledgeRequestAcknowledgePartition, "AcknowledgeTopic.Partitions")
  w.taggedFields(m.unknownTaggedFields, "AcknowledgeTopic._tagged_fields")
}

/** AcknowledgePartition in ShareAcknowledgeRequest (versions 0) */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** Record batches to acknowledge. (versions 0+) */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[]
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeRequestAcknowledgePartition(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgePartition {
  const o: ShareAcknowledgeRequestAcknowledgePartition = {
    partitionIndex: r.int32("AcknowledgePartition.PartitionIndex"),
    acknowledgementBatches: readArray(r, true, v, readShareAcknowledgeRequestAcknowledgementBatch, "AcknowledgePartition.AcknowledgementBatches"),
  }
  const u = r.taggedFields("AcknowledgePartition._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeRequestAcknowledgePartition(w: Writer, m: MessageInit<ShareAcknowledgeRequestAcknowledgePartition>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "AcknowledgePartition.PartitionIndex")
  writeArray(w, (m.acknowledgementBatches ?? EMPTY_ARRAY), true, false, v, writeShareAcknowledgeRequestAcknowledgementBatch, "AcknowledgePartition.AcknowledgementBatches")
  w.taggedFields(m.unknownTaggedFields, "AcknowledgePartition._tagged_fields")
}

/** AcknowledgementBatch in ShareAcknowledgeRequest (versions 0) */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0+) */
  firstOffset: bigint
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0+) */
  lastOffset: bigint
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (versions 0+) */
  acknowledgeTypes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeRequestAcknowledgementBatch(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgementBatch {
  const o: ShareAcknowledgeRequestAcknowledgementBatch = {
    firstOffset: r.int64("AcknowledgementBatch.FirstOffset"),
    lastOffset: r.int64("AcknowledgementBatch.LastOffset"),
    acknowledgeTypes: readArray(r, true, v, readInt8Element, "AcknowledgementBatch.AcknowledgeTypes"),
  }
  const u = r.taggedFields("AcknowledgementBatch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, m: MessageInit<ShareAcknowledgeRequestAcknowledgementBatch>, v: number): void {
  w.int64((m.firstOffset ?? 0n), "AcknowledgementBatch.FirstOffset")
  w.int64((m.lastOffset ?? 0n), "AcknowledgementBatch.LastOffset")
  writeArray(w, (m.acknowledgeTypes ?? EMPTY_ARRAY), true, false, v, writeInt8Element, "AcknowledgementBatch.AcknowledgeTypes")
  w.taggedFields(m.unknownTaggedFields, "AcknowledgementBatch._tagged_fields")
}

export function decodeShareAcknowledgeRequest(r: Reader, version: number): ShareAcknowledgeRequest {
  r.begin("ShareAcknowledgeRequest", version, 0, 0)
  return readShareAcknowledgeRequest(r, version)
}

export function encodeShareAcknowledgeRequest(w: Writer, m: MessageInit<ShareAcknowledgeRequest>, version: number): void {
  w.begin("ShareAcknowledgeRequest", version, 0, 0)
  writeShareAcknowledgeRequest(w, m, version)
}

/*
 * ShareAcknowledge Response (Version: 0) => throttle_time_ms error_code error_message [responses] [node_endpoints] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   responses => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index error_code error_message current_leader _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *   node_endpoints => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 */
/** ShareAcknowledgeResponse (versions 0, flexible 0+) */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+, ignorable) */
  throttleTimeMs: number
  /** The top level response error code. (versions 0+, ignorable) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The response topics. (versions 0+) */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[]
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0+) */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  const o: ShareAcknowledgeResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    responses: readArray(r, true, v, readShareAcknowledgeResponseShareAcknowledgeTopicResponse, "Responses"),
    nodeEndpoints: readArray(r, true, v, readShareAcknowledgeResponseNodeEndpoint, "NodeEndpoints"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeResponse(w: Writer, m: MessageInit<ShareAcknowledgeResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "ErrorMessage")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), true, false, v, writeShareAcknowledgeResponseShareAcknowledgeTopicResponse, "Responses")
  writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeShareAcknowledgeResponseNodeEndpoint, "NodeEndpoints")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ShareAcknowledgeTopicResponse in ShareAcknowledgeResponse (versions 0) */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. (versions 0+, ignorable) */
  topicId: string
  /** The topic partitions. (versions 0+) */
  partitions: ShareAcknowledgeResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, v: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const o: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = {
    topicId: r.uuid("ShareAcknowledgeTopicResponse.TopicId"),
    partitions: readArray(r, true, v, readShareAcknowledgeResponsePartitionData, "ShareAcknowledgeTopicResponse.Partitions"),
  }
  const u = r.taggedFields("ShareAcknowledgeTopicResponse._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, m: MessageInit<ShareAcknowledgeResponseShareAcknowledgeTopicResponse>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ShareAcknowledgeTopicResponse.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeShareAcknowledgeResponsePartitionData, "ShareAcknowledgeTopicResponse.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ShareAcknowledgeTopicResponse._tagged_fields")
}

/** PartitionData in ShareAcknowledgeResponse (versions 0) */
export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** (versions 0+) */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeResponsePartitionData(r: Reader, v: number): ShareAcknowledgeResponsePartitionData {
  const o: ShareAcknowledgeResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionData.ErrorMessage"),
    currentLeader: readShareAcknowledgeResponseLeaderIdAndEpoch(r, v),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeResponsePartitionData(w: Writer, m: MessageInit<ShareAcknowledgeResponsePartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionData.ErrorMessage")
  writeShareAcknowledgeResponseLeaderIdAndEpoch(w, (m.currentLeader ?? {}), v)
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

/** LeaderIdAndEpoch in ShareAcknowledgeResponse (versions 0) */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch. (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareAcknowledgeResponseLeaderIdAndEpoch(): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 }
}

function readShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, v: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const o: ShareAcknowledgeResponseLeaderIdAndEpoch = {
    leaderId: r.int32("LeaderIdAndEpoch.LeaderId"),
    leaderEpoch: r.int32("LeaderIdAndEpoch.LeaderEpoch"),
  }
  const u = r.taggedFields("LeaderIdAndEpoch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, m: MessageInit<ShareAcknowledgeResponseLeaderIdAndEpoch>, v: number): void {
  w.int32((m.leaderId ?? 0), "LeaderIdAndEpoch.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "LeaderIdAndEpoch.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "LeaderIdAndEpoch._tagged_fields")
}

/** NodeEndpoint in ShareAcknowledgeResponse (versions 0) */
export interface ShareAcknowledgeResponseNodeEndpoint {
  /** The ID of the associated node. (versions 0+) */
  nodeId: number
  /** The node's hostname. (versions 0+) */
  host: string
  /** The node's port. (versions 0+) */
  port: number
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 0+, nullable 0+, default null) */
  rack: string | null
  unknownTaggedFields?: TaggedField[]
}

function readShareAcknowledgeResponseNodeEndpoint(r: Reader, v: number): ShareAcknowledgeResponseNodeEndpoint {
  const o: ShareAcknowledgeResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.int32("NodeEndpoint.Port"),
    rack: r.nullableString(true, true, "NodeEndpoint.Rack"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareAcknowledgeResponseNodeEndpoint(w: Writer, m: MessageInit<ShareAcknowledgeResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.int32((m.port ?? 0), "NodeEndpoint.Port")
  w.nullableString((m.rack ?? null), true, true, "NodeEndpoint.Rack")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  r.begin("ShareAcknowledgeResponse", version, 0, 0)
  return readShareAcknowledgeResponse(r, version)
}

export function encodeShareAcknowledgeResponse(w: Writer, m: MessageInit<ShareAcknowledgeResponse>, version: number): void {
  w.begin("ShareAcknowledgeResponse", version, 0, 0)
  writeShareAcknowledgeResponse(w, m, version)
}
