// Kafka record batches written by the real Java client (tests/fixtures/kafka-batches, made with
// kafka-clients' MemoryRecordsBuilder) go into the engine as they are and come out byte for byte, with only
// their base offsets changed; embedded subscribers decode them.
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { CorruptBatchError, Engine, OffsetOutOfRangeError, type Message } from '../host/index.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/kafka-batches/${name}`, import.meta.url)))
const expected = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/kafka-batches/${name}`, import.meta.url), 'utf8'))
const engines: Engine[] = []
afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.close()
})

async function openEngine(): Promise<Engine> {
  const engine = await Engine.open({ memoryBytes: 64 * 1024 * 1024, topicsMax: 64 })
  engines.push(engine)
  return engine
}

describe('Kafka batches through the engine', () => {
  it('appends Java-client batches as received and serves the same bytes with new base offsets', async () => {
    const engine = await openEngine()
    await engine.createTopic('java')
    const batches = fixture('three-batches.bin')
    await engine.publish('java', { value: 'embedded first' })
    const result = await engine.appendBatches('java', 0, batches)
    const { batches: described } = expected('three-batches.json')
    const offsetsUsed = described.reduce((sum: number, b: { lastOffset: number; baseOffset: number }) => sum + b.lastOffset - b.baseOffset + 1, 0)
    expect(result).toEqual({ baseOffset: 1, lastOffset: offsetsUsed })
    const read = await engine.readBatches('java', 0, 1, 1 << 20)
    expect(read.bytes.length).toBe(batches.length)
    // Identical except the 8-byte base offset of each batch.
    const original = new DataView(batches.buffer, batches.byteOffset)
    const served = new DataView(read.bytes.buffer, read.bytes.byteOffset)
    let at = 0
    let expectedBase = 1
    for (const batch of described) {
      expect(Number(served.getBigInt64(at))).toBe(expectedBase)
      expect(read.bytes.subarray(at + 8, at + batch.sizeInBytes)).toEqual(batches.subarray(at + 8, at + batch.sizeInBytes))
      expect(Number(original.getBigInt64(at))).toBe(batch.baseOffset)
      expectedBase += batch.lastOffset - batch.baseOffset + 1
      at += batch.sizeInBytes
    }
    expect(read.nextOffset).toBe(1 + offsetsUsed)
    expect(read.highWatermark).toBe(1 + offsetsUsed)
  })

  it('embedded subscribers decode an uncompressed Java batch: keys, values, nulls, headers, timestamps', async () => {
    const engine = await openEngine()
    await engine.createTopic('plain')
    await engine.appendBatches('plain', 0, fixture('plain-none.bin'))
    const subscription = engine.subscribe('plain', { from: 'earliest' })
    const messages: Message[] = []
    while (messages.length < 5) messages.push(...(await subscription.nextBatch()))
    const records = expected('plain-none.json').batches[0].records
    const b64 = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString('base64'))
    expect(
      messages.map((m) => ({ offset: m.offset, timestamp: m.timestamp, key: b64(m.key), value: b64(m.value), headers: m.headers.map((h) => ({ key: h.key, value: b64(h.value) })) })),
    ).toEqual(records)
    subscription.close()
  })

  it('refuses a batch with a flipped byte, a bad magic or a truncated tail, and appends nothing', async () => {
    const engine = await openEngine()
    await engine.createTopic('strict')
    const good = fixture('plain-none.bin')
    const flipped = good.slice()
    flipped[good.length - 3] ^= 0x40
    await expect(engine.appendBatches('strict', 0, flipped)).rejects.toThrow(/CRC32C/)
    const badMagic = good.slice()
    badMagic[16] = 1
    await expect(engine.appendBatches('strict', 0, badMagic)).rejects.toThrow(/magic 1/)
    const both = new Uint8Array(good.length * 2 - 5)
    both.set(good)
    both.set(good.subarray(0, good.length - 5), good.length)
    await expect(engine.appendBatches('strict', 0, both)).rejects.toBeInstanceOf(CorruptBatchError)
    // A record count that disagrees with lastOffsetDelta: the header check names it before the CRC's.
    const miscounted = good.slice()
    new DataView(miscounted.buffer).setInt32(57, new DataView(good.buffer, good.byteOffset).getInt32(57) + 1)
    await expect(engine.appendBatches('strict', 0, miscounted)).rejects.toThrow(/records but lastOffsetDelta/)
    expect(engine.describeTopic('strict').partitions[0].nextOffset).toBe(0)
    await expect(engine.readBatches('strict', 0, 5, 1000)).rejects.toBeInstanceOf(OffsetOutOfRangeError)
  })
})
