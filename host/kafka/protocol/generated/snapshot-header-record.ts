// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions SnapshotHeaderRecord.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * SnapshotHeaderRecord (Version: 0) => version last_contained_log_timestamp _tagged_fields
 *   version => INT16
 *   last_contained_log_timestamp => INT64
 */
/** SnapshotHeaderRecord (versions 0, flexible 0+) */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record (versions 0+) */
  version: number
  /** The append time of the last record from the log contained in this snapshot (versions 0+) */
  lastContainedLogTimestamp: bigint
  unknownTaggedFields?: TaggedField[]
}

function readSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  const o: SnapshotHeaderRecord = {
    version: r.int16("Version"),
    lastContainedLogTimestamp: r.int64("LastContainedLogTimestamp"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeSnapshotHeaderRecord(w: Writer, m: MessageInit<SnapshotHeaderRecord>, v: number): void {
  w.int16((m.version ?? 0), "Version")
  w.int64((m.lastContainedLogTimestamp ?? 0n), "LastContainedLogTimestamp")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  r.begin("SnapshotHeaderRecord", version, 0, 0)
  return readSnapshotHeaderRecord(r, version)
}

export function encodeSnapshotHeaderRecord(w: Writer, m: MessageInit<SnapshotHeaderRecord>, version: number): void {
  w.begin("SnapshotHeaderRecord", version, 0, 0)
  writeSnapshotHeaderRecord(w, m, version)
}
