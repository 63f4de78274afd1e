// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions MetadataRequest.json, MetadataResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * Metadata Request (Versions: 0-3) => [topics]
 *   topics => name
 *     name => STRING
 * Metadata Request (Versions: 4-7) => [topics] allow_auto_topic_creation
 *   topics => name
 *     name => STRING
 *   allow_auto_topic_creation => BOOLEAN
 * Metadata Request (Version: 8) => [topics] allow_auto_topic_creation include_cluster_authorized_operations include_topic_authorized_operations
 *   topics => name
 *     name => STRING
 *   allow_auto_topic_creation => BOOLEAN
 *   include_cluster_authorized_operations => BOOLEAN
 *   include_topic_authorized_operations => BOOLEAN
 * Metadata Request (Version: 9) => [topics] allow_auto_topic_creation include_cluster_authorized_operations include_topic_authorized_operations _tagged_fields
 *   topics => name _tagged_fields
 *     name => COMPACT_STRING
 *   allow_auto_topic_creation => BOOLEAN
 *   include_cluster_authorized_operations => BOOLEAN
 *   include_topic_authorized_operations => BOOLEAN
 * Metadata Request (Version: 10) => [topics] allow_auto_topic_creation include_cluster_authorized_operations include_topic_authorized_operations _tagged_fields
 *   topics => topic_id name _tagged_fields
 *     topic_id => UUID
 *     name => COMPACT_NULLABLE_STRING
 *   allow_auto_topic_creation => BOOLEAN
 *   include_cluster_authorized_operations => BOOLEAN
 *   include_topic_authorized_operations => BOOLEAN
 * Metadata Request (Versions: 11-12) => [topics] allow_auto_topic_creation include_topic_authorized_operations _tagged_fields
 *   topics => topic_id name _tagged_fields
 *     topic_id => UUID
 *     name => COMPACT_NULLABLE_STRING
 *   allow_auto_topic_creation => BOOLEAN
 *   include_topic_authorized_operations => BOOLEAN
 */
/** MetadataRequest (versions 0-12, flexible 9+) */
export interface MetadataRequest {
  /** The topics to fetch metadata for. (versions 0+, nullable 1+) */
  topics: MetadataRequestTopic[] | null
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. (versions 4+, default true) */
  allowAutoTopicCreation: boolean
  /** Whether to include cluster authorized operations. (versions 8-10) */
  includeClusterAuthorizedOperations: boolean
  /** Whether to include topic authorized operations. (versions 8+) */
  includeTopicAuthorizedOperations: boolean
  unknownTaggedFields?: TaggedField[]
}

function readMetadataRequest(r: Reader, v: number): MetadataRequest {
  const flex = v >= 9
  const o: MetadataRequest = {
    topics: readNullableArray(r, flex, v >= 1, v, readMetadataRequestTopic, "Topics"),
    allowAutoTopicCreation: v >= 4 ? r.bool("AllowAutoTopicCreation") : true,
    includeClusterAuthorizedOperations: (v >= 8 && v <= 10) ? r.bool("IncludeClusterAuthorizedOperations") : false,
    includeTopicAuthorizedOperations: v >= 8 ? r.bool("IncludeTopicAuthorizedOperations") : false,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeMetadataRequest(w: Writer, m: MessageInit<MetadataRequest>, v: number): void {
  const flex = v >= 9
  writeArray(w, (m.topics === undefined ? EMPTY_ARRAY : m.topics), flex, v >= 1, v, writeMetadataRequestTopic, "Topics")
  if (v >= 4) w.bool((m.allowAutoTopicCreation ?? true), "AllowAutoTopicCreation")
  else if (m.allowAutoTopicCreation !== undefined && m.allowAutoTopicCreation !== true) w.notInVersion("AllowAutoTopicCreation")
  if ((v >= 8 && v <= 10)) w.bool((m.includeClusterAuthorizedOperations ?? false), "IncludeClusterAuthorizedOperations")
  else if (m.includeClusterAuthorizedOperations !== undefined && m.includeClusterAuthorizedOperations !== false) w.notInVersion("IncludeClusterAuthorizedOperations")
  if (v >= 8) w.bool((m.includeTopicAuthorizedOperations ?? false), "IncludeTopicAuthorizedOperations")
  else if (m.includeTopicAuthorizedOperations !== undefined && m.includeTopicAuthorizedOperations !== false) w.notInVersion("IncludeTopicAuthorizedOperations")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** MetadataRequestTopic in MetadataRequest (versions 0-12) */
export interface MetadataRequestTopic {
  /** The topic id. (versions 10+, ignorable) */
  topicId: string
  /** The topic name. (versions 0+, nullable 10+) */
  name: string | null
  unknownTaggedFields?: TaggedField[]
}

function readMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopic {
  const flex = v >= 9
  const o: MetadataRequestTopic = {
    topicId: v >= 10 ? r.uuid("MetadataRequestTopic.TopicId") : ZERO_UUID,
    name: r.nullableString(flex, v >= 10, "MetadataRequestTopic.Name"),
  }
  if (flex) {
    const u = r.taggedFields("MetadataRequestTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeMetadataRequestTopic(w: Writer, m: MessageInit<MetadataRequestTopic>, v: number): void {
  const flex = v >= 9
  if (v >= 10) w.uuid((m.topicId ?? ZERO_UUID), "MetadataRequestTopic.TopicId")
  w.nullableString((m.name === undefined ? "" : m.name), flex, v >= 10, "MetadataRequestTopic.Name")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "MetadataRequestTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "MetadataRequestTopic._tagged_fields")
  }
}

export function decodeMetadataRequest(r: Reader, version: number): MetadataRequest {
  r.begin("MetadataRequest", version, 0, 12)
  return readMetadataRequest(r, version)
}

export function encodeMetadataRequest(w: Writer, m: MessageInit<MetadataRequest>, version: number): void {
  w.begin("MetadataRequest", version, 0, 12)
  writeMetadataRequest(w, m, version)
}

/*
 * Metadata Response (Version: 0) => [brokers] [topics]
 *   brokers => node_id host port
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *   topics => error_code name [partitions]
 *     error_code => INT16
 *     name => STRING
 *     partitions => error_code partition_index leader_id [replica_nodes] [isr_nodes]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 * Metadata Response (Version: 1) => [brokers] controller_id [topics]
 *   brokers => node_id host port rack
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *     rack => NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions]
 *     error_code => INT16
 *     name => STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id [replica_nodes] [isr_nodes]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 * Metadata Response (Version: 2) => [brokers] cluster_id controller_id [topics]
 *   brokers => node_id host port rack
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *     rack => NULLABLE_STRING
 *   cluster_id => NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions]
 *     error_code => INT16
 *     name => STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id [replica_nodes] [isr_nodes]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 * Metadata Response (Versions: 3-4) => throttle_time_ms [brokers] cluster_id controller_id [topics]
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *     rack => NULLABLE_STRING
 *   cluster_id => NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions]
 *     error_code => INT16
 *     name => STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id [replica_nodes] [isr_nodes]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 * Metadata Response (Versions: 5-6) => throttle_time_ms [brokers] cluster_id controller_id [topics]
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *     rack => NULLABLE_STRING
 *   cluster_id => NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions]
 *     error_code => INT16
 *     name => STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id [replica_nodes] [isr_nodes] [offline_replicas]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 * Metadata Response (Version: 7) => throttle_time_ms [brokers] cluster_id controller_id [topics]
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *     rack => NULLABLE_STRING
 *   cluster_id => NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions]
 *     error_code => INT16
 *     name => STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [offline_replicas]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 * Metadata Response (Version: 8) => throttle_time_ms [brokers] cluster_id controller_id [topics] cluster_authorized_operations
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack
 *     node_id => INT32
 *     host => STRING
 *     port => INT32
 *     rack => NULLABLE_STRING
 *   cluster_id => NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions] topic_authorized_operations
 *     error_code => INT16
 *     name => STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [offline_replicas]
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 *     topic_authorized_operations => INT32
 *   cluster_authorized_operations => INT32
 * Metadata Response (Version: 9) => throttle_time_ms [brokers] cluster_id controller_id [topics] cluster_authorized_operations _tagged_fields
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name is_internal [partitions] topic_authorized_operations _tagged_fields
 *     error_code => INT16
 *     name => COMPACT_STRING
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [offline_replicas] _tagged_fields
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 *     topic_authorized_operations => INT32
 *   cluster_authorized_operations => INT32
 * Metadata Response (Version: 10) => throttle_time_ms [brokers] cluster_id controller_id [topics] cluster_authorized_operations _tagged_fields
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name topic_id is_internal [partitions] topic_authorized_operations _tagged_fields
 *     error_code => INT16
 *     name => COMPACT_STRING
 *     topic_id => UUID
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [offline_replicas] _tagged_fields
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 *     topic_authorized_operations => INT32
 *   cluster_authorized_operations => INT32
 * Metadata Response (Version: 11) => throttle_time_ms [brokers] cluster_id controller_id [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name topic_id is_internal [partitions] topic_authorized_operations _tagged_fields
 *     error_code => INT16
 *     name => COMPACT_STRING
 *     topic_id => UUID
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [offline_replicas] _tagged_fields
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 *     topic_authorized_operations => INT32
 * Metadata Response (Version: 12) => throttle_time_ms [brokers] cluster_id controller_id [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   brokers => node_id host port rack _tagged_fields
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   controller_id => INT32
 *   topics => error_code name topic_id is_internal [partitions] topic_authorized_operations _tagged_fields
 *     error_code => INT16
 *     name => COMPACT_NULLABLE_STRING
 *     topic_id => UUID
 *     is_internal => BOOLEAN
 *     partitions => error_code partition_index leader_id leader_epoch [replica_nodes] [isr_nodes] [offline_replicas] _tagged_fields
 *       error_code => INT16
 *       partition_index => INT32
 *       leader_id => INT32
 *       leader_epoch => INT32
 *       replica_nodes => INT32
 *       isr_nodes => INT32
 *       offline_replicas => INT32
 *     topic_authorized_operations => INT32
 */
/** MetadataResponse (versions 0-12, flexible 9+) */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 3+, ignorable) */
  throttleTimeMs: number
  /** A list of brokers present in the cluster. (versions 0+) */
  brokers: MetadataResponseBroker[]
  /** The cluster ID that responding broker belongs to. (versions 2+, nullable 2+, ignorable, default null) */
  clusterId: string | null
  /** The ID of the controller broker. (versions 1+, ignorable, default -1) */
  controllerId: number
  /** Each topic in the response. (versions 0+) */
  topics: MetadataResponseTopic[]
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10, default -2147483648) */
  clusterAuthorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readMetadataResponse(r: Reader, v: number): MetadataResponse {
  const flex = v >= 9
  const o: MetadataResponse = {
    throttleTimeMs: v >= 3 ? r.int32("ThrottleTimeMs") : 0,
    brokers: readArray(r, flex, v, readMetadataResponseBroker, "Brokers"),
    clusterId: v >= 2 ? r.nullableString(flex, v >= 2, "ClusterId") : null,
    controllerId: v >= 1 ? r.int32("ControllerId") : -1,
    topics: readArray(r, flex, v, readMetadataResponseTopic, "Topics"),
    clusterAuthorizedOperations: (v >= 8 && v <= 10) ? r.int32("ClusterAuthorizedOperations") : -2147483648,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeMetadataResponse(w: Writer, m: MessageInit<MetadataResponse>, v: number): void {
  const flex = v >= 9
  if (v >= 3) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.brokers ?? EMPTY_ARRAY), flex, false, v, writeMetadataResponseBroker, "Brokers")
  if (v >= 2) w.nullableString((m.clusterId ?? null), flex, v >= 2, "ClusterId")
  if (v >= 1) w.int32((m.controllerId ?? -1), "ControllerId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeMetadataResponseTopic, "Topics")
  if ((v >= 8 && v <= 10)) w.int32((m.clusterAuthorizedOperations ?? -2147483648), "ClusterAuthorizedOperations")
  else if (m.clusterAuthorizedOperations !== undefined && m.clusterAuthorizedOperations !== -2147483648) w.notInVersion("ClusterAuthorizedOperations")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** MetadataResponseBroker in MetadataResponse (versions 0-12) */
export interface MetadataResponseBroker {
  /** The broker ID. (versions 0+) */
  nodeId: number
  /** The broker hostname. (versions 0+) */
  host: string
  /** The broker port. (versions 0+) */
  port: number
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 1+, nullable 1+, ignorable, default null) */
  rack: string | null
  unknownTaggedFields?: TaggedField[]
}

function readMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const flex = v >= 9
  const o: MetadataResponseBroker = {
    nodeId: r.int32("MetadataResponseBroker.NodeId"),
    host: r.string(flex, "MetadataResponseBroker.Host"),
    port: r.int32("MetadataResponseBroker.Port"),
    rack: v >= 1 ? r.nullableString(flex, v >= 1, "MetadataResponseBroker.Rack") : null,
  }
  if (flex) {
    const u = r.taggedFields("MetadataResponseBroker._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeMetadataResponseBroker(w: Writer, m: MessageInit<MetadataResponseBroker>, v: number): void {
  const flex = v >= 9
  w.int32((m.nodeId ?? 0), "MetadataResponseBroker.NodeId")
  w.string((m.host ?? ""), flex, "MetadataResponseBroker.Host")
  w.int32((m.port ?? 0), "MetadataResponseBroker.Port")
  if (v >= 1) w.nullableString((m.rack ?? null), flex, v >= 1, "MetadataResponseBroker.Rack")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "MetadataResponseBroker._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "MetadataResponseBroker._tagged_fields")
  }
}

/** MetadataResponseTopic in MetadataResponse (versions 0-12) */
export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. (versions 0+, nullable 12+) */
  name: string | null
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. (versions 10+, ignorable) */
  topicId: string
  /** True if the topic is internal. (versions 1+, ignorable, default false) */
  isInternal: boolean
  /** Each partition in the topic. (versions 0+) */
  partitions: MetadataResponsePartition[]
  /** 32-bit bitfield to represent authorized operations for this topic. (versions 8+, default -2147483648) */
  topicAuthorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const flex = v >= 9
  const o: MetadataResponseTopic = {
    errorCode: r.int16("MetadataResponseTopic.ErrorCode"),
    name: r.nullableString(flex, v === 12, "MetadataResponseTopic.Name"),
    topicId: v >= 10 ? r.uuid("MetadataResponseTopic.TopicId") : ZERO_UUID,
    isInternal: v >= 1 ? r.bool("MetadataResponseTopic.IsInternal") : false,
    partitions: readArray(r, flex, v, readMetadataResponsePartition, "MetadataResponseTopic.Partitions"),
    topicAuthorizedOperations: v >= 8 ? r.int32("MetadataResponseTopic.TopicAuthorizedOperations") : -2147483648,
  }
  if (flex) {
    const u = r.taggedFields("MetadataResponseTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeMetadataResponseTopic(w: Writer, m: MessageInit<MetadataResponseTopic>, v: number): void {
  const flex = v >= 9
  w.int16((m.errorCode ?? 0), "MetadataResponseTopic.ErrorCode")
  w.nullableString((m.name === undefined ? "" : m.name), flex, v === 12, "MetadataResponseTopic.Name")
  if (v >= 10) w.uuid((m.topicId ?? ZERO_UUID), "MetadataResponseTopic.TopicId")
  if (v >= 1) w.bool((m.isInternal ?? false), "MetadataResponseTopic.IsInternal")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeMetadataResponsePartition, "MetadataResponseTopic.Partitions")
  if (v >= 8) w.int32((m.topicAuthorizedOperations ?? -2147483648), "MetadataResponseTopic.TopicAuthorizedOperations")
  else if (m.topicAuthorizedOperations !== undefined && m.topicAuthorizedOperations !== -2147483648) w.notInVersion("MetadataResponseTopic.TopicAuthorizedOperations")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "MetadataResponseTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "MetadataResponseTopic._tagged_fields")
  }
}

/** MetadataResponsePartition in MetadataResponse (versions 0-12) */
export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The ID of the leader broker. (versions 0+) */
  leaderId: number
  /** The leader epoch of this partition. (versions 7+, ignorable, default -1) */
  leaderEpoch: number
  /** The set of all nodes that host this partition. (versions 0+) */
  replicaNodes: number[]
  /** The set of nodes that are in sync with the leader for this partition. (versions 0+) */
  isrNodes: number[]
  /** The set of offline replicas of this partition. (versions 5+, ignorable) */
  offlineReplicas: number[]
  unknownTaggedFields?: TaggedField[]
}

function readMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const flex = v >= 9
  const o: MetadataResponsePartition = {
    errorCode: r.int16("MetadataResponsePartition.ErrorCode"),
    partitionIndex: r.int32("MetadataResponsePartition.PartitionIndex"),
    leaderId: r.int32("MetadataResponsePartition.LeaderId"),
    leaderEpoch: v >= 7 ? r.int32("MetadataResponsePartition.LeaderEpoch") : -1,
    replicaNodes: readArray(r, flex, v, readInt32Element, "MetadataResponsePartition.ReplicaNodes"),
    isrNodes: readArray(r, flex, v, readInt32Element, "MetadataResponsePartition.IsrNodes"),
    offlineReplicas: v >= 5 ? readArray(r, flex, v, readInt32Element, "MetadataResponsePartition.OfflineReplicas") : [],
  }
  if (flex) {
    const u = r.taggedFields("MetadataResponsePartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeMetadataResponsePartition(w: Writer, m: MessageInit<MetadataResponsePartition>, v: number): void {
  const flex = v >= 9
  w.int16((m.errorCode ?? 0), "MetadataResponsePartition.ErrorCode")
  w.int32((m.partitionIndex ?? 0), "MetadataResponsePartition.PartitionIndex")
  w.int32((m.leaderId ?? 0), "MetadataResponsePartition.LeaderId")
  if (v >= 7) w.int32((m.leaderEpoch ?? -1), "MetadataResponsePartition.LeaderEpoch")
  writeArray(w, (m.replicaNodes ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "MetadataResponsePartition.ReplicaNodes")
  writeArray(w, (m.isrNodes ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "MetadataResponsePartition.IsrNodes")
  if (v >= 5) writeArray(w, (m.offlineReplicas ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "MetadataResponsePartition.OfflineReplicas")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "MetadataResponsePartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "MetadataResponsePartition._tagged_fields")
  }
}

export function decodeMetadataResponse(r: Reader, version: number): MetadataResponse {
  r.begin("MetadataResponse", version, 0, 12)
  return readMetadataResponse(r, version)
}

export function encodeMetadataResponse(w: Writer, m: MessageInit<MetadataResponse>, version: number): void {
  w.begin("MetadataResponse", version, 0, 12)
  writeMetadataResponse(w, m, version)
}
