// Sealed segments read through one read-only mapping each (the native addon's mmap), and the portable path
// (file reads) everywhere the addon is not used. Both paths run here: the default mapper (native when the
// addon is built), file reads (mapSegments: false, what the portable path does), an injected mapper that
// counts calls, and a child process with SLUICE_NATIVE=0.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { platform } from '../host/native/index.js'
import { PartitionLog, type PartitionLogOptions } from '../host/log/partition-log.js'
import type { PartitionLogConfig } from '../host/log/config.js'
import type { SegmentMapper } from '../host/log/segment.js'
import { buildLogForChildren } from './fixtures/log-build.js'
// @ts-expect-error plain JS fixture
import { decodeBatches, encodeBatch } from './fixtures/log-batches.mjs'

interface Decoded {
  baseOffset: number
  lastOffset: number
  records: Array<{ offset: number; value: Uint8Array | null }>
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-log-mmap-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const small: Partial<PartitionLogConfig> = { segmentBytes: 8 * 1024, indexIntervalBytes: 512, retentionMs: null }

function batchOf(first: number, count: number): Uint8Array {
  return encodeBatch(Array.from({ length: count }, (_, i) => ({ key: `k${(first + i) % 5}`, value: `value-${first + i}-${'x'.repeat((first + i) % 40)}`, timestamp: 1000 + first + i })))
}

async function fill(log: PartitionLog, records: number): Promise<void> {
  for (let first = 0; first < records; first += 10) await log.append(batchOf(first, 10))
}

/** Every batch from logStartOffset through read(), and the concatenated bytes served. */
async function readAll(log: PartitionLog, maxBytes: number): Promise<{ batches: Decoded[]; bytes: Uint8Array[] }> {
  const batches: Decoded[] = []
  const bytes: Uint8Array[] = []
  let offset = log.logStartOffset
  for (;;) {
    const result = await log.read(offset, maxBytes)
    if (result === null) return { batches, bytes }
    bytes.push(result.bytes)
    const decoded = decodeBatches(result.bytes) as Decoded[]
    batches.push(...decoded)
    offset = decoded[decoded.length - 1].lastOffset + 1
  }
}

/** The segment files of a log directory concatenated, oldest first: what a full read must serve byte for byte. */
function fileBytes(directory: string): Uint8Array {
  const parts = readdirSync(directory)
    .filter((name) => /^\d{20}\.log$/.test(name))
    .sort()
    .map((name) => readFileSync(join(directory, name)))
  return new Uint8Array(Buffer.concat(parts))
}

const concat = (parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts))

const paths: Array<[string, PartitionLogOptions['mapSegments']]> = [
  [`default mapper (${platform.kind})`, true],
  ['file reads (portable path)', false],
]

describe.each(paths)('reads through %s', (_name, mapSegments) => {
  test('reads across sealed segments equal the bytes of the files', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), small, { mapSegments })
    await fill(log, 2000)
    expect(log.segmentCount).toBeGreaterThan(5)
    for (const maxBytes of [1, 700, 64 * 1024]) {
      const { batches, bytes } = await readAll(log, maxBytes)
      expect(batches.flatMap((b) => b.records.map((r) => r.offset))).toEqual(Array.from({ length: 2000 }, (_, i) => i))
      expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
    }
    // One mapping per sealed segment on the native path; the active one keeps file reads.
    const expectMapped = mapSegments !== false && platform.kind === 'native'
    expect(log.mappedSegmentCount).toBe(expectMapped ? log.segmentCount - 1 : 0)
    await log.close()
  })

  test('retention deleting mapped segments does not break later reads, nor views already served', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), { ...small, retentionBytes: 20 * 1024 }, { mapSegments })
    await fill(log, 2000)
    const before = await readAll(log, 4096)
    const copies = before.bytes.map((bytes) => bytes.slice())
    const { segmentsDeleted } = await log.enforceRetention()
    expect(segmentsDeleted).toBeGreaterThan(0)
    expect(log.logStartOffset).toBeGreaterThan(0)
    // Views handed out before the deletion still hold the same bytes (a mapping outlives its unlinked file).
    for (let i = 0; i < copies.length; i++) expect(Buffer.compare(before.bytes[i], copies[i])).toBe(0)
    global.gc?.()
    const after = await readAll(log, 4096)
    expect(after.batches[0].baseOffset).toBe(log.logStartOffset)
    expect(after.batches.at(-1)!.lastOffset).toBe(1999)
    expect(Buffer.compare(concat(after.bytes), fileBytes(join(dir, 'p')))).toBe(0)
    await log.append(batchOf(2000, 10))
    expect((await readAll(log, 4096)).batches.at(-1)!.lastOffset).toBe(2009)
    await log.close()
  })

  test('compaction replaces mapped segments; reads then serve the compacted files', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), { ...small, cleanupPolicy: 'compact', deleteRetentionMs: 0 }, { mapSegments })
    await fill(log, 1000)
    await readAll(log, 4096) // maps the sealed segments
    const result = await log.compact(10_000)
    expect(result.segmentsCleaned).toBeGreaterThan(0)
    const { batches, bytes } = await readAll(log, 4096)
    expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
    const offsets = batches.flatMap((b) => b.records.map((r) => r.offset))
    expect(offsets.length).toBeLessThan(1000)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(offsets.at(-1)).toBe(999)
    await log.close()
  })
})

test('an injected mapper is called once per sealed segment, never for the active one below a step, and refusals fall back', async () => {
  const calls: string[] = []
  const mapper: SegmentMapper = (path, length) => {
    calls.push(path)
    // Refuse every other segment: those must keep file reads and still read correctly.
    if (calls.length % 2 === 0) return null
    return new Uint8Array(readFileSync(path).subarray(0, length))
  }
  const log = await PartitionLog.open(join(dir, 'p'), small, { mapSegments: mapper })
  await fill(log, 1500)
  for (let pass = 0; pass < 3; pass++) {
    const { bytes } = await readAll(log, 1000)
    expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
  }
  const sealed = log.segmentBaseOffsets.slice(0, -1).map((base) => join(dir, 'p', `${String(base).padStart(20, '0')}.log`))
  expect([...calls].sort()).toEqual([...sealed].sort())
  expect(log.mappedSegmentCount).toBe(Math.ceil(sealed.length / 2))
  await log.close()
})

test('the active segment is mapped a step at a time as it grows; reads past the mapped prefix use the file', async () => {
  const stepBytes = 4096
  const lengths: number[] = []
  const maps = new Set<ArrayBufferLike>()
  const mapper: SegmentMapper = (path, length) => {
    lengths.push(length)
    const mapped = new Uint8Array(readFileSync(path).subarray(0, length))
    maps.add(mapped.buffer)
    return mapped
  }
  const fromMapping = (bytes: Uint8Array[]) => bytes.filter((b) => maps.has(b.buffer)).length
  // One large segment: everything stays in the active one.
  const log = await PartitionLog.open(join(dir, 'p'), { ...small, segmentBytes: 1024 * 1024 }, { mapSegments: mapper, activeMapStepBytes: stepBytes })
  await fill(log, 300)
  const written = fileBytes(join(dir, 'p')).length
  expect(log.segmentCount).toBe(1)
  let { bytes } = await readAll(log, 1000)
  expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
  // The first read mapped the written prefix, rounded down to the step; later reads reuse it.
  expect(lengths).toEqual([written - (written % stepBytes)])
  ;({ bytes } = await readAll(log, 1000))
  expect(fromMapping(bytes)).toBeGreaterThan(0)
  expect(fromMapping(bytes)).toBeLessThan(bytes.length) // the tail past the last step: file reads
  // Appends go on after the mapping: the new bytes are read from the file until a step more is written.
  await fill(log, 300)
  ;({ bytes } = await readAll(log, 777))
  expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
  const grown = fileBytes(join(dir, 'p')).length
  expect(lengths).toEqual([written - (written % stepBytes), grown - (grown % stepBytes)])
  for (const length of lengths) expect(length % stepBytes).toBe(0)
  await log.close()
})

test('past 8 steps the active mapping grows by an eighth of itself, so a growing segment is remapped ~log times', async () => {
  const stepBytes = 1024
  const lengths: number[] = []
  const mapper: SegmentMapper = (path, length) => {
    lengths.push(length)
    return new Uint8Array(readFileSync(path).subarray(0, length))
  }
  const log = await PartitionLog.open(join(dir, 'p'), { ...small, segmentBytes: 4 * 1024 * 1024 }, { mapSegments: mapper, activeMapStepBytes: stepBytes })
  // A reader that follows the writer: a read after every 5 appends (~3 KB, more than a step).
  let reads = 0
  for (let first = 0; first < 6000; first += 10) {
    await log.append(batchOf(first, 10))
    if (first % 50 === 0) {
      await readAll(log, 4096)
      reads++
    }
  }
  const { bytes } = await readAll(log, 4096)
  expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
  expect(lengths.length).toBeGreaterThan(8)
  for (let i = 1; i < lengths.length; i++) {
    expect(lengths[i] % stepBytes).toBe(0)
    expect(lengths[i] - lengths[i - 1]).toBeGreaterThanOrEqual(Math.max(stepBytes, Math.floor(lengths[i - 1] / 8)))
  }
  // A step at a time would remap at nearly every read (120); growing by an eighth, 28 here.
  expect(lengths.length).toBeLessThan(reads / 3)
  await log.close()
})

test('activeMapStepBytes 0 keeps the active segment on file reads; a negative step is refused', async () => {
  const lengths: number[] = []
  const mapper: SegmentMapper = (path, length) => {
    lengths.push(length)
    return new Uint8Array(readFileSync(path).subarray(0, length))
  }
  const log = await PartitionLog.open(join(dir, 'p'), { ...small, segmentBytes: 1024 * 1024 }, { mapSegments: mapper, activeMapStepBytes: 0 })
  await fill(log, 300)
  const { bytes } = await readAll(log, 1000)
  expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
  expect(lengths).toEqual([])
  await log.close()
  await expect(PartitionLog.open(join(dir, 'q'), small, { activeMapStepBytes: -1 })).rejects.toThrow(/activeMapStepBytes must be a non-negative integer, got -1/)
})

test('a mapper that throws is logged once per segment and reads go on through files', async () => {
  const events: Array<Record<string, unknown>> = []
  const log = await PartitionLog.open(join(dir, 'p'), small, {
    mapSegments: () => {
      throw Object.assign(new Error('mmap failed'), { code: 'ENOMEM' })
    },
    logger: (event) => events.push(event as Record<string, unknown>),
  })
  await fill(log, 1000)
  await readAll(log, 2000)
  const { bytes } = await readAll(log, 2000)
  expect(Buffer.compare(concat(bytes), fileBytes(join(dir, 'p')))).toBe(0)
  expect(events.filter((event) => event.event === 'segment-map-failed')).toHaveLength(log.segmentCount - 1)
  await log.close()
})

describe('SLUICE_NATIVE=0 in a child process', () => {
  let buildDir: string
  beforeAll(() => {
    buildDir = buildLogForChildren()
  })
  afterAll(() => rmSync(resolve(buildDir, '..'), { recursive: true, force: true }))

  test('takes the portable path: no mapping, the same bytes', async () => {
    const log = await PartitionLog.open(join(dir, 'p'), small)
    await fill(log, 1500)
    await log.close()
    const script = join(dir, 'child.mjs')
    writeFileSync(
      script,
      `import { pathToFileURL } from 'node:url'
      import { join } from 'node:path'
      const [build, logDir] = process.argv.slice(2)
      const { PartitionLog } = await import(pathToFileURL(join(build, 'log/partition-log.js')).href)
      const { PartitionLogReader } = await import(pathToFileURL(join(build, 'log/partition-log-reader.js')).href)
      const { platform } = await import(pathToFileURL(join(build, 'native/index.js')).href)
      const log = await PartitionLog.open(logDir)
      const reader = await PartitionLogReader.open(logDir)
      const sizes = []
      for (const source of ['log', 'reader']) {
        let offset = 0
        let bytes = 0
        for (;;) {
          const result = source === 'log' ? await log.read(offset, 3000) : await reader.read(offset, 3000, log.nextOffset)
          if (result === null) break
          bytes += result.bytes.length
          const view = new DataView(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength)
          let at = 0
          while (at < result.bytes.length) { offset = Number(view.getBigInt64(at)) + view.getInt32(at + 23) + 1; at += 12 + view.getInt32(at + 8) }
        }
        sizes.push(bytes)
      }
      console.log(JSON.stringify({ kind: platform.kind, reason: platform.reason, mapped: log.mappedSegmentCount + reader.mappedSegmentCount, sizes, next: log.nextOffset }))
      await reader.close()
      await log.close()
      `,
    )
    const output = execFileSync(process.execPath, [script, buildDir, join(dir, 'p')], { env: { ...process.env, SLUICE_NATIVE: '0' }, encoding: 'utf8' })
    const report = JSON.parse(output.trim().split('\n').pop()!)
    expect(report.kind).toBe('portable')
    expect(report.reason).toMatch(/SLUICE_NATIVE=0/)
    expect(report.mapped).toBe(0)
    expect(report.next).toBe(1500)
    expect(report.sizes).toEqual([fileBytes(join(dir, 'p')).length, fileBytes(join(dir, 'p')).length])
  })
})
