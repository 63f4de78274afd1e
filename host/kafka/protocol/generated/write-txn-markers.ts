// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * WriteTxnMarkers Request (Version: 0) => [markers]
 *   markers => producer_id producer_epoch transaction_result [topics] coordinator_epoch
 *     producer_id => INT64
 *     producer_epoch => INT16
 *     transaction_result => BOOLEAN
 *     topics => name [partition_indexes]
 *       name => STRING
 *       partition_indexes => INT32
 *     coordinator_epoch => INT32
 * WriteTxnMarkers Request (Version: 1) => [markers] _tagged_fields
 *   markers => producer_id producer_epoch transaction_result [topics] coordinator_epoch _tagged_fields
 *     producer_id => INT64
 *     producer_epoch => INT16
 *     transaction_result => BOOLEAN
 *     topics => name [partition_indexes] _tagged_fields
 *       name => COMPACT_STRING
 *       partition_indexes => INT32
 *     coordinator_epoch => INT32
 */
/** WriteTxnMarkersRequest (versions 0-1, flexible 1+) */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. (versions 0+) */
  markers: WriteTxnMarkersRequestWritableTxnMarker[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  const flex = v === 1
  const o: WriteTxnMarkersRequest = {
    markers: readArray(r, flex, v, readWriteTxnMarkersRequestWritableTxnMarker, "Markers"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersRequest(w: Writer, m: MessageInit<WriteTxnMarkersRequest>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.markers ?? EMPTY_ARRAY), flex, false, v, writeWriteTxnMarkersRequestWritableTxnMarker, "Markers")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** WritableTxnMarker in WriteTxnMarkersRequest (versions 0-1) */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. (versions 0+) */
  producerId: bigint
  /** The current epoch associated with the producer ID. (versions 0+) */
  producerEpoch: number
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). (versions 0+) */
  transactionResult: boolean
  /** Each topic that we want to write transaction marker(s) for. (versions 0+) */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[]
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator (versions 0+) */
  coordinatorEpoch: number
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersRequestWritableTxnMarker(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarker {
  const flex = v === 1
  const o: WriteTxnMarkersRequestWritableTxnMarker = {
    producerId: r.int64("WritableTxnMarker.ProducerId"),
    producerEpoch: r.int16("WritableTxnMarker.ProducerEpoch"),
    transactionResult: r.bool("WritableTxnMarker.TransactionResult"),
    topics: readArray(r, flex, v, readWriteTxnMarkersRequestWritableTxnMarkerTopic, "WritableTxnMarker.Topics"),
    coordinatorEpoch: r.int32("WritableTxnMarker.CoordinatorEpoch"),
  }
  if (flex) {
    const u = r.taggedFields("WritableTxnMarker._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, m: MessageInit<WriteTxnMarkersRequestWritableTxnMarker>, v: number): void {
  const flex = v === 1
  w.int64((m.producerId ?? 0n), "WritableTxnMarker.ProducerId")
  w.int16((m.producerEpoch ?? 0), "WritableTxnMarker.ProducerEpoch")
  w.bool((m.transactionResult ?? false), "WritableTxnMarker.TransactionResult")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeWriteTxnMarkersRequestWritableTxnMarkerTopic, "WritableTxnMarker.Topics")
  w.int32((m.coordinatorEpoch ?? 0), "WritableTxnMarker.CoordinatorEpoch")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "WritableTxnMarker._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "WritableTxnMarker._tagged_fields")
  }
}

/** WritableTxnMarkerTopic in WriteTxnMarkersRequest (versions 0-1) */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. (versions 0+) */
  name: string
  /** The indexes of the partitions to write transaction markers for. (versions 0+) */
  partitionIndexes: number[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  const flex = v === 1
  const o: WriteTxnMarkersRequestWritableTxnMarkerTopic = {
    name: r.string(flex, "WritableTxnMarkerTopic.Name"),
    partitionIndexes: readArray(r, flex, v, readInt32Element, "WritableTxnMarkerTopic.PartitionIndexes"),
  }
  if (flex) {
    const u = r.taggedFields("WritableTxnMarkerTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, m: MessageInit<WriteTxnMarkersRequestWritableTxnMarkerTopic>, v: number): void {
  const flex = v === 1
  w.string((m.name ?? ""), flex, "WritableTxnMarkerTopic.Name")
  writeArray(w, (m.partitionIndexes ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "WritableTxnMarkerTopic.PartitionIndexes")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "WritableTxnMarkerTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "WritableTxnMarkerTopic._tagged_fields")
  }
}

export function decodeWriteTxnMarkersRequest(r: Reader, version: number): WriteTxnMarkersRequest {
  r.begin("WriteTxnMarkersRequest", version, 0, 1)
  return readWriteTxnMarkersRequest(r, version)
}

export function encodeWriteTxnMarkersRequest(w: Writer, m: MessageInit<WriteTxnMarkersRequest>, version: number): void {
  w.begin("WriteTxnMarkersRequest", version, 0, 1)
  writeWriteTxnMarkersRequest(w, m, version)
}

/*
 * WriteTxnMarkers Response (Version: 0) => [markers]
 *   markers => producer_id [topics]
 *     producer_id => INT64
 *     topics => name [partitions]
 *       name => STRING
 *       partitions => partition_index error_code
 *         partition_index => INT32
 *         error_code => INT16
 * WriteTxnMarkers Response (Version: 1) => [markers] _tagged_fields
 *   markers => producer_id [topics] _tagged_fields
 *     producer_id => INT64
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => partition_index error_code _tagged_fields
 *         partition_index => INT32
 *         error_code => INT16
 */
/** WriteTxnMarkersResponse (versions 0-1, flexible 1+) */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. (versions 0+) */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  const flex = v === 1
  const o: WriteTxnMarkersResponse = {
    markers: readArray(r, flex, v, readWriteTxnMarkersResponseWritableTxnMarkerResult, "Markers"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersResponse(w: Writer, m: MessageInit<WriteTxnMarkersResponse>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.markers ?? EMPTY_ARRAY), flex, false, v, writeWriteTxnMarkersResponseWritableTxnMarkerResult, "Markers")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** WritableTxnMarkerResult in WriteTxnMarkersResponse (versions 0-1) */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. (versions 0+) */
  producerId: bigint
  /** The results by topic. (versions 0+) */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  const flex = v === 1
  const o: WriteTxnMarkersResponseWritableTxnMarkerResult = {
    producerId: r.int64("WritableTxnMarkerResult.ProducerId"),
    topics: readArray(r, flex, v, readWriteTxnMarkersResponseWritableTxnMarkerTopicResult, "WritableTxnMarkerResult.Topics"),
  }
  if (flex) {
    const u = r.taggedFields("WritableTxnMarkerResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, m: MessageInit<WriteTxnMarkersResponseWritableTxnMarkerResult>, v: number): void {
  const flex = v === 1
  w.int64((m.producerId ?? 0n), "WritableTxnMarkerResult.ProducerId")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), flex, false, v, writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult, "WritableTxnMarkerResult.Topics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "WritableTxnMarkerResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "WritableTxnMarkerResult._tagged_fields")
  }
}

/** WritableTxnMarkerTopicResult in WriteTxnMarkersResponse (versions 0-1) */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** The results by partition. (versions 0+) */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  const flex = v === 1
  const o: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = {
    name: r.string(flex, "WritableTxnMarkerTopicResult.Name"),
    partitions: readArray(r, flex, v, readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult, "WritableTxnMarkerTopicResult.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("WritableTxnMarkerTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, m: MessageInit<WriteTxnMarkersResponseWritableTxnMarkerTopicResult>, v: number): void {
  const flex = v === 1
  w.string((m.name ?? ""), flex, "WritableTxnMarkerTopicResult.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult, "WritableTxnMarkerTopicResult.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "WritableTxnMarkerTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "WritableTxnMarkerTopicResult._tagged_fields")
  }
}

/** WritableTxnMarkerPartitionResult in WriteTxnMarkersResponse (versions 0-1) */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. (versions 0+) */
  partitionIndex: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  const flex = v === 1
  const o: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = {
    partitionIndex: r.int32("WritableTxnMarkerPartitionResult.PartitionIndex"),
    errorCode: r.int16("WritableTxnMarkerPartitionResult.ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("WritableTxnMarkerPartitionResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, m: MessageInit<WriteTxnMarkersResponseWritableTxnMarkerPartitionResult>, v: number): void {
  const flex = v === 1
  w.int32((m.partitionIndex ?? 0), "WritableTxnMarkerPartitionResult.PartitionIndex")
  w.int16((m.errorCode ?? 0), "WritableTxnMarkerPartitionResult.ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "WritableTxnMarkerPartitionResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "WritableTxnMarkerPartitionResult._tagged_fields")
  }
}

export function decodeWriteTxnMarkersResponse(r: Reader, version: number): WriteTxnMarkersResponse {
  r.begin("WriteTxnMarkersResponse", version, 0, 1)
  return readWriteTxnMarkersResponse(r, version)
}

export function encodeWriteTxnMarkersResponse(w: Writer, m: MessageInit<WriteTxnMarkersResponse>, version: number): void {
  w.begin("WriteTxnMarkersResponse", version, 0, 1)
  writeWriteTxnMarkersResponse(w, m, version)
}
