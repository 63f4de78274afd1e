// The in-memory record format shared with assembly/window.ts: the host encodes records into its staging
// area in this format (offset and timestamp left for the window to fill) and decodes the spans a reader
// copied out. One copy in (staging -> window) and one out (window -> read buffer -> JS) per batch.
//
//   0 record bytes u32 (padded to 8) | 4 flags u32 | 8 offset i64 | 16 timestamp ms i64
//   24 key length i32 (-1: null) | 28 value length i32 (-1: null) | 32 headers length i32 | 36 header count i32
//   40 key | value | headers: per header, key length i32, key UTF-8, value length i32 (-1: null), value

import { RecordTooLargeError } from './errors.js'

export const RECORD_HEADER_BYTES_HOST = 40

export type Bytes = Uint8Array
export type HeaderInput = Record<string, string | Bytes | null> | ReadonlyArray<{ key: string; value: string | Bytes | null }>

export interface RecordInput {
  key?: string | Bytes | null
  value: string | Bytes | null
  headers?: HeaderInput
}

export interface MessageHeader {
  readonly key: string
  readonly value: Bytes | null
}

export interface Message {
  readonly topic: string
  readonly partition: number
  readonly offset: number
  /** Milliseconds since the epoch, set when the record was appended. */
  readonly timestamp: number
  readonly key: Bytes | null
  readonly value: Bytes | null
  readonly headers: readonly MessageHeader[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const noHeaders: readonly MessageHeader[] = Object.freeze([])
const twoPow32 = 2 ** 32

/** A record prepared for staging: strings encoded once, its exact size known before anything is written. */
export interface EncodedRecord {
  readonly key: Bytes | null
  readonly value: Bytes | null
  readonly headers: ReadonlyArray<readonly [Bytes, Bytes | null]>
  readonly headersBytes: number
  readonly recordBytes: number
}

function toBytes(value: string | Bytes | null | undefined, what: string): Bytes | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return encoder.encode(value)
  if (value instanceof Uint8Array) return value
  throw new TypeError(`${what} must be a string, a Uint8Array or null, got ${typeof value}`)
}

function headerEntries(headers: HeaderInput | undefined): Array<readonly [Bytes, Bytes | null]> {
  if (headers === undefined) return []
  const pairs: Array<readonly [string, string | Bytes | null]> = Array.isArray(headers)
    ? (headers as ReadonlyArray<{ key: string; value: string | Bytes | null }>).map((header) => [header.key, header.value] as const)
    : Object.entries(headers as Record<string, string | Bytes | null>)
  return pairs.map(([key, value]) => {
    if (typeof key !== 'string') throw new TypeError(`header keys must be strings, got ${typeof key}`)
    return [encoder.encode(key), toBytes(value, `header ${JSON.stringify(key)}`)] as const
  })
}

/** Validates and encodes one record; throws RecordTooLargeError past `recordBytesMax`. Writes nothing. */
export function encodeRecord(record: RecordInput, recordBytesMax: number, topic: string): EncodedRecord {
  if (record === null || typeof record !== 'object') throw new TypeError(`a record must be an object with a value, got ${String(record)}`)
  if (!('value' in record)) throw new TypeError('a record must have a value (use null for a tombstone)')
  const key = toBytes(record.key, 'key')
  const value = toBytes(record.value, 'value')
  const headers = headerEntries(record.headers)
  let headersBytes = 0
  for (const [headerKey, headerValue] of headers) headersBytes += 8 + headerKey.length + (headerValue?.length ?? 0)
  const unpadded = RECORD_HEADER_BYTES_HOST + (key?.length ?? 0) + (value?.length ?? 0) + headersBytes
  const recordBytes = (unpadded + 7) & ~7
  if (recordBytes > recordBytesMax) throw new RecordTooLargeError(topic, recordBytes, recordBytesMax)
  return { key, value, headers, headersBytes, recordBytes }
}

/** Writes `record` at `at` in `bytes`/`view` (the staging area). The caller checked that it fits. */
export function stageRecord(bytes: Uint8Array, view: DataView, at: number, record: EncodedRecord): void {
  view.setUint32(at, record.recordBytes, true)
  view.setUint32(at + 4, 0, true)
  view.setInt32(at + 24, record.key === null ? -1 : record.key.length, true)
  view.setInt32(at + 28, record.value === null ? -1 : record.value.length, true)
  view.setInt32(at + 32, record.headersBytes, true)
  view.setInt32(at + 36, record.headers.length, true)
  let cursor = at + RECORD_HEADER_BYTES_HOST
  if (record.key !== null) {
    bytes.set(record.key, cursor)
    cursor += record.key.length
  }
  if (record.value !== null) {
    bytes.set(record.value, cursor)
    cursor += record.value.length
  }
  for (const [headerKey, headerValue] of record.headers) {
    view.setInt32(cursor, headerKey.length, true)
    bytes.set(headerKey, cursor + 4)
    cursor += 4 + headerKey.length
    view.setInt32(cursor, headerValue === null ? -1 : headerValue.length, true)
    cursor += 4
    if (headerValue !== null) {
      bytes.set(headerValue, cursor)
      cursor += headerValue.length
    }
  }
}

/**
 * Decodes `count` records from `span`, a private copy of what the window read put in the read buffer.
 * Keys, values and header values are views into `span`: one allocation per batch, not per field.
 */
export function decodeRecords(span: Uint8Array, count: number, topic: string, partition: number, skipBelowOffset: number, out: Message[]): void {
  const view = new DataView(span.buffer, span.byteOffset, span.byteLength)
  let at = 0
  for (let i = 0; i < count; i++) {
    const recordBytes = view.getUint32(at, true)
    // Offsets and timestamps are non-negative and below 2^53: two u32 reads avoid a BigInt per field.
    const offset = view.getUint32(at + 8, true) + view.getUint32(at + 12, true) * twoPow32
    if (offset >= skipBelowOffset) {
      const timestamp = view.getUint32(at + 16, true) + view.getUint32(at + 20, true) * twoPow32
      const keyLength = view.getInt32(at + 24, true)
      const valueLength = view.getInt32(at + 28, true)
      const headerCount = view.getInt32(at + 36, true)
      let cursor = at + RECORD_HEADER_BYTES_HOST
      const key = keyLength < 0 ? null : span.subarray(cursor, cursor + keyLength)
      cursor += Math.max(keyLength, 0)
      const value = valueLength < 0 ? null : span.subarray(cursor, cursor + valueLength)
      cursor += Math.max(valueLength, 0)
      let headers = noHeaders
      if (headerCount > 0) {
        const decoded: MessageHeader[] = []
        for (let h = 0; h < headerCount; h++) {
          const headerKeyLength = view.getInt32(cursor, true)
          const headerKey = decoder.decode(span.subarray(cursor + 4, cursor + 4 + headerKeyLength))
          cursor += 4 + headerKeyLength
          const headerValueLength = view.getInt32(cursor, true)
          cursor += 4
          const headerValue = headerValueLength < 0 ? null : span.subarray(cursor, cursor + headerValueLength)
          cursor += Math.max(headerValueLength, 0)
          decoded.push({ key: headerKey, value: headerValue })
        }
        headers = decoded
      }
      out.push({ topic, partition, offset, timestamp, key, value, headers })
    }
    at += recordBytes
  }
}
