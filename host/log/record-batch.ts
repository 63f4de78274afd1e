// Kafka RecordBatch v2 (magic 2): the one format Sluice keeps records in, in memory, on disk and on the wire.
//
// RecordBatch (all integers big-endian)                        byte offset
//   baseOffset: int64                                            0
//   batchLength: int32        bytes after this field             8
//   partitionLeaderEpoch: int32                                  12
//   magic: int8 (2)                                              16
//   crc: uint32               CRC32C of attributes..end          17
//   attributes: int16                                            21
//     bits 0-2 compression (0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd), bit 3 timestampType (1 log-append),
//     bit 4 isTransactional, bit 5 isControl, bit 6 hasDeleteHorizonMs
//   lastOffsetDelta: int32                                       23
//   baseTimestamp: int64      ("firstTimestamp")                 27
//   maxTimestamp: int64                                          35
//   producerId: int64                                            43
//   producerEpoch: int16                                         51
//   baseSequence: int32                                          53
//   records: [Record]         int32 count, then the records,     57
//                             compressed together when bits 0-2 != 0
// Record
//   length: varint (zigzag; bytes after this field)
//   attributes: int8 (unused, 0)
//   timestampDelta: varlong   offsetDelta: varint
//   keyLength: varint (-1 = null)    key: byte[]
//   valueLength: varint (-1 = null)  value: byte[]
//   headers: varint count, then [headerKeyLength: varint, headerKey: utf-8, headerValueLength: varint (-1 = null), value]
//
// baseOffset, batchLength, partitionLeaderEpoch and magic lie outside the CRC, so a broker assigns offsets
// (setBaseOffset) and epochs without recomputing it.

import { SluiceError } from '../engine/errors.js'
import {
  type AsyncCompressor,
  type Compression,
  CompressionError,
  compressSync,
  compressionCodes,
  compressionFromCode,
  decompressSync,
  decompressedBytesMaxDefault,
  inlineCompressor,
} from './compression.js'

export type { Compression } from './compression.js'

/** Bytes of a v2 batch header, up to and including the record count. */
export const recordBatchHeaderBytes = 61
/** baseOffset + batchLength: the bytes batchLength does not count. */
export const batchLogOverheadBytes = 12
/** Smallest batchLength of a valid batch (a header and no records). */
export const batchLengthMin = recordBatchHeaderBytes - batchLogOverheadBytes
/** The smallest encoded record: length, attributes, timestampDelta, offsetDelta, keyLength, valueLength, headers, one byte each. */
export const recordBytesMin = 7

const offsetBatchLength = 8
const offsetPartitionLeaderEpoch = 12
const offsetMagic = 16
const offsetCrc = 17
const offsetAttributes = 21
const offsetLastOffsetDelta = 23
const offsetFirstTimestamp = 27
const offsetMaxTimestamp = 35
const offsetProducerId = 43
const offsetProducerEpoch = 51
const offsetBaseSequence = 53
const offsetRecordCount = 57

const attributeCompressionMask = 0x07
const attributeLogAppendTime = 0x08
const attributeTransactional = 0x10
const attributeControl = 0x20

const twoPow32 = 2 ** 32

export interface RecordBatchHeader {
  baseOffset: number
  batchLength: number
  partitionLeaderEpoch: number
  magic: number
  crc: number
  attributes: number
  compression: Compression
  timestampType: 'create' | 'log-append'
  isTransactional: boolean
  isControl: boolean
  lastOffsetDelta: number
  firstTimestamp: number
  maxTimestamp: number
  producerId: bigint
  producerEpoch: number
  baseSequence: number
  recordCount: number
}

/**
 * What is wrong with a batch, for the broker to map onto Kafka's error codes (crc-mismatch is
 * CORRUPT_MESSAGE; the others are CORRUPT_MESSAGE or INVALID_RECORD as the broker decides).
 */
export type InvalidRecordBatchReason =
  | 'truncated'
  | 'bad-length'
  | 'too-large'
  | 'bad-magic'
  | 'bad-offset'
  | 'bad-compression'
  | 'crc-mismatch'
  | 'bad-record-count'
  | 'bad-record'

export class InvalidRecordBatchError extends SluiceError {
  readonly reason: InvalidRecordBatchReason
  /** Byte offset of the batch in the buffer that was read. */
  readonly at: number
  constructor(reason: InvalidRecordBatchReason, at: number, detail: string) {
    super('INVALID_RECORD_BATCH', `invalid record batch at byte ${at}: ${detail}`)
    this.reason = reason
    this.at = at
  }
}

// ---- big-endian helpers (no DataView per call: batches are read in hot paths) ---------------------------

function readInt32(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]
}
function readUint32(bytes: Uint8Array, at: number): number {
  return readInt32(bytes, at) >>> 0
}
function readInt16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16)) >> 16
}
/** An int64 as a number: exact below 2^53 in magnitude, which offsets and timestamps are. */
function readInt64(bytes: Uint8Array, at: number): number {
  return readInt32(bytes, at) * twoPow32 + readUint32(bytes, at + 4)
}
function readBigInt64(bytes: Uint8Array, at: number): bigint {
  return (BigInt(readInt32(bytes, at)) << 32n) | BigInt(readUint32(bytes, at + 4))
}
function writeInt32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24
  bytes[at + 1] = value >>> 16
  bytes[at + 2] = value >>> 8
  bytes[at + 3] = value
}
function writeInt16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 8
  bytes[at + 1] = value
}
/** Writes an integer-valued number (|value| < 2^53) as int64. */
function writeInt64(bytes: Uint8Array, at: number, value: number): void {
  const high = Math.floor(value / twoPow32)
  writeInt32(bytes, at, high | 0)
  writeInt32(bytes, at + 4, (value - high * twoPow32) >>> 0)
}
function writeBigInt64(bytes: Uint8Array, at: number, value: bigint): void {
  const unsigned = BigInt.asUintN(64, value)
  writeInt32(bytes, at, Number(unsigned >> 32n) | 0)
  writeInt32(bytes, at + 4, Number(unsigned & 0xffffffffn) | 0)
}

// ---- header ------------------------------------------------------------------------------------------

/**
 * Reads the 61-byte header of the batch at `at`. Checks only what the header itself says: that it is
 * there, that batchLength covers a header, magic 2, a defined compression code and a baseOffset in
 * [0, 2^53). The records need not be present (see validateRecordBatch for the whole batch).
 */
export function readRecordBatchHeader(bytes: Uint8Array, at = 0): RecordBatchHeader {
  if (!Number.isSafeInteger(at) || at < 0) throw new RangeError(`at must be a non-negative integer, got ${at}`)
  if (at + recordBatchHeaderBytes > bytes.length) {
    throw new InvalidRecordBatchError('truncated', at, `${bytes.length - at} bytes left, a batch header needs ${recordBatchHeaderBytes}`)
  }
  const batchLength = readInt32(bytes, at + offsetBatchLength)
  if (batchLength < batchLengthMin) {
    throw new InvalidRecordBatchError('bad-length', at, `batchLength ${batchLength} is below the ${batchLengthMin} bytes of a header`)
  }
  const magic = (bytes[at + offsetMagic] << 24) >> 24
  if (magic !== 2) {
    throw new InvalidRecordBatchError('bad-magic', at, `magic is ${magic}; only RecordBatch v2 (magic 2) is supported`)
  }
  const baseOffsetHigh = readInt32(bytes, at)
  if (baseOffsetHigh < 0 || baseOffsetHigh >= 0x200000) {
    throw new InvalidRecordBatchError('bad-offset', at, `baseOffset ${readBigInt64(bytes, at)} is outside [0, 2^53)`)
  }
  const attributes = readInt16(bytes, at + offsetAttributes) & 0xffff
  const compression = compressionFromCode(attributes & attributeCompressionMask)
  if (compression === undefined) {
    throw new InvalidRecordBatchError('bad-compression', at, `compression code ${attributes & attributeCompressionMask} is not one of 0..4`)
  }
  return {
    baseOffset: baseOffsetHigh * twoPow32 + readUint32(bytes, at + 4),
    batchLength,
    partitionLeaderEpoch: readInt32(bytes, at + offsetPartitionLeaderEpoch),
    magic,
    crc: readUint32(bytes, at + offsetCrc),
    attributes,
    compression,
    timestampType: (attributes & attributeLogAppendTime) !== 0 ? 'log-append' : 'create',
    isTransactional: (attributes & attributeTransactional) !== 0,
    isControl: (attributes & attributeControl) !== 0,
    lastOffsetDelta: readInt32(bytes, at + offsetLastOffsetDelta),
    firstTimestamp: readInt64(bytes, at + offsetFirstTimestamp),
    maxTimestamp: readInt64(bytes, at + offsetMaxTimestamp),
    producerId: readBigInt64(bytes, at + offsetProducerId),
    producerEpoch: readInt16(bytes, at + offsetProducerEpoch),
    baseSequence: readInt32(bytes, at + offsetBaseSequence),
    recordCount: readInt32(bytes, at + offsetRecordCount),
  }
}

/** 12 + batchLength: the bytes of the batch at `at`, read from its first 12 bytes. */
export function batchTotalBytes(bytes: Uint8Array, at = 0): number {
  if (!Number.isSafeInteger(at) || at < 0) throw new RangeError(`at must be a non-negative integer, got ${at}`)
  if (at + batchLogOverheadBytes > bytes.length) {
    throw new InvalidRecordBatchError('truncated', at, `${bytes.length - at} bytes left, the batch length field ends at ${batchLogOverheadBytes}`)
  }
  const batchLength = readInt32(bytes, at + offsetBatchLength)
  if (batchLength < batchLengthMin) {
    throw new InvalidRecordBatchError('bad-length', at, `batchLength ${batchLength} is below the ${batchLengthMin} bytes of a header`)
  }
  return batchLogOverheadBytes + batchLength
}

/** Rewrites the batch's baseOffset in place. It lies outside the CRC, which stays valid. */
export function setBaseOffset(bytes: Uint8Array, at: number, baseOffset: number): void {
  if (!Number.isSafeInteger(baseOffset) || baseOffset < 0) throw new RangeError(`baseOffset must be an integer in [0, 2^53), got ${baseOffset}`)
  if (!Number.isSafeInteger(at) || at < 0 || at + 8 > bytes.length) throw new RangeError(`no batch header at byte ${at} of ${bytes.length}`)
  writeInt64(bytes, at, baseOffset)
}

/** Rewrites the batch's partitionLeaderEpoch in place (outside the CRC, like the base offset). */
export function setPartitionLeaderEpoch(bytes: Uint8Array, at: number, partitionLeaderEpoch: number): void {
  if (!Number.isInteger(partitionLeaderEpoch) || partitionLeaderEpoch < -1 || partitionLeaderEpoch > 0x7fffffff) {
    throw new RangeError(`partitionLeaderEpoch must be an int32 >= -1, got ${partitionLeaderEpoch}`)
  }
  if (!Number.isSafeInteger(at) || at < 0 || at + 16 > bytes.length) throw new RangeError(`no batch header at byte ${at} of ${bytes.length}`)
  writeInt32(bytes, at + offsetPartitionLeaderEpoch, partitionLeaderEpoch)
}

/**
 * Rewrites maxTimestamp (and sets the log-append-time attribute when `logAppendTime`), then recomputes the
 * CRC: these fields are inside it. What a broker does for topics with message.timestamp.type=LogAppendTime.
 */
export function setMaxTimestamp(bytes: Uint8Array, at: number, maxTimestamp: number, logAppendTime: boolean, crc32c: (bytes: Uint8Array) => number): void {
  const total = batchTotalBytes(bytes, at)
  if (at + total > bytes.length) throw new InvalidRecordBatchError('truncated', at, `the batch needs ${total} bytes, ${bytes.length - at} are left`)
  if (!Number.isSafeInteger(maxTimestamp)) throw new RangeError(`maxTimestamp must be a safe integer, got ${maxTimestamp}`)
  writeInt64(bytes, at + offsetMaxTimestamp, maxTimestamp)
  if (logAppendTime) {
    const attributes = readInt16(bytes, at + offsetAttributes) | attributeLogAppendTime
    writeInt16(bytes, at + offsetAttributes, attributes)
  }
  writeInt32(bytes, at + offsetCrc, crc32c(bytes.subarray(at + offsetAttributes, at + total)))
}

/** CRC32C over attributes..end of the batch at `at` (the value its crc field must hold). */
export function computeBatchCrc(bytes: Uint8Array, at: number, crc32c: (bytes: Uint8Array) => number): number {
  const total = batchTotalBytes(bytes, at)
  if (at + total > bytes.length) throw new InvalidRecordBatchError('truncated', at, `the batch needs ${total} bytes, ${bytes.length - at} are left`)
  return crc32c(bytes.subarray(at + offsetAttributes, at + total)) >>> 0
}

export interface RecordBatchLimits {
  /** Largest whole batch (12 + batchLength) accepted. */
  readonly batchBytesMax: number
}

/**
 * Checks the whole batch at `at` before it is stored or served: the header (readRecordBatchHeader), that
 * the batch fits in `bytes` and in `limits.batchBytesMax`, its CRC32C, and that recordCount agrees with
 * lastOffsetDelta (0 <= recordCount <= lastOffsetDelta + 1; compaction may leave gaps, never more records
 * than offsets) and, uncompressed, with the bytes present. Records themselves are parsed by decodeRecordBatch.
 */
export function validateRecordBatch(
  bytes: Uint8Array,
  at: number,
  limits: RecordBatchLimits,
  crc32c: (bytes: Uint8Array) => number,
): RecordBatchHeader {
  const header = readRecordBatchHeader(bytes, at)
  const total = batchLogOverheadBytes + header.batchLength
  if (total > limits.batchBytesMax) {
    throw new InvalidRecordBatchError('too-large', at, `the batch has ${total} bytes, over batchBytesMax ${limits.batchBytesMax}`)
  }
  if (at + total > bytes.length) {
    throw new InvalidRecordBatchError('truncated', at, `batchLength says ${total} bytes, only ${bytes.length - at} are present`)
  }
  const crc = crc32c(bytes.subarray(at + offsetAttributes, at + total)) >>> 0
  if (crc !== header.crc) {
    throw new InvalidRecordBatchError('crc-mismatch', at, `CRC32C is ${crc.toString(16)}, the batch says ${header.crc.toString(16)}: corrupt in transit or on disk`)
  }
  checkRecordCount(header, at)
  return header
}

function checkRecordCount(header: RecordBatchHeader, at: number): void {
  if (header.recordCount < 0) throw new InvalidRecordBatchError('bad-record-count', at, `recordCount ${header.recordCount} is negative`)
  if (header.lastOffsetDelta < 0) throw new InvalidRecordBatchError('bad-record-count', at, `lastOffsetDelta ${header.lastOffsetDelta} is negative`)
  if (header.recordCount > header.lastOffsetDelta + 1) {
    throw new InvalidRecordBatchError('bad-record-count', at, `recordCount ${header.recordCount} exceeds the ${header.lastOffsetDelta + 1} offsets of lastOffsetDelta ${header.lastOffsetDelta}`)
  }
  if (header.baseOffset + header.lastOffsetDelta > Number.MAX_SAFE_INTEGER) {
    throw new InvalidRecordBatchError('bad-offset', at, `last offset ${header.baseOffset} + ${header.lastOffsetDelta} is beyond 2^53`)
  }
  const recordsBytes = header.batchLength - batchLengthMin
  if (header.compression === 'none' && header.recordCount * recordBytesMin > recordsBytes) {
    throw new InvalidRecordBatchError('bad-record-count', at, `${header.recordCount} records cannot fit in ${recordsBytes} bytes`)
  }
}

export interface IterateOptions {
  /**
   * 'throw' (default): a batch cut off at the end of `bytes` is an error, as in a Produce request.
   * 'stop': end quietly before it, as a Fetch response or a log tail after a crash may hold one.
   */
  readonly partialTail?: 'throw' | 'stop'
}

/** Each batch of a buffer of concatenated batches (a Produce request's records, a segment), header read. */
export function* iterateRecordBatches(bytes: Uint8Array, options: IterateOptions = {}): Generator<{ at: number; header: RecordBatchHeader }> {
  let at = 0
  while (at < bytes.length) {
    if (options.partialTail === 'stop' && at + recordBatchHeaderBytes > bytes.length) return
    const header = readRecordBatchHeader(bytes, at)
    const total = batchLogOverheadBytes + header.batchLength
    if (at + total > bytes.length) {
      if (options.partialTail === 'stop') return
      throw new InvalidRecordBatchError('truncated', at, `batchLength says ${total} bytes, only ${bytes.length - at} are present`)
    }
    yield { at, header }
    at += total
  }
}

// ---- varints -----------------------------------------------------------------------------------------

/** Bytes of the zigzag varint of `value` (any integer with |value| < 2^52). */
function varintBytes(value: number): number {
  let zigzag = value >= 0 ? value * 2 : -value * 2 - 1
  let count = 1
  while (zigzag >= 0x80) {
    zigzag = Math.floor(zigzag / 128)
    count++
  }
  return count
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  if (value >= -0x40000000 && value < 0x40000000) {
    let zigzag = ((value << 1) ^ (value >> 31)) >>> 0
    while (zigzag >= 0x80) {
      bytes[at++] = (zigzag & 0x7f) | 0x80
      zigzag >>>= 7
    }
    bytes[at++] = zigzag
    return at
  }
  let zigzag = value >= 0 ? value * 2 : -value * 2 - 1
  while (zigzag >= 0x80) {
    bytes[at++] = (zigzag % 128) | 0x80
    zigzag = Math.floor(zigzag / 128)
  }
  bytes[at++] = zigzag
  return at
}

/**
 * Varint reading state: a module-level cursor instead of a returned object, so walking records allocates
 * nothing. Single-threaded JS makes this safe; every reader sets it before use.
 */
let cursor = 0

/** Reads a zigzag varint (int32) at `cursor`, advancing it; `end` bounds the read. NaN when malformed. */
function readVarint(bytes: Uint8Array, end: number): number {
  let result = 0
  for (let shift = 0; shift <= 28; shift += 7) {
    if (cursor >= end) return NaN
    const byte = bytes[cursor++]
    result |= (byte & 0x7f) << shift
    if ((byte & 0x80) === 0) {
      if (shift === 28 && byte > 0x0f) return NaN
      return (result >>> 1) ^ -(result & 1)
    }
  }
  return NaN
}

/** Reads a zigzag varlong at `cursor` as a number (exact below 2^53). NaN when malformed or beyond 2^53. */
function readVarlong(bytes: Uint8Array, end: number): number {
  let low = 0
  let multiplier = 1
  for (let i = 0; i < 10; i++) {
    if (cursor >= end) return NaN
    const byte = bytes[cursor++]
    low += (byte & 0x7f) * multiplier
    if ((byte & 0x80) === 0) {
      if (low > Number.MAX_SAFE_INTEGER) return NaN
      // zigzag decode without 32-bit operators
      return low % 2 === 0 ? low / 2 : -(low + 1) / 2
    }
    multiplier *= 128
  }
  return NaN
}

// ---- encoding ----------------------------------------------------------------------------------------

export interface BatchRecordInput {
  key?: Uint8Array | null
  value: Uint8Array | null
  headers?: ReadonlyArray<{ key: string; value: Uint8Array | null }>
  timestamp?: number
}

export interface EncodeOptions {
  baseOffset?: number
  /** Timestamp of the records that carry none. */
  timestamp: number
  compression?: Compression
  producerId?: bigint
  producerEpoch?: number
  baseSequence?: number
  isTransactional?: boolean
  /** Default -1 (what producers send; the broker stamps its own). */
  partitionLeaderEpoch?: number
  /** Default 'create'. */
  timestampType?: 'create' | 'log-append'
  crc32c: (bytes: Uint8Array) => number
}

export interface EncodeAsyncOptions extends EncodeOptions {
  /** Where compression runs: a CompressionPool for large batches off the thread; inline by default. */
  compressor?: AsyncCompressor
}

const textEncoder = new TextEncoder()
const textDecoder = new TextDecoder()

interface PreparedRecords {
  body: Uint8Array
  firstTimestamp: number
  maxTimestamp: number
  count: number
}

/** Encodes the records section (without the count) uncompressed: one pass to size, one to write. */
function prepareRecords(records: ReadonlyArray<BatchRecordInput>, defaultTimestamp: number): PreparedRecords {
  const count = records.length
  if (count === 0) throw new RangeError('a record batch needs at least one record')
  if (count > 0x7fffffff) throw new RangeError(`${count} records exceed a batch's int32 count`)
  if (!Number.isSafeInteger(defaultTimestamp)) throw new RangeError(`timestamp must be a safe integer, got ${defaultTimestamp}`)
  const firstTimestamp = records[0].timestamp ?? defaultTimestamp
  let maxTimestamp = -Infinity
  const headerKeys: Array<Uint8Array[] | undefined> = new Array(count)
  const bodyBytes: number[] = new Array(count)
  let total = 0
  for (let i = 0; i < count; i++) {
    const record = records[i]
    const timestamp = record.timestamp ?? defaultTimestamp
    if (!Number.isSafeInteger(timestamp)) throw new RangeError(`record ${i}: timestamp must be a safe integer, got ${timestamp}`)
    if (timestamp > maxTimestamp) maxTimestamp = timestamp
    const key = record.key ?? null
    const value = record.value
    let size = 1 + varintBytes(timestamp - firstTimestamp) + varintBytes(i)
    size += key === null ? 1 : varintBytes(key.length) + key.length
    size += value === null ? 1 : varintBytes(value.length) + value.length
    const headers = record.headers
    const headerCount = headers?.length ?? 0
    size += varintBytes(headerCount)
    if (headers !== undefined && headerCount > 0) {
      const keys: Uint8Array[] = new Array(headerCount)
      for (let h = 0; h < headerCount; h++) {
        const header = headers[h]
        const encodedKey = textEncoder.encode(header.key)
        keys[h] = encodedKey
        size += varintBytes(encodedKey.length) + encodedKey.length
        size += header.value === null ? 1 : varintBytes(header.value.length) + header.value.length
      }
      headerKeys[i] = keys
    }
    bodyBytes[i] = size
    total += varintBytes(size) + size
  }
  const body = new Uint8Array(total)
  let at = 0
  for (let i = 0; i < count; i++) {
    const record = records[i]
    const timestamp = record.timestamp ?? defaultTimestamp
    at = writeVarint(body, at, bodyBytes[i])
    body[at++] = 0
    at = writeVarint(body, at, timestamp - firstTimestamp)
    at = writeVarint(body, at, i)
    const key = record.key ?? null
    if (key === null) at = writeVarint(body, at, -1)
    else {
      at = writeVarint(body, at, key.length)
      body.set(key, at)
      at += key.length
    }
    const value = record.value
    if (value === null) at = writeVarint(body, at, -1)
    else {
      at = writeVarint(body, at, value.length)
      body.set(value, at)
      at += value.length
    }
    const headers = record.headers
    const headerCount = headers?.length ?? 0
    at = writeVarint(body, at, headerCount)
    const keys = headerKeys[i]
    if (headers !== undefined && keys !== undefined) {
      for (let h = 0; h < headerCount; h++) {
        at = writeVarint(body, at, keys[h].length)
        body.set(keys[h], at)
        at += keys[h].length
        const headerValue = headers[h].value
        if (headerValue === null) at = writeVarint(body, at, -1)
        else {
          at = writeVarint(body, at, headerValue.length)
          body.set(headerValue, at)
          at += headerValue.length
        }
      }
    }
  }
  if (at !== total) throw new Error(`internal: encoded ${at} record bytes, sized ${total}`)
  return { body, firstTimestamp, maxTimestamp, count }
}

function assembleBatch(prepared: PreparedRecords, payload: Uint8Array, options: EncodeOptions): Uint8Array {
  const compression = options.compression ?? 'none'
  const baseOffset = options.baseOffset ?? 0
  if (!Number.isSafeInteger(baseOffset) || baseOffset < 0) throw new RangeError(`baseOffset must be an integer in [0, 2^53), got ${baseOffset}`)
  const producerEpoch = options.producerEpoch ?? -1
  const baseSequence = options.baseSequence ?? -1
  const partitionLeaderEpoch = options.partitionLeaderEpoch ?? -1
  if (!Number.isInteger(producerEpoch) || producerEpoch < -1 || producerEpoch > 0x7fff) throw new RangeError(`producerEpoch must be an int16 >= -1, got ${producerEpoch}`)
  if (!Number.isInteger(baseSequence) || baseSequence < -1 || baseSequence > 0x7fffffff) throw new RangeError(`baseSequence must be an int32 >= -1, got ${baseSequence}`)
  const total = recordBatchHeaderBytes + payload.length
  if (total - batchLogOverheadBytes > 0x7fffffff) throw new RangeError(`a batch of ${total} bytes exceeds the int32 batchLength`)
  const out = new Uint8Array(total)
  let attributes = compressionCodes[compression]
  if (attributes === undefined) throw new RangeError(`unknown compression ${String(compression)}`)
  if (options.timestampType === 'log-append') attributes |= attributeLogAppendTime
  if (options.isTransactional === true) attributes |= attributeTransactional
  writeInt64(out, 0, baseOffset)
  writeInt32(out, offsetBatchLength, total - batchLogOverheadBytes)
  writeInt32(out, offsetPartitionLeaderEpoch, partitionLeaderEpoch)
  out[offsetMagic] = 2
  writeInt16(out, offsetAttributes, attributes)
  writeInt32(out, offsetLastOffsetDelta, prepared.count - 1)
  writeInt64(out, offsetFirstTimestamp, prepared.firstTimestamp)
  writeInt64(out, offsetMaxTimestamp, prepared.maxTimestamp)
  writeBigInt64(out, offsetProducerId, options.producerId ?? -1n)
  writeInt16(out, offsetProducerEpoch, producerEpoch)
  writeInt32(out, offsetBaseSequence, baseSequence)
  writeInt32(out, offsetRecordCount, prepared.count)
  out.set(payload, recordBatchHeaderBytes)
  writeInt32(out, offsetCrc, options.crc32c(out.subarray(offsetAttributes)))
  return out
}

/**
 * Encodes one batch. Record offsets are baseOffset + index; the batch's firstTimestamp is the first
 * record's timestamp (as the Java client does), maxTimestamp the largest. Synchronous for every codec
 * (zstd after `await loadCompression()`; see compression.ts) — or use encodeRecordBatchAsync.
 */
export function encodeRecordBatch(records: ReadonlyArray<BatchRecordInput>, options: EncodeOptions): Uint8Array {
  const prepared = prepareRecords(records, options.timestamp)
  const payload = compressSync(options.compression ?? 'none', prepared.body)
  return assembleBatch(prepared, payload, options)
}

/** encodeRecordBatch with the compression done by `options.compressor` (inline by default, or a CompressionPool). */
export async function encodeRecordBatchAsync(records: ReadonlyArray<BatchRecordInput>, options: EncodeAsyncOptions): Promise<Uint8Array> {
  const prepared = prepareRecords(records, options.timestamp)
  const compression = options.compression ?? 'none'
  const payload = compression === 'none' ? prepared.body : await (options.compressor ?? inlineCompressor).compress(compression, prepared.body)
  return assembleBatch(prepared, payload, options)
}

// ---- decoding ----------------------------------------------------------------------------------------

export interface DecodedRecord {
  offset: number
  timestamp: number
  key: Uint8Array | null
  value: Uint8Array | null
  headers: Array<{ key: string; value: Uint8Array | null }>
}

export interface DecodeOptions {
  /** When given, the batch's CRC32C is checked first (crc-mismatch otherwise). */
  verifyCrc?: (bytes: Uint8Array) => number
  /** Batches claiming more records fail with bad-record-count. */
  recordsMax?: number
  /** Bound on the decompressed records of a compressed batch (compression.ts default: 256 MiB). */
  decompressedBytesMax?: number
}

export interface DecodeAsyncOptions extends DecodeOptions {
  /** Where decompression runs: a CompressionPool for large batches off the thread; inline by default. */
  compressor?: AsyncCompressor
}

/** Header checks shared by the decoders; returns the header and the batch's end. */
function openBatch(bytes: Uint8Array, at: number, options: DecodeOptions): { header: RecordBatchHeader; end: number } {
  const header = readRecordBatchHeader(bytes, at)
  const end = at + batchLogOverheadBytes + header.batchLength
  if (end > bytes.length) {
    throw new InvalidRecordBatchError('truncated', at, `batchLength says ${end - at} bytes, only ${bytes.length - at} are present`)
  }
  if (options.verifyCrc !== undefined) {
    const crc = options.verifyCrc(bytes.subarray(at + offsetAttributes, end)) >>> 0
    if (crc !== header.crc) {
      throw new InvalidRecordBatchError('crc-mismatch', at, `CRC32C is ${crc.toString(16)}, the batch says ${header.crc.toString(16)}: corrupt in transit or on disk`)
    }
  }
  checkRecordCount(header, at)
  if (options.recordsMax !== undefined && header.recordCount > options.recordsMax) {
    throw new InvalidRecordBatchError('bad-record-count', at, `recordCount ${header.recordCount} exceeds recordsMax ${options.recordsMax}`)
  }
  return { header, end }
}

function decompressPayload(header: RecordBatchHeader, at: number, payload: Uint8Array, decompressedBytesMax: number | undefined): Uint8Array {
  try {
    return decompressSync(header.compression, payload, { decompressedBytesMax: decompressedBytesMax ?? decompressedBytesMaxDefault })
  } catch (error) {
    throw asBatchError(error, at)
  }
}

function asBatchError(error: unknown, at: number): unknown {
  if (error instanceof CompressionError) return new InvalidRecordBatchError('bad-compression', at, error.message)
  return error
}

/**
 * Decodes every record of the batch at `at`. Synchronous for every codec. Keys and values are views into
 * `bytes` (uncompressed) or into the one decompressed buffer, not copies.
 */
export function decodeRecordBatch(bytes: Uint8Array, at = 0, options: DecodeOptions = {}): DecodedRecord[] {
  const { header, end } = openBatch(bytes, at, options)
  const payload = bytes.subarray(at + recordBatchHeaderBytes, end)
  const records = header.compression === 'none' ? payload : decompressPayload(header, at, payload, options.decompressedBytesMax)
  return parseRecords(header, at, records)
}

/** decodeRecordBatch with decompression done by `options.compressor` (a CompressionPool for large batches). */
export async function decodeRecordBatchAsync(bytes: Uint8Array, at = 0, options: DecodeAsyncOptions = {}): Promise<DecodedRecord[]> {
  const { header, end } = openBatch(bytes, at, options)
  const payload = bytes.subarray(at + recordBatchHeaderBytes, end)
  let records = payload
  if (header.compression !== 'none') {
    const compressor = options.compressor ?? inlineCompressor
    records = await compressor
      .decompress(header.compression, payload, { decompressedBytesMax: options.decompressedBytesMax ?? decompressedBytesMaxDefault })
      .catch((error: unknown) => {
        throw asBatchError(error, at)
      })
  }
  return parseRecords(header, at, records)
}

function badRecord(at: number, index: number, what: string): InvalidRecordBatchError {
  return new InvalidRecordBatchError('bad-record', at, `record ${index}: ${what}`)
}

function parseRecords(header: RecordBatchHeader, at: number, records: Uint8Array): DecodedRecord[] {
  const out: DecodedRecord[] = []
  const end = records.length
  cursor = 0
  let previousOffsetDelta = -1
  for (let index = 0; index < header.recordCount; index++) {
    const length = readVarint(records, end)
    if (!(length >= recordBytesMin - 1)) throw badRecord(at, index, `length ${length} is malformed or too small`)
    const recordEnd = cursor + length
    if (recordEnd > end) throw badRecord(at, index, `length ${length} runs past the batch's records`)
    cursor++ // attributes: unused in v2
    const timestampDelta = readVarlong(records, recordEnd)
    const offsetDelta = readVarint(records, recordEnd)
    if (Number.isNaN(timestampDelta) || Number.isNaN(offsetDelta)) throw badRecord(at, index, 'malformed timestampDelta or offsetDelta')
    if (offsetDelta <= previousOffsetDelta || offsetDelta > header.lastOffsetDelta) {
      throw badRecord(at, index, `offsetDelta ${offsetDelta} is not increasing within 0..lastOffsetDelta ${header.lastOffsetDelta}`)
    }
    previousOffsetDelta = offsetDelta
    const key = readBytesField(records, recordEnd, at, index, 'key')
    const value = readBytesField(records, recordEnd, at, index, 'value')
    const headerCount = readVarint(records, recordEnd)
    if (!(headerCount >= 0) || headerCount * 2 > recordEnd - cursor) throw badRecord(at, index, `header count ${headerCount} is malformed`)
    const headers: Array<{ key: string; value: Uint8Array | null }> = []
    for (let h = 0; h < headerCount; h++) {
      const headerKey = readBytesField(records, recordEnd, at, index, 'header key')
      if (headerKey === null) throw badRecord(at, index, `header ${h} has a null key`)
      headers.push({ key: textDecoder.decode(headerKey), value: readBytesField(records, recordEnd, at, index, 'header value') })
    }
    if (cursor !== recordEnd) throw badRecord(at, index, `its fields end at ${cursor - recordEnd} bytes from its length`)
    const timestamp = header.timestampType === 'log-append' ? header.maxTimestamp : header.firstTimestamp + timestampDelta
    out.push({ offset: header.baseOffset + offsetDelta, timestamp, key, value, headers })
  }
  if (cursor !== end) {
    throw new InvalidRecordBatchError('bad-record-count', at, `${end - cursor} bytes follow the ${header.recordCount} records the batch declares`)
  }
  return out
}

function readBytesField(bytes: Uint8Array, end: number, at: number, index: number, what: string): Uint8Array | null {
  const length = readVarint(bytes, end)
  if (length === -1) return null
  if (!(length >= 0) || cursor + length > end) throw badRecord(at, index, `${what} length ${length} is malformed or runs past the record`)
  const view = bytes.subarray(cursor, cursor + length)
  cursor += length
  return view
}

/**
 * Calls `visit(bytes, valueStart, valueLength, offset, timestamp)` for each record of the uncompressed batch
 * at `at`, allocating nothing per record (valueLength -1: null value). The batch must have been validated
 * (validateRecordBatch); malformed records still throw InvalidRecordBatchError. Returns the record count.
 */
export function forEachRecordValue(
  bytes: Uint8Array,
  at: number,
  visit: (bytes: Uint8Array, valueStart: number, valueLength: number, offset: number, timestamp: number) => void,
): number {
  const header = readRecordBatchHeader(bytes, at)
  const end = at + batchLogOverheadBytes + header.batchLength
  if (end > bytes.length) throw new InvalidRecordBatchError('truncated', at, `batchLength says ${end - at} bytes, only ${bytes.length - at} are present`)
  if (header.compression !== 'none') {
    throw new RangeError(`forEachRecordValue reads uncompressed batches; this one is ${header.compression}: use decodeRecordBatch`)
  }
  const logAppend = header.timestampType === 'log-append'
  cursor = at + recordBatchHeaderBytes
  for (let index = 0; index < header.recordCount; index++) {
    const length = readVarint(bytes, end)
    if (!(length >= recordBytesMin - 1)) throw badRecord(at, index, `length ${length} is malformed or too small`)
    const recordEnd = cursor + length
    if (recordEnd > end) throw badRecord(at, index, `length ${length} runs past the batch`)
    cursor++
    const timestampDelta = readVarlong(bytes, recordEnd)
    const offsetDelta = readVarint(bytes, recordEnd)
    if (Number.isNaN(timestampDelta) || Number.isNaN(offsetDelta)) throw badRecord(at, index, 'malformed timestampDelta or offsetDelta')
    const keyLength = readVarint(bytes, recordEnd)
    if (!(keyLength >= -1) || cursor + Math.max(keyLength, 0) > recordEnd) throw badRecord(at, index, `key length ${keyLength} is malformed`)
    cursor += Math.max(keyLength, 0)
    const valueLength = readVarint(bytes, recordEnd)
    if (!(valueLength >= -1) || cursor + Math.max(valueLength, 0) > recordEnd) throw badRecord(at, index, `value length ${valueLength} is malformed`)
    const valueStart = cursor
    const next = recordEnd
    visit(bytes, valueStart, valueLength, header.baseOffset + offsetDelta, logAppend ? header.maxTimestamp : header.firstTimestamp + timestampDelta)
    cursor = next // visit may itself walk another batch
  }
  return header.recordCount
}
