// Small HTTP helpers shared by the routes: JSON responses, bounded JSON bodies, and one error type that
// carries its status, so handlers throw and the server answers.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { SluiceError } from '../engine/errors.js'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message)
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers })
  response.end(text)
}

/** 503 for what lives in the Kafka broker (groups, topic configs) when this server has none running. */
export function kafkaOff(what: string): HttpError {
  return new HttpError(
    503,
    `${what} live in the Kafka broker, which is not running on this server: it is either still starting (retry in a moment) or off (start \`sluice serve\` with the Kafka listener, --port / kafka.port other than -1)`,
    'KAFKA_OFF',
  )
}

/** Status for an engine error: what the client did wrong is 4xx, what the server could not do is 5xx. */
const statusByCode: Record<string, number> = {
  UNKNOWN_TOPIC: 404,
  TOPIC_EXISTS: 409,
  INVALID_TOPIC_NAME: 400,
  INVALID_PARTITION: 400,
  RECORD_TOO_LARGE: 413,
  CAPACITY_EXCEEDED: 507,
  NOT_SUPPORTED: 501,
  ENGINE_CLOSED: 503,
  PUBLISH_TIMEOUT: 503,
  PARTITION_BUSY: 503,
}

/** The status and JSON body for anything a handler threw. */
export function errorResponse(error: unknown): { status: number; body: { error: string; code: string } } {
  if (error instanceof HttpError) return { status: error.status, body: { error: error.message, code: error.code } }
  if (error instanceof SluiceError) return { status: statusByCode[error.code] ?? 500, body: { error: error.message, code: error.code } }
  // Engine argument checks throw RangeError/TypeError with messages naming the option and its range.
  if (error instanceof RangeError || error instanceof TypeError) return { status: 400, body: { error: error.message, code: 'INVALID_ARGUMENT' } }
  return { status: 500, body: { error: (error as Error)?.message ?? String(error), code: 'INTERNAL' } }
}

/** Reads a JSON body of at most `bytesMax` bytes. */
export async function readJsonBody(request: IncomingMessage, bytesMax: number): Promise<unknown> {
  // Any content type whose body is JSON is accepted (curl -d sends application/x-www-form-urlencoded).
  const type = request.headers['content-type'] ?? ''
  if (/^multipart\//i.test(type)) throw new HttpError(415, `send the body as JSON (content-type: application/json), not ${type}`, 'UNSUPPORTED_MEDIA_TYPE')
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > bytesMax) throw new HttpError(413, `request body of ${declared} bytes exceeds http.body_bytes_max (${bytesMax}): send fewer records per request`, 'BODY_TOO_LARGE')
  const chunks: Buffer[] = []
  let received = 0
  for await (const chunk of request) {
    received += (chunk as Buffer).length
    if (received > bytesMax) {
      throw new HttpError(413, `request body exceeds http.body_bytes_max (${bytesMax} bytes): send fewer records per request`, 'BODY_TOO_LARGE')
    }
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') throw new HttpError(400, 'the request needs a JSON body', 'BAD_JSON')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON: ${(error as Error).message}`, 'BAD_JSON')
  }
}
