// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ShareFetchRequest.json, ShareFetchResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt32Element, readInt8Element, writeArray, writeInt32Element, writeInt8Element } from '../codec.js'

/*
 * ShareFetch Request (Version: 0) => group_id member_id share_session_epoch max_wait_ms min_bytes max_bytes [topics] [forgotten_topics_data] _tagged_fields
 *   group_id => COMPACT_NULLABLE_STRING
 *   member_id => COMPACT_NULLABLE_STRING
 *   share_session_epoch => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index partition_max_bytes [acknowledgement_batches] _tagged_fields
 *       partition_index => INT32
 *       partition_max_bytes => INT32
 *       acknowledgement_batches => first_offset last_offset [acknowledge_types] _tagged_fields
 *         first_offset => INT64
 *         last_offset => INT64
 *         acknowledge_types => INT8
 *   forgotten_topics_data => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => INT32
 */
/** ShareFetchRequest (versions 0, flexible 0+) */
export interface ShareFetchRequest {
  /** The group identifier. (versions 0+, nullable 0+, default null) */
  groupId: string | null
  /** The member ID. (versions 0+, nullable 0+) */
  memberId: string | null
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. (versions 0+) */
  shareSessionEpoch: number
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (versions 0+, default 0x7fffffff) */
  maxBytes: number
  /** The topics to fetch. (versions 0+) */
  topics: ShareFetchRequestFetchTopic[]
  /** The partitions to remove from this share session. (versions 0+) */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  const o: ShareFetchRequest = {
    groupId: r.nullableString(true, true, "GroupId"),
    memberId: r.nullableString(true, true, "MemberId"),
    shareSessionEpoch: r.int32("ShareSessionEpoch"),
    maxWaitMs: r.int32("MaxWaitMs"),
    minBytes: r.int32("MinBytes"),
    maxBytes: r.int32("MaxBytes"),
    topics: readArray(r, true, v, readShareFetchRequestFetchTopic, "Topics"),
    forgottenTopicsData: readArray(r, true, v, readShareFetchRequestForgottenTopic, "ForgottenTopicsData"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchRequest(w: Writer, m: MessageInit<ShareFetchRequest>, v: number): void {
  w.nullableString((m.groupId ?? null), true, true, "GroupId")
  w.nullableString((m.memberId === undefined ? "" : m.memberId), true, true, "MemberId")
  w.int32((m.shareSessionEpoch ?? 0), "ShareSessionEpoch")
  w.int32((m.maxWaitMs ?? 0), "MaxWaitMs")
  w.int32((m.minBytes ?? 0), "MinBytes")
  w.int32((m.maxBytes ?? 2147483647), "MaxBytes")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeShareFetchRequestFetchTopic, "Topics")
  writeArray(w, (m.forgottenTopicsData ?? EMPTY_ARRAY), true, false, v, writeShareFetchRequestForgottenTopic, "ForgottenTopicsData")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** FetchTopic in ShareFetchRequest (versions 0) */
export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: string
  /** The partitions to fetch. (versions 0+) */
  partitions: ShareFetchRequestFetchPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchRequestFetchTopic(r: Reader, v: number): ShareFetchRequestFetchTopic {
  const o: ShareFetchRequestFetchTopic = {
    topicId: r.uuid("FetchTopic.TopicId"),
    partitions: readArray(r, true, v, readShareFetchRequestFetchPartition, "FetchTopic.Partitions"),
  }
  const u = r.taggedFields("FetchTopic._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchRequestFetchTopic(w: Writer, m: MessageInit<ShareFetchRequestFetchTopic>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "FetchTopic.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeShareFetchRequestFetchPartition, "FetchTopic.Partitions")
  w.taggedFields(m.unknownTaggedFields, "FetchTopic._tagged_fields")
}

/** FetchPartition in ShareFetchRequest (versions 0) */
export interface ShareFetchRequestFetchPartition {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. (versions 0+) */
  partitionMaxBytes: number
  /** Record batches to acknowledge. (versions 0+) */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchRequestFetchPartition(r: Reader, v: number): ShareFetchRequestFetchPartition {
  const o: ShareFetchRequestFetchPartition = {
    partitionIndex: r.int32("FetchPartition.PartitionIndex"),
    partitionMaxBytes: r.int32("FetchPartition.PartitionMaxBytes"),
    acknowledgementBatches: readArray(r, true, v, readShareFetchRequestAcknowledgementBatch, "FetchPartition.AcknowledgementBatches"),
  }
  const u = r.taggedFields("FetchPartition._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchRequestFetchPartition(w: Writer, m: MessageInit<ShareFetchRequestFetchPartition>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "FetchPartition.PartitionIndex")
  w.int32((m.partitionMaxBytes ?? 0), "FetchPartition.PartitionMaxBytes")
  writeArray(w, (m.acknowledgementBatches ?? EMPTY_ARRAY), true, false, v, writeShareFetchRequestAcknowledgementBatch, "FetchPartition.AcknowledgementBatches")
  w.taggedFields(m.unknownTaggedFields, "FetchPartition._tagged_fields")
}

/** AcknowledgementBatch in ShareFetchRequest (versions 0) */
export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. (versions 0+) */
  firstOffset: bigint
  /** Last offset (inclusive) of batch of records to acknowledge. (versions 0+) */
  lastOffset: bigint
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. (versions 0+) */
  acknowledgeTypes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchRequestAcknowledgementBatch(r: Reader, v: number): ShareFetchRequestAcknowledgementBatch {
  const o: ShareFetchRequestAcknowledgementBatch = {
    firstOffset: r.int64("AcknowledgementBatch.FirstOffset"),
    lastOffset: r.int64("AcknowledgementBatch.LastOffset"),
    acknowledgeTypes: readArray(r, true, v, readInt8Element, "AcknowledgementBatch.AcknowledgeTypes"),
  }
  const u = r.taggedFields("AcknowledgementBatch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchRequestAcknowledgementBatch(w: Writer, m: MessageInit<ShareFetchRequestAcknowledgementBatch>, v: number): void {
  w.int64((m.firstOffset ?? 0n), "AcknowledgementBatch.FirstOffset")
  w.int64((m.lastOffset ?? 0n), "AcknowledgementBatch.LastOffset")
  writeArray(w, (m.acknowledgeTypes ?? EMPTY_ARRAY), true, false, v, writeInt8Element, "AcknowledgementBatch.AcknowledgeTypes")
  w.taggedFields(m.unknownTaggedFields, "AcknowledgementBatch._tagged_fields")
}

/** ForgottenTopic in ShareFetchRequest (versions 0) */
export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. (versions 0+) */
  topicId: string
  /** The partitions indexes to forget. (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchRequestForgottenTopic(r: Reader, v: number): ShareFetchRequestForgottenTopic {
  const o: ShareFetchRequestForgottenTopic = {
    topicId: r.uuid("ForgottenTopic.TopicId"),
    partitions: readArray(r, true, v, readInt32Element, "ForgottenTopic.Partitions"),
  }
  const u = r.taggedFields("ForgottenTopic._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchRequestForgottenTopic(w: Writer, m: MessageInit<ShareFetchRequestForgottenTopic>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ForgottenTopic.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "ForgottenTopic.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ForgottenTopic._tagged_fields")
}

export function decodeShareFetchRequest(r: Reader, version: number): ShareFetchRequest {
  r.begin("ShareFetchRequest", version, 0, 0)
  return readShareFetchRequest(r, version)
}

export function encodeShareFetchRequest(w: Writer, m: MessageInit<ShareFetchRequest>, version: number): void {
  w.begin("ShareFetchRequest", version, 0, 0)
  writeShareFetchRequest(w, m, version)
}

/*
 * ShareFetch Response (Version: 0) => throttle_time_ms error_code error_message [responses] [node_endpoints] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   responses => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index error_code error_message acknowledge_error_code acknowledge_error_message current_leader records [acquired_records] _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       acknowledge_error_code => INT16
 *       acknowledge_error_message => COMPACT_NULLABLE_STRING
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *       records => COMPACT_RECORDS
 *       acquired_records => first_offset last_offset delivery_count _tagged_fields
 *         first_offset => INT64
 *         last_offset => INT64
 *         delivery_count => INT16
 *   node_endpoints => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 */
/** ShareFetchResponse (versions 0, flexible 0+) */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level response error code. (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The response topics. (versions 0+) */
  responses: ShareFetchResponseShareFetchableTopicResponse[]
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. (versions 0+) */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  const o: ShareFetchResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    responses: readArray(r, true, v, readShareFetchResponseShareFetchableTopicResponse, "Responses"),
    nodeEndpoints: readArray(r, true, v, readShareFetchResponseNodeEndpoint, "NodeEndpoints"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchResponse(w: Writer, m: MessageInit<ShareFetchResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "ErrorMessage")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), true, false, v, writeShareFetchResponseShareFetchableTopicResponse, "Responses")
  writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeShareFetchResponseNodeEndpoint, "NodeEndpoints")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** ShareFetchableTopicResponse in ShareFetchResponse (versions 0) */
export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. (versions 0+) */
  topicId: string
  /** The topic partitions. (versions 0+) */
  partitions: ShareFetchResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchResponseShareFetchableTopicResponse(r: Reader, v: number): ShareFetchResponseShareFetchableTopicResponse {
  const o: ShareFetchResponseShareFetchableTopicResponse = {
    topicId: r.uuid("ShareFetchableTopicResponse.TopicId"),
    partitions: readArray(r, true, v, readShareFetchResponsePartitionData, "ShareFetchableTopicResponse.Partitions"),
  }
  const u = r.taggedFields("ShareFetchableTopicResponse._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchResponseShareFetchableTopicResponse(w: Writer, m: MessageInit<ShareFetchResponseShareFetchableTopicResponse>, v: number): void {
  w.uuid((m.topicId ?? ZERO_UUID), "ShareFetchableTopicResponse.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeShareFetchResponsePartitionData, "ShareFetchableTopicResponse.Partitions")
  w.taggedFields(m.unknownTaggedFields, "ShareFetchableTopicResponse._tagged_fields")
}

/** PartitionData in ShareFetchResponse (versions 0) */
export interface ShareFetchResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The fetch error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number
  /** The fetch error message, or null if there was no fetch error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The acknowledge error code, or 0 if there was no acknowledge error. (versions 0+) */
  acknowledgeErrorCode: number
  /** The acknowledge error message, or null if there was no acknowledge error. (versions 0+, nullable 0+, default null) */
  acknowledgeErrorMessage: string | null
  /** (versions 0+) */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch
  /** The record data. (versions 0+, nullable 0+) */
  records: Uint8Array | null
  /** The acquired records. (versions 0+) */
  acquiredRecords: ShareFetchResponseAcquiredRecords[]
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchResponsePartitionData(r: Reader, v: number): ShareFetchResponsePartitionData {
  const o: ShareFetchResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    errorMessage: r.nullableString(true, true, "PartitionData.ErrorMessage"),
    acknowledgeErrorCode: r.int16("PartitionData.AcknowledgeErrorCode"),
    acknowledgeErrorMessage: r.nullableString(true, true, "PartitionData.AcknowledgeErrorMessage"),
    currentLeader: readShareFetchResponseLeaderIdAndEpoch(r, v),
    records: r.records(true, true, "PartitionData.Records"),
    acquiredRecords: readArray(r, true, v, readShareFetchResponseAcquiredRecords, "PartitionData.AcquiredRecords"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchResponsePartitionData(w: Writer, m: MessageInit<ShareFetchResponsePartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "PartitionData.ErrorMessage")
  w.int16((m.acknowledgeErrorCode ?? 0), "PartitionData.AcknowledgeErrorCode")
  w.nullableString((m.acknowledgeErrorMessage ?? null), true, true, "PartitionData.AcknowledgeErrorMessage")
  writeShareFetchResponseLeaderIdAndEpoch(w, (m.currentLeader ?? {}), v)
  w.records((m.records ?? null), true, true, "PartitionData.Records")
  writeArray(w, (m.acquiredRecords ?? EMPTY_ARRAY), true, false, v, writeShareFetchResponseAcquiredRecords, "PartitionData.AcquiredRecords")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

/** LeaderIdAndEpoch in ShareFetchResponse (versions 0) */
export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch. (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultShareFetchResponseLeaderIdAndEpoch(): ShareFetchResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 }
}

function readShareFetchResponseLeaderIdAndEpoch(r: Reader, v: number): ShareFetchResponseLeaderIdAndEpoch {
  const o: ShareFetchResponseLeaderIdAndEpoch = {
    leaderId: r.int32("LeaderIdAndEpoch.LeaderId"),
    leaderEpoch: r.int32("LeaderIdAndEpoch.LeaderEpoch"),
  }
  const u = r.taggedFields("LeaderIdAndEpoch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchResponseLeaderIdAndEpoch(w: Writer, m: MessageInit<ShareFetchResponseLeaderIdAndEpoch>, v: number): void {
  w.int32((m.leaderId ?? 0), "LeaderIdAndEpoch.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "LeaderIdAndEpoch.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "LeaderIdAndEpoch._tagged_fields")
}

/** AcquiredRecords in ShareFetchResponse (versions 0) */
export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. (versions 0+) */
  firstOffset: bigint
  /** The last offset of this batch of acquired records. (versions 0+) */
  lastOffset: bigint
  /** The delivery count of this batch of acquired records. (versions 0+) */
  deliveryCount: number
  unknownTaggedFields?: TaggedField[]
}

function readShareFetchResponseAcquiredRecords(r: Reader, v: number): ShareFetchResponseAcquiredRecords {
  const o: ShareFetchResponseAcquiredRecords = {
    firstOffset: r.int64("AcquiredRecords.FirstOffset"),
    lastOffset: r.int64("AcquiredRecords.LastOffset"),
    deliveryCount: r.int16("AcquiredRecords.DeliveryCount"),
  }
  const u = r.taggedFields("AcquiredRecords._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchResponseAcquiredRecords(w: Writer, m: MessageInit<ShareFetchResponseAcquiredRecords>, v: number): void {
  w.int64((m.firstOffset ?? 0n), "AcquiredRecords.FirstOffset")
  w.int64((m.lastOffset ?? 0n), "AcquiredRecords.LastOffset")
  w.int16((m.deliveryCount ?? 0), "AcquiredRecords.DeliveryCount")
  w.taggedFields(m.unknownTaggedFields, "AcquiredRecords._tagged_fields")
}

/** NodeEndpoint in ShareFetchResponse (versions 0) */
export interface ShareFetchResponseNodeEndpoint {
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

function readShareFetchResponseNodeEndpoint(r: Reader, v: number): ShareFetchResponseNodeEndpoint {
  const o: ShareFetchResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.int32("NodeEndpoint.Port"),
    rack: r.nullableString(true, true, "NodeEndpoint.Rack"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeShareFetchResponseNodeEndpoint(w: Writer, m: MessageInit<ShareFetchResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.int32((m.port ?? 0), "NodeEndpoint.Port")
  w.nullableString((m.rack ?? null), true, true, "NodeEndpoint.Rack")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  r.begin("ShareFetchResponse", version, 0, 0)
  return readShareFetchResponse(r, version)
}

export function encodeShareFetchResponse(w: Writer, m: MessageInit<ShareFetchResponse>, version: number): void {
  w.begin("ShareFetchResponse", version, 0, 0)
  writeShareFetchResponse(w, m, version)
}
