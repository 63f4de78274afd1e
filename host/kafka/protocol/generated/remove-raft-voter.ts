// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, ZERO_UUID } from '../codec.js'

/*
 * RemoveRaftVoter Request (Version: 0) => cluster_id voter_id voter_directory_id _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   voter_id => INT32
 *   voter_directory_id => UUID
 */
/** RemoveRaftVoterRequest (versions 0, flexible 0+) */
export interface RemoveRaftVoterRequest {
  /** (versions 0+, nullable 0+) */
  clusterId: string | null
  /** The replica id of the voter getting removed from the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter getting removed from the topic partition (versions 0+) */
  voterDirectoryId: string
  unknownTaggedFields?: TaggedField[]
}

function readRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  const o: RemoveRaftVoterRequest = {
    clusterId: r.nullableString(true, true, "ClusterId"),
    voterId: r.int32("VoterId"),
    voterDirectoryId: r.uuid("VoterDirectoryId"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeRemoveRaftVoterRequest(w: Writer, m: MessageInit<RemoveRaftVoterRequest>, v: number): void {
  w.nullableString((m.clusterId === undefined ? "" : m.clusterId), true, true, "ClusterId")
  w.int32((m.voterId ?? 0), "VoterId")
  w.uuid((m.voterDirectoryId ?? ZERO_UUID), "VoterDirectoryId")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeRemoveRaftVoterRequest(r: Reader, version: number): RemoveRaftVoterRequest {
  r.begin("RemoveRaftVoterRequest", version, 0, 0)
  return readRemoveRaftVoterRequest(r, version)
}

export function encodeRemoveRaftVoterRequest(w: Writer, m: MessageInit<RemoveRaftVoterRequest>, version: number): void {
  w.begin("RemoveRaftVoterRequest", version, 0, 0)
  writeRemoveRaftVoterRequest(w, m, version)
}

/*
 * RemoveRaftVoter Response (Version: 0) => throttle_time_ms error_code error_message _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 */
/** RemoveRaftVoterResponse (versions 0, flexible 0+) */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+, ignorable) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readRemoveRaftVoterResponse(r: Reader, v: number): RemoveRaftVoterResponse {
  const o: RemoveRaftVoterResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeRemoveRaftVoterResponse(w: Writer, m: MessageInit<RemoveRaftVoterResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeRemoveRaftVoterResponse(r: Reader, version: number): RemoveRaftVoterResponse {
  r.begin("RemoveRaftVoterResponse", version, 0, 0)
  return readRemoveRaftVoterResponse(r, version)
}

export function encodeRemoveRaftVoterResponse(w: Writer, m: MessageInit<RemoveRaftVoterResponse>, version: number): void {
  w.begin("RemoveRaftVoterResponse", version, 0, 0)
  writeRemoveRaftVoterResponse(w, m, version)
}
