// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AddRaftVoterRequest.json, AddRaftVoterResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * AddRaftVoter Request (Version: 0) => cluster_id timeout_ms voter_id voter_directory_id [listeners] _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   timeout_ms => INT32
 *   voter_id => INT32
 *   voter_directory_id => UUID
 *   listeners => name host port _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 */
/** AddRaftVoterRequest (versions 0, flexible 0+) */
export interface AddRaftVoterRequest {
  /** (versions 0+, nullable 0+) */
  clusterId: string | null
  /** (versions 0+) */
  timeoutMs: number
  /** The replica id of the voter getting added to the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter getting added to the topic partition (versions 0+) */
  voterDirectoryId: string
  /** The endpoints that can be used to communicate with the voter (versions 0+) */
  listeners: AddRaftVoterRequestListener[]
  unknownTaggedFields?: TaggedField[]
}

function readAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  const o: AddRaftVoterRequest = {
    clusterId: r.nullableString(true, true, "ClusterId"),
    timeoutMs: r.int32("TimeoutMs"),
    voterId: r.int32("VoterId"),
    voterDirectoryId: r.uuid("VoterDirectoryId"),
    listeners: readArray(r, true, v, readAddRaftVoterRequestListener, "Listeners"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAddRaftVoterRequest(w: Writer, m: MessageInit<AddRaftVoterRequest>, v: number): void {
  w.nullableString((m.clusterId === undefined ? "" : m.clusterId), true, true, "ClusterId")
  w.int32((m.timeoutMs ?? 0), "TimeoutMs")
  w.int32((m.voterId ?? 0), "VoterId")
  w.uuid((m.voterDirectoryId ?? ZERO_UUID), "VoterDirectoryId")
  writeArray(w, (m.listeners ?? EMPTY_ARRAY), true, false, v, writeAddRaftVoterRequestListener, "Listeners")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** Listener in AddRaftVoterRequest (versions 0) */
export interface AddRaftVoterRequestListener {
  /** The name of the endpoint (versions 0+) */
  name: string
  /** The hostname (versions 0+) */
  host: string
  /** The port (versions 0+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readAddRaftVoterRequestListener(r: Reader, v: number): AddRaftVoterRequestListener {
  const o: AddRaftVoterRequestListener = {
    name: r.string(true, "Listener.Name"),
    host: r.string(true, "Listener.Host"),
    port: r.uint16("Listener.Port"),
  }
  const u = r.taggedFields("Listener._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAddRaftVoterRequestListener(w: Writer, m: MessageInit<AddRaftVoterRequestListener>, v: number): void {
  w.string((m.name ?? ""), true, "Listener.Name")
  w.string((m.host ?? ""), true, "Listener.Host")
  w.uint16((m.port ?? 0), "Listener.Port")
  w.taggedFields(m.unknownTaggedFields, "Listener._tagged_fields")
}

export function decodeAddRaftVoterRequest(r: Reader, version: number): AddRaftVoterRequest {
  r.begin("AddRaftVoterRequest", version, 0, 0)
  return readAddRaftVoterRequest(r, version)
}

export function encodeAddRaftVoterRequest(w: Writer, m: MessageInit<AddRaftVoterRequest>, version: number): void {
  w.begin("AddRaftVoterRequest", version, 0, 0)
  writeAddRaftVoterRequest(w, m, version)
}

/*
 * AddRaftVoter Response (Version: 0) => throttle_time_ms error_code error_message _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 */
/** AddRaftVoterResponse (versions 0, flexible 0+) */
export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, ignorable) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  const o: AddRaftVoterResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeAddRaftVoterResponse(w: Writer, m: MessageInit<AddRaftVoterResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeAddRaftVoterResponse(r: Reader, version: number): AddRaftVoterResponse {
  r.begin("AddRaftVoterResponse", version, 0, 0)
  return readAddRaftVoterResponse(r, version)
}

export function encodeAddRaftVoterResponse(w: Writer, m: MessageInit<AddRaftVoterResponse>, version: number): void {
  w.begin("AddRaftVoterResponse", version, 0, 0)
  writeAddRaftVoterResponse(w, m, version)
}
