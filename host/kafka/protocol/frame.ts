// Request and response framing: header + body for a given api key and version, on top of the
// generated codecs. The 4-byte size prefix that precedes every frame on the socket is left to the
// connection layer (it reads `size` bytes and hands them here), except for `sizePrefixed` below.
//
// RequestOrResponse => Size (RequestMessage | ResponseMessage)
//   Size => INT32
// Request => RequestHeader(version from requestHeaderVersion) Body(api key, api version)
// Response => ResponseHeader(version from responseHeaderVersion) Body(api key, api version)

import { KafkaProtocolError } from './errors.js'
import { Reader, type ReaderLimits } from './reader.js'
import type { Writer } from './writer.js'
import type { MessageInit } from './codec.js'
import { apiClientCodec, apiDescriptor, requestHeaderVersion, responseHeaderVersion, type ApiClientCodec, type ApiDescriptor } from './generated/index.js'
import { decodeRequestHeader, encodeRequestHeader, type RequestHeader } from './generated/request-header.js'
import { decodeResponseHeader, encodeResponseHeader } from './generated/response-header.js'

/** The first fields of every request header, readable before the api is known (for error replies). */
export interface RequestPeek {
  readonly apiKey: number
  readonly apiVersion: number
  readonly correlationId: number
}

/** The api key, version and correlation id of a request frame, or null if it is shorter than 8 bytes. */
export function peekRequestHeader(frame: Uint8Array): RequestPeek | null {
  if (frame.byteLength < 8) return null
  const view = new DataView(frame.buffer, frame.byteOffset, 8)
  return { apiKey: view.getInt16(0), apiVersion: view.getInt16(2), correlationId: view.getInt32(4) }
}

export interface DecodedRequest {
  readonly api: ApiDescriptor
  readonly headerVersion: number
  readonly header: RequestHeader
  readonly body: unknown
}

/**
 * Decodes one request frame (without its size prefix). Unknown api keys and versions are
 * KafkaProtocolErrors with code 'unknown_api' / 'unsupported_version'; use peekRequestHeader to answer
 * them (Kafka answers an unsupported ApiVersions version with an ApiVersionsResponse v0).
 * `requireEnd`: reject bytes left after the body.
 */
export function decodeRequest(frame: Uint8Array, limits: Partial<ReaderLimits> = {}, requireEnd = true): DecodedRequest {
  const peek = peekRequestHeader(frame)
  if (peek === null) throw new KafkaProtocolError('truncated', 'RequestHeader', -1, '', `frame of ${frame.byteLength} bytes is shorter than a request header`)
  const api = apiDescriptor(peek.apiKey)
  if (api === undefined) throw new KafkaProtocolError('unknown_api', 'RequestHeader', -1, 'RequestApiKey', `unknown api key ${peek.apiKey}`)
  if (peek.apiVersion < api.minVersion || peek.apiVersion > api.maxVersion) {
    throw new KafkaProtocolError('unsupported_version', `${api.name}Request`, peek.apiVersion, '', `version ${peek.apiVersion} is outside the valid versions ${api.minVersion}-${api.maxVersion}`)
  }
  const r = new Reader(frame, limits)
  const headerVersion = requestHeaderVersion(peek.apiKey, peek.apiVersion)
  const header = decodeRequestHeader(r, headerVersion)
  const body = api.decodeRequest(r, peek.apiVersion)
  if (requireEnd) r.expectEnd()
  return { api, headerVersion, header, body }
}

function clientCodec<Req, Res>(api: { readonly apiKey: number }): ApiClientCodec<Req, Res> {
  const codec = apiClientCodec(api.apiKey)
  if (codec === undefined) throw new RangeError(`no client codec for api key ${api.apiKey}`)
  return codec as ApiClientCodec<Req, Res>
}

/** Writes a request header and body (no size prefix). */
export function encodeRequest<Req>(
  w: Writer,
  api: ApiDescriptor<Req, unknown>,
  apiVersion: number,
  correlationId: number,
  clientId: string | null,
  body: MessageInit<Req>,
): void {
  encodeRequestHeader(w, { requestApiKey: api.apiKey, requestApiVersion: apiVersion, correlationId, clientId }, requestHeaderVersion(api.apiKey, apiVersion))
  clientCodec<Req, unknown>(api).encodeRequest(w, body, apiVersion)
}

/** Writes a response header and body (no size prefix). */
export function encodeResponse<Res>(
  w: Writer,
  api: ApiDescriptor<unknown, Res>,
  apiVersion: number,
  correlationId: number,
  body: MessageInit<Res>,
): void {
  encodeResponseHeader(w, { correlationId }, responseHeaderVersion(api.apiKey, apiVersion))
  api.encodeResponse(w, body, apiVersion)
}

/** Decodes a response frame (without its size prefix) for the api and version that was requested. */
export function decodeResponse<Res>(
  frame: Uint8Array,
  api: ApiDescriptor<unknown, Res>,
  apiVersion: number,
  limits: Partial<ReaderLimits> = {},
): { readonly correlationId: number; readonly body: Res } {
  const r = new Reader(frame, limits)
  const header = decodeResponseHeader(r, responseHeaderVersion(api.apiKey, apiVersion))
  const body = clientCodec<unknown, Res>(api).decodeResponse(r, apiVersion)
  r.expectEnd()
  return { correlationId: header.correlationId, body }
}

/** Chunks of a frame preceded by its INT32 size, ready for a vectored socket write. */
export function sizePrefixed(w: Writer): Uint8Array[] {
  const size = new Uint8Array(4)
  new DataView(size.buffer).setInt32(0, w.length)
  return [size, ...w.chunks()]
}
