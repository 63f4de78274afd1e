// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions SaslHandshakeRequest.json, SaslHandshakeResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * SaslHandshake Request (Versions: 0-1) => mechanism
 *   mechanism => STRING
 */
/** SaslHandshakeRequest (versions 0-1, flexible none) */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. (versions 0+) */
  mechanism: string
}

function readSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  const o: SaslHandshakeRequest = {
    mechanism: r.string(false, "Mechanism"),
  }
  return o
}

function writeSaslHandshakeRequest(w: Writer, m: MessageInit<SaslHandshakeRequest>, v: number): void {
  w.string((m.mechanism ?? ""), false, "Mechanism")
}

export function decodeSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  r.begin("SaslHandshakeRequest", version, 0, 1)
  return readSaslHandshakeRequest(r, version)
}

export function encodeSaslHandshakeRequest(w: Writer, m: MessageInit<SaslHandshakeRequest>, version: number): void {
  w.begin("SaslHandshakeRequest", version, 0, 1)
  writeSaslHandshakeRequest(w, m, version)
}

/*
 * SaslHandshake Response (Versions: 0-1) => error_code [mechanisms]
 *   error_code => INT16
 *   mechanisms => STRING
 */
/** SaslHandshakeResponse (versions 0-1, flexible none) */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The mechanisms enabled in the server. (versions 0+) */
  mechanisms: string[]
}

function readSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  const o: SaslHandshakeResponse = {
    errorCode: r.int16("ErrorCode"),
    mechanisms: readArray(r, false, v, readStringElement, "Mechanisms"),
  }
  return o
}

function writeSaslHandshakeResponse(w: Writer, m: MessageInit<SaslHandshakeResponse>, v: number): void {
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.mechanisms ?? EMPTY_ARRAY), false, false, v, writeStringElement, "Mechanisms")
}

export function decodeSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  r.begin("SaslHandshakeResponse", version, 0, 1)
  return readSaslHandshakeResponse(r, version)
}

export function encodeSaslHandshakeResponse(w: Writer, m: MessageInit<SaslHandshakeResponse>, version: number): void {
  w.begin("SaslHandshakeResponse", version, 0, 1)
  writeSaslHandshakeResponse(w, m, version)
}
