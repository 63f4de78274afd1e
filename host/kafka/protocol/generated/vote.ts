// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions VoteRequest.json, VoteResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * Vote Request (Version: 0) => cluster_id [topics] _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index candidate_epoch candidate_id last_offset_epoch last_offset _tagged_fields
 *       partition_index => INT32
 *       candidate_epoch => INT32
 *       candidate_id => INT32
 *       last_offset_epoch => INT32
 *       last_offset => INT64
 * Vote Request (Version: 1) => cluster_id voter_id [topics] _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   voter_id => INT32
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index candidate_epoch candidate_id candidate_directory_id voter_directory_id last_offset_epoch last_offset _tagged_fields
 *       partition_index => INT32
 *       candidate_epoch => INT32
 *       candidate_id => INT32
 *       candidate_directory_id => UUID
 *       voter_directory_id => UUID
 *       last_offset_epoch => INT32
 *       last_offset => INT64
 */
/** VoteRequest (versions 0-1, flexible 0+) */
export interface VoteRequest {
  /** (versions 0+, nullable 0+, default null) */
  clusterId: string | null
  /** The replica id of the voter receiving the request (versions 1+, ignorable, default -1) */
  voterId: number
  /** (versions 0+) */
  topics: VoteRequestTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readVoteRequest(r: Reader, v: number): VoteRequest {
  const o: VoteRequest = {
    clusterId: r.nullableString(true, true, "ClusterId"),
    voterId: v === 1 ? r.int32("VoterId") : -1,
    topics: readArray(r, true, v, readVoteRequestTopicData, "Topics"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteRequest(w: Writer, m: MessageInit<VoteRequest>, v: number): void {
  w.nullableString((m.clusterId ?? null), true, true, "ClusterId")
  if (v === 1) w.int32((m.voterId ?? -1), "VoterId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeVoteRequestTopicData, "Topics")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TopicData in VoteRequest (versions 0-1) */
export interface VoteRequestTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: VoteRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readVoteRequestTopicData(r: Reader, v: number): VoteRequestTopicData {
  const o: VoteRequestTopicData = {
    topicName: r.string(true, "TopicData.TopicName"),
    partitions: readArray(r, true, v, readVoteRequestPartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteRequestTopicData(w: Writer, m: MessageInit<VoteRequestTopicData>, v: number): void {
  w.string((m.topicName ?? ""), true, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeVoteRequestPartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in VoteRequest (versions 0-1) */
export interface VoteRequestPartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The bumped epoch of the candidate sending the request (versions 0+) */
  candidateEpoch: number
  /** The replica id of the voter sending the request (versions 0+) */
  candidateId: number
  /** The directory id of the voter sending the request (versions 1+, ignorable) */
  candidateDirectoryId: string
  /** The ID of the voter sending the request (versions 1+, ignorable) */
  voterDirectoryId: string
  /** The epoch of the last record written to the metadata log (versions 0+) */
  lastOffsetEpoch: number
  /** The offset of the last record written to the metadata log (versions 0+) */
  lastOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readVoteRequestPartitionData(r: Reader, v: number): VoteRequestPartitionData {
  const o: VoteRequestPartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    candidateEpoch: r.int32("PartitionData.CandidateEpoch"),
    candidateId: r.int32("PartitionData.CandidateId"),
    candidateDirectoryId: v === 1 ? r.uuid("PartitionData.CandidateDirectoryId") : ZERO_UUID,
    voterDirectoryId: v === 1 ? r.uuid("PartitionData.VoterDirectoryId") : ZERO_UUID,
    lastOffsetEpoch: r.int32("PartitionData.LastOffsetEpoch"),
    lastOffset: r.int64("PartitionData.LastOffset"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteRequestPartitionData(w: Writer, m: MessageInit<VoteRequestPartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int32((m.candidateEpoch ?? 0), "PartitionData.CandidateEpoch")
  w.int32((m.candidateId ?? 0), "PartitionData.CandidateId")
  if (v === 1) w.uuid((m.candidateDirectoryId ?? ZERO_UUID), "PartitionData.CandidateDirectoryId")
  if (v === 1) w.uuid((m.voterDirectoryId ?? ZERO_UUID), "PartitionData.VoterDirectoryId")
  w.int32((m.lastOffsetEpoch ?? 0), "PartitionData.LastOffsetEpoch")
  w.int64((m.lastOffset ?? 0n), "PartitionData.LastOffset")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

export function decodeVoteRequest(r: Reader, version: number): VoteRequest {
  r.begin("VoteRequest", version, 0, 1)
  return readVoteRequest(r, version)
}

export function encodeVoteRequest(w: Writer, m: MessageInit<VoteRequest>, version: number): void {
  w.begin("VoteRequest", version, 0, 1)
  writeVoteRequest(w, m, version)
}

/*
 * Vote Response (Version: 0) => error_code [topics] _tagged_fields
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch vote_granted _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       vote_granted => BOOLEAN
 * Vote Response (Version: 1) => error_code [topics] _tagged_fields{0:node_endpoints}
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch vote_granted _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       vote_granted => BOOLEAN
 *   node_endpoints => node_id host port _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => UINT16
 */
/** VoteResponse (versions 0-1, flexible 0+) */
export interface VoteResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  topics: VoteResponseTopicData[]
  /** Endpoints for all current-leaders enumerated in PartitionData (versions 1+, tag 0 in 1+) */
  nodeEndpoints: VoteResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readVoteResponse(r: Reader, v: number): VoteResponse {
  const o: VoteResponse = {
    errorCode: r.int16("ErrorCode"),
    topics: readArray(r, true, v, readVoteResponseTopicData, "Topics"),
    nodeEndpoints: [],
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("_tagged_fields")
    const end = r.enterTaggedField("_tagged_fields")
    switch (tag) {
      case 0: if (v === 1) o.nodeEndpoints = readArray(r, true, v, readVoteResponseNodeEndpoint, "NodeEndpoints"); else u = r.unknownTaggedField(u, tag); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "_tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteResponse(w: Writer, m: MessageInit<VoteResponse>, v: number): void {
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeVoteResponseTopicData, "Topics")
  if (!(v === 1) && nonEmpty(m.nodeEndpoints)) w.notInVersion("NodeEndpoints")
  const u = m.unknownTaggedFields
  const t0 = v === 1 && nonEmpty(m.nodeEndpoints)
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
    w.uvarint(0, "_tagged_fields")
    const s = w.beginSized()
    writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeVoteResponseNodeEndpoint, "NodeEndpoints")
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
}

/** TopicData in VoteResponse (versions 0-1) */
export interface VoteResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: VoteResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readVoteResponseTopicData(r: Reader, v: number): VoteResponseTopicData {
  const o: VoteResponseTopicData = {
    topicName: r.string(true, "TopicData.TopicName"),
    partitions: readArray(r, true, v, readVoteResponsePartitionData, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteResponseTopicData(w: Writer, m: MessageInit<VoteResponseTopicData>, v: number): void {
  w.string((m.topicName ?? ""), true, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeVoteResponsePartitionData, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

/** PartitionData in VoteResponse (versions 0-1) */
export interface VoteResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** (versions 0+) */
  errorCode: number
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  /** True if the vote was granted and false otherwise (versions 0+) */
  voteGranted: boolean
  unknownTaggedFields?: TaggedField[]
}

function readVoteResponsePartitionData(r: Reader, v: number): VoteResponsePartitionData {
  const o: VoteResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    leaderId: r.int32("PartitionData.LeaderId"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
    voteGranted: r.bool("PartitionData.VoteGranted"),
  }
  const u = r.taggedFields("PartitionData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteResponsePartitionData(w: Writer, m: MessageInit<VoteResponsePartitionData>, v: number): void {
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.int32((m.leaderId ?? 0), "PartitionData.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  w.bool((m.voteGranted ?? false), "PartitionData.VoteGranted")
  w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
}

/** NodeEndpoint in VoteResponse (versions 1) */
export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readVoteResponseNodeEndpoint(r: Reader, v: number): VoteResponseNodeEndpoint {
  const o: VoteResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.uint16("NodeEndpoint.Port"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVoteResponseNodeEndpoint(w: Writer, m: MessageInit<VoteResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.uint16((m.port ?? 0), "NodeEndpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeVoteResponse(r: Reader, version: number): VoteResponse {
  r.begin("VoteResponse", version, 0, 1)
  return readVoteResponse(r, version)
}

export function encodeVoteResponse(w: Writer, m: MessageInit<VoteResponse>, version: number): void {
  w.begin("VoteResponse", version, 0, 1)
  writeVoteResponse(w, m, version)
}
