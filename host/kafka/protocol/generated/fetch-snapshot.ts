// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions FetchSnapshotRequest.json, FetchSnapshotResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, EMPTY_BYTES, ZERO_UUID, isDefaultStruct, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * FetchSnapshot Request (Version: 0) => replica_id max_bytes [topics] _tagged_fields{0:cluster_id}
 *   replica_id => INT32
 *   max_bytes => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition current_leader_epoch snapshot_id position _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 *       position => INT64
 *   cluster_id => COMPACT_NULLABLE_STRING
 * FetchSnapshot Request (Version: 1) => replica_id max_bytes [topics] _tagged_fields{0:cluster_id}
 *   replica_id => INT32
 *   max_bytes => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition current_leader_epoch snapshot_id position _tagged_fields{0:replica_directory_id}
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 *       position => INT64
 *       replica_directory_id => UUID
 *   cluster_id => COMPACT_NULLABLE_STRING
 */
/** FetchSnapshotRequest (versions 0-1, flexible 0+) */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration (versions 0+, nullable 0+, tag 0 in 0+, default null) */
  clusterId: string | null
  /** The broker ID of the follower (versions 0+, default -1) */
  replicaId: number
  /** The maximum bytes to fetch from all of the snapshots (versions 0+, default 0x7fffffff) */
  maxBytes: number
  /** The topics to fetch (versions 0+) */
  topics: FetchSnapshotRequestTopicSnapshot[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  const o: FetchSnapshotRequest = {
    clusterId: null,
    replicaId: r.int32("ReplicaId"),
    maxBytes: r.int32("MaxBytes"),
    topics: readArray(r, true, v, readFetchSnapshotRequestTopicSnapshot, "Topics"),
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("_tagged_fields")
    const end = r.enterTaggedField("_tagged_fields")
    switch (tag) {
      case 0: o.clusterId = r.nullableString(true, true, "ClusterId"); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "_tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotRequest(w: Writer, m: MessageInit<FetchSnapshotRequest>, v: number): void {
  w.int32((m.replicaId ?? -1), "ReplicaId")
  w.int32((m.maxBytes ?? 2147483647), "MaxBytes")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeFetchSnapshotRequestTopicSnapshot, "Topics")
  const u = m.unknownTaggedFields
  const t0 = m.clusterId != null
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
    w.uvarint(0, "_tagged_fields")
    const s = w.beginSized()
    w.nullableString((m.clusterId ?? null), true, true, "ClusterId")
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
}

/** TopicSnapshot in FetchSnapshotRequest (versions 0-1) */
export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch (versions 0+) */
  name: string
  /** The partitions to fetch (versions 0+) */
  partitions: FetchSnapshotRequestPartitionSnapshot[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotRequestTopicSnapshot(r: Reader, v: number): FetchSnapshotRequestTopicSnapshot {
  const o: FetchSnapshotRequestTopicSnapshot = {
    name: r.string(true, "TopicSnapshot.Name"),
    partitions: readArray(r, true, v, readFetchSnapshotRequestPartitionSnapshot, "TopicSnapshot.Partitions"),
  }
  const u = r.taggedFields("TopicSnapshot._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotRequestTopicSnapshot(w: Writer, m: MessageInit<FetchSnapshotRequestTopicSnapshot>, v: number): void {
  w.string((m.name ?? ""), true, "TopicSnapshot.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeFetchSnapshotRequestPartitionSnapshot, "TopicSnapshot.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicSnapshot._tagged_fields")
}

/** PartitionSnapshot in FetchSnapshotRequest (versions 0-1) */
export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index (versions 0+) */
  partition: number
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0+) */
  currentLeaderEpoch: number
  /** The snapshot endOffset and epoch to fetch (versions 0+) */
  snapshotId: FetchSnapshotRequestSnapshotId
  /** The byte position within the snapshot to start fetching from (versions 0+) */
  position: bigint
  /** The directory id of the follower fetching (versions 1+, tag 0 in 1+, ignorable) */
  replicaDirectoryId: string
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number): FetchSnapshotRequestPartitionSnapshot {
  const o: FetchSnapshotRequestPartitionSnapshot = {
    partition: r.int32("PartitionSnapshot.Partition"),
    currentLeaderEpoch: r.int32("PartitionSnapshot.CurrentLeaderEpoch"),
    snapshotId: readFetchSnapshotRequestSnapshotId(r, v),
    position: r.int64("PartitionSnapshot.Position"),
    replicaDirectoryId: ZERO_UUID,
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("PartitionSnapshot._tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("PartitionSnapshot._tagged_fields")
    const end = r.enterTaggedField("PartitionSnapshot._tagged_fields")
    switch (tag) {
      case 0: if (v === 1) o.replicaDirectoryId = r.uuid("PartitionSnapshot.ReplicaDirectoryId"); else u = r.unknownTaggedField(u, tag); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "PartitionSnapshot._tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, m: MessageInit<FetchSnapshotRequestPartitionSnapshot>, v: number): void {
  w.int32((m.partition ?? 0), "PartitionSnapshot.Partition")
  w.int32((m.currentLeaderEpoch ?? 0), "PartitionSnapshot.CurrentLeaderEpoch")
  writeFetchSnapshotRequestSnapshotId(w, (m.snapshotId ?? {}), v)
  w.int64((m.position ?? 0n), "PartitionSnapshot.Position")
  const u = m.unknownTaggedFields
  const t0 = v === 1 && m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "PartitionSnapshot._tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "PartitionSnapshot._tagged_fields")
    w.uvarint(0, "PartitionSnapshot._tagged_fields")
    const s = w.beginSized()
    w.uuid((m.replicaDirectoryId ?? ZERO_UUID), "PartitionSnapshot.ReplicaDirectoryId")
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "PartitionSnapshot._tagged_fields")
}

/** SnapshotId in FetchSnapshotRequest (versions 0-1) */
export interface FetchSnapshotRequestSnapshotId {
  /** (versions 0+) */
  endOffset: bigint
  /** (versions 0+) */
  epoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchSnapshotRequestSnapshotId(): FetchSnapshotRequestSnapshotId {
  return { endOffset: 0n, epoch: 0 }
}

function readFetchSnapshotRequestSnapshotId(r: Reader, v: number): FetchSnapshotRequestSnapshotId {
  const o: FetchSnapshotRequestSnapshotId = {
    endOffset: r.int64("SnapshotId.EndOffset"),
    epoch: r.int32("SnapshotId.Epoch"),
  }
  const u = r.taggedFields("SnapshotId._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotRequestSnapshotId(w: Writer, m: MessageInit<FetchSnapshotRequestSnapshotId>, v: number): void {
  w.int64((m.endOffset ?? 0n), "SnapshotId.EndOffset")
  w.int32((m.epoch ?? 0), "SnapshotId.Epoch")
  w.taggedFields(m.unknownTaggedFields, "SnapshotId._tagged_fields")
}

export function decodeFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  r.begin("FetchSnapshotRequest", version, 0, 1)
  return readFetchSnapshotRequest(r, version)
}

export function encodeFetchSnapshotRequest(w: Writer, m: MessageInit<FetchSnapshotRequest>, version: number): void {
  w.begin("FetchSnapshotRequest", version, 0, 1)
  writeFetchSnapshotRequest(w, m, version)
}

/*
 * FetchSnapshot Response (Version: 0) => throttle_time_ms error_code [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => index error_code snapshot_id size position unaligned_records _tagged_fields{0:current_leader}
 *       index => INT32
 *       error_code => INT16
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 *       size => INT64
 *       position => INT64
 *       unaligned_records => COMPACT_RECORDS
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 * FetchSnapshot Response (Version: 1) => throttle_time_ms error_code [topics] _tagged_fields{0:node_endpoints}
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => index error_code snapshot_id size position unaligned_records _tagged_fields{0:current_leader}
 *       index => INT32
 *       error_code => INT16
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 *       size => INT64
 *       position => INT64
 *       unaligned_records => COMPACT_RECORDS
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *   node_endpoints => node_id host port _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => UINT16
 */
/** FetchSnapshotResponse (versions 0-1, flexible 0+) */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+, ignorable) */
  throttleTimeMs: number
  /** The top level response error code. (versions 0+) */
  errorCode: number
  /** The topics to fetch. (versions 0+) */
  topics: FetchSnapshotResponseTopicSnapshot[]
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot (versions 1+, tag 0 in 1+) */
  nodeEndpoints: FetchSnapshotResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  const o: FetchSnapshotResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    topics: readArray(r, true, v, readFetchSnapshotResponseTopicSnapshot, "Topics"),
    nodeEndpoints: [],
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("_tagged_fields")
    const end = r.enterTaggedField("_tagged_fields")
    switch (tag) {
      case 0: if (v === 1) o.nodeEndpoints = readArray(r, true, v, readFetchSnapshotResponseNodeEndpoint, "NodeEndpoints"); else u = r.unknownTaggedField(u, tag); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "_tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotResponse(w: Writer, m: MessageInit<FetchSnapshotResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeFetchSnapshotResponseTopicSnapshot, "Topics")
  if (!(v === 1) && nonEmpty(m.nodeEndpoints)) w.notInVersion("NodeEndpoints")
  const u = m.unknownTaggedFields
  const t0 = v === 1 && nonEmpty(m.nodeEndpoints)
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
    w.uvarint(0, "_tagged_fields")
    const s = w.beginSized()
    writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeFetchSnapshotResponseNodeEndpoint, "NodeEndpoints")
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
}

/** TopicSnapshot in FetchSnapshotResponse (versions 0-1) */
export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. (versions 0+) */
  name: string
  /** The partitions to fetch. (versions 0+) */
  partitions: FetchSnapshotResponsePartitionSnapshot[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotResponseTopicSnapshot(r: Reader, v: number): FetchSnapshotResponseTopicSnapshot {
  const o: FetchSnapshotResponseTopicSnapshot = {
    name: r.string(true, "TopicSnapshot.Name"),
    partitions: readArray(r, true, v, readFetchSnapshotResponsePartitionSnapshot, "TopicSnapshot.Partitions"),
  }
  const u = r.taggedFields("TopicSnapshot._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotResponseTopicSnapshot(w: Writer, m: MessageInit<FetchSnapshotResponseTopicSnapshot>, v: number): void {
  w.string((m.name ?? ""), true, "TopicSnapshot.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeFetchSnapshotResponsePartitionSnapshot, "TopicSnapshot.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicSnapshot._tagged_fields")
}

/** PartitionSnapshot in FetchSnapshotResponse (versions 0-1) */
export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. (versions 0+) */
  index: number
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number
  /** The snapshot endOffset and epoch fetched (versions 0+) */
  snapshotId: FetchSnapshotResponseSnapshotId
  /** (versions 0+, tag 0 in 0+) */
  currentLeader: FetchSnapshotResponseLeaderIdAndEpoch
  /** The total size of the snapshot. (versions 0+) */
  size: bigint
  /** The starting byte position within the snapshot included in the Bytes field. (versions 0+) */
  position: bigint
  /** Snapshot data in records format which may not be aligned on an offset boundary (versions 0+) */
  unalignedRecords: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotResponsePartitionSnapshot(r: Reader, v: number): FetchSnapshotResponsePartitionSnapshot {
  const o: FetchSnapshotResponsePartitionSnapshot = {
    index: r.int32("PartitionSnapshot.Index"),
    errorCode: r.int16("PartitionSnapshot.ErrorCode"),
    snapshotId: readFetchSnapshotResponseSnapshotId(r, v),
    currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(),
    size: r.int64("PartitionSnapshot.Size"),
    position: r.int64("PartitionSnapshot.Position"),
    unalignedRecords: r.bytesField(true, false, "PartitionSnapshot.UnalignedRecords"),
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("PartitionSnapshot._tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("PartitionSnapshot._tagged_fields")
    const end = r.enterTaggedField("PartitionSnapshot._tagged_fields")
    switch (tag) {
      case 0: o.currentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(r, v); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "PartitionSnapshot._tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, m: MessageInit<FetchSnapshotResponsePartitionSnapshot>, v: number): void {
  w.int32((m.index ?? 0), "PartitionSnapshot.Index")
  w.int16((m.errorCode ?? 0), "PartitionSnapshot.ErrorCode")
  writeFetchSnapshotResponseSnapshotId(w, (m.snapshotId ?? {}), v)
  w.int64((m.size ?? 0n), "PartitionSnapshot.Size")
  w.int64((m.position ?? 0n), "PartitionSnapshot.Position")
  w.bytesField((m.unalignedRecords ?? EMPTY_BYTES), true, "PartitionSnapshot.UnalignedRecords")
  const u = m.unknownTaggedFields
  const t0 = !isDefaultStruct(m.currentLeader, defaultFetchSnapshotResponseLeaderIdAndEpoch())
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "PartitionSnapshot._tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "PartitionSnapshot._tagged_fields")
    w.uvarint(0, "PartitionSnapshot._tagged_fields")
    const s = w.beginSized()
    writeFetchSnapshotResponseLeaderIdAndEpoch(w, (m.currentLeader ?? {}), v)
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "PartitionSnapshot._tagged_fields")
}

/** SnapshotId in FetchSnapshotResponse (versions 0-1) */
export interface FetchSnapshotResponseSnapshotId {
  /** (versions 0+) */
  endOffset: bigint
  /** (versions 0+) */
  epoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchSnapshotResponseSnapshotId(): FetchSnapshotResponseSnapshotId {
  return { endOffset: 0n, epoch: 0 }
}

function readFetchSnapshotResponseSnapshotId(r: Reader, v: number): FetchSnapshotResponseSnapshotId {
  const o: FetchSnapshotResponseSnapshotId = {
    endOffset: r.int64("SnapshotId.EndOffset"),
    epoch: r.int32("SnapshotId.Epoch"),
  }
  const u = r.taggedFields("SnapshotId._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotResponseSnapshotId(w: Writer, m: MessageInit<FetchSnapshotResponseSnapshotId>, v: number): void {
  w.int64((m.endOffset ?? 0n), "SnapshotId.EndOffset")
  w.int32((m.epoch ?? 0), "SnapshotId.Epoch")
  w.taggedFields(m.unknownTaggedFields, "SnapshotId._tagged_fields")
}

/** LeaderIdAndEpoch in FetchSnapshotResponse (versions 0-1) */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 0+) */
  leaderId: number
  /** The latest known leader epoch (versions 0+) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 }
}

function readFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, v: number): FetchSnapshotResponseLeaderIdAndEpoch {
  const o: FetchSnapshotResponseLeaderIdAndEpoch = {
    leaderId: r.int32("LeaderIdAndEpoch.LeaderId"),
    leaderEpoch: r.int32("LeaderIdAndEpoch.LeaderEpoch"),
  }
  const u = r.taggedFields("LeaderIdAndEpoch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, m: MessageInit<FetchSnapshotResponseLeaderIdAndEpoch>, v: number): void {
  w.int32((m.leaderId ?? 0), "LeaderIdAndEpoch.LeaderId")
  w.int32((m.leaderEpoch ?? 0), "LeaderIdAndEpoch.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "LeaderIdAndEpoch._tagged_fields")
}

/** NodeEndpoint in FetchSnapshotResponse (versions 1) */
export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node (versions 1+) */
  nodeId: number
  /** The node's hostname (versions 1+) */
  host: string
  /** The node's port (versions 1+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readFetchSnapshotResponseNodeEndpoint(r: Reader, v: number): FetchSnapshotResponseNodeEndpoint {
  const o: FetchSnapshotResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.uint16("NodeEndpoint.Port"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchSnapshotResponseNodeEndpoint(w: Writer, m: MessageInit<FetchSnapshotResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.uint16((m.port ?? 0), "NodeEndpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  r.begin("FetchSnapshotResponse", version, 0, 1)
  return readFetchSnapshotResponse(r, version)
}

export function encodeFetchSnapshotResponse(w: Writer, m: MessageInit<FetchSnapshotResponse>, version: number): void {
  w.begin("FetchSnapshotResponse", version, 0, 1)
  writeFetchSnapshotResponse(w, m, version)
}
