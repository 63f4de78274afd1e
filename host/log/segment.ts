// One segment of a partition log: `<base>.log` holding whole RecordBatch v2 batches exactly as appended,
// `<base>.index` (sparse offset index: relative offset int32 BE + file position int32 BE, one entry per
// indexIntervalBytes of log) and `<base>.timeindex` (int64 BE timestamp + int32 BE relative offset).
//
// Time index entry (T, R): every batch before relative offset R has maxTimestamp <= T, and T is the largest
// such timestamp. An entry is added next to an offset-index entry whenever that maximum grew, and once more
// when the segment is sealed, with R = the segment's end (the seal entry: T is then the segment's newest
// timestamp, which retention by time reads). Both indexes are derived from the log file alone, the same way
// on append, on recovery and after compaction, so a rebuilt index equals the one that was lost.
//
// Index entries live in memory (typed arrays) and reach their files in groups (indexFlushEntries), not one
// syscall per entry; after a crash the entries not yet written are rebuilt by the tail scan, which starts
// at the last index entry that still points at a valid batch.

import { Buffer } from 'node:buffer'
import { open, readFile, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import {
  batchBaseOffset,
  batchHeaderBytes,
  batchLastOffsetDelta,
  batchLengthAt,
  batchLogOverheadBytes,
  batchMaxTimestamp,
  checkBatch,
  readInt32,
  readInt64,
  writeInt32,
  writeInt64,
} from './batch-header.js'

export const offsetIndexEntryBytes = 8
export const timeIndexEntryBytes = 12
export const segmentNameDigits = 20
/** Unflushed index entries that trigger a write of the index files: bounds the crash-recovery scan. */
export const indexFlushEntries = 64
/** Read size of the recovery scan and of header walks. */
const scanChunkBytes = 1024 * 1024

export type Crc32cFunction = (bytes: Uint8Array) => number

/**
 * Maps bytes [0, length) of a sealed segment's log file read-only, or returns null to keep file reads.
 * The default (see mapping.ts) is the native addon's mmap; the portable path returns null.
 */
export type SegmentMapper = (path: string, length: number) => Uint8Array | null

/** The writes and syncs of the log, replaceable to inject disk errors in tests. */
export interface LogIo {
  /** Writes every byte of `buffers` at `position`, or throws. */
  writev(handle: FileHandle, buffers: Uint8Array[], position: number): Promise<void>
  datasync(handle: FileHandle): Promise<void>
}

export const defaultLogIo: LogIo = {
  async writev(handle, buffers, position) {
    let remaining = buffers
    while (remaining.length > 0) {
      let written: number
      if (remaining.length > 1 && typeof handle.writev === 'function') {
        written = (await handle.writev(remaining, position)).bytesWritten
      } else {
        const first = remaining[0]
        written = (await handle.write(first, 0, first.length, position)).bytesWritten
      }
      if (written <= 0) throw Object.assign(new Error('write wrote 0 bytes'), { code: 'EIO' })
      position += written
      // Short write (rare on regular files): drop what was written and continue with the rest.
      while (remaining.length > 0 && written >= remaining[0].length) {
        written -= remaining[0].length
        remaining = remaining.slice(1)
      }
      if (written > 0) remaining = [remaining[0].subarray(written), ...remaining.slice(1)]
    }
  },
  datasync: (handle) => handle.datasync(),
}

export function segmentFileName(baseOffset: number, extension: string): string {
  return String(baseOffset).padStart(segmentNameDigits, '0') + extension
}

export interface TailCut {
  /** Position in the segment file where the cut was made. */
  readonly position: number
  readonly bytesCut: number
  readonly reason: string
  /** Offset the first dropped batch claimed, when its header was readable. */
  readonly offsetCut: number | null
}

export interface BatchLocation {
  readonly position: number
  readonly totalBytes: number
  readonly baseOffset: number
  readonly lastOffset: number
  readonly maxTimestamp: number
}

/** Index of the last segment whose base offset is <= offset (0 when offset is below all): binary search. */
export function segmentIndexFor(segments: readonly Segment[], offset: number): number {
  let low = 0
  let high = segments.length - 1
  let found = 0
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (segments[middle].baseOffset <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

export class Segment {
  readonly directory: string
  readonly baseOffset: number
  readonly indexIntervalBytes: number
  /** '' for live files, '.cleaned' while compaction writes a replacement. */
  suffix: string
  /** Bytes of whole batches in the log file. */
  size = 0
  /** Bytes readers may see: acknowledged (synced, with 'fsync') whole batches. */
  visibleBytes = 0
  /** One past the last offset of the last batch; once sealed, the segment's logical end (next base). */
  nextOffset: number
  /** Largest batch maxTimestamp in the segment, -1 when none. */
  maxTimestamp = -1
  /** Reference time for rolling by age: the first batch's timestamp, or when it was appended. */
  rollBaseMs = 0
  sealed = false
  /** Readers currently using the file handle; a retired segment closes when this drops to 0. */
  refs = 0

  #offsetIndex = new Int32Array(64)
  #offsetCount = 0
  #offsetFlushed = 0
  #timeStamps = new Float64Array(32)
  #timeRelative = new Int32Array(32)
  #timeCount = 0
  #timeFlushed = 0
  /** Position of the last offset-index entry (0 before the first). */
  #lastIndexedPosition = 0
  #handle: FileHandle | null = null
  #handleOpening: Promise<FileHandle> | null = null
  #indexHandle: FileHandle | null = null
  #timeHandle: FileHandle | null = null
  #indexesLoaded = false
  #retired = false
  /** Opened 'r' instead of 'r+': a PartitionLogReader's segments never write. */
  #readOnly = false
  /**
   * The whole sealed log file, mapped once (native path), or while the segment is active a prefix of
   * what is written (mapWritten); null: file reads.
   */
  #mapped: Uint8Array | null = null
  /** Mapping was tried and refused: do not try again for this segment. */
  #mapRefused = false

  constructor(directory: string, baseOffset: number, indexIntervalBytes: number, suffix = '') {
    this.directory = directory
    this.baseOffset = baseOffset
    this.indexIntervalBytes = indexIntervalBytes
    this.suffix = suffix
    this.nextOffset = baseOffset
  }

  path(extension: '.log' | '.index' | '.timeindex'): string {
    return join(this.directory, segmentFileName(this.baseOffset, extension) + this.suffix)
  }

  get indexEntryCount(): number {
    return this.#offsetCount
  }

  get timeIndexEntryCount(): number {
    return this.#timeCount
  }

  /** A new, empty segment whose files are created (truncated if present). */
  static async create(directory: string, baseOffset: number, indexIntervalBytes: number, suffix = ''): Promise<Segment> {
    const segment = new Segment(directory, baseOffset, indexIntervalBytes, suffix)
    segment.#handle = await open(segment.path('.log'), 'w+')
    segment.#indexHandle = await open(segment.path('.index'), 'w+')
    segment.#timeHandle = await open(segment.path('.timeindex'), 'w+')
    segment.#indexesLoaded = true
    return segment
  }

  /** A segment of a PartitionLogReader: its log file opens read-only and nothing here writes. */
  static readOnly(directory: string, baseOffset: number, indexIntervalBytes: number): Segment {
    const segment = new Segment(directory, baseOffset, indexIntervalBytes)
    segment.#readOnly = true
    return segment
  }

  /** The log file handle, opened on first use (sealed segments of a big log are not opened until read). */
  async handle(): Promise<FileHandle> {
    if (this.#handle !== null) return this.#handle
    this.#handleOpening ??= open(this.path('.log'), this.#readOnly ? 'r' : 'r+').then((handle) => {
      this.#handle = handle
      return handle
    })
    return this.#handleOpening
  }

  async fileSize(): Promise<number> {
    return (await (await this.handle()).stat()).size
  }

  // ---- indexes ----

  /** Records a batch just written at `position`; adds index entries at the index interval. */
  onBatch(position: number, totalBytes: number, baseOffset: number, lastOffset: number, maxTimestamp: number): void {
    if (position - this.#lastIndexedPosition >= this.indexIntervalBytes) {
      const relative = baseOffset - this.baseOffset
      this.#pushOffsetEntry(relative, position)
      this.#lastIndexedPosition = position
      if (this.maxTimestamp > this.#lastTimeStamp()) this.#pushTimeEntry(this.maxTimestamp, relative)
    }
    if (maxTimestamp > this.maxTimestamp) this.maxTimestamp = maxTimestamp
    this.size = position + totalBytes
    this.nextOffset = lastOffset + 1
  }

  /** No more appends: the seal entry makes maxTimestamp and the logical end readable from the file. */
  seal(logicalEndOffset: number): void {
    this.#pushTimeEntry(this.maxTimestamp, logicalEndOffset - this.baseOffset)
    this.nextOffset = logicalEndOffset
    this.sealed = true
  }

  #lastTimeStamp(): number {
    return this.#timeCount === 0 ? -1 : this.#timeStamps[this.#timeCount - 1]
  }

  #pushOffsetEntry(relative: number, position: number): void {
    if (this.#offsetCount * 2 + 2 > this.#offsetIndex.length) {
      const grown = new Int32Array(this.#offsetIndex.length * 2)
      grown.set(this.#offsetIndex)
      this.#offsetIndex = grown
    }
    this.#offsetIndex[this.#offsetCount * 2] = relative
    this.#offsetIndex[this.#offsetCount * 2 + 1] = position
    this.#offsetCount++
  }

  #pushTimeEntry(timestamp: number, relative: number): void {
    if (this.#timeCount === this.#timeStamps.length) {
      const stamps = new Float64Array(this.#timeStamps.length * 2)
      stamps.set(this.#timeStamps)
      this.#timeStamps = stamps
      const relatives = new Int32Array(this.#timeRelative.length * 2)
      relatives.set(this.#timeRelative)
      this.#timeRelative = relatives
    }
    this.#timeStamps[this.#timeCount] = timestamp
    this.#timeRelative[this.#timeCount] = relative
    this.#timeCount++
  }

  get unflushedIndexEntries(): number {
    return this.#offsetCount - this.#offsetFlushed + this.#timeCount - this.#timeFlushed
  }

  /** Position of the last offset-index entry at or before `offset`: where a scan for it starts. */
  lookupPosition(offset: number): number {
    const relative = offset - this.baseOffset
    const index = this.#offsetIndex
    let low = 0
    let high = this.#offsetCount - 1
    let found = 0
    while (low <= high) {
      const middle = (low + high) >>> 1
      if (index[middle * 2] <= relative) {
        found = index[middle * 2 + 1]
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found
  }

  /** The last offset-index entry at or before `offset` as [relative offset, position], or null before the first. */
  lookupEntry(offset: number): [number, number] | null {
    const relative = offset - this.baseOffset
    const index = this.#offsetIndex
    let low = 0
    let high = this.#offsetCount - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >>> 1
      if (index[middle * 2] <= relative) {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found < 0 ? null : [index[found * 2], index[found * 2 + 1]]
  }

  /** Offset from which batches may have maxTimestamp >= timestampMs (all before it are older). */
  timeLookupOffset(timestampMs: number): number {
    let low = 0
    let high = this.#timeCount - 1
    let relative = 0
    while (low <= high) {
      const middle = (low + high) >>> 1
      if (this.#timeStamps[middle] < timestampMs) {
        relative = this.#timeRelative[middle]
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return this.baseOffset + relative
  }

  async flushIndexes(): Promise<void> {
    if (this.#offsetFlushed < this.#offsetCount) {
      const count = this.#offsetCount - this.#offsetFlushed
      const bytes = new Uint8Array(count * offsetIndexEntryBytes)
      for (let i = 0; i < count; i++) {
        writeInt32(bytes, i * 8, this.#offsetIndex[(this.#offsetFlushed + i) * 2])
        writeInt32(bytes, i * 8 + 4, this.#offsetIndex[(this.#offsetFlushed + i) * 2 + 1])
      }
      this.#indexHandle ??= await openForWrite(this.path('.index'))
      await this.#indexHandle.write(bytes, 0, bytes.length, this.#offsetFlushed * offsetIndexEntryBytes)
      this.#offsetFlushed = this.#offsetCount
    }
    if (this.#timeFlushed < this.#timeCount) {
      const count = this.#timeCount - this.#timeFlushed
      const bytes = new Uint8Array(count * timeIndexEntryBytes)
      for (let i = 0; i < count; i++) {
        writeInt64(bytes, i * 12, this.#timeStamps[this.#timeFlushed + i])
        writeInt32(bytes, i * 12 + 8, this.#timeRelative[this.#timeFlushed + i])
      }
      this.#timeHandle ??= await openForWrite(this.path('.timeindex'))
      await this.#timeHandle.write(bytes, 0, bytes.length, this.#timeFlushed * timeIndexEntryBytes)
      this.#timeFlushed = this.#timeCount
    }
  }

  /** fdatasync of the index files (the log file is synced by the caller through LogIo). */
  async syncIndexes(): Promise<void> {
    await this.flushIndexes()
    if (this.#indexHandle !== null) await this.#indexHandle.datasync()
    if (this.#timeHandle !== null) await this.#timeHandle.datasync()
  }

  /** Forgets every index entry (before a full rebuild from the log file). */
  clearIndexes(): void {
    this.#offsetCount = 0
    this.#timeCount = 0
    this.#offsetFlushed = 0
    this.#timeFlushed = 0
    this.#lastIndexedPosition = 0
    this.maxTimestamp = -1
  }

  get isRetired(): boolean {
    return this.#retired
  }

  get indexesLoaded(): boolean {
    return this.#indexesLoaded
  }

  /**
   * Reads both index files. Returns false when the offset index is not usable as is (entries out of
   * order or pointing past the end of the log), in which case the caller rebuilds through recoverTail.
   */
  async loadIndexes(logFileBytes: number): Promise<boolean> {
    this.#indexesLoaded = true
    const offsetBytes = await readFileOrEmpty(this.path('.index'))
    // A missing index file next to a non-empty log was lost, not empty: rebuild it.
    let consistent = offsetBytes !== missingFile || logFileBytes === 0
    const offsetCount = Math.floor(offsetBytes.length / offsetIndexEntryBytes)
    this.#offsetIndex = new Int32Array(Math.max(64, offsetCount * 2))
    if (offsetBytes.length % offsetIndexEntryBytes !== 0) consistent = false
    let previousRelative = -1
    let previousPosition = 0
    for (let i = 0; i < offsetCount; i++) {
      const relative = readInt32(offsetBytes, i * 8)
      const position = readInt32(offsetBytes, i * 8 + 4)
      if (relative <= previousRelative || position <= previousPosition || position >= logFileBytes) consistent = false
      this.#offsetIndex[i * 2] = relative
      this.#offsetIndex[i * 2 + 1] = position
      previousRelative = relative
      previousPosition = position
    }
    this.#offsetCount = offsetCount
    this.#offsetFlushed = offsetCount
    const timeBytes = await readFileOrEmpty(this.path('.timeindex'))
    const timeCount = Math.floor(timeBytes.length / timeIndexEntryBytes)
    this.#timeStamps = new Float64Array(Math.max(32, timeCount))
    this.#timeRelative = new Int32Array(Math.max(32, timeCount))
    for (let i = 0; i < timeCount; i++) {
      this.#timeStamps[i] = readInt64(timeBytes, i * 12)
      this.#timeRelative[i] = readInt32(timeBytes, i * 12 + 8)
    }
    this.#timeCount = timeCount
    this.#timeFlushed = timeCount
    if (timeBytes.length % timeIndexEntryBytes !== 0) consistent = false
    this.#lastIndexedPosition = offsetCount > 0 ? this.#offsetIndex[offsetCount * 2 - 2] : 0
    if (this.#timeCount > 0) this.maxTimestamp = this.#timeStamps[this.#timeCount - 1]
    return consistent
  }

  /** True when the last time-index entry is the seal entry for `logicalEndOffset`. */
  hasSealEntry(logicalEndOffset: number): boolean {
    return this.#timeCount > 0 && this.#timeRelative[this.#timeCount - 1] === logicalEndOffset - this.baseOffset
  }

  /**
   * Re-derives the end of the segment from the last index entry that still points at a valid batch:
   * drops index entries past it, scans the batches after it (checking framing, offsets, and CRC32C when
   * `crc32c` is given), truncates the file at the first bad batch and re-adds the index entries of the
   * good ones. `validateCheckpoint` also CRC-checks the batch the chosen index entry points at (after a
   * crash the index files are not trusted). Returns what was cut, or null.
   */
  async recoverTail(crc32c: Crc32cFunction | null, validateCheckpoint: boolean): Promise<TailCut | null> {
    const handle = await this.handle()
    const fileBytes = (await handle.stat()).size
    let checkpoint = this.#offsetCount - 1
    for (; checkpoint >= 0; checkpoint--) {
      const relative = this.#offsetIndex[checkpoint * 2]
      const position = this.#offsetIndex[checkpoint * 2 + 1]
      if (position <= 0 || position >= fileBytes) continue
      if (!validateCheckpoint) break
      const header = await readAt(handle, position, batchHeaderBytes)
      if (header.length < batchHeaderBytes || batchBaseOffset(header, 0) !== this.baseOffset + relative) continue
      const total = batchLogOverheadBytes + readInt32(header, batchLengthAt)
      if (total > fileBytes - position || total < batchHeaderBytes) continue
      const batch = await readAt(handle, position, total)
      if (typeof checkBatch(batch, 0, batch.length, crc32c) === 'number') break
    }
    const checkpointRelative = checkpoint >= 0 ? this.#offsetIndex[checkpoint * 2] : -1
    this.#offsetCount = checkpoint + 1
    let timeKept = 0
    while (timeKept < this.#timeCount && this.#timeRelative[timeKept] <= checkpointRelative) timeKept++
    this.#timeCount = timeKept
    this.maxTimestamp = timeKept > 0 ? this.#timeStamps[timeKept - 1] : -1
    await this.#truncateIndexFiles()

    let position = checkpoint >= 0 ? this.#offsetIndex[checkpoint * 2 + 1] : 0
    let expected = this.baseOffset + Math.max(0, checkpointRelative)
    let exact = checkpoint >= 0
    this.#lastIndexedPosition = position
    this.size = position
    this.nextOffset = expected
    let chunk: Uint8Array = new Uint8Array(0)
    let chunkStart = position
    let reason: string | null = null
    let offsetCut: number | null = null
    while (position < fileBytes) {
      const available = fileBytes - position
      if (available < batchHeaderBytes) {
        reason = 'truncated header'
        break
      }
      if (position < chunkStart || position + batchHeaderBytes > chunkStart + chunk.length) {
        chunk = await readAt(handle, position, Math.min(scanChunkBytes, available))
        chunkStart = position
      }
      let at = position - chunkStart
      offsetCut = batchBaseOffset(chunk, at)
      const total = batchLogOverheadBytes + readInt32(chunk, at + batchLengthAt)
      if (total < batchHeaderBytes) {
        reason = 'bad length'
        break
      }
      if (total > available) {
        reason = 'truncated batch'
        break
      }
      if (at + total > chunk.length) {
        chunk = await readAt(handle, position, Math.min(Math.max(scanChunkBytes, total), available))
        chunkStart = position
        at = 0
      }
      const checked = checkBatch(chunk, at, at + total, crc32c)
      if (typeof checked === 'string') {
        reason = checked
        break
      }
      const baseOffset = batchBaseOffset(chunk, at)
      if (exact ? baseOffset !== expected : baseOffset < expected) {
        reason = `offset ${baseOffset} out of sequence (expected ${exact ? '' : '>= '}${expected})`
        break
      }
      exact = false
      const lastOffset = baseOffset + batchLastOffsetDelta(chunk, at)
      this.onBatch(position, total, baseOffset, lastOffset, batchMaxTimestamp(chunk, at))
      expected = lastOffset + 1
      position += total
    }
    this.visibleBytes = this.size
    await this.flushIndexes()
    if (position >= fileBytes) return null
    await handle.truncate(position)
    return { position, bytesCut: fileBytes - position, reason: reason ?? 'unknown', offsetCut }
  }

  async #truncateIndexFiles(): Promise<void> {
    this.#indexHandle ??= await openForWrite(this.path('.index'))
    this.#timeHandle ??= await openForWrite(this.path('.timeindex'))
    this.#offsetFlushed = Math.min(this.#offsetFlushed, this.#offsetCount)
    this.#timeFlushed = Math.min(this.#timeFlushed, this.#timeCount)
    await this.#indexHandle.truncate(this.#offsetFlushed * offsetIndexEntryBytes)
    await this.#timeHandle.truncate(this.#timeFlushed * timeIndexEntryBytes)
  }

  /** Cuts the log back to `position` (a batch boundary) after a failed write; best effort. */
  async truncateLog(position: number): Promise<void> {
    await (await this.handle()).truncate(position)
  }

  // ---- reads ----

  /**
   * The first batch in [from, limit) whose last offset is >= offset, walking headers from `from`.
   * Returns the chunk it read too, so the caller can often serve from it without a second read.
   */
  async findBatch(offset: number, from: number, limit: number, readAheadBytes: number): Promise<{ location: BatchLocation; chunk: Uint8Array; chunkStart: number } | null> {
    return this.#scanBatches(from, limit, readAheadBytes, (location) => location.lastOffset >= offset)
  }

  /** The first batch in [from, limit) with maxTimestamp >= timestampMs and lastOffset >= minOffset. */
  async findBatchByTime(timestampMs: number, minOffset: number, from: number, limit: number): Promise<BatchLocation | null> {
    const found = await this.#scanBatches(from, limit, 64 * 1024, (location) => location.maxTimestamp >= timestampMs && location.lastOffset >= minOffset)
    return found?.location ?? null
  }

  /** Walks batch headers from `from`, reading ahead in chunks, to the first batch `matches` accepts. */
  async #scanBatches(from: number, limit: number, readAheadBytes: number, matches: (location: BatchLocation) => boolean): Promise<{ location: BatchLocation; chunk: Uint8Array; chunkStart: number } | null> {
    let position = from
    let chunk: Uint8Array = new Uint8Array(0)
    let chunkStart = from
    while (position < limit) {
      if (position + batchHeaderBytes > chunkStart + chunk.length) {
        chunk = await this.readAt(position, Math.min(limit - position, Math.max(readAheadBytes, batchHeaderBytes)))
        chunkStart = position
        if (chunk.length < batchHeaderBytes) return null
      }
      const at = position - chunkStart
      const total = batchLogOverheadBytes + readInt32(chunk, at + batchLengthAt)
      if (total < batchHeaderBytes) return null
      const baseOffset = batchBaseOffset(chunk, at)
      const location = { position, totalBytes: total, baseOffset, lastOffset: baseOffset + batchLastOffsetDelta(chunk, at), maxTimestamp: batchMaxTimestamp(chunk, at) }
      if (matches(location)) return { location, chunk, chunkStart }
      position += total
    }
    return null
  }

  async readAt(position: number, length: number): Promise<Uint8Array> {
    const mapped = this.#mapped
    if (mapped !== null) {
      if (this.#mapsWholeFile()) return mapped.subarray(position, Math.min(mapped.length, position + length))
      // A prefix of the active segment: only ranges wholly inside it (the rest of the file grows on).
      if (position + length <= mapped.length) return mapped.subarray(position, position + length)
    }
    return readAt(await this.handle(), position, length)
  }

  /** True when reads are served from a mapping of the whole (sealed) file. */
  get isMapped(): boolean {
    return this.#mapsWholeFile()
  }

  /** A sealed file no longer changes size: a mapping of all of it serves every read, short ones at its end. */
  #mapsWholeFile(): boolean {
    return this.#mapped !== null && this.sealed && this.#mapped.length === this.size
  }

  /**
   * Maps the written prefix of the active segment, rounded down to `stepBytes`, once it has grown a step
   * past the current mapping: catch-up reads (a consumer from the beginning) then slice the mapping instead
   * of allocating a buffer per read, which at fetch sizes (MiBs) is mostly garbage-collector and page-zeroing
   * work. Safe while active because written bytes never change and the file never shrinks below them (a
   * failed write cuts only what was not yet visible; recovery runs before any read). Each step is a new
   * mapping: the old one stays valid for views already handed out and is unmapped when collected. V8
   * counts every mapping as external memory, the whole prefix each time, so past 8 steps the step grows
   * with the prefix (an eighth of it): remapping a 1 GiB segment as it fills then costs V8 about 9 GiB of
   * external-memory accounting instead of 128 GiB. A mapper that returns null (the process is near its
   * mapping limit) is asked again a step later; one that throws is not asked again for this segment.
   */
  mapWritten(mapper: SegmentMapper, stepBytes: number): unknown {
    if (this.sealed || this.#mapRefused || this.#retired || this.suffix !== '') return null
    const current = this.#mapped?.length ?? 0
    const prefix = this.visibleBytes - (this.visibleBytes % stepBytes)
    if (prefix - current < Math.max(stepBytes, Math.floor(current / 8))) return null
    try {
      const mapped = mapper(this.path('.log'), prefix)
      if (mapped !== null && mapped.length === prefix) this.#mapped = mapped
      return null
    } catch (error) {
      this.#mapRefused = true
      return error
    }
  }

  /**
   * Maps the log file once, when the segment is sealed (its file no longer changes: a mapping past the end
   * of a file that shrank would fault). Reads then slice the mapping without a syscall. A refusal (mapper
   * returns null or throws) keeps file reads for good; the error, if any, is returned for logging.
   */
  mapSealed(mapper: SegmentMapper): unknown {
    if (this.#mapsWholeFile() || this.#mapRefused || !this.sealed || this.#retired || this.size === 0 || this.suffix !== '') return null
    try {
      const mapped = mapper(this.path('.log'), this.size)
      if (mapped === null || mapped.length !== this.size) this.#mapRefused = true
      else this.#mapped = mapped
      return null
    } catch (error) {
      this.#mapRefused = true
      return error
    }
  }

  // ---- lifetime ----

  /** Takes over the handles of `other` (a compacted replacement renamed into place). */
  adoptFiles(other: Segment): void {
    this.#handle = other.#handle
    this.#handleOpening = null
    this.#indexHandle = other.#indexHandle
    this.#timeHandle = other.#timeHandle
  }

  /** Removed from the log: closes once no reader holds it, and unlinks the files when asked. */
  async retire(unlinkFiles: boolean): Promise<void> {
    this.#retired = true
    // The mapping goes with the segment: unmapped once no read result still views it (GC), so a deleted
    // file's blocks are freed then, while views already handed out stay valid.
    this.#mapped = null
    if (unlinkFiles) {
      for (const extension of ['.log', '.index', '.timeindex'] as const) await unlink(this.path(extension)).catch(() => {})
    }
    if (this.refs === 0) await this.closeHandles()
  }

  acquire(): void {
    this.refs++
  }

  release(): void {
    this.refs--
    if (this.refs === 0 && this.#retired) void this.closeHandles()
  }

  async closeHandles(): Promise<void> {
    this.#mapped = null
    const handles = [this.#handle, this.#indexHandle, this.#timeHandle]
    this.#handle = null
    this.#handleOpening = null
    this.#indexHandle = null
    this.#timeHandle = null
    for (const handle of handles) if (handle !== null) await handle.close().catch(() => {})
  }
}

/** Reads up to `length` bytes at `position` (fewer at end of file). */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
  // Not zero-filled: every byte returned is overwritten by the read (the result is cut to what was read).
  const bytes: Uint8Array = Buffer.allocUnsafeSlow(length)
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(bytes, filled, length - filled, position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled === length ? bytes : bytes.subarray(0, filled)
}

async function openForWrite(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r+')
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error
    return open(path, 'w+')
  }
}

const missingFile = new Uint8Array(0)

async function readFileOrEmpty(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return missingFile
    throw error
  }
}
