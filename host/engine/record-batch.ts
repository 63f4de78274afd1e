// The allocation-free batch paths of the engine API.
//
// RecordBatchBuilder encodes records straight into Kafka RecordBatch v2 entries in a private buffer, so
// publishing is one copy into staging, one CRC32C in wasm and one window append, with no per-record objects.
// RecordBatchView is what a subscriber gets from `nextView()`: the entries one read copied out, walked in
// place; `forEachValue` hands out (bytes, start, length, offset) rather than one Uint8Array per record.
//
// The object APIs (publishBatch, the async iterator) stay the convenient default; these are for callers
// that move millions of records a second.

import { BatchWriter, type HeaderInput, encodeRecord, entryHeaderBytes, batchHeaderBytes, entryOverheadBytes, forEachRecord } from './record-format.js'
import { RecordTooLargeError, SluiceError } from './errors.js'

const encoder = new TextEncoder()
const twoPow32 = 2 ** 32

export class RecordBatchBuilder {
  private buffer: Uint8Array
  private readonly writer: BatchWriter
  private entries = 0
  private records = 0
  private batchOpen = false
  private timestampMs = 0

  /**
   * @param recordBytesMax the largest encoded record accepted (check it against the topic's recordBytesMax);
   * @param batchBytesMax the largest entry (one RecordBatch) the builder makes before it starts another;
   *   publishing stages whole entries, so keep it at or below the engine's stagingBytes and windowBytes / 2.
   *   The defaults fit every topic; `engine.batchBuilder(topic)` sizes both to a topic's limits.
   */
  constructor(
    readonly recordBytesMax: number = 16 * 1024,
    readonly batchBytesMax: number = 32 * 1024,
  ) {
    if (!Number.isSafeInteger(recordBytesMax) || recordBytesMax < 64) throw new RangeError(`recordBytesMax must be an integer >= 64, got ${recordBytesMax}`)
    if (!Number.isSafeInteger(batchBytesMax) || batchBytesMax < recordBytesMax + entryOverheadBytes) {
      throw new RangeError(`batchBytesMax must be an integer >= recordBytesMax + ${entryOverheadBytes}, got ${batchBytesMax}`)
    }
    this.buffer = new Uint8Array(64 * 1024)
    this.writer = new BatchWriter(this.buffer)
  }

  /** Records added since the last clear(). */
  get count(): number {
    return this.records
  }

  /** Entries (record batches) the records form. */
  get entryCount(): number {
    this.closeBatch()
    return this.entries
  }

  /** The encoded entries (window format: entry header + RecordBatch v2, CRC not yet set). */
  get bytes(): Uint8Array {
    this.closeBatch()
    return this.buffer.subarray(0, this.writer.position)
  }

  private closeBatch(): void {
    if (!this.batchOpen) return
    this.writer.finishBatch()
    this.batchOpen = false
    this.entries++
  }

  /** Makes room for `recordBytes` more, starting a new batch when the current one would pass the limit. */
  private prepare(recordBytes: number): void {
    if (recordBytes > this.recordBytesMax) throw new RecordTooLargeError('(batch builder)', recordBytes, this.recordBytesMax)
    if (this.batchOpen && this.writer.entryBytesWith(recordBytes) > this.batchBytesMax) this.closeBatch()
    const needed = this.writer.position + recordBytes + entryOverheadBytes
    if (needed > this.buffer.length) {
      let size = this.buffer.length * 2
      while (size < needed) size *= 2
      const grown = new Uint8Array(size)
      grown.set(this.buffer.subarray(0, this.writer.position))
      this.buffer = grown
      this.writer.retarget(grown)
    }
    if (!this.batchOpen) {
      if (this.records === 0) this.timestampMs = Date.now()
      this.writer.beginBatch(this.writer.position, this.timestampMs)
      this.batchOpen = true
    }
  }

  /** Adds a record with a value only: the fast path. */
  addValue(value: Uint8Array): this {
    this.prepare(value.length + 24)
    this.writer.addValue(value)
    this.records++
    return this
  }

  /** Adds any record (key, value, headers; strings are UTF-8 encoded). */
  add(value: string | Uint8Array | null, key?: string | Uint8Array | null, headers?: HeaderInput): this {
    if (value instanceof Uint8Array && (key === undefined || key === null) && headers === undefined) return this.addValue(value)
    const encoded = encodeRecord({ value: typeof value === 'string' ? encoder.encode(value) : value, key, headers }, this.recordBytesMax, '(batch builder)')
    this.prepare(encoded.recordBytes)
    this.writer.addRecord(encoded, this.timestampMs)
    this.records++
    return this
  }

  clear(): this {
    this.writer.reset()
    this.batchOpen = false
    this.entries = 0
    this.records = 0
    return this
  }
}

/** One read's worth of entries of one partition, decoded lazily. */
export class RecordBatchView {
  private readonly view: DataView

  constructor(
    readonly topic: string,
    readonly partition: number,
    /** The copied entries; keys and values are ranges of it. */
    readonly bytes: Uint8Array,
    /** Entries (record batches) in `bytes`. */
    readonly entryCount: number,
    /** Records below this offset are skipped by the walkers (a start offset inside the first batch). */
    private readonly skipBelowOffset: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  get firstOffset(): number {
    return Math.max(this.view.getUint32(8, true) + this.view.getUint32(12, true) * twoPow32, this.skipBelowOffset)
  }

  /**
   * Calls `visit(bytes, valueStart, valueLength, offset)` for every record; valueLength is -1 for a null
   * value. Uncompressed batches are walked in place with no allocation per record; compressed ones are
   * decompressed first (then `bytes` is the decompressed buffer).
   */
  forEachValue(visit: (bytes: Uint8Array, valueStart: number, valueLength: number, offset: number) => void): void {
    const bytes = this.bytes
    const view = this.view
    let entry = 0
    for (let e = 0; e < this.entryCount; e++) {
      const batch = entry + entryHeaderBytes
      if ((view.getInt16(batch + 21) & 7) !== 0) {
        forEachRecord(bytes, entry, this.skipBelowOffset, (offset, _timestamp, _key, value, records) => {
          visit(records, value === null ? 0 : value.byteOffset - records.byteOffset, value === null ? -1 : value.length, offset)
        })
      } else {
        const baseOffset = view.getUint32(entry + 8, true) + view.getUint32(entry + 12, true) * twoPow32
        const recordCount = view.getInt32(batch + 57)
        const end = batch + view.getUint32(entry + 20, true)
        let at = batch + batchHeaderBytes
        for (let i = 0; i < recordCount; i++) {
          // length, attributes, timestampDelta, offsetDelta, key (skipped), value
          const length = zigzagAt(bytes, at)
          at = varintEnd
          const recordEnd = at + length / 2
          if (recordEnd > end) throw new SluiceError('CORRUPT_RECORD', `record ${i} of the batch at offset ${baseOffset} runs past the batch`)
          zigzagAt(bytes, at + 1) // timestampDelta, after the attributes byte
          const offset = baseOffset + zigzagAt(bytes, varintEnd) / 2
          const key = zigzagAt(bytes, varintEnd)
          at = key % 2 === 0 ? varintEnd + key / 2 : varintEnd
          const value = zigzagAt(bytes, at)
          if (offset >= this.skipBelowOffset) visit(bytes, varintEnd, value % 2 === 0 ? value / 2 : -1, offset)
          at = recordEnd
        }
      }
      entry += view.getUint32(entry, true)
    }
  }
}

/** The largest record (its length prefix included) in the entries of `bytes`; walks uncompressed batches. */
export function largestRecordBytes(bytes: Uint8Array, entryCount: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let largest = 0
  let entry = 0
  for (let e = 0; e < entryCount; e++) {
    const batch = entry + entryHeaderBytes
    const recordCount = view.getInt32(batch + 57)
    let at = batch + batchHeaderBytes
    for (let i = 0; i < recordCount; i++) {
      const start = at
      at = varintEnd + zigzagAt(bytes, at) / 2
      largest = Math.max(largest, at - start)
    }
    entry += view.getUint32(entry, true)
  }
  return largest
}

/** Where the varint zigzagAt just read ends: a module variable, so the walkers allocate nothing. */
let varintEnd = 0

/** The raw (still zigzag-encoded) varint at `at`; sets varintEnd past it. Non-negative: decode as needed. */
function zigzagAt(bytes: Uint8Array, at: number): number {
  let zigzag = 0
  let multiplier = 1
  let byte = 0
  do {
    byte = bytes[at++]
    zigzag += (byte & 127) * multiplier
    multiplier *= 128
  } while (byte >= 128)
  varintEnd = at
  return zigzag
}
