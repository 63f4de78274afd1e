// SPSC ring of variable-length records (assembly/ring.ts, host/ring/spsc-ring.ts).
// Imports the built JS in dist/ (run `npm run build` first): the worker fixture must load JS, and the
// wasm loader finds the module relative to dist/wasm/.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Worker } from 'node:worker_threads'
import { createSharedMemory, instantiate, loadSluiceModule } from '../dist/wasm/module.js'
import { SpscRing, type RingExports } from '../dist/ring/spsc-ring.js'
// @ts-expect-error: plain JS fixture shared with the worker
import { checkRecord, checksumInitial, checksumUpdate, fillRecord, recordBytesAt } from './fixtures/ring-records.mjs'

const memoryBytes = 32 << 20
let module: WebAssembly.Module
let memory: WebAssembly.Memory
let exports: RingExports
let regionPtr: number
const workers: Worker[] = []

beforeAll(async () => {
  module = (await loadSluiceModule()).module
  memory = createSharedMemory(memoryBytes)
  exports = instantiate(module, memory) as RingExports
  regionPtr = Math.ceil(exports.heapBase() / 64) * 64
})

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()))
})

function slotBytes(payloadBytes: number): number {
  return (payloadBytes + 8 + 7) & ~7
}

function recordOf(id: number, byteLength: number): Uint8Array {
  const record = new Uint8Array(byteLength)
  for (let i = 0; i < byteLength; i++) record[i] = (id * 37 + i * 11 + 1) & 0xff
  return record
}

/** Exact model of the ring's byte positions, to know when a push must succeed and when it must refuse. */
class RingModel {
  head = 0
  tail = 0
  readonly queue: { record: Uint8Array; startPos: number; endPos: number }[] = []
  constructor(readonly capacityBytes: number) {}
  /** Position range the record would occupy, or null if it does not fit. */
  place(byteLength: number): { startPos: number; endPos: number } | null {
    const slot = slotBytes(byteLength)
    const offset = this.tail % this.capacityBytes
    const padBytes = slot > this.capacityBytes - offset ? this.capacityBytes - offset : 0
    if (padBytes + slot > this.capacityBytes - (this.tail - this.head)) return null
    return { startPos: this.tail, endPos: this.tail + padBytes + slot }
  }
  push(record: Uint8Array): boolean {
    const placed = this.place(record.byteLength)
    if (placed === null) return false
    this.queue.push({ record, ...placed })
    this.tail = placed.endPos
    return true
  }
  pop(): Uint8Array | undefined {
    const entry = this.queue.shift()
    if (entry !== undefined) this.head = entry.endPos
    return entry?.record
  }
}

type Command =
  | { kind: 'push'; byteLength: number }
  | { kind: 'pushBatch'; byteLengths: number[] }
  | { kind: 'pop' }
  | { kind: 'popBatch'; recordsMax: number }

function commandArbitrary(recordBytesMax: number): fc.Arbitrary<Command> {
  // Bias lengths to the edges: empty, maximal, and around the 8-byte slot boundaries.
  const byteLength = fc.oneof(
    fc.constant(0),
    fc.constant(recordBytesMax),
    fc.integer({ min: 0, max: recordBytesMax }),
    fc.integer({ min: 0, max: Math.min(12, recordBytesMax) }),
  )
  return fc.oneof(
    fc.record({ kind: fc.constant('push' as const), byteLength }),
    fc.record({ kind: fc.constant('pushBatch' as const), byteLengths: fc.array(byteLength, { maxLength: 12 }) }),
    fc.record({ kind: fc.constant('pop' as const) }),
    fc.record({ kind: fc.constant('popBatch' as const), recordsMax: fc.integer({ min: 1, max: 16 }) }),
  )
}

describe('SpscRing in one thread', () => {
  it('returns every record pushed, identical and in order, and refuses only when full (property)', () => {
    const scenario = fc
      .constantFrom(64, 128, 256, 1024)
      .chain((capacityBytes) => fc.tuple(fc.constant(capacityBytes), fc.integer({ min: 0, max: 2 ** 30 }), fc.array(commandArbitrary(capacityBytes / 2 - 8), { minLength: 20, maxLength: 200 })))
    fc.assert(
      fc.property(scenario, ([capacityBytes, idSeed, commands]) => {
          const recordBytesMax = capacityBytes / 2 - 8
          const ring = SpscRing.init(exports, memory, regionPtr, SpscRing.bytesFor(capacityBytes), { capacityBytes })
          expect(ring.recordBytesMax).toBe(recordBytesMax)
          const model = new RingModel(capacityBytes)
          let nextId = idSeed
          const popped: Uint8Array[] = []
          const expected: Uint8Array[] = []
          for (const command of commands) {
            if (command.kind === 'push') {
              const record = recordOf(nextId++, command.byteLength)
              const mustFit = model.place(record.byteLength) !== null
              expect(ring.tryPush(record)).toBe(mustFit)
              model.push(record)
            } else if (command.kind === 'pushBatch') {
              const records = command.byteLengths.map((byteLength) => recordOf(nextId++, byteLength))
              let fitting = 0
              while (fitting < records.length && model.push(records[fitting])) fitting++
              expect(ring.pushBatch(records)).toBe(fitting)
            } else if (command.kind === 'pop') {
              const record = ring.tryPop()
              const modelRecord = model.pop()
              if (modelRecord === undefined) expect(record).toBeNull()
              else expect(record).toEqual(modelRecord)
            } else {
              const available = model.queue.length
              const count = ring.popBatch((bytes, byteOffset, byteLength) => {
                popped.push(bytes.slice(byteOffset, byteOffset + byteLength))
              }, command.recordsMax)
              for (let i = 0; i < count; i++) expected.push(model.pop()!)
              expect(count).toBe(Math.min(command.recordsMax, available))
            }
            expect(ring.usedBytes).toBe(model.tail - model.head)
          }
          expect(popped).toEqual(expected)
          // Drain: whatever is left comes out in order too.
          const rest: Uint8Array[] = []
          while (ring.popBatch((bytes, byteOffset, byteLength) => rest.push(bytes.slice(byteOffset, byteOffset + byteLength))) > 0);
          expect(rest).toEqual(model.queue.map((entry) => entry.record))
          expect(ring.usedBytes).toBe(0)
      }),
      { numRuns: 200 },
    )
  })

  it('wraps a maximal record at every 8-byte offset of the data area', () => {
    const capacityBytes = 256
    for (let offset = 0; offset < capacityBytes; offset += 8) {
      const ring = SpscRing.init(exports, memory, regionPtr, SpscRing.bytesFor(capacityBytes), { capacityBytes })
      // Empty records take one 8-byte slot each: walk tail and head to `offset`.
      for (let step = 0; step < offset / 8; step++) {
        expect(ring.tryPush(new Uint8Array(0))).toBe(true)
        expect(ring.tryPop()).toEqual(new Uint8Array(0))
      }
      const big = recordOf(offset, ring.recordBytesMax)
      const small = recordOf(offset + 1, 5)
      const model = new RingModel(capacityBytes)
      model.head = model.tail = offset
      let fitting = 0
      for (const record of [big, small, big]) {
        if (!model.push(record)) break
        fitting++
      }
      expect(fitting).toBeGreaterThanOrEqual(1) // a maximal record always fits an empty ring
      expect(ring.pushBatch([big, small, big])).toBe(fitting)
      const out: Uint8Array[] = []
      ring.popBatch((bytes, byteOffset, byteLength) => out.push(bytes.slice(byteOffset, byteOffset + byteLength)))
      expect(out).toEqual([big, small, big].slice(0, fitting))
      expect(ring.tryPush(big)).toBe(true)
      expect(ring.tryPop()).toEqual(big)
      expect(ring.usedBytes).toBe(0)
    }
  })

  it('refuses pushes into a full ring and does not overwrite unread records', () => {
    const capacityBytes = 128
    const ring = SpscRing.init(exports, memory, regionPtr, SpscRing.bytesFor(capacityBytes), { capacityBytes })
    const records = Array.from({ length: 20 }, (_, id) => recordOf(id, 8)) // 16-byte slots: 8 fit
    expect(ring.pushBatch(records)).toBe(8)
    expect(ring.tryPush(recordOf(99, 0))).toBe(false)
    expect(ring.pushBatch(records, 8)).toBe(0)
    ring.stage(records[8])
    expect(ring.flushStaged()).toBe(0)
    expect(ring.stagedBytes).toBe(16)
    expect(ring.tryPop()).toEqual(records[0])
    expect(ring.flushStaged()).toBe(1)
    const out: Uint8Array[] = []
    ring.popBatch((bytes, byteOffset, byteLength) => out.push(bytes.slice(byteOffset, byteOffset + byteLength)))
    expect(out).toEqual(records.slice(1, 9))
  })

  it('rejects a record over recordBytesMax with an error that names the limit', () => {
    const capacityBytes = 1024
    const ring = SpscRing.init(exports, memory, regionPtr, SpscRing.bytesFor(capacityBytes, { recordBytesMax: 100 }), { capacityBytes, recordBytesMax: 100 })
    expect(() => ring.tryPush(new Uint8Array(101))).toThrow(/101 bytes exceeds this ring's recordBytesMax of 100/)
    expect(() => ring.pushBatch([new Uint8Array(3), new Uint8Array(101)])).toThrow(RangeError)
    expect(() => ring.stageRecord(101)).toThrow(/recordBytesMax of 100/)
    expect(ring.tryPush(new Uint8Array(100))).toBe(true)
    // The wasm side checks too, for staging bytes written by hand.
    const stagingPtr = exports.ringProducerStagingPtr(regionPtr) >>> 0
    new Uint32Array(memory.buffer, stagingPtr, 1)[0] = 101
    expect(exports.ringPushBatch(regionPtr, stagingPtr, slotBytes(101))).toBe(-1)
    expect(() => SpscRing.init(exports, memory, regionPtr, 1 << 20, { capacityBytes: 1024, recordBytesMax: 505 })).toThrow(/recordBytesMax must be in \[0, 504\]/)
    expect(() => SpscRing.init(exports, memory, regionPtr, 1 << 20, { capacityBytes: 1000 })).toThrow(/power of two/)
    expect(() => SpscRing.init(exports, memory, regionPtr, 100, { capacityBytes: 1024 })).toThrow(/smaller than/)
  })

  it('popBatchAsync resolves when data arrives and with 0 after its timeout', async () => {
    const capacityBytes = 1024
    const ring = SpscRing.init(exports, memory, regionPtr, SpscRing.bytesFor(capacityBytes), { capacityBytes })
    const startedMs = performance.now()
    expect(await ring.popBatchAsync(() => {}, { timeoutMs: 30 })).toBe(0)
    expect(performance.now() - startedMs).toBeGreaterThanOrEqual(25)
    setTimeout(() => ring.tryPush(recordOf(1, 7)), 20)
    const out: Uint8Array[] = []
    const count = await ring.popBatchAsync((bytes, byteOffset, byteLength) => out.push(bytes.slice(byteOffset, byteOffset + byteLength)), { timeoutMs: 5_000 })
    expect(count).toBe(1)
    expect(out).toEqual([recordOf(1, 7)])
  })
})

describe('SpscRing across workers', () => {
  const recordsTotal = 150_000
  const seed = 0x5eed

  function startWorker(workerData: Record<string, unknown>): { worker: Worker; result: Promise<Record<string, unknown>> } {
    const worker = new Worker(new URL('./fixtures/ring-worker.mjs', import.meta.url), { workerData })
    workers.push(worker)
    const result = new Promise<Record<string, unknown>>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`worker exited with code ${code} before reporting`)))
    })
    return { worker, result }
  }

  it('moves 150k records of 0..max bytes from a producer worker to a consumer worker, checksummed in order', async () => {
    const capacityBytes = 8192
    const recordBytesMax = 1000
    const regionBytes = SpscRing.bytesFor(capacityBytes, { recordBytesMax })
    SpscRing.init(exports, memory, regionPtr, regionBytes, { capacityBytes, recordBytesMax })
    const shared = { module, memory, ptr: regionPtr, bytes: regionBytes, recordsTotal, recordBytesMax, seed }
    const consumer = startWorker({ ...shared, role: 'spscConsumer' })
    const producer = startWorker({ ...shared, role: 'spscProducer' })
    const [produced, consumed] = await Promise.all([producer.result, consumer.result])
    expect(consumed.firstError).toBeNull()
    expect(consumed.records).toBe(recordsTotal)
    expect(produced.records).toBe(recordsTotal)
    expect(consumed.checksum).toBe(produced.checksum)
  })

  it('feeds a main-thread consumer using popBatchAsync', async () => {
    const capacityBytes = 4096
    const recordBytesMax = 700
    const regionBytes = SpscRing.bytesFor(capacityBytes, { recordBytesMax })
    const ring = SpscRing.init(exports, memory, regionPtr, regionBytes, { capacityBytes, recordBytesMax })
    const records = 100_000
    const producer = startWorker({ module, memory, ptr: regionPtr, bytes: regionBytes, recordsTotal: records, recordBytesMax, seed, role: 'spscProducer' })
    let index = 0
    let checksum = checksumInitial
    let firstError: string | null = null
    const visit = (bytes: Uint8Array, byteOffset: number, byteLength: number) => {
      firstError ??= checkRecord(bytes, byteOffset, byteLength, seed, index, recordBytesMax)
      checksum = checksumUpdate(checksum, bytes, byteOffset, byteLength)
      index++
    }
    while (index < records) {
      if ((await ring.popBatchAsync(visit, { timeoutMs: 20_000 })) === 0) throw new Error(`timed out after ${index} records`)
    }
    const produced = await producer.result
    expect(firstError).toBeNull()
    expect(checksum).toBe(produced.checksum)
  })

  it('the fixture check detects a changed byte (so the cross-worker tests can fail)', () => {
    const recordBytesMax = 64
    const byteLength = recordBytesAt(seed, 3, recordBytesMax)
    expect(byteLength).toBe(recordBytesMax)
    const bytes = new Uint8Array(byteLength)
    fillRecord(bytes, 0, byteLength, seed, 3)
    expect(checkRecord(bytes, 0, byteLength, seed, 3, recordBytesMax)).toBeNull()
    bytes[byteLength - 1] ^= 1
    expect(checkRecord(bytes, 0, byteLength, seed, 3, recordBytesMax)).toMatch(/byte 63 differs/)
    expect(checkRecord(bytes, 0, byteLength, seed, 4, recordBytesMax)).not.toBeNull()
  })
})
