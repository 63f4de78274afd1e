// The partition log's behaviour: offsets, reads by offset and by time across segments, rolling, retention,
// deleteRecordsBefore, compaction, recovery from corruption, read-only after a disk error, group commit.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PartitionLog, type PartitionLogOptions } from '../host/log/partition-log.js'
import type { PartitionLogConfig } from '../host/log/config.js'
import { LogManager } from '../host/log/log-manager.js'
import { defaultLogIo } from '../host/log/segment.js'
// @ts-expect-error plain JS fixture
import { decodeBatches, encodeBatch, text } from './fixtures/log-batches.mjs'

interface Rec {
  key?: string | null
  value?: string | null
  timestamp?: number
}
interface Decoded {
  baseOffset: number
  lastOffset: number
  maxTimestamp: number
  position: number
  totalBytes: number
  records: Array<{ offset: number; timestamp: number; key: Uint8Array | null; value: Uint8Array | null }>
}
const batch = (records: Rec[], options: Record<string, unknown> = {}): Uint8Array => encodeBatch(records, options)
const decode = (bytes: Uint8Array): Decoded[] => decodeBatches(bytes)
const values = (n: number, prefix = 'v', timestamp?: number, pad = 0): Rec[] =>
  Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `${prefix}${i}${'.'.repeat(pad)}`, timestamp }))

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-log-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const open = (config: Partial<PartitionLogConfig> = {}, options: PartitionLogOptions = {}, sub = 'p-0') => PartitionLog.open(join(dir, sub), config, options)

/** Every record of the log from logStartOffset, read back through read() in small steps. */
async function readAll(log: PartitionLog, maxBytes = 300): Promise<Decoded[]> {
  const out: Decoded[] = []
  let offset = log.logStartOffset
  for (;;) {
    const result = await log.read(offset, maxBytes)
    if (result === null) return out
    const batches = decode(result.bytes)
    expect(batches[0].baseOffset).toBe(result.firstBatchOffset)
    out.push(...batches)
    offset = batches[batches.length - 1].lastOffset + 1
  }
}

describe('appends and reads', () => {
  test('assigns offsets in call order, rewrites baseOffset, serves whole batches', async () => {
    const log = await open()
    const first = batch(values(3), { baseOffset: 999 })
    const results = await Promise.all([log.append(first), log.append(batch(values(2))), log.append(batch(values(5)))])
    expect(results).toEqual([
      { baseOffset: 0, lastOffset: 2 },
      { baseOffset: 3, lastOffset: 4 },
      { baseOffset: 5, lastOffset: 9 },
    ])
    expect(decode(first)[0].baseOffset).toBe(0)
    expect(log.nextOffset).toBe(10)
    // An offset inside a batch returns that whole batch; maxBytes smaller than a batch still returns one.
    const inside = await log.read(4, 1)
    expect(inside?.firstBatchOffset).toBe(3)
    expect(decode(inside!.bytes).map((b) => b.baseOffset)).toEqual([3])
    const all = await log.read(0, 1 << 20)
    expect(decode(all!.bytes).map((b) => [b.baseOffset, b.lastOffset])).toEqual([[0, 2], [3, 4], [5, 9]])
    expect(await log.read(10, 100)).toBeNull()
    await expect(log.read(-1, 100)).rejects.toMatchObject({ code: 'OFFSET_OUT_OF_RANGE' })
    await log.close()
  })

  test('several batches in one call, maxBytes cuts at batch boundaries', async () => {
    const log = await open()
    const a = batch(values(2))
    const b = batch(values(2))
    const both = new Uint8Array(a.length + b.length)
    both.set(a)
    both.set(b, a.length)
    expect(await log.append(both)).toEqual({ baseOffset: 0, lastOffset: 3 })
    const partial = await log.read(0, a.length + 10)
    expect(partial!.bytes.length).toBe(a.length)
    await log.close()
  })

  test('rejects invalid batches and leaves nextOffset unchanged; appendAssigned checks offsets', async () => {
    const log = await open()
    await log.append(batch(values(2)))
    const corrupt = batch(values(2))
    corrupt[corrupt.length - 1] ^= 1
    await expect(log.append(corrupt)).rejects.toMatchObject({ code: 'INVALID_RECORD_BATCH' })
    await expect(log.append(batch(values(2)).subarray(0, 40))).rejects.toMatchObject({ code: 'INVALID_RECORD_BATCH' })
    await expect(log.appendAssigned(batch(values(1), { baseOffset: 5 }))).rejects.toMatchObject({ code: 'OFFSET_MISMATCH', expectedOffset: 2 })
    expect(log.nextOffset).toBe(2)
    const small = await open({ batchBytesMax: 100 }, {}, 'p-1')
    await expect(small.append(batch(values(20)))).rejects.toMatchObject({ code: 'RECORD_BATCH_TOO_LARGE' })
    await small.close()
    // Pipelined appendAssigned calls: each checked against the offset after the previous call.
    await Promise.all([log.appendAssigned(batch(values(3), { baseOffset: 2 })), log.appendAssigned(batch(values(1), { baseOffset: 5 }))])
    expect(log.nextOffset).toBe(6)
    expect((await readAll(log)).map((b) => b.baseOffset)).toEqual([0, 2, 5])
    await log.close()
  })

  test('segments roll by size; reads and timestamps across segments; survives reopen', async () => {
    const config = { segmentBytes: 2000, indexIntervalBytes: 300 }
    const log = await open(config)
    for (let i = 0; i < 60; i++) await log.append(batch(values(3, `b${i}-`, 1000 + i * 10, 40)))
    expect(log.segmentCount).toBeGreaterThan(5)
    const names = readdirSync(join(dir, 'p-0')).filter((name) => name.endsWith('.log'))
    expect(names[0]).toBe('00000000000000000000.log')
    for (const name of names) expect(statSync(join(dir, 'p-0', name)).size).toBeLessThanOrEqual(2000)
    const check = async (l: PartitionLog) => {
      const batches = await readAll(l)
      expect(batches.length).toBe(60)
      expect(batches.map((b) => b.baseOffset)).toEqual(Array.from({ length: 60 }, (_, i) => i * 3))
      for (let offset = 0; offset < 180; offset += 7) {
        const result = await l.read(offset, 1)
        expect(result!.firstBatchOffset).toBe(offset - (offset % 3))
      }
      expect(await l.offsetForTimestamp(0)).toBe(0)
      expect(await l.offsetForTimestamp(1000 + 25 * 10)).toBe(75)
      expect(await l.offsetForTimestamp(1000 + 25 * 10 - 5)).toBe(75)
      expect(await l.offsetForTimestamp(1000 + 59 * 10)).toBe(177)
      expect(await l.offsetForTimestamp(1000 + 59 * 10 + 1)).toBeNull()
    }
    await check(log)
    await log.close()
    const events: object[] = []
    const reopened = await open(config, { logger: (e) => events.push(e) })
    expect(events).toContainEqual(expect.objectContaining({ event: 'log-recovered', clean: true, trustedIndex: true }))
    await check(reopened)
    expect((await reopened.append(batch(values(1)))).baseOffset).toBe(180)
    await reopened.close()
  })

  test('segments roll by age', async () => {
    let now = 1_000_000
    const log = await open({ segmentMs: 1000 }, { now: () => now })
    await log.append(batch(values(1)))
    now += 500
    await log.append(batch(values(1)))
    expect(log.segmentCount).toBe(1)
    now += 600
    await log.append(batch(values(1)))
    expect(log.segmentBaseOffsets).toEqual([0, 2])
    await log.close()
  })

  test('property: any sequence of appends reads back by every offset and timestamp', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ count: fc.integer({ min: 1, max: 8 }), size: fc.integer({ min: 0, max: 200 }), timestamp: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 200, max: 3000 }),
        async (appends, segmentBytes) => {
          const sub = `prop-${Math.random().toString(36).slice(2)}`
          const log = await open({ segmentBytes, indexIntervalBytes: 100 }, {}, sub)
          const model: Array<{ base: number; last: number; maxTs: number }> = []
          for (const { count, size, timestamp } of appends) {
            const records = Array.from({ length: count }, (_, i) => ({ key: null, value: 'x'.repeat(size), timestamp: timestamp + i }))
            const { baseOffset, lastOffset } = await log.append(batch(records))
            model.push({ base: baseOffset, last: lastOffset, maxTs: timestamp + count - 1 })
          }
          for (const entry of model) {
            for (let offset = entry.base; offset <= entry.last; offset++) expect((await log.read(offset, 1))!.firstBatchOffset).toBe(entry.base)
          }
          for (const ts of [0, 250, 500, 999, 1007, 2000]) {
            const expected = model.find((entry) => entry.maxTs >= ts)
            expect(await log.offsetForTimestamp(ts)).toBe(expected === undefined ? null : expected.base)
          }
          await log.close()
          rmSync(join(dir, sub), { recursive: true, force: true })
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('deletion', () => {
  test('retention by time deletes old segments and moves logStartOffset', async () => {
    const log = await open({ segmentBytes: 1000, retentionMs: 10_000 })
    for (let i = 0; i < 30; i++) await log.append(batch(values(2, 'r', 100_000 + i * 1000, 100)))
    const segments = log.segmentCount
    const { segmentsDeleted } = await log.enforceRetention(100_000 + 20 * 1000)
    expect(segmentsDeleted).toBeGreaterThan(0)
    expect(log.segmentCount).toBe(segments - segmentsDeleted)
    expect(log.logStartOffset).toBe(log.segmentBaseOffsets[0])
    const batches = await readAll(log)
    // Batches newer than now - retentionMs are all still there.
    expect(batches.filter((b) => b.maxTimestamp >= 110_000).length).toBe(20)
    await expect(log.read(0, 100)).rejects.toMatchObject({ code: 'OFFSET_OUT_OF_RANGE' })
    // Everything expired: the active segment rolls and goes too.
    await log.enforceRetention(10_000_000)
    expect(log.logStartOffset).toBe(log.nextOffset)
    expect(await log.read(log.nextOffset, 100)).toBeNull()
    expect((await log.append(batch(values(1)))).baseOffset).toBe(60)
    await log.close()
  })

  test('retention by size keeps at most retentionBytes plus the active segment', async () => {
    const log = await open({ segmentBytes: 1000, retentionBytes: 3000, retentionMs: null })
    for (let i = 0; i < 40; i++) await log.append(batch(values(2, 'v', undefined, 100)))
    const before = log.sizeBytes
    await log.enforceRetention()
    expect(log.sizeBytes).toBeLessThan(before)
    expect(log.sizeBytes).toBeGreaterThanOrEqual(3000)
    expect(log.sizeBytes - statSync(join(dir, 'p-0', readdirSync(join(dir, 'p-0')).filter((n) => n.endsWith('.log')).sort()[0])).size).toBeLessThan(3000)
    await log.close()
  })

  test('deleteRecordsBefore moves the start (persisted) and deletes whole segments below it', async () => {
    const log = await open({ segmentBytes: 1000 })
    for (let i = 0; i < 20; i++) await log.append(batch(values(2)))
    const segments = log.segmentCount
    expect(await log.deleteRecordsBefore(25)).toBe(25)
    expect(log.segmentCount).toBeLessThan(segments)
    expect(log.segmentBaseOffsets[0]).toBeLessThanOrEqual(25)
    await expect(log.read(24, 100)).rejects.toMatchObject({ code: 'OFFSET_OUT_OF_RANGE' })
    expect((await log.read(25, 1))!.firstBatchOffset).toBe(24) // the batch holding 25 starts at 24
    await expect(log.deleteRecordsBefore(1000)).rejects.toMatchObject({ code: 'OFFSET_OUT_OF_RANGE' })
    await log.close()
    const reopened = await open({ segmentBytes: 1000 })
    expect(reopened.logStartOffset).toBe(25)
    expect(await reopened.offsetForTimestamp(0)).toBe(25)
    await reopened.close()
  })
})

describe('compaction', () => {
  const compactConfig = { cleanupPolicy: 'compact' as const, segmentBytes: 600, deleteRetentionMs: 1000 }

  test('keeps the latest record per key, drops old tombstones, never changes offsets', async () => {
    const log = await open(compactConfig)
    const expectedLatest = new Map<string, { offset: number; value: string | null }>()
    for (let round = 0; round < 12; round++) {
      const records: Rec[] = []
      for (let k = 0; k < 4; k++) {
        const tombstone = round === 5 && k === 1
        records.push({ key: `key${(round + k) % 6}`, value: tombstone ? null : `r${round}k${k}`, timestamp: 10_000 + round })
      }
      const { baseOffset } = await log.append(batch(records))
      records.forEach((record, i) => expectedLatest.set(record.key as string, { offset: baseOffset + i, value: record.value ?? null }))
    }
    const before = await readAll(log, 1 << 20)
    const offsetOf = new Map<string, number>()
    for (const b of before) for (const r of b.records) offsetOf.set(`${text(r.key)}=${text(r.value)}`, r.offset)
    const sealedEnd = log.segmentBaseOffsets[log.segmentCount - 1]
    const result = await log.compact(10_000 + 5 + 500) // tombstone (timestamp 10005) younger than deleteRetentionMs: kept
    expect(result.segmentsCleaned).toBeGreaterThan(0)
    const after = await readAll(log, 1 << 20)
    const seenKeys = new Map<string, number>()
    for (const b of after) {
      for (const r of b.records) {
        const key = text(r.key) as string
        // offsets unchanged
        expect(r.offset).toBe(offsetOf.get(`${key}=${text(r.value)}`))
        if (r.offset < sealedEnd) {
          expect(r.offset).toBe(expectedLatest.get(key)!.offset)
          expect(seenKeys.has(key)).toBe(false)
        }
        seenKeys.set(key, r.offset)
      }
      expect(r0(b)).toBeGreaterThanOrEqual(b.baseOffset)
    }
    // every key's latest value is still readable
    for (const [key, latest] of expectedLatest) expect(seenKeys.get(key)).toBe(latest.offset)
    expect(log.nextOffset).toBe(48)
    await log.close()
    // A later compaction past deleteRetentionMs drops the tombstone if it is the latest for its key.
    const reopened = await open(compactConfig)
    await reopened.compact(10_000_000)
    await reopened.close()
  })

  test('drops a latest tombstone once deleteRetentionMs has passed', async () => {
    const log = await open(compactConfig)
    await log.append(batch([{ key: 'a', value: 'a1', timestamp: 100 }, { key: 'b', value: 'b1', timestamp: 100 }]))
    await log.append(batch([{ key: 'a', value: null, timestamp: 200 }]))
    for (let i = 0; i < 20; i++) await log.append(batch([{ key: `filler${i}`, value: 'x'.repeat(50), timestamp: 300 }]))
    await log.compact(200 + 500)
    let records = (await readAll(log, 1 << 20)).flatMap((b) => b.records)
    expect(records.find((r) => text(r.key) === 'a')).toMatchObject({ offset: 2, value: null })
    await log.compact(200 + 1001)
    records = (await readAll(log, 1 << 20)).flatMap((b) => b.records)
    expect(records.some((r) => text(r.key) === 'a')).toBe(false)
    expect(records.find((r) => text(r.key) === 'b')).toMatchObject({ offset: 1 })
    // A read at a removed offset returns the next batch.
    const gap = await log.read(2, 1)
    expect(gap!.firstBatchOffset).toBe(3)
    await log.close()
  })

  test('min.compaction.lag.ms: records newer than the lag neither get compacted nor shadow older ones; reconfigure switches policy', async () => {
    const log = await open({ ...compactConfig, cleanupPolicy: 'delete' })
    await log.append(batch([{ key: 'a', value: 'a1', timestamp: 100 }]))
    for (let i = 0; i < 10; i++) await log.append(batch([{ key: `old${i}`, value: 'x'.repeat(50), timestamp: 100 }]))
    await log.append(batch([{ key: 'a', value: 'a2', timestamp: 5_000 }]))
    for (let i = 0; i < 10; i++) await log.append(batch([{ key: `new${i}`, value: 'x'.repeat(50), timestamp: 5_000 }]))
    const values = async () => (await readAll(log, 1 << 20)).flatMap((b) => b.records).filter((r) => text(r.key) === 'a').map((r) => text(r.value))
    // The delete policy never compacts; the topic's config changed at run time does.
    expect((await log.compact(10_000)).segmentsCleaned).toBe(0)
    log.reconfigure({ ...log.config, cleanupPolicy: 'compact', minCompactionLagMs: 1_000 })
    expect(log.config.cleanupPolicy).toBe('compact')
    await log.compact(5_500) // a2 (5,000) is within the lag: it does not replace a1 yet
    expect(await values()).toEqual(['a1', 'a2'])
    await log.compact(6_001)
    expect(await values()).toEqual(['a2'])
    await log.close()
  })

  test('appends continue while compaction runs; the result survives reopen', async () => {
    const log = await open(compactConfig)
    for (let i = 0; i < 200; i++) await log.append(batch([{ key: `k${i % 10}`, value: `v${i}`, timestamp: 1 }]))
    const compaction = log.compact(2)
    const appended: Array<Promise<{ baseOffset: number }>> = []
    for (let i = 0; i < 50; i++) appended.push(log.append(batch([{ key: `k${i % 10}`, value: `w${i}`, timestamp: 3 }])))
    const [result, offsets] = await Promise.all([compaction, Promise.all(appended)])
    expect(offsets.map((o) => o.baseOffset)).toEqual(Array.from({ length: 50 }, (_, i) => 200 + i))
    expect(result.recordsRemoved).toBeGreaterThan(100)
    const check = async (l: PartitionLog) => {
      const records = (await readAll(l, 1 << 20)).flatMap((b) => b.records)
      expect(records.length).toBeLessThan(250)
      for (let i = 0; i < 50; i++) expect(records.find((r) => r.offset === 200 + i)).toBeDefined()
      expect(records.map((r) => r.offset)).toEqual([...records.map((r) => r.offset)].sort((a, b) => a - b))
    }
    await check(log)
    await log.close()
    const reopened = await open(compactConfig)
    await check(reopened)
    expect(reopened.nextOffset).toBe(250)
    await reopened.close()
  })

  test('a compaction swap interrupted by a crash is completed on open', async () => {
    const log = await open(compactConfig)
    for (let i = 0; i < 40; i++) await log.append(batch([{ key: `k${i % 3}`, value: `v${i}` }]))
    await log.close()
    // Simulate: the cleaned set was renamed to .swap but not into place yet.
    const p = join(dir, 'p-0')
    const stem = join(p, '00000000000000000000')
    for (const extension of ['.index', '.timeindex', '.log']) writeFileSync(`${stem}${extension}.swap`, readFileSync(`${stem}${extension}`))
    writeFileSync(join(p, '00000000000000000000.log.cleaned'), 'partial')
    const events: Array<{ event: string }> = []
    const reopened = await open(compactConfig, { logger: (e) => events.push(e as { event: string }) })
    expect(events.map((e) => e.event)).toContain('compaction-swap-completed')
    expect(readdirSync(p).some((name) => name.endsWith('.swap') || name.endsWith('.cleaned'))).toBe(false)
    expect((await readAll(reopened)).flatMap((b) => b.records).length).toBe(40)
    await reopened.close()
  })

  test('compact,delete (Kafka\'s both): cleanUp compacts old segments and retention deletes whole expired ones; delete and compact alone do one each', async () => {
    // Old records (timestamp 1,000, unique keys) in their own segments, then 40 updates of four keys at
    // 100,000: segment.ms and the clock make the first update start a segment.
    const fill = async (policy: PartitionLogConfig['cleanupPolicy'], clock: { ms: number }) => {
      const log = await open({ cleanupPolicy: policy, segmentBytes: 600, segmentMs: 50_000, retentionMs: 10_000, deleteRetentionMs: 0 }, { now: () => clock.ms }, policy)
      for (let i = 0; i < 15; i++) await log.append(batch([{ key: `old${i}`, value: 'x'.repeat(50), timestamp: 1_000 }]))
      clock.ms = 100_000
      for (let i = 0; i < 40; i++) await log.append(batch([{ key: `k${i % 4}`, value: `v${i}${'.'.repeat(50)}`, timestamp: 100_000 }]))
      expect(log.segmentBaseOffsets).toContain(15)
      return log
    }
    const records = async (log: PartitionLog) => (await readAll(log, 1 << 20)).flatMap((b) => b.records).map((r) => ({ offset: r.offset, key: text(r.key) as string }))

    const deleteOnly = await fill('delete', { ms: 1_000 })
    const oldSegments = deleteOnly.segmentBaseOffsets.indexOf(15)
    expect(oldSegments).toBeGreaterThan(1)
    expect(await deleteOnly.cleanUp(105_000)).toMatchObject({ compaction: { segmentsCleaned: 0 }, segmentsDeleted: oldSegments })
    expect(deleteOnly.logStartOffset).toBe(15)
    expect((await records(deleteOnly)).length).toBe(40)
    await deleteOnly.close()

    const compactOnly = await fill('compact', { ms: 1_000 })
    expect((await compactOnly.cleanUp(105_000)).segmentsDeleted).toBe(0)
    expect(compactOnly.logStartOffset).toBe(0)
    const compacted = await records(compactOnly)
    expect(compacted.filter((r) => r.key.startsWith('old')).length).toBe(15)
    expect(compacted.filter((r) => r.key.startsWith('k')).length).toBeLessThan(40)
    await compactOnly.close()

    const clock = { ms: 1_000 }
    const both = await fill('compact,delete', clock)
    const activeBase = both.segmentBaseOffsets[both.segmentCount - 1]
    const result = await both.cleanUp(105_000)
    expect(result.segmentsDeleted).toBe(oldSegments)
    expect(result.compaction.recordsRemoved).toBeGreaterThan(0)
    expect(both.logStartOffset).toBe(15)
    const left = await records(both)
    expect(left.some((r) => r.key.startsWith('old'))).toBe(false)
    // Below the active segment every update was superseded by a later one: nothing is left there.
    expect(left.filter((r) => r.offset < activeBase)).toEqual([])
    expect(new Set(left.map((r) => r.key))).toEqual(new Set(['k0', 'k1', 'k2', 'k3']))
    for (const key of ['k0', 'k1', 'k2', 'k3']) expect(left.filter((r) => r.key === key).at(-1)!.offset).toBe(51 + Number(key[1]))

    // Later, every update has expired: the segments compaction emptied do not hold retention back.
    clock.ms = 200_000
    await both.append(batch([{ key: 'z', value: 'z', timestamp: 200_000 }]))
    await both.cleanUp(205_000)
    expect(both.logStartOffset).toBe(55)
    expect(await records(both)).toEqual([{ offset: 55, key: 'z' }])
    await both.close()
    const reopened = await open({ cleanupPolicy: 'compact,delete' }, {}, 'compact,delete')
    expect(reopened.logStartOffset).toBe(55)
    expect(await records(reopened)).toEqual([{ offset: 55, key: 'z' }])
    await reopened.close()

    // Kafka's list in either order; anything else is refused.
    const either = await open({ cleanupPolicy: 'delete, compact' as PartitionLogConfig['cleanupPolicy'] }, {}, 'either')
    expect(either.config.cleanupPolicy).toBe('compact,delete')
    expect(() => either.reconfigure({ cleanupPolicy: 'shred' as PartitionLogConfig['cleanupPolicy'] })).toThrow(/cleanupPolicy/)
    await either.close()
  })
})

function r0(b: Decoded): number {
  return b.records.length > 0 ? b.records[0].offset : b.baseOffset
}

describe('recovery', () => {
  async function writeAndCrash(config: Partial<PartitionLogConfig>, batches: number): Promise<string> {
    const log = await open(config)
    for (let i = 0; i < batches; i++) await log.append(batch(values(4, `c${i}-`, 5000 + i)))
    // No close(): no clean-shutdown marker, as after a crash. Drop the handles through a second open below.
    return join(dir, 'p-0')
  }

  test('a corrupt batch in the middle of the tail truncates the log there and logs the cut', async () => {
    const p = await writeAndCrash({ indexIntervalBytes: 100_000 }, 30)
    const file = join(p, '00000000000000000000.log')
    const bytes = readFileSync(file)
    const batches = decode(new Uint8Array(bytes))
    const victim = batches[17]
    bytes[victim.position + 70] ^= 0xff // inside the records: only the CRC notices
    writeFileSync(file, bytes)
    const events: Array<Record<string, unknown>> = []
    const log = await open({ indexIntervalBytes: 100_000 }, { logger: (e) => events.push(e as Record<string, unknown>) })
    expect(log.nextOffset).toBe(victim.baseOffset)
    const cut = events.find((e) => e.event === 'log-tail-truncated')
    expect(cut).toMatchObject({ reason: 'crc mismatch', position: victim.position, offsetCut: victim.baseOffset, bytesCut: bytes.length - victim.position })
    expect((await readAll(log)).length).toBe(17)
    expect((await log.append(batch(values(1)))).baseOffset).toBe(victim.baseOffset)
    await log.close()
  })

  test('a torn tail is cut; a stale clean marker with a wrong size is not trusted', async () => {
    const p = await writeAndCrash({}, 10)
    const file = join(p, '00000000000000000000.log')
    const good = statSync(file).size
    const torn = batch(values(50))
    writeFileSync(file, Buffer.concat([readFileSync(file), torn.subarray(0, torn.length - 3)]))
    writeFileSync(join(p, 'clean-shutdown'), JSON.stringify({ version: 1, activeBaseOffset: 0, activeBytes: good, nextOffset: 40 }))
    const events: Array<Record<string, unknown>> = []
    const log = await open({}, { logger: (e) => events.push(e as Record<string, unknown>) })
    expect(events.find((e) => e.event === 'log-recovered')).toMatchObject({ trustedIndex: false })
    expect(events.find((e) => e.event === 'log-tail-truncated')).toMatchObject({ reason: 'truncated batch', position: good })
    expect(statSync(file).size).toBe(good)
    expect(log.nextOffset).toBe(40)
    await log.close()
  })

  test('lost or garbage index files are rebuilt', async () => {
    const config = { segmentBytes: 3000, indexIntervalBytes: 200 }
    const log = await open(config)
    for (let i = 0; i < 40; i++) await log.append(batch(values(2, 'i', 1000 + i, 100)))
    await log.close()
    const p = join(dir, 'p-0')
    const indexes = readdirSync(p).filter((name) => name.endsWith('.index')).sort()
    unlinkSync(join(p, indexes[0]))
    writeFileSync(join(p, indexes[1]), new Uint8Array(64).fill(7))
    const events: Array<Record<string, unknown>> = []
    const reopened = await open(config, { logger: (e) => events.push(e as Record<string, unknown>) })
    expect((await readAll(reopened)).length).toBe(40)
    expect(await reopened.offsetForTimestamp(1000 + 20)).toBe(40)
    expect(events.filter((e) => e.event === 'index-rebuilt').length).toBeGreaterThanOrEqual(1)
    await reopened.close()
  })
})

describe('disk errors and durability', () => {
  test('ENOSPC fails the affected append, makes the partition read-only; other partitions keep working', async () => {
    let failNext = false
    const io = {
      writev: async (handle: Parameters<typeof defaultLogIo.writev>[0], buffers: Uint8Array[], position: number) => {
        if (failNext) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
        return defaultLogIo.writev(handle, buffers, position)
      },
    }
    const manager = await LogManager.open(dir, { io })
    const [broken, healthy] = await manager.createTopic('orders', 2)
    await broken.append(batch(values(2)))
    await healthy.append(batch(values(2)))
    failNext = true
    const failing = broken.append(batch(values(2)))
    const queued = broken.append(batch(values(2)))
    await expect(failing).rejects.toMatchObject({ code: 'LOG_DISK_ERROR', systemCode: 'ENOSPC' })
    await expect(queued).rejects.toMatchObject({ code: expect.stringMatching(/LOG_READ_ONLY|LOG_DISK_ERROR/) })
    expect(broken.readOnly).toBe(true)
    await expect(broken.append(batch(values(1)))).rejects.toMatchObject({ code: 'LOG_READ_ONLY' })
    expect(decode((await broken.read(0, 1 << 20))!.bytes).length).toBe(1)
    failNext = false
    expect(healthy.readOnly).toBe(false)
    expect((await healthy.append(batch(values(2)))).baseOffset).toBe(2)
    await manager.close()
  })

  test('an fdatasync failure (EIO) fails the appends waiting on it', async () => {
    const log = await open({ durability: 'fsync' }, { io: { datasync: async () => Promise.reject(Object.assign(new Error('i/o error'), { code: 'EIO' })) } })
    await expect(log.append(batch(values(1)))).rejects.toMatchObject({ code: 'LOG_DISK_ERROR', systemCode: 'EIO' })
    expect(log.readOnly).toBe(true)
    expect(await log.read(0, 100)).toBeNull() // never acknowledged, never visible
    await log.close()
  })

  test("'fsync' shares one fdatasync among concurrent appends (group commit)", async () => {
    let syncs = 0
    const log = await open({ durability: 'fsync' }, { io: { datasync: async (handle) => { syncs++; await handle.datasync() } } })
    const appends = Array.from({ length: 64 }, () => log.append(batch(values(10))))
    const results = await Promise.all(appends)
    expect(results[63].lastOffset).toBe(639)
    expect(syncs).toBeLessThan(20)
    expect(syncs).toBeGreaterThanOrEqual(1)
    await log.close()
  })
})

describe('LogManager', () => {
  test('creates, lists after restart, keeps per-topic config, deletes topics', async () => {
    const manager = await LogManager.open(dir, { defaults: { segmentBytes: 5000 } })
    await manager.createTopic('events', 3, { cleanupPolicy: 'compact' })
    await manager.createTopic('logs', 1)
    await expect(manager.createTopic('logs', 1)).rejects.toMatchObject({ code: 'TOPIC_EXISTS' })
    await expect(manager.createTopic('bad/name', 1)).rejects.toMatchObject({ code: 'INVALID_TOPIC_NAME' })
    const p2 = await manager.partition('events', 2)
    await p2.append(batch(values(3)))
    expect(() => manager.partition('nope', 0)).toThrow(expect.objectContaining({ code: 'UNKNOWN_TOPIC' }))
    await expect(manager.partition('events', 3)).rejects.toMatchObject({ code: 'INVALID_PARTITION' })
    await manager.close()

    const again = await LogManager.open(dir, { defaults: { segmentBytes: 5000 } })
    expect(again.topics()).toEqual(['events', 'logs'])
    expect(again.topicConfig('events')).toMatchObject({ cleanupPolicy: 'compact', segmentBytes: 5000 })
    expect((await again.partition('events', 2)).nextOffset).toBe(3)
    await again.deleteTopic('events')
    expect(again.topics()).toEqual(['logs'])
    expect(readdirSync(dir).some((name) => name.startsWith('events'))).toBe(false)
    // A same-named topic starts empty.
    await again.createTopic('events', 1)
    expect((await again.partition('events', 0)).nextOffset).toBe(0)
    await again.close()
  })

  test('finishes a deletion interrupted by a crash', async () => {
    const manager = await LogManager.open(dir)
    await manager.createTopic('gone', 2)
    await (await manager.partition('gone', 1)).append(batch(values(1)))
    await manager.close()
    const fs = await import('node:fs')
    fs.renameSync(join(dir, 'gone.topic.json'), join(dir, 'gone.topic.json.deleting'))
    const again = await LogManager.open(dir)
    expect(again.topics()).toEqual([])
    expect(readdirSync(dir)).toEqual([])
    await again.close()
  })
})
