// One worker's view of the shared memory: the wasm exports of its own instance, typed-array views over the
// one buffer (it never grows, so the views never go stale), and the layout every worker agreed on.

import { type Layout } from './layout.js'

/** The wasm exports this host calls, typed (see assembly/window.ts for the contracts). */
export interface WindowExports {
  windowInit(window: number, capacityBytes: number, entryBytesMax: number, owner: number, startOffset: number, persisterGate: boolean): void
  windowAppend(window: number, owner: number, stagingPtr: number, stagingBytes: number, recordCount: number, timestampMs: number): number
  windowRetire(window: number): void
  windowSeek(window: number, offset: number): number
  windowRead(window: number, owner: number, gateSlot: number, cursorPtr: number, dstPtr: number, dstCapacityBytes: number, recordsMax: number): number
  windowGateClaim(window: number, position: number): number
  windowGateRelease(window: number, slot: number): void
  windowWritersWaiting(window: number, delta: number): number
  windowProgressAddress(window: number): number
  windowWaiters(window: number, delta: number): number
  windowNextOffset(window: number): number
  windowHeadOffset(window: number): number
  windowSequenceAddress(window: number): number
  heapBase(): number
}

export const windowHeaderBytes = 320
export const windowGatesMax = 8

export const WindowResult = { busy: -1, badBatch: -2, missed: -3, overrun: -4, gone: -5, full: -6, tooBig: -7 } as const

export class SharedState {
  readonly i32: Int32Array
  readonly u8: Uint8Array
  readonly view: DataView

  constructor(
    readonly memory: WebAssembly.Memory,
    readonly wasm: WindowExports,
    readonly layout: Layout,
  ) {
    const buffer = memory.buffer
    if (buffer.byteLength < layout.memoryBytes) {
      throw new RangeError(`shared memory has ${buffer.byteLength} bytes, the layout needs ${layout.memoryBytes}`)
    }
    this.i32 = new Int32Array(buffer)
    this.u8 = new Uint8Array(buffer)
    this.view = new DataView(buffer)
  }

  /** Index into `i32` of word `word` of the region starting at byte `regionOffset`. */
  wordIndex(regionOffset: number, word: number): number {
    return (regionOffset >>> 2) + word
  }

  controlIndex(word: number): number {
    return (this.layout.control.offset >>> 2) + word
  }

  /**
   * Takes a spin lock on word `index`. Locks here guard short table updates (topic creation, window
   * allocation), never I/O; a holder that stays past `spinsMax` most likely died mid-update, and waiting
   * forever would hang every worker, so we fail loudly instead.
   */
  lock(index: number, what: string, spinsMax = 50_000_000): void {
    for (let spins = 0; spins < spinsMax; spins++) {
      if (Atomics.compareExchange(this.i32, index, 0, 1) === 0) return
    }
    throw new Error(`the ${what} lock stayed taken for ${spinsMax} spins: a worker may have died while holding it`)
  }

  unlock(index: number): void {
    Atomics.store(this.i32, index, 0)
  }

  /** A non-negative integer below 2^53 kept in two Int32 words (low, high). */
  loadOffset(lowIndex: number): number {
    // High word first: writers store low then high, and offsets only grow, so a torn read errs low.
    const high = Atomics.load(this.i32, lowIndex + 1)
    return (Atomics.load(this.i32, lowIndex) >>> 0) + high * 2 ** 32
  }

  storeOffset(lowIndex: number, offset: number): void {
    Atomics.store(this.i32, lowIndex, offset % 2 ** 32 | 0)
    Atomics.store(this.i32, lowIndex + 1, Math.floor(offset / 2 ** 32))
  }

  /**
   * Sets a windowRead cursor (assembly/window.ts): byte position and offset as u64 halves, so no BigInt is
   * made per read.
   */
  writeReadCursor(cursorPtr: number, position: number, offset: number): void {
    const view = this.view
    view.setUint32(cursorPtr, position % 2 ** 32, true)
    view.setUint32(cursorPtr + 4, Math.floor(position / 2 ** 32), true)
    view.setUint32(cursorPtr + 8, offset % 2 ** 32, true)
    view.setUint32(cursorPtr + 12, Math.floor(offset / 2 ** 32), true)
  }

  /** The position a windowRead left in its cursor. */
  readCursorPosition(cursorPtr: number): number {
    return this.view.getUint32(cursorPtr, true) + this.view.getUint32(cursorPtr + 4, true) * 2 ** 32
  }

  /** The next offset a windowRead left in its cursor. */
  readCursorOffset(cursorPtr: number): number {
    return this.view.getUint32(cursorPtr + 8, true) + this.view.getUint32(cursorPtr + 12, true) * 2 ** 32
  }

  /** Bumps a futex sequence word and wakes everyone parked on it. */
  bump(index: number): void {
    Atomics.add(this.i32, index, 1)
    Atomics.notify(this.i32, index)
  }
}
