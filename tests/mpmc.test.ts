// Bounded MPMC queue (assembly/mpmc.ts, host/ring/mpmc-queue.ts). Imports the built JS in dist/.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Worker } from 'node:worker_threads'
import { createSharedMemory, instantiate, loadSluiceModule } from '../dist/wasm/module.js'
import { MpmcQueue, type MpmcExports } from '../dist/ring/mpmc-queue.js'

let module: WebAssembly.Module
let memory: WebAssembly.Memory
let exports: MpmcExports
let regionPtr: number
const workers: Worker[] = []

beforeAll(async () => {
  module = (await loadSluiceModule()).module
  memory = createSharedMemory(16 << 20)
  exports = instantiate(module, memory) as MpmcExports
  regionPtr = Math.ceil(exports.heapBase() / 64) * 64
})

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()))
})

function initQueue(capacityCells: number, payloadBytes: number, stagingCells = 64, handlesMax = 8): MpmcQueue {
  const options = { capacityCells, payloadBytes, stagingCells, handlesMax }
  return MpmcQueue.init(exports, memory, regionPtr, MpmcQueue.bytesFor(exports, options), options)
}

/** Payload `id`: its bytes are a function of id, so any mix-up shows. */
function payloadOf(id: number, payloadBytes: number): Uint8Array {
  const payload = new Uint8Array(payloadBytes)
  for (let i = 0; i < payloadBytes; i++) payload[i] = (id * 13 + i * 7 + (id >>> 8)) & 0xff
  return payload
}

describe('MpmcQueue in one thread', () => {
  it('behaves as a bounded FIFO of fixed-size payloads (property, 8/16/24-byte cells)', () => {
    type Command = { kind: 'enqueue'; count: number } | { kind: 'dequeue'; count: number }
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc.record({ kind: fc.constant('enqueue' as const), count: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('dequeue' as const), count: fc.integer({ min: 0, max: 40 }) }),
    )
    fc.assert(
      fc.property(fc.constantFrom(2, 4, 16, 32), fc.constantFrom(8, 16, 24), fc.array(command, { maxLength: 120 }), (capacityCells, payloadBytes, commands) => {
        const stagingCells = 32
        const queue = initQueue(capacityCells, payloadBytes, stagingCells)
        try {
          const model: number[] = []
          let nextId = 1
          for (const step of commands) {
            if (step.kind === 'enqueue') {
              const src = new Uint8Array(step.count * payloadBytes)
              for (let i = 0; i < step.count; i++) src.set(payloadOf(nextId + i, payloadBytes), i * payloadBytes)
              const expected = Math.min(step.count, stagingCells, capacityCells - model.length)
              expect(queue.enqueueBatch(src, step.count)).toBe(expected)
              for (let i = 0; i < expected; i++) model.push(nextId + i)
              nextId += step.count
            } else {
              const dst = new Uint8Array(step.count * payloadBytes)
              const expected = Math.min(step.count, stagingCells, model.length)
              expect(queue.dequeueBatch(dst, step.count)).toBe(expected)
              for (let i = 0; i < expected; i++) {
                expect(dst.subarray(i * payloadBytes, (i + 1) * payloadBytes)).toEqual(payloadOf(model.shift()!, payloadBytes))
              }
            }
            expect(queue.sizeApprox).toBe(model.length)
          }
        } finally {
          queue.close()
        }
      }),
      { numRuns: 200 },
    )
  })

  it('refuses when full, single ops included, and wraps its positions many times', () => {
    const queue = initQueue(4, 8)
    const one = new Uint8Array(8)
    for (let lap = 0; lap < 1000; lap++) {
      for (let i = 0; i < 4; i++) expect(queue.tryEnqueue(payloadOf(lap * 4 + i, 8))).toBe(true)
      expect(queue.tryEnqueue(payloadOf(0, 8))).toBe(false)
      for (let i = 0; i < 4; i++) {
        expect(queue.tryDequeue(one)).toBe(true)
        expect(one).toEqual(payloadOf(lap * 4 + i, 8))
      }
      expect(queue.tryDequeue(one)).toBe(false)
    }
    queue.close()
  })

  it('rejects invalid configurations and runs out of handles with a clear error', () => {
    expect(() => MpmcQueue.bytesFor(exports, { capacityCells: 6 })).toThrow(/power of two/)
    expect(() => MpmcQueue.bytesFor(exports, { capacityCells: 8, payloadBytes: 12 })).toThrow(/multiple of 8/)
    const queue = initQueue(8, 8, 16, 2)
    const second = new MpmcQueue(exports, memory, regionPtr, queue.regionBytes)
    expect(() => new MpmcQueue(exports, memory, regionPtr, queue.regionBytes)).toThrow(/all 2 handles/)
    second.close()
    const third = new MpmcQueue(exports, memory, regionPtr, queue.regionBytes)
    expect(third.handle).toBe(1)
    expect(() => queue.enqueueBatch(new Uint8Array(8), 2)).toThrow(/need 16 bytes/)
    third.close()
    queue.close()
    expect(() => queue.tryEnqueue(new Uint8Array(8))).toThrow(/after close/)
  })

  it('dequeueBatchAsync resolves with 0 after its timeout and with items once enqueued', async () => {
    const queue = initQueue(16, 8)
    const dst = new Uint8Array(8 * 4)
    expect(await queue.dequeueBatchAsync(dst, 4, { timeoutMs: 20 })).toBe(0)
    setTimeout(() => queue.enqueueBatch(payloadOf(7, 8)), 10)
    expect(await queue.dequeueBatchAsync(dst, 4, { timeoutMs: 5_000 })).toBe(1)
    expect(dst.subarray(0, 8)).toEqual(payloadOf(7, 8))
    queue.close()
  })
})

describe('MpmcQueue across workers', () => {
  function startWorker(workerData: Record<string, unknown>): Promise<Record<string, unknown>> {
    const worker = new Worker(new URL('./fixtures/ring-worker.mjs', import.meta.url), { workerData })
    workers.push(worker)
    return new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`worker exited with code ${code} before reporting`)))
    })
  }

  it('3 producers and 2 consumers: every item exactly once, each producer in order per consumer', async () => {
    const producersCount = 3
    const itemsPerProducer = 60_000
    // A small queue so that producers and consumers both park often.
    const queue = initQueue(64, 8, 32)
    const shared = { module, memory, ptr: regionPtr, bytes: queue.regionBytes }
    const consumers = [0, 1].map(() => startWorker({ ...shared, role: 'mpmcConsumer', batchItems: 16, itemsMax: producersCount * itemsPerProducer }))
    const producers = Array.from({ length: producersCount }, (_, index) =>
      startWorker({ ...shared, role: 'mpmcProducer', producerId: index + 1, itemsTotal: itemsPerProducer, batchItems: 1 + index * 20 }),
    )
    await Promise.all(producers)
    // One stop marker per consumer, after every item.
    const stop = new Uint8Array(16).fill(0xff)
    expect(await queue.enqueueAllAsync(stop, 2, { timeoutMs: 20_000 })).toBe(2)
    const results = await Promise.all(consumers)
    queue.close()
    const seenCounts = Array.from({ length: producersCount }, () => new Uint8Array(itemsPerProducer))
    let total = 0
    for (const result of results) {
      const items = result.items as BigUint64Array
      const lastSequence = new Array(producersCount).fill(-1)
      for (const item of items) {
        const producer = Number(item >> 32n) - 1
        const sequence = Number(item & 0xffffffffn)
        expect(producer).toBeGreaterThanOrEqual(0)
        expect(producer).toBeLessThan(producersCount)
        expect(sequence).toBeGreaterThan(lastSequence[producer])
        lastSequence[producer] = sequence
        seenCounts[producer][sequence]++
        total++
      }
    }
    expect(total).toBe(producersCount * itemsPerProducer)
    for (const counts of seenCounts) expect(counts.every((count) => count === 1)).toBe(true)
  })
})
