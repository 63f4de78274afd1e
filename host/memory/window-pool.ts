// Partition windows come from one pool at the end of the shared memory, allocated on a partition's first
// use (so a million idle topics cost no window memory) and returned when their topic is deleted. Allocation
// is rare, so a lock in shared memory is enough; the hot paths never touch it.
//
// Every allocation is appended to the allocation log, which subscribers tail to learn, in O(new), that a
// partition they wait on now has a window.

import { CapacityError } from '../engine/errors.js'
import { Control, PartitionField, alignUp, cacheLineBytes, freeWindowEntryWords, partitionEntryWords } from './layout.js'
import { type SharedState, windowHeaderBytes } from './shared.js'

export class WindowPool {
  constructor(private readonly shared: SharedState) {}

  private partitionWord(globalPartition: number, field: number): number {
    return (this.shared.layout.partitions.offset >>> 2) + globalPartition * partitionEntryWords + field
  }

  /** The partition's window pointer, 0 while it has none. */
  windowOf(globalPartition: number): number {
    return Atomics.load(this.shared.i32, this.partitionWord(globalPartition, PartitionField.window))
  }

  /** Word index of the futex bumped when the partition gets (or loses) its window. */
  partitionFutexIndex(globalPartition: number): number {
    return this.partitionWord(globalPartition, PartitionField.futex)
  }

  /** Where a new window of the partition starts numbering: its log's end offset (durable topics), else 0. */
  setStartOffset(globalPartition: number, offset: number): void {
    this.shared.storeOffset(this.partitionWord(globalPartition, PartitionField.startOffsetLow), offset)
  }

  startOffset(globalPartition: number): number {
    return this.shared.loadOffset(this.partitionWord(globalPartition, PartitionField.startOffsetLow))
  }

  /** The first offset still in a durable partition's log (the opener keeps it current). */
  logStartOffset(globalPartition: number): number {
    return this.shared.loadOffset(this.partitionWord(globalPartition, PartitionField.logStartOffsetLow))
  }

  setLogStartOffset(globalPartition: number, offset: number): void {
    this.shared.storeOffset(this.partitionWord(globalPartition, PartitionField.logStartOffsetLow), offset)
  }

  /** Offsets below this are durable (on disk under the topic's durability setting). */
  durableOffset(globalPartition: number): number {
    return this.shared.loadOffset(this.partitionWord(globalPartition, PartitionField.durableOffsetLow))
  }

  /** Word index of the futex bumped whenever the durable offset (or the durable error) changes. */
  durableFutexIndex(globalPartition: number): number {
    return this.partitionWord(globalPartition, PartitionField.durableSequence)
  }

  /** Non-zero once the partition's log failed (it is read-only): publishers stop waiting and fail. */
  durableError(globalPartition: number): number {
    return Atomics.load(this.shared.i32, this.partitionWord(globalPartition, PartitionField.durableError))
  }

  /** The persister reports progress (or a failure code) and wakes publishers waiting for durability. */
  publishDurable(globalPartition: number, offset: number, errorCode = 0): void {
    this.shared.storeOffset(this.partitionWord(globalPartition, PartitionField.durableOffsetLow), offset)
    if (errorCode !== 0) Atomics.store(this.shared.i32, this.partitionWord(globalPartition, PartitionField.durableError), errorCode)
    this.shared.bump(this.durableFutexIndex(globalPartition))
  }

  /** Returns the partition's window, allocating and initialising it on first use. */
  ensureWindow(globalPartition: number, windowBytes: number, entryBytesMax: number, topicName: string, durable = false): number {
    const existing = this.windowOf(globalPartition)
    if (existing !== 0) return existing
    const shared = this.shared
    const { i32, layout } = shared
    const lockIndex = shared.controlIndex(Control.poolLock)
    const regionBytes = alignUp(windowHeaderBytes + windowBytes, cacheLineBytes)
    let window: number
    shared.lock(lockIndex, 'window pool')
    try {
      const raced = this.windowOf(globalPartition)
      if (raced !== 0) return raced
      window = this.takeFree(regionBytes)
      if (window === 0) {
        const used = i32[shared.controlIndex(Control.poolBumpOffset)]
        if (used + regionBytes > layout.windowPool.bytes) {
          throw new CapacityError(
            `no memory for a ${windowBytes}-byte window for a partition of ${JSON.stringify(topicName)}: ` +
              `${used} of ${layout.windowPool.bytes} pool bytes are in use`,
            layout.windowPool.bytes,
            'raise memoryBytes, lower windowBytes, or delete unused topics',
          )
        }
        window = layout.windowPool.offset + used
        i32[shared.controlIndex(Control.poolBumpOffset)] = used + regionBytes
      }
      const startOffset = shared.loadOffset(this.partitionWord(globalPartition, PartitionField.startOffsetLow))
      shared.wasm.windowInit(window, windowBytes, entryBytesMax, globalPartition, startOffset, durable)
      Atomics.store(i32, this.partitionWord(globalPartition, PartitionField.window), window)
      const logIndex = i32[shared.controlIndex(Control.allocationCount)]
      // Each partition is allocated at most once (partition entries are never reused), so the log, sized
      // partitionsMax, cannot overflow.
      Atomics.store(i32, (layout.allocationLog.offset >>> 2) + logIndex, globalPartition)
      Atomics.store(i32, shared.controlIndex(Control.allocationCount), logIndex + 1)
    } finally {
      shared.unlock(lockIndex)
    }
    shared.bump(this.partitionFutexIndex(globalPartition))
    shared.bump(shared.controlIndex(Control.allocationSequence))
    return window
  }

  /**
   * Carves `bytes` (64-byte aligned) out of the pool for another mechanism that lives in the shared memory
   * (the ingest's rings and dedup table). Reserved regions are never returned: reserve at start-up.
   */
  reserveRegion(bytes: number, purpose: string): number {
    if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new RangeError(`a reserved region needs a positive byte count, got ${bytes}`)
    const shared = this.shared
    const { i32, layout } = shared
    const regionBytes = alignUp(bytes, cacheLineBytes)
    const lockIndex = shared.controlIndex(Control.poolLock)
    shared.lock(lockIndex, 'window pool')
    try {
      const used = i32[shared.controlIndex(Control.poolBumpOffset)]
      if (used + regionBytes > layout.windowPool.bytes) {
        throw new CapacityError(`no memory for ${regionBytes} bytes of ${purpose}: ${used} of ${layout.windowPool.bytes} pool bytes are in use`, layout.windowPool.bytes, 'raise memoryBytes')
      }
      i32[shared.controlIndex(Control.poolBumpOffset)] = used + regionBytes
      return layout.windowPool.offset + used
    } finally {
      shared.unlock(lockIndex)
    }
  }

  /** First free window of exactly `regionBytes`, removed from the free list; 0 if none. Under the lock. */
  private takeFree(regionBytes: number): number {
    const { i32, layout } = this.shared
    const countIndex = this.shared.controlIndex(Control.freeWindowCount)
    const count = i32[countIndex]
    const base = layout.freeWindows.offset >>> 2
    for (let i = 0; i < count; i++) {
      if (i32[base + i * freeWindowEntryWords + 1] === regionBytes) {
        const window = i32[base + i * freeWindowEntryWords]
        const last = count - 1
        i32[base + i * freeWindowEntryWords] = i32[base + last * freeWindowEntryWords]
        i32[base + i * freeWindowEntryWords + 1] = i32[base + last * freeWindowEntryWords + 1]
        i32[countIndex] = last
        return window
      }
    }
    return 0
  }

  /** Retires the partition's window (stale pointers elsewhere are refused from now on) and frees it. */
  release(globalPartition: number, windowBytes: number): void {
    const shared = this.shared
    const { i32, layout } = shared
    const lockIndex = shared.controlIndex(Control.poolLock)
    shared.lock(lockIndex, 'window pool')
    let window: number
    try {
      window = this.windowOf(globalPartition)
      if (window === 0) return
      shared.wasm.windowRetire(window)
      Atomics.store(i32, this.partitionWord(globalPartition, PartitionField.window), 0)
      const countIndex = shared.controlIndex(Control.freeWindowCount)
      const count = i32[countIndex]
      if (count < layout.freeWindowsMax) {
        const base = layout.freeWindows.offset >>> 2
        i32[base + count * freeWindowEntryWords] = window
        i32[base + count * freeWindowEntryWords + 1] = alignUp(windowHeaderBytes + windowBytes, cacheLineBytes)
        i32[countIndex] = count + 1
      }
    } finally {
      shared.unlock(lockIndex)
    }
    shared.bump(this.partitionFutexIndex(globalPartition))
  }
}
