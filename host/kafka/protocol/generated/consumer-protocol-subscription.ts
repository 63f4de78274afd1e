// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ConsumerProtocolSubscription.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readStringElement, writeArray, writeInt32Element, writeStringElement } from '../codec.js'

/*
 * ConsumerProtocolSubscription (Version: 0) => [topics] user_data
 *   topics => STRING
 *   user_data => NULLABLE_BYTES
 * ConsumerProtocolSubscription (Version: 1) => [topics] user_data [owned_partitions]
 *   topics => STRING
 *   user_data => NULLABLE_BYTES
 *   owned_partitions => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 * ConsumerProtocolSubscription (Version: 2) => [topics] user_data [owned_partitions] generation_id
 *   topics => STRING
 *   user_data => NULLABLE_BYTES
 *   owned_partitions => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   generation_id => INT32
 * ConsumerProtocolSubscription (Version: 3) => [topics] user_data [owned_partitions] generation_id rack_id
 *   topics => STRING
 *   user_data => NULLABLE_BYTES
 *   owned_partitions => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   generation_id => INT32
 *   rack_id => NULLABLE_STRING
 */
/** ConsumerProtocolSubscription (versions 0-3, flexible none) */
export interface ConsumerProtocolSubscription {
  /** (versions 0+) */
  topics: string[]
  /** (versions 0+, nullable 0+, default null) */
  userData: Uint8Array | null
  /** (versions 1+, ignorable) */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[]
  /** (versions 2+, ignorable, default -1) */
  generationId: number
  /** (versions 3+, nullable 3+, ignorable, default null) */
  rackId: string | null
}

function readConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  const o: ConsumerProtocolSubscription = {
    topics: readArray(r, false, v, readStringElement, "Topics"),
    userData: r.nullableBytes(false, true, false, "UserData"),
    ownedPartitions: v >= 1 ? readArray(r, false, v, readConsumerProtocolSubscriptionTopicPartition, "OwnedPartitions") : [],
    generationId: v >= 2 ? r.int32("GenerationId") : -1,
    rackId: v === 3 ? r.nullableString(false, v === 3, "RackId") : null,
  }
  return o
}

function writeConsumerProtocolSubscription(w: Writer, m: MessageInit<ConsumerProtocolSubscription>, v: number): void {
  writeArray(w, (m.topics ?? EMPTY_ARRAY), false, false, v, writeStringElement, "Topics")
  w.nullableBytes((m.userData ?? null), false, true, "UserData")
  if (v >= 1) writeArray(w, (m.ownedPartitions ?? EMPTY_ARRAY), false, false, v, writeConsumerProtocolSubscriptionTopicPartition, "OwnedPartitions")
  if (v >= 2) w.int32((m.generationId ?? -1), "GenerationId")
  if (v === 3) w.nullableString((m.rackId ?? null), false, v === 3, "RackId")
}

/** TopicPartition in ConsumerProtocolSubscription (versions 1-3) */
export interface ConsumerProtocolSubscriptionTopicPartition {
  /** (versions 1+) */
  topic: string
  /** (versions 1+) */
  partitions: number[]
}

function readConsumerProtocolSubscriptionTopicPartition(r: Reader, v: number): ConsumerProtocolSubscriptionTopicPartition {
  const o: ConsumerProtocolSubscriptionTopicPartition = {
    topic: r.string(false, "TopicPartition.Topic"),
    partitions: readArray(r, false, v, readInt32Element, "TopicPartition.Partitions"),
  }
  return o
}

function writeConsumerProtocolSubscriptionTopicPartition(w: Writer, m: MessageInit<ConsumerProtocolSubscriptionTopicPartition>, v: number): void {
  w.string((m.topic ?? ""), false, "TopicPartition.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), false, false, v, writeInt32Element, "TopicPartition.Partitions")
}

export function decodeConsumerProtocolSubscription(r: Reader, version: number): ConsumerProtocolSubscription {
  r.begin("ConsumerProtocolSubscription", version, 0, 3)
  return readConsumerProtocolSubscription(r, version)
}

export function encodeConsumerProtocolSubscription(w: Writer, m: MessageInit<ConsumerProtocolSubscription>, version: number): void {
  w.begin("ConsumerProtocolSubscription", version, 0, 3)
  writeConsumerProtocolSubscription(w, m, version)
}
