// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions UpdateMetadataRequest.json, UpdateMetadataResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, nonEmpty, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * UpdateMetadata Request (Version: 0) => controller_id controller_epoch [ungrouped_partition_states] [live_brokers]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas]
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     zk_version => INT32
 *     replicas => INT32
 *   live_brokers => id v0_host v0_port
 *     id => INT32
 *     v0_host => STRING
 *     v0_port => INT32
 * UpdateMetadata Request (Version: 1) => controller_id controller_epoch [ungrouped_partition_states] [live_brokers]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas]
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     zk_version => INT32
 *     replicas => INT32
 *   live_brokers => id [endpoints]
 *     id => INT32
 *     endpoints => port host security_protocol
 *       port => INT32
 *       host => STRING
 *       security_protocol => INT16
 * UpdateMetadata Request (Version: 2) => controller_id controller_epoch [ungrouped_partition_states] [live_brokers]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas]
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     zk_version => INT32
 *     replicas => INT32
 *   live_brokers => id [endpoints] rack
 *     id => INT32
 *     endpoints => port host security_protocol
 *       port => INT32
 *       host => STRING
 *       security_protocol => INT16
 *     rack => NULLABLE_STRING
 * UpdateMetadata Request (Version: 3) => controller_id controller_epoch [ungrouped_partition_states] [live_brokers]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas]
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     zk_version => INT32
 *     replicas => INT32
 *   live_brokers => id [endpoints] rack
 *     id => INT32
 *     endpoints => port host listener security_protocol
 *       port => INT32
 *       host => STRING
 *       listener => STRING
 *       security_protocol => INT16
 *     rack => NULLABLE_STRING
 * UpdateMetadata Request (Version: 4) => controller_id controller_epoch [ungrouped_partition_states] [live_brokers]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   ungrouped_partition_states => topic_name partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas] [offline_replicas]
 *     topic_name => STRING
 *     partition_index => INT32
 *     controller_epoch => INT32
 *     leader => INT32
 *     leader_epoch => INT32
 *     isr => INT32
 *     zk_version => INT32
 *     replicas => INT32
 *     offline_replicas => INT32
 *   live_brokers => id [endpoints] rack
 *     id => INT32
 *     endpoints => port host listener security_protocol
 *       port => INT32
 *       host => STRING
 *       listener => STRING
 *       security_protocol => INT16
 *     rack => NULLABLE_STRING
 * UpdateMetadata Request (Version: 5) => controller_id controller_epoch broker_epoch [topic_states] [live_brokers]
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states]
 *     topic_name => STRING
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas] [offline_replicas]
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       zk_version => INT32
 *       replicas => INT32
 *       offline_replicas => INT32
 *   live_brokers => id [endpoints] rack
 *     id => INT32
 *     endpoints => port host listener security_protocol
 *       port => INT32
 *       host => STRING
 *       listener => STRING
 *       security_protocol => INT16
 *     rack => NULLABLE_STRING
 * UpdateMetadata Request (Version: 6) => controller_id controller_epoch broker_epoch [topic_states] [live_brokers] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas] [offline_replicas] _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       zk_version => INT32
 *       replicas => INT32
 *       offline_replicas => INT32
 *   live_brokers => id [endpoints] rack _tagged_fields
 *     id => INT32
 *     endpoints => port host listener security_protocol _tagged_fields
 *       port => INT32
 *       host => COMPACT_STRING
 *       listener => COMPACT_STRING
 *       security_protocol => INT16
 *     rack => COMPACT_NULLABLE_STRING
 * UpdateMetadata Request (Version: 7) => controller_id controller_epoch broker_epoch [topic_states] [live_brokers] _tagged_fields
 *   controller_id => INT32
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name topic_id [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     topic_id => UUID
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas] [offline_replicas] _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       zk_version => INT32
 *       replicas => INT32
 *       offline_replicas => INT32
 *   live_brokers => id [endpoints] rack _tagged_fields
 *     id => INT32
 *     endpoints => port host listener security_protocol _tagged_fields
 *       port => INT32
 *       host => COMPACT_STRING
 *       listener => COMPACT_STRING
 *       security_protocol => INT16
 *     rack => COMPACT_NULLABLE_STRING
 * UpdateMetadata Request (Version: 8) => controller_id is_k_raft_controller controller_epoch broker_epoch [topic_states] [live_brokers] _tagged_fields{0:type}
 *   controller_id => INT32
 *   is_k_raft_controller => BOOLEAN
 *   controller_epoch => INT32
 *   broker_epoch => INT64
 *   topic_states => topic_name topic_id [partition_states] _tagged_fields
 *     topic_name => COMPACT_STRING
 *     topic_id => UUID
 *     partition_states => partition_index controller_epoch leader leader_epoch [isr] zk_version [replicas] [offline_replicas] _tagged_fields
 *       partition_index => INT32
 *       controller_epoch => INT32
 *       leader => INT32
 *       leader_epoch => INT32
 *       isr => INT32
 *       zk_version => INT32
 *       replicas => INT32
 *       offline_replicas => INT32
 *   live_brokers => id [endpoints] rack _tagged_fields
 *     id => INT32
 *     endpoints => port host listener security_protocol _tagged_fields
 *       port => INT32
 *       host => COMPACT_STRING
 *       listener => COMPACT_STRING
 *       security_protocol => INT16
 *     rack => COMPACT_NULLABLE_STRING
 *   type => INT8
 */
/** UpdateMetadataRequest (versions 0-8, flexible 6+) */
export interface UpdateMetadataRequest {
  /** The controller id. (versions 0+) */
  controllerId: number
  /** If KRaft controller id is used during migration. See KIP-866 (versions 8+, default false) */
  isKRaftController: boolean
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 (versions 8+, tag 0 in 8+, default 0) */
  type: number
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The broker epoch. (versions 5+, ignorable, default -1) */
  brokerEpoch: bigint
  /** In older versions of this RPC, each partition that we would like to update. (versions 0-4) */
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[]
  /** In newer versions of this RPC, each topic that we would like to update. (versions 5+) */
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[]
  /** (versions 0+) */
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[]
  unknownTaggedFields?: TaggedField[]
}

function readUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  const flex = v >= 6
  const o: UpdateMetadataRequest = {
    controllerId: r.int32("ControllerId"),
    isKRaftController: v === 8 ? r.bool("isKRaftController") : false,
    type: 0,
    controllerEpoch: r.int32("ControllerEpoch"),
    brokerEpoch: v >= 5 ? r.int64("BrokerEpoch") : -1n,
    ungroupedPartitionStates: v <= 4 ? readArray(r, flex, v, readUpdateMetadataRequestUpdateMetadataPartitionState, "UngroupedPartitionStates") : [],
    topicStates: v >= 5 ? readArray(r, flex, v, readUpdateMetadataRequestUpdateMetadataTopicState, "TopicStates") : [],
    liveBrokers: readArray(r, flex, v, readUpdateMetadataRequestUpdateMetadataBroker, "LiveBrokers"),
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: if (v === 8) o.type = r.int8("Type"); else u = r.unknownTaggedField(u, tag); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeUpdateMetadataRequest(w: Writer, m: MessageInit<UpdateMetadataRequest>, v: number): void {
  const flex = v >= 6
  w.int32((m.controllerId ?? 0), "ControllerId")
  if (v === 8) w.bool((m.isKRaftController ?? false), "isKRaftController")
  else if (m.isKRaftController !== undefined && m.isKRaftController !== false) w.notInVersion("isKRaftController")
  if (!(v === 8) && m.type !== undefined && m.type !== 0) w.notInVersion("Type")
  w.int32((m.controllerEpoch ?? 0), "ControllerEpoch")
  if (v >= 5) w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  if (v <= 4) writeArray(w, (m.ungroupedPartitionStates ?? EMPTY_ARRAY), flex, false, v, writeUpdateMetadataRequestUpdateMetadataPartitionState, "UngroupedPartitionStates")
  else if (nonEmpty(m.ungroupedPartitionStates)) w.notInVersion("UngroupedPartitionStates")
  if (v >= 5) writeArray(w, (m.topicStates ?? EMPTY_ARRAY), flex, false, v, writeUpdateMetadataRequestUpdateMetadataTopicState, "TopicStates")
  else if (nonEmpty(m.topicStates)) w.notInVersion("TopicStates")
  writeArray(w, (m.liveBrokers ?? EMPTY_ARRAY), flex, false, v, writeUpdateMetadataRequestUpdateMetadataBroker, "LiveBrokers")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = v === 8 && m.type !== undefined && m.type !== 0
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
      w.uvarint(0, "_tagged_fields")
      const s = w.beginSized()
      w.int8((m.type ?? 0), "Type")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** UpdateMetadataTopicState in UpdateMetadataRequest (versions 5-8) */
export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** The topic name. (versions 5+) */
  topicName: string
  /** The topic id. (versions 7+, ignorable) */
  topicId: string
  /** The partition that we would like to update. (versions 5+) */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[]
  unknownTaggedFields?: TaggedField[]
}

function readUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataTopicState {
  const flex = v >= 6
  const o: UpdateMetadataRequestUpdateMetadataTopicState = {
    topicName: r.string(flex, "UpdateMetadataTopicState.TopicName"),
    topicId: v >= 7 ? r.uuid("UpdateMetadataTopicState.TopicId") : ZERO_UUID,
    partitionStates: readArray(r, flex, v, readUpdateMetadataRequestUpdateMetadataPartitionState, "UpdateMetadataTopicState.PartitionStates"),
  }
  if (flex) {
    const u = r.taggedFields("UpdateMetadataTopicState._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, m: MessageInit<UpdateMetadataRequestUpdateMetadataTopicState>, v: number): void {
  const flex = v >= 6
  w.string((m.topicName ?? ""), flex, "UpdateMetadataTopicState.TopicName")
  if (v >= 7) w.uuid((m.topicId ?? ZERO_UUID), "UpdateMetadataTopicState.TopicId")
  writeArray(w, (m.partitionStates ?? EMPTY_ARRAY), flex, false, v, writeUpdateMetadataRequestUpdateMetadataPartitionState, "UpdateMetadataTopicState.PartitionStates")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "UpdateMetadataTopicState._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "UpdateMetadataTopicState._tagged_fields")
  }
}

/** UpdateMetadataBroker in UpdateMetadataRequest (versions 0-8) */
export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** The broker id. (versions 0+) */
  id: number
  /** The broker hostname. (versions 0, ignorable) */
  v0Host: string
  /** The broker port. (versions 0, ignorable) */
  v0Port: number
  /** The broker endpoints. (versions 1+, ignorable) */
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[]
  /** The rack which this broker belongs to. (versions 2+, nullable 2+, ignorable) */
  rack: string | null
  unknownTaggedFields?: TaggedField[]
}

function readUpdateMetadataRequestUpdateMetadataBroker(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataBroker {
  const flex = v >= 6
  const o: UpdateMetadataRequestUpdateMetadataBroker = {
    id: r.int32("UpdateMetadataBroker.Id"),
    v0Host: v === 0 ? r.string(flex, "UpdateMetadataBroker.V0Host") : "",
    v0Port: v === 0 ? r.int32("UpdateMetadataBroker.V0Port") : 0,
    endpoints: v >= 1 ? readArray(r, flex, v, readUpdateMetadataRequestUpdateMetadataEndpoint, "UpdateMetadataBroker.Endpoints") : [],
    rack: v >= 2 ? r.nullableString(flex, v >= 2, "UpdateMetadataBroker.Rack") : "",
  }
  if (flex) {
    const u = r.taggedFields("UpdateMetadataBroker._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, m: MessageInit<UpdateMetadataRequestUpdateMetadataBroker>, v: number): void {
  const flex = v >= 6
  w.int32((m.id ?? 0), "UpdateMetadataBroker.Id")
  if (v === 0) w.string((m.v0Host ?? ""), flex, "UpdateMetadataBroker.V0Host")
  if (v === 0) w.int32((m.v0Port ?? 0), "UpdateMetadataBroker.V0Port")
  if (v >= 1) writeArray(w, (m.endpoints ?? EMPTY_ARRAY), flex, false, v, writeUpdateMetadataRequestUpdateMetadataEndpoint, "UpdateMetadataBroker.Endpoints")
  if (v >= 2) w.nullableString((m.rack === undefined ? "" : m.rack), flex, v >= 2, "UpdateMetadataBroker.Rack")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "UpdateMetadataBroker._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "UpdateMetadataBroker._tagged_fields")
  }
}

/** UpdateMetadataEndpoint in UpdateMetadataRequest (versions 1-8) */
export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** The port of this endpoint (versions 1+) */
  port: number
  /** The hostname of this endpoint (versions 1+) */
  host: string
  /** The listener name. (versions 3+, ignorable) */
  listener: string
  /** The security protocol type. (versions 1+) */
  securityProtocol: number
  unknownTaggedFields?: TaggedField[]
}

function readUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataEndpoint {
  const flex = v >= 6
  const o: UpdateMetadataRequestUpdateMetadataEndpoint = {
    port: r.int32("UpdateMetadataEndpoint.Port"),
    host: r.string(flex, "UpdateMetadataEndpoint.Host"),
    listener: v >= 3 ? r.string(flex, "UpdateMetadataEndpoint.Listener") : "",
    securityProtocol: r.int16("UpdateMetadataEndpoint.SecurityProtocol"),
  }
  if (flex) {
    const u = r.taggedFields("UpdateMetadataEndpoint._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, m: MessageInit<UpdateMetadataRequestUpdateMetadataEndpoint>, v: number): void {
  const flex = v >= 6
  w.int32((m.port ?? 0), "UpdateMetadataEndpoint.Port")
  w.string((m.host ?? ""), flex, "UpdateMetadataEndpoint.Host")
  if (v >= 3) w.string((m.listener ?? ""), flex, "UpdateMetadataEndpoint.Listener")
  w.int16((m.securityProtocol ?? 0), "UpdateMetadataEndpoint.SecurityProtocol")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "UpdateMetadataEndpoint._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "UpdateMetadataEndpoint._tagged_fields")
  }
}

/** UpdateMetadataPartitionState in UpdateMetadataRequest (versions 0-8) */
export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. (versions 0-4, ignorable) */
  topicName: string
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The controller epoch. (versions 0+) */
  controllerEpoch: number
  /** The ID of the broker which is the current partition leader. (versions 0+) */
  leader: number
  /** The leader epoch of this partition. (versions 0+) */
  leaderEpoch: number
  /** The brokers which are in the ISR for this partition. (versions 0+) */
  isr: number[]
  /** The Zookeeper version. (versions 0+) */
  zkVersion: number
  /** All the replicas of this partition. (versions 0+) */
  replicas: number[]
  /** The replicas of this partition which are offline. (versions 4+, ignorable) */
  offlineReplicas: number[]
  unknownTaggedFields?: TaggedField[]
}

function readUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, v: number): UpdateMetadataRequestUpdateMetadataPartitionState {
  const flex = v >= 6
  const o: UpdateMetadataRequestUpdateMetadataPartitionState = {
    topicName: v <= 4 ? r.string(flex, "UpdateMetadataPartitionState.TopicName") : "",
    partitionIndex: r.int32("UpdateMetadataPartitionState.PartitionIndex"),
    controllerEpoch: r.int32("UpdateMetadataPartitionState.ControllerEpoch"),
    leader: r.int32("UpdateMetadataPartitionState.Leader"),
    leaderEpoch: r.int32("UpdateMetadataPartitionState.LeaderEpoch"),
    isr: readArray(r, flex, v, readInt32Element, "UpdateMetadataPartitionState.Isr"),
    zkVersion: r.int32("UpdateMetadataPartitionState.ZkVersion"),
    replicas: readArray(r, flex, v, readInt32Element, "UpdateMetadataPartitionState.Replicas"),
    offlineReplicas: v >= 4 ? readArray(r, flex, v, readInt32Element, "UpdateMetadataPartitionState.OfflineReplicas") : [],
  }
  if (flex) {
    const u = r.taggedFields("UpdateMetadataPartitionState._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, m: MessageInit<UpdateMetadataRequestUpdateMetadataPartitionState>, v: number): void {
  const flex = v >= 6
  if (v <= 4) w.string((m.topicName ?? ""), flex, "UpdateMetadataPartitionState.TopicName")
  w.int32((m.partitionIndex ?? 0), "UpdateMetadataPartitionState.PartitionIndex")
  w.int32((m.controllerEpoch ?? 0), "UpdateMetadataPartitionState.ControllerEpoch")
  w.int32((m.leader ?? 0), "UpdateMetadataPartitionState.Leader")
  w.int32((m.leaderEpoch ?? 0), "UpdateMetadataPartitionState.LeaderEpoch")
  writeArray(w, (m.isr ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "UpdateMetadataPartitionState.Isr")
  w.int32((m.zkVersion ?? 0), "UpdateMetadataPartitionState.ZkVersion")
  writeArray(w, (m.replicas ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "UpdateMetadataPartitionState.Replicas")
  if (v >= 4) writeArray(w, (m.offlineReplicas ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "UpdateMetadataPartitionState.OfflineReplicas")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "UpdateMetadataPartitionState._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "UpdateMetadataPartitionState._tagged_fields")
  }
}

export function decodeUpdateMetadataRequest(r: Reader, version: number): UpdateMetadataRequest {
  r.begin("UpdateMetadataRequest", version, 0, 8)
  return readUpdateMetadataRequest(r, version)
}

export function encodeUpdateMetadataRequest(w: Writer, m: MessageInit<UpdateMetadataRequest>, version: number): void {
  w.begin("UpdateMetadataRequest", version, 0, 8)
  writeUpdateMetadataRequest(w, m, version)
}

/*
 * UpdateMetadata Response (Versions: 0-5) => error_code
 *   error_code => INT16
 * UpdateMetadata Response (Versions: 6-8) => error_code _tagged_fields
 *   error_code => INT16
 */
/** UpdateMetadataResponse (versions 0-8, flexible 6+) */
export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  const flex = v >= 6
  const o: UpdateMetadataResponse = {
    errorCode: r.int16("ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeUpdateMetadataResponse(w: Writer, m: MessageInit<UpdateMetadataResponse>, v: number): void {
  const flex = v >= 6
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  r.begin("UpdateMetadataResponse", version, 0, 8)
  return readUpdateMetadataResponse(r, version)
}

export function encodeUpdateMetadataResponse(w: Writer, m: MessageInit<UpdateMetadataResponse>, version: number): void {
  w.begin("UpdateMetadataResponse", version, 0, 8)
  writeUpdateMetadataResponse(w, m, version)
}
