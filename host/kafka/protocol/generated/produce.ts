// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ProduceRequest.json, ProduceResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, isDefaultStruct, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * Produce Request (Versions: 0-2) => acks timeout_ms [topic_data]
 *   acks => INT16
 *   timeout_ms => INT32
 *   topic_data => name [partition_data]
 *     name => STRING
 *     partition_data => index records
 *       index => INT32
 *       records => RECORDS
 * Produce Request (Versions: 3-8) => transactional_id acks timeout_ms [topic_data]
 *   transactional_id => NULLABLE_STRING
 *   acks => INT16
 *   timeout_ms => INT32
 *   topic_data => name [partition_data]
 *     name => STRING
 *     partition_data => index records
 *       index => INT32
 *       records => RECORDS
 * Produce Request (Versions: 9-11) => transactional_id acks timeout_ms [topic_data] _tagged_fields
 *   transactional_id => COMPACT_NULLABLE_STRING
 *   acks => INT16
 *   timeout_ms => INT32
 *   topic_data => name [partition_data] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_data => index records _tagged_fields
 *       index => INT32
 *       records => COMPACT_RECORDS
 */
/** ProduceRequest (versions 0-11, flexible 9+) */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. (versions 3+, nullable 3+, default null) */
  transactionalId: string | null
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. (versions 0+) */
  acks: number
  /** The timeout to await a response in milliseconds. (versions 0+) */
  timeoutMs: number
  /** Each topic to produce to. (versions 0+) */
  topicData: ProduceRequestTopicProduceData[]
  unknownTaggedFields?: TaggedField[]
}

function readProduceRequest(r: Reader, v: number): ProduceRequest {
  const flex = v >= 9
  const o: ProduceRequest = {
    transactionalId: v >= 3 ? r.nullableString(flex, v >= 3, "TransactionalId") : null,
    acks: r.int16("Acks"),
    timeoutMs: r.int32("TimeoutMs"),
    topicData: readArray(r, flex, v, readProduceRequestTopicProduceData, "TopicData"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceRequest(w: Writer, m: MessageInit<ProduceRequest>, v: number): void {
  const flex = v >= 9
  if (v >= 3) w.nullableString((m.transactionalId ?? null), flex, v >= 3, "TransactionalId")
  else if (m.transactionalId != null) w.notInVersion("TransactionalId")
  w.int16((m.acks ?? 0), "Acks")
  w.int32((m.timeoutMs ?? 0), "TimeoutMs")
  writeArray(w, (m.topicData ?? EMPTY_ARRAY), flex, false, v, writeProduceRequestTopicProduceData, "TopicData")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicProduceData in ProduceRequest (versions 0-11) */
export interface ProduceRequestTopicProduceData {
  /** The topic name. (versions 0+) */
  name: string
  /** Each partition to produce to. (versions 0+) */
  partitionData: ProduceRequestPartitionProduceData[]
  unknownTaggedFields?: TaggedField[]
}

function readProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceData {
  const flex = v >= 9
  const o: ProduceRequestTopicProduceData = {
    name: r.string(flex, "TopicProduceData.Name"),
    partitionData: readArray(r, flex, v, readProduceRequestPartitionProduceData, "TopicProduceData.PartitionData"),
  }
  if (flex) {
    const u = r.taggedFields("TopicProduceData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceRequestTopicProduceData(w: Writer, m: MessageInit<ProduceRequestTopicProduceData>, v: number): void {
  const flex = v >= 9
  w.string((m.name ?? ""), flex, "TopicProduceData.Name")
  writeArray(w, (m.partitionData ?? EMPTY_ARRAY), flex, false, v, writeProduceRequestPartitionProduceData, "TopicProduceData.PartitionData")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicProduceData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicProduceData._tagged_fields")
  }
}

/** PartitionProduceData in ProduceRequest (versions 0-11) */
export interface ProduceRequestPartitionProduceData {
  /** The partition index. (versions 0+) */
  index: number
  /** The record data to be produced. (versions 0+, nullable 0+) */
  records: Uint8Array | null
  unknownTaggedFields?: TaggedField[]
}

function readProduceRequestPartitionProduceData(r: Reader, v: number): ProduceRequestPartitionProduceData {
  const flex = v >= 9
  const o: ProduceRequestPartitionProduceData = {
    index: r.int32("PartitionProduceData.Index"),
    records: r.records(flex, true, "PartitionProduceData.Records"),
  }
  if (flex) {
    const u = r.taggedFields("PartitionProduceData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceRequestPartitionProduceData(w: Writer, m: MessageInit<ProduceRequestPartitionProduceData>, v: number): void {
  const flex = v >= 9
  w.int32((m.index ?? 0), "PartitionProduceData.Index")
  w.records((m.records ?? null), flex, true, "PartitionProduceData.Records")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "PartitionProduceData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionProduceData._tagged_fields")
  }
}

export function decodeProduceRequest(r: Reader, version: number): ProduceRequest {
  r.begin("ProduceRequest", version, 0, 11)
  return readProduceRequest(r, version)
}

export function encodeProduceRequest(w: Writer, m: MessageInit<ProduceRequest>, version: number): void {
  w.begin("ProduceRequest", version, 0, 11)
  writeProduceRequest(w, m, version)
}

/*
 * Produce Response (Version: 0) => [responses]
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 * Produce Response (Version: 1) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *   throttle_time_ms => INT32
 * Produce Response (Versions: 2-4) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset log_append_time_ms
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *   throttle_time_ms => INT32
 * Produce Response (Versions: 5-7) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *   throttle_time_ms => INT32
 * Produce Response (Version: 8) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset [record_errors] error_message
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *       record_errors => batch_index batch_index_error_message
 *         batch_index => INT32
 *         batch_index_error_message => NULLABLE_STRING
 *       error_message => NULLABLE_STRING
 *   throttle_time_ms => INT32
 * Produce Response (Version: 9) => [responses] throttle_time_ms _tagged_fields
 *   responses => name [partition_responses] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset [record_errors] error_message _tagged_fields
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *       record_errors => batch_index batch_index_error_message _tagged_fields
 *         batch_index => INT32
 *         batch_index_error_message => COMPACT_NULLABLE_STRING
 *       error_message => COMPACT_NULLABLE_STRING
 *   throttle_time_ms => INT32
 * Produce Response (Versions: 10-11) => [responses] throttle_time_ms _tagged_fields{0:node_endpoints}
 *   responses => name [partition_responses] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset [record_errors] error_message _tagged_fields{0:current_leader}
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *       record_errors => batch_index batch_index_error_message _tagged_fields
 *         batch_index => INT32
 *         batch_index_error_message => COMPACT_NULLABLE_STRING
 *       error_message => COMPACT_NULLABLE_STRING
 *       current_leader => leader_id leader_epoch _tagged_fields
 *         leader_id => INT32
 *         leader_epoch => INT32
 *   throttle_time_ms => INT32
 *   node_endpoints => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 */
/** ProduceResponse (versions 0-11, flexible 9+) */
export interface ProduceResponse {
  /** Each produce response (versions 0+) */
  responses: ProduceResponseTopicProduceResponse[]
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable, default 0) */
  throttleTimeMs: number
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. (versions 10+, tag 0 in 10+) */
  nodeEndpoints: ProduceResponseNodeEndpoint[]
  unknownTaggedFields?: TaggedField[]
}

function readProduceResponse(r: Reader, v: number): ProduceResponse {
  const flex = v >= 9
  const o: ProduceResponse = {
    responses: readArray(r, flex, v, readProduceResponseTopicProduceResponse, "Responses"),
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    nodeEndpoints: [],
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: if (v >= 10) o.nodeEndpoints = readArray(r, true, v, readProduceResponseNodeEndpoint, "NodeEndpoints"); else u = r.unknownTaggedField(u, tag); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceResponse(w: Writer, m: MessageInit<ProduceResponse>, v: number): void {
  const flex = v >= 9
  writeArray(w, (m.responses ?? EMPTY_ARRAY), flex, false, v, writeProduceResponseTopicProduceResponse, "Responses")
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (!(v >= 10) && nonEmpty(m.nodeEndpoints)) w.notInVersion("NodeEndpoints")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = v >= 10 && nonEmpty(m.nodeEndpoints)
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
      w.uvarint(0, "_tagged_fields")
      const s = w.beginSized()
      writeArray(w, (m.nodeEndpoints ?? EMPTY_ARRAY), true, false, v, writeProduceResponseNodeEndpoint, "NodeEndpoints")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** TopicProduceResponse in ProduceResponse (versions 0-11) */
export interface ProduceResponseTopicProduceResponse {
  /** The topic name (versions 0+) */
  name: string
  /** Each partition that we produced to within the topic. (versions 0+) */
  partitionResponses: ProduceResponsePartitionProduceResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readProduceResponseTopicProduceResponse(r: Reader, v: number): ProduceResponseTopicProduceResponse {
  const flex = v >= 9
  const o: ProduceResponseTopicProduceResponse = {
    name: r.string(flex, "TopicProduceResponse.Name"),
    partitionResponses: readArray(r, flex, v, readProduceResponsePartitionProduceResponse, "TopicProduceResponse.PartitionResponses"),
  }
  if (flex) {
    const u = r.taggedFields("TopicProduceResponse._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceResponseTopicProduceResponse(w: Writer, m: MessageInit<ProduceResponseTopicProduceResponse>, v: number): void {
  const flex = v >= 9
  w.string((m.name ?? ""), flex, "TopicProduceResponse.Name")
  writeArray(w, (m.partitionResponses ?? EMPTY_ARRAY), flex, false, v, writeProduceResponsePartitionProduceResponse, "TopicProduceResponse.PartitionResponses")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "TopicProduceResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "TopicProduceResponse._tagged_fields")
  }
}

/** PartitionProduceResponse in ProduceResponse (versions 0-11) */
export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. (versions 0+) */
  index: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The base offset. (versions 0+) */
  baseOffset: bigint
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. (versions 2+, ignorable, default -1) */
  logAppendTimeMs: bigint
  /** The log start offset. (versions 5+, ignorable, default -1) */
  logStartOffset: bigint
  /** The batch indices of records that caused the batch to be dropped (versions 8+, ignorable) */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[]
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped (versions 8+, nullable 8+, ignorable, default null) */
  errorMessage: string | null
  /** (versions 10+, tag 0 in 10+) */
  currentLeader: ProduceResponseLeaderIdAndEpoch
  unknownTaggedFields?: TaggedField[]
}

function readProduceResponsePartitionProduceResponse(r: Reader, v: number): ProduceResponsePartitionProduceResponse {
  const flex = v >= 9
  const o: ProduceResponsePartitionProduceResponse = {
    index: r.int32("PartitionProduceResponse.Index"),
    errorCode: r.int16("PartitionProduceResponse.ErrorCode"),
    baseOffset: r.int64("PartitionProduceResponse.BaseOffset"),
    logAppendTimeMs: v >= 2 ? r.int64("PartitionProduceResponse.LogAppendTimeMs") : -1n,
    logStartOffset: v >= 5 ? r.int64("PartitionProduceResponse.LogStartOffset") : -1n,
    recordErrors: v >= 8 ? readArray(r, flex, v, readProduceResponseBatchIndexAndErrorMessage, "PartitionProduceResponse.RecordErrors") : [],
    errorMessage: v >= 8 ? r.nullableString(flex, v >= 8, "PartitionProduceResponse.ErrorMessage") : null,
    currentLeader: defaultProduceResponseLeaderIdAndEpoch(),
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("PartitionProduceResponse._tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("PartitionProduceResponse._tagged_fields")
      const end = r.enterTaggedField("PartitionProduceResponse._tagged_fields")
      switch (tag) {
        case 0: if (v >= 10) o.currentLeader = readProduceResponseLeaderIdAndEpoch(r, v); else u = r.unknownTaggedField(u, tag); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "PartitionProduceResponse._tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceResponsePartitionProduceResponse(w: Writer, m: MessageInit<ProduceResponsePartitionProduceResponse>, v: number): void {
  const flex = v >= 9
  w.int32((m.index ?? 0), "PartitionProduceResponse.Index")
  w.int16((m.errorCode ?? 0), "PartitionProduceResponse.ErrorCode")
  w.int64((m.baseOffset ?? 0n), "PartitionProduceResponse.BaseOffset")
  if (v >= 2) w.int64((m.logAppendTimeMs ?? -1n), "PartitionProduceResponse.LogAppendTimeMs")
  if (v >= 5) w.int64((m.logStartOffset ?? -1n), "PartitionProduceResponse.LogStartOffset")
  if (v >= 8) writeArray(w, (m.recordErrors ?? EMPTY_ARRAY), flex, false, v, writeProduceResponseBatchIndexAndErrorMessage, "PartitionProduceResponse.RecordErrors")
  if (v >= 8) w.nullableString((m.errorMessage ?? null), flex, v >= 8, "PartitionProduceResponse.ErrorMessage")
  if (!(v >= 10) && !isDefaultStruct(m.currentLeader, defaultProduceResponseLeaderIdAndEpoch())) w.notInVersion("PartitionProduceResponse.CurrentLeader")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = v >= 10 && !isDefaultStruct(m.currentLeader, defaultProduceResponseLeaderIdAndEpoch())
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "PartitionProduceResponse._tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "PartitionProduceResponse._tagged_fields")
      w.uvarint(0, "PartitionProduceResponse._tagged_fields")
      const s = w.beginSized()
      writeProduceResponseLeaderIdAndEpoch(w, (m.currentLeader ?? {}), v)
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "PartitionProduceResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "PartitionProduceResponse._tagged_fields")
  }
}

/** BatchIndexAndErrorMessage in ProduceResponse (versions 8-11) */
export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped (versions 8+) */
  batchIndex: number
  /** The error message of the record that caused the batch to be dropped (versions 8+, nullable 8+, default null) */
  batchIndexErrorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readProduceResponseBatchIndexAndErrorMessage(r: Reader, v: number): ProduceResponseBatchIndexAndErrorMessage {
  const flex = v >= 9
  const o: ProduceResponseBatchIndexAndErrorMessage = {
    batchIndex: r.int32("BatchIndexAndErrorMessage.BatchIndex"),
    batchIndexErrorMessage: r.nullableString(flex, true, "BatchIndexAndErrorMessage.BatchIndexErrorMessage"),
  }
  if (flex) {
    const u = r.taggedFields("BatchIndexAndErrorMessage._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeProduceResponseBatchIndexAndErrorMessage(w: Writer, m: MessageInit<ProduceResponseBatchIndexAndErrorMessage>, v: number): void {
  const flex = v >= 9
  w.int32((m.batchIndex ?? 0), "BatchIndexAndErrorMessage.BatchIndex")
  w.nullableString((m.batchIndexErrorMessage ?? null), flex, true, "BatchIndexAndErrorMessage.BatchIndexErrorMessage")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "BatchIndexAndErrorMessage._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "BatchIndexAndErrorMessage._tagged_fields")
  }
}

/** LeaderIdAndEpoch in ProduceResponse (versions 10-11) */
export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. (versions 10+, default -1) */
  leaderId: number
  /** The latest known leader epoch (versions 10+, default -1) */
  leaderEpoch: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 }
}

function readProduceResponseLeaderIdAndEpoch(r: Reader, v: number): ProduceResponseLeaderIdAndEpoch {
  const o: ProduceResponseLeaderIdAndEpoch = {
    leaderId: r.int32("LeaderIdAndEpoch.LeaderId"),
    leaderEpoch: r.int32("LeaderIdAndEpoch.LeaderEpoch"),
  }
  const u = r.taggedFields("LeaderIdAndEpoch._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeProduceResponseLeaderIdAndEpoch(w: Writer, m: MessageInit<ProduceResponseLeaderIdAndEpoch>, v: number): void {
  w.int32((m.leaderId ?? -1), "LeaderIdAndEpoch.LeaderId")
  w.int32((m.leaderEpoch ?? -1), "LeaderIdAndEpoch.LeaderEpoch")
  w.taggedFields(m.unknownTaggedFields, "LeaderIdAndEpoch._tagged_fields")
}

/** NodeEndpoint in ProduceResponse (versions 10-11) */
export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. (versions 10+) */
  nodeId: number
  /** The node's hostname. (versions 10+) */
  host: string
  /** The node's port. (versions 10+) */
  port: number
  /** The rack of the node, or null if it has not been assigned to a rack. (versions 10+, nullable 10+, default null) */
  rack: string | null
  unknownTaggedFields?: TaggedField[]
}

function readProduceResponseNodeEndpoint(r: Reader, v: number): ProduceResponseNodeEndpoint {
  const o: ProduceResponseNodeEndpoint = {
    nodeId: r.int32("NodeEndpoint.NodeId"),
    host: r.string(true, "NodeEndpoint.Host"),
    port: r.int32("NodeEndpoint.Port"),
    rack: r.nullableString(true, true, "NodeEndpoint.Rack"),
  }
  const u = r.taggedFields("NodeEndpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeProduceResponseNodeEndpoint(w: Writer, m: MessageInit<ProduceResponseNodeEndpoint>, v: number): void {
  w.int32((m.nodeId ?? 0), "NodeEndpoint.NodeId")
  w.string((m.host ?? ""), true, "NodeEndpoint.Host")
  w.int32((m.port ?? 0), "NodeEndpoint.Port")
  w.nullableString((m.rack ?? null), true, true, "NodeEndpoint.Rack")
  w.taggedFields(m.unknownTaggedFields, "NodeEndpoint._tagged_fields")
}

export function decodeProduceResponse(r: Reader, version: number): ProduceResponse {
  r.begin("ProduceResponse", version, 0, 11)
  return readProduceResponse(r, version)
}

export function encodeProduceResponse(w: Writer, m: MessageInit<ProduceResponse>, version: number): void {
  w.begin("ProduceResponse", version, 0, 11)
  writeProduceResponse(w, m, version)
}
