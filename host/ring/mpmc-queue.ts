// Host side of the bounded MPMC queue of fixed-size cells (assembly/mpmc.ts, Vyukov's design).
//
// Every MpmcQueue object claims one of the region's handle slots (its private staging area) when it
// attaches and gives it back in close(); create one per thread that uses the queue. Another worker attaches
// with `{ module, memory, ptr, bytes }` (see `descriptor`). A worker that exits without close() leaks its
// slot until the queue is re-initialised.

import type { SluiceExports } from '../wasm/module.js'
import { bumpAndNotifyIfSleeping, parkUntil, parkUntilAsync, type ParkWord, type WaitOptions } from './park.js'

export interface MpmcExports extends SluiceExports {
  readonly mpmcRegionBytes: (capacityCells: number, payloadBytes: number, handlesMax: number, stagingCells: number) => number
  readonly mpmcInit: (queue: number, capacityCells: number, payloadBytes: number, handlesMax: number, stagingCells: number) => number
  readonly mpmcIsValid: (queue: number) => number
  readonly mpmcStagingPtr: (queue: number, handle: number) => number
  readonly mpmcSizeApprox: (queue: number) => number
  readonly mpmcEnqueueBatch: (queue: number, srcPtr: number, count: number) => number
  readonly mpmcDequeueBatch: (queue: number, dstPtr: number, countMax: number) => number
  readonly mpmcEnqueue: (queue: number, srcPtr: number) => number
  readonly mpmcDequeue: (queue: number, dstPtr: number) => number
}

// Mirrors of assembly/mpmc.ts.
const mpmcOffsetCapacityCells = 4
const mpmcOffsetPayloadBytes = 8
const mpmcOffsetHandlesMax = 16
const mpmcOffsetStagingCells = 20
const mpmcOffsetProducersSleeping = 192
const mpmcOffsetSpaceEpoch = 196
const mpmcOffsetConsumersSleeping = 256
const mpmcOffsetItemsEpoch = 260
const mpmcOffsetHandleClaims = 320
const regionAlignBytes = 64

export interface MpmcQueueOptions {
  /** Cells: a power of two in [2, 2^30]. */
  readonly capacityCells: number
  /** Payload bytes per cell, a multiple of 8 in [8, 1024]. Default 8. */
  readonly payloadBytes?: number
  /** MpmcQueue objects that may be attached at once (threads), in [1, 16]. Default 8. */
  readonly handlesMax?: number
  /** Cells per batch call (each handle's staging area). Default 256. */
  readonly stagingCells?: number
}

export interface MpmcDescriptor {
  readonly ptr: number
  readonly bytes: number
}

export class MpmcQueue {
  /** Region bytes for this configuration; throws if it is invalid. */
  static bytesFor(exports: MpmcExports, options: MpmcQueueOptions): number {
    const { capacityCells, payloadBytes = 8, handlesMax = 8, stagingCells = 256 } = options
    const regionBytes = exports.mpmcRegionBytes(capacityCells, payloadBytes, handlesMax, stagingCells) >>> 0
    if (regionBytes === 0) {
      throw new RangeError(
        `invalid MPMC queue: capacityCells ${capacityCells} (power of two in [2, 2^30]), payloadBytes ${payloadBytes} (multiple of 8 in [8, 1024]), handlesMax ${handlesMax} ([1, 16]), stagingCells ${stagingCells} (>= 1)`,
      )
    }
    return regionBytes
  }

  /** Writes an empty queue into the region and attaches to it. Call once, before other workers attach. */
  static init(exports: MpmcExports, memory: WebAssembly.Memory, regionPtr: number, regionBytes: number, options: MpmcQueueOptions): MpmcQueue {
    const { capacityCells, payloadBytes = 8, handlesMax = 8, stagingCells = 256 } = options
    const neededBytes = MpmcQueue.bytesFor(exports, options)
    MpmcQueue.assertRegion(memory, regionPtr, regionBytes, neededBytes)
    const status = exports.mpmcInit(regionPtr, capacityCells, payloadBytes, handlesMax, stagingCells)
    if (status !== 0) throw new Error(`mpmcInit rejected the configuration (code ${status})`)
    return new MpmcQueue(exports, memory, regionPtr, regionBytes)
  }

  private static assertRegion(memory: WebAssembly.Memory, regionPtr: number, regionBytes: number, neededBytes: number): void {
    if (!Number.isSafeInteger(regionPtr) || regionPtr <= 0 || regionPtr % regionAlignBytes !== 0) {
      throw new RangeError(`queue regionPtr must be a positive multiple of ${regionAlignBytes}, got ${regionPtr}`)
    }
    if (!Number.isSafeInteger(regionBytes) || regionBytes < neededBytes) {
      throw new RangeError(`queue region of ${regionBytes} bytes is smaller than the ${neededBytes} bytes it needs`)
    }
    if (regionPtr + regionBytes > memory.buffer.byteLength) {
      throw new RangeError(`queue region [${regionPtr}, ${regionPtr + regionBytes}) is outside the ${memory.buffer.byteLength}-byte memory`)
    }
  }

  readonly regionPtr: number
  readonly regionBytes: number
  readonly capacityCells: number
  readonly payloadBytes: number
  /** Cells moved per wasm call at most. */
  readonly stagingCells: number
  /** This object's handle slot (which staging area it uses). */
  readonly handle: number
  private readonly exports: MpmcExports
  private readonly bytes: Uint8Array
  private readonly i32: Int32Array
  private readonly stagingPtr: number
  private readonly itemsWord: ParkWord
  private readonly spaceWord: ParkWord
  private closed = false

  /** Attaches to a queue that MpmcQueue.init wrote and claims a handle slot; throws if all are taken. */
  constructor(exports: MpmcExports, memory: WebAssembly.Memory, regionPtr: number, regionBytes: number) {
    if (typeof exports.mpmcEnqueueBatch !== 'function') throw new TypeError('exports do not include assembly/mpmc.ts (mpmcEnqueueBatch missing)')
    const buffer = memory.buffer
    if (!(buffer instanceof SharedArrayBuffer)) throw new TypeError('MpmcQueue needs a shared WebAssembly.Memory')
    MpmcQueue.assertRegion(memory, regionPtr, regionBytes, 384)
    if (exports.mpmcIsValid(regionPtr) === 0) throw new Error(`no MPMC queue at ${regionPtr}: call MpmcQueue.init before attaching`)
    this.exports = exports
    this.regionPtr = regionPtr
    this.regionBytes = regionBytes
    this.bytes = new Uint8Array(buffer)
    const u32 = new Uint32Array(buffer)
    const i32 = new Int32Array(buffer)
    this.i32 = i32
    const word = regionPtr >>> 2
    this.capacityCells = u32[word + mpmcOffsetCapacityCells / 4]
    this.payloadBytes = u32[word + mpmcOffsetPayloadBytes / 4]
    this.stagingCells = u32[word + mpmcOffsetStagingCells / 4]
    const handlesMax = u32[word + mpmcOffsetHandlesMax / 4]
    MpmcQueue.assertRegion(memory, regionPtr, regionBytes, exports.mpmcRegionBytes(this.capacityCells, this.payloadBytes, handlesMax, this.stagingCells) >>> 0)
    let handle = -1
    for (let slot = 0; slot < handlesMax; slot++) {
      if (Atomics.compareExchange(i32, word + mpmcOffsetHandleClaims / 4 + slot, 0, 1) === 0) {
        handle = slot
        break
      }
    }
    if (handle < 0) throw new Error(`all ${handlesMax} handles of the MPMC queue at ${regionPtr} are attached: close() one, or init with a larger handlesMax`)
    this.handle = handle
    this.stagingPtr = exports.mpmcStagingPtr(regionPtr, handle) >>> 0
    this.itemsWord = { i32, futexIndex: word + mpmcOffsetItemsEpoch / 4, sleepersIndex: word + mpmcOffsetConsumersSleeping / 4 }
    this.spaceWord = { i32, futexIndex: word + mpmcOffsetSpaceEpoch / 4, sleepersIndex: word + mpmcOffsetProducersSleeping / 4 }
  }

  get descriptor(): MpmcDescriptor {
    return { ptr: this.regionPtr, bytes: this.regionBytes }
  }

  /** Items in the queue, a snapshot. */
  get sizeApprox(): number {
    return this.exports.mpmcSizeApprox(this.regionPtr) >>> 0
  }

  /** Gives the handle slot back. The object is unusable afterwards. */
  close(): void {
    if (this.closed) return
    this.closed = true
    Atomics.store(this.i32, (this.regionPtr >>> 2) + mpmcOffsetHandleClaims / 4 + this.handle, 0)
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MpmcQueue used after close()')
  }

  private assertPayloads(src: Uint8Array, count: number): void {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`)
    if (src.byteLength < count * this.payloadBytes) {
      throw new RangeError(`${count} payloads of ${this.payloadBytes} bytes need ${count * this.payloadBytes} bytes, the buffer has ${src.byteLength}`)
    }
  }

  /** Enqueues one payload (its first payloadBytes bytes). False when full. */
  tryEnqueue(payload: Uint8Array): boolean {
    return this.enqueueBatch(payload, 1) === 1
  }

  /** Dequeues one payload into dst. False when empty. */
  tryDequeue(dst: Uint8Array): boolean {
    return this.dequeueBatch(dst, 1) === 1
  }

  /**
   * Enqueues up to `count` packed payloads from src (at most stagingCells per call), in order, without
   * waiting. Returns how many went in; the rest found the queue full.
   */
  enqueueBatch(src: Uint8Array, count = Math.floor(src.byteLength / this.payloadBytes)): number {
    this.assertOpen()
    this.assertPayloads(src, count)
    const cells = Math.min(count, this.stagingCells)
    if (cells === 0) return 0
    this.bytes.set(src.subarray(0, cells * this.payloadBytes), this.stagingPtr)
    const enqueued = this.exports.mpmcEnqueueBatch(this.regionPtr, this.stagingPtr, cells) >>> 0
    if (enqueued > 0) bumpAndNotifyIfSleeping(this.itemsWord, enqueued)
    return enqueued
  }

  /** Dequeues up to countMax payloads (at most stagingCells) into dst, packed. Returns how many; 0 when empty. */
  dequeueBatch(dst: Uint8Array, countMax = Math.floor(dst.byteLength / this.payloadBytes)): number {
    this.assertOpen()
    this.assertPayloads(dst, countMax)
    const cells = Math.min(countMax, this.stagingCells)
    if (cells === 0) return 0
    const dequeued = this.exports.mpmcDequeueBatch(this.regionPtr, this.stagingPtr, cells) >>> 0
    if (dequeued === 0) return 0
    bumpAndNotifyIfSleeping(this.spaceWord, dequeued)
    dst.set(this.bytes.subarray(this.stagingPtr, this.stagingPtr + dequeued * this.payloadBytes))
    return dequeued
  }

  /** Enqueues all `count` payloads, parking while full (Atomics.wait: workers). Returns how many went in before a timeout. */
  enqueueAllBlocking(src: Uint8Array, count = Math.floor(src.byteLength / this.payloadBytes), options: WaitOptions = {}): number {
    let enqueuedTotal = 0
    while (enqueuedTotal < count) {
      const progressed = parkUntil(() => {
        const enqueued = this.enqueueBatch(src.subarray(enqueuedTotal * this.payloadBytes), count - enqueuedTotal)
        enqueuedTotal += enqueued
        return enqueued > 0
      }, this.spaceWord, options)
      if (!progressed) break
    }
    return enqueuedTotal
  }

  /** Like enqueueAllBlocking, waiting with Atomics.waitAsync. */
  async enqueueAllAsync(src: Uint8Array, count = Math.floor(src.byteLength / this.payloadBytes), options: WaitOptions = {}): Promise<number> {
    let enqueuedTotal = 0
    while (enqueuedTotal < count) {
      const progressed = await parkUntilAsync(() => {
        const enqueued = this.enqueueBatch(src.subarray(enqueuedTotal * this.payloadBytes), count - enqueuedTotal)
        enqueuedTotal += enqueued
        return enqueued > 0
      }, this.spaceWord, options)
      if (!progressed) break
    }
    return enqueuedTotal
  }

  /** dequeueBatch that parks while empty (workers). Returns the count, 0 after a timeout. */
  dequeueBatchBlocking(dst: Uint8Array, countMax = Math.floor(dst.byteLength / this.payloadBytes), options: WaitOptions = {}): number {
    let dequeued = 0
    parkUntil(() => (dequeued = this.dequeueBatch(dst, countMax)) > 0, this.itemsWord, options)
    return dequeued
  }

  /** dequeueBatch that waits with Atomics.waitAsync. Resolves with the count, 0 after a timeout. */
  async dequeueBatchAsync(dst: Uint8Array, countMax = Math.floor(dst.byteLength / this.payloadBytes), options: WaitOptions = {}): Promise<number> {
    let dequeued = 0
    await parkUntilAsync(() => (dequeued = this.dequeueBatch(dst, countMax)) > 0, this.itemsWord, options)
    return dequeued
  }
}
