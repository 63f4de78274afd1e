// Records as the engine stores them: Kafka RecordBatch v2 (magic 2) batches, each in a window entry
// (see assembly/window.ts). The host writes batches straight into its staging area, the window assigns
// their base offsets, and subscribers decode the spans a read copied out. The same bytes go to disk and to
// Kafka consumers without re-encoding.
//
// RecordBatch v2 header (big-endian): 0 baseOffset i64 | 8 batchLength i32 | 12 partitionLeaderEpoch i32 |
// 16 magic i8 | 17 crc u32 (CRC32C of bytes 21..end) | 21 attributes i16 | 23 lastOffsetDelta i32 |
// 27 firstTimestamp i64 | 35 maxTimestamp i64 | 43 producerId i64 | 51 producerEpoch i16 |
// 53 baseSequence i32 | 57 recordCount i32 | 61 records.
// A record: length varint | attributes i8 | timestampDelta varlong | offsetDelta varint | keyLength varint
// (-1: null) | key | valueLength varint | value | headerCount varint | per header: keyLength varint, key,
// valueLength varint (-1: null), value. Varints are zigzag-encoded.

import { RecordTooLargeError, SluiceError } from './errors.js'
import { copyBytes } from '../memory/shared-copy.js'

export const entryHeaderBytes = 24
export const batchHeaderBytes = 61
/** What an entry adds around one batch's records: entry header, batch header, padding to 8. */
export const entryOverheadBytes = entryHeaderBytes + batchHeaderBytes + 7
/** Kept for the option checks: the smallest record limit that makes sense. */
export const RECORD_HEADER_BYTES_HOST = 16

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
  /** Milliseconds since the epoch: the producer's CreateTime (the publish time for embedded publishes). */
  readonly timestamp: number
  readonly key: Bytes | null
  readonly value: Bytes | null
  readonly headers: readonly MessageHeader[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const noHeaders: readonly MessageHeader[] = Object.freeze([])
const twoPow32 = 2 ** 32

/** A record prepared for staging: strings encoded once, its exact encoded size known before writing. */
export interface EncodedRecord {
  readonly key: Bytes | null
  readonly value: Bytes | null
  readonly headers: ReadonlyArray<readonly [Bytes, Bytes | null]>
  /** Bytes of the record after its length prefix, with timestampDelta 0 and offsetDelta 0 assumed. */
  readonly bodyBytes: number
  /** Upper bound of the record in a batch (length prefix and deltas at their widest). */
  readonly recordBytes: number
}

export function varintBytes(value: number): number {
  let zigzag = value >= 0 ? value * 2 : -value * 2 - 1
  let bytes = 1
  while (zigzag >= 128) {
    zigzag = Math.floor(zigzag / 128)
    bytes++
  }
  return bytes
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

function lengthField(bytes: Bytes | null): number {
  return bytes === null ? varintBytes(-1) : varintBytes(bytes.length) + bytes.length
}

/** Validates and encodes one record; throws RecordTooLargeError past `recordBytesMax`. Writes nothing. */
export function encodeRecord(record: RecordInput, recordBytesMax: number, topic: string): EncodedRecord {
  if (record === null || typeof record !== 'object') throw new TypeError(`a record must be an object with a value, got ${String(record)}`)
  if (!('value' in record)) throw new TypeError('a record must have a value (use null for a tombstone)')
  const key = toBytes(record.key, 'key')
  const value = toBytes(record.value, 'value')
  const headers = headerEntries(record.headers)
  // attributes (1) + timestampDelta (varlong, up to 10) + offsetDelta (varint, up to 5) are bounded below.
  let bodyBytes = 1 + lengthField(key) + lengthField(value) + varintBytes(headers.length)
  for (const [headerKey, headerValue] of headers) bodyBytes += lengthField(headerKey) + lengthField(headerValue)
  const recordBytes = 5 + bodyBytes + 10 + 5
  if (recordBytes > recordBytesMax) throw new RecordTooLargeError(topic, recordBytes, recordBytesMax)
  return { key, value, headers, bodyBytes, recordBytes }
}

/**
 * Writes RecordBatch v2 entries into a byte region (the staging area, or a builder's buffer): one batch at a
 * time, records appended as they come, the header completed by `finishBatch`. The CRC is left to the
 * caller, which computes it in wasm where the bytes already are (see `batchCrcRange`).
 */
export class BatchWriter {
  private bytes: Uint8Array
  private view: DataView
  private entryStart = 0
  private cursor = 0
  private records = 0
  private firstTimestamp = 0
  private maxTimestamp = 0

  constructor(bytes: Uint8Array) {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  /** Points the writer at a new region (a grown buffer); the content up to `position` must be there. */
  retarget(bytes: Uint8Array): void {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  get position(): number {
    return this.cursor
  }

  /** Forgets everything written; the next batch starts at 0. */
  reset(): void {
    this.entryStart = 0
    this.cursor = 0
    this.records = 0
  }

  get recordCount(): number {
    return this.records
  }

  get capacity(): number {
    return this.bytes.length
  }

  /** Bytes the current batch's entry would take if `recordBytes` more were added and it finished now. */
  entryBytesWith(recordBytes: number): number {
    return this.cursor + recordBytes - this.entryStart + 8
  }

  beginBatch(at: number, timestampMs: number): void {
    this.entryStart = at
    this.cursor = at + entryHeaderBytes + batchHeaderBytes
    this.records = 0
    this.firstTimestamp = timestampMs
    this.maxTimestamp = timestampMs
  }

  private writeVarint(value: number): void {
    let zigzag = value >= 0 ? value * 2 : -value * 2 - 1
    const bytes = this.bytes
    while (zigzag >= 128) {
      bytes[this.cursor++] = (zigzag % 128) | 128
      zigzag = Math.floor(zigzag / 128)
    }
    bytes[this.cursor++] = zigzag
  }

  private writeField(field: Bytes | null): void {
    if (field === null) {
      this.writeVarint(-1)
      return
    }
    this.writeVarint(field.length)
    this.bytes.set(field, this.cursor)
    this.cursor += field.length
  }

  addRecord(record: EncodedRecord, timestampMs: number): void {
    const timestampDelta = timestampMs - this.firstTimestamp
    const offsetDelta = this.records
    this.writeVarint(record.bodyBytes + varintBytes(timestampDelta) + varintBytes(offsetDelta))
    this.bytes[this.cursor++] = 0 // record attributes: unused in v2
    this.writeVarint(timestampDelta)
    this.writeVarint(offsetDelta)
    this.writeField(record.key)
    this.writeField(record.value)
    this.writeVarint(record.headers.length)
    for (const [headerKey, headerValue] of record.headers) {
      this.writeField(headerKey)
      this.writeField(headerValue)
    }
    if (timestampMs > this.maxTimestamp) this.maxTimestamp = timestampMs
    this.records++
  }

  /** The fast path for a value-only record (no key, no headers, the batch's timestamp). */
  addValue(value: Bytes): void {
    const offsetDelta = this.records
    const bodyBytes = 1 + 1 + varintBytes(offsetDelta) + 1 + varintBytes(value.length) + value.length + 1
    this.writeVarint(bodyBytes)
    const bytes = this.bytes
    bytes[this.cursor++] = 0 // attributes
    bytes[this.cursor++] = 0 // timestampDelta 0
    this.writeVarint(offsetDelta)
    bytes[this.cursor++] = 1 // key length -1, zigzag
    this.writeVarint(value.length)
    bytes.set(value, this.cursor)
    this.cursor += value.length
    bytes[this.cursor++] = 0 // no headers
    this.records++
  }

  /** Completes the batch header and the entry header, pads to 8; returns the entry's bytes. */
  finishBatch(): number {
    const view = this.view
    const entry = this.entryStart
    const batch = entry + entryHeaderBytes
    const batchBytes = this.cursor - batch
    while ((this.cursor - entry) % 8 !== 0) this.bytes[this.cursor++] = 0
    const entryBytes = this.cursor - entry
    view.setUint32(entry, entryBytes, true)
    view.setUint32(entry + 4, 0, true)
    view.setUint32(entry + 8, 0, true) // base offset: the window writes it
    view.setUint32(entry + 12, 0, true)
    view.setUint32(entry + 16, this.records, true)
    view.setUint32(entry + 20, batchBytes, true)
    view.setBigInt64(batch, 0n) // baseOffset: the window writes it
    view.setInt32(batch + 8, batchBytes - 12)
    view.setInt32(batch + 12, -1) // partitionLeaderEpoch: no leader epochs in a single-node engine yet
    view.setInt8(batch + 16, 2) // magic
    view.setUint32(batch + 17, 0) // crc: set by the caller over batch + 21 .. end
    view.setInt16(batch + 21, 0) // attributes: no compression, CreateTime, not transactional
    view.setInt32(batch + 23, this.records - 1)
    setInt64BigEndian(view, batch + 27, this.firstTimestamp)
    setInt64BigEndian(view, batch + 35, this.maxTimestamp)
    view.setBigInt64(batch + 43, -1n) // producerId: none (not idempotent)
    view.setInt16(batch + 51, -1)
    view.setInt32(batch + 53, -1)
    view.setInt32(batch + 57, this.records)
    return entryBytes
  }
}

function setInt64BigEndian(view: DataView, at: number, value: number): void {
  view.setInt32(at, Math.floor(value / twoPow32))
  view.setUint32(at + 4, value >>> 0)
}

function getInt64BigEndian(view: DataView, at: number): number {
  return view.getInt32(at) * twoPow32 + view.getUint32(at + 4)
}

/** Where the CRC of the batch in the entry at `entryAt` is computed and stored (relative to the region). */
export function batchCrcRange(view: DataView, entryAt: number): { crcAt: number; start: number; bytes: number } {
  const batch = entryAt + entryHeaderBytes
  const batchBytes = view.getUint32(entryAt + 20, true)
  return { crcAt: batch + 17, start: batch + 21, bytes: batchBytes - 21 }
}

/** Decompresses a batch's records section; installed by the codec module for compressed (Kafka) batches. */
export type Decompressor = (codec: number, compressed: Uint8Array) => Uint8Array
let decompressor: Decompressor | null = null

export function setDecompressor(next: Decompressor): void {
  decompressor = next
}

/** Reads a zigzag varint at `state.at`, advancing it. Bounded to 10 bytes; throws on a truncated one. */
function readVarint(bytes: Uint8Array, state: { at: number }, end: number): number {
  let result = 0
  let multiplier = 1
  for (let i = 0; i < 10; i++) {
    if (state.at >= end) throw new SluiceError('CORRUPT_RECORD', 'truncated varint in a record batch')
    const byte = bytes[state.at++]
    result += (byte & 127) * multiplier
    if (byte < 128) return result % 2 === 0 ? result / 2 : -(result + 1) / 2
    multiplier *= 128
  }
  throw new SluiceError('CORRUPT_RECORD', 'varint longer than 10 bytes in a record batch')
}

function readField(bytes: Uint8Array, state: { at: number }, end: number): Bytes | null {
  const length = readVarint(bytes, state, end)
  if (length < 0) return null
  if (state.at + length > end) throw new SluiceError('CORRUPT_RECORD', 'a record field runs past its batch')
  const field = bytes.subarray(state.at, state.at + length)
  state.at += length
  return field
}

type RecordVisitor = (offset: number, timestamp: number, key: Bytes | null, value: Bytes | null, records: Uint8Array, state: { at: number }, end: number) => void

/**
 * Calls `visit` for each record of the entry at `entryAt` of `span` whose offset is at least
 * `skipBelowOffset`. Keys and values are views into `span` (or into the decompressed records).
 */
export function forEachRecord(span: Uint8Array, entryAt: number, skipBelowOffset: number, visit: RecordVisitor): void {
  const view = new DataView(span.buffer, span.byteOffset, span.byteLength)
  const baseOffset = view.getUint32(entryAt + 8, true) + view.getUint32(entryAt + 12, true) * twoPow32
  forEachRecordInBatch(span, entryAt + entryHeaderBytes, view.getUint32(entryAt + 20, true), baseOffset, skipBelowOffset, visit)
}

/** The same for a bare Kafka batch at `batch` (as read from the log or the wire). */
export function forEachRecordInBatch(span: Uint8Array, batch: number, batchBytes: number, baseOffset: number, skipBelowOffset: number, visit: RecordVisitor): void {
  const view = new DataView(span.buffer, span.byteOffset, span.byteLength)
  const attributes = view.getInt16(batch + 21)
  const firstTimestamp = getInt64BigEndian(view, batch + 27)
  const recordCount = view.getInt32(batch + 57)
  const codec = attributes & 7
  let records = span
  const state = { at: batch + batchHeaderBytes }
  let end = batch + batchBytes
  if (codec !== 0) {
    if (decompressor === null) throw new SluiceError('UNSUPPORTED_COMPRESSION', `batch compressed with codec ${codec}, and no decompressor is installed`)
    records = decompressor(codec, span.subarray(state.at, end))
    state.at = 0
    end = records.length
  }
  // Control batches (transaction markers) carry no user records.
  if ((attributes & 0x20) !== 0) return
  for (let i = 0; i < recordCount; i++) {
    const length = readVarint(records, state, end)
    const recordEnd = state.at + length
    if (length < 0 || recordEnd > end) throw new SluiceError('CORRUPT_RECORD', `record ${i} of a batch at offset ${baseOffset} runs past the batch`)
    state.at++ // attributes
    const timestampDelta = readVarint(records, state, recordEnd)
    const offsetDelta = readVarint(records, state, recordEnd)
    const offset = baseOffset + offsetDelta
    if (offset < skipBelowOffset) {
      state.at = recordEnd
      continue
    }
    const key = readField(records, state, recordEnd)
    const value = readField(records, state, recordEnd)
    visit(offset, firstTimestamp + timestampDelta, key, value, records, state, recordEnd)
    state.at = recordEnd
  }
}

function readHeaders(records: Uint8Array, state: { at: number }, end: number): readonly MessageHeader[] {
  const count = readVarint(records, state, end)
  if (count <= 0) return noHeaders
  const headers: MessageHeader[] = []
  for (let h = 0; h < count; h++) {
    const headerKey = readField(records, state, end)
    const headerValue = readField(records, state, end)
    headers.push({ key: headerKey === null ? '' : decoder.decode(headerKey), value: headerValue })
  }
  return headers
}

/** Decodes `entryCount` entries of `span` (a private copy of a window read) into messages. */
export function decodeEntries(span: Uint8Array, entryCount: number, topic: string, partition: number, skipBelowOffset: number, out: Message[]): void {
  const view = new DataView(span.buffer, span.byteOffset, span.byteLength)
  let at = 0
  for (let e = 0; e < entryCount; e++) {
    forEachRecord(span, at, skipBelowOffset, (offset, timestamp, key, value, records, state, end) => {
      out.push({ topic, partition, offset, timestamp, key, value, headers: readHeaders(records, state, end) })
    })
    at += view.getUint32(at, true)
  }
}

/** Decodes bare Kafka batches back to back (a log read) into messages. */
export function decodeBatches(bytes: Uint8Array, topic: string, partition: number, skipBelowOffset: number, out: Message[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = 0; at + batchHeaderBytes <= bytes.length; ) {
    const batchBytes = 12 + view.getInt32(at + 8)
    const baseOffset = getInt64BigEndian(view, at)
    forEachRecordInBatch(bytes, at, batchBytes, baseOffset, skipBelowOffset, (offset, timestamp, key, value, records, state, end) => {
      out.push({ topic, partition, offset, timestamp, key, value, headers: readHeaders(records, state, end) })
    })
    at += batchBytes
  }
}

/**
 * The Kafka batches of `count` window entries, back to back (what the log and Kafka consumers take).
 * `allocate` lets a Node caller skip zero-filling a buffer every byte of which is overwritten.
 */
export function stripEntryHeaders(entries: Uint8Array, count: number, allocate: (bytes: number) => Uint8Array = (bytes) => new Uint8Array(bytes)): Uint8Array {
  const view = new DataView(entries.buffer, entries.byteOffset, entries.byteLength)
  let total = 0
  for (let at = 0, e = 0; e < count; e++) {
    total += view.getUint32(at + 20, true)
    at += view.getUint32(at, true)
  }
  const batches = allocate(total)
  for (let at = 0, out = 0, e = 0; e < count; e++) {
    const batchBytes = view.getUint32(at + 20, true)
    copyBytes(batches, out, entries.subarray(at + entryHeaderBytes, at + entryHeaderBytes + batchBytes))
    out += batchBytes
    at += view.getUint32(at, true)
  }
  return batches
}

/** Batches back to back in `bytes` (a log read). */
export function countBatches(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let count = 0
  for (let at = 0; at + batchHeaderBytes <= bytes.length; at += 12 + view.getInt32(at + 8)) count++
  return count
}

/** The offset after the last batch of `bytes` (baseOffset + lastOffsetDelta + 1). */
export function nextOffsetAfter(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let next = 0
  for (let at = 0; at + batchHeaderBytes <= bytes.length; at += 12 + view.getInt32(at + 8)) {
    next = getInt64BigEndian(view, at) + view.getInt32(at + 23) + 1
  }
  return next
}

/** Wraps bare batches (a log read) in window entry headers, for the views that walk entries. */
export function batchesToEntries(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let total = 0
  for (let at = 0; at + batchHeaderBytes <= bytes.length; at += 12 + view.getInt32(at + 8)) total += (entryHeaderBytes + 12 + view.getInt32(at + 8) + 7) & ~7
  const entries = new Uint8Array(total)
  const out = new DataView(entries.buffer)
  for (let at = 0, entry = 0; at + batchHeaderBytes <= bytes.length; ) {
    const batchBytes = 12 + view.getInt32(at + 8)
    const entryBytes = (entryHeaderBytes + batchBytes + 7) & ~7
    const baseOffset = getInt64BigEndian(view, at)
    out.setUint32(entry, entryBytes, true)
    out.setUint32(entry + 8, baseOffset % twoPow32, true)
    out.setUint32(entry + 12, Math.floor(baseOffset / twoPow32), true)
    out.setUint32(entry + 16, view.getInt32(at + 23) + 1, true)
    out.setUint32(entry + 20, batchBytes, true)
    entries.set(bytes.subarray(at, at + batchBytes), entry + entryHeaderBytes)
    at += batchBytes
    entry += entryBytes
  }
  return entries
}
