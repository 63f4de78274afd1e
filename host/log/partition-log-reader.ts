// A read-only view of a partition log that another thread (or process) owns and writes: what a worker
// that did not open the data directory uses to serve a subscriber behind its window from disk.
//
// It never writes, never recovers and never truncates: it lists the segment files, loads their offset
// indexes, and walks batch headers. The caller says how far it may read (`endOffset`, the durable offset
// the writer published in shared memory): every batch below it was completely written before it was
// published, and nothing at or past it is even looked at, so a batch the writer is still writing (or a
// tail a crash left and recovery will cut) is never served.
//
// The writer changes the directory under it: it rolls (a new segment appears and the previous one is
// sealed), retention deletes the oldest segments, compaction renames a cleaned copy over a sealed one.
// The reader re-lists when an offset lies past the segments it knows, or when a file it needs is gone.
// An open handle or mapping keeps reading the file it opened, which after a compaction swap holds the
// same offsets with more records: still correct data. Sealed segments (a newer one exists, and their
// indexes end with the seal entry) are mapped once through the native addon, as the writer maps them.

import { readdir } from 'node:fs/promises'
import {
  batchBaseOffset,
  batchHeaderBytes,
  batchLastOffsetDelta,
  batchLengthAt,
  batchLogOverheadBytes,
  readInt32,
} from './batch-header.js'
import { LogClosedError, LogCorruptError, systemCodeOf } from './errors.js'
import { resolveSegmentMapper } from './mapping.js'
import type { ReadResult } from './partition-log.js'
import { Segment, segmentIndexFor, type SegmentMapper } from './segment.js'

export interface PartitionLogReaderOptions {
  /** As PartitionLogOptions.mapSegments: true (default) maps sealed segments where the addon loaded. */
  mapSegments?: boolean | SegmentMapper
  /** Receives structured events (segments that could not be mapped, indexes that were not usable). */
  logger?: (event: object) => void
}

const segmentLogPattern = /^(\d{20})\.log$/
/** Read size of a header walk on top of what the caller asked for. */
const readAheadBytesMax = 64 * 1024 * 1024
const readAheadExtraBytes = 64 * 1024
/** Resume points remembered (next offset -> position): one per subscriber walking the log forward. */
const resumePointsMax = 64
/** How stale the index of the newest segment may be before a lookup past its end reloads it. */
const activeIndexReloadMs = 200
/** A read retries after re-listing at most this often (each retry follows a change the writer made). */
const relistAttemptsMax = 3

interface SegmentState {
  /** The next segment's base offset when this one was loaded as sealed; null when it was the newest. */
  sealedEnd: number | null
  loadedMs: number
  /** The offset of the last index entry (base offset when none): lookups past it may reload the index. */
  indexedThrough: number
}

interface ResumePoint {
  readonly segment: Segment
  readonly position: number
}

export class PartitionLogReader {
  readonly directory: string
  readonly #mapper: SegmentMapper | null
  readonly #logger: (event: object) => void
  /** Oldest first. Replaced, never mutated, so a read's snapshot stays consistent across awaits. */
  #segments: Segment[] = []
  readonly #states = new Map<Segment, SegmentState>()
  readonly #resume = new Map<number, ResumePoint>()
  #listing: Promise<void> | null = null
  #closed = false
  /** acquire() calls not yet released, and the shared entry they came from (null: opened directly). */
  #refs = 0
  #shared: Promise<PartitionLogReader> | null = null
  #sharedKey = ''

  private constructor(directory: string, options: PartitionLogReaderOptions) {
    this.directory = directory
    this.#mapper = resolveSegmentMapper(options.mapSegments)
    this.#logger = options.logger ?? (() => {})
  }

  /** Lists the segments of the log in `directory` (none yet is fine: reads return null until some appear). */
  static async open(directory: string, options: PartitionLogReaderOptions = {}): Promise<PartitionLogReader> {
    const reader = new PartitionLogReader(directory, options)
    await reader.#relist()
    return reader
  }

  /**
   * One reader per directory per thread, shared by every subscriber there; each acquire is paired with
   * release(), and the last release closes it. Options apply when the reader is created. `generation`
   * tells apart logs that reuse a directory (a topic deleted and created again under the same name): a
   * reader of the old one still holds its deleted files open.
   */
  static acquire(directory: string, options: PartitionLogReaderOptions = {}, generation: number | string = ''): Promise<PartitionLogReader> {
    const key = `${directory}\0${generation}`
    let entry = sharedReaders.get(key)
    if (entry === undefined) {
      entry = PartitionLogReader.open(directory, options)
      entry.then((reader) => (reader.#sharedKey = key)).catch(() => sharedReaders.delete(key))
      sharedReaders.set(key, entry)
    }
    const shared = entry
    return entry.then((reader) => {
      reader.#shared = shared
      reader.#refs++
      return reader
    })
  }

  /** Gives back an acquire(); the last one closes the reader. */
  async release(): Promise<void> {
    if (this.#shared === null || --this.#refs > 0) return
    if (sharedReaders.get(this.#sharedKey) === this.#shared) sharedReaders.delete(this.#sharedKey)
    this.#shared = null
    await this.close()
  }

  get segmentCount(): number {
    return this.#segments.length
  }

  get mappedSegmentCount(): number {
    let count = 0
    for (const segment of this.#segments) if (segment.isMapped) count++
    return count
  }

  /**
   * Whole batches from the one containing `offset` (or the first after it: a compacted gap, or offsets
   * below the oldest segment), up to maxBytes but at least one batch, from one segment, all of them
   * ending below `endOffset`. Null when there is nothing below endOffset at or after `offset` yet.
   */
  async read(offset: number, maxBytes: number, endOffset: number): Promise<ReadResult | null> {
    if (this.#closed) throw new LogClosedError(this.directory, 'read')
    if (offset >= endOffset) return null
    let relisted = false
    for (let attempt = 0; attempt <= relistAttemptsMax; attempt++) {
      const segments = this.#segments
      let vanished = false
      for (let i = segmentIndexFor(segments, offset); i < segments.length; i++) {
        const segment = segments[i]
        const sealedEnd = i + 1 < segments.length ? segments[i + 1].baseOffset : null
        if (sealedEnd !== null && sealedEnd <= offset) continue
        segment.acquire()
        try {
          if (segment.isRetired) {
            vanished = true
            break
          }
          const result = await this.#readSegment(segment, sealedEnd, offset, maxBytes, endOffset)
          if (result !== null) return result
        } catch (error) {
          if (systemCodeOf(error) !== 'ENOENT') throw error
          vanished = true // deleted by retention, or renamed by compaction, since the last listing
          break
        } finally {
          segment.release()
        }
        if (sealedEnd === null) break
      }
      // Below endOffset but past what the known segments hold: the writer rolled (or a file went). Look again.
      if (relisted && !vanished) return null
      await this.#relist()
      relisted = true
    }
    return null
  }

  async #readSegment(segment: Segment, sealedEnd: number | null, offset: number, maxBytes: number, endOffset: number): Promise<ReadResult | null> {
    await this.#load(segment, sealedEnd, offset)
    let position = 0
    let expected = segment.baseOffset
    let exact = false
    const resume = this.#resume.get(offset)
    const entry = segment.lookupEntry(offset)
    if (resume !== undefined && resume.segment === segment && (entry === null || entry[1] <= resume.position)) {
      position = resume.position
      expected = offset
      exact = sealedEnd === null // compaction leaves gaps only in sealed segments
    } else if (entry !== null) {
      position = entry[1]
      expected = segment.baseOffset + entry[0]
      exact = true
    }
    const result = await this.#walk(segment, position, expected, exact, offset, maxBytes, endOffset)
    if (result !== 'bad-start') return result
    // The index entry did not point at the batch it names (an index file caught mid-write): walk from the start.
    this.#logger({ event: 'reader-index-mismatch', directory: this.directory, baseOffset: segment.baseOffset, position })
    segment.clearIndexes()
    const state = this.#states.get(segment)
    if (state !== undefined) state.indexedThrough = segment.baseOffset
    const again = await this.#walk(segment, 0, segment.baseOffset, false, offset, maxBytes, endOffset)
    return again === 'bad-start' ? null : again
  }

  /**
   * Walks batch headers from `position` (where a batch with base offset `expected` starts, or, when not
   * `exact`, one at least that), skips the batches wholly below `offset`, and returns the following ones.
   */
  async #walk(
    segment: Segment,
    from: number,
    expectedFirst: number,
    exactFirst: boolean,
    offset: number,
    maxBytes: number,
    endOffset: number,
  ): Promise<ReadResult | null | 'bad-start'> {
    const readAhead = Math.min(maxBytes, readAheadBytesMax) + readAheadExtraBytes
    let position = from
    let expected = expectedFirst
    let exact = exactFirst
    let chunk: Uint8Array = new Uint8Array(0)
    let chunkStart = from
    let first = -1
    let firstOffset = 0
    for (;;) {
      // Nothing at or past endOffset is looked at: its bytes may still be in flight.
      if (expected >= endOffset) break
      if (position + batchHeaderBytes > chunkStart + chunk.length) {
        const readFrom = first >= 0 ? first : position
        chunk = await segment.readAt(readFrom, Math.max(readAhead, position - readFrom + batchHeaderBytes))
        chunkStart = readFrom
        if (position + batchHeaderBytes > chunkStart + chunk.length) break // end of the file
      }
      const at = position - chunkStart
      const total = batchLogOverheadBytes + readInt32(chunk, at + batchLengthAt)
      const baseOffset = batchBaseOffset(chunk, at)
      if (total < batchHeaderBytes || (exact ? baseOffset !== expected : baseOffset < expected)) {
        if (position === from && exactFirst) return 'bad-start'
        if (first >= 0) break // serve what is good; the next read reports the problem
        throw new LogCorruptError(this.directory, `segment ${segment.baseOffset}: batch at position ${position} has offset ${baseOffset}, expected ${exact ? '' : '>= '}${expected}`)
      }
      const lastOffset = baseOffset + batchLastOffsetDelta(chunk, at)
      if (lastOffset >= endOffset) break
      if (first < 0 && lastOffset < offset) {
        position += total
        expected = lastOffset + 1
        exact = false
        continue
      }
      if (first < 0) {
        first = position
        firstOffset = baseOffset
      } else if (position + total - first > maxBytes) {
        break
      }
      if (position + total > chunkStart + chunk.length) {
        chunk = await segment.readAt(first, Math.max(position + total - first, Math.min(readAhead, maxBytes)))
        chunkStart = first
        if (position + total > chunkStart + chunk.length) break // shorter than its header says: not served
      }
      position += total
      expected = lastOffset + 1
      exact = false
    }
    if (first < 0) return null
    this.#remember(expected, segment, position)
    return { bytes: chunk.subarray(first - chunkStart, position - chunkStart), firstBatchOffset: firstOffset }
  }

  #remember(nextOffset: number, segment: Segment, position: number): void {
    if (this.#resume.size >= resumePointsMax) this.#resume.delete(this.#resume.keys().next().value as number)
    this.#resume.set(nextOffset, { segment, position })
  }

  /**
   * Loads a segment's indexes on first use, again when it turned out sealed (a newer segment appeared),
   * and, for the newest segment, when a lookup goes past its loaded index and that load is not fresh.
   */
  async #load(segment: Segment, sealedEnd: number | null, offset: number): Promise<void> {
    const state = this.#states.get(segment)
    const now = Date.now()
    if (state !== undefined) {
      if (state.sealedEnd === sealedEnd && (sealedEnd !== null || offset <= state.indexedThrough || now - state.loadedMs < activeIndexReloadMs)) return
    }
    const fileBytes = await segment.fileSize()
    // The newest segment's index may name batches written after the size was taken: do not hold that against it.
    const consistent = await segment.loadIndexes(sealedEnd === null ? Number.MAX_SAFE_INTEGER : fileBytes)
    if (!consistent) {
      segment.clearIndexes()
      this.#logger({ event: 'reader-index-unusable', directory: this.directory, baseOffset: segment.baseOffset })
    }
    const entry = segment.lookupEntry(Number.MAX_SAFE_INTEGER)
    this.#states.set(segment, { sealedEnd, loadedMs: now, indexedThrough: entry === null ? segment.baseOffset : segment.baseOffset + entry[0] })
    if (sealedEnd === null) return
    segment.size = segment.visibleBytes = fileBytes
    segment.nextOffset = sealedEnd
    // Mapped only when the writer finished it (seal entry, consistent index, whole file): the writer never
    // shrinks such a file, so the mapping never covers a page past the end of its file.
    if (this.#mapper !== null && consistent && segment.hasSealEntry(sealedEnd)) {
      segment.sealed = true
      const error = segment.mapSealed(this.#mapper)
      if (error !== null) this.#logger({ event: 'segment-map-failed', directory: this.directory, baseOffset: segment.baseOffset, message: error instanceof Error ? error.message : String(error) })
    }
  }

  /** Re-reads the directory: new segments are added, vanished ones retired (closed once no read holds them). */
  #relist(): Promise<void> {
    this.#listing ??= (async () => {
      let names: string[]
      try {
        names = await readdir(this.directory)
      } catch (error) {
        if (systemCodeOf(error) !== 'ENOENT') throw error
        names = []
      }
      const bases = names
        .map((name) => segmentLogPattern.exec(name))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => Number(match[1]))
        .sort((a, b) => a - b)
      const known = new Map(this.#segments.map((segment) => [segment.baseOffset, segment]))
      const next = bases.map((base) => known.get(base) ?? Segment.readOnly(this.directory, base, 1))
      const kept = new Set(next)
      for (const segment of this.#segments) {
        if (kept.has(segment)) continue
        this.#states.delete(segment)
        await segment.retire(false)
      }
      for (const [nextOffset, point] of this.#resume) if (!kept.has(point.segment)) this.#resume.delete(nextOffset)
      if (!this.#closed) this.#segments = next
    })().finally(() => (this.#listing = null))
    return this.#listing
  }

  /** Closes every file and drops every mapping. Reads after close() fail. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    const segments = this.#segments
    this.#segments = []
    this.#resume.clear()
    this.#states.clear()
    for (const segment of segments) await segment.retire(false)
  }
}

const sharedReaders = new Map<string, Promise<PartitionLogReader>>()

