// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ResponseHeader.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit } from '../codec.js'

/*
 * ResponseHeader (Version: 0) => correlation_id
 *   correlation_id => INT32
 * ResponseHeader (Version: 1) => correlation_id _tagged_fields
 *   correlation_id => INT32
 */
/** ResponseHeader (versions 0-1, flexible 1+) */
export interface ResponseHeader {
  /** The correlation ID of this response. (versions 0+) */
  correlationId: number
  unknownTaggedFields?: TaggedField[]
}

function readResponseHeader(r: Reader, v: number): ResponseHeader {
  const flex = v === 1
  const o: ResponseHeader = {
    correlationId: r.int32("CorrelationId"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeResponseHeader(w: Writer, m: MessageInit<ResponseHeader>, v: number): void {
  const flex = v === 1
  w.int32((m.correlationId ?? 0), "CorrelationId")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeResponseHeader(r: Reader, version: number): ResponseHeader {
  r.begin("ResponseHeader", version, 0, 1)
  return readResponseHeader(r, version)
}

export function encodeResponseHeader(w: Writer, m: MessageInit<ResponseHeader>, version: number): void {
  w.begin("ResponseHeader", version, 0, 1)
  writeResponseHeader(w, m, version)
}
