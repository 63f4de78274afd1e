// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions KRaftVersionRecord.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * KRaftVersionRecord (Version: 0) => version k_raft_version _tagged_fields
 *   version => INT16
 *   k_raft_version => INT16
 */
/** KRaftVersionRecord (versions 0, flexible 0+) */
export interface KRaftVersionRecord {
  /** The version of the kraft version record (versions 0+) */
  version: number
  /** The kraft protocol version (versions 0+) */
  kRaftVersion: number
  unknownTaggedFields?: TaggedField[]
}

function readKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  const o: KRaftVersionRecord = {
    version: r.int16("Version"),
    kRaftVersion: r.int16("KRaftVersion"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeKRaftVersionRecord(w: Writer, m: MessageInit<KRaftVersionRecord>, v: number): void {
  w.int16((m.version ?? 0), "Version")
  w.int16((m.kRaftVersion ?? 0), "KRaftVersion")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  r.begin("KRaftVersionRecord", version, 0, 0)
  return readKRaftVersionRecord(r, version)
}

export function encodeKRaftVersionRecord(w: Writer, m: MessageInit<KRaftVersionRecord>, version: number): void {
  w.begin("KRaftVersionRecord", version, 0, 0)
  writeKRaftVersionRecord(w, m, version)
}
