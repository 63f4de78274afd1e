// Reads from disk in any worker: an engine attached in a worker_threads worker (it did not open the data
// directory) serves a subscriber behind the window from the log files through a read-only
// PartitionLogReader, bounded by the durable offset the opener's persister publishes in shared memory.
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { Engine } from '../host/index.js'
import { engineScope } from './fixtures/engines.js'

const engines = engineScope('sluice-durable-workers-', { memoryBytes: 64 * 1024 * 1024, topicsMax: 64, windowBytes: 64 * 1024 })
const tempDir = engines.tempDir
const open = (dataDir: string, options: Parameters<typeof Engine.open>[0] = {}): Promise<Engine> => engines.open({ dataDir, ...options })

function record(sequence: number): { key: string; value: Uint8Array } {
  const value = new Uint8Array(200)
  new DataView(value.buffer).setUint32(0, sequence, true)
  return { key: `k${sequence % 16}`, value }
}

async function publishRange(engine: Engine, topic: string, from: number, to: number): Promise<void> {
  for (let first = from; first < to; first += 50) {
    await engine.publishBatch(topic, Array.from({ length: Math.min(50, to - first) }, (_, i) => record(first + i)))
  }
}

interface WorkerReport {
  offsets: number[]
  values: number[]
  error: string | null
  dataDir: string | null
}

function startReader(engine: Engine, topic: string, count: number, portable = false): { worker: Worker; report: Promise<WorkerReport> } {
  const worker = new Worker(new URL('./fixtures/durable-reader-worker.mjs', import.meta.url), {
    workerData: { handle: engine.share(), topic, count },
    // SLUICE_NATIVE=0: the worker takes the portable path (file reads, no mapping), as under Deno or Bun.
    env: portable ? { ...process.env, SLUICE_NATIVE: '0' } : process.env,
  })
  const report = new Promise<WorkerReport>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return { worker, report }
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i)

describe.each([
  ['os', 'native path where built'],
  ['fsync', 'native path where built'],
  ['os', 'portable path (SLUICE_NATIVE=0)'],
] as const)("durable topics (durability '%s') read from disk in a worker, %s", (durability, path) => {
  it("deliver every record in order to a worker subscribing from 'earliest' after the start left the window", async () => {
    const dataDir = tempDir()
    const engine = await open(dataDir, { durability })
    // Small segments: the worker's reader crosses many sealed (mapped) segments and follows rolls.
    await engine.createTopic('history', { log: { segmentBytes: 96 * 1024 } })
    await publishRange(engine, 'history', 0, 3000)
    const ref = engine.topicRef('history')
    expect(engine.shared.wasm.windowHeadOffset(engine.pool.windowOf(ref.firstPartition))).toBeGreaterThan(1000)
    expect(readdirSync(join(dataDir, 'history-0')).filter((name) => name.endsWith('.log')).length).toBeGreaterThan(3)
    const total = 6000
    const { worker, report } = startReader(engine, 'history', total, path.startsWith('portable'))
    // Publishing goes on while the worker catches up: it reads the log, then switches to the window.
    await publishRange(engine, 'history', 3000, total)
    const { offsets, values, error, dataDir: workerDataDir } = await report
    await worker.terminate()
    expect(workerDataDir).toBe(dataDir)
    expect(error).toBeNull()
    expect(offsets).toEqual(range(total))
    expect(values).toEqual(range(total))
  }, 60_000)
})

it('a worker reads from disk a topic recovered at open, whose log starts after deleteRecordsBefore', async () => {
  const dataDir = tempDir()
  const first = await open(dataDir)
  await first.createTopic('old', { log: { segmentBytes: 64 * 1024 } })
  await publishRange(first, 'old', 0, 2000)
  await engines.close(first)
  const engine = await open(dataDir)
  await engine.deleteRecordsBefore('old', 0, 700)
  await publishRange(engine, 'old', 2000, 2500)
  const { worker, report } = startReader(engine, 'old', 1800)
  const { offsets, values, error } = await report
  await worker.terminate()
  expect(error).toBeNull()
  expect(offsets).toEqual(range(1800).map((i) => i + 700))
  expect(values).toEqual(range(1800).map((i) => i + 700))
}, 60_000)
