// Durable topics. The engine that opened the memory with a data directory owns one PartitionLog per
// durable partition and a persister loop per partition window: it copies new entries out of the window
// (holding gate 0, so nothing is evicted before it is copied), appends their Kafka batches to the log with
// the offsets the window assigned, and publishes the durable offset in shared memory. Publishers in any
// worker wait on that offset, so a publish resolves only once its durability setting holds.
//
// On open, topics found in the data directory are recreated in the shared directory with their windows
// starting at each log's end offset; reads below a window come from the log (see Subscription).

import { Buffer } from 'node:buffer'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Engine, parkOn } from './engine.js'
import { type TopicRef } from './directory.js'
import { SluiceError } from './errors.js'
import { stripEntryHeaders } from './record-format.js'
import { BufferPool } from '../memory/buffer-pool.js'
import { PartitionLog } from '../log/partition-log.js'
import { PartitionLogReader } from '../log/partition-log-reader.js'
import { type PartitionLogConfig, resolvePartitionLogConfig } from '../log/config.js'
import type { PartitionLogOptions } from '../log/partition-log.js'
import type { LogIo } from '../log/segment.js'

export interface DurableStoreOptions {
  /** How often retention and compaction run. Default 5 minutes (Kafka's log.retention.check.interval.ms). */
  retentionCheckMs?: number
  crc32c?: (bytes: Uint8Array) => number
  /** Replaces the logs' writes and syncs: fault injection (ENOSPC, EIO) in tests. */
  io?: Partial<LogIo>
  logger?: (event: object) => void
}

const retentionCheckMsDefault = 5 * 60 * 1000
import { WindowResult } from '../memory/shared.js'
import { Control, PartitionField } from '../memory/layout.js'

/** Stored per topic in `<dataDir>/meta/topics/<topic>.json`. */
interface TopicMeta {
  readonly partitions: number
  readonly windowBytes: number
  readonly recordBytesMax: number
  /** This topic's log settings over the engine's (e.g. compaction for __consumer_offsets). */
  readonly log?: Partial<PartitionLogConfig>
  /** What layers above keep with the topic (the Kafka broker: topic id, topic configs). */
  readonly attributes?: Record<string, string>
}

/** The persister reports a failed log to publishers through this code in shared memory. */
export const durableErrorReadOnly = 1

/** How long a parked persister sleeps before it looks again (it is also woken by every append). */
const persisterParkMs = 500
/**
 * Bytes a persister has handed to its log and not yet seen complete. Bounds the copies it holds; 64 MiB
 * keeps several writev groups (16 MiB each, partition-log.ts) queued so the disk never waits on the loop.
 */
const persistInFlightBytesMax = 64 * 1024 * 1024
/** Appends in flight per persister, however small: bounds the promises it holds. */
const persistInFlightAppendsMax = 256
/** Buffers the persister hands to the logs, reused once written (see BufferPool); shared by all partitions. */
const persistBuffers = new BufferPool({ keptBytesMax: 32 * 1024 * 1024, classBytesMin: 64 * 1024, classBytesMax: 16 * 1024 * 1024 })

export class DurableStore {
  private readonly logs = new Map<number, Promise<PartitionLog>>()
  private readonly loops = new Map<number, Promise<void>>()
  /** Topic index -> its metadata write, so each topic's metadata is written once. */
  private readonly persisted = new Map<number, Promise<void>>()
  /** Topic index -> its resolved log settings, where they differ from the engine's. */
  private readonly topicConfigs = new Map<number, PartitionLogConfig>()
  /** Topic index -> its log overrides as given (what the metadata file keeps). */
  private readonly logOverrides = new Map<number, Partial<PartitionLogConfig>>()
  /** Topic index -> its attributes (engine.topicAttributes). */
  private readonly attributes = new Map<number, Record<string, string>>()
  /** Topic index -> the last metadata write: rewrites (growth, configs, attributes) go one at a time, in order. */
  private readonly metaWrites = new Map<number, Promise<void>>()
  /** Topic index -> the last growth (createPartitions) of the topic. */
  private readonly growths = new Map<number, Promise<void>>()
  private readonly closedSignal: Promise<void>
  private signalClosed: () => void = () => {}
  private closing = false
  private topicsSeen = 0
  private allocationsSeen = 0
  private watcher: Promise<void> | null = null

  private retentionTimer: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly engine: Engine,
    readonly dataDir: string,
    readonly logConfig: PartitionLogConfig,
    private readonly logOptions: PartitionLogOptions,
  ) {
    this.closedSignal = new Promise((resolve) => (this.signalClosed = resolve))
  }

  static async open(engine: Engine, dataDir: string, logConfig: Partial<PartitionLogConfig>, options: DurableStoreOptions = {}): Promise<DurableStore> {
    const store = new DurableStore(engine, dataDir, resolvePartitionLogConfig(logConfig), {
      crc32c: options.crc32c,
      io: options.io,
      logger: options.logger,
      // The engine sealed (and checked) every batch's CRC32C in wasm before it reached the window.
      verifyCrcOnAppend: false,
    })
    await mkdir(join(dataDir, 'meta', 'topics'), { recursive: true })
    await store.recover()
    store.watcher = store.watch()
    const retentionCheckMs = options.retentionCheckMs ?? retentionCheckMsDefault
    store.retentionTimer = setInterval(() => void store.enforceRetention(), retentionCheckMs)
    // Retention must not keep a process alive that has nothing else to do.
    ;(store.retentionTimer as { unref?: () => void }).unref?.()
    return store
  }

  /** Deletes or compacts old segments of every durable partition, per its log's cleanup policy. */
  async enforceRetention(nowMs = Date.now()): Promise<void> {
    for (const [global, logPromise] of this.logs) {
      const log = await logPromise
      try {
        // compact, delete or both (compact,delete): the log's own config, which alterLogConfig keeps current.
        await log.cleanUp(nowMs)
        this.engine.pool.setLogStartOffset(global, log.logStartOffset)
      } catch (error) {
        this.logOptions.logger?.({ event: 'retention-failed', partition: global, error: (error as Error).message })
      }
    }
  }

  /** Kafka's DeleteRecords: moves the log start offset of a durable partition. */
  async deleteRecordsBefore(ref: TopicRef, partition: number, offset: number): Promise<number> {
    const log = await this.logFor(ref, partition)
    const logStartOffset = await log.deleteRecordsBefore(offset)
    this.engine.pool.setLogStartOffset(ref.globals[partition], log.logStartOffset)
    return logStartOffset
  }

  async offsetForTimestamp(ref: TopicRef, partition: number, timestampMs: number): Promise<number | null> {
    return (await this.logFor(ref, partition)).offsetForTimestamp(timestampMs)
  }

  private metaPath(topic: string): string {
    return join(this.dataDir, 'meta', 'topics', `${topic}.json`)
  }

  /** Recreates every topic of the data directory, each partition starting at its log's end offset. */
  private async recover(): Promise<void> {
    const names = (await readdir(join(this.dataDir, 'meta', 'topics'))).filter((file) => file.endsWith('.json'))
    for (const file of names.sort()) {
      const name = file.slice(0, -'.json'.length)
      const meta = JSON.parse(await readFile(join(this.dataDir, 'meta', 'topics', file), 'utf8')) as TopicMeta
      const config = meta.log === undefined ? this.logConfig : resolvePartitionLogConfig({ ...this.logConfig, ...meta.log })
      const logs = await Promise.all(Array.from({ length: meta.partitions }, (_, partition) => PartitionLog.open(this.partitionDir(name, partition), config, this.logOptions)))
      this.engine.directory.create(name, meta.partitions, meta.windowBytes, meta.recordBytesMax, true, (firstPartition) => {
        logs.forEach((log, partition) => {
          this.engine.pool.setStartOffset(firstPartition + partition, log.nextOffset)
          this.engine.pool.setLogStartOffset(firstPartition + partition, log.logStartOffset)
          this.engine.pool.publishDurable(firstPartition + partition, log.nextOffset)
        })
      })
      const ref = this.engine.directory.resolve(name)
      this.persisted.set(ref.index, Promise.resolve())
      if (meta.log !== undefined) {
        this.topicConfigs.set(ref.index, config)
        this.logOverrides.set(ref.index, meta.log)
      }
      if (meta.attributes !== undefined) this.attributes.set(ref.index, { ...meta.attributes })
      logs.forEach((log, partition) => this.logs.set(ref.globals[partition], Promise.resolve(log)))
    }
    this.topicsSeen = this.engine.directory.topicCount()
  }

  private partitionDir(topic: string, partition: number): string {
    return partitionDirectory(this.dataDir, topic, partition)
  }

  /**
   * Writes a topic's metadata (create) before its first record can arrive. Atomic (write, then rename) and
   * once per topic: the creating call and the watcher may both ask.
   */
  persistTopic(ref: TopicRef, log?: Partial<PartitionLogConfig>): Promise<void> {
    let persisted = this.persisted.get(ref.index)
    if (persisted === undefined) {
      if (log !== undefined) {
        this.topicConfigs.set(ref.index, resolvePartitionLogConfig({ ...this.logConfig, ...log }))
        this.logOverrides.set(ref.index, { ...log })
      }
      persisted = this.writeMeta(ref, ref.partitionCount).then(() => {
        for (let partition = 0; partition < ref.partitionCount; partition++) void this.logFor(ref, partition)
      })
      this.persisted.set(ref.index, persisted)
    }
    return persisted
  }

  /**
   * Grows a durable topic: the new partitions' logs are created and the new count written to the topic's
   * metadata first, then `grow` publishes the partitions in shared memory (their logs registered before any
   * window of theirs can exist). If publishing fails, the metadata goes back to the old count.
   */
  growTopic(ref: TopicRef, partitionCount: number, grow: (beforePublish: (firstNewPartition: number) => void) => TopicRef): Promise<void> {
    // One growth of a topic at a time, each from the count the previous one left.
    const run = (): Promise<void> => this.growTopicNow(this.engine.directory.refOf(ref.index), partitionCount, grow)
    const done = (this.growths.get(ref.index) ?? Promise.resolve()).then(run, run)
    this.growths.set(ref.index, done.catch(() => {}))
    return done
  }

  private async growTopicNow(ref: TopicRef, partitionCount: number, grow: (beforePublish: (firstNewPartition: number) => void) => TopicRef): Promise<void> {
    const limits = this.engine.shared.layout.limits
    if (!Number.isSafeInteger(partitionCount) || partitionCount <= ref.partitionCount) {
      throw new RangeError(`topic ${JSON.stringify(ref.name)} has ${ref.partitionCount} partitions: a partition count can only grow, and ${String(partitionCount)} is not more`)
    }
    if (partitionCount > limits.partitionsPerTopicMax) throw new RangeError(`topic ${JSON.stringify(ref.name)} cannot have ${partitionCount} partitions: partitionsPerTopicMax is ${limits.partitionsPerTopicMax}`)
    await this.persistTopic(ref)
    const added = Array.from({ length: partitionCount - ref.partitionCount }, (_, i) => ref.partitionCount + i)
    const logs = await Promise.all(
      added.map(async (partition) => {
        // Partitions that never existed: whatever a deleted topic of the same name left there must not come back.
        await rm(this.partitionDir(ref.name, partition), { recursive: true, force: true })
        return PartitionLog.open(this.partitionDir(ref.name, partition), this.configOf(ref.index), this.logOptions)
      }),
    )
    try {
      await this.writeMeta(ref, partitionCount)
      grow((first) => logs.forEach((log, i) => this.logs.set(first + i, Promise.resolve(log))))
    } catch (error) {
      await Promise.allSettled(logs.map((log) => log.close()))
      await Promise.allSettled(added.map((partition) => rm(this.partitionDir(ref.name, partition), { recursive: true, force: true })))
      // Back to the count in force, unless the topic was deleted meanwhile (its metadata must stay gone).
      if (this.engine.directory.isLive(ref.index)) await this.writeMeta(ref, this.engine.directory.partitionCountOf(ref.index)).catch(() => {})
      throw error
    }
  }

  attributesOf(ref: TopicRef): Readonly<Record<string, string>> {
    return this.attributes.get(ref.index) ?? {}
  }

  async setAttributes(ref: TopicRef, attributes: Record<string, string>): Promise<void> {
    await this.persistTopic(ref)
    this.attributes.set(ref.index, attributes)
    await this.writeMeta(ref, this.engine.directory.partitionCountOf(ref.index))
  }

  logConfigOf(ref: TopicRef): PartitionLogConfig {
    return this.configOf(ref.index)
  }

  /** Patches a topic's log overrides (undefined drops one), persists them and applies them to its open logs. */
  async alterLogConfig(ref: TopicRef, changes: { readonly [K in keyof PartitionLogConfig]?: PartitionLogConfig[K] | undefined }): Promise<PartitionLogConfig> {
    await this.persistTopic(ref)
    const overrides: Partial<PartitionLogConfig> = { ...this.logOverrides.get(ref.index) }
    for (const [key, value] of Object.entries(changes) as Array<[keyof PartitionLogConfig, unknown]>) {
      if (value === undefined) delete overrides[key]
      else (overrides as Record<string, unknown>)[key] = value
    }
    const config = resolvePartitionLogConfig({ ...this.logConfig, ...overrides }) // throws before anything changes
    this.logOverrides.set(ref.index, overrides)
    this.topicConfigs.set(ref.index, config)
    await this.writeMeta(ref, this.engine.directory.partitionCountOf(ref.index))
    const current = this.engine.directory.refOf(ref.index)
    for (let partition = 0; partition < current.partitionCount; partition++) {
      const log = this.logs.get(current.globals[partition])
      if (log !== undefined) (await log).reconfigure(config)
    }
    return config
  }

  private configOf(topicIndex: number): PartitionLogConfig {
    return this.topicConfigs.get(topicIndex) ?? this.logConfig
  }

  /** Writes the topic's metadata as it stands (atomic: write, then rename), after any earlier write of it. */
  private writeMeta(ref: TopicRef, partitions: number): Promise<void> {
    const write = async (): Promise<void> => {
      const log = this.logOverrides.get(ref.index)
      const attributes = this.attributes.get(ref.index)
      const meta: TopicMeta = {
        partitions,
        windowBytes: ref.windowBytes,
        recordBytesMax: ref.recordBytesMax,
        ...(log === undefined ? {} : { log }),
        ...(attributes === undefined ? {} : { attributes }),
      }
      const path = this.metaPath(ref.name)
      await writeFile(`${path}.tmp`, JSON.stringify(meta) + '\n')
      await rename(`${path}.tmp`, path)
    }
    const done = (this.metaWrites.get(ref.index) ?? Promise.resolve()).then(write, write)
    this.metaWrites.set(ref.index, done.catch(() => {}))
    return done
  }

  /** Removes a deleted topic's logs and metadata. */
  async deleteTopic(ref: TopicRef): Promise<void> {
    await this.metaWrites.get(ref.index)
    for (let partition = 0; partition < ref.partitionCount; partition++) {
      const global = ref.globals[partition]
      const log = this.logs.get(global)
      this.logs.delete(global)
      if (log !== undefined) await (await log).close()
      await rm(this.partitionDir(ref.name, partition), { recursive: true, force: true })
    }
    await rm(this.metaPath(ref.name), { force: true })
  }

  private logFor(ref: TopicRef, partition: number): Promise<PartitionLog> {
    const global = ref.globals[partition]
    let log = this.logs.get(global)
    if (log === undefined) {
      log = PartitionLog.open(this.partitionDir(ref.name, partition), this.configOf(ref.index), this.logOptions)
      this.logs.set(global, log)
    }
    return log
  }

  /**
   * Follows the directory and the window pool: a durable topic created in any worker gets its metadata
   * and logs; a durable partition that gets a window gets a persister loop.
   */
  private async watch(): Promise<void> {
    const { shared, directory, pool } = this.engine
    while (!this.closing) {
      const sequence = Atomics.load(shared.i32, shared.controlIndex(Control.topicSequence))
      const allocationSequence = Atomics.load(shared.i32, shared.controlIndex(Control.allocationSequence))
      const count = directory.topicCount()
      for (let index = this.topicsSeen; index < count; index++) {
        if (!directory.isLive(index)) continue
        const ref = directory.refOf(index)
        if (ref.durable) await this.persistTopic(ref)
      }
      this.topicsSeen = count
      // New windows, from the allocation log: O(new), however many topics exist.
      const allocations = Atomics.load(shared.i32, shared.controlIndex(Control.allocationCount))
      const logBase = shared.layout.allocationLog.offset >>> 2
      for (let entry = this.allocationsSeen; entry < allocations; entry++) {
        const global = Atomics.load(shared.i32, logBase + entry)
        const ref = directory.refOf(shared.i32[directory.partitionWord(global, PartitionField.topic)])
        if (!ref.durable || !directory.isLive(ref.index) || this.loops.has(global) || pool.windowOf(global) === 0) continue
        const partition = directory.partitionNumberOf(global)
        this.loops.set(
          global,
          this.persist(ref, partition).catch((error: Error) => {
            pool.publishDurable(global, pool.durableOffset(global), durableErrorReadOnly)
            this.logOptions.logger?.({ event: 'persister-failed', topic: ref.name, partition, error: error.message })
          }),
        )
      }
      this.allocationsSeen = allocations
      await Promise.race([
        parkOn(shared.i32, shared.controlIndex(Control.topicSequence), sequence, persisterParkMs),
        parkOn(shared.i32, shared.controlIndex(Control.allocationSequence), allocationSequence, persisterParkMs),
        this.closedSignal,
      ])
    }
  }

  /**
   * Copies one durable partition's window to its log, in order, for as long as the engine is open. Appends
   * are pipelined: the next window read is appended while earlier ones are still being written (the log
   * coalesces queued appends into one writev, and with 'fsync' one fdatasync covers them all), up to
   * persistInFlightBytesMax; the durable offset advances as they complete, in order.
   */
  private async persist(ref: TopicRef, partition: number): Promise<void> {
    const { shared, pool } = this.engine
    const { wasm, view, u8, i32 } = shared
    const global = ref.globals[partition]
    const window = pool.windowOf(global)
    const log = await this.logFor(ref, partition)
    let position = 0
    let offset = log.nextOffset
    const cursorPtr = this.engine.readCursorPtr
    /** Appends issued and not yet complete, oldest first, with the offset each makes durable. */
    const inFlight: Array<{ done: Promise<void>; nextOffset: number; bytes: number }> = []
    let inFlightBytes = 0
    let published = offset
    let failure: unknown = null
    const settleOldest = async (): Promise<void> => {
      const oldest = inFlight.shift()!
      inFlightBytes -= oldest.bytes
      await oldest.done
    }
    for (;;) {
      if (failure !== null) break
      const sequenceIndex = wasm.windowSequenceAddress(window) >>> 2
      const sequence = Atomics.load(i32, sequenceIndex)
      shared.writeReadCursor(cursorPtr, position, offset)
      const count = wasm.windowRead(window, global, 0, cursorPtr, this.engine.readBufferPtr, this.engine.readBufferBytes, 1 << 30)
      if (count === WindowResult.gone) break
      if (count < 0) {
        await Promise.allSettled(inFlight.map((append) => append.done))
        throw new SluiceError('INTERNAL', `persister of ${ref.name}[${partition}] lost its place in the window (code ${count})`)
      }
      if (count === 0) {
        // Nothing new: let what is in flight finish (publishers wait on it) before sleeping.
        if (inFlight.length > 0) {
          await settleOldest()
          continue
        }
        if (this.closing) break
        wasm.windowWaiters(window, 1)
        try {
          if (Atomics.load(i32, sequenceIndex) === sequence) await Promise.race([parkOn(i32, sequenceIndex, sequence, persisterParkMs), this.closedSignal])
        } finally {
          wasm.windowWaiters(window, -1)
        }
        continue
      }
      const copiedBytes = view.getUint32(cursorPtr + 16, true)
      position = shared.readCursorPosition(cursorPtr)
      const nextOffset = shared.readCursorOffset(cursorPtr)
      // A buffer of its own per append (the read buffer is reused by the next window read while this one is
      // written), from a pool: not zero-filled (the copy overwrites every byte; zero-filling cost the persister
      // a third of its time), and given back once written, since fresh MiB buffers kept V8 in full GCs.
      const batches = stripEntryHeaders(u8.subarray(this.engine.readBufferPtr, this.engine.readBufferPtr + copiedBytes), count, (bytes) => persistBuffers.acquire(bytes))
      const written = log.appendAssigned(batches)
      void written.finally(() => persistBuffers.release(batches)).catch(() => undefined)
      const done = written.then(
        () => {
          // Appends complete in the order they were queued; the check keeps the offset monotonic regardless.
          if (failure === null && nextOffset > published) {
            published = nextOffset
            pool.publishDurable(global, nextOffset)
          }
        },
        (error: unknown) => {
          if (failure !== null) return
          failure = error
          // The log turned read-only (ENOSPC, EIO) or refused the batches: fail the waiting publishers and
          // later publishes of this partition; the process and the other partitions carry on.
          pool.publishDurable(global, published, durableErrorReadOnly)
          this.logOptions.logger?.({ event: 'partition-read-only', topic: ref.name, partition, error: (error as Error).message })
        },
      )
      inFlight.push({ done, nextOffset, bytes: batches.length })
      inFlightBytes += batches.length
      offset = nextOffset
      while (inFlight.length > 0 && (inFlightBytes > persistInFlightBytesMax || inFlight.length > persistInFlightAppendsMax)) await settleOldest()
    }
    while (inFlight.length > 0) await settleOldest()
  }

  /** Reads whole batches from a partition's log (a subscriber behind the window). Owner only. */
  async readLog(ref: TopicRef, partition: number, offset: number, maxBytes: number): Promise<{ bytes: Uint8Array; firstBatchOffset: number } | null> {
    const log = await this.logFor(ref, partition)
    return log.read(offset, maxBytes)
  }

  async logStartOffset(ref: TopicRef, partition: number): Promise<number> {
    return (await this.logFor(ref, partition)).logStartOffset
  }

  /** Stops the loops once the windows are drained to the logs, then closes the logs (clean marker). */
  async close(): Promise<void> {
    this.closing = true
    if (this.retentionTimer !== null) clearInterval(this.retentionTimer)
    // Loops drain what is in their windows first: they only stop on an empty read.
    this.signalClosed()
    await Promise.allSettled([...this.loops.values()])
    await this.watcher?.catch(() => {})
    for (const log of this.logs.values()) await (await log).close()
    // Publishers in other workers wait on the durable words without a timeout: wake them to see the close.
    for (const global of this.logs.keys()) this.engine.pool.publishDurable(global, this.engine.pool.durableOffset(global))
  }
}

/** Where a durable partition's log lives in a data directory. */
export function partitionDirectory(dataDir: string, topic: string, partition: number): string {
  return join(dataDir, `${topic}-${partition}`)
}

/**
 * A read-only reader of a partition's log for an engine that did not open the data directory (an attached
 * worker): shared per partition in this thread; give it back with release().
 */
export function acquireLogReader(dataDir: string, ref: TopicRef, partition: number): Promise<PartitionLogReader> {
  // Keyed by the topic's slot too: a topic deleted and created again reuses the directory, not the slot.
  return PartitionLogReader.acquire(partitionDirectory(dataDir, ref.name, partition), {}, ref.index)
}
