// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions CreateTopicsRequest.json, CreateTopicsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readInt32Element, readNullableArray, writeArray, writeInt32Element } from '../codec.js'

/*
 * CreateTopics Request (Version: 0) => [topics] timeout_ms
 *   topics => name num_partitions replication_factor [assignments] [configs]
 *     name => STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     assignments => partition_index [broker_ids]
 *       partition_index => INT32
 *       broker_ids => INT32
 *     configs => name value
 *       name => STRING
 *       value => NULLABLE_STRING
 *   timeout_ms => INT32
 * CreateTopics Request (Versions: 1-4) => [topics] timeout_ms validate_only
 *   topics => name num_partitions replication_factor [assignments] [configs]
 *     name => STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     assignments => partition_index [broker_ids]
 *       partition_index => INT32
 *       broker_ids => INT32
 *     configs => name value
 *       name => STRING
 *       value => NULLABLE_STRING
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 * CreateTopics Request (Versions: 5-7) => [topics] timeout_ms validate_only _tagged_fields
 *   topics => name num_partitions replication_factor [assignments] [configs] _tagged_fields
 *     name => COMPACT_STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     assignments => partition_index [broker_ids] _tagged_fields
 *       partition_index => INT32
 *       broker_ids => INT32
 *     configs => name value _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 */
/** CreateTopicsRequest (versions 0-7, flexible 5+) */
export interface CreateTopicsRequest {
  /** The topics to create. (versions 0+) */
  topics: CreateTopicsRequestCreatableTopic[]
  /** How long to wait in milliseconds before timing out the request. (versions 0+, default 60000) */
  timeoutMs: number
  /** If true, check that the topics can be created as specified, but don't create anything. (versions 1+, default false) */
  validateOnly: boolean
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  const flex = v >= 5
  const o: CreateTopicsRequest = {
    topics: readArray(r, flex, v, readCreateTopicsRequestCreatableTopic, "Topics"),
    timeoutMs: r.int32("timeoutMs"),
    validateOnly: v >= 1 ? r.bool("validateOnly") : false,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateTopicsRequest(w: Writer, m: MessageInit<CreateTopicsRequest>, v: number): void {
  const flex = v >= 5
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeCreateTopicsRequestCreatableTopic, "Topics")
  w.int32((m.timeoutMs ?? 60000), "timeoutMs")
  if (v >= 1) w.bool((m.validateOnly ?? false), "validateOnly")
  else if (m.validateOnly !== undefined && m.validateOnly !== false) w.notInVersion("validateOnly")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** CreatableTopic in CreateTopicsRequest (versions 0-7) */
export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. (versions 0+) */
  numPartitions: number
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. (versions 0+) */
  replicationFactor: number
  /** The manual partition assignment, or the empty array if we are using automatic assignment. (versions 0+) */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[]
  /** The custom topic configurations to set. (versions 0+) */
  configs: CreateTopicsRequestCreatableTopicConfig[]
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopic {
  const flex = v >= 5
  const o: CreateTopicsRequestCreatableTopic = {
    name: r.string(flex, "CreatableTopic.Name"),
    numPartitions: r.int32("CreatableTopic.NumPartitions"),
    replicationFactor: r.int16("CreatableTopic.ReplicationFactor"),
    assignments: readArray(r, flex, v, readCreateTopicsRequestCreatableReplicaAssignment, "CreatableTopic.Assignments"),
    configs: readArray(r, flex, v, readCreateTopicsRequestCreatableTopicConfig, "CreatableTopic.Configs"),
  }
  if (flex) {
    const u = r.taggedFields("CreatableTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateTopicsRequestCreatableTopic(w: Writer, m: MessageInit<CreateTopicsRequestCreatableTopic>, v: number): void {
  const flex = v >= 5
  w.string((m.name ?? ""), flex, "CreatableTopic.Name")
  w.int32((m.numPartitions ?? 0), "CreatableTopic.NumPartitions")
  w.int16((m.replicationFactor ?? 0), "CreatableTopic.ReplicationFactor")
  writeArray(w, (m.assignments ?? EMPTY_ARRAY), flex, false, v, writeCreateTopicsRequestCreatableReplicaAssignment, "CreatableTopic.Assignments")
  writeArray(w, (m.configs ?? EMPTY_ARRAY), flex, false, v, writeCreateTopicsRequestCreatableTopicConfig, "CreatableTopic.Configs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatableTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatableTopic._tagged_fields")
  }
}

/** CreatableReplicaAssignment in CreateTopicsRequest (versions 0-7) */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The brokers to place the partition on. (versions 0+) */
  brokerIds: number[]
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment {
  const flex = v >= 5
  const o: CreateTopicsRequestCreatableReplicaAssignment = {
    partitionIndex: r.int32("CreatableReplicaAssignment.PartitionIndex"),
    brokerIds: readArray(r, flex, v, readInt32Element, "CreatableReplicaAssignment.BrokerIds"),
  }
  if (flex) {
    const u = r.taggedFields("CreatableReplicaAssignment._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, m: MessageInit<CreateTopicsRequestCreatableReplicaAssignment>, v: number): void {
  const flex = v >= 5
  w.int32((m.partitionIndex ?? 0), "CreatableReplicaAssignment.PartitionIndex")
  writeArray(w, (m.brokerIds ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "CreatableReplicaAssignment.BrokerIds")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatableReplicaAssignment._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatableReplicaAssignment._tagged_fields")
  }
}

/** CreatableTopicConfig in CreateTopicsRequest (versions 0-7) */
export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. (versions 0+) */
  name: string
  /** The configuration value. (versions 0+, nullable 0+) */
  value: string | null
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number): CreateTopicsRequestCreatableTopicConfig {
  const flex = v >= 5
  const o: CreateTopicsRequestCreatableTopicConfig = {
    name: r.string(flex, "CreatableTopicConfig.Name"),
    value: r.nullableString(flex, true, "CreatableTopicConfig.Value"),
  }
  if (flex) {
    const u = r.taggedFields("CreatableTopicConfig._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, m: MessageInit<CreateTopicsRequestCreatableTopicConfig>, v: number): void {
  const flex = v >= 5
  w.string((m.name ?? ""), flex, "CreatableTopicConfig.Name")
  w.nullableString((m.value === undefined ? "" : m.value), flex, true, "CreatableTopicConfig.Value")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatableTopicConfig._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatableTopicConfig._tagged_fields")
  }
}

export function decodeCreateTopicsRequest(r: Reader, version: number): CreateTopicsRequest {
  r.begin("CreateTopicsRequest", version, 0, 7)
  return readCreateTopicsRequest(r, version)
}

export function encodeCreateTopicsRequest(w: Writer, m: MessageInit<CreateTopicsRequest>, version: number): void {
  w.begin("CreateTopicsRequest", version, 0, 7)
  writeCreateTopicsRequest(w, m, version)
}

/*
 * CreateTopics Response (Version: 0) => [topics]
 *   topics => name error_code
 *     name => STRING
 *     error_code => INT16
 * CreateTopics Response (Version: 1) => [topics]
 *   topics => name error_code error_message
 *     name => STRING
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 * CreateTopics Response (Versions: 2-4) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name error_code error_message
 *     name => STRING
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 * CreateTopics Response (Versions: 5-6) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name error_code error_message num_partitions replication_factor [configs] _tagged_fields{0:topic_config_error_code}
 *     name => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     configs => name value read_only config_source is_sensitive _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *     topic_config_error_code => INT16
 * CreateTopics Response (Version: 7) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name topic_id error_code error_message num_partitions replication_factor [configs] _tagged_fields{0:topic_config_error_code}
 *     name => COMPACT_STRING
 *     topic_id => UUID
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     configs => name value read_only config_source is_sensitive _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *     topic_config_error_code => INT16
 */
/** CreateTopicsResponse (versions 0-7, flexible 5+) */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 2+, ignorable) */
  throttleTimeMs: number
  /** Results for each topic we tried to create. (versions 0+) */
  topics: CreateTopicsResponseCreatableTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const flex = v >= 5
  const o: CreateTopicsResponse = {
    throttleTimeMs: v >= 2 ? r.int32("ThrottleTimeMs") : 0,
    topics: readArray(r, flex, v, readCreateTopicsResponseCreatableTopicResult, "Topics"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateTopicsResponse(w: Writer, m: MessageInit<CreateTopicsResponse>, v: number): void {
  const flex = v >= 5
  if (v >= 2) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeCreateTopicsResponseCreatableTopicResult, "Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** CreatableTopicResult in CreateTopicsResponse (versions 0-7) */
export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** The unique topic ID (versions 7+, ignorable) */
  topicId: string
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 1+, nullable 1+, ignorable) */
  errorMessage: string | null
  /** Optional topic config error returned if configs are not returned in the response. (versions 5+, tag 0 in 5+, ignorable) */
  topicConfigErrorCode: number
  /** Number of partitions of the topic. (versions 5+, ignorable, default -1) */
  numPartitions: number
  /** Replication factor of the topic. (versions 5+, ignorable, default -1) */
  replicationFactor: number
  /** Configuration of the topic. (versions 5+, nullable 5+, ignorable) */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsResponseCreatableTopicResult(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult {
  const flex = v >= 5
  const o: CreateTopicsResponseCreatableTopicResult = {
    name: r.string(flex, "CreatableTopicResult.Name"),
    topicId: v === 7 ? r.uuid("CreatableTopicResult.TopicId") : ZERO_UUID,
    errorCode: r.int16("CreatableTopicResult.ErrorCode"),
    errorMessage: v >= 1 ? r.nullableString(flex, v >= 1, "CreatableTopicResult.ErrorMessage") : "",
    topicConfigErrorCode: 0,
    numPartitions: v >= 5 ? r.int32("CreatableTopicResult.NumPartitions") : -1,
    replicationFactor: v >= 5 ? r.int16("CreatableTopicResult.ReplicationFactor") : -1,
    configs: v >= 5 ? readNullableArray(r, flex, v >= 5, v, readCreateTopicsResponseCreatableTopicConfigs, "CreatableTopicResult.Configs") : [],
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("CreatableTopicResult._tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("CreatableTopicResult._tagged_fields")
      const end = r.enterTaggedField("CreatableTopicResult._tagged_fields")
      switch (tag) {
        case 0: o.topicConfigErrorCode = r.int16("CreatableTopicResult.TopicConfigErrorCode"); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "CreatableTopicResult._tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateTopicsResponseCreatableTopicResult(w: Writer, m: MessageInit<CreateTopicsResponseCreatableTopicResult>, v: number): void {
  const flex = v >= 5
  w.string((m.name ?? ""), flex, "CreatableTopicResult.Name")
  if (v === 7) w.uuid((m.topicId ?? ZERO_UUID), "CreatableTopicResult.TopicId")
  w.int16((m.errorCode ?? 0), "CreatableTopicResult.ErrorCode")
  if (v >= 1) w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, v >= 1, "CreatableTopicResult.ErrorMessage")
  if (v >= 5) w.int32((m.numPartitions ?? -1), "CreatableTopicResult.NumPartitions")
  if (v >= 5) w.int16((m.replicationFactor ?? -1), "CreatableTopicResult.ReplicationFactor")
  if (v >= 5) writeArray(w, (m.configs === undefined ? EMPTY_ARRAY : m.configs), flex, v >= 5, v, writeCreateTopicsResponseCreatableTopicConfigs, "CreatableTopicResult.Configs")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = m.topicConfigErrorCode !== undefined && m.topicConfigErrorCode !== 0
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "CreatableTopicResult._tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "CreatableTopicResult._tagged_fields")
      w.uvarint(0, "CreatableTopicResult._tagged_fields")
      const s = w.beginSized()
      w.int16((m.topicConfigErrorCode ?? 0), "CreatableTopicResult.TopicConfigErrorCode")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "CreatableTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatableTopicResult._tagged_fields")
  }
}

/** CreatableTopicConfigs in CreateTopicsResponse (versions 5-7) */
export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. (versions 5+) */
  name: string
  /** The configuration value. (versions 5+, nullable 5+) */
  value: string | null
  /** True if the configuration is read-only. (versions 5+) */
  readOnly: boolean
  /** The configuration source. (versions 5+, ignorable, default -1) */
  configSource: number
  /** True if this configuration is sensitive. (versions 5+) */
  isSensitive: boolean
  unknownTaggedFields?: TaggedField[]
}

function readCreateTopicsResponseCreatableTopicConfigs(r: Reader, v: number): CreateTopicsResponseCreatableTopicConfigs {
  const o: CreateTopicsResponseCreatableTopicConfigs = {
    name: r.string(true, "CreatableTopicConfigs.Name"),
    value: r.nullableString(true, true, "CreatableTopicConfigs.Value"),
    readOnly: r.bool("CreatableTopicConfigs.ReadOnly"),
    configSource: r.int8("CreatableTopicConfigs.ConfigSource"),
    isSensitive: r.bool("CreatableTopicConfigs.IsSensitive"),
  }
  const u = r.taggedFields("CreatableTopicConfigs._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeCreateTopicsResponseCreatableTopicConfigs(w: Writer, m: MessageInit<CreateTopicsResponseCreatableTopicConfigs>, v: number): void {
  w.string((m.name ?? ""), true, "CreatableTopicConfigs.Name")
  w.nullableString((m.value === undefined ? "" : m.value), true, true, "CreatableTopicConfigs.Value")
  w.bool((m.readOnly ?? false), "CreatableTopicConfigs.ReadOnly")
  w.int8((m.configSource ?? -1), "CreatableTopicConfigs.ConfigSource")
  w.bool((m.isSensitive ?? false), "CreatableTopicConfigs.IsSensitive")
  w.taggedFields(m.unknownTaggedFields, "CreatableTopicConfigs._tagged_fields")
}

export function decodeCreateTopicsResponse(r: Reader, version: number): CreateTopicsResponse {
  r.begin("CreateTopicsResponse", version, 0, 7)
  return readCreateTopicsResponse(r, version)
}

export function encodeCreateTopicsResponse(w: Writer, m: MessageInit<CreateTopicsResponse>, version: number): void {
  w.begin("CreateTopicsResponse", version, 0, 7)
  writeCreateTopicsResponse(w, m, version)
}
