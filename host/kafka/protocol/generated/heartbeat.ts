// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions HeartbeatRequest.json, HeartbeatResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * Heartbeat Request (Versions: 0-2) => group_id generation_id member_id
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 * Heartbeat Request (Version: 3) => group_id generation_id member_id group_instance_id
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 * Heartbeat Request (Version: 4) => group_id generation_id member_id group_instance_id _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 */
/** HeartbeatRequest (versions 0-4, flexible 4+) */
export interface HeartbeatRequest {
  /** The group id. (versions 0+) */
  groupId: string
  /** The generation of the group. (versions 0+) */
  generationId: number
  /** The member ID. (versions 0+) */
  memberId: string
  /** The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+, default null) */
  groupInstanceId: string | null
  unknownTaggedFields?: TaggedField[]
}

function readHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const flex = v === 4
  const o: HeartbeatRequest = {
    groupId: r.string(flex, "GroupId"),
    generationId: r.int32("GenerationId"),
    memberId: r.string(flex, "MemberId"),
    groupInstanceId: v >= 3 ? r.nullableString(flex, v >= 3, "GroupInstanceId") : null,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeHeartbeatRequest(w: Writer, m: MessageInit<HeartbeatRequest>, v: number): void {
  const flex = v === 4
  w.string((m.groupId ?? ""), flex, "GroupId")
  w.int32((m.generationId ?? 0), "GenerationId")
  w.string((m.memberId ?? ""), flex, "MemberId")
  if (v >= 3) w.nullableString((m.groupInstanceId ?? null), flex, v >= 3, "GroupInstanceId")
  else if (m.groupInstanceId != null) w.notInVersion("GroupInstanceId")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeHeartbeatRequest(r: Reader, version: number): HeartbeatRequest {
  r.begin("HeartbeatRequest", version, 0, 4)
  return readHeartbeatRequest(r, version)
}

export function encodeHeartbeatRequest(w: Writer, m: MessageInit<HeartbeatRequest>, version: number): void {
  w.begin("HeartbeatRequest", version, 0, 4)
  writeHeartbeatRequest(w, m, version)
}

/*
 * Heartbeat Response (Version: 0) => error_code
 *   error_code => INT16
 * Heartbeat Response (Versions: 1-3) => throttle_time_ms error_code
 *   throttle_time_ms => INT32
 *   error_code => INT16
 * Heartbeat Response (Version: 4) => throttle_time_ms error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 */
/** HeartbeatResponse (versions 0-4, flexible 4+) */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const flex = v === 4
  const o: HeartbeatResponse = {
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    errorCode: r.int16("ErrorCode"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeHeartbeatResponse(w: Writer, m: MessageInit<HeartbeatResponse>, v: number): void {
  const flex = v === 4
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeHeartbeatResponse(r: Reader, version: number): HeartbeatResponse {
  r.begin("HeartbeatResponse", version, 0, 4)
  return readHeartbeatResponse(r, version)
}

export function encodeHeartbeatResponse(w: Writer, m: MessageInit<HeartbeatResponse>, version: number): void {
  w.begin("HeartbeatResponse", version, 0, 4)
  writeHeartbeatResponse(w, m, version)
}
