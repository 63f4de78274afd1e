// A subscription reads partitions by offset straight out of their shared windows: N subscribers of a topic
// share one copy of its records (no per-subscriber queue). Each read copies a span of whole records in one
// wasm call into this worker's read buffer, then once more into a private buffer the messages view.
//
// Waiting: poll briefly (spinMicros), then park with Atomics.waitAsync on the sequence words of the
// partitions it reads, registered as a waiter so publishers notify only when someone sleeps. Patterns
// also park on the directory's topic sequence (new topics) and idle partitions on the allocation sequence
// (a window appeared), tailing the allocation log so a million idle partitions cost nothing per wake-up.

import { type Engine, parkOn } from './engine.js'
import type { PartitionLogReader } from '../log/partition-log-reader.js'
import { CapacityError, RecordsMissedError } from './errors.js'
import { type TopicRef } from './directory.js'
import { type Message, batchesToEntries, countBatches, decodeBatches, decodeEntries, nextOffsetAfter } from './record-format.js'
import { RecordBatchView } from './record-batch.js'
import { compilePattern, type TopicPattern } from './pattern.js'
import { Control } from '../memory/layout.js'
import { WindowResult, windowGatesMax } from '../memory/shared.js'

export type StartPosition = 'earliest' | 'latest' | { readonly offset: number }

export interface SubscribeOptions {
  /** Where to start in partitions that exist now; partitions created later are read from their start. Default 'latest'. */
  from?: StartPosition
  /** Only these partitions (literal topic names only). Default all. */
  partitions?: readonly number[]
  /** Record batches copied per read, at most (the read buffer bounds it too). Default 4,096. */
  batchesPerReadMax?: number
  /** How long to keep polling before parking, in microseconds. Spinning trades a core for latency. Default 50. */
  spinMicros?: number
  /** What to do when the subscriber falls out of a window: throw RecordsMissedError (default) or skip silently. */
  onMissed?: 'throw' | 'skip'
  /**
   * Hold publishers back instead of falling behind: publishes to a partition whose window is full up to this
   * subscriber's position wait (up to the engine's publishTimeoutMs) until it reads. At most 8 such
   * subscribers per partition. Default false: a slow subscriber misses records instead.
   */
  backpressure?: boolean
  /**
   * Exactly these partitions, each from its own start (a consumer-group member's assignment, see
   * host/engine/group-member.ts); the topic/pattern argument is then unused. Not with `from` or `partitions`.
   */
  assigned?: readonly AssignedPartition[]
}

export interface AssignedPartition {
  readonly topic: string
  readonly partition: number
  readonly from: StartPosition
}

interface Cursor {
  readonly topic: TopicRef
  readonly partition: number
  readonly globalPartition: number
  window: number
  position: number
  offset: number
  /** Records below this offset are dropped after a read (a start offset ahead of the window's next offset). */
  skipBelow: number
  /** The window's sequence word as of our last read: the value to park on. */
  sequenceSeen: number
  /** The backpressure gate this cursor holds in its window, or -1. */
  gate: number
  /** Behind the window of a durable topic: read from the log until it catches up. */
  fromDisk: boolean
}

const twoPow32 = 2 ** 32
/** Pending waitAsync calls end by themselves after this; it bounds what a parked subscriber leaves behind. */
const parkMsMax = 1_000
/** A reader behind both the window and the durable offset waits this long for the persister at most per turn. */
const durableWaitMs = 100

function hasWildcard(pattern: string): boolean {
  return pattern.split('.').some((token) => token === '*' || token === '>')
}

export class Subscription implements AsyncIterableIterator<Message> {
  private readonly pattern: TopicPattern | null
  private readonly from: StartPosition
  private readonly batchesPerReadMax: number
  private readonly spinMicros: number
  private readonly onMissed: 'throw' | 'skip'
  private readonly backpressure: boolean
  private readonly active: Cursor[] = []
  private readonly idle = new Map<number, Cursor>()
  private readonly literalTopic: TopicRef | null
  /**
   * Topics read whole (pattern matches, a literal topic without `partitions`), by index, as last seen: when
   * one grows (createPartitions) its new partitions are read from their start, as a Kafka consumer picks
   * them up from metadata.
   */
  private readonly followed = new Map<number, TopicRef>()
  private topicsSeen = 0
  private topicSequenceSeen = 0
  private allocationsSeen = 0
  private allocationSequenceSeen = 0
  private nextCursor = 0
  /** Read-only log readers of durable partitions (attached engines only), by global partition. */
  private readonly logReaders = new Map<number, Promise<PartitionLogReader>>()
  private queue: Message[] = []
  private queueHead = 0
  private closed = false
  private pendingView: RecordBatchView | null = null
  private wakeOnClose: () => void = () => {}
  private readonly closedPromise: Promise<void>

  constructor(
    private readonly engine: Engine,
    pattern: string,
    options: SubscribeOptions,
    private readonly onClose: () => void,
  ) {
    if (typeof pattern !== 'string') throw new TypeError(`subscribe needs a topic name or pattern string, got ${typeof pattern}`)
    this.from = options.from ?? 'latest'
    if (typeof this.from === 'object' && (!Number.isSafeInteger(this.from.offset) || this.from.offset < 0)) {
      throw new RangeError(`from.offset must be a non-negative integer, got ${String(this.from.offset)}`)
    }
    this.batchesPerReadMax = options.batchesPerReadMax ?? 4096
    this.spinMicros = options.spinMicros ?? 50
    this.onMissed = options.onMissed ?? 'throw'
    this.backpressure = options.backpressure ?? false
    this.closedPromise = new Promise((resolve) => (this.wakeOnClose = resolve))
    const { shared, directory } = engine
    this.topicSequenceSeen = Atomics.load(shared.i32, shared.controlIndex(Control.topicSequence))
    this.allocationSequenceSeen = Atomics.load(shared.i32, shared.controlIndex(Control.allocationSequence))
    this.allocationsSeen = Atomics.load(shared.i32, shared.controlIndex(Control.allocationCount))
    if (options.assigned !== undefined) {
      if (options.partitions !== undefined || options.from !== undefined) throw new TypeError('the assigned option names each partition and its start: use it without partitions or from')
      this.pattern = null
      this.literalTopic = null
      for (const { topic, partition, from } of options.assigned) {
        const ref = engine.topicRef(topic)
        if (!Number.isInteger(partition) || partition < 0 || partition >= ref.partitionCount) throw new RangeError(`topic ${JSON.stringify(topic)} has partitions 0..${ref.partitionCount - 1}, not ${partition}`)
        if (typeof from === 'object' && (!Number.isSafeInteger(from.offset) || from.offset < 0)) throw new RangeError(`assigned ${topic}[${partition}] from.offset must be a non-negative integer, got ${String(from.offset)}`)
        this.addCursor(ref, partition, from)
      }
    } else if (hasWildcard(pattern)) {
      if (options.partitions !== undefined) throw new TypeError('the partitions option needs a literal topic name, not a pattern')
      this.pattern = compilePattern(pattern)
      this.literalTopic = null
      this.topicsSeen = directory.topicCount()
      for (let index = 0; index < this.topicsSeen; index++) {
        if (directory.isLive(index) && this.pattern.matches(directory.nameOf(index))) this.addTopic(directory.refOf(index), this.from)
      }
    } else {
      this.pattern = null
      this.literalTopic = engine.topicRef(pattern)
      if (options.partitions === undefined) this.followed.set(this.literalTopic.index, this.literalTopic)
      const partitions = options.partitions ?? Array.from({ length: this.literalTopic.partitionCount }, (_, p) => p)
      for (const partition of partitions) {
        if (!Number.isInteger(partition) || partition < 0 || partition >= this.literalTopic.partitionCount) {
          throw new RangeError(`topic ${JSON.stringify(pattern)} has partitions 0..${this.literalTopic.partitionCount - 1}, not ${partition}`)
        }
        this.addCursor(this.literalTopic, partition, this.from)
      }
    }
  }

  private addTopic(topic: TopicRef, from: StartPosition): void {
    this.followed.set(topic.index, topic)
    for (let partition = 0; partition < topic.partitionCount; partition++) this.addCursor(topic, partition, from)
  }

  private addCursor(topic: TopicRef, partition: number, from: StartPosition): void {
    const globalPartition = topic.globals[partition]
    const cursor: Cursor = { topic, partition, globalPartition, window: 0, position: 0, offset: 0, skipBelow: 0, sequenceSeen: 0, gate: -1, fromDisk: false }
    // A backpressure subscriber must hold its gate from the start, so it allocates the window now; so does
    // a reader of a durable partition whose log holds records it asked for (it reads them from the log,
    // then follows the window).
    const pool = this.engine.pool
    const wantsLog = this.readsDiskOf(topic) && from !== 'latest' && pool.startOffset(globalPartition) > (typeof from === 'object' ? from.offset : pool.logStartOffset(globalPartition))
    const window = this.backpressure || wantsLog
      ? this.engine.pool.ensureWindow(globalPartition, topic.windowBytes, this.engine.entryBytesMax(topic), topic.name, topic.durable)
      : this.engine.pool.windowOf(globalPartition)
    // A partition with no window yet has had no records: everything it gets is "after subscribe".
    if (window === 0) {
      if (typeof from === 'object') cursor.skipBelow = from.offset
      else if (from === 'latest') cursor.skipBelow = pool.startOffset(globalPartition)
      else cursor.skipBelow = topic.durable ? pool.logStartOffset(globalPartition) : 0
      this.idle.set(globalPartition, cursor)
    } else {
      this.activate(cursor, window, from)
    }
  }

  private activate(cursor: Cursor, window: number, from: StartPosition): void {
    const wasm = this.engine.shared.wasm
    cursor.window = window
    cursor.sequenceSeen = Atomics.load(this.engine.shared.i32, wasm.windowSequenceAddress(window) >>> 2)
    let offset: number
    if (from === 'latest') offset = wasm.windowNextOffset(window)
    else if (from === 'earliest') offset = this.readsDisk(cursor) ? this.engine.pool.logStartOffset(cursor.globalPartition) : wasm.windowHeadOffset(window)
    else offset = Math.max(from.offset, cursor.skipBelow)
    cursor.skipBelow = offset
    if (offset < wasm.windowHeadOffset(window) && this.readsDisk(cursor)) {
      // Older than the window: the log has it.
      cursor.offset = offset
      cursor.fromDisk = true
    } else if (offset < wasm.windowHeadOffset(window)) {
      // Asked for records that already left the window: position before the head so that the first read
      // reports exactly what was missed (RecordsMissedError) instead of skipping it silently.
      cursor.offset = offset
      cursor.position = 0
    } else {
      this.seek(cursor, offset)
    }
    if (this.backpressure) {
      cursor.gate = wasm.windowGateClaim(window, cursor.position)
      if (cursor.gate < 0) {
        throw new CapacityError(`no backpressure gate left on ${cursor.topic.name}[${cursor.partition}]`, windowGatesMax, 'use fewer backpressure subscribers per partition')
      }
    }
    this.active.push(cursor)
  }

  /** Whether records behind this cursor's window can be read from a log here. */
  private readsDisk(cursor: Cursor): boolean {
    return this.readsDiskOf(cursor.topic)
  }

  /**
   * A durable topic's log is readable in the engine that opened the data directory (its own logs) and in
   * every engine attached through its handle (a read-only PartitionLogReader over the same files).
   */
  private readsDiskOf(topic: TopicRef): boolean {
    return topic.durable && (this.engine.durable !== null || this.engine.dataDir !== null)
  }

  /** Whole batches at the cursor's offset from the log: the opener's own log, or a read-only reader of it. */
  private async readLog(cursor: Cursor): Promise<{ bytes: Uint8Array; firstBatchOffset: number } | null> {
    const durable = this.engine.durable
    if (durable !== null) return durable.readLog(cursor.topic, cursor.partition, cursor.offset, this.engine.readBufferBytes)
    let reader = this.logReaders.get(cursor.globalPartition)
    if (reader === undefined) {
      const dataDir = this.engine.dataDir!
      reader = import('./durable.js').then(({ acquireLogReader }) => acquireLogReader(dataDir, cursor.topic, cursor.partition))
      this.logReaders.set(cursor.globalPartition, reader)
      reader.catch(() => this.logReaders.delete(cursor.globalPartition))
    }
    // Only what the opener's persister has made durable: below that offset every batch is whole on disk.
    const endOffset = this.engine.pool.durableOffset(cursor.globalPartition)
    return (await reader).read(cursor.offset, this.engine.readBufferBytes, endOffset)
  }

  /**
   * Serves one cursor that is behind its window from the log: whole batches from its offset, decoded into
   * the queue (or kept as a view). Switches the cursor back to the window once it reaches the window.
   */
  private async readDisk(asView: boolean): Promise<boolean> {
    const cursor = this.active.find((candidate) => candidate.fromDisk)
    if (cursor === undefined || !this.readsDisk(cursor)) return false
    const wasm = this.engine.shared.wasm
    const pool = this.engine.pool
    const logStartOffset = pool.logStartOffset(cursor.globalPartition)
    if (cursor.offset < logStartOffset) {
      // Retention (or deleteRecordsBefore) removed what this cursor had not read yet.
      const from = cursor.offset
      cursor.offset = logStartOffset
      if (this.onMissed === 'throw') throw new RecordsMissedError(cursor.topic.name, cursor.partition, from, logStartOffset)
    }
    const futex = pool.durableFutexIndex(cursor.globalPartition)
    const durableSequence = Atomics.load(this.engine.shared.i32, futex)
    const read = await this.readLog(cursor)
    const windowHead = wasm.windowHeadOffset(cursor.window)
    if ((read === null || read.bytes.length === 0) && cursor.offset < windowHead && pool.durableOffset(cursor.globalPartition) <= cursor.offset && pool.durableError(cursor.globalPartition) === 0) {
      // The window moved past records its persister copied but has not made durable yet: they reach the
      // log shortly. Wait for that instead of jumping to the window's head, which would skip them.
      await parkOn(this.engine.shared.i32, futex, durableSequence, durableWaitMs)
      return true
    }
    if (read === null || read.bytes.length === 0 || cursor.offset >= windowHead) {
      cursor.fromDisk = false
      this.seek(cursor, cursor.offset)
      return true
    }
    // A first batch past the asked offset is a gap compaction left (or a transaction marker): normal in a
    // Kafka log, not a miss. Retention moving the log start is checked before the read.
    const skipBelow = Math.max(cursor.offset, cursor.skipBelow)
    cursor.offset = nextOffsetAfter(read.bytes)
    if (asView) {
      this.pendingView = new RecordBatchView(cursor.topic.name, cursor.partition, batchesToEntries(read.bytes), countBatches(read.bytes), skipBelow)
    } else {
      if (this.queueHead === this.queue.length) {
        this.queue = []
        this.queueHead = 0
      }
      decodeBatches(read.bytes, cursor.topic.name, cursor.partition, skipBelow, this.queue)
    }
    return true
  }

  /** Positions the cursor at `offset`, or at the window's head when that is already gone. */
  private seek(cursor: Cursor, offset: number): void {
    const wasm = this.engine.shared.wasm
    for (;;) {
      const position = wasm.windowSeek(cursor.window, offset)
      if (position >= 0) {
        cursor.position = position
        cursor.offset = offset
        return
      }
      offset = wasm.windowHeadOffset(cursor.window)
    }
  }

  /** Picks up new topics (patterns), windows allocated for idle partitions, and deleted topics. */
  private refresh(): void {
    const { shared, directory, pool } = this.engine
    const i32 = shared.i32
    const topicSequence = Atomics.load(i32, shared.controlIndex(Control.topicSequence))
    if (topicSequence !== this.topicSequenceSeen) {
      this.topicSequenceSeen = topicSequence
      if (this.pattern !== null) {
        const count = directory.topicCount()
        for (let index = this.topicsSeen; index < count; index++) {
          if (directory.isLive(index) && this.pattern.matches(directory.nameOf(index))) this.addTopic(directory.refOf(index), { offset: 0 })
        }
        this.topicsSeen = count
      }
      for (const [globalPartition, cursor] of this.idle) if (!directory.isLive(cursor.topic.index)) this.idle.delete(globalPartition)
      for (const [index, seen] of this.followed) {
        if (!directory.isLive(index)) {
          this.followed.delete(index)
          continue
        }
        if (directory.partitionCountOf(index) === seen.partitionCount) continue
        const grown = directory.refOf(index)
        this.followed.set(index, grown)
        for (let partition = seen.partitionCount; partition < grown.partitionCount; partition++) this.addCursor(grown, partition, { offset: 0 })
      }
    }
    const allocationSequence = Atomics.load(i32, shared.controlIndex(Control.allocationSequence))
    if (allocationSequence !== this.allocationSequenceSeen) {
      this.allocationSequenceSeen = allocationSequence
      const count = Atomics.load(i32, shared.controlIndex(Control.allocationCount))
      const logBase = shared.layout.allocationLog.offset >>> 2
      for (let entry = this.allocationsSeen; entry < count && this.idle.size > 0; entry++) {
        const globalPartition = Atomics.load(i32, logBase + entry)
        const cursor = this.idle.get(globalPartition)
        if (cursor === undefined) continue
        const window = pool.windowOf(globalPartition)
        if (window === 0) continue
        this.idle.delete(globalPartition)
        // No window when we subscribed: every record it holds came after, from offset 0 (or the asked offset).
        this.activate(cursor, window, { offset: cursor.skipBelow })
      }
      this.allocationsSeen = count
    }
  }

  /**
   * One read from the next partition that has records: decoded into the queue, or kept as a view for
   * nextView(). False when nothing was there.
   */
  private readOnce(asView = false): boolean {
    const engine = this.engine
    const { wasm, view, u8 } = engine.shared
    const cursorPtr = engine.readCursorPtr
    for (let tried = 0; tried < this.active.length; tried++) {
      const index = (this.nextCursor + tried) % this.active.length
      const cursor = this.active[index]
      if (cursor.fromDisk) continue
      engine.shared.writeReadCursor(cursorPtr, cursor.position, cursor.offset)
      const count = wasm.windowRead(cursor.window, cursor.globalPartition, cursor.gate, cursorPtr, engine.readBufferPtr, engine.readBufferBytes, this.batchesPerReadMax)
      cursor.sequenceSeen = view.getInt32(cursorPtr + 20, true)
      if (count > 0) {
        const bytes = view.getUint32(cursorPtr + 16, true)
        cursor.position = engine.shared.readCursorPosition(cursorPtr)
        cursor.offset = engine.shared.readCursorOffset(cursorPtr)
        const span = u8.slice(engine.readBufferPtr, engine.readBufferPtr + bytes)
        this.nextCursor = (index + 1) % this.active.length
        if (asView) {
          this.pendingView = new RecordBatchView(cursor.topic.name, cursor.partition, span, count, cursor.skipBelow)
          return true
        }
        if (this.queueHead === this.queue.length) {
          this.queue = []
          this.queueHead = 0
        }
        decodeEntries(span, count, cursor.topic.name, cursor.partition, cursor.skipBelow, this.queue)
        if (this.queueHead < this.queue.length) return true
        continue
      }
      if ((count === WindowResult.missed || count === WindowResult.overrun) && this.readsDisk(cursor)) {
        cursor.fromDisk = true
        continue
      }
      if (count === WindowResult.missed || count === WindowResult.overrun) {
        const resumeOffset = view.getUint32(cursorPtr + 24, true) + view.getUint32(cursorPtr + 28, true) * twoPow32
        const fromOffset = cursor.offset
        this.seek(cursor, resumeOffset)
        if (this.onMissed === 'throw' && cursor.offset > fromOffset) {
          throw new RecordsMissedError(cursor.topic.name, cursor.partition, fromOffset, cursor.offset)
        }
        tried-- // read the same partition again from its new position
        continue
      }
      if (count === WindowResult.gone) {
        this.active.splice(index, 1)
        tried--
        continue
      }
    }
    return false
  }

  private get finished(): boolean {
    if (this.closed) return true
    if (!this.engine.isOpen) return true
    // A literal subscription ends when its topic is deleted.
    return this.literalTopic !== null && !this.engine.directory.isLive(this.literalTopic.index)
  }

  /** Waits until any watched word moves, the park limit passes, or the subscription closes. */
  private async park(): Promise<void> {
    const { shared } = this.engine
    const { i32, wasm } = shared
    const targets: Array<[number, number]> = [[shared.controlIndex(Control.topicSequence), this.topicSequenceSeen]]
    if (this.idle.size > 0) targets.push([shared.controlIndex(Control.allocationSequence), this.allocationSequenceSeen])
    for (const cursor of this.active) wasm.windowWaiters(cursor.window, 1)
    try {
      for (const cursor of this.active) targets.push([wasm.windowSequenceAddress(cursor.window) >>> 2, cursor.sequenceSeen])
      const waits: Array<Promise<unknown>> = [this.closedPromise]
      for (const [index, expected] of targets) {
        const result = Atomics.waitAsync(i32, index, expected, parkMsMax)
        if (!result.async) return // already moved: no need to sleep
        waits.push(result.value)
      }
      // A pending Atomics.waitAsync does not keep Node's event loop alive; a reader waiting for records
      // should, as a socket read does. The timer lasts no longer than the waits.
      const keepAlive = setTimeout(() => {}, parkMsMax)
      try {
        await Promise.race(waits)
      } finally {
        clearTimeout(keepAlive)
      }
    } finally {
      for (const cursor of this.active) wasm.windowWaiters(cursor.window, -1)
    }
  }

  private spin(asView = false): boolean {
    if (this.spinMicros <= 0) return false
    const until = performance.now() + this.spinMicros / 1000
    do {
      this.refresh()
      if (this.readOnce(asView)) return true
    } while (performance.now() < until)
    return false
  }

  /**
   * Resolves with the next read's records as a view over one copied span (no object per record), or null
   * once the subscription has ended. Do not mix with next()/nextBatch() records still queued: those come
   * first.
   */
  async nextView(): Promise<RecordBatchView | null> {
    for (;;) {
      if (this.queueHead < this.queue.length) throw new TypeError('nextView() called with decoded records still queued: drain them with nextBatch() first')
      if (this.finished) return null
      this.refresh()
      if (this.readOnce(true) || (await this.readDisk(true)) || this.spin(true)) {
        if (this.pendingView === null) continue
        const view = this.pendingView
        this.pendingView = null
        return view
      }
      await this.park()
    }
  }

  /** Resolves with the records available now (at least one), or [] once the subscription has ended. */
  async nextBatch(): Promise<Message[]> {
    for (;;) {
      if (this.queueHead < this.queue.length) {
        const batch = this.queueHead === 0 ? this.queue : this.queue.slice(this.queueHead)
        this.queue = []
        this.queueHead = 0
        return batch
      }
      if (this.finished) return []
      this.refresh()
      if (this.readOnce() || (await this.readDisk(false)) || this.spin()) continue
      await this.park()
    }
  }

  async next(): Promise<IteratorResult<Message>> {
    for (;;) {
      if (this.queueHead < this.queue.length) return { done: false, value: this.queue[this.queueHead++] }
      if (this.finished) return { done: true, value: undefined }
      this.refresh()
      if (this.readOnce() || (await this.readDisk(false)) || this.spin()) continue
      await this.park()
    }
  }

  async return(): Promise<IteratorResult<Message>> {
    this.close()
    return { done: true, value: undefined }
  }

  [Symbol.asyncIterator](): this {
    return this
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    for (const cursor of this.active) {
      if (cursor.gate >= 0 && this.engine.pool.windowOf(cursor.globalPartition) === cursor.window) {
        this.engine.shared.wasm.windowGateRelease(cursor.window, cursor.gate)
      }
    }
    this.queue = []
    this.queueHead = 0
    for (const reader of this.logReaders.values()) reader.then((opened) => opened.release()).catch(() => {})
    this.logReaders.clear()
    this.wakeOnClose()
    this.onClose()
  }
}
