// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readInt32Element, writeArray, writeInt32Element } from '../codec.js'

/*
 * AddPartitionsToTxn Request (Versions: 0-2) => v3_and_below_transactional_id v3_and_below_producer_id v3_and_below_producer_epoch [v3_and_below_topics]
 *   v3_and_below_transactional_id => STRING
 *   v3_and_below_producer_id => INT64
 *   v3_and_below_producer_epoch => INT16
 *   v3_and_below_topics => name [partitions]
 *     name => STRING
 *     partitions => INT32
 * AddPartitionsToTxn Request (Version: 3) => v3_and_below_transactional_id v3_and_below_producer_id v3_and_below_producer_epoch [v3_and_below_topics] _tagged_fields
 *   v3_and_below_transactional_id => COMPACT_STRING
 *   v3_and_below_producer_id => INT64
 *   v3_and_below_producer_epoch => INT16
 *   v3_and_below_topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => INT32
 * AddPartitionsToTxn Request (Versions: 4-5) => [transactions] _tagged_fields
 *   transactions => transactional_id producer_id producer_epoch verify_only [topics] _tagged_fields
 *     transactional_id => COMPACT_STRING
 *     producer_id => INT64
 *     producer_epoch => INT16
 *     verify_only => BOOLEAN
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => INT32
 */
/** AddPartitionsToTxnRequest (versions 0-5, flexible 3+) */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. (versions 4+) */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[]
  /** The transactional id corresponding to the transaction. (versions 0-3) */
  v3AndBelowTransactionalId: string
  /** Current producer id in use by the transactional id. (versions 0-3) */
  v3AndBelowProducerId: bigint
  /** Current epoch associated with the producer id. (versions 0-3) */
  v3AndBelowProducerEpoch: number
  /** The partitions to add to the transaction. (versions 0-3) */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  const flex = v >= 3
  const o: AddPartitionsToTxnRequest = {
    transactions: v >= 4 ? readArray(r, flex, v, readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction, "Transactions") : [],
    v3AndBelowTransactionalId: v <= 3 ? r.string(flex, "V3AndBelowTransactionalId") : "",
    v3AndBelowProducerId: v <= 3 ? r.int64("V3AndBelowProducerId") : 0n,
    v3AndBelowProducerEpoch: v <= 3 ? r.int16("V3AndBelowProducerEpoch") : 0,
    v3AndBelowTopics: v <= 3 ? readArray(r, flex, v, readAddPartitionsToTxnRequestAddPartitionsToTxnTopic, "V3AndBelowTopics") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddPartitionsToTxnRequest(w: Writer, m: MessageInit<AddPartitionsToTxnRequest>, v: number): void {
  const flex = v >= 3
  if (v >= 4) writeArray(w, (m.transactions ?? EMPTY_ARRAY), flex, false, v, writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction, "Transactions")
  else if (nonEmpty(m.transactions)) w.notInVersion("Transactions")
  if (v <= 3) w.string((m.v3AndBelowTransactionalId ?? ""), flex, "V3AndBelowTransactionalId")
  else if (m.v3AndBelowTransactionalId !== undefined && m.v3AndBelowTransactionalId !== "") w.notInVersion("V3AndBelowTransactionalId")
  if (v <= 3) w.int64((m.v3AndBelowProducerId ?? 0n), "V3AndBelowProducerId")
  else if (m.v3AndBelowProducerId !== undefined && m.v3AndBelowProducerId !== 0n) w.notInVersion("V3AndBelowProducerId")
  if (v <= 3) w.int16((m.v3AndBelowProducerEpoch ?? 0), "V3AndBelowProducerEpoch")
  else if (m.v3AndBelowProducerEpoch !== undefined && m.v3AndBelowProducerEpoch !== 0) w.notInVersion("V3AndBelowProducerEpoch")
  if (v <= 3) writeArray(w, (m.v3AndBelowTopics ?? EMPTY_ARRAY), flex, false, v, writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, "V3AndBelowTopics")
  else if (nonEmpty(m.v3AndBelowTopics)) w.notInVersion("V3AndBelowTopics")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AddPartitionsToTxnTransaction in AddPartitionsToTxnRequest (versions 4-5) */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. (versions 4+) */
  transactionalId: string
  /** Current producer id in use by the transactional id. (versions 4+) */
  producerId: bigint
  /** Current epoch associated with the producer id. (versions 4+) */
  producerEpoch: number
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. (versions 4+, default false) */
  verifyOnly: boolean
  /** The partitions to add to the transaction. (versions 4+) */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  const o: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = {
    transactionalId: r.string(true, "AddPartitionsToTxnTransaction.TransactionalId"),
    producerId: r.int64("AddPartitionsToTxnTransaction.ProducerId"),
    producerEpoch: r.int16("AddPartitionsToTxnTransaction.ProducerEpoch"),
    verifyOnly: r.bool("AddPartitionsToTxnTransaction.VerifyOnly"),
    topics: readArray(r, true, v, readAddPartitionsToTxnRequestAddPartitionsToTxnTopic, "AddPartitionsToTxnTransaction.Topics"),
  }
  const u = r.taggedFields("AddPartitionsToTxnTransaction._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, m: MessageInit<AddPartitionsToTxnRequestAddPartitionsToTxnTransaction>, v: number): void {
  w.string((m.transactionalId ?? ""), true, "AddPartitionsToTxnTransaction.TransactionalId")
  w.int64((m.producerId ?? 0n), "AddPartitionsToTxnTransaction.ProducerId")
  w.int16((m.producerEpoch ?? 0), "AddPartitionsToTxnTransaction.ProducerEpoch")
  w.bool((m.verifyOnly ?? false), "AddPartitionsToTxnTransaction.VerifyOnly")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, "AddPartitionsToTxnTransaction.Topics")
  w.taggedFields(m.unknownTaggedFields, "AddPartitionsToTxnTransaction._tagged_fields")
}

/** AddPartitionsToTxnTopic in AddPartitionsToTxnRequest (versions 0-5) */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. (versions 0+) */
  name: string
  /** The partition indexes to add to the transaction (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const flex = v >= 3
  const o: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = {
    name: r.string(flex, "AddPartitionsToTxnTopic.Name"),
    partitions: readArray(r, flex, v, readInt32Element, "AddPartitionsToTxnTopic.Partitions"),
  }
  if (flex) {
    const u = r.taggedFields("AddPartitionsToTxnTopic._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, m: MessageInit<AddPartitionsToTxnRequestAddPartitionsToTxnTopic>, v: number): void {
  const flex = v >= 3
  w.string((m.name ?? ""), flex, "AddPartitionsToTxnTopic.Name")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), flex, false, v, writeInt32Element, "AddPartitionsToTxnTopic.Partitions")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AddPartitionsToTxnTopic._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AddPartitionsToTxnTopic._tagged_fields")
  }
}

export function decodeAddPartitionsToTxnRequest(r: Reader, version: number): AddPartitionsToTxnRequest {
  r.begin("AddPartitionsToTxnRequest", version, 0, 5)
  return readAddPartitionsToTxnRequest(r, version)
}

export function encodeAddPartitionsToTxnRequest(w: Writer, m: MessageInit<AddPartitionsToTxnRequest>, version: number): void {
  w.begin("AddPartitionsToTxnRequest", version, 0, 5)
  writeAddPartitionsToTxnRequest(w, m, version)
}

/*
 * AddPartitionsToTxn Response (Versions: 0-2) => throttle_time_ms [results_by_topic_v3_and_below]
 *   throttle_time_ms => INT32
 *   results_by_topic_v3_and_below => name [results_by_partition]
 *     name => STRING
 *     results_by_partition => partition_index partition_error_code
 *       partition_index => INT32
 *       partition_error_code => INT16
 * AddPartitionsToTxn Response (Version: 3) => throttle_time_ms [results_by_topic_v3_and_below] _tagged_fields
 *   throttle_time_ms => INT32
 *   results_by_topic_v3_and_below => name [results_by_partition] _tagged_fields
 *     name => COMPACT_STRING
 *     results_by_partition => partition_index partition_error_code _tagged_fields
 *       partition_index => INT32
 *       partition_error_code => INT16
 * AddPartitionsToTxn Response (Versions: 4-5) => throttle_time_ms error_code [results_by_transaction] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   results_by_transaction => transactional_id [topic_results] _tagged_fields
 *     transactional_id => COMPACT_STRING
 *     topic_results => name [results_by_partition] _tagged_fields
 *       name => COMPACT_STRING
 *       results_by_partition => partition_index partition_error_code _tagged_fields
 *         partition_index => INT32
 *         partition_error_code => INT16
 */
/** AddPartitionsToTxnResponse (versions 0-5, flexible 3+) */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The response top level error code. (versions 4+, ignorable) */
  errorCode: number
  /** Results categorized by transactional ID. (versions 4+) */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[]
  /** The results for each topic. (versions 0-3) */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const flex = v >= 3
  const o: AddPartitionsToTxnResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: v >= 4 ? r.int16("ErrorCode") : 0,
    resultsByTransaction: v >= 4 ? readArray(r, flex, v, readAddPartitionsToTxnResponseAddPartitionsToTxnResult, "ResultsByTransaction") : [],
    resultsByTopicV3AndBelow: v <= 3 ? readArray(r, flex, v, readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, "ResultsByTopicV3AndBelow") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddPartitionsToTxnResponse(w: Writer, m: MessageInit<AddPartitionsToTxnResponse>, v: number): void {
  const flex = v >= 3
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (v >= 4) w.int16((m.errorCode ?? 0), "ErrorCode")
  if (v >= 4) writeArray(w, (m.resultsByTransaction ?? EMPTY_ARRAY), flex, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnResult, "ResultsByTransaction")
  else if (nonEmpty(m.resultsByTransaction)) w.notInVersion("ResultsByTransaction")
  if (v <= 3) writeArray(w, (m.resultsByTopicV3AndBelow ?? EMPTY_ARRAY), flex, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, "ResultsByTopicV3AndBelow")
  else if (nonEmpty(m.resultsByTopicV3AndBelow)) w.notInVersion("ResultsByTopicV3AndBelow")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AddPartitionsToTxnResult in AddPartitionsToTxnResponse (versions 4-5) */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. (versions 4+) */
  transactionalId: string
  /** The results for each topic. (versions 4+) */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[]
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const o: AddPartitionsToTxnResponseAddPartitionsToTxnResult = {
    transactionalId: r.string(true, "AddPartitionsToTxnResult.TransactionalId"),
    topicResults: readArray(r, true, v, readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, "AddPartitionsToTxnResult.TopicResults"),
  }
  const u = r.taggedFields("AddPartitionsToTxnResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, m: MessageInit<AddPartitionsToTxnResponseAddPartitionsToTxnResult>, v: number): void {
  w.string((m.transactionalId ?? ""), true, "AddPartitionsToTxnResult.TransactionalId")
  writeArray(w, (m.topicResults ?? EMPTY_ARRAY), true, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, "AddPartitionsToTxnResult.TopicResults")
  w.taggedFields(m.unknownTaggedFields, "AddPartitionsToTxnResult._tagged_fields")
}

/** AddPartitionsToTxnTopicResult in AddPartitionsToTxnResponse (versions 0-5) */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. (versions 0+) */
  name: string
  /** The results for each partition (versions 0+) */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[]
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const flex = v >= 3
  const o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = {
    name: r.string(flex, "AddPartitionsToTxnTopicResult.Name"),
    resultsByPartition: readArray(r, flex, v, readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, "AddPartitionsToTxnTopicResult.ResultsByPartition"),
  }
  if (flex) {
    const u = r.taggedFields("AddPartitionsToTxnTopicResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, m: MessageInit<AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult>, v: number): void {
  const flex = v >= 3
  w.string((m.name ?? ""), flex, "AddPartitionsToTxnTopicResult.Name")
  writeArray(w, (m.resultsByPartition ?? EMPTY_ARRAY), flex, false, v, writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, "AddPartitionsToTxnTopicResult.ResultsByPartition")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AddPartitionsToTxnTopicResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AddPartitionsToTxnTopicResult._tagged_fields")
  }
}

/** AddPartitionsToTxnPartitionResult in AddPartitionsToTxnResponse (versions 0-5) */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. (versions 0+) */
  partitionIndex: number
  /** The response error code. (versions 0+) */
  partitionErrorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const flex = v >= 3
  const o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = {
    partitionIndex: r.int32("AddPartitionsToTxnPartitionResult.PartitionIndex"),
    partitionErrorCode: r.int16("AddPartitionsToTxnPartitionResult.PartitionErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("AddPartitionsToTxnPartitionResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, m: MessageInit<AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult>, v: number): void {
  const flex = v >= 3
  w.int32((m.partitionIndex ?? 0), "AddPartitionsToTxnPartitionResult.PartitionIndex")
  w.int16((m.partitionErrorCode ?? 0), "AddPartitionsToTxnPartitionResult.PartitionErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AddPartitionsToTxnPartitionResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AddPartitionsToTxnPartitionResult._tagged_fields")
  }
}

export function decodeAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  r.begin("AddPartitionsToTxnResponse", version, 0, 5)
  return readAddPartitionsToTxnResponse(r, version)
}

export function encodeAddPartitionsToTxnResponse(w: Writer, m: MessageInit<AddPartitionsToTxnResponse>, version: number): void {
  w.begin("AddPartitionsToTxnResponse", version, 0, 5)
  writeAddPartitionsToTxnResponse(w, m, version)
}
