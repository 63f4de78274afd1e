// Record-level work of log compaction on uncompressed RecordBatch v2 batches, done on the raw bytes: a
// record is `length varint | attributes int8 | timestampDelta varlong | offsetDelta varint | keyLength
// varint | key | valueLength varint | value | headers`, all varints zigzag-encoded. Compaction keeps
// records byte for byte and rewrites only the batch header (batchLength, recordCount, CRC), so baseOffset,
// lastOffsetDelta and firstTimestamp stay: offsets and timestamps of kept records never change, and the
// batch still spans the same offsets (a consumer's position after it is unchanged).

import {
  attributeLogAppendTime,
  batchAttributes,
  batchBaseOffset,
  batchCrcAt,
  batchCrcStartAt,
  batchFirstTimestamp,
  batchHeaderBytes,
  batchLengthAt,
  batchLogOverheadBytes,
  batchMaxTimestamp,
  batchRecordCountAt,
  readInt32,
  writeInt32,
} from './batch-header.js'

export interface RecordVisit {
  /** Absolute offset of the record. */
  offset: number
  /** The key as a string of byte values (one char per byte), or null for a null key. */
  key: string | null
  /** Null value: a delete marker. */
  tombstone: boolean
  timestamp: number
  /** Byte range of the whole record (length prefix included) inside the batch buffer. */
  start: number
  end: number
}

// Varint reader state: the position after the last read, kept in a module variable so that decoding
// allocates nothing per field.
let cursor = 0

function readVarlong(bytes: Uint8Array, at: number): number {
  let unsigned = 0
  let multiplier = 1
  for (let i = 0; i < 10; i++) {
    const byte = bytes[at + i]
    if (byte === undefined) throw new RangeError('varint runs past the end of the batch')
    unsigned += (byte & 0x7f) * multiplier
    if ((byte & 0x80) === 0) {
      cursor = at + i + 1
      return unsigned % 2 === 0 ? unsigned / 2 : -(unsigned + 1) / 2
    }
    multiplier *= 128
  }
  throw new RangeError('varint longer than 10 bytes')
}

function keyString(bytes: Uint8Array, start: number, length: number): string {
  let text = ''
  for (let at = start; at < start + length; at += 8192) {
    text += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(at + 8192, start + length)) as unknown as number[])
  }
  return text
}

/** Calls `visit` for every record of the uncompressed batch at `at`. The visit object is reused. */
export function forEachRecord(bytes: Uint8Array, at: number, visit: (record: RecordVisit) => void): void {
  const total = batchLogOverheadBytes + readInt32(bytes, at + batchLengthAt)
  const end = at + total
  const baseOffset = batchBaseOffset(bytes, at)
  const firstTimestamp = batchFirstTimestamp(bytes, at)
  const logAppendTime = (batchAttributes(bytes, at) & attributeLogAppendTime) !== 0
  const maxTimestamp = batchMaxTimestamp(bytes, at)
  const count = readInt32(bytes, at + batchRecordCountAt)
  const record: RecordVisit = { offset: 0, key: null, tombstone: false, timestamp: 0, start: 0, end: 0 }
  let position = at + batchHeaderBytes
  for (let i = 0; i < count; i++) {
    const start = position
    const length = readVarlong(bytes, position)
    const bodyStart = cursor
    const recordEnd = bodyStart + length
    if (length < 0 || recordEnd > end) throw new RangeError(`record ${i} of the batch at offset ${baseOffset} overruns the batch`)
    const timestampDelta = readVarlong(bytes, bodyStart + 1)
    const offsetDelta = readVarlong(bytes, cursor)
    const keyLength = readVarlong(bytes, cursor)
    const keyStart = cursor
    const valueLength = readVarlong(bytes, keyStart + Math.max(0, keyLength))
    record.offset = baseOffset + offsetDelta
    record.key = keyLength < 0 ? null : keyString(bytes, keyStart, keyLength)
    record.tombstone = valueLength < 0
    record.timestamp = logAppendTime ? maxTimestamp : firstTimestamp + timestampDelta
    record.start = start
    record.end = recordEnd
    visit(record)
    position = recordEnd
  }
}

/**
 * The batch at `at` with only the records `keep` accepts: the same bytes (a view) when all are kept, null
 * when none is, otherwise a new batch with the same header fields but batchLength, recordCount and CRC.
 */
export function filterBatch(bytes: Uint8Array, at: number, keep: (record: RecordVisit) => boolean, crc32c: (b: Uint8Array) => number): Uint8Array | null {
  const total = batchLogOverheadBytes + readInt32(bytes, at + batchLengthAt)
  const ranges: number[] = []
  let keptCount = 0
  let droppedCount = 0
  forEachRecord(bytes, at, (record) => {
    if (!keep(record)) {
      droppedCount++
      return
    }
    keptCount++
    if (ranges.length > 0 && ranges[ranges.length - 1] === record.start) ranges[ranges.length - 1] = record.end
    else ranges.push(record.start, record.end)
  })
  if (droppedCount === 0) return bytes.subarray(at, at + total)
  if (keptCount === 0) return null
  let keptBytes = 0
  for (let i = 0; i < ranges.length; i += 2) keptBytes += ranges[i + 1] - ranges[i]
  const out = new Uint8Array(batchHeaderBytes + keptBytes)
  out.set(bytes.subarray(at, at + batchHeaderBytes), 0)
  let position = batchHeaderBytes
  for (let i = 0; i < ranges.length; i += 2) {
    out.set(bytes.subarray(ranges[i], ranges[i + 1]), position)
    position += ranges[i + 1] - ranges[i]
  }
  writeInt32(out, batchLengthAt, out.length - batchLogOverheadBytes)
  writeInt32(out, batchRecordCountAt, keptCount)
  writeInt32(out, batchCrcAt, crc32c(out.subarray(batchCrcStartAt)) | 0)
  return out
}
