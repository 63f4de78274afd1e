// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions SnapshotFooterRecord.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * SnapshotFooterRecord (Version: 0) => version _tagged_fields
 *   version => INT16
 */
/** SnapshotFooterRecord (versions 0, flexible 0+) */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record (versions 0+) */
  version: number
  unknownTaggedFields?: TaggedField[]
}

function readSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  const o: SnapshotFooterRecord = {
    version: r.int16("Version"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeSnapshotFooterRecord(w: Writer, m: MessageInit<SnapshotFooterRecord>, v: number): void {
  w.int16((m.version ?? 0), "Version")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeSnapshotFooterRecord(r: Reader, version: number): SnapshotFooterRecord {
  r.begin("SnapshotFooterRecord", version, 0, 0)
  return readSnapshotFooterRecord(r, version)
}

export function encodeSnapshotFooterRecord(w: Writer, m: MessageInit<SnapshotFooterRecord>, version: number): void {
  w.begin("SnapshotFooterRecord", version, 0, 0)
  writeSnapshotFooterRecord(w, m, version)
}
