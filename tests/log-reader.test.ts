// PartitionLogReader: a read-only view of a log another thread writes. It follows rolls, retention and
// compaction, serves nothing at or past the end offset it is given, and never changes the directory.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PartitionLog } from '../host/log/partition-log.js'
import { PartitionLogReader } from '../host/log/partition-log-reader.js'
import type { PartitionLogConfig } from '../host/log/config.js'
import { platform } from '../host/native/index.js'
// @ts-expect-error plain JS fixture
import { decodeBatches, encodeBatch } from './fixtures/log-batches.mjs'

interface Decoded {
  baseOffset: number
  lastOffset: number
  records: Array<{ offset: number; value: Uint8Array | null }>
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-log-reader-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const small: Partial<PartitionLogConfig> = { segmentBytes: 8 * 1024, indexIntervalBytes: 512, retentionMs: null }
const valueOf = (offset: number) => `value-${offset}-${'y'.repeat(offset % 30)}`

function batchOf(first: number, count: number): Uint8Array {
  return encodeBatch(Array.from({ length: count }, (_, i) => ({ key: `k${(first + i) % 7}`, value: valueOf(first + i), timestamp: 1000 + first + i })))
}

/** Reads from `offset` up to `endOffset` in steps of maxBytes; returns the record offsets and checks each value. */
async function readRange(reader: PartitionLogReader, offset: number, endOffset: number, maxBytes: number): Promise<number[]> {
  const offsets: number[] = []
  for (;;) {
    const result = await reader.read(offset, maxBytes, endOffset)
    if (result === null) return offsets
    const batches = decodeBatches(result.bytes) as Decoded[]
    expect(batches[0].baseOffset).toBe(result.firstBatchOffset)
    for (const batch of batches) {
      expect(batch.lastOffset).toBeLessThan(endOffset)
      for (const record of batch.records) {
        expect(new TextDecoder().decode(record.value!)).toBe(valueOf(record.offset))
        offsets.push(record.offset)
      }
    }
    offset = batches[batches.length - 1].lastOffset + 1
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

/** Names, sizes and modification times of everything in a directory. */
function snapshot(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .map((name) => {
      const stat = statSync(join(directory, name))
      return `${name}:${stat.size}:${stat.mtimeMs}`
    })
}

describe.each([
  ['mapped sealed segments', true],
  ['file reads', false],
] as const)('PartitionLogReader with %s', (_name, mapSegments) => {
  test('follows a log being written: rolls, new segments, and the end offset it is given', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), small)
    const reader = await PartitionLogReader.open(join(dir, 'p'), { mapSegments })
    expect(await reader.read(0, 1000, 0)).toBeNull()
    let written = 0
    let readUpTo = 0
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 5; i++, written += 10) await log.append(batchOf(written, 10))
      // Half of what is written is "durable" this round: nothing past it may be served.
      const end = log.readableEndOffset - (round % 2 === 0 ? 20 : 0)
      const offsets = await readRange(reader, readUpTo, end, 1 + ((round * 997) % 5000))
      expect(offsets).toEqual(range(readUpTo, end))
      readUpTo = end
    }
    expect(log.segmentCount).toBeGreaterThan(5)
    expect(reader.segmentCount).toBe(log.segmentCount)
    // Random offsets, in order or not.
    for (const offset of [0, 1, 999, 555, 1234, written - 1, 10, written - 11]) {
      const result = await reader.read(offset, 1, written)
      const batch = (decodeBatches(result!.bytes) as Decoded[])[0]
      expect(batch.baseOffset).toBeLessThanOrEqual(offset)
      expect(batch.lastOffset).toBeGreaterThanOrEqual(offset)
    }
    expect(await reader.read(written, 1000, written + 100)).toBeNull()
    // Segments first read while they were the newest are mapped once read again as sealed.
    if (mapSegments && platform.kind === 'native') expect(reader.mappedSegmentCount).toBeGreaterThan(0)
    else expect(reader.mappedSegmentCount).toBe(0)
    await reader.close()
    await log.close()
  })

  test('serves nothing at or past endOffset, even when the file holds a torn tail past it', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), small)
    for (let first = 0; first < 300; first += 10) await log.append(batchOf(first, 10))
    const end = log.readableEndOffset
    // What a crash (or a write in flight) leaves: part of a batch after the last whole one.
    const active = readdirSync(join(dir, 'p')).filter((name) => name.endsWith('.log')).sort().pop()!
    appendFileSync(join(dir, 'p', active), batchOf(end, 10).subarray(0, 40))
    const reader = await PartitionLogReader.open(join(dir, 'p'), { mapSegments })
    expect(await readRange(reader, 0, end, 700)).toEqual(range(0, end))
    expect(await readRange(reader, 0, end - 15, 700)).toEqual(range(0, end - 20)) // whole batches only
    await reader.close()
    await log.close()
  })

  test('after retention deletes segments it has open or mapped, it reads on from the new start', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), { ...small, retentionBytes: 24 * 1024 })
    for (let first = 0; first < 2000; first += 10) await log.append(batchOf(first, 10))
    const reader = await PartitionLogReader.open(join(dir, 'p'), { mapSegments })
    expect(await readRange(reader, 0, 2000, 4096)).toEqual(range(0, 2000))
    await log.enforceRetention()
    const start = log.logStartOffset
    expect(start).toBeGreaterThan(0)
    for (let first = 2000; first < 2500; first += 10) await log.append(batchOf(first, 10))
    expect(await readRange(reader, start, 2500, 4096)).toEqual(range(start, 2500))
    expect(reader.segmentCount).toBe(log.segmentCount)
    await reader.close()
    await log.close()
  })

  test('after compaction renames cleaned segments in, it serves whole, ordered batches', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), { ...small, cleanupPolicy: 'compact', deleteRetentionMs: 0 })
    for (let first = 0; first < 1000; first += 10) await log.append(batchOf(first, 10))
    const reader = await PartitionLogReader.open(join(dir, 'p'), { mapSegments })
    expect(await readRange(reader, 0, 1000, 4096)).toEqual(range(0, 1000))
    expect((await log.compact(10_000)).segmentsCleaned).toBeGreaterThan(0)
    const after = await readRange(reader, 0, 1000, 4096)
    // Either the old file (still open or mapped: every offset) or the compacted one (a subset): always ordered, always ending at 999.
    expect(after).toEqual([...after].sort((a, b) => a - b))
    expect(after.at(-1)).toBe(999)
    const fresh = await PartitionLogReader.open(join(dir, 'p'), { mapSegments })
    const compacted = await readRange(fresh, 0, 1000, 4096)
    expect(compacted.length).toBeLessThan(1000)
    expect(compacted.at(-1)).toBe(999)
    await fresh.close()
    await reader.close()
    await log.close()
  })
})

test('never writes: a crashed log (no clean marker, stale indexes) is left exactly as it was', async () => {
  const log = await PartitionLog.open(join(dir, 'p'), small)
  for (let first = 0; first < 1000; first += 10) await log.append(batchOf(first, 10))
  // Not closed: no clean-shutdown marker, the active segment's index not flushed. Add a torn tail too.
  const active = readdirSync(join(dir, 'p')).filter((name) => name.endsWith('.log')).sort().pop()!
  appendFileSync(join(dir, 'p', active), new Uint8Array(37).fill(7))
  const before = snapshot(join(dir, 'p'))
  const contents = readdirSync(join(dir, 'p')).map((name) => readFileSync(join(dir, 'p', name)))
  const reader = await PartitionLogReader.open(join(dir, 'p'))
  expect(await readRange(reader, 0, 1000, 3000)).toEqual(range(0, 1000))
  expect(await readRange(reader, 500, 1000, 1)).toEqual(range(500, 1000))
  await reader.close()
  expect(snapshot(join(dir, 'p'))).toEqual(before)
  expect(readdirSync(join(dir, 'p')).map((name) => readFileSync(join(dir, 'p', name)))).toEqual(contents)
})

test('a reader of a directory that does not exist yet reads nothing, then follows the log once it appears', async () => {
  const reader = await PartitionLogReader.open(join(dir, 'later'))
  expect(await reader.read(0, 1000, 10)).toBeNull()
  const log = await PartitionLog.open(join(dir, 'later'), small)
  for (let first = 0; first < 100; first += 10) await log.append(batchOf(first, 10))
  expect(await readRange(reader, 0, 100, 1000)).toEqual(range(0, 100))
  await reader.close()
  await log.close()
  await expect(reader.read(0, 10, 10)).rejects.toThrow(/closed/)
})

test('acquire shares one reader per directory; the last release closes it', async () => {
  const log = await PartitionLog.open(join(dir, 'p'), small)
  await log.append(batchOf(0, 10))
  const first = await PartitionLogReader.acquire(join(dir, 'p'))
  const second = await PartitionLogReader.acquire(join(dir, 'p'))
  expect(second).toBe(first)
  await first.release()
  expect(await readRange(second, 0, 10, 100)).toEqual(range(0, 10))
  await second.release()
  await expect(second.read(0, 10, 10)).rejects.toThrow(/closed/)
  const third = await PartitionLogReader.acquire(join(dir, 'p'))
  expect(third).not.toBe(first)
  // Another generation of the directory (a topic created again under the same name) gets its own reader.
  const otherGeneration = await PartitionLogReader.acquire(join(dir, 'p'), {}, 7)
  expect(otherGeneration).not.toBe(third)
  await otherGeneration.release()
  await third.release()
  await log.close()
})
