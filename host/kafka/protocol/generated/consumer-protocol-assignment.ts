// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ConsumerProtocolAssignment.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * ConsumerProtocolAssignment (Versions: 0-3) => [assigned_partitions] user_data
 *   assigned_partitions => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   user_data => NULLABLE_BYTES
 */
/** ConsumerProtocolAssignment (versions 0-3, flexible none) */
export interface ConsumerProtocolAssignment {
  /** (versions 0+) */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[]
  /** (versions 0+, nullable 0+, default null) */
  userData: Uint8Array | null
}

function readConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  const o: ConsumerProtocolAssignment = {
    assignedPartitions: readArray(r, false, v, readConsumerProtocolAssignmentTopicPartition, "AssignedPartitions"),
    userData: r.nullableBytes(false, true, false, "UserData"),
  }
  return o
}

function writeConsumerProtocolAssignment(w: Writer, m: MessageInit<ConsumerProtocolAssignment>, v: number): void {
  writeArray(w, (m.assignedPartitions ?? EMPTY_ARRAY), false, false, v, writeConsumerProtocolAssignmentTopicPartition, "AssignedPartitions")
  w.nullableBytes((m.userData ?? null), false, true, "UserData")
}

/** TopicPartition in ConsumerProtocolAssignment (versions 0-3) */
export interface ConsumerProtocolAssignmentTopicPartition {
  /** (versions 0+) */
  topic: string
  /** (versions 0+) */
  partitions: number[]
}

function readConsumerProtocolAssignmentTopicPartition(r: Reader, v: number): ConsumerProtocolAssignmentTopicPartition {
  const o: ConsumerProtocolAssignmentTopicPartition = {
    topic: r.string(false, "TopicPartition.Topic"),
    partitions: readArray(r, false, v, readInt32Element, "TopicPartition.Partitions"),
  }
  return o
}

function writeConsumerProtocolAssignmentTopicPartition(w: Writer, m: MessageInit<ConsumerProtocolAssignmentTopicPartition>, v: number): void {
  w.string((m.topic ?? ""), false, "TopicPartition.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), false, false, v, writeInt32Element, "TopicPartition.Partitions")
}

export function decodeConsumerProtocolAssignment(r: Reader, version: number): ConsumerProtocolAssignment {
  r.begin("ConsumerProtocolAssignment", version, 0, 3)
  return readConsumerProtocolAssignment(r, version)
}

export function encodeConsumerProtocolAssignment(w: Writer, m: MessageInit<ConsumerProtocolAssignment>, version: number): void {
  w.begin("ConsumerProtocolAssignment", version, 0, 3)
  writeConsumerProtocolAssignment(w, m, version)
}
