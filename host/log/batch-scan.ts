// Host side of assembly/batch-scan.ts: checks the headers (and CRC32C) of every batch in a buffer of
// concatenated RecordBatch v2 batches with one wasm call, as recovery does for a segment's tail and the
// broker for a Produce request's records.
//
// One BatchScanner per worker: it owns the scratch region it is given (input copies and the output table),
// like Crc32c (host/crc/crc32c.ts).

import type { SluiceExports } from '../wasm/module.js'

/** The exports of assembly/batch-scan.ts used here. */
export interface BatchScanExports {
  readonly batchScan: (bufPtr: number, bufBytes: number, outPtr: number, entriesMax: number, crcMode: number) => number
}

/** Why a scan ended; 'end' means the buffer held whole batches only. */
export type BatchScanStop =
  | 'end'
  | 'truncated-header'
  | 'truncated-batch'
  | 'bad-length'
  | 'bad-magic'
  | 'bad-compression'
  | 'bad-offset'

/** Stop codes of the wasm function, by value (1, output full, never reaches the caller: scan() continues). */
const stopByCode: ReadonlyArray<BatchScanStop | 'output-full'> = [
  'end',
  'output-full',
  'truncated-header',
  'truncated-batch',
  'bad-length',
  'bad-magic',
  'bad-compression',
  'bad-offset',
]

export interface ScannedBatch {
  /** Byte position of the batch in the scanned bytes. */
  readonly at: number
  readonly batchLength: number
  readonly baseOffset: number
  readonly lastOffsetDelta: number
  readonly recordCount: number
  readonly attributes: number
  readonly magic: number
  /** The CRC32C the batch carries. */
  readonly crc: number
  /** Whether the CRC32C over attributes..end matches; undefined when the scan did not check CRCs. */
  readonly crcOk: boolean | undefined
}

export interface BatchScanResult {
  readonly batches: ScannedBatch[]
  readonly stop: BatchScanStop
  /** Where the scan stopped: bytes.length after 'end', else the position of the batch that failed. */
  readonly stopAt: number
}

export interface BatchScannerOptions {
  /** Start of a region this scanner may overwrite at will (64-byte aligned is best). */
  readonly scratchPtr: number
  /** Its size: the output table takes entriesMax * 32 + 16 bytes, input copies the rest. */
  readonly scratchBytes: number
  /** Entries per wasm call. Default 1024 (32 KiB of output). */
  readonly entriesMax?: number
  /** CRC32C path: the SIMD one is faster on V8 (see host/crc/crc32c.ts); default 'simd'. */
  readonly crcImplementation?: 'scalar' | 'simd'
}

const outputHeaderBytes = 16
const entryBytes = 32
const crcModeNone = 0
const crcModeScalar = 1
const crcModeSimd = 2

export class BatchScanner {
  readonly #scan: BatchScanExports['batchScan']
  readonly #memoryBuffer: ArrayBufferLike
  readonly #memoryBytes: number
  readonly #bytes: Uint8Array
  readonly #words: Uint32Array
  readonly #outPtr: number
  readonly #entriesMax: number
  readonly #inputPtr: number
  readonly #inputBytes: number
  readonly #crcMode: number

  constructor(sluiceExports: SluiceExports | BatchScanExports, memory: WebAssembly.Memory, options: BatchScannerOptions) {
    const exports = sluiceExports as BatchScanExports
    if (typeof exports.batchScan !== 'function') {
      throw new TypeError("the wasm exports lack batchScan: add `export * from './batch-scan'` to assembly/index.ts and run `npm run build:wasm`")
    }
    this.#scan = exports.batchScan
    this.#memoryBuffer = memory.buffer
    this.#memoryBytes = memory.buffer.byteLength
    this.#bytes = new Uint8Array(memory.buffer)
    this.#words = new Uint32Array(memory.buffer)
    const { scratchPtr, scratchBytes } = options
    const entriesMax = options.entriesMax ?? 1024
    if (!Number.isSafeInteger(scratchPtr) || scratchPtr < 0 || scratchPtr % 4 !== 0) {
      throw new RangeError(`scratchPtr must be a non-negative multiple of 4, got ${scratchPtr}`)
    }
    if (!Number.isSafeInteger(entriesMax) || entriesMax < 1) throw new RangeError(`entriesMax must be a positive integer, got ${entriesMax}`)
    const outputBytes = outputHeaderBytes + entriesMax * entryBytes
    if (!Number.isSafeInteger(scratchBytes) || scratchBytes <= outputBytes) {
      throw new RangeError(`scratchBytes must exceed the ${outputBytes}-byte output table of ${entriesMax} entries, got ${scratchBytes}`)
    }
    if (scratchPtr + scratchBytes > this.#memoryBytes) {
      throw new RangeError(`scratch [${scratchPtr}, ${scratchPtr + scratchBytes}) lies outside the ${this.#memoryBytes}-byte memory`)
    }
    this.#outPtr = scratchPtr
    this.#entriesMax = entriesMax
    this.#inputPtr = scratchPtr + outputBytes
    this.#inputBytes = scratchBytes - outputBytes
    const crc = options.crcImplementation ?? 'simd'
    if (crc !== 'simd' && crc !== 'scalar') throw new RangeError(`crcImplementation must be 'scalar' or 'simd', got ${String(crc)}`)
    this.#crcMode = crc === 'simd' ? crcModeSimd : crcModeScalar
  }

  /**
   * Scans `bytes` (a view of the shared memory is read in place; other bytes are copied through the scratch
   * region, piece by piece, so a batch larger than that region's input part cannot be scanned: RangeError).
   */
  scan(bytes: Uint8Array, options: { verifyCrc?: boolean } = {}): BatchScanResult {
    const crcMode = options.verifyCrc === false ? crcModeNone : this.#crcMode
    const batches: ScannedBatch[] = []
    if (bytes.buffer === this.#memoryBuffer) {
      const stop = this.#scanRange(bytes.byteOffset, bytes.length, crcMode, 0, batches)
      return { batches, stop: stop.stop, stopAt: stop.stopAt }
    }
    let offset = 0
    for (;;) {
      const pieceBytes = Math.min(this.#inputBytes, bytes.length - offset)
      this.#bytes.set(bytes.subarray(offset, offset + pieceBytes), this.#inputPtr)
      const { stop, stopAt } = this.#scanRange(this.#inputPtr, pieceBytes, crcMode, offset, batches)
      const pieceIsCut = offset + pieceBytes < bytes.length
      if (stop === 'end' && !pieceIsCut) return { batches, stop, stopAt }
      if (!pieceIsCut || (stop !== 'truncated-header' && stop !== 'truncated-batch' && stop !== 'end')) return { batches, stop, stopAt }
      // The piece ended inside a batch: continue from that batch.
      if (stopAt === offset) {
        throw new RangeError(`the batch at byte ${offset} is larger than the scanner's ${this.#inputBytes}-byte input region: give it more scratchBytes`)
      }
      offset = stopAt
    }
  }

  /** Scans [ptr, ptr + lengthBytes) of the shared memory, appending to `batches`; positions get `base` added. */
  #scanRange(ptr: number, lengthBytes: number, crcMode: number, base: number, batches: ScannedBatch[]): { stop: BatchScanStop; stopAt: number } {
    if (!Number.isSafeInteger(ptr) || ptr < 0 || lengthBytes < 0 || ptr + lengthBytes > this.#memoryBytes) {
      throw new RangeError(`range [${ptr}, ${ptr + lengthBytes}) is not inside the ${this.#memoryBytes}-byte memory`)
    }
    let position = 0
    for (;;) {
      const count = this.#scan(ptr + position, lengthBytes - position, this.#outPtr, this.#entriesMax, crcMode) >>> 0
      const words = this.#words
      const out = this.#outPtr >>> 2
      const stopCode = words[out]
      const stopPosition = position + words[out + 1]
      for (let i = 0; i < count; i++) {
        const entry = out + (outputHeaderBytes + i * entryBytes) / 4
        const flags = words[entry + 6]
        const crcStatus = flags >>> 24
        batches.push({
          at: base + position + words[entry],
          batchLength: words[entry + 1],
          lastOffsetDelta: words[entry + 2] | 0,
          recordCount: words[entry + 3] | 0,
          baseOffset: words[entry + 5] * 2 ** 32 + words[entry + 4],
          attributes: flags & 0xffff,
          magic: (flags >>> 16) & 0xff,
          crcOk: crcStatus === 0 ? undefined : crcStatus === 1,
          crc: words[entry + 7],
        })
      }
      const stop = stopByCode[stopCode]
      if (stop === undefined) throw new Error(`internal: batchScan returned stop code ${stopCode}`)
      if (stop === 'output-full') {
        position = stopPosition
        continue
      }
      return { stop, stopAt: base + stopPosition }
    }
  }
}
