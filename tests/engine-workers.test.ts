// Publishers and subscribers in different worker_threads exchange records through the shared memory; the
// only postMessage is the engine handle, once per worker.
import { afterEach, describe, expect, it } from 'vitest'
import { Worker } from 'node:worker_threads'
import { Engine, EngineClosedError, type Message } from '../host/index.js'

const workerUrl = new URL('./fixtures/engine-worker.mjs', import.meta.url)
const workers: Worker[] = []
const engines: Engine[] = []

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()))
  for (const engine of engines.splice(0)) await engine.close()
})

function startWorker(workerData: Record<string, unknown>): { worker: Worker; messages: Array<Promise<Record<string, unknown>>> } {
  const worker = new Worker(workerUrl, { workerData })
  workers.push(worker)
  const received: Array<Record<string, unknown>> = []
  const waiting: Array<(message: Record<string, unknown>) => void> = []
  worker.on('message', (message) => {
    const resolve = waiting.shift()
    if (resolve) resolve(message)
    else received.push(message)
  })
  worker.on('error', (error) => {
    throw error
  })
  const next = () => new Promise<Record<string, unknown>>((resolve) => (received.length ? resolve(received.shift()!) : waiting.push(resolve)))
  return { worker, messages: [next(), next()] }
}

describe('across workers', () => {
  it('a worker publishes, the main thread and another worker subscribe, in order per key', async () => {
    const engine = await Engine.open({ memoryBytes: 128 * 1024 * 1024, windowBytes: 16 * 1024 * 1024 })
    engines.push(engine)
    await engine.createTopic('cross', { partitions: 3 })
    const count = 60_000
    const subscription = engine.subscribe('cross', { from: 'earliest' })
    const subscriber = startWorker({ handle: engine.share(), role: 'subscriber', topic: 'cross', count })
    expect(await subscriber.messages[0]).toEqual({ subscribed: true })
    const publisher = startWorker({ handle: engine.share(), role: 'publisher', topic: 'cross', count, batchSize: 500, valueBytes: 100 })
    const seen: Message[] = []
    while (seen.length < count) seen.push(...(await subscription.nextBatch()))
    expect(await publisher.messages[0]).toEqual({ done: true, sent: count })
    expect(await subscriber.messages[1]).toEqual({ done: true, received: count, outOfOrder: 0 })
    const sequences = new Set(seen.map((m) => new DataView(m.value!.buffer, m.value!.byteOffset).getUint32(0, true)))
    expect(sequences.size).toBe(count)
    subscription.close()
  })

  it('the main thread publishes while a worker subscribes; closing the engine ends the worker', async () => {
    const engine = await Engine.open({ memoryBytes: 64 * 1024 * 1024 })
    engines.push(engine)
    await engine.createTopic('down')
    const subscriber = startWorker({ handle: engine.share(), role: 'subscriber', topic: 'down', count: 1_000_000 })
    await subscriber.messages[0]
    await engine.publishBatch('down', Array.from({ length: 1000 }, (_, i) => ({ key: 'k', value: new Uint8Array(new Uint32Array([i]).buffer) })))
    await new Promise((resolve) => setTimeout(resolve, 50))
    await engine.close()
    const result = await subscriber.messages[1]
    expect(result.done).toBe(true)
    expect(result.received).toBe(1000)
    expect(result.outOfOrder).toBe(0)
    expect(() => engine.share()).toThrow(EngineClosedError)
  })
})
