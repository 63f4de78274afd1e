// CRC32C over the shared memory, through the wasm exports of assembly/crc32c.ts.
//
// Convention (same as the wasm exports and crc32cJs): `init` and every result are finalized CRCs, so
// crc.ofBytes(b, crc.ofBytes(a)) === crc.ofBytes(a || b) and init 0 starts a fresh CRC.
//
// One Crc32c per worker: ofBytes copies into the scratch region it was given, so two threads must not share
// one scratch region (the host's layout gives each worker slot its own).

import type { SluiceExports } from '../wasm/module.js'

export { crc32cJs, crc32cPolynomialReflected } from './crc32c-js.js'

/** The CRC32C exports of the wasm module (assembly/crc32c.ts). Pointers are byte addresses. */
export interface Crc32cExports {
  readonly crc32cScalar: (init: number, ptr: number, lengthBytes: number) => number
  readonly crc32cSimd: (init: number, ptr: number, lengthBytes: number) => number
}

/** Which wasm function computes the CRC: slicing-by-8, or the 16-lane SIMD path. */
export type Crc32cImplementation = 'scalar' | 'simd'

export interface Crc32cOptions {
  /** Start of a region this instance may overwrite at will: ofBytes copies input there, calibration reads it. */
  readonly scratchPtr: number
  /** Size of that region. ofBytes copies at most this many bytes per wasm call. */
  readonly scratchBytes: number
  /**
   * 'auto' (default) times both paths at construction and keeps the faster: SIMD wins on V8 and is
   * slower than scalar on Bun (see ../shared notes). Pass a fixed choice to skip the timing.
   */
  readonly implementation?: Crc32cImplementation | 'auto'
}

/** Figures of the construction-time calibration, in GB/s (best of the rounds). */
export interface Crc32cCalibration {
  readonly scalarGbps: number
  readonly simdGbps: number
  readonly sampleBytes: number
}

/** Calibration sample: large enough to reach the 4 KiB SIMD chunks, small enough to run in ~2 ms. */
const calibrationSampleBytesMax = 64 * 1024
/**
 * Calibration runs for at least this long. V8 first runs new wasm code in its baseline compiler (Liftoff)
 * and swaps in TurboFan code compiled in the background once a function is hot: measured here 6-8 ms after
 * instantiation, during which the SIMD path runs below the scalar one. Timing only the first milliseconds
 * would pick scalar for the wrong reason.
 */
const calibrationDurationMs = 20
/** Bounds on the timed rounds per path; the best round counts, which filters scheduler noise. */
const calibrationRoundsMin = 6
const calibrationRoundsMax = 2000
/** Calls per round, so one round lasts well above performance.now()'s resolution (5 us to 100 us). */
const calibrationCallsPerRound = 8
/** Copy granularity of ofBytes: a multiple of the 4 KiB SIMD chunk keeps every call on the fast path. */
const simdChunkBytes = 4096

export class Crc32c {
  /** The wasm function ofRange and ofBytes call. */
  readonly implementation: Crc32cImplementation
  /** Present when implementation was chosen by timing ('auto'). */
  readonly calibration: Crc32cCalibration | undefined

  readonly #compute: (init: number, ptr: number, lengthBytes: number) => number
  readonly #memoryBuffer: ArrayBufferLike
  readonly #memoryBytes: number
  readonly #memoryView: Uint8Array
  readonly #scratchPtr: number
  /** Bytes copied per wasm call by ofBytes: scratchBytes rounded down to whole SIMD chunks when possible. */
  readonly #copyChunkBytes: number

  /**
   * @param exports the instance's exports (host/wasm/module.ts `instantiate`), checked for the two functions
   * @param memory the shared memory that instance runs over; it must not grow (architecture rule)
   */
  constructor(sluiceExports: SluiceExports | Crc32cExports, memory: WebAssembly.Memory, options: Crc32cOptions) {
    const exports = sluiceExports as Crc32cExports
    if (typeof exports.crc32cScalar !== 'function' || typeof exports.crc32cSimd !== 'function') {
      throw new TypeError('the wasm exports lack crc32cScalar/crc32cSimd: rebuild dist/wasm with `npm run build:wasm`')
    }
    const { scratchPtr, scratchBytes } = options
    this.#memoryBuffer = memory.buffer
    this.#memoryBytes = memory.buffer.byteLength
    this.#memoryView = new Uint8Array(memory.buffer)
    if (!Number.isSafeInteger(scratchPtr) || scratchPtr < 0) throw new RangeError(`scratchPtr must be a non-negative integer, got ${scratchPtr}`)
    if (!Number.isSafeInteger(scratchBytes) || scratchBytes <= 0) throw new RangeError(`scratchBytes must be a positive integer, got ${scratchBytes}`)
    if (scratchPtr + scratchBytes > this.#memoryBytes) {
      throw new RangeError(`scratch [${scratchPtr}, ${scratchPtr + scratchBytes}) lies outside the ${this.#memoryBytes}-byte memory`)
    }
    this.#scratchPtr = scratchPtr
    this.#copyChunkBytes = scratchBytes >= simdChunkBytes ? scratchBytes - (scratchBytes % simdChunkBytes) : scratchBytes

    const requested = options.implementation ?? 'auto'
    if (requested === 'auto') {
      const calibration = calibrate(exports, scratchPtr, Math.min(scratchBytes, calibrationSampleBytesMax))
      this.calibration = calibration
      this.implementation = calibration.simdGbps > calibration.scalarGbps ? 'simd' : 'scalar'
    } else if (requested === 'scalar' || requested === 'simd') {
      this.calibration = undefined
      this.implementation = requested
    } else {
      throw new RangeError(`implementation must be 'auto', 'scalar' or 'simd', got ${String(requested)}`)
    }
    this.#compute = this.implementation === 'simd' ? exports.crc32cSimd : exports.crc32cScalar
  }

  /** CRC32C of [ptr, ptr + lengthBytes) of the shared memory, continuing from `init`. One wasm call. */
  ofRange(ptr: number, lengthBytes: number, init = 0): number {
    if (!Number.isSafeInteger(ptr) || !Number.isSafeInteger(lengthBytes) || ptr < 0 || lengthBytes < 0 || ptr + lengthBytes > this.#memoryBytes) {
      throw new RangeError(`range [${ptr}, ${ptr + lengthBytes}) is not inside the ${this.#memoryBytes}-byte memory`)
    }
    return this.#compute(init, ptr, lengthBytes) >>> 0
  }

  /**
   * CRC32C of any bytes, continuing from `init`. Bytes that already are a view of the shared memory are
   * read in place; others are copied through the scratch region, one wasm call per copy.
   */
  ofBytes(bytes: Uint8Array, init = 0): number {
    if (bytes.buffer === this.#memoryBuffer) return this.ofRange(bytes.byteOffset, bytes.length, init)
    let crc = init
    const chunkBytes = this.#copyChunkBytes
    for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
      const piece = bytes.subarray(offset, Math.min(offset + chunkBytes, bytes.length))
      this.#memoryView.set(piece, this.#scratchPtr)
      crc = this.#compute(crc, this.#scratchPtr, piece.length)
    }
    return crc >>> 0
  }
}

function calibrate(exports: Crc32cExports, ptr: number, sampleBytes: number): Crc32cCalibration {
  const paths = [exports.crc32cScalar, exports.crc32cSimd]
  const bestMs = [Infinity, Infinity]
  const startMs = performance.now()
  // Rounds alternate between the paths so a burst of noise does not penalise only one of them.
  for (let round = 0; round < calibrationRoundsMax; round++) {
    if (round >= calibrationRoundsMin && performance.now() - startMs >= calibrationDurationMs) break
    for (let which = 0; which < paths.length; which++) {
      const compute = paths[which]
      const roundStartMs = performance.now()
      for (let call = 0; call < calibrationCallsPerRound; call++) compute(call, ptr, sampleBytes)
      bestMs[which] = Math.min(bestMs[which], performance.now() - roundStartMs)
    }
  }
  const gbps = (ms: number): number => (ms > 0 ? (calibrationCallsPerRound * sampleBytes) / (ms * 1e6) : Infinity)
  return { scalarGbps: gbps(bestMs[0]), simdGbps: gbps(bestMs[1]), sampleBytes }
}
