// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ListTransactionsRequest.json, ListTransactionsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readInt64Element, readStringElement, writeArray, writeInt64Element, writeStringElement } from '../codec.js'

/*
 * ListTransactions Request (Version: 0) => [state_filters] [producer_id_filters] _tagged_fields
 *   state_filters => COMPACT_STRING
 *   producer_id_filters => INT64
 * ListTransactions Request (Version: 1) => [state_filters] [producer_id_filters] duration_filter _tagged_fields
 *   state_filters => COMPACT_STRING
 *   producer_id_filters => INT64
 *   duration_filter => INT64
 */
/** ListTransactionsRequest (versions 0-1, flexible 0+) */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned (versions 0+) */
  stateFilters: string[]
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned (versions 0+) */
  producerIdFilters: bigint[]
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned (versions 1+, default -1) */
  durationFilter: bigint
  unknownTaggedFields?: TaggedField[]
}

function readListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  const o: ListTransactionsRequest = {
    stateFilters: readArray(r, true, v, readStringElement, "StateFilters"),
    producerIdFilters: readArray(r, true, v, readInt64Element, "ProducerIdFilters"),
    durationFilter: v === 1 ? r.int64("DurationFilter") : -1n,
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListTransactionsRequest(w: Writer, m: MessageInit<ListTransactionsRequest>, v: number): void {
  writeArray(w, (m.stateFilters ?? EMPTY_ARRAY), true, false, v, writeStringElement, "StateFilters")
  writeArray(w, (m.producerIdFilters ?? EMPTY_ARRAY), true, false, v, writeInt64Element, "ProducerIdFilters")
  if (v === 1) w.int64((m.durationFilter ?? -1n), "DurationFilter")
  else if (m.durationFilter !== undefined && m.durationFilter !== -1n) w.notInVersion("DurationFilter")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeListTransactionsRequest(r: Reader, version: number): ListTransactionsRequest {
  r.begin("ListTransactionsRequest", version, 0, 1)
  return readListTransactionsRequest(r, version)
}

export function encodeListTransactionsRequest(w: Writer, m: MessageInit<ListTransactionsRequest>, version: number): void {
  w.begin("ListTransactionsRequest", version, 0, 1)
  writeListTransactionsRequest(w, m, version)
}

/*
 * ListTransactions Response (Versions: 0-1) => throttle_time_ms error_code [unknown_state_filters] [transaction_states] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   unknown_state_filters => COMPACT_STRING
 *   transaction_states => transactional_id producer_id transaction_state _tagged_fields
 *     transactional_id => COMPACT_STRING
 *     producer_id => INT64
 *     transaction_state => COMPACT_STRING
 */
/** ListTransactionsResponse (versions 0-1, flexible 0+) */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** (versions 0+) */
  errorCode: number
  /** Set of state filters provided in the request which were unknown to the transaction coordinator (versions 0+) */
  unknownStateFilters: string[]
  /** (versions 0+) */
  transactionStates: ListTransactionsResponseTransactionState[]
  unknownTaggedFields?: TaggedField[]
}

function readListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  const o: ListTransactionsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    unknownStateFilters: readArray(r, true, v, readStringElement, "UnknownStateFilters"),
    transactionStates: readArray(r, true, v, readListTransactionsResponseTransactionState, "TransactionStates"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListTransactionsResponse(w: Writer, m: MessageInit<ListTransactionsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.unknownStateFilters ?? EMPTY_ARRAY), true, false, v, writeStringElement, "UnknownStateFilters")
  writeArray(w, (m.transactionStates ?? EMPTY_ARRAY), true, false, v, writeListTransactionsResponseTransactionState, "TransactionStates")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** TransactionState in ListTransactionsResponse (versions 0-1) */
export interface ListTransactionsResponseTransactionState {
  /** (versions 0+) */
  transactionalId: string
  /** (versions 0+) */
  producerId: bigint
  /** The current transaction state of the producer (versions 0+) */
  transactionState: string
  unknownTaggedFields?: TaggedField[]
}

function readListTransactionsResponseTransactionState(r: Reader, v: number): ListTransactionsResponseTransactionState {
  const o: ListTransactionsResponseTransactionState = {
    transactionalId: r.string(true, "TransactionState.TransactionalId"),
    producerId: r.int64("TransactionState.ProducerId"),
    transactionState: r.string(true, "TransactionState.TransactionState"),
  }
  const u = r.taggedFields("TransactionState._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeListTransactionsResponseTransactionState(w: Writer, m: MessageInit<ListTransactionsResponseTransactionState>, v: number): void {
  w.string((m.transactionalId ?? ""), true, "TransactionState.TransactionalId")
  w.int64((m.producerId ?? 0n), "TransactionState.ProducerId")
  w.string((m.transactionState ?? ""), true, "TransactionState.TransactionState")
  w.taggedFields(m.unknownTaggedFields, "TransactionState._tagged_fields")
}

export function decodeListTransactionsResponse(r: Reader, version: number): ListTransactionsResponse {
  r.begin("ListTransactionsResponse", version, 0, 1)
  return readListTransactionsResponse(r, version)
}

export function encodeListTransactionsResponse(w: Writer, m: MessageInit<ListTransactionsResponse>, version: number): void {
  w.begin("ListTransactionsResponse", version, 0, 1)
  writeListTransactionsResponse(w, m, version)
}
