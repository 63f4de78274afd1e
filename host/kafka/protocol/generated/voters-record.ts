// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions VotersRecord.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * VotersRecord (Version: 0) => version [voters] _tagged_fields
 *   version => INT16
 *   voters => voter_id voter_directory_id [endpoints] k_raft_version_feature _tagged_fields
 *     voter_id => INT32
 *     voter_directory_id => UUID
 *     endpoints => name host port _tagged_fields
 *       name => COMPACT_STRING
 *       host => COMPACT_STRING
 *       port => UINT16
 *     k_raft_version_feature => min_supported_version max_supported_version _tagged_fields
 *       min_supported_version => INT16
 *       max_supported_version => INT16
 */
/** VotersRecord (versions 0, flexible 0+) */
export interface VotersRecord {
  /** The version of the voters record (versions 0+) */
  version: number
  /** (versions 0+) */
  voters: VotersRecordVoter[]
  unknownTaggedFields?: TaggedField[]
}

function readVotersRecord(r: Reader, v: number): VotersRecord {
  const o: VotersRecord = {
    version: r.int16("Version"),
    voters: readArray(r, true, v, readVotersRecordVoter, "Voters"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVotersRecord(w: Writer, m: MessageInit<VotersRecord>, v: number): void {
  w.int16((m.version ?? 0), "Version")
  writeArray(w, (m.voters ?? EMPTY_ARRAY), true, false, v, writeVotersRecordVoter, "Voters")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** Voter in VotersRecord (versions 0) */
export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition (versions 0+) */
  voterId: number
  /** The directory id of the voter in the topic partition (versions 0+) */
  voterDirectoryId: string
  /** The endpoint that can be used to communicate with the voter (versions 0+) */
  endpoints: VotersRecordEndpoint[]
  /** The range of versions of the protocol that the replica supports (versions 0+) */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature
  unknownTaggedFields?: TaggedField[]
}

function readVotersRecordVoter(r: Reader, v: number): VotersRecordVoter {
  const o: VotersRecordVoter = {
    voterId: r.int32("Voter.VoterId"),
    voterDirectoryId: r.uuid("Voter.VoterDirectoryId"),
    endpoints: readArray(r, true, v, readVotersRecordEndpoint, "Voter.Endpoints"),
    kRaftVersionFeature: readVotersRecordKRaftVersionFeature(r, v),
  }
  const u = r.taggedFields("Voter._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVotersRecordVoter(w: Writer, m: MessageInit<VotersRecordVoter>, v: number): void {
  w.int32((m.voterId ?? 0), "Voter.VoterId")
  w.uuid((m.voterDirectoryId ?? ZERO_UUID), "Voter.VoterDirectoryId")
  writeArray(w, (m.endpoints ?? EMPTY_ARRAY), true, false, v, writeVotersRecordEndpoint, "Voter.Endpoints")
  writeVotersRecordKRaftVersionFeature(w, (m.kRaftVersionFeature ?? {}), v)
  w.taggedFields(m.unknownTaggedFields, "Voter._tagged_fields")
}

/** Endpoint in VotersRecord (versions 0) */
export interface VotersRecordEndpoint {
  /** The name of the endpoint (versions 0+) */
  name: string
  /** The hostname (versions 0+) */
  host: string
  /** The port (versions 0+) */
  port: number
  unknownTaggedFields?: TaggedField[]
}

function readVotersRecordEndpoint(r: Reader, v: number): VotersRecordEndpoint {
  const o: VotersRecordEndpoint = {
    name: r.string(true, "Endpoint.Name"),
    host: r.string(true, "Endpoint.Host"),
    port: r.uint16("Endpoint.Port"),
  }
  const u = r.taggedFields("Endpoint._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVotersRecordEndpoint(w: Writer, m: MessageInit<VotersRecordEndpoint>, v: number): void {
  w.string((m.name ?? ""), true, "Endpoint.Name")
  w.string((m.host ?? ""), true, "Endpoint.Host")
  w.uint16((m.port ?? 0), "Endpoint.Port")
  w.taggedFields(m.unknownTaggedFields, "Endpoint._tagged_fields")
}

/** KRaftVersionFeature in VotersRecord (versions 0) */
export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported KRaft protocol version (versions 0+) */
  maxSupportedVersion: number
  unknownTaggedFields?: TaggedField[]
}

export function defaultVotersRecordKRaftVersionFeature(): VotersRecordKRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 }
}

function readVotersRecordKRaftVersionFeature(r: Reader, v: number): VotersRecordKRaftVersionFeature {
  const o: VotersRecordKRaftVersionFeature = {
    minSupportedVersion: r.int16("KRaftVersionFeature.MinSupportedVersion"),
    maxSupportedVersion: r.int16("KRaftVersionFeature.MaxSupportedVersion"),
  }
  const u = r.taggedFields("KRaftVersionFeature._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeVotersRecordKRaftVersionFeature(w: Writer, m: MessageInit<VotersRecordKRaftVersionFeature>, v: number): void {
  w.int16((m.minSupportedVersion ?? 0), "KRaftVersionFeature.MinSupportedVersion")
  w.int16((m.maxSupportedVersion ?? 0), "KRaftVersionFeature.MaxSupportedVersion")
  w.taggedFields(m.unknownTaggedFields, "KRaftVersionFeature._tagged_fields")
}

export function decodeVotersRecord(r: Reader, version: number): VotersRecord {
  r.begin("VotersRecord", version, 0, 0)
  return readVotersRecord(r, version)
}

export function encodeVotersRecord(w: Writer, m: MessageInit<VotersRecord>, version: number): void {
  w.begin("VotersRecord", version, 0, 0)
  writeVotersRecord(w, m, version)
}
