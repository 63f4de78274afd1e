// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * BeginQuorumEpoch Request (Version: 0) => cluster_id [topics]
 *   cluster_id => NULLABLE_STRING
 *   topics => topic_name [partitions]
 *     topic_name => STRING
 *     partitions => partition_index leader_id leader_epoch
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 * BeginQuorumEpoch Request (Version: 1) => cluster_id voter_id [topics] [leader_endpoints] _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   voter_id => INT32
 *   topics => topic_name [partitions] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partitions => partition_index voter_directory_id leader_id leader_epoch _tagged_fields
 *       partition_index => INT32
 *       voter_directory_id => UUID
 *       leader_id => INT32
 *       leader_epoch => INT32
 *   leader_endpoints => name host port _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 */
/** BeginQuorumEpochRequest (versions 0-1, flexible 1+) */
export interface BeginQuorumEpochRequest {
  /** (versions 0+, nullable 0+, default null) */
  clusterId: string | null
  /** The replica id of the voter receiving the request (versions 1+, ignorable, default -1) */
  voterId: number
  /** (versions 0+) */
  topics: BeginQuorumEpochRequestTopicData[]
  /** Endpoints for the leader (versions 1+, ignorable) */
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  const flex = v === 1
  const o: BeginQuorumEpochRequest = {
    clusterId: r.nullableString(flex, true, "ClusterId"),
    voterId: v === 1 ? r.int32("VoterId") : -1,
    topics: readArray(r, flex, v, readBeginQuorumEpochRequestTopicData, "Topics"),
    leaderEndpoints: v === 1 ? readArray(r, flex, v, readBeginQuorumEpochRequestLeaderEndpoint, "LeaderEndpoints") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeBeginQuorumEpochRequest(w: Writer, m: MessageInit<BeginQuorumEpochRequest>, v: number): void {
  const flex = v === 1
  w.nullableString((m.clusterId ?? null), flex, true, "ClusterId")
  if (v === 1) w.int32((m.voterId ?? -1), "VoterId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeBeginQuorumEpochRequestTopicData, "Topics")
  if (v === 1) writeArray(w, (m.leaderEndpoints ?? EMPTY_ARRAY), flex, false, v, writeBeginQuorumEpochRequestLeaderEndpoint, "LeaderEndpoints")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicData in BeginQuorumEpochRequest (versions 0-1) */
export interface BeginQuorumEpochRequestTopicData {
  /** The topic name (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: BeginQuorumEpochRequestPartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochRequestTopicData(r: Reader, v: number): BeginQuorumEpochRequestTopicData {
  const flex = v === 1
  const o: BeginQuorumEpochRequestTopicData = {
    topicName: r.string(flex, "TopicData.TopicName"),
    partitions: readArray(r, flex, v, readBeginQuorumEpochRequestPartitionData, "TopicData.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TopicData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeBeginQuorumEpochRequestTopicData(w: Writer, m: MessageInit<BeginQuorumEpochRequestTopicData>, v: number): void {
  const flex = v === 1
  w.string((m.topicName ?? ""), flex, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeBeginQuorumEpochRequestPartitionData, "TopicData.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  }
}

/** PartitionData in BeginQuorumEpochRequest (versions 0-1) */
export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index (versions 0+) */
  partitionIndex: number
  /** The directory id of the receiving replica (versions 1+, ignorable) */
  voterDirectoryId: string
  /** The ID of the newly elected leader (versions 0+) */
  leaderId: number
  /** The epoch of the newly elected leader (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochRequestPartitionData(r: Reader, v: number): BeginQuorumEpochRequestPartitionData {
  const flex = v === 1
  const o: BeginQuorumEpochRequestPartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    voterDirectoryId: v === 1 ? r.uuid("PartitionData.VoterDirectoryId") : ZERO_UUID,
    leaderId: r.int32("PartitionData.LeaderId"),
    leaderEpoch: r.int32("PartitionData.LeaderEpoch"),
  }
  if (flex) {
    const u = r.taggedFields("PartitionData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeBeginQuorumEpochRequestPartitionData(w: Writer, m: MessageInit<BeginQuorumEpochRequestPartitionData>, v: number): void {
  const flex = v === 1
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  if (v === 1) w.uuid((m.voterDirectoryId ?? ZERO_UUID), "PartitionData.VoterDirectoryId")
  w.int32((m.leaderId ?? 0), "PartitionData.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "PartitionData.LeaderEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  }
}

/** LeaderEndpoint in BeginQuorumEpochRequest (versions 1) */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint (versions 1+) */
  name: string
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochRequestLeaderEndpoint(r: Reader, v: number): BeginQuorumEpochRequestLeaderEndpoint {
  const o: BeginQuorumEpochRequestLeaderEndpoint = {
    name: r.string(true, "LeaderEndpoint.Name"),
    host: r.string(true, "LeaderEndpoint.Host"),
    port: r.uint16("LeaderEndpoint.Port"),
  }
  const u = r.taggedFields("LeaderEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, m: MessageInit<BeginQuorumEpochRequestLeaderEndpoint>, v: number): void {
  w.string((m.name ?? ""), true, "LeaderEndpoint.Name")
  w.string((m.host ?? ""), true, "LeaderEndpoint.Host")
  w.uint16((m.port ?? 0), "LeaderEndpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "LeaderEndpoint._tagged_fields")
}

export function decodeBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  r.begin("BeginQuorumEpochRequest", version, 0, 1)
  return readBeginQuorumEpochRequest(r, version)
}

export function encodeBeginQuorumEpochRequest(w: Writer, m: MessageInit<BeginQuorumEpochRequest>, version: number): void {
  w.begin("BeginQuorumEpochRequest", version, 0, 1)
  writeBeginQuorumEpochRequest(w, m, version)
}

/*
 * BeginQuorumEpoch Response (Version: 0) => error_code [topics]
 *   error_code => INT16
 *   topics => topic_name [partitions]
 *     topic_name => STRING
 *     partitions => partition_index error_code leader_id leader_epoch
 *       partition_index => INT32
 *       error_code => INT16
 *       leader_id => INT32
 *       leader_epoch => INT32
 * BeginQuorumEpoch Response (Version: 1) => error_code [topics] _tagged_fields{0:node_endpoints}
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
/** BeginQuorumEpochResponse (versions 0-1, flexible 1+) */
export interface BeginQuorumEpochResponse {
  /** The top level error code. (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  topics: BeginQuorumEpochResponseTopicData[]
  /** Endpoints for all leaders enumerated in PartitionData (versions 1+, tag 0 in 1+) */
  nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  const flex = v === 1
  const o: BeginQuorumEpochResponse = {
    errorCode: r.int16("ErrorCode"),
    topics: readArray(r, flex, v, readBeginQuorumEpochResponseTopicData, "Topics"),
    nodeEndpoints: [],
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: o.nodeEndpoints = readArray(r, true, v, readBeginQuorumEpochResponseNodeEndpoint, "NodeEndpoints"); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeBeginQuorumEpochResponse(w: Writer, m: MessageInit<BeginQuorumEpochResponse>, v: number): void {
  const flex = v === 1
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeBeginQuorumEpochResponseTopicData, "Topics")
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
      writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeBeginQuorumEpochResponseNodeEndpoint, "NodeEndpoints")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicData in BeginQuorumEpochResponse (versions 0-1) */
export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. (versions 0+) */
  topicName: string
  /** (versions 0+) */
  partitions: BeginQuorumEpochResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochResponseTopicData(r: Reader, v: number): BeginQuorumEpochResponseTopicData {
  const flex = v === 1
  const o: BeginQuorumEpochResponseTopicData = {
    topicName: r.string(flex, "TopicData.TopicName"),
    partitions: readArray(r, flex, v, readBeginQuorumEpochResponsePartitionData, "TopicData.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("TopicData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeBeginQuorumEpochResponseTopicData(w: Writer, m: MessageInit<BeginQuorumEpochResponseTopicData>, v: number): void {
  const flex = v === 1
  w.string((m.topicName ?? ""), flex, "TopicData.TopicName")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeBeginQuorumEpochResponsePartitionData, "TopicData.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
  }
}

/** PartitionData in BeginQuorumEpochResponse (versions 0-1) */
export interface BeginQuorumEpochResponsePartitionData {
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

function readBeginQuorumEpochResponsePartitionData(r: Reader, v: number): BeginQuorumEpochResponsePartitionData {
  const flex = v === 1
  const o: BeginQuorumEpochResponsePartitionData = {
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

function writeBeginQuorumEpochResponsePartitionData(w: Writer, m: MessageInit<BeginQuorumEpochResponsePartitionData>, v: number): void {
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

/** NodeEndpoint in BeginQuorumEpochResponse (versions 1) */
export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readBeginQuorumEpochResponseNodeEndpoint(r: Reader, v: number): BeginQuorumEpochResponseNodeEndpoint {
  const o: BeginQuorumEpochResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.uint16("NodeEndpoint.Port"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBeginQuorumEpochResponseNodeEndpoint(w: Writer, m: MessageInit<BeginQuorumEpochResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.uint16((m.port ?? 0), "NodeEndpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  r.begin("BeginQuorumEpochResponse", version, 0, 1)
  return readBeginQuorumEpochResponse(r, version)
}

export function encodeBeginQuorumEpochResponse(w: Writer, m: MessageInit<BeginQuorumEpochResponse>, version: number): void {
  w.begin("BeginQuorumEpochResponse", version, 0, 1)
  writeBeginQuorumEpochResponse(w, m, version)
}
