// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions FetchRequest.json, FetchResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, isDefaultStruct, nonEmpty, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * Fetch Request (Versions: 0-2) => replica_id max_wait_ms min_bytes [topics]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       partition_max_bytes => INT32
 * Fetch Request (Version: 3) => replica_id max_wait_ms min_bytes max_bytes [topics]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       partition_max_bytes => INT32
 * Fetch Request (Version: 4) => replica_id max_wait_ms min_bytes max_bytes isolation_level [topics]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       partition_max_bytes => INT32
 * Fetch Request (Versions: 5-6) => replica_id max_wait_ms min_bytes max_bytes isolation_level [topics]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 * Fetch Request (Versions: 7-8) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 * Fetch Request (Versions: 9-10) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 * Fetch Request (Version: 11) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   rack_id => STRING
 * Fetch Request (Version: 12) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields{0:cluster_id}
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 * Fetch Request (Versions: 13-14) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields{0:cluster_id}
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 * Fetch Request (Versions: 15-16) => max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields{0:cluster_id,1:replica_state}
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   replica_state => replica_id replica_epoch _tagged_fields
 *     replica_id => INT32
 *     replica_epoch => INT64
 * Fetch Request (Version: 17) => max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields{0:cluster_id,1:replica_state}
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields{0:replica_directory_id}
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *       replica_directory_id => UUID
 *   forgotten_topics_data => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   replica_state => replica_id replica_epoch _tagged_fields
 *     replica_id => INT32
 *     replica_epoch => INT64
 */
/** FetchRequest (versions 0-17, flexible 12+) */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. (versions 12+, nullable 12+, tag 0 in 12+, ignorable, default null) */
  clusterId: string | null
  /** The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14, default -1) */
  replicaId: number
  /** (versions 15+, tag 1 in 15+) */
  replicaState: FetchRequestReplicaState
  /** The maximum time in milliseconds to wait for the response. (versions 0+) */
  maxWaitMs: number
  /** The minimum bytes to accumulate in the response. (versions 0+) */
  minBytes: number
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. (versions 3+, ignorable, default 0x7fffffff) */
  maxBytes: number
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records (versions 4+, ignorable, default 0) */
  isolationLevel: number
  /** The fetch session ID. (versions 7+, ignorable, default 0) */
  sessionId: number
  /** The fetch session epoch, which is used for ordering requests in a session. (versions 7+, ignorable, default -1) */
  sessionEpoch: number
  /** The topics to fetch. (versions 0+) */
  topics: FetchRequestFetchTopic[]
  /** In an incremental fetch request, the partitions to remove. (versions 7+) */
  forgottenTopicsData: FetchRequestForgottenTopic[]
  /** Rack ID of the consumer making this request (versions 11+, ignorable, default ) */
  rackId: string
  unknownTaggedFields?: TaggedField[]
}

function readFetchRequest(r: Reader, v: number): FetchRequest {
  const flex = v >= 12
  const o: FetchRequest = {
    clusterId: null,
    replicaId: v <= 14 ? r.int32("ReplicaId") : -1,
    replicaState: defaultFetchRequestReplicaState(),
    maxWaitMs: r.int32("MaxWaitMs"),
    minBytes: r.int32("MinBytes"),
    maxBytes: v >= 3 ? r.int32("MaxBytes") : 2147483647,
    isolationLevel: v >= 4 ? r.int8("IsolationLevel") : 0,
    sessionId: v >= 7 ? r.int32("SessionId") : 0,
    sessionEpoch: v >= 7 ? r.int32("SessionEpoch") : -1,
    topics: readArray(r, flex, v, readFetchRequestFetchTopic, "Topics"),
    forgottenTopicsData: v >= 7 ? readArray(r, flex, v, readFetchRequestForgottenTopic, "ForgottenTopicsData") : [],
    rackId: v >= 11 ? r.string(flex, "RackId") : "",
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: o.clusterId = r.nullableString(true, true, "ClusterId"); break
        case 1: if (v >= 15) o.replicaState = readFetchRequestReplicaState(r, v); else u = r.unknownTaggedField(u, tag); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchRequest(w: Writer, m: MessageInit<FetchRequest>, v: number): void {
  const flex = v >= 12
  if (v <= 14) w.int32((m.replicaId ?? -1), "ReplicaId")
  else if (m.replicaId !== undefined && m.replicaId !== -1) w.notInVersion("ReplicaId")
  if (!(v >= 15) && !isDefaultStruct(m.replicaState, defaultFetchRequestReplicaState())) w.notInVersion("ReplicaState")
  w.int32((m.maxWaitMs ?? 0), "MaxWaitMs")
  w.int32((m.minBytes ?? 0), "MinBytes")
  if (v >= 3) w.int32((m.maxBytes ?? 2147483647), "MaxBytes")
  if (v >= 4) w.int8((m.isolationLevel ?? 0), "IsolationLevel")
  if (v >= 7) w.int32((m.sessionId ?? 0), "SessionId")
  if (v >= 7) w.int32((m.sessionEpoch ?? -1), "SessionEpoch")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeFetchRequestFetchTopic, "Topics")
  if (v >= 7) writeArray(w, (m.forgottenTopicsData ?? EMPTY_ARRAY), flex, false, v, writeFetchRequestForgottenTopic, "ForgottenTopicsData")
  else if (nonEmpty(m.forgottenTopicsData)) w.notInVersion("ForgottenTopicsData")
  if (v >= 11) w.string((m.rackId ?? ""), flex, "RackId")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = m.clusterId != null
    const t1 = v >= 15 && !isDefaultStruct(m.replicaState, defaultFetchRequestReplicaState())
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0) + (t1 ? 1 : 0), "_tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
      w.uvarint(0, "_tagged_fields")
      const s = w.beginSized()
      w.nullableString((m.clusterId ?? null), true, true, "ClusterId")
      w.endSized(s)
    }
    if (t1) {
      i = w.rawTaggedFields(u, i, 1, "_tagged_fields")
      w.uvarint(1, "_tagged_fields")
      const s = w.beginSized()
      writeFetchRequestReplicaState(w, (m.replicaState ?? {}), v)
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ReplicaState in FetchRequest (versions 15-17) */
export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. (versions 15+, default -1) */
  replicaId: number
  /** The epoch of this follower, or -1 if not available. (versions 15+, default -1) */
  replicaEpoch: bigint
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return { replicaId: -1, replicaEpoch: -1n }
}

function readFetchRequestReplicaState(r: Reader, v: number): FetchRequestReplicaState {
  const o: FetchRequestReplicaState = {
    replicaId: r.int32("ReplicaState.ReplicaId"),
    replicaEpoch: r.int64("ReplicaState.ReplicaEpoch"),
  }
  const u = r.taggedFields("ReplicaState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchRequestReplicaState(w: Writer, m: MessageInit<FetchRequestReplicaState>, v: number): void {
  w.int32((m.replicaId ?? -1), "ReplicaState.ReplicaId")
  w.int64((m.replicaEpoch ?? -1n), "ReplicaState.ReplicaEpoch")
  w.taggedFields(m.unknownTaggedFields, "ReplicaState._tagged_fields")
}

/** FetchTopic in FetchRequest (versions 0-17) */
export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. (versions 0-12, ignorable) */
  topic: string
  /** The unique topic ID (versions 13+, ignorable) */
  topicId: string
  /** The partitions to fetch. (versions 0+) */
  partitions: FetchRequestFetchPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopic {
  const flex = v >= 12
  const o: FetchRequestFetchTopic = {
    topic: v <= 12 ? r.string(flex, "FetchTopic.Topic") : "",
    topicId: v >= 13 ? r.uuid("FetchTopic.TopicId") : ZERO_UUID,
    partitions: readArray(r, flex, v, readFetchRequestFetchPartition, "FetchTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("FetchTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchRequestFetchTopic(w: Writer, m: MessageInit<FetchRequestFetchTopic>, v: number): void {
  const flex = v >= 12
  if (v <= 12) w.string((m.topic ?? ""), flex, "FetchTopic.Topic")
  if (v >= 13) w.uuid((m.topicId ?? ZERO_UUID), "FetchTopic.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeFetchRequestFetchPartition, "FetchTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "FetchTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "FetchTopic._tagged_fields")
  }
}

/** FetchPartition in FetchRequest (versions 0-17) */
export interface FetchRequestFetchPartition {
  /** The partition index. (versions 0+) */
  partition: number
  /** The current leader epoch of the partition. (versions 9+, ignorable, default -1) */
  currentLeaderEpoch: number
  /** The message offset. (versions 0+) */
  fetchOffset: bigint
  /** The epoch of the last fetched record or -1 if there is none (versions 12+, default -1) */
  lastFetchedEpoch: number
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. (versions 5+, ignorable, default -1) */
  logStartOffset: bigint
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. (versions 0+) */
  partitionMaxBytes: number
  /** The directory id of the follower fetching (versions 17+, tag 0 in 17+, ignorable) */
  replicaDirectoryId: string
  unknownTaggedFields?: TaggedField[]
}

function readFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartition {
  const flex = v >= 12
  const o: FetchRequestFetchPartition = {
    partition: r.int32("FetchPartition.Partition"),
    currentLeaderEpoch: v >= 9 ? r.int32("FetchPartition.CurrentLeaderEpoch") : -1,
    fetchOffset: r.int64("FetchPartition.FetchOffset"),
    lastFetchedEpoch: v >= 12 ? r.int32("FetchPartition.LastFetchedEpoch") : -1,
    logStartOffset: v >= 5 ? r.int64("FetchPartition.LogStartOffset") : -1n,
    partitionMaxBytes: r.int32("FetchPartition.PartitionMaxBytes"),
    replicaDirectoryId: ZERO_UUID,
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("FetchPartition._tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("FetchPartition._tagged_fields")
      const end = r.enterTaggedField("FetchPartition._tagged_fields")
      switch (tag) {
        case 0: if (v === 17) o.replicaDirectoryId = r.uuid("FetchPartition.ReplicaDirectoryId"); else u = r.unknownTaggedField(u, tag); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "FetchPartition._tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchRequestFetchPartition(w: Writer, m: MessageInit<FetchRequestFetchPartition>, v: number): void {
  const flex = v >= 12
  w.int32((m.partition ?? 0), "FetchPartition.Partition")
  if (v >= 9) w.int32((m.currentLeaderEpoch ?? -1), "FetchPartition.CurrentLeaderEpoch")
  w.int64((m.fetchOffset ?? 0n), "FetchPartition.FetchOffset")
  if (v >= 12) w.int32((m.lastFetchedEpoch ?? -1), "FetchPartition.LastFetchedEpoch")
  else if (m.lastFetchedEpoch !== undefined && m.lastFetchedEpoch !== -1) w.notInVersion("FetchPartition.LastFetchedEpoch")
  if (v >= 5) w.int64((m.logStartOffset ?? -1n), "FetchPartition.LogStartOffset")
  w.int32((m.partitionMaxBytes ?? 0), "FetchPartition.PartitionMaxBytes")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = v === 17 && m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "FetchPartition._tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "FetchPartition._tagged_fields")
      w.uvarint(0, "FetchPartition._tagged_fields")
      const s = w.beginSized()
      w.uuid((m.replicaDirectoryId ?? ZERO_UUID), "FetchPartition.ReplicaDirectoryId")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "FetchPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "FetchPartition._tagged_fields")
  }
}

/** ForgottenTopic in FetchRequest (versions 7-17) */
export interface FetchRequestForgottenTopic {
  /** The topic name. (versions 7-12, ignorable) */
  topic: string
  /** The unique topic ID (versions 13+, ignorable) */
  topicId: string
  /** The partitions indexes to forget. (versions 7+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopic {
  const flex = v >= 12
  const o: FetchRequestForgottenTopic = {
    topic: v <= 12 ? r.string(flex, "ForgottenTopic.Topic") : "",
    topicId: v >= 13 ? r.uuid("ForgottenTopic.TopicId") : ZERO_UUID,
    partitions: readArray(r, flex, v, readInt32Element, "ForgottenTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("ForgottenTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchRequestForgottenTopic(w: Writer, m: MessageInit<FetchRequestForgottenTopic>, v: number): void {
  const flex = v >= 12
  if (v <= 12) w.string((m.topic ?? ""), flex, "ForgottenTopic.Topic")
  if (v >= 13) w.uuid((m.topicId ?? ZERO_UUID), "ForgottenTopic.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "ForgottenTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ForgottenTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ForgottenTopic._tagged_fields")
  }
}

export function decodeFetchRequest(r: Reader, version: number): FetchRequest {
  r.begin("FetchRequest", version, 0, 17)
  return readFetchRequest(r, version)
}

export function encodeFetchRequest(w: Writer, m: MessageInit<FetchRequest>, version: number): void {
  w.begin("FetchRequest", version, 0, 17)
  writeFetchRequest(w, m, version)
}

/*
 * Fetch Response (Version: 0) => [responses]
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       records => RECORDS
 * Fetch Response (Versions: 1-3) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       records => RECORDS
 * Fetch Response (Version: 4) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset [aborted_transactions] records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       records => RECORDS
 * Fetch Response (Versions: 5-6) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       records => RECORDS
 * Fetch Response (Versions: 7-10) => throttle_time_ms error_code session_id [responses]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       records => RECORDS
 * Fetch Response (Version: 11) => throttle_time_ms error_code session_id [responses]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => RECORDS
 * Fetch Response (Version: 12) => throttle_time_ms error_code session_id [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records _tagged_fields{0:diverging_epoch,1:current_leader,2:snapshot_id}
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset _tagged_fields
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => COMPACT_RECORDS
 *       diverging_epoch => epoch end_offset _tagged_fields
 *         epoch => INT32
 *         end_offset => INT64
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 * Fetch Response (Versions: 13-15) => throttle_time_ms error_code session_id [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records _tagged_fields{0:diverging_epoch,1:current_leader,2:snapshot_id}
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset _tagged_fields
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => COMPACT_RECORDS
 *       diverging_epoch => epoch end_offset _tagged_fields
 *         epoch => INT32
 *         end_offset => INT64
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 * Fetch Response (Versions: 16-17) => throttle_time_ms error_code session_id [responses] _tagged_fields{0:node_endpoints}
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records _tagged_fields{0:diverging_epoch,1:current_leader,2:snapshot_id}
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset _tagged_fields
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => COMPACT_RECORDS
 *       diverging_epoch => epoch end_offset _tagged_fields
 *         epoch => INT32
 *         end_offset => INT64
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *       snapshot_id => end_offset epoch _tagged_fields
 *         end_offset => INT64
 *         epoch => INT32
 *   node_endpoints => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 */
/** FetchResponse (versions 0-17, flexible 12+) */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The top level response error code. (versions 7+, ignorable) */
  errorCode: number
  /** The fetch session ID, or 0 if this is not part of a fetch session. (versions 7+, default 0) */
  sessionId: number
  /** The response topics. (versions 0+) */
  responses: FetchResponseFetchableTopicResponse[]
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16+, tag 0 in 16+) */
  nodeEndpoints: FetchResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchResponse(r: Reader, v: number): FetchResponse {
  const flex = v >= 12
  const o: FetchResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: v >= 7 ? r.int16("ErrorCode") : 0,
    sessionId: v >= 7 ? r.int32("SessionId") : 0,
    responses: readArray(r, flex, v, readFetchResponseFetchableTopicResponse, "Responses"),
    nodeEndpoints: [],
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: if (v >= 16) o.nodeEndpoints = readArray(r, true, v, readFetchResponseNodeEndpoint, "NodeEndpoints"); else u = r.unknownTaggedField(u, tag); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchResponse(w: Writer, m: MessageInit<FetchResponse>, v: number): void {
  const flex = v >= 12
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (v >= 7) w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v >= 7) w.int32((m.sessionId ?? 0), "SessionId")
  else if (m.sessionId !== undefined && m.sessionId !== 0) w.notInVersion("SessionId")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), flex, false, v, writeFetchResponseFetchableTopicResponse, "Responses")
  if (!(v >= 16) && nonEmpty(m.nodeEndpoints)) w.notInVersion("NodeEndpoints")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = v >= 16 && nonEmpty(m.nodeEndpoints)
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
      w.uvarint(0, "_tagged_fields")
      const s = w.beginSized()
      writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeFetchResponseNodeEndpoint, "NodeEndpoints")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** FetchableTopicResponse in FetchResponse (versions 0-17) */
export interface FetchResponseFetchableTopicResponse {
  /** The topic name. (versions 0-12, ignorable) */
  topic: string
  /** The unique topic ID (versions 13+, ignorable) */
  topicId: string
  /** The topic partitions. (versions 0+) */
  partitions: FetchResponsePartitionData[]
  unknownTaggedFields?: TaggedField[]
}

function readFetchResponseFetchableTopicResponse(r: Reader, v: number): FetchResponseFetchableTopicResponse {
  const flex = v >= 12
  const o: FetchResponseFetchableTopicResponse = {
    topic: v <= 12 ? r.string(flex, "FetchableTopicResponse.Topic") : "",
    topicId: v >= 13 ? r.uuid("FetchableTopicResponse.TopicId") : ZERO_UUID,
    partitions: readArray(r, flex, v, readFetchResponsePartitionData, "FetchableTopicResponse.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("FetchableTopicResponse._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchResponseFetchableTopicResponse(w: Writer, m: MessageInit<FetchResponseFetchableTopicResponse>, v: number): void {
  const flex = v >= 12
  if (v <= 12) w.string((m.topic ?? ""), flex, "FetchableTopicResponse.Topic")
  if (v >= 13) w.uuid((m.topicId ?? ZERO_UUID), "FetchableTopicResponse.TopicId")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeFetchResponsePartitionData, "FetchableTopicResponse.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "FetchableTopicResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "FetchableTopicResponse._tagged_fields")
  }
}

/** PartitionData in FetchResponse (versions 0-17) */
export interface FetchResponsePartitionData {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no fetch error. (versions 0+) */
  errorCode: number
  /** The current high water mark. (versions 0+) */
  highWatermark: bigint
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) (versions 4+, ignorable, default -1) */
  lastStableOffset: bigint
  /** The current log start offset. (versions 5+, ignorable, default -1) */
  logStartOffset: bigint
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge (versions 12+, tag 0 in 12+) */
  divergingEpoch: FetchResponseEpochEndOffset
  /** (versions 12+, tag 1 in 12+) */
  currentLeader: FetchResponseLeaderIdAndEpoch
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. (versions 12+, tag 2 in 12+) */
  snapshotId: FetchResponseSnapshotId
  /** The aborted transactions. (versions 4+, nullable 4+, ignorable) */
  abortedTransactions: FetchResponseAbortedTransaction[] | null
  /** The preferred read replica for the consumer to use on its next fetch request (versions 11+, default -1) */
  preferredReadReplica: number
  /** The record data. (versions 0+, nullable 0+) */
  records: Uint8Array | null
  unknownTaggedFields?: TaggedField[]
}

function readFetchResponsePartitionData(r: Reader, v: number): FetchResponsePartitionData {
  const flex = v >= 12
  const o: FetchResponsePartitionData = {
    partitionIndex: r.int32("PartitionData.PartitionIndex"),
    errorCode: r.int16("PartitionData.ErrorCode"),
    highWatermark: r.int64("PartitionData.HighWatermark"),
    lastStableOffset: v >= 4 ? r.int64("PartitionData.LastStableOffset") : -1n,
    logStartOffset: v >= 5 ? r.int64("PartitionData.LogStartOffset") : -1n,
    divergingEpoch: defaultFetchResponseEpochEndOffset(),
    currentLeader: defaultFetchResponseLeaderIdAndEpoch(),
    snapshotId: defaultFetchResponseSnapshotId(),
    abortedTransactions: v >= 4 ? readNullableArray(r, flex, v >= 4, v, readFetchResponseAbortedTransaction, "PartitionData.AbortedTransactions") : [],
    preferredReadReplica: v >= 11 ? r.int32("PartitionData.PreferredReadReplica") : -1,
    records: r.records(flex, true, "PartitionData.Records"),
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("PartitionData._tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("PartitionData._tagged_fields")
      const end = r.enterTaggedField("PartitionData._tagged_fields")
      switch (tag) {
        case 0: o.divergingEpoch = readFetchResponseEpochEndOffset(r, v); break
        case 1: o.currentLeader = readFetchResponseLeaderIdAndEpoch(r, v); break
        case 2: o.snapshotId = readFetchResponseSnapshotId(r, v); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "PartitionData._tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchResponsePartitionData(w: Writer, m: MessageInit<FetchResponsePartitionData>, v: number): void {
  const flex = v >= 12
  w.int32((m.partitionIndex ?? 0), "PartitionData.PartitionIndex")
  w.int16((m.errorCode ?? 0), "PartitionData.ErrorCode")
  w.int64((m.highWatermark ?? 0n), "PartitionData.HighWatermark")
  if (v >= 4) w.int64((m.lastStableOffset ?? -1n), "PartitionData.LastStableOffset")
  if (v >= 5) w.int64((m.logStartOffset ?? -1n), "PartitionData.LogStartOffset")
  if (!(v >= 12) && !isDefaultStruct(m.divergingEpoch, defaultFetchResponseEpochEndOffset())) w.notInVersion("PartitionData.DivergingEpoch")
  if (!(v >= 12) && !isDefaultStruct(m.currentLeader, defaultFetchResponseLeaderIdAndEpoch())) w.notInVersion("PartitionData.CurrentLeader")
  if (!(v >= 12) && !isDefaultStruct(m.snapshotId, defaultFetchResponseSnapshotId())) w.notInVersion("PartitionData.SnapshotId")
  if (v >= 4) writeArray(w, (m.abortedTransactions === undefined ? EMPTY_ARRAY : m.abortedTransactions), flex, v >= 4, v, writeFetchResponseAbortedTransaction, "PartitionData.AbortedTransactions")
  if (v >= 11) w.int32((m.preferredReadReplica ?? -1), "PartitionData.PreferredReadReplica")
  else if (m.preferredReadReplica !== undefined && m.preferredReadReplica !== -1) w.notInVersion("PartitionData.PreferredReadReplica")
  w.records((m.records ?? null), flex, true, "PartitionData.Records")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = !isDefaultStruct(m.divergingEpoch, defaultFetchResponseEpochEndOffset())
    const t1 = !isDefaultStruct(m.currentLeader, defaultFetchResponseLeaderIdAndEpoch())
    const t2 = !isDefaultStruct(m.snapshotId, defaultFetchResponseSnapshotId())
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0) + (t1 ? 1 : 0) + (t2 ? 1 : 0), "PartitionData._tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "PartitionData._tagged_fields")
      w.uvarint(0, "PartitionData._tagged_fields")
      const s = w.beginSized()
      writeFetchResponseEpochEndOffset(w, (m.divergingEpoch ?? {}), v)
      w.endSized(s)
    }
    if (t1) {
      i = w.rawTaggedFields(u, i, 1, "PartitionData._tagged_fields")
      w.uvarint(1, "PartitionData._tagged_fields")
      const s = w.beginSized()
      writeFetchResponseLeaderIdAndEpoch(w, (m.currentLeader ?? {}), v)
      w.endSized(s)
    }
    if (t2) {
      i = w.rawTaggedFields(u, i, 2, "PartitionData._tagged_fields")
      w.uvarint(2, "PartitionData._tagged_fields")
      const s = w.beginSized()
      writeFetchResponseSnapshotId(w, (m.snapshotId ?? {}), v)
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "PartitionData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionData._tagged_fields")
  }
}

/** EpochEndOffset in FetchResponse (versions 12-17) */
export interface FetchResponseEpochEndOffset {
  /** (versions 12+, default -1) */
  epoch: number
  /** (versions 12+, default -1) */
  endOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return { epoch: -1, endOffset: -1n }
}

function readFetchResponseEpochEndOffset(r: Reader, v: number): FetchResponseEpochEndOffset {
  const o: FetchResponseEpochEndOffset = {
    epoch: r.int32("EpochEndOffset.Epoch"),
    endOffset: r.int64("EpochEndOffset.EndOffset"),
  }
  const u = r.taggedFields("EpochEndOffset._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchResponseEpochEndOffset(w: Writer, m: MessageInit<FetchResponseEpochEndOffset>, v: number): void {
  w.int32((m.epoch ?? -1), "EpochEndOffset.Epoch")
  w.int64((m.endOffset ?? -1n), "EpochEndOffset.EndOffset")
  w.taggedFields(m.unknownTaggedFields, "EpochEndOffset._tagged_fields")
}

/** LeaderIdAndEpoch in FetchResponse (versions 12-17) */
export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 12+, default -1) */
  leaderId: number
  /** The latest known leader epoch (versions 12+, default -1) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 }
}

function readFetchResponseLeaderIdAndEpoch(r: Reader, v: number): FetchResponseLeaderIdAndEpoch {
  const o: FetchResponseLeaderIdAndEpoch = {
    leaderId: r.int32("LeaderIdAndEpoch.LeaderId"),
    leaderEpoch: r.int32("LeaderIdAndEpoch.LeaderEpoch"),
  }
  const u = r.taggedFields("LeaderIdAndEpoch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchResponseLeaderIdAndEpoch(w: Writer, m: MessageInit<FetchResponseLeaderIdAndEpoch>, v: number): void {
  w.int32((m.leaderId ?? -1), "LeaderIdAndEpoch.LeaderId")
  w.int32((m.leaderEpoch ?? -1), "LeaderIdAndEpoch.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "LeaderIdAndEpoch._tagged_fields")
}

/** SnapshotId in FetchResponse (versions 12-17) */
export interface FetchResponseSnapshotId {
  /** (versions 0+, default -1) */
  endOffset: bigint
  /** (versions 0+, default -1) */
  epoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return { endOffset: -1n, epoch: -1 }
}

function readFetchResponseSnapshotId(r: Reader, v: number): FetchResponseSnapshotId {
  const o: FetchResponseSnapshotId = {
    endOffset: r.int64("SnapshotId.EndOffset"),
    epoch: r.int32("SnapshotId.Epoch"),
  }
  const u = r.taggedFields("SnapshotId._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchResponseSnapshotId(w: Writer, m: MessageInit<FetchResponseSnapshotId>, v: number): void {
  w.int64((m.endOffset ?? -1n), "SnapshotId.EndOffset")
  w.int32((m.epoch ?? -1), "SnapshotId.Epoch")
  w.taggedFields(m.unknownTaggedFields, "SnapshotId._tagged_fields")
}

/** AbortedTransaction in FetchResponse (versions 4-17) */
export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. (versions 4+) */
  producerId: bigint
  /** The first offset in the aborted transaction. (versions 4+) */
  firstOffset: bigint
  unknownTaggedFields?: TaggedField[]
}

function readFetchResponseAbortedTransaction(r: Reader, v: number): FetchResponseAbortedTransaction {
  const flex = v >= 12
  const o: FetchResponseAbortedTransaction = {
    producerId: r.int64("AbortedTransaction.ProducerId"),
    firstOffset: r.int64("AbortedTransaction.FirstOffset"),
  }
  if (flex) {
    const u = r.taggedFields("AbortedTransaction._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFetchResponseAbortedTransaction(w: Writer, m: MessageInit<FetchResponseAbortedTransaction>, v: number): void {
  const flex = v >= 12
  w.int64((m.producerId ?? 0n), "AbortedTransaction.ProducerId")
  w.int64((m.firstOffset ?? 0n), "AbortedTransaction.FirstOffset")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AbortedTransaction._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AbortedTransaction._tagged_fields")
  }
}

/** NodeEndpoint in FetchResponse (versions 16-17) */
export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. (versions 16+) */
  nodeId: number
  /** The node's hostname. (versions 16+) */
  host: string
  /** The node's port. (versions 16+) */
  port: number
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 16+, nullable 16+, default null) */
  rack: string | null
  unknownTaggedFields?: TaggedField[]
}

function readFetchResponseNodeEndpoint(r: Reader, v: number): FetchResponseNodeEndpoint {
  const o: FetchResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.int32("NodeEndpoint.Port"),
    rack: r.nullableString(true, true, "NodeEndpoint.Rack"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFetchResponseNodeEndpoint(w: Writer, m: MessageInit<FetchResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.int32((m.port ?? 0), "NodeEndpoint.Port")
  w.nullableString((m.rack ?? null), true, true, "NodeEndpoint.Rack")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeFetchResponse(r: Reader, version: number): FetchResponse {
  r.begin("FetchResponse", version, 0, 17)
  return readFetchResponse(r, version)
}

export function encodeFetchResponse(w: Writer, m: MessageInit<FetchResponse>, version: number): void {
  w.begin("FetchResponse", version, 0, 17)
  writeFetchResponse(w, m, version)
}
