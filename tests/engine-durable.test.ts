// Durable topics through the engine API: records survive a restart and a SIGKILL, late subscribers read
// what left the window from disk, and workers' publishes resolve only once the opener made them durable.
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { Worker } from 'node:worker_threads'
import { Engine, type Message } from '../host/index.js'
import { engineScope, take, text } from './fixtures/engines.js'
// @ts-expect-error plain JS fixture
import { encodeBatch } from './fixtures/log-batches.mjs'

const engines = engineScope('sluice-durable-', { memoryBytes: 64 * 1024 * 1024, topicsMax: 64 })
const tempDir = engines.tempDir
const open = (dataDir: string, options: Parameters<typeof Engine.open>[0] = {}): Promise<Engine> => engines.open({ dataDir, ...options })
const close = engines.close

describe('durable topics', () => {
  it('keep their records and offsets across a restart', async () => {
    const dataDir = tempDir()
    const first = await open(dataDir)
    await first.createTopic('orders', { partitions: 2 })
    await first.publishBatch('orders', Array.from({ length: 100 }, (_, i) => ({ key: `k${i % 7}`, value: `v${i}`, headers: { i: String(i) } })))
    await close(first)

    const second = await open(dataDir)
    expect(second.listTopics()).toEqual(['orders'])
    const subscription = second.subscribe('orders', { from: 'earliest' })
    const messages = await take(subscription, 100)
    expect(messages.map((m) => text(m.value)).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `v${i}`).sort())
    expect(messages.every((m) => text(m.headers[0].value) === text(m.value)!.slice(1))).toBe(true)
    const before = second.describeTopic('orders').partitions.map((p) => p.nextOffset)
    const { partition, offset } = await second.publish('orders', { key: 'k1', value: 'after restart' })
    expect(offset).toBe(before[partition])
    subscription.close()
  })

  it('serve Kafka fetches from the beginning past the active segment\'s first mapped steps, byte for byte', async () => {
    // 20 MB in one (active) segment: catch-up reads below the last mapped step slice a mapping of the
    // file (native path), the rest read it; either way the bytes are the batches appended.
    const dataDir = tempDir()
    // A 1 MiB window: every read below its last MiB goes to the log.
    const engine = await open(dataDir, { windowBytes: 1024 * 1024 })
    await engine.createTopic('catchup')
    const batch = encodeBatch(Array.from({ length: 200 }, (_, i) => ({ value: `record-${i}-${'x'.repeat(1000)}` })))
    const batchCount = 100
    for (let i = 0; i < batchCount; i++) await engine.appendBatches('catchup', 0, batch)
    let offset = 0
    let served = 0
    while (offset < batchCount * 200) {
      const read = await engine.readBatches('catchup', 0, offset, 1024 * 1024)
      const view = new DataView(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength)
      for (let at = 0; at < read.bytes.length; at += batch.length) {
        expect(Number(view.getBigInt64(at))).toBe(offset + ((at / batch.length) * 200))
        expect(Buffer.compare(read.bytes.subarray(at + 8, at + batch.length), batch.subarray(8))).toBe(0)
        served++
      }
      expect(read.bytes.length % batch.length).toBe(0)
      offset = read.nextOffset
    }
    expect(served).toBe(batchCount)
    expect(batch.length * batchCount).toBeGreaterThan(16 * 1024 * 1024) // several 4 MiB steps, then larger ones
  })

  it('serve a late subscriber from disk what left the in-memory window, then from the window', async () => {
    const dataDir = tempDir()
    const engine = await open(dataDir, { windowBytes: 64 * 1024 })
    await engine.createTopic('history')
    for (let i = 0; i < 40; i++) {
      await engine.publishBatch('history', Array.from({ length: 50 }, (_, j) => ({ value: new Uint8Array(200).fill((i * 50 + j) % 251) })))
    }
    const ref = engine.topicRef('history')
    const windowHead = engine.shared.wasm.windowHeadOffset(engine.pool.windowOf(ref.firstPartition))
    expect(windowHead).toBeGreaterThan(0) // the window no longer holds the start
    expect(engine.describeTopic('history').partitions[0].headOffset).toBe(0) // the log does
    const subscription = engine.subscribe('history', { from: 'earliest' })
    const messages = await take(subscription, 2000)
    expect(messages.map((m) => m.offset)).toEqual(Array.from({ length: 2000 }, (_, i) => i))
    expect(messages.every((m) => m.value![0] === m.offset % 251)).toBe(true)
    subscription.close()
  })

  it('acknowledge a worker publish only once the opener persisted it', async () => {
    const dataDir = tempDir()
    const engine = await open(dataDir, { durability: 'fsync' })
    await engine.createTopic('from-worker')
    const worker = new Worker(new URL('./fixtures/engine-worker.mjs', import.meta.url), {
      workerData: { handle: engine.share(), role: 'publisher', topic: 'from-worker', count: 3000, batchSize: 100, valueBytes: 64 },
    })
    const done = await new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    expect(done).toEqual({ done: true, sent: 3000 })
    await worker.terminate()
    await close(engine)
    const reopened = await open(dataDir)
    expect(reopened.describeTopic('from-worker').partitions[0].nextOffset).toBe(3000)
  })

  it('lose no acknowledged record when the publishing process is killed with SIGKILL, again and again', async () => {
    const dataDir = tempDir()
    const acknowledged: number[] = []
    let next = 0
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, [new URL('./fixtures/durable-publisher.mjs', import.meta.url).pathname, dataDir, String(next)], { stdio: ['ignore', 'pipe', 'inherit'] })
      let buffered = ''
      let ready = false
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.stdout.on('data', (chunk) => {
        buffered += chunk
        const lines = buffered.split('\n')
        buffered = lines.pop()!
        for (const line of lines) {
          if (line === 'ready') ready = true
          else acknowledged.push(Number(line))
        }
      })
      const started = Date.now()
      while (!ready && Date.now() - started < 15_000) await new Promise((resolve) => setTimeout(resolve, 10))
      expect(ready).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250))
      child.kill('SIGKILL')
      await exited
      next = Math.max(next, ...acknowledged) + 1_000_000 // fresh numbers per round: duplicates would show
    }
    expect(acknowledged.length).toBeGreaterThan(50)
    const engine = await open(dataDir)
    const subscription = engine.subscribe('crash', { from: 'earliest' })
    const total = engine.describeTopic('crash').partitions.reduce((sum, p) => sum + p.nextOffset, 0)
    const messages = await take(subscription, total)
    const stored = messages.map((m) => Number(text(m.value)))
    expect(new Set(stored).size).toBe(stored.length) // exactly once
    const storedSet = new Set(stored)
    expect(acknowledged.filter((value) => !storedSet.has(value))).toEqual([]) // nothing acknowledged is lost
    for (const partition of [0, 1]) {
      const offsets = messages.filter((m) => m.partition === partition).map((m) => m.offset)
      expect(offsets).toEqual(offsets.map((_, i) => i))
    }
    subscription.close()
  }, 120_000)
  it('keeps per-topic log settings: a compacted topic keeps the latest record per key across a restart', async () => {
    const dataDir = tempDir()
    const first = await open(dataDir)
    await first.createTopic('latest', { partitions: 1, log: { cleanupPolicy: 'compact', retentionMs: null, segmentBytes: 4096, deleteRetentionMs: 0 } })
    await expect(first.createTopic('bad', { log: { segmentBytes: -1 } })).rejects.toThrow(/segmentBytes/)
    expect(first.listTopics()).not.toContain('bad')
    for (let round = 0; round < 20; round++) {
      // ~1 KiB per batch: the 4 KiB segments roll, and only sealed segments are compacted.
      await first.publishBatch('latest', Array.from({ length: 5 }, (_, key) => ({ key: `k${key}`, value: `v${round}`, headers: { pad: 'x'.repeat(200) } })))
    }
    await close(first)
    const second = await open(dataDir)
    await second.durable!.enforceRetention()
    const subscription = second.subscribe('latest', { from: 'earliest' })
    const total = second.describeTopic('latest').partitions[0].nextOffset
    expect(total).toBe(100) // offsets never change
    const messages: Message[] = []
    while (messages.length === 0 || messages.at(-1)!.offset < total - 1) messages.push(...(await subscription.nextBatch()))
    expect(messages.length).toBeLessThan(100) // compacted sealed segments dropped older values
    const latest = new Map(messages.map((m) => [text(m.key), text(m.value)]))
    expect([...latest.values()]).toEqual(Array.from({ length: 5 }, () => 'v19'))
    subscription.close()
  })
})
