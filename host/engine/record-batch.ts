// The allocation-free batch paths of the engine API.
//
// RecordBatchBuilder encodes records straight into the window format in a private buffer, so publishing a
// batch is one copy into staging and one wasm call, with no per-record objects. RecordBatchView is what a
// subscriber gets from `nextView()`: the span one read copied out, walked in place; `forEachValue` hands out
// (bytes, start, length) triples rather than one Uint8Array per record.
//
// The object APIs (publishBatch, the async iterator) stay the convenient default; these are for callers
// that move millions of records a second.

import { RECORD_HEADER_BYTES_HOST, type HeaderInput, encodeRecord, stageRecord } from './record-format.js'
import { RecordTooLargeError } from './errors.js'

const encoder = new TextEncoder()
const twoPow32 = 2 ** 32

export class RecordBatchBuilder {
  private buffer: Uint8Array
  private words: Int32Array
  private view: DataView
  private used = 0
  private records = 0

  /**
   * @param recordBytesMax the largest record accepted (check it against the topic's recordBytesMax);
   * @param initialBytes the buffer's starting size; it doubles as needed.
   */
  constructor(
    readonly recordBytesMax: number = 1024 * 1024,
    initialBytes = 64 * 1024,
  ) {
    if (!Number.isSafeInteger(recordBytesMax) || recordBytesMax < RECORD_HEADER_BYTES_HOST) {
      throw new RangeError(`recordBytesMax must be an integer >= ${RECORD_HEADER_BYTES_HOST}, got ${recordBytesMax}`)
    }
    this.buffer = new Uint8Array(Math.max(initialBytes, 1024))
    this.words = new Int32Array(this.buffer.buffer)
    this.view = new DataView(this.buffer.buffer)
  }

  /** Records added since the last clear(). */
  get count(): number {
    return this.records
  }

  /** Bytes of the encoded records (what publishing copies). */
  get byteLength(): number {
    return this.used
  }

  /** The encoded records, in the window format (see assembly/window.ts). */
  get bytes(): Uint8Array {
    return this.buffer.subarray(0, this.used)
  }

  private reserve(recordBytes: number): void {
    if (recordBytes > this.recordBytesMax) throw new RecordTooLargeError('(batch builder)', recordBytes, this.recordBytesMax)
    if (this.used + recordBytes <= this.buffer.length) return
    let size = this.buffer.length * 2
    while (size < this.used + recordBytes) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.buffer.subarray(0, this.used))
    this.buffer = grown
    this.words = new Int32Array(grown.buffer)
    this.view = new DataView(grown.buffer)
  }

  /** Adds a record with a value only: the fast path (aligned word stores and one byte copy). */
  addValue(value: Uint8Array): this {
    const recordBytes = (RECORD_HEADER_BYTES_HOST + value.length + 7) & ~7
    this.reserve(recordBytes)
    const at = this.used
    const word = at >>> 2
    const words = this.words
    words[word] = recordBytes
    words[word + 1] = 0
    words[word + 6] = -1 // no key
    words[word + 7] = value.length
    words[word + 8] = 0 // no headers
    words[word + 9] = 0
    this.buffer.set(value, at + RECORD_HEADER_BYTES_HOST)
    this.used += recordBytes
    this.records++
    return this
  }

  /** Adds any record (key, value, headers; strings are UTF-8 encoded). */
  add(value: string | Uint8Array | null, key?: string | Uint8Array | null, headers?: HeaderInput): this {
    if (value instanceof Uint8Array && (key === undefined || key === null) && headers === undefined) return this.addValue(value)
    const encoded = encodeRecord({ value: typeof value === 'string' ? encoder.encode(value) : value, key, headers }, this.recordBytesMax, '(batch builder)')
    this.reserve(encoded.recordBytes)
    stageRecord(this.buffer, this.view, this.used, encoded)
    this.used += encoded.recordBytes
    this.records++
    return this
  }

  clear(): this {
    this.used = 0
    this.records = 0
    return this
  }
}

/** One read's worth of records of one partition, decoded lazily. */
export class RecordBatchView {
  private readonly view: DataView

  constructor(
    readonly topic: string,
    readonly partition: number,
    /** The copied span; keys and values are ranges of it. */
    readonly bytes: Uint8Array,
    readonly count: number,
    /** Records below this offset are skipped by the walkers (a start offset inside the span). */
    private readonly skipBelowOffset: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  get firstOffset(): number {
    return this.view.getUint32(8, true) + this.view.getUint32(12, true) * twoPow32
  }

  /**
   * Calls `visit(bytes, valueStart, valueLength, offset)` for every record; valueLength is -1 for a null
   * value. No allocation per record: slice or decode inside `visit` only what you keep.
   */
  forEachValue(visit: (bytes: Uint8Array, valueStart: number, valueLength: number, offset: number) => void): void {
    const view = this.view
    let at = 0
    for (let i = 0; i < this.count; i++) {
      const recordBytes = view.getUint32(at, true)
      const offset = view.getUint32(at + 8, true) + view.getUint32(at + 12, true) * twoPow32
      if (offset >= this.skipBelowOffset) {
        const keyLength = view.getInt32(at + 24, true)
        visit(this.bytes, at + RECORD_HEADER_BYTES_HOST + Math.max(keyLength, 0), view.getInt32(at + 28, true), offset)
      }
      at += recordBytes
    }
  }
}
