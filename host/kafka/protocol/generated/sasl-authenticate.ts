// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions SaslAuthenticateRequest.json, SaslAuthenticateResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_BYTES } from '../codec.js'

/*
 * SaslAuthenticate Request (Versions: 0-1) => auth_bytes
 *   auth_bytes => BYTES
 * SaslAuthenticate Request (Version: 2) => auth_bytes _tagged_fields
 *   auth_bytes => COMPACT_BYTES
 */
/** SaslAuthenticateRequest (versions 0-2, flexible 2+) */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  const flex = v === 2
  const o: SaslAuthenticateRequest = {
    authBytes: r.bytesField(flex, true, "AuthBytes"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeSaslAuthenticateRequest(w: Writer, m: MessageInit<SaslAuthenticateRequest>, v: number): void {
  const flex = v === 2
  w.bytesField((m.authBytes ?? EMPTY_BYTES), flex, "AuthBytes")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeSaslAuthenticateRequest(r: Reader, version: number): SaslAuthenticateRequest {
  r.begin("SaslAuthenticateRequest", version, 0, 2)
  return readSaslAuthenticateRequest(r, version)
}

export function encodeSaslAuthenticateRequest(w: Writer, m: MessageInit<SaslAuthenticateRequest>, version: number): void {
  w.begin("SaslAuthenticateRequest", version, 0, 2)
  writeSaslAuthenticateRequest(w, m, version)
}

/*
 * SaslAuthenticate Response (Version: 0) => error_code error_message auth_bytes
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   auth_bytes => BYTES
 * SaslAuthenticate Response (Version: 1) => error_code error_message auth_bytes session_lifetime_ms
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   auth_bytes => BYTES
 *   session_lifetime_ms => INT64
 * SaslAuthenticate Response (Version: 2) => error_code error_message auth_bytes session_lifetime_ms _tagged_fields
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   auth_bytes => COMPACT_BYTES
 *   session_lifetime_ms => INT64
 */
/** SaslAuthenticateResponse (versions 0-2, flexible 2+) */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. (versions 0+) */
  authBytes: Uint8Array
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. (versions 1+, ignorable, default 0) */
  sessionLifetimeMs: bigint
  unknownTaggedFields?: TaggedField[]
}

function readSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const flex = v === 2
  const o: SaslAuthenticateResponse = {
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(flex, true, "ErrorMessage"),
    authBytes: r.bytesField(flex, true, "AuthBytes"),
    sessionLifetimeMs: v >= 1 ? r.int64("SessionLifetimeMs") : 0n,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeSaslAuthenticateResponse(w: Writer, m: MessageInit<SaslAuthenticateResponse>, v: number): void {
  const flex = v === 2
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "ErrorMessage")
  w.bytesField((m.authBytes ?? EMPTY_BYTES), flex, "AuthBytes")
  if (v >= 1) w.int64((m.sessionLifetimeMs ?? 0n), "SessionLifetimeMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeSaslAuthenticateResponse(r: Reader, version: number): SaslAuthenticateResponse {
  r.begin("SaslAuthenticateResponse", version, 0, 2)
  return readSaslAuthenticateResponse(r, version)
}

export function encodeSaslAuthenticateResponse(w: Writer, m: MessageInit<SaslAuthenticateResponse>, version: number): void {
  w.begin("SaslAuthenticateResponse", version, 0, 2)
  writeSaslAuthenticateResponse(w, m, version)
}
