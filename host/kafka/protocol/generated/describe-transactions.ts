// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeTransactionsRequest.json, DescribeTransactionsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt32Element, readStringElement, writeArray, writeInt32Element, writeStringElement } from '../codec.js'

/*
 * DescribeTransactions Request (Version: 0) => [transactional_ids] _tagged_fields
 *   transactional_ids => COMPACT_STRING
 */
/** DescribeTransactionsRequest (versions 0, flexible 0+) */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. (versions 0+) */
  transactionalIds: string[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  const o: DescribeTransactionsRequest = {
    transactionalIds: readArray(r, true, v, readStringElement, "TransactionalIds"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTransactionsRequest(w: Writer, m: MessageInit<DescribeTransactionsRequest>, v: number): void {
  writeArray(w, (m.transactionalIds ?? EMPTY_ARRAY), true, false, v, writeStringElement, "TransactionalIds")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeDescribeTransactionsRequest(r: Reader, version: number): DescribeTransactionsRequest {
  r.begin("DescribeTransactionsRequest", version, 0, 0)
  return readDescribeTransactionsRequest(r, version)
}

export function encodeDescribeTransactionsRequest(w: Writer, m: MessageInit<DescribeTransactionsRequest>, version: number): void {
  w.begin("DescribeTransactionsRequest", version, 0, 0)
  writeDescribeTransactionsRequest(w, m, version)
}

/*
 * DescribeTransactions Response (Version: 0) => throttle_time_ms [transaction_states] _tagged_fields
 *   throttle_time_ms => INT32
 *   transaction_states => error_code transactional_id transaction_state transaction_timeout_ms transaction_start_time_ms producer_id producer_epoch [topics] _tagged_fields
 *     error_code => INT16
 *     transactional_id => COMPACT_STRING
 *     transaction_state => COMPACT_STRING
 *     transaction_timeout_ms => INT32
 *     transaction_start_time_ms => INT64
 *     producer_id => INT64
 *     producer_epoch => INT16
 *     topics => topic [partitions] _tagged_fields
 *       topic => COMPACT_STRING
 *       partitions => INT32
 */
/** DescribeTransactionsResponse (versions 0, flexible 0+) */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** (versions 0+) */
  transactionStates: DescribeTransactionsResponseTransactionState[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  const o: DescribeTransactionsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    transactionStates: readArray(r, true, v, readDescribeTransactionsResponseTransactionState, "TransactionStates"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTransactionsResponse(w: Writer, m: MessageInit<DescribeTransactionsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.transactionStates ?? EMPTY_ARRAY), true, false, v, writeDescribeTransactionsResponseTransactionState, "TransactionStates")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TransactionState in DescribeTransactionsResponse (versions 0) */
export interface DescribeTransactionsResponseTransactionState {
  /** (versions 0+) */
  errorCode: number
  /** (versions 0+) */
  transactionalId: string
  /** (versions 0+) */
  transactionState: string
  /** (versions 0+) */
  transactionTimeoutMs: number
  /** (versions 0+) */
  transactionStartTimeMs: bigint
  /** (versions 0+) */
  producerId: bigint
  /** (versions 0+) */
  producerEpoch: number
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. (versions 0+) */
  topics: DescribeTransactionsResponseTopicData[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTransactionsResponseTransactionState(r: Reader, v: number): DescribeTransactionsResponseTransactionState {
  const o: DescribeTransactionsResponseTransactionState = {
    errorCode: r.int16("TransactionState.ErrorCode"),
    transactionalId: r.string(true, "TransactionState.TransactionalId"),
    transactionState: r.string(true, "TransactionState.TransactionState"),
    transactionTimeoutMs: r.int32("TransactionState.TransactionTimeoutMs"),
    transactionStartTimeMs: r.int64("TransactionState.TransactionStartTimeMs"),
    producerId: r.int64("TransactionState.ProducerId"),
    producerEpoch: r.int16("TransactionState.ProducerEpoch"),
    topics: readArray(r, true, v, readDescribeTransactionsResponseTopicData, "TransactionState.Topics"),
  }
  const u = r.taggedFields("TransactionState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTransactionsResponseTransactionState(w: Writer, m: MessageInit<DescribeTransactionsResponseTransactionState>, v: number): void {
  w.int16((m.errorCode ?? 0), "TransactionState.ErrorCode")
  w.string((m.transactionalId ?? ""), true, "TransactionState.TransactionalId")
  w.string((m.transactionState ?? ""), true, "TransactionState.TransactionState")
  w.int32((m.transactionTimeoutMs ?? 0), "TransactionState.TransactionTimeoutMs")
  w.int64((m.transactionStartTimeMs ?? 0n), "TransactionState.TransactionStartTimeMs")
  w.int64((m.producerId ?? 0n), "TransactionState.ProducerId")
  w.int16((m.producerEpoch ?? 0), "TransactionState.ProducerEpoch")
  writeArray(w, (m.topics ?? EMPTY_ARRAY), true, false, v, writeDescribeTransactionsResponseTopicData, "TransactionState.Topics")
  w.taggedFields(m.unknownTaggedFields, "TransactionState._tagged_fields")
}

/** TopicData in DescribeTransactionsResponse (versions 0) */
export interface DescribeTransactionsResponseTopicData {
  /** (versions 0+) */
  topic: string
  /** (versions 0+) */
  partitions: number[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeTransactionsResponseTopicData(r: Reader, v: number): DescribeTransactionsResponseTopicData {
  const o: DescribeTransactionsResponseTopicData = {
    topic: r.string(true, "TopicData.Topic"),
    partitions: readArray(r, true, v, readInt32Element, "TopicData.Partitions"),
  }
  const u = r.taggedFields("TopicData._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeTransactionsResponseTopicData(w: Writer, m: MessageInit<DescribeTransactionsResponseTopicData>, v: number): void {
  w.string((m.topic ?? ""), true, "TopicData.Topic")
  writeArray(w, (m.partitions ?? EMPTY_ARRAY), true, false, v, writeInt32Element, "TopicData.Partitions")
  w.taggedFields(m.unknownTaggedFields, "TopicData._tagged_fields")
}

export function decodeDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  r.begin("DescribeTransactionsResponse", version, 0, 0)
  return readDescribeTransactionsResponse(r, version)
}

export function encodeDescribeTransactionsResponse(w: Writer, m: MessageInit<DescribeTransactionsResponse>, version: number): void {
  w.begin("DescribeTransactionsResponse", version, 0, 0)
  writeDescribeTransactionsResponse(w, m, version)
}
