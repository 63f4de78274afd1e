// The embedded engine API as users rely on it, in one process. Cross-worker and cross-runtime behaviour is
// in engine-workers.test.ts and portability.test.ts.
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  Engine,
  EngineClosedError,
  InvalidTopicNameError,
  PublishTimeoutError,
  RecordTooLargeError,
  RecordsMissedError,
  TopicExistsError,
  UnknownTopicError,
  partitionForKey,
  RecordBatchBuilder,
  crc32cJs,
  type Message,
  type Subscription,
} from '../host/index.js'
import { Control } from '../host/memory/layout.js'

const text = new TextDecoder()
const engines: Engine[] = []

async function openEngine(options: Parameters<typeof Engine.open>[0] = {}): Promise<Engine> {
  const engine = await Engine.open({ memoryBytes: 64 * 1024 * 1024, topicsMax: 4096, ...options })
  engines.push(engine)
  return engine
}

afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close()
})

async function take(subscription: Subscription, count: number): Promise<Message[]> {
  const messages: Message[] = []
  while (messages.length < count) {
    const { value, done } = await subscription.next()
    if (done) break
    messages.push(value)
  }
  return messages
}

describe('publish and subscribe', () => {
  it('delivers key, value, headers, offsets and timestamps', async () => {
    const engine = await openEngine()
    await engine.createTopic('orders')
    const subscription = engine.subscribe('orders', { from: 'earliest' })
    const before = Date.now()
    const first = await engine.publish('orders', { key: 'k1', value: 'hello', headers: { trace: 'abc', empty: null } })
    const second = await engine.publish('orders', { value: new Uint8Array([0, 255, 7]) })
    const third = await engine.publish('orders', { key: null, value: null })
    expect([first.offset, second.offset, third.offset]).toEqual([0, 1, 2])
    const [a, b, c] = await take(subscription, 3)
    expect(a.topic).toBe('orders')
    expect(a.partition).toBe(0)
    expect(text.decode(a.key!)).toBe('k1')
    expect(text.decode(a.value!)).toBe('hello')
    expect(a.headers.map((h) => [h.key, h.value && text.decode(h.value)])).toEqual([
      ['trace', 'abc'],
      ['empty', null],
    ])
    expect(a.timestamp).toBeGreaterThanOrEqual(before)
    expect(a.timestamp).toBeLessThanOrEqual(Date.now())
    expect(b.key).toBeNull()
    expect([...b.value!]).toEqual([0, 255, 7])
    expect(b.offset).toBe(1)
    expect(c.value).toBeNull()
    expect(c.offset).toBe(2)
    subscription.close()
  })

  it('places keyed records with Kafka murmur2 and keeps per-partition order', async () => {
    const engine = await openEngine()
    await engine.createTopic('keyed', { partitions: 4 })
    const subscription = engine.subscribe('keyed', { from: 'earliest' })
    const records = Array.from({ length: 2000 }, (_, i) => ({ key: `user-${i % 37}`, value: `${i}` }))
    const results = await engine.publishBatch('keyed', records)
    const encoder = new TextEncoder()
    for (let i = 0; i < records.length; i++) {
      expect(results[i].partition).toBe(partitionForKey(encoder.encode(records[i].key), 4))
    }
    const messages = await take(subscription, records.length)
    const lastPerKey = new Map<string, number>()
    for (const message of messages) {
      const key = text.decode(message.key!)
      const sequence = Number(text.decode(message.value!))
      expect(message.partition).toBe(partitionForKey(message.key!, 4))
      expect(sequence).toBeGreaterThan(lastPerKey.get(key) ?? -1)
      lastPerKey.set(key, sequence)
    }
    expect(messages).toHaveLength(records.length)
    subscription.close()
  })

  it('fans out to many subscribers without per-subscriber queues', async () => {
    const engine = await openEngine()
    await engine.createTopic('fan')
    const subscribers = Array.from({ length: 5 }, () => engine.subscribe('fan'))
    await engine.publishBatch('fan', Array.from({ length: 300 }, (_, i) => ({ value: `m${i}` })))
    for (const subscriber of subscribers) {
      const messages = await take(subscriber, 300)
      expect(messages.map((m) => text.decode(m.value!))).toEqual(Array.from({ length: 300 }, (_, i) => `m${i}`))
      subscriber.close()
    }
  })

  it("'latest' sees only what is published after subscribe; {offset} starts there", async () => {
    const engine = await openEngine()
    await engine.createTopic('t')
    await engine.publishBatch('t', [{ value: 'old0' }, { value: 'old1' }, { value: 'old2' }])
    const latest = engine.subscribe('t')
    const fromOne = engine.subscribe('t', { from: { offset: 1 } })
    await engine.publish('t', { value: 'new' })
    expect((await take(latest, 1)).map((m) => text.decode(m.value!))).toEqual(['new'])
    expect((await take(fromOne, 3)).map((m) => m.offset)).toEqual([1, 2, 3])
    latest.close()
    fromOne.close()
  })

  it('a waiting subscriber wakes when a record arrives later', async () => {
    const engine = await openEngine()
    await engine.createTopic('later')
    const subscription = engine.subscribe('later', { spinMicros: 0 })
    const pending = subscription.next()
    await new Promise((resolve) => setTimeout(resolve, 30))
    await engine.publish('later', { value: 'wake' })
    const { value } = await pending
    expect(text.decode(value!.value!)).toBe('wake')
    subscription.close()
  })

  it('ends iteration on close', async () => {
    const engine = await openEngine()
    await engine.createTopic('closing')
    const subscription = engine.subscribe('closing', { spinMicros: 0 })
    const pending = subscription.next()
    subscription.close()
    expect(await pending).toEqual({ done: true, value: undefined })
  })

  it('keeps every record of random batches in order per partition (property)', async () => {
    const engine = await openEngine({ windowBytes: 1024 * 1024 })
    let round = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            key: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
            value: fc.uint8Array({ maxLength: 3000 }),
            headerCount: fc.nat(3),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 5 }),
        async (records, partitions) => {
          const topic = `prop-${round++}`
          await engine.createTopic(topic, { partitions })
          const subscription = engine.subscribe(topic, { from: 'earliest' })
          const inputs = records.map((r) => ({
            key: r.key,
            value: r.value,
            headers: Array.from({ length: r.headerCount }, (_, h) => ({ key: `h${h}`, value: r.value.subarray(0, h) })),
          }))
          const results = await engine.publishBatch(topic, inputs)
          const messages = await take(subscription, inputs.length)
          subscription.close()
          const byPosition = new Map(messages.map((m) => [`${m.partition}:${m.offset}`, m]))
          expect(byPosition.size).toBe(inputs.length)
          inputs.forEach((input, i) => {
            const message = byPosition.get(`${results[i].partition}:${results[i].offset}`)!
            expect(message.key === null ? null : text.decode(message.key)).toBe(input.key)
            expect(message.value).toEqual(input.value)
            expect(message.headers.map((h) => h.key)).toEqual(input.headers.map((h) => h.key))
          })
          for (let p = 0; p < partitions; p++) {
            const offsets = messages.filter((m) => m.partition === p).map((m) => m.offset)
            expect(offsets).toEqual(offsets.map((_, i) => i))
          }
          // Deleting returns the windows to the pool, so the property's many topics reuse the same memory.
          await engine.deleteTopic(topic)
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('batch paths without per-record objects', () => {
  it('publishRecords appends a built batch that nextView walks in place and next() decodes', async () => {
    const engine = await openEngine({ stagingBytes: 64 * 1024, readBufferBytes: 64 * 1024, recordBytesMax: 8 * 1024 })
    await engine.createTopic('built', { partitions: 2 })
    const viewer = engine.subscribe('built', { from: 'earliest' })
    const decoder = engine.subscribe('built', { from: 'earliest' })
    const builder = engine.batchBuilder('built')
    expect(builder.recordBytesMax).toBe(8 * 1024)
    // 2,000 records of 100 B are ~210 KiB: more than the 64 KiB staging area, so it goes in several appends.
    for (let i = 0; i < 2000; i++) builder.addValue(new Uint8Array(100).fill(i % 251))
    builder.add('with key', 'k', { h: 'v' })
    const result = await engine.publishRecords('built', builder, { partition: 1 })
    expect(result).toEqual({ partition: 1, firstOffset: 0, count: 2001 })
    const seen: number[] = []
    while (seen.length < 2001) {
      const view = (await viewer.nextView())!
      expect(view.partition).toBe(1)
      view.forEachValue((bytes, start, length, offset) => {
        if (offset < 2000) {
          expect(length).toBe(100)
          expect(bytes[start]).toBe(offset % 251)
          expect(bytes[start + 99]).toBe(offset % 251)
        } else {
          expect(text.decode(bytes.subarray(start, start + length))).toBe('with key')
        }
        seen.push(offset)
      })
    }
    expect(seen).toEqual(Array.from({ length: 2001 }, (_, i) => i))
    const decoded = await take(decoder, 2001)
    expect(text.decode(decoded[2000].key!)).toBe('k')
    expect(decoded[2000].headers.map((h) => h.key)).toEqual(['h'])
    viewer.close()
    decoder.close()
  })

  it('refuses a built batch with a record over the topic limit, leaving nothing visible', async () => {
    const engine = await openEngine()
    await engine.createTopic('strict', { recordBytesMax: 512 })
    const builder = new RecordBatchBuilder(4096).addValue(new Uint8Array(10)).addValue(new Uint8Array(1000))
    await expect(engine.publishRecords('strict', builder, { partition: 0 })).rejects.toBeInstanceOf(RecordTooLargeError)
    expect(engine.describeTopic('strict').partitions[0].nextOffset).toBe(0)
    expect(() => new RecordBatchBuilder(100).addValue(new Uint8Array(200))).toThrow(RecordTooLargeError)
  })
})

describe('storage format', () => {
  it('stores Kafka RecordBatch v2 batches with their base offset and a valid CRC32C', async () => {
    const engine = await openEngine()
    await engine.createTopic('wire')
    await engine.publish('wire', { value: 'first' })
    await engine.publishBatch('wire', [{ key: 'k', value: 'second', headers: { h: 'v' } }, { value: null }])
    const subscription = engine.subscribe('wire', { from: 'earliest' })
    const view = (await subscription.nextView())!
    const bytes = view.bytes
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const baseOffsets: number[] = []
    let entry = 0
    for (let e = 0; e < view.entryCount; e++) {
      const batch = entry + 24
      const batchBytes = data.getUint32(entry + 20, true)
      expect(data.getInt8(batch + 16)).toBe(2) // magic
      expect(data.getInt32(batch + 8)).toBe(batchBytes - 12) // batchLength
      expect(data.getUint32(batch + 17)).toBe(crc32cJs(bytes.subarray(batch + 21, batch + batchBytes)))
      baseOffsets.push(Number(data.getBigInt64(batch)))
      entry += data.getUint32(entry, true)
    }
    expect(baseOffsets).toEqual([0, 1])
    subscription.close()
  })
})

describe('patterns', () => {
  it('`*` matches one level, `>` the rest, and topics created after subscribing are seen', async () => {
    const engine = await openEngine()
    await engine.createTopic('orders.us')
    const star = engine.subscribe('orders.*', { from: 'earliest' })
    const rest = engine.subscribe('orders.>', { from: 'earliest' })
    await engine.createTopic('orders.eu')
    await engine.createTopic('orders.eu.retail')
    await engine.createTopic('payments.eu')
    await engine.publish('orders.us', { value: 'us' })
    await engine.publish('orders.eu', { value: 'eu' })
    await engine.publish('orders.eu.retail', { value: 'retail' })
    await engine.publish('payments.eu', { value: 'pay' })
    const starTopics = (await take(star, 2)).map((m) => m.topic).sort()
    const restTopics = (await take(rest, 3)).map((m) => m.topic).sort()
    expect(starTopics).toEqual(['orders.eu', 'orders.us'])
    expect(restTopics).toEqual(['orders.eu', 'orders.eu.retail', 'orders.us'])
    // Nothing else arrives for `*`: the deeper topic and payments are not matched.
    await engine.publish('orders.eu.retail', { value: 'again' })
    await engine.publish('orders.us', { value: 'us2' })
    expect((await take(star, 1)).map((m) => text.decode(m.value!))).toEqual(['us2'])
    star.close()
    rest.close()
  })
})

describe('bounded memory', () => {
  it('a subscriber that falls out of the window is told how many records it missed, then continues', async () => {
    const engine = await openEngine({ windowBytes: 64 * 1024 })
    await engine.createTopic('small')
    const subscription = engine.subscribe('small', { from: 'earliest' })
    const value = new Uint8Array(100)
    for (let i = 0; i < 10; i++) await engine.publishBatch('small', Array.from({ length: 200 }, () => ({ value })))
    const info = engine.describeTopic('small')
    expect(info.partitions[0].nextOffset).toBe(2000)
    expect(info.partitions[0].headOffset).toBeGreaterThan(0)
    const error = await subscription.next().then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(RecordsMissedError)
    const missed = error as RecordsMissedError
    expect(missed.fromOffset).toBe(0)
    expect(missed.missedCount).toBe(info.partitions[0].headOffset)
    expect(missed.message).toMatch(/missed \d+ records of small\[0\]/)
    const rest = await take(subscription, 2000 - missed.resumeOffset)
    expect(rest[0].offset).toBe(missed.resumeOffset)
    expect(rest.at(-1)!.offset).toBe(1999)
    subscription.close()
  })

  it('a backpressure subscriber holds publishers back instead of missing records', async () => {
    const engine = await openEngine({ windowBytes: 64 * 1024 })
    await engine.createTopic('gated')
    const subscription = engine.subscribe('gated', { from: 'earliest', backpressure: true })
    const lossy = engine.subscribe('gated', { from: 'earliest' })
    const value = new Uint8Array(100)
    // 5,000 records of 144 B are ~11 windows' worth; the publisher must wait for the slow reader.
    const publishing = (async () => {
      for (let i = 0; i < 50; i++) await engine.publishBatch('gated', Array.from({ length: 100 }, () => ({ value })))
    })()
    const offsets: number[] = []
    while (offsets.length < 5000) {
      for (const message of await subscription.nextBatch()) offsets.push(message.offset)
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    await publishing
    expect(offsets).toEqual(Array.from({ length: 5000 }, (_, i) => i))
    // The subscriber without backpressure fell behind: it is told, not silently skipped.
    await expect(lossy.next()).rejects.toBeInstanceOf(RecordsMissedError)
    subscription.close()
    lossy.close()
  })

  it('a publish blocked by a backpressure subscriber that does not read times out, then proceeds once it closes', async () => {
    const engine = await openEngine({ windowBytes: 64 * 1024, publishTimeoutMs: 200 })
    await engine.createTopic('stuck')
    const subscription = engine.subscribe('stuck', { from: 'earliest', backpressure: true })
    const value = new Uint8Array(1000)
    let published = 0
    const error = await (async () => {
      // Bounded, so that a broken gate fails the test instead of looping forever.
      while (published < 1000) {
        await engine.publish('stuck', { value })
        published++
      }
      return null
    })().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PublishTimeoutError)
    expect((error as Error).message).toMatch(/stuck\[0\] stayed full/)
    expect(published).toBeGreaterThan(40)
    expect(published).toBeLessThan(66)
    subscription.close()
    await engine.publish('stuck', { value })
    expect(engine.describeTopic('stuck').partitions[0].nextOffset).toBe(published + 1)
  })

  it('idle topics allocate no window until first use', async () => {
    const engine = await openEngine({ topicsMax: 20_000 })
    for (let i = 0; i < 10_000; i++) await engine.createTopic(`idle.${i}`)
    const bumpIndex = engine.shared.controlIndex(Control.poolBumpOffset)
    expect(engine.shared.i32[bumpIndex]).toBe(0)
    const pattern = engine.subscribe('idle.>')
    expect(engine.shared.i32[bumpIndex]).toBe(0)
    await engine.publish('idle.42', { value: 'x' })
    expect(engine.shared.i32[bumpIndex]).toBeGreaterThan(0)
    expect(text.decode((await take(pattern, 1))[0].value!)).toBe('x')
    pattern.close()
  })
})

describe('bad input', () => {
  it('rejects illegal topic names with the reason', async () => {
    const engine = await openEngine()
    for (const name of ['', '.', '..', 'a'.repeat(250), 'has space', 'slash/topic', 'ünïcode']) {
      await expect(engine.createTopic(name)).rejects.toBeInstanceOf(InvalidTopicNameError)
    }
    await expect(engine.createTopic('a'.repeat(250))).rejects.toThrow(/250/)
    await engine.createTopic('a'.repeat(249))
    await engine.createTopic('ok.name_with-dash')
    await expect(engine.createTopic('ok.name_with-dash')).rejects.toBeInstanceOf(TopicExistsError)
  })

  it('rejects an oversized record, and nothing of its batch becomes visible', async () => {
    const engine = await openEngine()
    await engine.createTopic('limits', { recordBytesMax: 1024 })
    const subscription = engine.subscribe('limits', { from: 'earliest', spinMicros: 0 })
    const batch = [{ value: 'fine' }, { value: new Uint8Array(2000) }, { value: 'also fine' }]
    await expect(engine.publishBatch('limits', batch)).rejects.toBeInstanceOf(RecordTooLargeError)
    await expect(engine.publish('limits', { value: new Uint8Array(2000) })).rejects.toThrow(/exceeds topic "limits"'s recordBytesMax of 1024/)
    expect(engine.describeTopic('limits').partitions[0].nextOffset).toBe(0)
    await engine.publish('limits', { value: 'after' })
    const [message] = await take(subscription, 1)
    expect(text.decode(message.value!)).toBe('after')
    expect(message.offset).toBe(0)
    subscription.close()
  })

  it('rejects unknown topics, bad records and a closed engine with typed errors', async () => {
    const engine = await openEngine()
    await expect(engine.publish('nope', { value: 'x' })).rejects.toBeInstanceOf(UnknownTopicError)
    expect(() => engine.subscribe('nope')).toThrow(UnknownTopicError)
    await engine.createTopic('t')
    await expect(engine.publish('t', { value: 42 as unknown as string })).rejects.toThrow(/value must be a string, a Uint8Array or null/)
    await expect(engine.publish('t', { value: 'x', partition: 3 })).rejects.toThrow(/partitions 0..0, not 3/)
    await expect(engine.createTopic('p', { partitions: 0 })).rejects.toThrow(/partitions must be an integer/)
    await engine.close()
    await expect(engine.publish('t', { value: 'x' })).rejects.toBeInstanceOf(EngineClosedError)
    await expect(engine.createTopic('u')).rejects.toBeInstanceOf(EngineClosedError)
  })

  it('deleting a topic ends its subscriptions and refuses publishes', async () => {
    const engine = await openEngine()
    await engine.createTopic('gone')
    await engine.publish('gone', { value: 'x' })
    const subscription = engine.subscribe('gone', { from: 'earliest' })
    expect((await take(subscription, 1)).length).toBe(1)
    const pending = subscription.next()
    await engine.deleteTopic('gone')
    expect((await pending).done).toBe(true)
    await expect(engine.publish('gone', { value: 'x' })).rejects.toBeInstanceOf(UnknownTopicError)
    expect(engine.listTopics()).not.toContain('gone')
    // The name can be used again; the new topic starts empty.
    await engine.createTopic('gone')
    expect(engine.describeTopic('gone').partitions[0].nextOffset).toBe(0)
  })

  it('rejects options outside their limits with the option named', async () => {
    await expect(Engine.open({ windowBytes: 1000 })).rejects.toThrow(/windowBytes must be a power of two/)
    await expect(Engine.open({ memoryBytes: 2 ** 40 })).rejects.toThrow(/memoryBytes must be an integer/)
    await expect(Engine.open({ memoryBytes: 2 * 1024 * 1024, topicsMax: 1_000_000 })).rejects.toThrow(/raise memoryBytes or lower topicsMax/)
    await expect(Engine.open({ dataDir: '' })).rejects.toThrow(/dataDir must be a non-empty path/)
  })
})
