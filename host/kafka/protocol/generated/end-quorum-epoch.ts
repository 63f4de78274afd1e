// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions EndQuorumEpochRequest.json, EndQuorumEpochResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * EndQuorumEpoch Request (Version: 0) => cluster_id [topics]
 *   cluster_id => NULLABLE_STRING
 *   topics => topic_name [partitions]
 *     topic_name => STRING
 *     partitions => partition_index leader_id leader_epoch [preferred_successors]
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       preferred_successors => INT32
 * EndQuorumEpoch Request (Version: 1) => cluster_id [topics] [leader_endpoints] _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index leader_id leader_epoch [preferred_candidates] _tagged_fields
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       preferred_candidates => candidate_id candidate_directory_id _tagged_fields
 *         candidate_id => INT32
 *         candidate_directory_id => UUID
 *   leader_endpoints => name host port _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 */
/** EndQuorumEpochRequest (versions 0-1, flexible 1+) */
export interface EndQuorumEpochRequest {
  /** (versions 0+, nullable 0+, default null) */
  clusterId: string | null
  /** (versions 0+) */
  topics: EndQuorumEpochRequestTopicData[]
  /** Endpoints for the leader (versions 1+, ignorable) */
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  const flex = v === 1
  const o: EndQuorumEpochRequest = {
    clusterId: r.nullableString(flex, true, "ClusterId"),
    topics: readArray(r, flex, v, readEndQuorumEpochRequestTopicData, "Topics"),
    leaderEndpoints: v === 1 ? readArray(r, flex, v, readEndQuorumEpochRequestLeaderEndpoint, "LeaderEndpoints") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndQuorumEpochRequest(w: Writer, m: MessageInit<EndQuorumEpochRequest>, v: number): void {
  const flex = v === 1
  w.nullableString((m.clusterId ?? null), flex, true, "ClusterId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeEndQuorumEpochRequestTopicData, "Topics")
  if (v === 1) writeArray(w, (m.leaderEndpoints ?? EMPTY_ARRAY), flex, false, v, writeEndQuorumEpochRequestLeaderEndpoint, "LeaderEndpoints")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicData in EndQuorumEpochRequest (versions 0-1) */
export interface EndQuorumEpochRequestTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: EndQuorumEpochRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochRequestTopicData(r: Reader, v: number): EndQuorumEpochRequestTopicData {
  const flex = v === 1
  const o: EndQuorumEpochRequestTopicData = {
    topicName: r.string(flex, "TopicData.TopicName"),
    partitions: readArray(r, flex, v, readEndQuorumEpochRequestPartitionData, "TopicData.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TopicData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndQuorumEpochRequestTopicData(w: Writer, m: MessageInit<EndQuorumEpochRequestTopicData>, v: number): void {
  const flex = v === 1
  w.string((m.topicName ?? ""), flex, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeEndQuorumEpochRequestPartitionData, "TopicData.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  }
}

/** PartitionData in EndQuorumEpochRequest (versions 0-1) */
export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The current leader ID that is resigning (versions 0+) */
  leaderId: number
  /** The current epoch (versions 0+) */
  leaderEpoch: number
  /** A sorted list of preferred successors to start the election (versions 0, ignorable) */
  preferredSuccessors: number[]
  /** A sorted list of preferred candidates to start the election (versions 1+, ignorable) */
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[]
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochRequestPartitionData(r: Reader, v: number): EndQuorumEpochRequestPartitionData {
  const flex = v === 1
  const o: EndQuorumEpochRequestPartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    leaderId: r.int32("PartitionData.LeaderId"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
    preferredSuccessors: v === 0 ? readArray(r, flex, v, readInt32Element, "PartitionData.PreferredSuccessors") : [],
    preferredCandidates: v === 1 ? readArray(r, flex, v, readEndQuorumEpochRequestReplicaInfo, "PartitionData.PreferredCandidates") : [],
  }
  if (flex) {
    const u = r.taggedFields("PartitionData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndQuorumEpochRequestPartitionData(w: Writer, m: MessageInit<EndQuorumEpochRequestPartitionData>, v: number): void {
  const flex = v === 1
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int32((m.leaderId ?? 0), "PartitionData.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  if (v === 0) writeArray(w, (m.preferredSuccessors ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "PartitionData.PreferredSuccessors")
  if (v === 1) writeArray(w, (m.preferredCandidates ?? EMPTY_ARRAY), flex, false, v, writeEndQuorumEpochRequestReplicaInfo, "PartitionData.PreferredCandidates")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  }
}

/** ReplicaInfo in EndQuorumEpochRequest (versions 1) */
export interface EndQuorumEpochRequestReplicaInfo {
  /** (versions 1+) */
  candidateId: number
  /** (versions 1+) */
  candidateDirectoryId: string
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochRequestReplicaInfo(r: Reader, v: number): EndQuorumEpochRequestReplicaInfo {
  const o: EndQuorumEpochRequestReplicaInfo = {
    candidateId: r.int32("ReplicaInfo.CandidateId"),
    candidateDirectoryId: r.uuid("ReplicaInfo.CandidateDirectoryId"),
  }
  const u = r.taggedFields("ReplicaInfo._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeEndQuorumEpochRequestReplicaInfo(w: Writer, m: MessageInit<EndQuorumEpochRequestReplicaInfo>, v: number): void {
  w.int32((m.candidateId ?? 0), "ReplicaInfo.CandidateId")
  w.uuid((m.candidateDirectoryId ?? ZERO_UUID), "ReplicaInfo.CandidateDirectoryId")
  w.taggedFields(m.unknownTaggedFields, "ReplicaInfo._tagged_fields")
}

/** LeaderEndpoint in EndQuorumEpochRequest (versions 1) */
export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint (versions 1+) */
  name: string
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochRequestLeaderEndpoint(r: Reader, v: number): EndQuorumEpochRequestLeaderEndpoint {
  const o: EndQuorumEpochRequestLeaderEndpoint = {
    name: r.string(true, "LeaderEndpoint.Name"),
    host: r.string(true, "LeaderEndpoint.Host"),
    port: r.uint16("LeaderEndpoint.Port"),
  }
  const u = r.taggedFields("LeaderEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeEndQuorumEpochRequestLeaderEndpoint(w: Writer, m: MessageInit<EndQuorumEpochRequestLeaderEndpoint>, v: number): void {
  w.string((m.name ?? ""), true, "LeaderEndpoint.Name")
  w.string((m.host ?? ""), true, "LeaderEndpoint.Host")
  w.uint16((m.port ?? 0), "LeaderEndpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "LeaderEndpoint._tagged_fields")
}

export function decodeEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  r.begin("EndQuorumEpochRequest", version, 0, 1)
  return readEndQuorumEpochRequest(r, version)
}

export function encodeEndQuorumEpochRequest(w: Writer, m: MessageInit<EndQuorumEpochRequest>, version: number): void {
  w.begin("EndQuorumEpochRequest", version, 0, 1)
  writeEndQuorumEpochRequest(w, m, version)
}

/*
 * EndQuorumEpoch Response (Version: 0) => error_code [topics]
 *   error_code => INT16
 *   topics => topic_name [partitions]
 *     topic_name => STRING
 *     partitions => partition_index error_code leader_id leader_epoch
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 * EndQuorumEpoch Response (Version: 1) => error_code [topics] _tagged_fields{0:node_endpoints}
 *   error_code => INT16
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index error_code leader_id leader_epoch _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 *   node_endpoints => node_id host port _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => UINT16
 */
/** EndQuorumEpochResponse (versions 0-1, flexible 1+) */
export interface EndQuorumEpochResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  topics: EndQuorumEpochResponseTopicData[]
  /** Endpoints for all leaders enumerated in PartitionData (versions 1+, tag 0 in 1+) */
  nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  const flex = v === 1
  const o: EndQuorumEpochResponse = {
    errorCode: r.int16("ErrorCode"),
    topics: readArray(r, flex, v, readEndQuorumEpochResponseTopicData, "Topics"),
    nodeEndpoints: [],
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: o.nodeEndpoints = readArray(r, true, v, readEndQuorumEpochResponseNodeEndpoint, "NodeEndpoints"); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndQuorumEpochResponse(w: Writer, m: MessageInit<EndQuorumEpochResponse>, v: number): void {
  const flex = v === 1
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeEndQuorumEpochResponseTopicData, "Topics")
  if (!(v === 1) && nonEmpty(m.nodeEndpoints)) w.notInVersion("NodeEndpoints")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = nonEmpty(m.nodeEndpoints)
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
      w.uvarint(0, "_tagged_fields")
      const s = w.beginSized()
      writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeEndQuorumEpochResponseNodeEndpoint, "NodeEndpoints")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicData in EndQuorumEpochResponse (versions 0-1) */
export interface EndQuorumEpochResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: EndQuorumEpochResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochResponseTopicData(r: Reader, v: number): EndQuorumEpochResponseTopicData {
  const flex = v === 1
  const o: EndQuorumEpochResponseTopicData = {
    topicName: r.string(flex, "TopicData.TopicName"),
    partitions: readArray(r, flex, v, readEndQuorumEpochResponsePartitionData, "TopicData.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TopicData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndQuorumEpochResponseTopicData(w: Writer, m: MessageInit<EndQuorumEpochResponseTopicData>, v: number): void {
  const flex = v === 1
  w.string((m.topicName ?? ""), flex, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeEndQuorumEpochResponsePartitionData, "TopicData.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  }
}

/** PartitionData in EndQuorumEpochResponse (versions 0-1) */
export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** (versions 0+) */
  errorCode: number
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochResponsePartitionData(r: Reader, v: number): EndQuorumEpochResponsePartitionData {
  const flex = v === 1
  const o: EndQuorumEpochResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    leaderId: r.int32("PartitionData.LeaderId"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
  }
  if (flex) {
    const u = r.taggedFields("PartitionData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeEndQuorumEpochResponsePartitionData(w: Writer, m: MessageInit<EndQuorumEpochResponsePartitionData>, v: number): void {
  const flex = v === 1
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.int32((m.leaderId ?? 0), "PartitionData.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  }
}

/** NodeEndpoint in EndQuorumEpochResponse (versions 1) */
export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readEndQuorumEpochResponseNodeEndpoint(r: Reader, v: number): EndQuorumEpochResponseNodeEndpoint {
  const o: EndQuorumEpochResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.uint16("NodeEndpoint.Port"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeEndQuorumEpochResponseNodeEndpoint(w: Writer, m: MessageInit<EndQuorumEpochResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.uint16((m.port ?? 0), "NodeEndpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  r.begin("EndQuorumEpochResponse", version, 0, 1)
  return readEndQuorumEpochResponse(r, version)
}

export function encodeEndQuorumEpochResponse(w: Writer, m: MessageInit<EndQuorumEpochResponse>, version: number): void {
  w.begin("EndQuorumEpochResponse", version, 0, 1)
  writeEndQuorumEpochResponse(w, m, version)
}
