// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DefaultPrincipalData.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * DefaultPrincipalData (Version: 0) => type name token_authenticated _tagged_fields
 *   type => COMPACT_STRING
 *   name => COMPACT_STRING
 *   token_authenticated => BOOLEAN
 */
/** DefaultPrincipalData (versions 0, flexible 0+) */
export interface DefaultPrincipalData {
  /** The principal type (versions 0+) */
  type: string
  /** The principal name (versions 0+) */
  name: string
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. (versions 0+) */
  tokenAuthenticated: boolean
  unknownTaggedFields?: TaggedField[]
}

function readDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  const o: DefaultPrincipalData = {
    type: r.string(true, "Type"),
    name: r.string(true, "Name"),
    tokenAuthenticated: r.bool("TokenAuthenticated"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDefaultPrincipalData(w: Writer, m: MessageInit<DefaultPrincipalData>, v: number): void {
  w.string((m.type ?? ""), true, "Type")
  w.string((m.name ?? ""), true, "Name")
  w.bool((m.tokenAuthenticated ?? false), "TokenAuthenticated")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  r.begin("DefaultPrincipalData", version, 0, 0)
  return readDefaultPrincipalData(r, version)
}

export function encodeDefaultPrincipalData(w: Writer, m: MessageInit<DefaultPrincipalData>, version: number): void {
  w.begin("DefaultPrincipalData", version, 0, 0)
  writeDefaultPrincipalData(w, m, version)
}
