// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions EnvelopeRequest.json, EnvelopeResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_BYTES } from '../codec.js'

/*
 * Envelope Request (Version: 0) => request_data request_principal client_host_address _tagged_fields
 *   request_data => COMPACT_BYTES
 *   request_principal => COMPACT_NULLABLE_BYTES
 *   client_host_address => COMPACT_BYTES
 */
/** EnvelopeRequest (versions 0, flexible 0+) */
export interface EnvelopeRequest {
  /** The embedded request header and data. (versions 0+) */
  requestData: Uint8Array
  /** Value of the initial client principal when the request is redirected by a broker. (versions 0+, nullable 0+) */
  requestPrincipal: Uint8Array | null
  /** The original client's address in bytes. (versions 0+) */
  clientHostAddress: Uint8Array
  unknownTaggedFields?: TaggedField[]
}

function readEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  const o: EnvelopeRequest = {
    requestData: r.bytesField(true, false, "RequestData"),
    requestPrincipal: r.nullableBytes(true, true, true, "RequestPrincipal"),
    clientHostAddress: r.bytesField(true, true, "ClientHostAddress"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeEnvelopeRequest(w: Writer, m: MessageInit<EnvelopeRequest>, v: number): void {
  w.bytesField((m.requestData ?? EMPTY_BYTES), true, "RequestData")
  w.nullableBytes((m.requestPrincipal === undefined ? EMPTY_BYTES : m.requestPrincipal), true, true, "RequestPrincipal")
  w.bytesField((m.clientHostAddress ?? EMPTY_BYTES), true, "ClientHostAddress")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  r.begin("EnvelopeRequest", version, 0, 0)
  return readEnvelopeRequest(r, version)
}

export function encodeEnvelopeRequest(w: Writer, m: MessageInit<EnvelopeRequest>, version: number): void {
  w.begin("EnvelopeRequest", version, 0, 0)
  writeEnvelopeRequest(w, m, version)
}

/*
 * Envelope Response (Version: 0) => response_data error_code _tagged_fields
 *   response_data => COMPACT_NULLABLE_BYTES
 *   error_code => INT16
 */
/** EnvelopeResponse (versions 0, flexible 0+) */
export interface EnvelopeResponse {
  /** The embedded response header and data. (versions 0+, nullable 0+, default null) */
  responseData: Uint8Array | null
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  unknownTaggedFields?: TaggedField[]
}

function readEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  const o: EnvelopeResponse = {
    responseData: r.nullableBytes(true, true, false, "ResponseData"),
    errorCode: r.int16("ErrorCode"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeEnvelopeResponse(w: Writer, m: MessageInit<EnvelopeResponse>, v: number): void {
  w.nullableBytes((m.responseData ?? null), true, true, "ResponseData")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  r.begin("EnvelopeResponse", version, 0, 0)
  return readEnvelopeResponse(r, version)
}

export function encodeEnvelopeResponse(w: Writer, m: MessageInit<EnvelopeResponse>, version: number): void {
  w.begin("EnvelopeResponse", version, 0, 0)
  writeEnvelopeResponse(w, m, version)
}
