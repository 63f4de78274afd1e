// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ControlledShutdownRequest.json, ControlledShutdownResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * ControlledShutdown Request (Versions: 0-1) => broker_id
 *   broker_id => INT32
 * ControlledShutdown Request (Version: 2) => broker_id broker_epoch
 *   broker_id => INT32
 *   broker_epoch => INT64
 * ControlledShutdown Request (Version: 3) => broker_id broker_epoch _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 */
/** ControlledShutdownRequest (versions 0-3, flexible 3+) */
export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. (versions 0+) */
  brokerId: number
  /** The broker epoch. (versions 2+, ignorable, default -1) */
  brokerEpoch: bigint
  unknownTaggedFields?: TaggedField[]
}

function readControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  const flex = v === 3
  const o: ControlledShutdownRequest = {
    brokerId: r.int32("BrokerId"),
    brokerEpoch: v >= 2 ? r.int64("BrokerEpoch") : -1n,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeControlledShutdownRequest(w: Writer, m: MessageInit<ControlledShutdownRequest>, v: number): void {
  const flex = v === 3
  w.int32((m.brokerId ?? 0), "BrokerId")
  if (v >= 2) w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeControlledShutdownRequest(r: Reader, version: number): ControlledShutdownRequest {
  r.begin("ControlledShutdownRequest", version, 0, 3)
  return readControlledShutdownRequest(r, version)
}

export function encodeControlledShutdownRequest(w: Writer, m: MessageInit<ControlledShutdownRequest>, version: number): void {
  w.begin("ControlledShutdownRequest", version, 0, 3)
  writeControlledShutdownRequest(w, m, version)
}

/*
 * ControlledShutdown Response (Versions: 0-2) => error_code [remaining_partitions]
 *   error_code => INT16
 *   remaining_partitions => topic_name partition_index
 *     topic_name => STRING
 *     partition_index => INT32
 * ControlledShutdown Response (Version: 3) => error_code [remaining_partitions] _tagged_fields
 *   error_code => INT16
 *   remaining_partitions => topic_name partition_index _tagged_fields
 *     topic_name => COMPACT_STRING
 *     partition_index => INT32
 */
/** ControlledShutdownResponse (versions 0-3, flexible 3+) */
export interface ControlledShutdownResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number
  /** The partitions that the broker still leads. (versions 0+) */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[]
  unknownTaggedFields?: TaggedField[]
}

function readControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  const flex = v === 3
  const o: ControlledShutdownResponse = {
    errorCode: r.int16("ErrorCode"),
    remainingPartitions: readArray(r, flex, v, readControlledShutdownResponseRemainingPartition, "RemainingPartitions"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeControlledShutdownResponse(w: Writer, m: MessageInit<ControlledShutdownResponse>, v: number): void {
  const flex = v === 3
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.remainingPartitions ?? EMPTY_ARRAY), flex, false, v, writeControlledShutdownResponseRemainingPartition, "RemainingPartitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** RemainingPartition in ControlledShutdownResponse (versions 0-3) */
export interface ControlledShutdownResponseRemainingPartition {
  /** The name of the topic. (versions 0+) */
  topicName: string
  /** The index of the partition. (versions 0+) */
  partitionIndex: number
  unknownTaggedFields?: TaggedField[]
}

function readControlledShutdownResponseRemainingPartition(r: Reader, v: number): ControlledShutdownResponseRemainingPartition {
  const flex = v === 3
  const o: ControlledShutdownResponseRemainingPartition = {
    topicName: r.string(flex, "RemainingPartition.TopicName"),
    partitionIndex: r.int32("RemainingPartition.PartitionIndex"),
  }
  if (flex) {
    const u = r.taggedFields("RemainingPartition._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeControlledShutdownResponseRemainingPartition(w: Writer, m: MessageInit<ControlledShutdownResponseRemainingPartition>, v: number): void {
  const flex = v === 3
  w.string((m.topicName ?? ""), flex, "RemainingPartition.TopicName")
  w.int32((m.partitionIndex ?? 0), "RemainingPartition.PartitionIndex")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "RemainingPartition._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "RemainingPartition._tagged_fields")
  }
}

export function decodeControlledShutdownResponse(r: Reader, version: number): ControlledShutdownResponse {
  r.begin("ControlledShutdownResponse", version, 0, 3)
  return readControlledShutdownResponse(r, version)
}

export function encodeControlledShutdownResponse(w: Writer, m: MessageInit<ControlledShutdownResponse>, version: number): void {
  w.begin("ControlledShutdownResponse", version, 0, 3)
  writeControlledShutdownResponse(w, m, version)
}
