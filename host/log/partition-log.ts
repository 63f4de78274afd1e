// A durable partition log: Kafka RecordBatch v2 batches stored byte for byte in segment files, with sparse
// offset and time indexes, group-committed fsync, tail-only crash recovery, retention and compaction.
//
// Layout of a partition directory (the caller picks it, usually <dataDir>/<topic>-<partition>):
//   00000000000000000000.log         batches, exactly as appended (baseOffset rewritten by append)
//   00000000000000000000.index       int32 relative offset + int32 position, every indexIntervalBytes
//   00000000000000000000.timeindex   int64 timestamp + int32 relative offset (see segment.ts)
//   log-start-offset                 "1\n<offset>\n": the first offset readers may see (deleteRecordsBefore)
//   clean-shutdown                   written by close(), removed by open(): its absence means a crash
//   *.cleaned, *.swap                compaction's replacement files while they are written / renamed in
//
// Data flow of an append: the call checks the batches and assigns offsets synchronously (so offsets follow
// call order), queues them; one writer writes everything queued with one writev at a time; with 'fsync',
// one sync loop runs fdatasync over everything written so far and acknowledges all appends it covers
// (group commit). Readers see only acknowledged bytes (`visibleBytes`), always whole batches.

import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32cJs } from '../crc/crc32c-js.js'
import {
  attributeCompressionMask,
  attributeControl,
  batchAttributes,
  batchBaseOffset,
  batchLastOffsetDelta,
  batchLengthAt,
  batchLogOverheadBytes,
  batchMaxTimestamp,
  batchRecordCountAt,
  checkBatch,
  readInt32,
  writeInt64,
} from './batch-header.js'
import { filterBatch, forEachRecord } from './compaction.js'
import { policyCompacts, policyDeletes, resolvePartitionLogConfig, type PartitionLogConfig } from './config.js'
import {
  BatchTooLargeError,
  InvalidBatchError,
  LogClosedError,
  LogDiskError,
  LogReadOnlyError,
  OffsetMismatchError,
  OffsetOutOfRangeError,
  systemCodeOf,
} from './errors.js'
import { resolveSegmentMapper } from './mapping.js'
import { defaultLogIo, indexFlushEntries, Segment, segmentFileName, segmentIndexFor, type Crc32cFunction, type LogIo, type SegmentMapper } from './segment.js'

/**
 * Default PartitionLogOptions.activeMapStepBytes. Measured on 8 partitions of 54 MB read from the start
 * right after they were written: 1-4 MiB steps 0.050 s of broker CPU per million 100-byte records, 16 MiB
 * 0.067, no mapping 0.155 (the unmapped tail is read into fresh buffers).
 */
const activeMapStepBytesDefault = 4 * 1024 * 1024

export type { PartitionLogConfig } from './config.js'

export interface PartitionLogOptions {
  /** CRC32C of a byte range (finalized, init 0). Default: the pure-JS one; pass the wasm Crc32c's ofBytes for speed. */
  crc32c?: Crc32cFunction
  /** Receives structured events: what recovery cut, segment rolls and deletions, read-only transitions. */
  logger?: (event: object) => void
  /** Replaces the writes and syncs (tests inject ENOSPC/EIO here). */
  io?: Partial<LogIo>
  /** Clock for segment age and retention (tests). Default Date.now. */
  now?: () => number
  /** Check each appended batch's CRC32C before storing it (default true; the engine's own batches may skip it). */
  verifyCrcOnAppend?: boolean
  /**
   * Read sealed segments through one read-only mapping each (default true: the native addon's mmap where
   * it loaded, file reads on the portable path); false keeps file reads; a function replaces the mapper (tests).
   */
  mapSegments?: boolean | SegmentMapper
  /**
   * The active segment is mapped a step at a time as it grows (Segment.mapWritten), with the same mapper:
   * reads inside its first floor(written / step) steps slice the mapping, the rest read the file. Smaller
   * steps remap more often; past 8 steps a step is an eighth of what is mapped. Default 4 MiB; 0 reads the
   * active segment through the file only.
   */
  activeMapStepBytes?: number
}

export interface AppendResult {
  baseOffset: number
  lastOffset: number
}

export interface ReadResult {
  /** Whole batches, the first one containing the requested offset (or the next one after a compacted gap). */
  bytes: Uint8Array
  firstBatchOffset: number
}

export interface CompactionResult {
  segmentsCleaned: number
  recordsRemoved: number
  tombstonesRemoved: number
  bytesBefore: number
  bytesAfter: number
}

/** One pass of the cleanup policy (cleanUp): what compaction did, and the segments retention deleted. */
export interface CleanupResult {
  compaction: CompactionResult
  segmentsDeleted: number
}

export const cleanShutdownFileName = 'clean-shutdown'
export const logStartOffsetFileName = 'log-start-offset'
/** One writev carries at most this much: bounds the time one append waits behind others. */
const writeGroupBytesMax = 16 * 1024 * 1024
/** Batches flattened as 5 numbers each: start in the buffer, total bytes, base offset, last offset, maxTimestamp. */
const batchFields = 5
const relativeOffsetMax = 2 ** 31 - 1
const segmentLogPattern = /^(\d{20})\.log$/

interface AppendRequest {
  readonly kind: 'append'
  readonly bytes: Uint8Array
  readonly batches: number[]
  readonly totalBytes: number
  readonly result: AppendResult
  readonly resolve: (result: AppendResult) => void
  readonly reject: (error: unknown) => void
}

interface TaskRequest {
  readonly kind: 'task'
  readonly run: () => Promise<void>
  readonly resolve: () => void
  readonly reject: (error: unknown) => void
}

interface CleanMarker {
  version: 1
  activeBaseOffset: number
  activeBytes: number
  nextOffset: number
}

export class PartitionLog {
  readonly directory: string
  #config: Readonly<PartitionLogConfig>

  readonly #crc32c: Crc32cFunction
  readonly #logger: (event: object) => void
  readonly #io: LogIo
  readonly #now: () => number
  readonly #verifyCrcOnAppend: boolean
  readonly #mapper: SegmentMapper | null
  readonly #activeMapStepBytes: number

  /** Replaced, never mutated, so a reader's snapshot stays consistent across awaits. */
  #segments: Segment[] = []
  #logStartOffset = 0
  /** Next offset append assigns (log end offset, including appends not yet written). */
  #assignedEnd = 0
  /** One past the last offset written to a file. */
  #writtenEnd = 0
  /** One past the last offset readers may see (acknowledged). */
  #visibleEnd = 0

  #queue: Array<AppendRequest | TaskRequest> = []
  #writerRunning = false
  #awaitingSync: AppendRequest[] = []
  #syncRunning = false
  #syncIdleWaiters: Array<() => void> = []
  /** Segments with bytes written but not yet fdatasync'ed ('fsync' durability). */
  #dirty = new Set<Segment>()

  #readOnlyCode: string | null = null
  #closing = false
  #closed: Promise<void> | null = null
  #maintenance: Promise<unknown> = Promise.resolve()
  #checkpointChain: Promise<unknown> = Promise.resolve()
  #loading = new Map<Segment, Promise<void>>()

  private constructor(directory: string, config: PartitionLogConfig, options: PartitionLogOptions) {
    this.directory = directory
    this.#config = Object.freeze(config)
    this.#crc32c = options.crc32c ?? ((bytes) => crc32cJs(bytes, 0))
    this.#logger = options.logger ?? (() => {})
    this.#io = { ...defaultLogIo, ...options.io }
    this.#now = options.now ?? Date.now
    this.#verifyCrcOnAppend = options.verifyCrcOnAppend ?? true
    this.#mapper = resolveSegmentMapper(options.mapSegments)
    const step = options.activeMapStepBytes ?? activeMapStepBytesDefault
    if (!Number.isSafeInteger(step) || step < 0) throw new RangeError(`activeMapStepBytes must be a non-negative integer, got ${step}`)
    this.#activeMapStepBytes = step
  }

  /** Opens (creating if needed) the log in `directory` and recovers it: tail scan after a crash. */
  static async open(directory: string, config: Partial<PartitionLogConfig> = {}, options: PartitionLogOptions = {}): Promise<PartitionLog> {
    const log = new PartitionLog(directory, resolvePartitionLogConfig(config), options)
    await mkdir(directory, { recursive: true })
    await log.#recover()
    return log
  }

  /** The settings in force; reconfigure() replaces them. */
  get config(): Readonly<PartitionLogConfig> {
    return this.#config
  }

  /**
   * Replaces the settings (a topic's retention, segment or cleanup config altered at run time). The next
   * append rolls by the new segment limits, the next retention or compaction pass uses the new policy.
   */
  reconfigure(config: Partial<PartitionLogConfig>): void {
    this.#config = Object.freeze(resolvePartitionLogConfig(config))
  }

  /** First offset readers may ask for. */
  get logStartOffset(): number {
    return this.#logStartOffset
  }

  /** Log end offset: the offset the next appended batch gets. */
  get nextOffset(): number {
    return this.#assignedEnd
  }

  /** One past the last acknowledged offset: read() serves offsets below it. */
  get readableEndOffset(): number {
    return this.#visibleEnd
  }

  /** True after a disk error: appends fail with LogReadOnlyError, reads work. */
  get readOnly(): boolean {
    return this.#readOnlyCode !== null
  }

  get segmentCount(): number {
    return this.#segments.length
  }

  /** Base offsets of the segments, oldest first. */
  get segmentBaseOffsets(): number[] {
    return this.#segments.map((segment) => segment.baseOffset)
  }

  /** Bytes of all segment files. */
  get sizeBytes(): number {
    let total = 0
    for (const segment of this.#segments) total += segment.size
    return total
  }

  get #active(): Segment {
    return this.#segments[this.#segments.length - 1]
  }

  // ---- appends ----

  /**
   * Appends one or more whole v2 batches, assigning offsets: each batch's baseOffset is rewritten in place
   * in `batches` (the field is outside the CRC). Resolves once the configured durability holds.
   */
  append(batches: Uint8Array): Promise<AppendResult> {
    return this.#enqueueAppend(batches, false)
  }

  /** Appends batches whose offsets are already assigned: each baseOffset must equal nextOffset at that point. */
  async appendAssigned(batches: Uint8Array): Promise<void> {
    await this.#enqueueAppend(batches, true)
  }

  #enqueueAppend(bytes: Uint8Array, assigned: boolean): Promise<AppendResult> {
    if (this.#closing) return Promise.reject(new LogClosedError(this.directory, 'append'))
    if (this.#readOnlyCode !== null) return Promise.reject(new LogReadOnlyError(this.directory, this.#readOnlyCode))
    const crc32c = this.#verifyCrcOnAppend ? this.#crc32c : null
    const fields: number[] = []
    let at = 0
    while (at < bytes.length) {
      const checked = checkBatch(bytes, at, bytes.length, crc32c)
      if (typeof checked === 'string') return Promise.reject(new InvalidBatchError(at, checked))
      if (checked > this.config.batchBytesMax) return Promise.reject(new BatchTooLargeError(checked, this.config.batchBytesMax))
      fields.push(at, checked, 0, batchLastOffsetDelta(bytes, at), batchMaxTimestamp(bytes, at))
      at += checked
    }
    if (fields.length === 0) return Promise.reject(new InvalidBatchError(0, 'the buffer holds no batch'))
    // All checks pass before any offset is taken, so a rejected call leaves nextOffset unchanged.
    let next = this.#assignedEnd
    for (let i = 0; i < fields.length; i += batchFields) {
      const start = fields[i]
      if (assigned) {
        const baseOffset = batchBaseOffset(bytes, start)
        if (baseOffset !== next) return Promise.reject(new OffsetMismatchError(this.directory, next, baseOffset))
      }
      fields[i + 2] = next
      next += fields[i + 3] + 1
      fields[i + 3] = next - 1
    }
    if (!assigned) for (let i = 0; i < fields.length; i += batchFields) writeInt64(bytes, fields[i], fields[i + 2])
    const result: AppendResult = { baseOffset: fields[2], lastOffset: next - 1 }
    this.#assignedEnd = next
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queue.push({ kind: 'append', bytes, batches: fields, totalBytes: at, result, resolve, reject })
      this.#kickWriter()
    })
  }

  /** Runs `run` in the writer's order: after every append queued before it, before every one after. */
  #enqueueTask(run: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ kind: 'task', run, resolve, reject })
      this.#kickWriter()
    })
  }

  #kickWriter(): void {
    if (!this.#writerRunning) void this.#drainQueue()
  }

  async #drainQueue(): Promise<void> {
    this.#writerRunning = true
    try {
      while (this.#queue.length > 0) {
        const first = this.#queue[0]
        if (first.kind === 'task') {
          this.#queue.shift()
          try {
            await first.run()
            first.resolve()
          } catch (error) {
            first.reject(error)
          }
          continue
        }
        const group: AppendRequest[] = []
        let groupBytes = 0
        while (this.#queue.length > 0 && this.#queue[0].kind === 'append' && (group.length === 0 || groupBytes < writeGroupBytesMax)) {
          const request = this.#queue.shift() as AppendRequest
          group.push(request)
          groupBytes += request.totalBytes
        }
        if (this.#readOnlyCode !== null) {
          for (const request of group) request.reject(new LogReadOnlyError(this.directory, this.#readOnlyCode))
          continue
        }
        await this.#writeGroup(group)
      }
    } finally {
      this.#writerRunning = false
    }
  }

  async #writeGroup(group: AppendRequest[]): Promise<void> {
    let segment = this.#active
    let position = segment.size
    let writeStart = position
    let buffers: Uint8Array[] = []
    const written: number[] = []
    const fsync = this.config.durability === 'fsync'
    const flush = async (): Promise<void> => {
      if (buffers.length === 0) return
      await this.#io.writev(await segment.handle(), buffers, writeStart)
      for (let i = 0; i < written.length; i += batchFields) segment.onBatch(written[i], written[i + 1], written[i + 2], written[i + 3], written[i + 4])
      this.#writtenEnd = segment.nextOffset
      if (fsync) {
        this.#dirty.add(segment)
      } else {
        segment.visibleBytes = segment.size
        this.#visibleEnd = this.#writtenEnd
      }
      buffers = []
      written.length = 0
      writeStart = segment.size
    }
    try {
      for (const request of group) {
        const fields = request.batches
        let runStart = -1
        let runEnd = -1
        for (let i = 0; i < fields.length; i += batchFields) {
          const total = fields[i + 1]
          if (this.#shouldRoll(segment, position, total, fields[i + 3])) {
            if (runStart >= 0) buffers.push(request.bytes.subarray(runStart, runEnd))
            runStart = -1
            await flush()
            segment = await this.#roll()
            position = 0
            writeStart = 0
          }
          if (position === 0) segment.rollBaseMs = this.#now()
          if (runStart < 0) runStart = fields[i]
          runEnd = fields[i] + total
          written.push(position, total, fields[i + 2], fields[i + 3], fields[i + 4])
          position += total
        }
        if (runStart >= 0) buffers.push(request.bytes.subarray(runStart, runEnd))
      }
      await flush()
      if (segment.unflushedIndexEntries >= indexFlushEntries) await segment.flushIndexes()
    } catch (error) {
      await this.#failWrite(error, 'write', group, segment)
      return
    }
    if (fsync) {
      for (const request of group) this.#awaitingSync.push(request)
      this.#kickSync()
    } else {
      for (const request of group) request.resolve(request.result)
    }
  }

  #shouldRoll(segment: Segment, position: number, totalBytes: number, lastOffset: number): boolean {
    if (position === 0) return false
    if (position + totalBytes > this.config.segmentBytes) return true
    if (lastOffset - segment.baseOffset > relativeOffsetMax) return true
    return this.#now() - segment.rollBaseMs >= this.config.segmentMs
  }

  /** Seals the active segment and starts a new one at the written end. Runs in the writer only. */
  async #roll(): Promise<Segment> {
    const old = this.#active
    old.seal(old.nextOffset)
    await old.flushIndexes()
    if (this.config.durability === 'fsync') await old.syncIndexes()
    const segment = await Segment.create(this.directory, old.nextOffset, this.config.indexIntervalBytes)
    this.#segments = [...this.#segments, segment]
    if (this.config.durability === 'fsync') await syncDirectory(this.directory)
    this.#logger({ event: 'segment-rolled', directory: this.directory, sealedBaseOffset: old.baseOffset, sealedBytes: old.size, baseOffset: segment.baseOffset })
    return segment
  }

  #kickSync(): void {
    if (!this.#syncRunning) void this.#syncLoop()
  }

  async #syncLoop(): Promise<void> {
    this.#syncRunning = true
    try {
      while (this.#awaitingSync.length > 0) {
        // Everything in awaitingSync is already written; one fdatasync per dirty file covers all of it and
        // whatever else was written before the sync started (group commit).
        const requests = this.#awaitingSync
        this.#awaitingSync = []
        const targets = [...this.#dirty]
        const sizes = targets.map((segment) => segment.size)
        const end = this.#writtenEnd
        try {
          await Promise.all(targets.map(async (segment) => this.#io.datasync(await segment.handle())))
        } catch (error) {
          this.#enterReadOnly(error, 'fdatasync')
          const failure = new LogDiskError(this.directory, 'fdatasync', error)
          for (const request of [...requests, ...this.#awaitingSync]) request.reject(failure)
          this.#awaitingSync = []
          break
        }
        for (let i = 0; i < targets.length; i++) {
          const segment = targets[i]
          if (sizes[i] > segment.visibleBytes) segment.visibleBytes = sizes[i]
          if (segment.size === sizes[i]) this.#dirty.delete(segment)
        }
        if (end > this.#visibleEnd) this.#visibleEnd = end
        for (const request of requests) request.resolve(request.result)
      }
    } finally {
      this.#syncRunning = false
      const waiters = this.#syncIdleWaiters
      this.#syncIdleWaiters = []
      for (const wake of waiters) wake()
    }
  }

  #whenSyncIdle(): Promise<void> {
    if (!this.#syncRunning && this.#awaitingSync.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.#syncIdleWaiters.push(resolve))
  }

  async #failWrite(error: unknown, operation: string, group: AppendRequest[], segment: Segment): Promise<void> {
    this.#enterReadOnly(error, operation)
    const failure = new LogDiskError(this.directory, operation, error)
    for (const request of group) request.reject(failure)
    const readOnly = new LogReadOnlyError(this.directory, this.#readOnlyCode ?? 'UNKNOWN')
    for (const request of this.#queue.splice(0)) {
      if (request.kind === 'append') request.reject(readOnly)
      else this.#queue.push(request)
    }
    // A failed write may have left part of a batch behind; cut it so the file ends on a batch boundary
    // (best effort: recovery would cut it too).
    await segment.truncateLog(segment.size).catch(() => {})
    this.#assignedEnd = this.#writtenEnd
  }

  #enterReadOnly(error: unknown, operation: string): void {
    if (this.#readOnlyCode !== null) return
    this.#readOnlyCode = systemCodeOf(error)
    this.#logger({ event: 'log-read-only', directory: this.directory, operation, code: this.#readOnlyCode, message: error instanceof Error ? error.message : String(error) })
  }

  // ---- reads ----

  /**
   * Whole batches from the one containing `offset` (or the first after it, when compaction removed it),
   * up to maxBytes but always at least one batch, from a single segment. Null at or past the end.
   */
  async read(offset: number, maxBytes: number): Promise<ReadResult | null> {
    if (this.#closed !== null) throw new LogClosedError(this.directory, 'read')
    if (offset < this.#logStartOffset) throw new OffsetOutOfRangeError(this.directory, offset, this.#logStartOffset, this.#visibleEnd)
    if (offset >= this.#visibleEnd) return null
    const segments = this.#segments
    for (let i = segmentIndexFor(segments, offset); i < segments.length; i++) {
      const segment = segments[i]
      segment.acquire()
      try {
        if (segment.isRetired) return this.read(Math.max(offset, this.#logStartOffset), maxBytes)
        await this.#ensureLoaded(segment)
        // Sealed: mapped whole on its first read (once: a refusal keeps file reads). Active: a step at a time.
        if (this.#mapper !== null) {
          if (segment.sealed) this.#logMapError(segment, segment.mapSealed(this.#mapper))
          else if (this.#activeMapStepBytes > 0) this.#logMapError(segment, segment.mapWritten(this.#mapper, this.#activeMapStepBytes))
        }
        const limit = segment.visibleBytes
        const from = segment.lookupPosition(offset)
        if (from >= limit) continue
        const readAhead = Math.min(maxBytes, 64 * 1024 * 1024) + 2 * this.config.indexIntervalBytes
        const found = await segment.findBatch(offset, from, limit, readAhead)
        if (found === null) continue
        const { location, chunk, chunkStart } = found
        const want = Math.max(location.totalBytes, Math.min(maxBytes, limit - location.position))
        let bytes: Uint8Array
        const inChunk = location.position - chunkStart
        if (inChunk + want <= chunk.length) bytes = chunk.subarray(inChunk, inChunk + want)
        else bytes = await segment.readAt(location.position, want)
        let end = 0
        while (bytes.length - end >= batchLogOverheadBytes) {
          const total = batchLogOverheadBytes + readInt32(bytes, end + batchLengthAt)
          if (total <= batchLogOverheadBytes || end + total > bytes.length) break
          end += total
        }
        return { bytes: bytes.subarray(0, end), firstBatchOffset: location.baseOffset }
      } finally {
        segment.release()
      }
    }
    return null
  }

  /** First offset whose batch has maxTimestamp >= timestampMs (at least logStartOffset), or null. */
  async offsetForTimestamp(timestampMs: number): Promise<number | null> {
    if (this.#closed !== null) throw new LogClosedError(this.directory, 'offsetForTimestamp')
    const segments = this.#segments
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]
      const end = i + 1 < segments.length ? segments[i + 1].baseOffset : this.#visibleEnd
      if (end <= this.#logStartOffset) continue
      segment.acquire()
      try {
        if (segment.isRetired) return this.offsetForTimestamp(timestampMs)
        await this.#ensureLoaded(segment)
        if (segment.maxTimestamp < timestampMs) continue
        const from = segment.lookupPosition(segment.timeLookupOffset(timestampMs))
        const found = await segment.findBatchByTime(timestampMs, this.#logStartOffset, Math.min(from, segment.visibleBytes), segment.visibleBytes)
        if (found !== null) return Math.max(found.baseOffset, this.#logStartOffset)
      } finally {
        segment.release()
      }
    }
    return null
  }

  #logMapError(segment: Segment, error: unknown): void {
    if (error === null) return
    this.#logger({ event: 'segment-map-failed', directory: this.directory, baseOffset: segment.baseOffset, message: error instanceof Error ? error.message : String(error) })
  }

  /** Segments read through a mapping (tests, metrics). */
  get mappedSegmentCount(): number {
    let count = 0
    for (const segment of this.#segments) if (segment.isMapped) count++
    return count
  }

  /** Loads a sealed segment's indexes on first use, rebuilding them when they do not match the log file. */
  #ensureLoaded(segment: Segment): Promise<void> {
    if (segment.indexesLoaded) return Promise.resolve()
    let loading = this.#loading.get(segment)
    if (loading === undefined) {
      loading = (async () => {
        const fileBytes = await segment.fileSize()
        const consistent = await segment.loadIndexes(fileBytes)
        if (consistent && segment.hasSealEntry(segment.nextOffset) && fileBytes === segment.size) return
        const logicalEnd = segment.nextOffset
        if (!consistent) segment.clearIndexes()
        const cut = await segment.recoverTail(this.#crc32c, true)
        segment.seal(logicalEnd)
        await segment.flushIndexes()
        this.#logger({ event: 'index-rebuilt', directory: this.directory, baseOffset: segment.baseOffset, reason: consistent ? 'missing seal entry' : 'inconsistent index', cut })
      })().finally(() => this.#loading.delete(segment))
      this.#loading.set(segment, loading)
    }
    return loading
  }

  // ---- deletion: retention, deleteRecordsBefore ----

  /** Moves logStartOffset to `offset` (persisted first) and deletes the segments wholly below it. */
  async deleteRecordsBefore(offset: number): Promise<number> {
    if (this.#closed !== null) throw new LogClosedError(this.directory, 'deleteRecordsBefore')
    if (!Number.isSafeInteger(offset) || offset > this.#visibleEnd) throw new OffsetOutOfRangeError(this.directory, offset, this.#logStartOffset, this.#visibleEnd)
    if (offset <= this.#logStartOffset) return this.#logStartOffset
    this.#logStartOffset = offset
    await this.#writeLogStartOffset()
    await this.#withMaintenance(async () => {
      await this.#deleteSegmentsBelowStart()
    })
    return this.#logStartOffset
  }

  /**
   * Runs the cleanup policy once, as Kafka's log cleaner does: compaction where the policy compacts, then
   * time and size retention where it deletes (with 'compact,delete', both, so retention.bytes counts the
   * compacted sizes). Either step is a no-op under a policy without it.
   */
  async cleanUp(nowMs: number = this.#now()): Promise<CleanupResult> {
    const compaction = await this.compact(nowMs)
    const { segmentsDeleted } = await this.enforceRetention(nowMs)
    return { compaction, segmentsDeleted }
  }

  /** Delete policy (alone or with compact): drops whole segments older than retentionMs and beyond retentionBytes. */
  async enforceRetention(nowMs: number = this.#now()): Promise<{ segmentsDeleted: number }> {
    if (this.#closed !== null) throw new LogClosedError(this.directory, 'enforceRetention')
    if (!policyDeletes(this.config.cleanupPolicy)) return { segmentsDeleted: 0 }
    return this.#withMaintenance(async () => {
      let deleted = 0
      const { retentionMs, retentionBytes } = this.config
      if (retentionMs !== null) {
        const cutoff = nowMs - retentionMs
        let expired = 0
        const active = this.#active
        for (const segment of this.#segments) {
          await this.#ensureLoaded(segment)
          // A sealed segment that compaction emptied expires by the maxTimestamp it kept (see #cleanSegment).
          if ((segment === active && segment.size === 0) || segment.maxTimestamp >= cutoff) break
          expired++
        }
        // Every segment expired, the active one included: roll it so that it can go too.
        if (expired === this.#segments.length && expired > 0 && !this.#closing && this.#readOnlyCode === null) {
          await this.#enqueueTask(async () => {
            if (this.#active.size > 0 && this.#active.maxTimestamp < cutoff) await this.#roll()
          })
          expired = this.#segments.length - 1
        }
        expired = Math.min(expired, this.#segments.length - 1)
        if (expired > 0) deleted += await this.#deleteOldestSegments(expired, 'retention.ms')
      }
      if (retentionBytes !== null) {
        let total = this.sizeBytes
        let count = 0
        while (count < this.#segments.length - 1 && total - this.#segments[count].size >= retentionBytes) {
          total -= this.#segments[count].size
          count++
        }
        if (count > 0) deleted += await this.#deleteOldestSegments(count, 'retention.bytes')
      }
      return { segmentsDeleted: deleted }
    })
  }

  async #deleteSegmentsBelowStart(): Promise<void> {
    // With everything deleted, roll the active segment so that its file can go as well.
    if (this.#logStartOffset >= this.#writtenEnd && this.#active.size > 0 && !this.#closing && this.#readOnlyCode === null) {
      await this.#enqueueTask(async () => {
        if (this.#logStartOffset >= this.#writtenEnd && this.#active.size > 0) await this.#roll()
      })
    }
    let count = 0
    while (count < this.#segments.length - 1 && this.#segments[count + 1].baseOffset <= this.#logStartOffset) count++
    if (count > 0) await this.#deleteOldestSegments(count, 'deleteRecordsBefore')
  }

  async #deleteOldestSegments(count: number, reason: string): Promise<number> {
    const removed = this.#segments.slice(0, count)
    this.#segments = this.#segments.slice(count)
    if (this.#segments[0].baseOffset > this.#logStartOffset) this.#logStartOffset = this.#segments[0].baseOffset
    // The checkpoint moves before any file goes: a crash in between leaves files below the start, which
    // the next deletion removes, never a start offset pointing at missing data.
    await this.#writeLogStartOffset()
    for (const segment of removed) {
      this.#dirty.delete(segment)
      await segment.retire(true)
      this.#logger({ event: 'segment-deleted', directory: this.directory, baseOffset: segment.baseOffset, bytes: segment.size, reason })
    }
    return count
  }

  #withMaintenance<T>(run: () => Promise<T>): Promise<T> {
    const result = this.#maintenance.then(run, run)
    this.#maintenance = result.catch(() => {})
    return result
  }

  #writeLogStartOffset(): Promise<void> {
    const write = this.#checkpointChain.then(() => writeFileAtomic(this.directory, logStartOffsetFileName, `1\n${this.#logStartOffset}\n`, this.config.durability === 'fsync'))
    this.#checkpointChain = write.catch(() => {})
    return write
  }

  // ---- compaction ----

  /**
   * Compact policy (alone or with delete): in every sealed segment, keeps only the latest record per key
   * (latest over the whole log) and drops tombstones older than deleteRetentionMs; offsets never change.
   * Each changed segment is written aside (*.cleaned), synced, and renamed in (*.swap, then the final name),
   * so appends, which only touch the active segment, continue meanwhile, and a crash leaves either the old
   * or the new segment.
   * Compressed and control batches are kept whole (their keys are not read).
   */
  async compact(nowMs: number = this.#now()): Promise<CompactionResult> {
    if (this.#closed !== null) throw new LogClosedError(this.directory, 'compact')
    const result: CompactionResult = { segmentsCleaned: 0, recordsRemoved: 0, tombstonesRemoved: 0, bytesBefore: 0, bytesAfter: 0 }
    if (!policyCompacts(this.config.cleanupPolicy)) return result
    return this.#withMaintenance(async () => {
      const segments = this.#segments
      if (segments.length < 2) return result
      // min.compaction.lag.ms: cleaning stops at the first segment holding a record newer than the lag, and
      // records from there on do not shadow older ones yet (Kafka's first uncleanable offset).
      let cleanable = segments.length - 1
      const lagMs = this.config.minCompactionLagMs
      if (lagMs > 0) {
        for (let i = 0; i < segments.length - 1; i++) {
          await this.#ensureLoaded(segments[i])
          if (segments[i].maxTimestamp > nowMs - lagMs) {
            cleanable = i
            break
          }
        }
        if (cleanable === 0) return result
      }
      const latest = new Map<string, number>()
      for (const segment of lagMs > 0 ? segments.slice(0, cleanable) : segments) {
        await this.#forEachBatch(segment, segment.visibleBytes, (bytes, at) => {
          if (!isPlainBatch(bytes, at)) return
          forEachRecord(bytes, at, (record) => {
            if (record.key !== null) latest.set(record.key, record.offset)
          })
        })
      }
      const tombstoneCutoff = nowMs - this.config.deleteRetentionMs
      for (const segment of segments.slice(0, cleanable)) {
        if (this.#closing) break
        if (!this.#segments.includes(segment)) continue
        await this.#cleanSegment(segment, latest, tombstoneCutoff, result)
      }
      this.#logger({ event: 'log-compacted', directory: this.directory, ...result })
      return result
    })
  }

  async #forEachBatch(segment: Segment, limit: number, visit: (bytes: Uint8Array, at: number) => void): Promise<void> {
    segment.acquire()
    try {
      await this.#ensureLoaded(segment)
      const chunkBytes = 4 * 1024 * 1024
      let position = 0
      while (position < limit) {
        let chunk = await segment.readAt(position, Math.min(chunkBytes, limit - position))
        let at = 0
        while (chunk.length - at >= batchLogOverheadBytes) {
          const total = batchLogOverheadBytes + readInt32(chunk, at + batchLengthAt)
          if (at + total > chunk.length) {
            if (at === 0) chunk = await segment.readAt(position, total)
            else break
          }
          visit(chunk, at)
          at += total
        }
        if (at === 0) break
        position += at
      }
    } finally {
      segment.release()
    }
  }

  async #cleanSegment(old: Segment, latest: Map<string, number>, tombstoneCutoff: number, result: CompactionResult): Promise<void> {
    const outputs: Uint8Array[] = []
    const batches: number[] = []
    let removed = 0
    let tombstones = 0
    let outputBytes = 0
    await this.#forEachBatch(old, old.size, (bytes, at) => {
      const total = batchLogOverheadBytes + readInt32(bytes, at + batchLengthAt)
      let kept: Uint8Array | null = bytes.subarray(at, at + total)
      if (isPlainBatch(bytes, at)) {
        kept = filterBatch(
          bytes,
          at,
          (record) => {
            const keep = record.key === null || (latest.get(record.key) === record.offset && !(record.tombstone && record.timestamp < tombstoneCutoff))
            if (!keep) {
              removed++
              if (record.tombstone) tombstones++
            }
            return keep
          },
          this.#crc32c,
        )
      }
      if (kept === null) return
      batches.push(outputBytes, kept.length, batchBaseOffset(kept, 0), batchBaseOffset(kept, 0) + batchLastOffsetDelta(kept, 0), batchMaxTimestamp(kept, 0))
      outputs.push(kept)
      outputBytes += kept.length
    })
    if (removed === 0) return
    const cleaned = await Segment.create(this.directory, old.baseOffset, this.config.indexIntervalBytes, '.cleaned')
    try {
      const handle = await cleaned.handle()
      for (let i = 0; i < outputs.length; i += 256) await this.#io.writev(handle, outputs.slice(i, i + 256), batches[i * batchFields])
      for (let i = 0; i < batches.length; i += batchFields) cleaned.onBatch(batches[i], batches[i + 1], batches[i + 2], batches[i + 3], batches[i + 4])
      // The cleaned segment keeps the original's retention clock (its seal entry holds the old maxTimestamp):
      // with compact,delete, a segment compaction thinned or emptied expires when the original would have.
      if (old.maxTimestamp > cleaned.maxTimestamp) cleaned.maxTimestamp = old.maxTimestamp
      cleaned.seal(old.nextOffset)
      cleaned.visibleBytes = cleaned.size
      await cleaned.syncIndexes()
      await this.#io.datasync(handle)
    } catch (error) {
      await cleaned.retire(true)
      throw error
    }
    // The rename sequence recovery knows how to finish: .cleaned -> .swap (indexes first, the log last:
    // a .log.swap means the whole set is complete), then .swap -> final (indexes first, the log last).
    const stem = join(this.directory, segmentFileName(old.baseOffset, ''))
    for (const extension of ['.index', '.timeindex', '.log']) await rename(`${stem}${extension}.cleaned`, `${stem}${extension}.swap`)
    for (const extension of ['.index', '.timeindex', '.log']) await rename(`${stem}${extension}.swap`, `${stem}${extension}`)
    await syncDirectory(this.directory)
    cleaned.suffix = ''
    this.#segments = this.#segments.map((segment) => (segment === old ? cleaned : segment))
    await old.retire(false)
    result.segmentsCleaned++
    result.recordsRemoved += removed
    result.tombstonesRemoved += tombstones
    result.bytesBefore += old.size
    result.bytesAfter += cleaned.size
  }

  // ---- open / recovery / close ----

  async #recover(): Promise<void> {
    await this.#finishSwaps()
    const names = await readdir(this.directory)
    const bases = names
      .map((name) => segmentLogPattern.exec(name))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => Number(match[1]))
      .sort((a, b) => a - b)
    const marker = await readCleanMarker(this.directory)
    if (marker !== null) {
      await unlink(join(this.directory, cleanShutdownFileName))
      if (this.config.durability === 'fsync') await syncDirectory(this.directory)
    }
    const checkpoint = await readLogStartOffset(this.directory)
    if (bases.length === 0) {
      const base = checkpoint ?? 0
      this.#segments = [await Segment.create(this.directory, base, this.config.indexIntervalBytes)]
      this.#logStartOffset = base
      this.#assignedEnd = this.#writtenEnd = this.#visibleEnd = base
      return
    }
    const segments = bases.map((base) => new Segment(this.directory, base, this.config.indexIntervalBytes))
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i]
      segment.sealed = true
      segment.nextOffset = segments[i + 1].baseOffset
      segment.size = segment.visibleBytes = (await stat(segment.path('.log'))).size
    }
    const active = segments[segments.length - 1]
    const fileBytes = await active.fileSize()
    const consistent = await active.loadIndexes(fileBytes)
    const trusted = marker !== null && marker.activeBaseOffset === active.baseOffset && marker.activeBytes === fileBytes && consistent
    if (!consistent) active.clearIndexes()
    const startedMs = this.#now()
    const cut = await active.recoverTail(this.#crc32c, !trusted)
    this.#logger({
      event: 'log-recovered',
      directory: this.directory,
      clean: marker !== null,
      trustedIndex: trusted,
      segments: segments.length,
      activeBaseOffset: active.baseOffset,
      activeBytes: active.size,
      nextOffset: active.nextOffset,
      scanMs: this.#now() - startedMs,
    })
    if (cut !== null) {
      this.#logger({ event: 'log-tail-truncated', directory: this.directory, segmentBaseOffset: active.baseOffset, ...cut, clean: marker !== null })
    }
    if (active.size > 0) {
      const first = await active.readAt(0, 61)
      const firstTimestamp = batchMaxTimestamp(first, 0)
      active.rollBaseMs = firstTimestamp > 0 ? Math.min(firstTimestamp, this.#now()) : this.#now()
    }
    this.#segments = segments
    const end = active.nextOffset
    this.#assignedEnd = this.#writtenEnd = this.#visibleEnd = end
    let start = Math.max(checkpoint ?? segments[0].baseOffset, segments[0].baseOffset)
    if (start > end) {
      this.#logger({ event: 'log-start-offset-clamped', directory: this.directory, checkpoint: start, nextOffset: end })
      start = end
    }
    this.#logStartOffset = start
    // Segments wholly below the start offset (a crash between checkpoint and unlink) go now.
    await this.#deleteSegmentsBelowStart()
  }

  /** Completes or discards a compaction swap interrupted by a crash. */
  async #finishSwaps(): Promise<void> {
    const names = await readdir(this.directory)
    for (const name of names) {
      if (name.endsWith('.cleaned')) await unlink(join(this.directory, name))
    }
    for (const name of names) {
      const match = /^(\d{20})\.log\.swap$/.exec(name)
      if (match === null) continue
      const stem = join(this.directory, match[1])
      for (const extension of ['.index', '.timeindex', '.log']) {
        await rename(`${stem}${extension}.swap`, `${stem}${extension}`).catch((error: unknown) => {
          if (systemCodeOf(error) !== 'ENOENT') throw error
        })
      }
      this.#logger({ event: 'compaction-swap-completed', directory: this.directory, baseOffset: Number(match[1]) })
    }
    for (const name of await readdir(this.directory)) {
      if (name.endsWith('.swap')) await unlink(join(this.directory, name))
    }
  }

  /**
   * Waits for queued appends and syncs, syncs the active segment and its indexes, and writes the
   * clean-shutdown marker so the next open trusts the indexes. Appends after close() fail.
   */
  close(): Promise<void> {
    if (this.#closed !== null) return this.#closed
    this.#closing = true
    this.#closed = (async () => {
      await this.#enqueueTask(async () => {})
      await this.#whenSyncIdle()
      await this.#maintenance
      const active = this.#active
      if (this.#readOnlyCode === null) {
        try {
          for (const segment of [...this.#dirty, active]) await this.#io.datasync(await segment.handle())
          await active.syncIndexes()
          const marker: CleanMarker = { version: 1, activeBaseOffset: active.baseOffset, activeBytes: active.size, nextOffset: this.#writtenEnd }
          await writeFileAtomic(this.directory, cleanShutdownFileName, JSON.stringify(marker) + '\n', true)
        } catch (error) {
          this.#logger({ event: 'close-failed', directory: this.directory, message: error instanceof Error ? error.message : String(error) })
        }
      }
      for (const segment of this.#segments) await segment.closeHandles()
    })()
    return this.#closed
  }
}


/** Uncompressed data batch with records: the kind compaction can filter. */
function isPlainBatch(bytes: Uint8Array, at: number): boolean {
  const attributes = batchAttributes(bytes, at)
  return (attributes & attributeCompressionMask) === 0 && (attributes & attributeControl) === 0 && readInt32(bytes, at + batchRecordCountAt) > 0
}

/** Write to a temporary name, optionally sync, rename over: readers see the old or the new file, whole. */
export async function writeFileAtomic(directory: string, name: string, text: string, sync: boolean): Promise<void> {
  const temporary = join(directory, `${name}.tmp`)
  if (sync) {
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(text)
      await handle.datasync()
    } finally {
      await handle.close()
    }
  } else {
    await writeFile(temporary, text)
  }
  await rename(temporary, join(directory, name))
  if (sync) await syncDirectory(directory)
}

/** fsync of a directory, so that created, renamed and deleted names survive power loss (no-op where unsupported). */
export async function syncDirectory(directory: string): Promise<void> {
  let handle
  try {
    handle = await open(directory, 'r')
    await handle.sync()
  } catch {
    // Windows and some runtimes cannot open or sync a directory; the data files themselves are synced.
  } finally {
    await handle?.close().catch(() => {})
  }
}

async function readCleanMarker(directory: string): Promise<CleanMarker | null> {
  try {
    const marker = JSON.parse(await readFile(join(directory, cleanShutdownFileName), 'utf8')) as CleanMarker
    return marker.version === 1 && Number.isSafeInteger(marker.activeBytes) ? marker : null
  } catch {
    return null
  }
}

async function readLogStartOffset(directory: string): Promise<number | null> {
  let text: string
  try {
    text = await readFile(join(directory, logStartOffsetFileName), 'utf8')
  } catch {
    return null
  }
  const lines = text.split('\n')
  const offset = Number(lines[1])
  return lines[0] === '1' && Number.isSafeInteger(offset) && offset >= 0 ? offset : null
}
