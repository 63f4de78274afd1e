// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions LeaderChangeMessage.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * LeaderChangeMessage (Version: 0) => version leader_id [voters] [granting_voters] _tagged_fields
 *   version => INT16
 *   leader_id => INT32
 *   voters => voter_id _tagged_fields
 *     voter_id => INT32
 *   granting_voters => voter_id _tagged_fields
 *     voter_id => INT32
 * LeaderChangeMessage (Version: 1) => version leader_id [voters] [granting_voters] _tagged_fields
 *   version => INT16
 *   leader_id => INT32
 *   voters => voter_id voter_directory_id _tagged_fields
 *     voter_id => INT32
 *     voter_directory_id => UUID
 *   granting_voters => voter_id voter_directory_id _tagged_fields
 *     voter_id => INT32
 *     voter_directory_id => UUID
 */
/** LeaderChangeMessage (versions 0-1, flexible 0+) */
export interface LeaderChangeMessage {
  /** The version of the leader change message (versions 0+) */
  version: number
  /** The ID of the newly elected leader (versions 0+) */
  leaderId: number
  /** The set of voters in the quorum for this epoch (versions 0+) */
  voters: LeaderChangeMessageVoter[]
  /** The voters who voted for the leader at the time of election (versions 0+) */
  grantingVoters: LeaderChangeMessageVoter[]
  unknownTaggedFields?: TaggedField[]
}

function readLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  const o: LeaderChangeMessage = {
    version: r.int16("Version"),
    leaderId: r.int32("LeaderId"),
    voters: readArray(r, true, v, readLeaderChangeMessageVoter, "Voters"),
    grantingVoters: readArray(r, true, v, readLeaderChangeMessageVoter, "GrantingVoters"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeLeaderChangeMessage(w: Writer, m: MessageInit<LeaderChangeMessage>, v: number): void {
  w.int16((m.version ?? 0), "Version")
  w.int32((m.leaderId ?? 0), "LeaderId")
  writeArray(w, (m.voters ?? EMPTY_ARRAY), true, false, v, writeLeaderChangeMessageVoter, "Voters")
  writeArray(w, (m.grantingVoters ?? EMPTY_ARRAY), true, false, v, writeLeaderChangeMessageVoter, "GrantingVoters")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** Voter in LeaderChangeMessage (versions 0-1) */
export interface LeaderChangeMessageVoter {
  /** (versions 0+) */
  voterId: number
  /** The directory id of the voter (versions 1+) */
  voterDirectoryId: string
  unknownTaggedFields?: TaggedField[]
}

function readLeaderChangeMessageVoter(r: Reader, v: number): LeaderChangeMessageVoter {
  const o: LeaderChangeMessageVoter = {
    voterId: r.int32("Voter.VoterId"),
    voterDirectoryId: v === 1 ? r.uuid("Voter.VoterDirectoryId") : ZERO_UUID,
  }
  const u = r.taggedFields("Voter._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeLeaderChangeMessageVoter(w: Writer, m: MessageInit<LeaderChangeMessageVoter>, v: number): void {
  w.int32((m.voterId ?? 0), "Voter.VoterId")
  if (v === 1) w.uuid((m.voterDirectoryId ?? ZERO_UUID), "Voter.VoterDirectoryId")
  else if (m.voterDirectoryId !== undefined && m.voterDirectoryId !== ZERO_UUID) w.notInVersion("Voter.VoterDirectoryId")
  w.taggedFields(m.unknownTaggedFields, "Voter._tagged_fields")
}

export function decodeLeaderChangeMessage(r: Reader, version: number): LeaderChangeMessage {
  r.begin("LeaderChangeMessage", version, 0, 1)
  return readLeaderChangeMessage(r, version)
}

export function encodeLeaderChangeMessage(w: Writer, m: MessageInit<LeaderChangeMessage>, version: number): void {
  w.begin("LeaderChangeMessage", version, 0, 1)
  writeLeaderChangeMessage(w, m, version)
}
