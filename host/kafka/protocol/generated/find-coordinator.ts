// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions FindCoordinatorRequest.json, FindCoordinatorResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * FindCoordinator Request (Version: 0) => key
 *   key => STRING
 * FindCoordinator Request (Versions: 1-2) => key key_type
 *   key => STRING
 *   key_type => INT8
 * FindCoordinator Request (Version: 3) => key key_type _tagged_fields
 *   key => COMPACT_STRING
 *   key_type => INT8
 * FindCoordinator Request (Versions: 4-6) => key_type [coordinator_keys] _tagged_fields
 *   key_type => INT8
 *   coordinator_keys => COMPACT_STRING
 */
/** FindCoordinatorRequest (versions 0-6, flexible 3+) */
export interface FindCoordinatorRequest {
  /** The coordinator key. (versions 0-3) */
  key: string
  /** The coordinator key type. (Group, transaction, etc.) (versions 1+, default 0) */
  keyType: number
  /** The coordinator keys. (versions 4+) */
  coordinatorKeys: string[]
  unknownTaggedFields?: TaggedField[]
}

function readFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const flex = v >= 3
  const o: FindCoordinatorRequest = {
    key: v <= 3 ? r.string(flex, "Key") : "",
    keyType: v >= 1 ? r.int8("KeyType") : 0,
    coordinatorKeys: v >= 4 ? readArray(r, flex, v, readStringElement, "CoordinatorKeys") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFindCoordinatorRequest(w: Writer, m: MessageInit<FindCoordinatorRequest>, v: number): void {
  const flex = v >= 3
  if (v <= 3) w.string((m.key ?? ""), flex, "Key")
  else if (m.key !== undefined && m.key !== "") w.notInVersion("Key")
  if (v >= 1) w.int8((m.keyType ?? 0), "KeyType")
  else if (m.keyType !== undefined && m.keyType !== 0) w.notInVersion("KeyType")
  if (v >= 4) writeArray(w, (m.coordinatorKeys ?? EMPTY_ARRAY), flex, false, v, writeStringElement, "CoordinatorKeys")
  else if (nonEmpty(m.coordinatorKeys)) w.notInVersion("CoordinatorKeys")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeFindCoordinatorRequest(r: Reader, version: number): FindCoordinatorRequest {
  r.begin("FindCoordinatorRequest", version, 0, 6)
  return readFindCoordinatorRequest(r, version)
}

export function encodeFindCoordinatorRequest(w: Writer, m: MessageInit<FindCoordinatorRequest>, version: number): void {
  w.begin("FindCoordinatorRequest", version, 0, 6)
  writeFindCoordinatorRequest(w, m, version)
}

/*
 * FindCoordinator Response (Version: 0) => error_code node_id host port
 *   error_code => INT16
 *   node_id => INT32
 *   host => STRING
 *   port => INT32
 * FindCoordinator Response (Versions: 1-2) => throttle_time_ms error_code error_message node_id host port
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   node_id => INT32
 *   host => STRING
 *   port => INT32
 * FindCoordinator Response (Version: 3) => throttle_time_ms error_code error_message node_id host port _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   node_id => INT32
 *   host => COMPACT_STRING
 *   port => INT32
 * FindCoordinator Response (Versions: 4-6) => throttle_time_ms [coordinators] _tagged_fields
 *   throttle_time_ms => INT32
 *   coordinators => key node_id host port error_code error_message _tagged_fields
 *     key => COMPACT_STRING
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
/** FindCoordinatorResponse (versions 0-6, flexible 3+) */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0-3) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 1-3, nullable 1-3, ignorable) */
  errorMessage: string | null
  /** The node id. (versions 0-3) */
  nodeId: number
  /** The host name. (versions 0-3) */
  host: string
  /** The port. (versions 0-3) */
  port: number
  /** Each coordinator result in the response (versions 4+) */
  coordinators: FindCoordinatorResponseCoordinator[]
  unknownTaggedFields?: TaggedField[]
}

function readFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const flex = v >= 3
  const o: FindCoordinatorResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: v <= 3 ? r.int16("ErrorCode") : 0,
    errorMessage: (v >= 1 && v <= 3) ? r.nullableString(flex, (v >= 1 && v <= 3), "ErrorMessage") : "",
    nodeId: v <= 3 ? r.int32("NodeId") : 0,
    host: v <= 3 ? r.string(flex, "Host") : "",
    port: v <= 3 ? r.int32("Port") : 0,
    coordinators: v >= 4 ? readArray(r, flex, v, readFindCoordinatorResponseCoordinator, "Coordinators") : [],
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeFindCoordinatorResponse(w: Writer, m: MessageInit<FindCoordinatorResponse>, v: number): void {
  const flex = v >= 3
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (v <= 3) w.int16((m.errorCode ?? 0), "ErrorCode")
  else if (m.errorCode !== undefined && m.errorCode !== 0) w.notInVersion("ErrorCode")
  if ((v >= 1 && v <= 3)) w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, (v >= 1 && v <= 3), "ErrorMessage")
  if (v <= 3) w.int32((m.nodeId ?? 0), "NodeId")
  else if (m.nodeId !== undefined && m.nodeId !== 0) w.notInVersion("NodeId")
  if (v <= 3) w.string((m.host ?? ""), flex, "Host")
  else if (m.host !== undefined && m.host !== "") w.notInVersion("Host")
  if (v <= 3) w.int32((m.port ?? 0), "Port")
  else if (m.port !== undefined && m.port !== 0) w.notInVersion("Port")
  if (v >= 4) writeArray(w, (m.coordinators ?? EMPTY_ARRAY), flex, false, v, writeFindCoordinatorResponseCoordinator, "Coordinators")
  else if (nonEmpty(m.coordinators)) w.notInVersion("Coordinators")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** Coordinator in FindCoordinatorResponse (versions 4-6) */
export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. (versions 4+) */
  key: string
  /** The node id. (versions 4+) */
  nodeId: number
  /** The host name. (versions 4+) */
  host: string
  /** The port. (versions 4+) */
  port: number
  /** The error code, or 0 if there was no error. (versions 4+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 4+, nullable 4+, ignorable) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readFindCoordinatorResponseCoordinator(r: Reader, v: number): FindCoordinatorResponseCoordinator {
  const o: FindCoordinatorResponseCoordinator = {
    key: r.string(true, "Coordinator.Key"),
    nodeId: r.int32("Coordinator.NodeId"),
    host: r.string(true, "Coordinator.Host"),
    port: r.int32("Coordinator.Port"),
    errorCode: r.int16("Coordinator.ErrorCode"),
    errorMessage: r.nullableString(true, true, "Coordinator.ErrorMessage"),
  }
  const u = r.taggedFields("Coordinator._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeFindCoordinatorResponseCoordinator(w: Writer, m: MessageInit<FindCoordinatorResponseCoordinator>, v: number): void {
  w.string((m.key ?? ""), true, "Coordinator.Key")
  w.int32((m.nodeId ?? 0), "Coordinator.NodeId")
  w.string((m.host ?? ""), true, "Coordinator.Host")
  w.int32((m.port ?? 0), "Coordinator.Port")
  w.int16((m.errorCode ?? 0), "Coordinator.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "Coordinator.ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "Coordinator._tagged_fields")
}

export function decodeFindCoordinatorResponse(r: Reader, version: number): FindCoordinatorResponse {
  r.begin("FindCoordinatorResponse", version, 0, 6)
  return readFindCoordinatorResponse(r, version)
}

export function encodeFindCoordinatorResponse(w: Writer, m: MessageInit<FindCoordinatorResponse>, version: number): void {
  w.begin("FindCoordinatorResponse", version, 0, 6)
  writeFindCoordinatorResponse(w, m, version)
}
