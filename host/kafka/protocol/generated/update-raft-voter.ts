// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, isDefaultStruct, readArray, writeArray } from '../codec.js'

/*
 * UpdateRaftVoter Request (Version: 0) => cluster_id current_leader_epoch voter_id voter_directory_id [listeners] k_raft_version_feature _tagged_fields
 *   cluster_id => COMPACT_NULLABLE_STRING
 *   current_leader_epoch => INT32
 *   voter_id => INT32
 *   voter_directory_id => UUID
 *   listeners => name host port _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 *   k_raft_version_feature => min_supported_version max_supported_version _tagged_fields
 *     min_supported_version => INT16
 *     max_supported_version => INT16
 */
/** UpdateRaftVoterRequest (versions 0, flexible 0+) */
export interface UpdateRaftVoterRequest {
  /** (versions 0+, nullable 0+) */
  clusterId: string | null
  /** The current leader epoch of the partition, -1 for unknown leader epoch (versions 0+) */
  currentLeaderEpoch: number
  /** The replica id of the voter getting updated in the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter getting updated in the topic partition (versions 0+) */
  voterDirectoryId: string
  /** The endpoint that can be used to communicate with the leader (versions 0+) */
  listeners: UpdateRaftVoterRequestListener[]
  /** The range of versions of the protocol that the replica supports (versions 0+) */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature
  unknownTaggedFields?: TaggedField[]
}

function readUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  const o: UpdateRaftVoterRequest = {
    clusterId: r.nullableString(true, true, "ClusterId"),
    currentLeaderEpoch: r.int32("CurrentLeaderEpoch"),
    voterId: r.int32("VoterId"),
    voterDirectoryId: r.uuid("VoterDirectoryId"),
    listeners: readArray(r, true, v, readUpdateRaftVoterRequestListener, "Listeners"),
    kRaftVersionFeature: readUpdateRaftVoterRequestKRaftVersionFeature(r, v),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateRaftVoterRequest(w: Writer, m: MessageInit<UpdateRaftVoterRequest>, v: number): void {
  w.nullableString((m.clusterId === undefined ? "" : m.clusterId), true, true, "ClusterId")
  w.int32((m.currentLeaderEpoch ?? 0), "CurrentLeaderEpoch")
  w.int32((m.voterId ?? 0), "VoterId")
  w.uuid((m.voterDirectoryId ?? ZERO_UUID), "VoterDirectoryId")
  writeArray(w, (m.listeners ?? EMPTY_ARRAY), true, false, v, writeUpdateRaftVoterRequestListener, "Listeners")
  writeUpdateRaftVoterRequestKRaftVersionFeature(w, (m.kRaftVersionFeature ?? {}), v)
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** Listener in UpdateRaftVoterRequest (versions 0) */
export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint (versions 0+) */
  name: string
  /** The hostname (versions 0+) */
  host: string
  /** The port (versions 0+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readUpdateRaftVoterRequestListener(r: Reader, v: number): UpdateRaftVoterRequestListener {
  const o: UpdateRaftVoterRequestListener = {
    name: r.string(true, "Listener.Name"),
    host: r.string(true, "Listener.Host"),
    port: r.uint16("Listener.Port"),
  }
  const u = r.taggedFields("Listener._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateRaftVoterRequestListener(w: Writer, m: MessageInit<UpdateRaftVoterRequestListener>, v: number): void {
  w.string((m.name ?? ""), true, "Listener.Name")
  w.string((m.host ?? ""), true, "Listener.Host")
  w.uint16((m.port ?? 0), "Listener.Port")
  w.taggedFields(m.unknownTaggedFields, "Listener._tagged_fields")
}

/** KRaftVersionFeature in UpdateRaftVoterRequest (versions 0) */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported KRaft protocol version (versions 0+) */
  maxSupportedVersion: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateRaftVoterRequestKRaftVersionFeature(): UpdateRaftVoterRequestKRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, v: number): UpdateRaftVoterRequestKRaftVersionFeature {
  const o: UpdateRaftVoterRequestKRaftVersionFeature = {
    minSupportedVersion: r.int16("KRaftVersionFeature.MinSupportedVersion"),
    maxSupportedVersion: r.int16("KRaftVersionFeature.MaxSupportedVersion"),
  }
  const u = r.taggedFields("KRaftVersionFeature._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, m: MessageInit<UpdateRaftVoterRequestKRaftVersionFeature>, v: number): void {
  w.int16((m.minSupportedVersion ?? 0), "KRaftVersionFeature.MinSupportedVersion")
  w.int16((m.maxSupportedVersion ?? 0), "KRaftVersionFeature.MaxSupportedVersion")
  w.taggedFields(m.unknownTaggedFields, "KRaftVersionFeature._tagged_fields")
}

export function decodeUpdateRaftVoterRequest(r: Reader, version: number): UpdateRaftVoterRequest {
  r.begin("UpdateRaftVoterRequest", version, 0, 0)
  return readUpdateRaftVoterRequest(r, version)
}

export function encodeUpdateRaftVoterRequest(w: Writer, m: MessageInit<UpdateRaftVoterRequest>, version: number): void {
  w.begin("UpdateRaftVoterRequest", version, 0, 0)
  writeUpdateRaftVoterRequest(w, m, version)
}

/*
 * UpdateRaftVoter Response (Version: 0) => throttle_time_ms error_code _tagged_fields{0:current_leader}
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   current_leader => leader_id leader_epoch host port _tagged_fields
 *     leader_id => INT32
 *     leader_epoch => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 */
/** UpdateRaftVoterResponse (versions 0, flexible 0+) */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** (versions 0+, tag 0 in 0+) */
  currentLeader: UpdateRaftVoterResponseCurrentLeader
  unknownTaggedFields?: TaggedField[]
}

function readUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  const o: UpdateRaftVoterResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    currentLeader: defaultUpdateRaftVoterResponseCurrentLeader(),
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("_tagged_fields")
    const end = r.enterTaggedField("_tagged_fields")
    switch (tag) {
      case 0: o.currentLeader = readUpdateRaftVoterResponseCurrentLeader(r, v); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "_tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateRaftVoterResponse(w: Writer, m: MessageInit<UpdateRaftVoterResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  const u = m.unknownTaggedFields
  const t0 = !isDefaultStruct(m.currentLeader, defaultUpdateRaftVoterResponseCurrentLeader())
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
    w.uvarint(0, "_tagged_fields")
    const s = w.beginSized()
    writeUpdateRaftVoterResponseCurrentLeader(w, (m.currentLeader ?? {}), v)
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
}

/** CurrentLeader in UpdateRaftVoterResponse (versions 0) */
export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown (versions 0+, default -1) */
  leaderId: number
  /** The latest known leader epoch (versions 0+, default -1) */
  leaderEpoch: number
  /** The node's hostname (versions 0+) */
  host: string
  /** The node's port (versions 0+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return { leaderId: -1, leaderEpoch: -1, host: "", port: 0 }
}

function readUpdateRaftVoterResponseCurrentLeader(r: Reader, v: number): UpdateRaftVoterResponseCurrentLeader {
  const o: UpdateRaftVoterResponseCurrentLeader = {
    leaderId: r.int32("CurrentLeader.LeaderId"),
    leaderEpoch: r.int32("CurrentLeader.LeaderEpoch"),
    host: r.string(true, "CurrentLeader.Host"),
    port: r.int32("CurrentLeader.Port"),
  }
  const u = r.taggedFields("CurrentLeader._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateRaftVoterResponseCurrentLeader(w: Writer, m: MessageInit<UpdateRaftVoterResponseCurrentLeader>, v: number): void {
  w.int32((m.leaderId ?? -1), "CurrentLeader.LeaderId")
  w.int32((m.leaderEpoch ?? -1), "CurrentLeader.LeaderEpoch")
  w.string((m.host ?? ""), true, "CurrentLeader.Host")
  w.int32((m.port ?? 0), "CurrentLeader.Port")
  w.taggedFields(m.unknownTaggedFields, "CurrentLeader._tagged_fields")
}

export function decodeUpdateRaftVoterResponse(r: Reader, version: number): UpdateRaftVoterResponse {
  r.begin("UpdateRaftVoterResponse", version, 0, 0)
  return readUpdateRaftVoterResponse(r, version)
}

export function encodeUpdateRaftVoterResponse(w: Writer, m: MessageInit<UpdateRaftVoterResponse>, version: number): void {
  w.begin("UpdateRaftVoterResponse", version, 0, 0)
  writeUpdateRaftVoterResponse(w, m, version)
}
