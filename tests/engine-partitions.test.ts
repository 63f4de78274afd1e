// Growing a topic's partition count (engine.createPartitions, Kafka's CreatePartitions): keyed records follow
// murmur2 over the new count, each partition keeps its own records however the extents interleave with
// other topics, subscribers made before the growth (literal and pattern, in this and other workers) read
// the new partitions from their start, and a durable topic keeps its count, records, log settings and
// attributes across a restart.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { CapacityError, Engine, NotSupportedError, partitionForKey, type Message, type Subscription } from '../host/index.js'

const engines: Engine[] = []
const workers: Worker[] = []
const directories: string[] = []
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.terminate()))
  for (const engine of engines.splice(0)) await engine.close()
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true })
})

async function open(options: Parameters<typeof Engine.open>[0] = {}): Promise<Engine> {
  const engine = await Engine.open({ memoryBytes: 64 * 1024 * 1024, topicsMax: 64, windowBytes: 256 * 1024, ...options })
  engines.push(engine)
  return engine
}

function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'sluice-grow-'))
  directories.push(directory)
  return directory
}

async function take(subscription: Subscription, count: number): Promise<Message[]> {
  const messages: Message[] = []
  while (messages.length < count) {
    const batch = await Promise.race([subscription.nextBatch(), new Promise<Message[]>((_, reject) => setTimeout(() => reject(new Error(`only ${messages.length} of ${count} records arrived`)), 5_000))])
    if (batch.length === 0) break
    messages.push(...batch)
  }
  return messages
}

const text = (bytes: Uint8Array | null): string => new TextDecoder().decode(bytes ?? new Uint8Array())
const keyBytes = (key: string): Uint8Array => new TextEncoder().encode(key)

/** The values a partition holds, read with readBatches (decoded by a subscription on that partition only). */
async function valuesOf(engine: Engine, topic: string, partition: number, count: number): Promise<string[]> {
  const subscription = engine.subscribe(topic, { from: 'earliest', partitions: [partition] })
  try {
    return (await take(subscription, count)).map((m) => text(m.value))
  } finally {
    subscription.close()
  }
}

describe('createPartitions (memory)', () => {
  it('grows a topic; keyed records go to murmur2(key) % the new count; pre-existing subscribers read the new partitions', async () => {
    const engine = await open()
    await engine.createTopic('orders.eu', { partitions: 2 })
    const literal = engine.subscribe('orders.eu', { from: 'earliest' })
    const pattern = engine.subscribe('orders.*', { from: 'earliest' })
    await engine.publish('orders.eu', { key: 'before', value: 'b' })
    await engine.createPartitions('orders.eu', 5)
    expect(engine.describeTopic('orders.eu').partitions.map((p) => p.partition)).toEqual([0, 1, 2, 3, 4])
    const keys = Array.from({ length: 40 }, (_, i) => `key-${i}`)
    const placed = new Set<number>()
    for (const key of keys) {
      const { partition } = await engine.publish('orders.eu', { key, value: key })
      expect(partition).toBe(partitionForKey(keyBytes(key), 5))
      placed.add(partition)
    }
    expect([...placed].some((p) => p >= 2)).toBe(true)
    for (const subscription of [literal, pattern]) {
      const got = await take(subscription, keys.length + 1)
      expect(got.map((m) => text(m.key)).sort()).toEqual(['before', ...keys].sort())
      for (const message of got) if (text(message.key) !== 'before') expect(message.partition).toBe(partitionForKey(message.key!, 5))
    }
    literal.close()
    pattern.close()
    // Kafka reads the same partitions: readBatches serves the new ones too.
    const partition = partitionForKey(keyBytes('key-0'), 5)
    const read = await engine.readBatches('orders.eu', partition, 0, 1 << 20)
    expect(read.highWatermark).toBeGreaterThan(0)
  })

  it('keeps each partition apart when growths interleave with other topics (several extents)', async () => {
    const engine = await open()
    await engine.createTopic('a', { partitions: 2 })
    await engine.createTopic('b', { partitions: 1 })
    await engine.createPartitions('a', 4)
    await engine.createPartitions('b', 3)
    await engine.createTopic('c', { partitions: 1 })
    await engine.createPartitions('a', 6)
    for (const [topic, count] of [['a', 6], ['b', 3], ['c', 1]] as const) {
      expect(engine.describeTopic(topic).partitions.length).toBe(count)
      for (let partition = 0; partition < count; partition++) await engine.publish(topic, { partition, value: `${topic}/${partition}` })
    }
    for (const [topic, count] of [['a', 6], ['b', 3], ['c', 1]] as const) {
      for (let partition = 0; partition < count; partition++) expect(await valuesOf(engine, topic, partition, 1)).toEqual([`${topic}/${partition}`])
    }
    // Deleting a grown topic frees every extent's window; its name can be used again.
    await engine.deleteTopic('a')
    await engine.createTopic('a', { partitions: 2 })
    await engine.publish('a', { partition: 1, value: 'again' })
    expect(await valuesOf(engine, 'a', 1, 1)).toEqual(['again'])
    expect(await valuesOf(engine, 'b', 2, 1)).toEqual(['b/2'])
  })

  it('refuses to shrink, to stay the same, and to pass the per-topic and engine limits', async () => {
    const engine = await open({ partitionsMax: 8 })
    await engine.createTopic('t', { partitions: 3 })
    await expect(engine.createPartitions('t', 2)).rejects.toThrow(RangeError)
    await expect(engine.createPartitions('t', 3)).rejects.toThrow(/can only grow/)
    await expect(engine.createPartitions('t', 1.5)).rejects.toThrow(RangeError)
    await expect(engine.createPartitions('t', 9)).rejects.toThrow(CapacityError)
    await expect(engine.createPartitions('missing', 4)).rejects.toThrow(/does not exist/)
    await engine.createTopic('u', { partitions: 4 })
    // 7 of 8 entries are taken: growing t by two does not fit, by one does.
    await expect(engine.createPartitions('t', 5)).rejects.toThrow(/partitionsMax/)
    expect(engine.describeTopic('t').partitions.length).toBe(3)
    await engine.createPartitions('t', 4)
    expect(engine.describeTopic('t').partitions.length).toBe(4)
  })

  it('an attached worker sees the new partitions: its subscriptions read them, its keyed publishes use the new count, and it can grow a topic', async () => {
    const engine = await open()
    await engine.createTopic('w.events', { partitions: 1 })
    const worker = new Worker(new URL('./fixtures/partition-growth-worker.mjs', import.meta.url), { workerData: { handle: engine.share(), topic: 'w.events', pattern: 'w.*' } })
    workers.push(worker)
    const replies: Array<Record<string, unknown>> = []
    const waiting: Array<(reply: Record<string, unknown>) => void> = []
    worker.on('message', (reply) => (waiting.length > 0 ? waiting.shift()!(reply) : replies.push(reply)))
    const next = (): Promise<Record<string, unknown>> =>
      Promise.race([
        new Promise<Record<string, unknown>>((resolve) => (replies.length > 0 ? resolve(replies.shift()!) : waiting.push(resolve))),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the worker did not answer within 10 s')), 10_000)),
      ])
    expect(await next()).toEqual({ step: 'subscribed', partitions: 1 })

    await engine.createPartitions('w.events', 4)
    for (let partition = 0; partition < 4; partition++) await engine.publish('w.events', { partition, key: `p${partition}`, value: 'v' })
    worker.postMessage({ step: 'read', count: 4 })
    const read = await next()
    expect(read.step).toBe('read')
    expect(read.partitions).toBe(4)
    for (const list of [read.fromLiteral, read.fromPattern] as Array<Array<{ partition: number; key: string }>>) {
      expect(list.map((m) => m.partition).sort()).toEqual([0, 1, 2, 3])
      for (const m of list) expect(m.key).toBe(`p${m.partition}`)
    }

    const keys = Array.from({ length: 20 }, (_, i) => `worker-key-${i}`)
    worker.postMessage({ step: 'publish', keys })
    const published = (await next()) as { results: Array<{ key: string; partition: number; expected: number }> }
    for (const result of published.results) expect(result.partition).toBe(partitionForKey(keyBytes(result.key), 4))
    const mine = engine.subscribe('w.events', { from: 'earliest' })
    const got = await take(mine, 4 + keys.length)
    mine.close()
    for (const message of got.filter((m) => text(m.key).startsWith('worker-key-'))) expect(message.partition).toBe(partitionForKey(message.key!, 4))

    // A memory-only topic grows from any worker; the opener's cached ref sees the new count.
    worker.postMessage({ step: 'grow', topic: 'w.events', count: 6 })
    expect(await next()).toEqual({ step: 'grow', error: null })
    expect(engine.describeTopic('w.events').partitions.length).toBe(6)
    const result = await engine.publish('w.events', { partition: 5, value: 'last' })
    expect(result).toEqual({ partition: 5, offset: 0 })
    worker.postMessage({ step: 'close' })
    expect((await next()).step).toBe('close')
  })
})

describe('createPartitions (durable)', () => {
  it('creates the new logs, records the count in the topic metadata, and keeps both across a restart', async () => {
    const dataDir = tempDir()
    let engine = await open({ dataDir })
    await engine.createTopic('d', { partitions: 2 })
    await engine.publish('d', { partition: 1, value: 'old' })
    const subscription = engine.subscribe('d', { from: 'earliest' })
    await engine.createPartitions('d', 5)
    expect(JSON.parse(readFileSync(join(dataDir, 'meta', 'topics', 'd.json'), 'utf8')).partitions).toBe(5)
    for (let partition = 2; partition < 5; partition++) await engine.publish('d', { partition, value: `new-${partition}` })
    const keyed = await engine.publish('d', { key: 'grown-key', value: 'keyed' })
    expect(keyed.partition).toBe(partitionForKey(keyBytes('grown-key'), 5))
    expect((await take(subscription, 5)).map((m) => `${m.partition}:${text(m.value)}`).sort()).toEqual(
      ['1:old', '2:new-2', '3:new-3', '4:new-4', `${keyed.partition}:keyed`].sort(),
    )
    subscription.close()
    await engine.close()
    engines.splice(engines.indexOf(engine), 1)

    engine = await open({ dataDir })
    expect(engine.describeTopic('d').partitions.length).toBe(5)
    for (let partition = 2; partition < 5; partition++) expect(await valuesOf(engine, 'd', partition, partition === keyed.partition ? 2 : 1)).toContain(`new-${partition}`)
    // Growing again after the restart continues from the recovered count.
    await engine.createPartitions('d', 6)
    await engine.publish('d', { partition: 5, value: 'six' })
    expect(await valuesOf(engine, 'd', 5, 1)).toEqual(['six'])
  })

  it('a growth the engine cannot hold leaves the metadata and the data directory as they were', async () => {
    const dataDir = tempDir()
    const engine = await open({ dataDir, partitionsMax: 4 })
    await engine.createTopic('full', { partitions: 2 })
    await engine.createTopic('other', { partitions: 1 })
    await expect(engine.createPartitions('full', 4)).rejects.toThrow(CapacityError)
    expect(JSON.parse(readFileSync(join(dataDir, 'meta', 'topics', 'full.json'), 'utf8')).partitions).toBe(2)
    expect(readdirSync(dataDir).filter((name) => name.startsWith('full-')).sort()).toEqual(['full-0', 'full-1'])
    expect(engine.describeTopic('full').partitions.length).toBe(2)
    await engine.createPartitions('full', 3)
    expect(JSON.parse(readFileSync(join(dataDir, 'meta', 'topics', 'full.json'), 'utf8')).partitions).toBe(3)
  })

  it('grows a durable topic only on the engine that opened the data directory', async () => {
    const engine = await open({ dataDir: tempDir() })
    await engine.createTopic('only-opener', { partitions: 1 })
    const attached = await Engine.attach(engine.share())
    try {
      await expect(attached.createPartitions('only-opener', 2)).rejects.toThrow(NotSupportedError)
    } finally {
      await attached.close()
    }
  })

  it('alters a durable topic log config at run time (segments roll by the new segmentMs) and keeps it and the attributes across a restart', async () => {
    const dataDir = tempDir()
    let engine = await open({ dataDir })
    await engine.createTopic('cfg', { partitions: 1 })
    expect(engine.topicLogConfig('cfg')!.segmentMs).toBe(7 * 24 * 3600 * 1000)
    await engine.alterTopicLogConfig('cfg', { segmentMs: 20, retentionMs: 60_000 })
    await engine.setTopicAttributes('cfg', { owner: 'team-a' })
    for (let i = 0; i < 3; i++) {
      await engine.publish('cfg', { value: `r${i}` })
      await new Promise((resolve) => setTimeout(resolve, 40))
    }
    const segments = readdirSegments(join(dataDir, 'cfg-0'))
    expect(segments).toBeGreaterThanOrEqual(3)
    // undefined drops an override: back to the engine's setting.
    await engine.alterTopicLogConfig('cfg', { retentionMs: undefined })
    await expect(engine.alterTopicLogConfig('cfg', { segmentBytes: -1 })).rejects.toThrow(RangeError)
    await engine.close()
    engines.splice(engines.indexOf(engine), 1)

    engine = await open({ dataDir })
    expect(engine.topicLogConfig('cfg')!.segmentMs).toBe(20)
    expect(engine.topicLogConfig('cfg')!.retentionMs).toBe(7 * 24 * 3600 * 1000)
    expect(engine.topicAttributes('cfg')).toEqual({ owner: 'team-a' })
  })
})

function readdirSegments(directory: string): number {
  return readdirSync(directory).filter((name) => name.endsWith('.log')).length
}
