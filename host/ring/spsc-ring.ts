// Host side of the SPSC ring of variable-length records (assembly/ring.ts).
//
// One SpscRing object per thread and side: the producer thread calls the push/stage methods, the consumer
// thread the pop methods (a single thread may do both, as tests do). Each side has its own staging area
// inside the ring's region, so a batch crosses the JS/wasm boundary in one call. Re-attach in another
// worker by posting `{ module, memory, ptr, bytes }` (see `descriptor`) and calling the constructor there.

import type { SluiceExports } from '../wasm/module.js'
import { notifyIfSleeping, parkUntil, parkUntilAsync, type ParkWord, type WaitOptions } from './park.js'

/** The assembly/ring.ts exports this wrapper calls. */
export interface RingExports extends SluiceExports {
  readonly ringHeaderBytes: () => number
  readonly ringRecordBytesLimit: (capacityBytes: number) => number
  readonly ringRegionBytes: (capacityBytes: number, stagingBytes: number) => number
  readonly ringInit: (ring: number, capacityBytes: number, recordBytesMax: number, stagingBytes: number) => number
  readonly ringIsValid: (ring: number) => number
  readonly ringProducerStagingPtr: (ring: number) => number
  readonly ringConsumerStagingPtr: (ring: number) => number
  readonly ringUsedBytes: (ring: number) => number
  readonly ringLastPushBytes: (ring: number) => number
  readonly ringLastPopBytes: (ring: number) => number
  readonly ringPushBatch: (ring: number, srcPtr: number, srcBytes: number) => number
  readonly ringPopBatch: (ring: number, dstPtr: number, dstCapacityBytes: number, recordsMax: number) => number
  readonly ringPush: (ring: number, srcPtr: number, srcBytes: number) => number
  readonly ringPop: (ring: number, dstPtr: number, dstCapacityBytes: number) => number
}

// Mirrors of assembly/ring.ts; checked against the module in the constructor where it exports them.
const ringHeaderBytes = 320
const ringOffsetCapacityBytes = 4
const ringOffsetRecordBytesMax = 8
const ringOffsetStagingBytes = 12
const ringOffsetTail = 64
const ringOffsetProducerSleeping = 68
const ringOffsetHead = 128
const ringOffsetConsumerSleeping = 132
const ringRecordPrefixBytes = 8
const ringErrRecordTooLong = -1
const ringErrMalformedBatch = -2
const ringErrDestinationTooSmall = -3
const ringEmpty = -5
/** Largest recordsMax passed to wasm (u32 there). */
const recordsPerCallMax = 0x7fffffff
const regionAlignBytes = 64

/** Staging per side when not given: one maximal record, at least 64 KiB, at most the capacity. */
export function stagingBytesDefault(capacityBytes: number, recordBytesMax: number): number {
  const oneRecordBytes = slotBytes(recordBytesMax)
  return alignUp(Math.max(oneRecordBytes, Math.min(capacityBytes, 65536)), regionAlignBytes)
}

export interface SpscRingOptions {
  /** Data area in bytes: a power of two in [64, 2^30]. */
  readonly capacityBytes: number
  /** Largest record payload; at most capacityBytes / 2 - 8 (the default). */
  readonly recordBytesMax?: number
  /** Bytes of each side's staging area, a multiple of 64 holding at least one maximal record. */
  readonly stagingBytes?: number
}

/** Where a ring lives; post this with the module and memory to attach from another worker. */
export interface RingDescriptor {
  readonly ptr: number
  readonly bytes: number
}

/** Visits one popped record: its payload is `bytes[byteOffset, byteOffset + byteLength)`, valid until the next pop. */
export type RecordVisitor = (bytes: Uint8Array, byteOffset: number, byteLength: number) => void

export interface PopOptions extends WaitOptions {
  /** At most this many records per call (default: as many as fit in the staging area). */
  readonly recordsMax?: number
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment
}

function slotBytes(payloadBytes: number): number {
  return (payloadBytes + ringRecordPrefixBytes + 7) & ~7
}

function assertLittleEndian(): void {
  // Typed-array views use the platform's byte order; wasm memory is little-endian.
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('Sluice rings need a little-endian platform')
}

export class SpscRing {
  /** Region bytes for a ring of this data capacity (header + data + two staging areas). */
  static bytesFor(capacityBytes: number, options: Omit<SpscRingOptions, 'capacityBytes'> = {}): number {
    const recordBytesMax = options.recordBytesMax ?? capacityBytes / 2 - ringRecordPrefixBytes
    const stagingBytes = options.stagingBytes ?? stagingBytesDefault(capacityBytes, recordBytesMax)
    return ringHeaderBytes + capacityBytes + 2 * stagingBytes
  }

  /** Writes an empty ring into [regionPtr, regionPtr + regionBytes) and attaches to it. Call once per ring. */
  static init(
    exports: RingExports,
    memory: WebAssembly.Memory,
    regionPtr: number,
    regionBytes: number,
    options: SpscRingOptions,
  ): SpscRing {
    const { capacityBytes } = options
    const recordBytesLimit = exports.ringRecordBytesLimit(capacityBytes) >>> 0
    const recordBytesMax = options.recordBytesMax ?? recordBytesLimit
    const stagingBytes = options.stagingBytes ?? stagingBytesDefault(capacityBytes, recordBytesMax)
    if (!Number.isSafeInteger(capacityBytes) || capacityBytes < 64 || capacityBytes > 2 ** 30 || (capacityBytes & (capacityBytes - 1)) !== 0) {
      throw new RangeError(`capacityBytes must be a power of two in [64, 2^30], got ${capacityBytes}`)
    }
    if (!Number.isSafeInteger(recordBytesMax) || recordBytesMax < 0 || recordBytesMax > recordBytesLimit) {
      throw new RangeError(`recordBytesMax must be in [0, ${recordBytesLimit}] for capacityBytes ${capacityBytes}, got ${recordBytesMax}`)
    }
    if (!Number.isSafeInteger(stagingBytes) || stagingBytes % 64 !== 0 || stagingBytes < slotBytes(recordBytesMax)) {
      throw new RangeError(`stagingBytes must be a multiple of 64 holding one ${recordBytesMax}-byte record, got ${stagingBytes}`)
    }
    const neededBytes = SpscRing.bytesFor(capacityBytes, { recordBytesMax, stagingBytes })
    SpscRing.assertRegion(memory, regionPtr, regionBytes, neededBytes)
    const status = exports.ringInit(regionPtr, capacityBytes, recordBytesMax, stagingBytes)
    if (status !== 0) throw new Error(`ringInit rejected capacityBytes ${capacityBytes}, recordBytesMax ${recordBytesMax}, stagingBytes ${stagingBytes} (code ${status})`)
    return new SpscRing(exports, memory, regionPtr, regionBytes)
  }

  private static assertRegion(memory: WebAssembly.Memory, regionPtr: number, regionBytes: number, neededBytes: number): void {
    if (!Number.isSafeInteger(regionPtr) || regionPtr <= 0 || regionPtr % regionAlignBytes !== 0) {
      throw new RangeError(`ring regionPtr must be a positive multiple of ${regionAlignBytes}, got ${regionPtr}`)
    }
    if (!Number.isSafeInteger(regionBytes) || regionBytes < neededBytes) {
      throw new RangeError(`ring region of ${regionBytes} bytes is smaller than the ${neededBytes} bytes it needs`)
    }
    if (regionPtr + regionBytes > memory.buffer.byteLength) {
      throw new RangeError(`ring region [${regionPtr}, ${regionPtr + regionBytes}) is outside the ${memory.buffer.byteLength}-byte memory`)
    }
  }

  readonly regionPtr: number
  readonly regionBytes: number
  readonly capacityBytes: number
  readonly recordBytesMax: number
  readonly stagingBytes: number
  /** The whole shared memory. Built once: Sluice memories never grow (host/wasm/module.ts). */
  readonly bytes: Uint8Array
  private readonly exports: RingExports
  private readonly u32: Uint32Array
  private readonly producerStagingPtr: number
  private readonly consumerStagingPtr: number
  /** Consumers park on tail, producers on head: each word changes exactly when the other side publishes. */
  private readonly dataWord: ParkWord
  private readonly spaceWord: ParkWord
  /** Staged, not yet pushed bytes: [stagedStartBytes, stagedEndBytes) of the producer staging area. */
  private stagedStartBytes = 0
  private stagedEndBytes = 0

  /** Attaches to a ring that SpscRing.init wrote (in this or another worker). */
  constructor(exports: RingExports, memory: WebAssembly.Memory, regionPtr: number, regionBytes: number) {
    assertLittleEndian()
    if (typeof exports.ringPushBatch !== 'function') throw new TypeError('exports do not include assembly/ring.ts (ringPushBatch missing)')
    if (exports.ringHeaderBytes() !== ringHeaderBytes) throw new Error(`ring header is ${exports.ringHeaderBytes()} bytes in wasm, ${ringHeaderBytes} here: rebuild`)
    const buffer = memory.buffer
    if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('SpscRing needs a shared WebAssembly.Memory')
    SpscRing.assertRegion(memory, regionPtr, regionBytes, ringHeaderBytes)
    if (exports.ringIsValid(regionPtr) === 0) throw new Error(`no ring at ${regionPtr}: call SpscRing.init before attaching`)
    this.exports = exports
    this.regionPtr = regionPtr
    this.regionBytes = regionBytes
    this.bytes = new Uint8Array(buffer)
    this.u32 = new Uint32Array(buffer)
    const i32 = new Int32Array(buffer)
    const word = regionPtr >>> 2
    this.capacityBytes = this.u32[word + ringOffsetCapacityBytes / 4]
    this.recordBytesMax = this.u32[word + ringOffsetRecordBytesMax / 4]
    this.stagingBytes = this.u32[word + ringOffsetStagingBytes / 4]
    SpscRing.assertRegion(memory, regionPtr, regionBytes, SpscRing.bytesFor(this.capacityBytes, this))
    this.producerStagingPtr = exports.ringProducerStagingPtr(regionPtr) >>> 0
    this.consumerStagingPtr = exports.ringConsumerStagingPtr(regionPtr) >>> 0
    this.dataWord = { i32, futexIndex: word + ringOffsetTail / 4, sleepersIndex: word + ringOffsetConsumerSleeping / 4 }
    this.spaceWord = { i32, futexIndex: word + ringOffsetHead / 4, sleepersIndex: word + ringOffsetProducerSleeping / 4 }
  }

  /** What another worker needs (besides the module and memory) to attach. */
  get descriptor(): RingDescriptor {
    return { ptr: this.regionPtr, bytes: this.regionBytes }
  }

  /** Bytes in the ring (records, prefixes, padding); a snapshot. */
  get usedBytes(): number {
    return this.exports.ringUsedBytes(this.regionPtr) >>> 0
  }

  // ---- producer side -------------------------------------------------------------------------------

  private assertRecordBytes(byteLength: number): void {
    if (byteLength > this.recordBytesMax) {
      throw new RangeError(
        `record of ${byteLength} bytes exceeds this ring's recordBytesMax of ${this.recordBytesMax}: split it, or init the ring with a larger recordBytesMax (at most capacityBytes / 2 - 8)`,
      )
    }
  }

  /** Staged bytes waiting for flushStaged(). */
  get stagedBytes(): number {
    return this.stagedEndBytes - this.stagedStartBytes
  }

  /**
   * Reserves a record of payloadBytes in the producer staging area and returns the absolute byte offset
   * of its payload in `bytes`, for the caller to fill in place; -1 when staging is full (flushStaged first).
   */
  stageRecord(payloadBytes: number): number {
    this.assertRecordBytes(payloadBytes)
    const recordSlotBytes = slotBytes(payloadBytes)
    if (this.stagedEndBytes + recordSlotBytes > this.stagingBytes) {
      if (this.stagedStartBytes === 0) return -1
      // Move the unflushed leftover of a partial flush to the front to make room.
      const base = this.producerStagingPtr
      this.bytes.copyWithin(base, base + this.stagedStartBytes, base + this.stagedEndBytes)
      this.stagedEndBytes -= this.stagedStartBytes
      this.stagedStartBytes = 0
      if (this.stagedEndBytes + recordSlotBytes > this.stagingBytes) return -1
    }
    const recordPtr = this.producerStagingPtr + this.stagedEndBytes
    this.u32[recordPtr >>> 2] = payloadBytes
    this.u32[(recordPtr >>> 2) + 1] = 0 // reserved
    this.stagedEndBytes += recordSlotBytes
    return recordPtr + ringRecordPrefixBytes
  }

  /** Copies a record into the staging area; false when staging is full. */
  stage(record: Uint8Array): boolean {
    const payloadPtr = this.stageRecord(record.byteLength)
    if (payloadPtr < 0) return false
    this.bytes.set(record, payloadPtr)
    return true
  }

  /** Pushes staged records into the ring in one wasm call; returns how many went in (0 when full). */
  flushStaged(): number {
    const stagedBytes = this.stagedEndBytes - this.stagedStartBytes
    if (stagedBytes === 0) return 0
    const pushed = this.exports.ringPushBatch(this.regionPtr, this.producerStagingPtr + this.stagedStartBytes, stagedBytes)
    if (pushed < 0) throw new Error(`ringPushBatch failed with code ${pushed} (${pushed === ringErrRecordTooLong ? 'record too long' : pushed === ringErrMalformedBatch ? 'malformed staging' : 'unknown'}): staging area corrupted?`)
    if (pushed === 0) return 0
    this.stagedStartBytes += this.exports.ringLastPushBytes(this.regionPtr) >>> 0
    if (this.stagedStartBytes === this.stagedEndBytes) {
      this.stagedStartBytes = 0
      this.stagedEndBytes = 0
    }
    notifyIfSleeping(this.dataWord, 1)
    return pushed
  }

  private assertNothingStaged(method: string): void {
    if (this.stagedEndBytes !== this.stagedStartBytes) {
      throw new Error(`${method} cannot run while ${this.stagedBytes} staged bytes wait: flushStaged() them first`)
    }
  }

  /** Pushes one record (one wasm call). Returns false when the ring is full; never overwrites. */
  tryPush(record: Uint8Array): boolean {
    this.assertRecordBytes(record.byteLength)
    this.assertNothingStaged('tryPush')
    this.bytes.set(record, this.producerStagingPtr)
    const pushed = this.exports.ringPush(this.regionPtr, this.producerStagingPtr, record.byteLength)
    if (pushed < 0) throw new Error(`ringPush failed with code ${pushed}`)
    if (pushed === 0) return false
    notifyIfSleeping(this.dataWord, 1)
    return true
  }

  /**
   * Pushes records[start..] in as few wasm calls as staging allows, without waiting. Returns how many
   * went in (records[start] .. records[start + n - 1]); the rest found the ring full. Throws, pushing
   * nothing, if any record is over recordBytesMax.
   */
  pushBatch(records: readonly Uint8Array[], start = 0): number {
    this.assertNothingStaged('pushBatch')
    // Validate first so a bad record throws before anything of this call is pushed.
    for (let index = start; index < records.length; index++) this.assertRecordBytes(records[index].byteLength)
    let pushedTotal = 0
    let next = start
    while (next < records.length) {
      const stagedFrom = next
      while (next < records.length && this.stage(records[next])) next++
      if (next === stagedFrom) break // unreachable: empty staging always holds one valid record
      const pushed = this.flushStaged()
      pushedTotal += pushed
      if (stagedFrom + pushed < next) {
        // Ring full: drop what did not go in; the caller still holds those records.
        this.stagedStartBytes = 0
        this.stagedEndBytes = 0
        break
      }
    }
    return pushedTotal
  }

  /** Pushes all of records[start..], parking while full (Atomics.wait: workers). Returns how many went in before a timeout. */
  pushBatchBlocking(records: readonly Uint8Array[], start = 0, options: WaitOptions = {}): number {
    let pushedTotal = this.pushBatch(records, start)
    while (start + pushedTotal < records.length) {
      const progressed = parkUntil(() => {
        const pushed = this.pushBatch(records, start + pushedTotal)
        pushedTotal += pushed
        return pushed > 0
      }, this.spaceWord, options)
      if (!progressed) break
    }
    return pushedTotal
  }

  /** Pushes all of records[start..], waiting for space with Atomics.waitAsync. Resolves with how many went in before a timeout. */
  async pushBatchAsync(records: readonly Uint8Array[], start = 0, options: WaitOptions = {}): Promise<number> {
    let pushedTotal = this.pushBatch(records, start)
    while (start + pushedTotal < records.length) {
      const progressed = await parkUntilAsync(() => {
        const pushed = this.pushBatch(records, start + pushedTotal)
        pushedTotal += pushed
        return pushed > 0
      }, this.spaceWord, options)
      if (!progressed) break
    }
    return pushedTotal
  }

  /** Flushes every staged record, parking while the ring is full (workers). False if the timeout hit first. */
  flushStagedBlocking(options: WaitOptions = {}): boolean {
    while (this.stagedBytes > 0) {
      if (!parkUntil(() => this.flushStaged() > 0, this.spaceWord, options)) return false
    }
    return true
  }

  /** Flushes every staged record, waiting for space with Atomics.waitAsync. False if the timeout hit first. */
  async flushStagedAsync(options: WaitOptions = {}): Promise<boolean> {
    while (this.stagedBytes > 0) {
      if (!(await parkUntilAsync(() => this.flushStaged() > 0, this.spaceWord, options))) return false
    }
    return true
  }

  // ---- consumer side -------------------------------------------------------------------------------

  /**
   * Pops up to recordsMax records in one wasm call and calls visit for each, in order. The views point
   * into the consumer staging area and are overwritten by the next pop. Returns the count (0 if empty).
   */
  popBatch(visit: RecordVisitor, recordsMax = recordsPerCallMax): number {
    if (!(recordsMax >= 1)) throw new RangeError(`recordsMax must be >= 1, got ${recordsMax}`)
    const popped = this.exports.ringPopBatch(this.regionPtr, this.consumerStagingPtr, this.stagingBytes, Math.min(recordsMax, recordsPerCallMax))
    if (popped < 0) throw new Error(`ringPopBatch failed with code ${popped}${popped === ringErrDestinationTooSmall ? ' (staging smaller than a record)' : ''}`)
    if (popped === 0) return 0
    // Space is free the moment head moved; wake the producer before we spend time visiting.
    notifyIfSleeping(this.spaceWord, 1)
    const u32 = this.u32
    const bytes = this.bytes
    let recordPtr = this.consumerStagingPtr
    for (let index = 0; index < popped; index++) {
      const payloadBytes = u32[recordPtr >>> 2]
      visit(bytes, recordPtr + ringRecordPrefixBytes, payloadBytes)
      recordPtr += slotBytes(payloadBytes)
    }
    return popped
  }

  /** Pops one record as a copy (one wasm call); null when empty. */
  tryPop(): Uint8Array | null {
    const payloadBytes = this.exports.ringPop(this.regionPtr, this.consumerStagingPtr, this.stagingBytes)
    if (payloadBytes === ringEmpty) return null
    if (payloadBytes < 0) throw new Error(`ringPop failed with code ${payloadBytes}`)
    notifyIfSleeping(this.spaceWord, 1)
    return this.bytes.slice(this.consumerStagingPtr, this.consumerStagingPtr + payloadBytes)
  }

  /** popBatch that parks while empty (Atomics.wait: workers). Returns the count, 0 after a timeout. */
  popBatchBlocking(visit: RecordVisitor, options: PopOptions = {}): number {
    let popped = 0
    parkUntil(() => (popped = this.popBatch(visit, options.recordsMax)) > 0, this.dataWord, options)
    return popped
  }

  /** popBatch that waits for data with Atomics.waitAsync (main threads). Resolves with the count, 0 after a timeout. */
  async popBatchAsync(visit: RecordVisitor, options: PopOptions = {}): Promise<number> {
    let popped = 0
    await parkUntilAsync(() => (popped = this.popBatch(visit, options.recordsMax)) > 0, this.dataWord, options)
    return popped
  }
}
