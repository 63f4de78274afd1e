// The embedded engine: topics of partitioned, bounded in-memory logs in one shared WebAssembly.Memory.
//
// Every Engine object (the one that opened the memory, and one per Engine.attach in other workers) is an
// equal peer: it resolves and creates topics in the shared directory, appends to partition windows through
// its own wasm instance, and reads them by offset. Nothing is sent between workers per record; postMessage
// carries only the handle, once.

import { CapacityError, CorruptBatchError, EngineClosedError, InvalidPartitionError, NotSupportedError, OffsetOutOfRangeError, PublishTimeoutError, RecordTooLargeError, SluiceError, UnknownTopicError } from './errors.js'
import { Directory, type TopicRef } from './directory.js'
import { type EngineOptions, engineLimits, memoryBytesDefault, topicLimits, type TopicOptions } from './options.js'
import { partitionForKey, UnkeyedPartitioner } from './partitioner.js'
import { BatchWriter, type EncodedRecord, batchCrcRange, batchHeaderBytes, encodeRecord, entryHeaderBytes, entryOverheadBytes, type RecordInput, nextOffsetAfter, setDecompressor, stripEntryHeaders } from './record-format.js'
import type { DurableStore } from './durable.js'
import { type PartitionLogConfig, resolvePartitionLogConfig } from '../log/config.js'
import { RecordBatchBuilder, largestRecordBytes } from './record-batch.js'
import { Crc32c, type Crc32cImplementation } from '../crc/crc32c.js'
import { Subscription, type SubscribeOptions } from './subscription.js'
import { GroupSubscription, type GroupSubscribeOptions, attachedGroupsError } from './group-member.js'
import type { EngineGroups, EngineGroupsOptions } from './groups.js'
import type { GroupCoordinator } from '../coordinator/group-coordinator.js'
import { Control, type Layout, assertLayout, computeLayout, layoutMagic, layoutVersion, readCursorBytes, alignUp, cacheLineBytes } from '../memory/layout.js'
import { SharedState, WindowResult, type WindowExports } from '../memory/shared.js'
import { WindowPool } from '../memory/window-pool.js'
import { copyBytes } from '../memory/shared-copy.js'
import { createSharedMemory, instantiate, loadSluiceModule } from '../wasm/module.js'

/** The largest memory we lay out: pointers are kept in Int32 words. */
export const memoryBytesLimit = 2 ** 31 - 65536

/** Structured-cloneable: post it to a worker (worker_threads or Web Worker) and call Engine.attach there. */
export interface EngineHandle {
  readonly kind: 'sluice.engine'
  readonly module: WebAssembly.Module
  readonly memory: WebAssembly.Memory
  readonly layout: Layout
  /** The CRC32C path the opener measured faster on this runtime. */
  readonly crcImplementation: Crc32cImplementation
  /** The opener's data directory: attached engines read durable partitions' logs from it (read-only). */
  readonly dataDir?: string
}

export interface PublishResult {
  readonly partition: number
  readonly offset: number
}

export interface BatchPublishResult {
  readonly partition: number
  /** Offset of the first record; the rest follow contiguously (-1 for an empty batch). */
  readonly firstOffset: number
  readonly count: number
}

export interface PartitionInfo {
  readonly partition: number
  /** Oldest offset still in the in-memory window. */
  readonly headOffset: number
  /** Offset the next record will get. */
  readonly nextOffset: number
}

export interface TopicInfo {
  readonly name: string
  readonly partitions: readonly PartitionInfo[]
  readonly windowBytes: number
  readonly recordBytesMax: number
}

/** How long a publish waits for a partition lock held by another worker before it reports it. */
const lockWaitMsMax = 5_000

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Lets subscribers decode batches that Kafka producers compressed. The codecs (node:zlib and native snappy
 * and lz4 bindings) load only where they exist: in a browser, compressed batches fail with a clear error.
 */
async function installDecompressor(): Promise<void> {
  try {
    const { decompressSync, compressionFromCode } = await import('../log/compression.js')
    setDecompressor((code, compressed) => {
      const compression = compressionFromCode(code)
      if (compression === undefined) throw new CorruptBatchError(`compression code ${code} is not a Kafka codec`)
      return decompressSync(compression, compressed)
    })
  } catch {
    // No codecs on this runtime: uncompressed batches (everything the engine itself writes) still work.
  }
}

/** Atomics.waitAsync with a timer that keeps Node's event loop alive for as long as the wait may last. */
export async function parkOn(i32: Int32Array, index: number, expected: number, timeoutMs: number): Promise<void> {
  // An untimed wait when asked (Infinity): every timed Atomics.waitAsync leaves a V8 task behind until it
  // expires, and at tens of thousands of waits a second those pile up and stall the thread when they fire.
  const result = Number.isFinite(timeoutMs) ? Atomics.waitAsync(i32, index, expected, timeoutMs) : Atomics.waitAsync(i32, index, expected)
  if (!result.async) return
  const keepAlive = setTimeout(() => {}, Number.isFinite(timeoutMs) ? timeoutMs : 2 ** 31 - 1)
  try {
    await result.value
  } finally {
    clearTimeout(keepAlive)
  }
}

export class Engine {
  readonly shared: SharedState
  readonly directory: Directory
  readonly pool: WindowPool
  private readonly slot: number
  private readonly stagingPtr: number
  private readonly stagingBytes: Uint8Array
  private readonly stagingView: DataView
  private readonly batchWriter: BatchWriter
  readonly crc: Crc32c
  /** The read buffer and cursor of this instance, used by its subscriptions one synchronous read at a time. */
  readonly readBufferPtr: number
  readonly readBufferBytes: number
  readonly readCursorPtr: number
  private readonly topicCache = new Map<string, TopicRef>()
  private readonly unkeyed = new UnkeyedPartitioner()
  private readonly subscriptions = new Set<Subscription>()
  private readonly groupMembers = new Set<GroupSubscription>()
  /** The consumer-group coordinator and its log (host/engine/groups.ts): opener only, created on first use. */
  groupService: EngineGroups | null = null
  /** topicAttributes of memory-only topics, by topic index (durable topics keep theirs on disk). */
  private readonly memoryAttributes = new Map<number, Record<string, string>>()
  private open = true
  private signalClosed: () => void = () => {}
  /** Resolves when this engine object closes: ends its untimed waits. */
  private readonly closedSignal = new Promise<void>((resolve) => (this.signalClosed = resolve))
  /** The data directory's logs and persisters: only on the engine that opened with dataDir. */
  durable: DurableStore | null = null
  /** The data directory, on the opener and on every engine attached through its handle (reads only there). */
  dataDir: string | null = null

  private constructor(
    private readonly module: WebAssembly.Module,
    shared: SharedState,
    private readonly owner: boolean,
    crcImplementation: Crc32cImplementation | 'auto',
  ) {
    this.shared = shared
    this.directory = new Directory(shared)
    this.pool = new WindowPool(shared)
    this.slot = this.claimSlot()
    const layout = shared.layout
    const slotBase = layout.scratch.offset + this.slot * layout.scratchSlotBytes
    const stagingRegion = alignUp(layout.limits.stagingBytes, cacheLineBytes)
    this.stagingPtr = slotBase
    this.stagingBytes = shared.u8.subarray(slotBase, slotBase + layout.limits.stagingBytes)
    this.stagingView = new DataView(shared.memory.buffer, slotBase, layout.limits.stagingBytes)
    this.batchWriter = new BatchWriter(this.stagingBytes)
    // The CRC32C path per runtime: SIMD on V8 (Node, Deno, browsers), scalar on Bun, whose SIMD runs
    // slower than its scalar loop (bench/results/crc32c.json). Timing both at start-up cost ~20 ms of
    // Engine.open; attached engines reuse the opener's choice from the handle.
    this.crc = new Crc32c(shared.wasm as never, shared.memory, { scratchPtr: slotBase, scratchBytes: layout.limits.stagingBytes, implementation: crcImplementation })
    this.readBufferPtr = slotBase + stagingRegion
    this.readBufferBytes = layout.limits.readBufferBytes
    this.readCursorPtr = this.readBufferPtr + alignUp(layout.limits.readBufferBytes, cacheLineBytes)
    if (this.readCursorPtr + readCursorBytes > slotBase + layout.scratchSlotBytes) throw new RangeError('scratch slot layout is inconsistent')
  }

  /** Creates the shared memory and the first engine over it. */
  static async open(options: EngineOptions = {}): Promise<Engine> {
    const memoryBytes = options.memoryBytes ?? memoryBytesDefault
    if (!Number.isSafeInteger(memoryBytes) || memoryBytes < 1024 * 1024 || memoryBytes > memoryBytesLimit) {
      throw new RangeError(`option memoryBytes must be an integer from ${1024 * 1024} to ${memoryBytesLimit}, got ${String(options.memoryBytes)}`)
    }
    const limits = engineLimits(options)
    const { module } = await loadSluiceModule()
    const memory = createSharedMemory(memoryBytes)
    const wasm = instantiate(module, memory) as unknown as WindowExports
    const layout = computeLayout(wasm.heapBase(), memory.buffer.byteLength, limits)
    const shared = new SharedState(memory, wasm, layout)
    shared.i32[shared.controlIndex(Control.version)] = layoutVersion
    Atomics.store(shared.i32, shared.controlIndex(Control.magic), layoutMagic)
    const engine = new Engine(module, shared, true, typeof (globalThis as { Bun?: unknown }).Bun !== 'undefined' ? 'scalar' : 'simd')
    await installDecompressor()
    if (options.dataDir !== undefined) {
      if (typeof options.dataDir !== 'string' || options.dataDir === '') throw new TypeError('option dataDir must be a non-empty path')
      // Loaded only here, so that memory-only engines (and browsers) never import node:fs.
      const { DurableStore } = await import('./durable.js')
      engine.durable = await DurableStore.open(
        engine,
        options.dataDir,
        { ...options.log, durability: options.durability ?? options.log?.durability ?? 'os' },
        { retentionCheckMs: options.retentionCheckMs, io: options.logIo, logger: options.logEvents, crc32c: (bytes) => engine.crc.ofBytes(bytes) },
      )
      shared.i32[shared.controlIndex(Control.durableByDefault)] = 1
      engine.dataDir = options.dataDir
    }
    return engine
  }

  /** Joins an engine from another worker (or the same one) through a handle from `engine.share()`. */
  static async attach(handle: EngineHandle): Promise<Engine> {
    if (handle === null || typeof handle !== 'object' || handle.kind !== 'sluice.engine') {
      throw new TypeError('Engine.attach needs the handle returned by engine.share()')
    }
    if (!(handle.module instanceof WebAssembly.Module) || !(handle.memory instanceof WebAssembly.Memory)) {
      throw new TypeError('the engine handle lost its WebAssembly.Module or Memory: post it with postMessage, not JSON')
    }
    assertLayout(handle.layout)
    await installDecompressor()
    const wasm = instantiate(handle.module, handle.memory) as unknown as WindowExports
    const shared = new SharedState(handle.memory, wasm, handle.layout)
    if (Atomics.load(shared.i32, shared.controlIndex(Control.magic)) !== layoutMagic) {
      throw new TypeError('the shared memory in this handle was not initialised by Engine.open')
    }
    if (Atomics.load(shared.i32, shared.controlIndex(Control.closed)) !== 0) throw new EngineClosedError('attach')
    const engine = new Engine(handle.module, shared, false, handle.crcImplementation)
    engine.dataDir = typeof handle.dataDir === 'string' && handle.dataDir !== '' ? handle.dataDir : null
    return engine
  }

  /**
   * Reserves `bytes` of the shared memory (64-byte aligned) for a mechanism outside the engine that must
   * share it with every worker (the ingest's rings and dedup table), and returns the byte offset. Taken
   * from the window pool and never returned.
   */
  reserveRegion(bytes: number, purpose: string): number {
    this.assertOpen('reserve memory')
    return this.pool.reserveRegion(bytes, purpose)
  }

  share(): EngineHandle {
    this.assertOpen('share')
    const handle: EngineHandle = { kind: 'sluice.engine', module: this.module, memory: this.shared.memory, layout: this.shared.layout, crcImplementation: this.crc.implementation }
    return this.dataDir === null ? handle : { ...handle, dataDir: this.dataDir }
  }

  /** Whether this is the engine that opened the memory (not one attached through a handle). */
  get isOpener(): boolean {
    return this.owner
  }

  /**
   * The engine's consumer-group coordinator (one per engine, `__consumer_offsets` its log), created on first
   * use by this call, the Kafka broker or a group subscription; `limits` apply only when this call creates
   * it. Resolves once `__consumer_offsets` is read (the Kafka broker answers COORDINATOR_LOAD_IN_PROGRESS
   * until then). Opener only: NotSupportedError in an attached engine.
   */
  async groupCoordinator(options: EngineGroupsOptions = {}): Promise<GroupCoordinator> {
    this.assertOpen('use consumer groups')
    if (!this.owner) throw attachedGroupsError('use the group coordinator')
    // Loaded on first use: the coordinator imports node:crypto, which memory-only engines in browsers lack.
    const service = this.groupService ?? (await import('./groups.js')).EngineGroups.of(this, options)
    await service.loaded
    return service.coordinator
  }

  get isOpen(): boolean {
    return this.open && Atomics.load(this.shared.i32, this.shared.controlIndex(Control.closed)) === 0
  }

  private assertOpen(operation: string): void {
    if (!this.isOpen) throw new EngineClosedError(operation)
  }

  private claimSlot(): number {
    const { i32, layout } = this.shared
    const base = layout.workerSlots.offset >>> 2
    for (let slot = 0; slot < layout.limits.workersMax; slot++) {
      if (Atomics.compareExchange(i32, base + slot, 0, 1) === 0) return slot
    }
    throw new CapacityError('no free engine slot for this worker', layout.limits.workersMax, 'raise workersMax, or close engines attached in workers that are done')
  }

  async createTopic(name: string, options: TopicOptions = {}): Promise<void> {
    this.assertOpen('create a topic')
    const { partitions, windowBytes, recordBytesMax } = topicLimits(this.shared.layout.limits, options)
    const durable = options.durable ?? this.shared.i32[this.shared.controlIndex(Control.durableByDefault)] === 1
    if (durable && this.shared.i32[this.shared.controlIndex(Control.durableByDefault)] !== 1) {
      throw new NotSupportedError(`topic ${JSON.stringify(name)} cannot be durable: the engine was opened without dataDir`)
    }
    if (options.log !== undefined && (!durable || this.durable === null)) {
      throw new NotSupportedError(`per-topic log settings for ${JSON.stringify(name)} need a durable topic created by the engine that opened the data directory`)
    }
    // Checked before the topic exists, so a bad setting creates nothing.
    if (options.log !== undefined) resolvePartitionLogConfig({ ...this.durable!.logConfig, ...options.log })
    const ref = this.directory.create(name, partitions, windowBytes, recordBytesMax, durable)
    // The opener writes the topic's metadata before returning; topics created in other workers get theirs
    // from the opener's watcher before their first record is acknowledged.
    if (durable && this.durable !== null) await this.durable.persistTopic(ref, options.log)
  }

  async deleteTopic(name: string): Promise<void> {
    this.assertOpen('delete a topic')
    const known = this.directory.resolve(name)
    if (known.durable && this.durable === null) throw new NotSupportedError(`delete durable topic ${JSON.stringify(name)} from the engine that opened the data directory`)
    const ref = this.directory.delete(name)
    this.topicCache.delete(name)
    this.memoryAttributes.delete(ref.index)
    for (let p = 0; p < ref.partitionCount; p++) this.pool.release(ref.globals[p], ref.windowBytes)
    if (ref.durable) await this.durable!.deleteTopic(ref)
  }

  /**
   * Grows `name` to `partitionCount` partitions in all (Kafka's CreatePartitions: counts only grow, up to
   * the partitionsPerTopicMax limit). Keyed records then go to murmur2(key) % the new count, as Kafka's
   * producers do. Subscribers of the topic, and patterns matching it, read the new partitions from their
   * start; engines attached in other workers see them once the new count is published. A durable topic
   * grows only on the engine that opened the data directory, and its new logs and count are on disk before
   * the new partitions are visible.
   */
  async createPartitions(name: string, partitionCount: number): Promise<void> {
    this.assertOpen('create partitions')
    const ref = this.directory.resolve(name)
    if (ref.durable && this.durable === null) throw new NotSupportedError(`grow durable topic ${JSON.stringify(name)} from the engine that opened the data directory`)
    if (ref.durable) await this.durable!.growTopic(ref, partitionCount, (beforePublish) => this.directory.grow(name, partitionCount, beforePublish))
    else this.directory.grow(name, partitionCount)
    this.topicCache.delete(name)
  }

  /**
   * String attributes a layer above keeps with a topic (the Kafka broker: topic id and topic configs).
   * Durable topics keep them in their metadata on disk (read on the engine that opened the data directory);
   * memory-only topics in this engine object. Empty when none were set.
   */
  topicAttributes(name: string): Readonly<Record<string, string>> {
    this.assertOpen('read topic attributes')
    const ref = this.directory.resolve(name)
    if (ref.durable && this.durable !== null) return this.durable.attributesOf(ref)
    return this.memoryAttributes.get(ref.index) ?? {}
  }

  /** Replaces a topic's attributes; for a durable topic, resolves once they are in its metadata file. */
  async setTopicAttributes(name: string, attributes: Readonly<Record<string, string>>): Promise<void> {
    this.assertOpen('set topic attributes')
    const ref = this.directory.resolve(name)
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value !== 'string') throw new TypeError(`topic attribute ${JSON.stringify(key)} must be a string, got ${typeof value}`)
    }
    if (ref.durable && this.durable === null) throw new NotSupportedError(`set attributes of durable topic ${JSON.stringify(name)} from the engine that opened the data directory`)
    if (ref.durable) await this.durable!.setAttributes(ref, { ...attributes })
    else this.memoryAttributes.set(ref.index, { ...attributes })
  }

  /**
   * Changes a durable topic's log settings (retention, segments, cleanup policy) and applies them to its
   * open logs: keys set to a value override the engine's `log` option, keys set to undefined drop their
   * override, absent keys stay. Kept in the topic's metadata. Opener only.
   */
  async alterTopicLogConfig(name: string, changes: { readonly [K in keyof PartitionLogConfig]?: PartitionLogConfig[K] | undefined }): Promise<PartitionLogConfig> {
    this.assertOpen('alter a topic log config')
    const ref = this.directory.resolve(name)
    if (!ref.durable || this.durable === null) throw new NotSupportedError(`log settings of ${JSON.stringify(name)} need a durable topic and the engine that opened the data directory`)
    return this.durable.alterLogConfig(ref, changes)
  }

  /** A durable topic's effective log settings (opener only), or null for a memory-only topic. */
  topicLogConfig(name: string): PartitionLogConfig | null {
    const ref = this.directory.resolve(name)
    return ref.durable && this.durable !== null ? this.durable.logConfigOf(ref) : null
  }

  listTopics(): string[] {
    this.assertOpen('list topics')
    return this.directory.liveNames()
  }

  describeTopic(name: string): TopicInfo {
    this.assertOpen('describe a topic')
    const ref = this.directory.resolve(name)
    const partitions: PartitionInfo[] = []
    for (let p = 0; p < ref.partitionCount; p++) {
      const global = ref.globals[p]
      const window = this.pool.windowOf(global)
      // Without a window yet, a durable partition's offsets are its log's (recovered at open).
      const startOffset = this.pool.startOffset(global)
      partitions.push({
        partition: p,
        headOffset: ref.durable && this.durable !== null ? this.pool.logStartOffset(global) : window === 0 ? startOffset : this.shared.wasm.windowHeadOffset(window),
        nextOffset: window === 0 ? startOffset : this.shared.wasm.windowNextOffset(window),
      })
    }
    return { name: ref.name, partitions, windowBytes: ref.windowBytes, recordBytesMax: ref.recordBytesMax }
  }

  /** The cached ref of a live topic; drops the cache entry and re-resolves when the topic was deleted. */
  topicRef(name: string): TopicRef {
    const cached = this.topicCache.get(name)
    // A grown topic (createPartitions, in any worker) publishes a larger count: re-resolve then.
    if (cached !== undefined && this.directory.isLive(cached.index) && this.directory.partitionCountOf(cached.index) === cached.partitionCount) return cached
    if (cached !== undefined) this.topicCache.delete(name)
    if (typeof name !== 'string') throw new TypeError(`a topic name must be a string, got ${typeof name}`)
    const index = this.directory.lookup(name)
    if (index < 0) throw new UnknownTopicError(name)
    const ref = this.directory.refOf(index)
    this.topicCache.set(name, ref)
    return ref
  }

  private choosePartition(ref: TopicRef, record: EncodedRecord, explicit: number | undefined, unkeyedPartition: number): number {
    if (explicit !== undefined) {
      if (!Number.isInteger(explicit) || explicit < 0 || explicit >= ref.partitionCount) throw new InvalidPartitionError(ref.name, explicit, ref.partitionCount)
      return explicit
    }
    if (record.key !== null) return partitionForKey(record.key, ref.partitionCount)
    return unkeyedPartition
  }

  async publish(topic: string, record: RecordInput & { partition?: number }): Promise<PublishResult> {
    const [result] = await this.publishBatch(topic, [record])
    return result
  }

  /**
   * Publishes records in order. Every record is validated and encoded before the first is appended, so bad
   * input leaves nothing visible. Records of one partition that fit the staging area are appended in one
   * wasm call, atomically with respect to readers.
   */
  async publishBatch(topic: string, records: ReadonlyArray<RecordInput & { partition?: number }>): Promise<PublishResult[]> {
    this.assertOpen('publish')
    if (!Array.isArray(records)) throw new TypeError('publishBatch needs an array of records')
    const ref = this.topicRef(topic)
    const encoded = records.map((record) => encodeRecord(record, ref.recordBytesMax, ref.name))
    // Unkeyed records of one call stick to one partition (Kafka 2.4+'s sticky partitioner), so a batch
    // costs one append; successive calls rotate.
    const unkeyedPartition = this.unkeyed.next(ref.partitionCount)
    const partitionOf = encoded.map((record, i) => this.choosePartition(ref, record, records[i].partition, unkeyedPartition))
    const results: PublishResult[] = new Array(records.length)
    // Group by partition, keeping each partition's records in input order.
    const byPartition = new Map<number, number[]>()
    for (let i = 0; i < encoded.length; i++) {
      const list = byPartition.get(partitionOf[i])
      if (list === undefined) byPartition.set(partitionOf[i], [i])
      else list.push(i)
    }
    const now = Date.now()
    for (const [partition, indexes] of byPartition) {
      const globalPartition = ref.globals[partition]
      const window = this.ensureWindow(ref, globalPartition)
      const entryBytesMax = this.entryBytesMax(ref)
      let start = 0
      while (start < indexes.length) {
        // One staged entry (one RecordBatch) per append: as many records as fit the entry limit.
        this.batchWriter.beginBatch(0, now)
        let end = start
        while (end < indexes.length && (end === start || this.batchWriter.entryBytesWith(encoded[indexes[end]].recordBytes) <= entryBytesMax)) {
          this.batchWriter.addRecord(encoded[indexes[end]], now)
          end++
        }
        const entryBytes = this.batchWriter.finishBatch()
        this.sealEntry(0)
        const firstOffset = await this.appendStaged(ref, globalPartition, window, entryBytes, 1)
        if (ref.durable) await this.waitDurable(ref, globalPartition, firstOffset + (end - start))
        for (let i = start; i < end; i++) results[indexes[i]] = { partition, offset: firstOffset + (i - start) }
        start = end
      }
    }
    return results
  }

  /**
   * Publishes the batches built with a RecordBatchBuilder to one partition (`partition`, or the sticky
   * unkeyed choice): one copy into staging, one CRC32C and one window append per staging-sized run of
   * batches, no per-record objects. Keys in the batch do not pick partitions here. Records over the topic's
   * limit are refused before anything is appended.
   */
  async publishRecords(topic: string, batch: RecordBatchBuilder, options: { partition?: number } = {}): Promise<BatchPublishResult> {
    this.assertOpen('publish')
    if (!(batch instanceof RecordBatchBuilder)) throw new TypeError('publishRecords needs a RecordBatchBuilder')
    const ref = this.topicRef(topic)
    const count = batch.count
    const partition = options.partition ?? this.unkeyed.next(ref.partitionCount)
    if (!Number.isInteger(partition) || partition < 0 || partition >= ref.partitionCount) throw new InvalidPartitionError(ref.name, partition, ref.partitionCount)
    if (count === 0) return { partition, firstOffset: -1, count: 0 }
    const bytes = batch.bytes
    const entryCount = batch.entryCount
    const entryBytesMax = this.entryBytesMax(ref)
    if (batch.batchBytesMax > entryBytesMax) {
      throw new RangeError(`the builder makes batches of up to ${batch.batchBytesMax} bytes; topic ${JSON.stringify(ref.name)} takes ${entryBytesMax}: build with new RecordBatchBuilder(recordBytesMax, ${entryBytesMax})`)
    }
    if (batch.recordBytesMax > ref.recordBytesMax) {
      const largest = largestRecordBytes(bytes, entryCount)
      if (largest > ref.recordBytesMax) throw new RecordTooLargeError(ref.name, largest, ref.recordBytesMax)
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const globalPartition = ref.globals[partition]
    const window = this.ensureWindow(ref, globalPartition)
    let firstOffset = -1
    let entry = 0
    let at = 0
    while (entry < entryCount) {
      // Whole entries up to the staging size, sealed (CRC) in place, appended in one call.
      let runBytes = 0
      let runEntries = 0
      while (entry + runEntries < entryCount) {
        const entryBytes = view.getUint32(at + runBytes, true)
        if (runBytes + entryBytes > this.stagingBytes.length) break
        runBytes += entryBytes
        runEntries++
      }
      this.stagingBytes.set(bytes.subarray(at, at + runBytes))
      for (let sealed = 0, entryAt = 0; sealed < runEntries; sealed++) {
        this.sealEntry(entryAt)
        entryAt += this.stagingView.getUint32(entryAt, true)
      }
      const offset = await this.appendStaged(ref, globalPartition, window, runBytes, runEntries)
      if (firstOffset < 0) firstOffset = offset
      entry += runEntries
      at += runBytes
    }
    if (ref.durable) await this.waitDurable(ref, globalPartition, firstOffset + count)
    return { partition, firstOffset, count }
  }

  /**
   * Appends Kafka RecordBatch v2 batches as a Kafka producer sent them (the broker's Produce path). Every
   * batch is checked first (magic 2, lengths, offsets, CRC32C computed in wasm) and nothing is appended if any
   * fails; then the batches go in whole, with only their base offsets written.
   */
  async appendBatches(topic: string, partition: number, batches: Uint8Array): Promise<{ baseOffset: number; lastOffset: number }> {
    this.assertOpen('append')
    const ref = this.topicRef(topic)
    if (!Number.isInteger(partition) || partition < 0 || partition >= ref.partitionCount) throw new InvalidPartitionError(ref.name, partition, ref.partitionCount)
    const entryBytesMax = this.entryBytesMax(ref)
    const view = new DataView(batches.buffer, batches.byteOffset, batches.byteLength)
    // Pass 1: headers and sizes, without touching shared memory.
    const spans: Array<[number, number]> = []
    for (let at = 0; at < batches.length; ) {
      if (batches.length - at < batchHeaderBytes) throw new CorruptBatchError(`${batches.length - at} trailing bytes at ${at} are shorter than a batch header`)
      const totalBytes = 12 + view.getInt32(at + 8)
      if (totalBytes < batchHeaderBytes || at + totalBytes > batches.length) throw new CorruptBatchError(`batch at ${at} claims ${totalBytes} bytes; ${batches.length - at} remain`)
      if (view.getInt8(at + 16) !== 2) throw new CorruptBatchError(`batch at ${at} has magic ${view.getInt8(at + 16)}; only magic 2 (RecordBatch v2) is accepted`)
      if (view.getInt32(at + 23) < 0 || view.getInt32(at + 57) < 0) throw new CorruptBatchError(`batch at ${at} has a negative lastOffsetDelta or record count`)
      // As Kafka's LogValidator: a producer's batch holds exactly lastOffsetDelta + 1 records (only
      // compaction leaves gaps, and compacted batches are never appended here).
      if (view.getInt32(at + 57) !== view.getInt32(at + 23) + 1) {
        throw new CorruptBatchError(`batch at ${at} has ${view.getInt32(at + 57)} records but lastOffsetDelta ${view.getInt32(at + 23)}: a produced batch holds lastOffsetDelta + 1 records`)
      }
      const entryBytes = (entryHeaderBytes + totalBytes + 7) & ~7
      if (entryBytes > entryBytesMax) throw new RecordTooLargeError(ref.name, totalBytes, entryBytesMax - entryOverheadBytes)
      spans.push([at, totalBytes])
      at += totalBytes
    }
    if (spans.length === 0) throw new CorruptBatchError('no record batch in the request')
    const globalPartition = ref.globals[partition]
    const window = this.ensureWindow(ref, globalPartition)
    let baseOffset = -1
    let lastOffset = -1
    let next = 0
    while (next < spans.length) {
      // Stage whole batches as entries; check each CRC where it landed, before the append.
      let staged = 0
      let entries = 0
      while (next + entries < spans.length) {
        const [at, totalBytes] = spans[next + entries]
        const entryBytes = (entryHeaderBytes + totalBytes + 7) & ~7
        if (staged + entryBytes > this.stagingBytes.length) break
        copyBytes(this.stagingBytes, staged + entryHeaderBytes, batches.subarray(at, at + totalBytes))
        this.stagingBytes.fill(0, staged + entryHeaderBytes + totalBytes, staged + entryBytes)
        const stagingView = this.stagingView
        stagingView.setUint32(staged, entryBytes, true)
        stagingView.setUint32(staged + 4, 0, true)
        stagingView.setBigUint64(staged + 8, 0n, true)
        stagingView.setUint32(staged + 16, view.getInt32(at + 23) + 1, true)
        stagingView.setUint32(staged + 20, totalBytes, true)
        const { crcAt, start, bytes } = batchCrcRange(stagingView, staged)
        const computed = this.crc.ofRange(this.stagingPtr + start, bytes)
        if (computed !== stagingView.getUint32(crcAt)) {
          throw new CorruptBatchError(`batch ${next + entries} has CRC32C ${stagingView.getUint32(crcAt).toString(16)}, computed ${computed.toString(16)}`)
        }
        staged += entryBytes
        entries++
      }
      const first = await this.appendStaged(ref, globalPartition, window, staged, entries)
      if (baseOffset < 0) baseOffset = first
      let offsets = 0
      for (let e = 0; e < entries; e++) offsets += view.getInt32(spans[next + e][0] + 23) + 1
      lastOffset = first + offsets - 1
      next += entries
    }
    if (ref.durable) await this.waitDurable(ref, globalPartition, lastOffset + 1)
    return { baseOffset, lastOffset }
  }

  /**
   * Reads whole Kafka batches of a partition from `offset` (the batch holding it first), about `maxBytes`
   * of them but at least one (Kafka's fetch rule), as the bytes a Kafka consumer expects.
   */
  async readBatches(topic: string, partition: number, offset: number, maxBytes: number): Promise<{ bytes: Uint8Array; nextOffset: number; logStartOffset: number; highWatermark: number }> {
    this.assertOpen('read')
    const ref = this.topicRef(topic)
    if (!Number.isInteger(partition) || partition < 0 || partition >= ref.partitionCount) throw new InvalidPartitionError(ref.name, partition, ref.partitionCount)
    const wasm = this.shared.wasm
    const global = ref.globals[partition]
    const window = this.pool.windowOf(global)
    const windowStart = window === 0 ? this.pool.startOffset(global) : wasm.windowHeadOffset(window)
    const highWatermark = window === 0 ? this.pool.startOffset(global) : wasm.windowNextOffset(window)
    // A durable partition starts at its log's start; below the window, the opener reads the log.
    const fromLog = ref.durable && this.durable !== null
    const logStartOffset = fromLog ? this.pool.logStartOffset(global) : windowStart
    if (offset < logStartOffset || offset > highWatermark) throw new OffsetOutOfRangeError(ref.name, partition, offset, logStartOffset, highWatermark)
    if (offset === highWatermark) return { bytes: new Uint8Array(0), nextOffset: offset, logStartOffset, highWatermark }
    if (offset < windowStart) {
      const read = await this.durable!.readLog(ref, partition, offset, maxBytes)
      if (read === null || read.bytes.length === 0) throw new OffsetOutOfRangeError(ref.name, partition, offset, logStartOffset, highWatermark)
      return { bytes: read.bytes, nextOffset: nextOffsetAfter(read.bytes), logStartOffset, highWatermark }
    }
    const position = wasm.windowSeek(window, offset)
    if (position < 0) throw new OffsetOutOfRangeError(ref.name, partition, offset, wasm.windowHeadOffset(window), highWatermark)
    const view = this.shared.view
    const cursorPtr = this.readCursorPtr
    const read = (capacity: number, entriesMax: number): number => {
      this.shared.writeReadCursor(cursorPtr, position, offset)
      return wasm.windowRead(window, global, -1, cursorPtr, this.readBufferPtr, capacity, entriesMax)
    }
    let count = read(Math.min(this.readBufferBytes, Math.max(maxBytes, 0)), 1 << 30)
    if (count === 0) count = read(this.readBufferBytes, 1) // the first batch alone is larger than maxBytes
    if (count < 0) throw new OffsetOutOfRangeError(ref.name, partition, offset, wasm.windowHeadOffset(window), highWatermark)
    const copiedBytes = view.getUint32(cursorPtr + 16, true)
    const nextOffset = this.shared.readCursorOffset(cursorPtr)
    // Strip the entry headers: what remains is the batches back to back.
    const bytes = stripEntryHeaders(this.shared.u8.subarray(this.readBufferPtr, this.readBufferPtr + copiedBytes), count)
    return { bytes, nextOffset, logStartOffset, highWatermark }
  }

  /**
   * Resolves once offsets below `offset` of a durable partition are durable (the opener's persister
   * publishes progress in shared memory); fails if the partition's log turned read-only or the engine closed.
   */
  private async waitDurable(ref: TopicRef, globalPartition: number, offset: number): Promise<void> {
    const futex = this.pool.durableFutexIndex(globalPartition)
    for (;;) {
      const sequence = Atomics.load(this.shared.i32, futex)
      if (this.pool.durableOffset(globalPartition) >= offset) return
      if (this.pool.durableError(globalPartition) !== 0) {
        throw new SluiceError('KAFKA_STORAGE_ERROR', `partition ${ref.name}[${this.directory.partitionNumberOf(globalPartition)}] is read-only after a disk error: the record was not made durable`)
      }
      // The shared flag, not this.open: closing the opener drains its persisters first, and publishes
      // already appended keep waiting for their durability until then.
      if (Atomics.load(this.shared.i32, this.shared.controlIndex(Control.closed)) !== 0) throw new EngineClosedError('wait for durability')
      // An attached engine's own close ends its waits; the opener keeps waiting while it drains (its
      // persisters publish progress, then wake everyone once more when its logs are closed).
      if (!this.owner && !this.open) throw new EngineClosedError('wait for durability')
      // Untimed: the persister bumps this word on every advance, on a disk error and on close.
      await (this.owner ? parkOn(this.shared.i32, futex, sequence, Infinity) : Promise.race([parkOn(this.shared.i32, futex, sequence, Infinity), this.closedSignal]))
    }
  }

  /** Kafka's DeleteRecords for durable partitions: records below `offset` are deleted; returns the new log start. */
  async deleteRecordsBefore(topic: string, partition: number, offset: number): Promise<number> {
    this.assertOpen('delete records')
    const ref = this.topicRef(topic)
    if (!Number.isInteger(partition) || partition < 0 || partition >= ref.partitionCount) throw new InvalidPartitionError(ref.name, partition, ref.partitionCount)
    if (!ref.durable || this.durable === null) {
      throw new NotSupportedError(`deleteRecordsBefore needs a durable topic and the engine that opened its data directory (${JSON.stringify(ref.name)})`)
    }
    return this.durable.deleteRecordsBefore(ref, partition, offset)
  }

  /**
   * The first offset whose batch has a timestamp at or after `timestampMs` (Kafka's ListOffsets by time), or
   * null when every record is older. Durable partitions ask their log's time index; the window is scanned.
   */
  async offsetForTimestamp(topic: string, partition: number, timestampMs: number): Promise<number | null> {
    this.assertOpen('look up a timestamp')
    const ref = this.topicRef(topic)
    if (!Number.isInteger(partition) || partition < 0 || partition >= ref.partitionCount) throw new InvalidPartitionError(ref.name, partition, ref.partitionCount)
    if (ref.durable && this.durable !== null) {
      const fromLog = await this.durable.offsetForTimestamp(ref, partition, timestampMs)
      if (fromLog !== null) return fromLog
    }
    const window = this.pool.windowOf(ref.globals[partition])
    if (window === 0) return null
    let offset = this.shared.wasm.windowHeadOffset(window)
    for (;;) {
      let read
      try {
        read = await this.readBatches(topic, partition, offset, this.readBufferBytes)
      } catch (error) {
        if (error instanceof OffsetOutOfRangeError) offset = error.logStartOffset
        else throw error
        continue
      }
      if (read.bytes.length === 0) return null
      const view = new DataView(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength)
      for (let at = 0; at < read.bytes.length; at += 12 + view.getInt32(at + 8)) {
        const maxTimestamp = view.getInt32(at + 35) * 2 ** 32 + view.getUint32(at + 39)
        if (maxTimestamp >= timestampMs) return Math.max(Number(view.getBigInt64(at)), offset)
      }
      offset = read.nextOffset
    }
  }

  /** A RecordBatchBuilder sized to `topic`'s record limit and largest batch. */
  batchBuilder(topic: string): RecordBatchBuilder {
    const ref = this.topicRef(topic)
    return new RecordBatchBuilder(ref.recordBytesMax, this.entryBytesMax(ref))
  }

  /** Computes the CRC32C of the batch in the staged entry at `entryAt`, in wasm where the bytes are. */
  private sealEntry(entryAt: number): void {
    const { crcAt, start, bytes } = batchCrcRange(this.stagingView, entryAt)
    this.stagingView.setUint32(crcAt, this.crc.ofRange(this.stagingPtr + start, bytes))
  }

  private ensureWindow(ref: TopicRef, globalPartition: number): number {
    return this.pool.ensureWindow(globalPartition, ref.windowBytes, this.entryBytesMax(ref), ref.name, ref.durable)
  }

  /** The largest entry (one batch): the staging area, and at most half a window so a gated window can take it. */
  entryBytesMax(ref: TopicRef): number {
    return Math.min(this.stagingBytes.length, ref.windowBytes / 2)
  }

  /** A durable partition whose log failed takes no more records (Kafka's KAFKA_STORAGE_ERROR). */
  private assertWritable(ref: TopicRef, globalPartition: number): void {
    if (ref.durable && this.pool.durableError(globalPartition) !== 0) {
      throw new SluiceError('KAFKA_STORAGE_ERROR', `partition ${ref.name}[${this.directory.partitionNumberOf(globalPartition)}] is read-only after a disk error; other partitions keep working`)
    }
  }

  /**
   * Appends what is staged. Yields while another worker holds the partition's lock, and parks while a
   * backpressure subscriber holds the window full, until publishTimeoutMs.
   */
  private async appendStaged(ref: TopicRef, globalPartition: number, window: number, stagedBytes: number, count: number): Promise<number> {
    const { wasm, i32, layout } = this.shared
    const started = Date.now()
    this.assertWritable(ref, globalPartition)
    for (;;) {
      const result = wasm.windowAppend(window, globalPartition, this.stagingPtr, stagedBytes, count, Date.now())
      if (result >= 0) return result
      if (result === WindowResult.gone) throw new UnknownTopicError(ref.name)
      if (result !== WindowResult.busy && result !== WindowResult.full) {
        throw new SluiceError('INTERNAL', `window refused a staged batch of ${count} records (${stagedBytes} bytes) for ${ref.name}: code ${result}`)
      }
      const waitedMs = Date.now() - started
      const partition = this.directory.partitionNumberOf(globalPartition)
      if (result === WindowResult.busy && waitedMs > lockWaitMsMax) {
        throw new SluiceError('PARTITION_BUSY', `partition ${ref.name}[${partition}] stayed locked for ${lockWaitMsMax} ms: a worker may have died mid-append`)
      }
      if (result === WindowResult.full && waitedMs > layout.limits.publishTimeoutMs) throw new PublishTimeoutError(ref.name, partition, waitedMs)
      // Another publish on this engine may stage into the same area while we wait: keep a private copy
      // and restore it; everything from the restore to the append is synchronous.
      const saved = this.stagingBytes.slice(0, stagedBytes)
      if (result === WindowResult.busy) {
        await yieldToEventLoop()
      } else {
        // Register as waiting, then re-check once before sleeping: a reader that moved in between has
        // either bumped the progress word (we see it) or seen us waiting (it notifies).
        const progressIndex = wasm.windowProgressAddress(window) >>> 2
        const progress = Atomics.load(i32, progressIndex)
        wasm.windowWritersWaiting(window, 1)
        try {
          const retry = wasm.windowAppend(window, globalPartition, this.stagingPtr, stagedBytes, count, Date.now())
          if (retry >= 0) return retry
          if (retry === WindowResult.full) await parkOn(i32, progressIndex, progress, 100)
        } finally {
          wasm.windowWritersWaiting(window, -1)
        }
      }
      this.assertOpen('publish')
      this.stagingBytes.set(saved)
    }
  }

  /**
   * With `group`: joins the consumer group as a Kafka-compatible member and reads only the partitions the
   * group assigns it, from the group's committed offsets (host/engine/group-member.ts, docs/groups.md).
   */
  subscribe(pattern: string, options: GroupSubscribeOptions): GroupSubscription
  subscribe(pattern: string, options?: SubscribeOptions): Subscription
  subscribe(pattern: string, options: SubscribeOptions | GroupSubscribeOptions = {}): Subscription | GroupSubscription {
    this.assertOpen('subscribe')
    if ('group' in options && options.group !== undefined) {
      if (!this.owner) throw attachedGroupsError(`subscribe with group ${JSON.stringify(options.group)}`)
      const member = new GroupSubscription(this, pattern, options, () => this.groupMembers.delete(member))
      this.groupMembers.add(member)
      return member
    }
    const subscription = new Subscription(this, pattern, options as SubscribeOptions, () => this.subscriptions.delete(subscription))
    this.subscriptions.add(subscription)
    return subscription
  }

  /**
   * Closes this engine object. Closing the engine that opened the memory closes it for every attached
   * worker too (their publishes fail with EngineClosedError, their subscriptions end).
   */
  async close(): Promise<void> {
    if (!this.open) return
    // Group members commit and leave, and the coordinator's last records land, while the engine still
    // takes writes.
    await Promise.allSettled([...this.groupMembers].map((member) => member.close()))
    await this.groupService?.close()
    if (!this.open) return
    this.open = false
    this.signalClosed()
    // Persist what the windows hold before anything else closes, so publishes already appended complete.
    if (this.durable !== null) await this.durable.close()
    for (const subscription of [...this.subscriptions]) subscription.close()
    const { i32, layout } = this.shared
    Atomics.store(i32, (layout.workerSlots.offset >>> 2) + this.slot, 0)
    if (this.owner) {
      Atomics.store(i32, this.shared.controlIndex(Control.closed), 1)
      // Wake every parked subscriber in every worker so it sees the closed flag.
      this.shared.bump(this.shared.controlIndex(Control.topicSequence))
    }
  }
}
