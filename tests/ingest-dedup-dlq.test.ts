// Idempotency keys across publisher workers, dead-letter contents and replay, and priority dispatch
// through worker threads (these tests use the built publisher worker in dist/: run `npm run build` first).
import { afterEach, describe, expect, it } from 'vitest'
import { encodeFrame, encodeExtendedFrame, DeadLetterHeader } from '../host/ingest/index.js'
import { startIngest, stopAll, tcpConnect, writeAll, waitFor, readAll, sendUdp, collectAcks, concat } from './fixtures/ingest-helpers.js'

const text = new TextDecoder()
afterEach(stopAll)

const header = (message: { headers: readonly { key: string; value: Uint8Array | null }[] }, key: string) => text.decode(message.headers.find((h) => h.key === key)!.value!)

describe('dedup', () => {
  it('drops duplicate keys across two publisher workers, over TCP and UDP', async () => {
    const h = await startIngest({ workers: 2 })
    // Topic ids 0 and 1 land on workers 0 and 1 (id % workers): the same keys reach both workers.
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, encodeFrame('dedup.w0', 'seed'))
    await writeAll(socket, encodeFrame('dedup.w1', 'seed'))
    await waitFor(() => h.server.metrics().published === 2, 10_000, 'seeds')
    const keys = Array.from({ length: 500 }, (_, i) => BigInt(i) * 0x1_0000_0001n)
    await writeAll(socket, concat(keys.map((key, i) => encodeExtendedFrame('dedup/w0', `a${i}`, { key }))))
    await sendUdp(h.udpPort, keys.map((key, i) => encodeExtendedFrame('dedup/w1', `b${i}`, { key })))
    await waitFor(() => h.server.metrics().published + h.server.metrics().dedupHits === 1002, 20_000, 'all keyed frames handled')
    expect(h.server.metrics().dedupHits).toBe(500)
    const published = [...(await readAll(h.engine, 'dedup.w0')), ...(await readAll(h.engine, 'dedup.w1'))].map((m) => text.decode(m.value!)).filter((v) => v !== 'seed')
    expect(published).toHaveLength(500)
    const indexes = new Set(published.map((v) => Number(v.slice(1))))
    expect(indexes.size).toBe(500) // every key exactly once, from one path or the other
    socket.destroy()
  })

  it('accepts a key again after the window', async () => {
    const h = await startIngest({ dedupWindowMs: 100 })
    const socket = await tcpConnect(h.tcpPort)
    const acks = collectAcks(socket)
    await writeAll(socket, encodeExtendedFrame('window', 'one', { key: 5n, ackId: 1 }))
    await writeAll(socket, encodeExtendedFrame('window', 'two', { key: 5n, ackId: 2 }))
    await waitFor(() => acks.length === 2, 10_000, 'two acks')
    await new Promise((resolve) => setTimeout(resolve, 150))
    await writeAll(socket, encodeExtendedFrame('window', 'three', { key: 5n, ackId: 3 }))
    await waitFor(() => acks.length === 3, 10_000, 'third ack')
    // Acks may overtake each other (a duplicate is answered before the original's publish resolves).
    expect([...acks].sort((a, b) => a.ackId - b.ackId).map((a) => a.status)).toEqual(['published', 'duplicate', 'published'])
    expect((await readAll(h.engine, 'window')).map((m) => text.decode(m.value!))).toEqual(['one', 'three'])
    socket.destroy()
  })
})

describe('dead letters', () => {
  it('records reason, topic and priority, acks dead-lettered frames, and replays into the original topic', async () => {
    const h = await startIngest({ autoCreateTopics: false })
    const socket = await tcpConnect(h.tcpPort)
    const acks = collectAcks(socket)
    await writeAll(socket, concat([encodeFrame('missing/topic', 'm1', 70), encodeExtendedFrame('missing/topic', 'm2', { ackId: 11, priority: 200 })]))
    await waitFor(() => acks.length === 1, 10_000, 'the dead-letter ack')
    expect(acks[0]).toMatchObject({ ackId: 11, status: 'dead-lettered', reason: 'unknown-topic', offset: -1 })
    await h.server.flush()
    const letters = await readAll(h.engine, 'sluice.dead-letters')
    expect(letters.map((m) => [text.decode(m.value!), header(m, DeadLetterHeader.reason), header(m, DeadLetterHeader.topic), header(m, DeadLetterHeader.priority)])).toEqual([
      ['m1', 'unknown-topic', 'missing.topic', '70'],
      ['m2', 'unknown-topic', 'missing.topic', '200'],
    ])
    expect(Number(header(letters[0], DeadLetterHeader.receivedMs))).toBeGreaterThan(Date.now() - 60_000)
    expect(h.server.metrics().deadLetters).toBe(2)
    await h.engine.createTopic('missing.topic')
    const result = await h.server.replay('missing.topic')
    expect(result).toMatchObject({ replayed: 2, skipped: 0, nextOffset: 2 })
    expect((await readAll(h.engine, 'missing.topic')).map((m) => text.decode(m.value!))).toEqual(['m1', 'm2'])
    const again = await h.server.replay('missing.topic', { fromOffset: result.nextOffset })
    expect(again.replayed).toBe(0)
    socket.destroy()
  })

  it('uses a configurable dead-letter topic and dead-letters records the topic cannot hold', async () => {
    const h = await startIngest({ deadLetterTopic: 'ops.dlq', frameBytesMax: 256 * 1024 })
    await h.engine.createTopic('small', { recordBytesMax: 1024 })
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, concat([encodeFrame('small', new Uint8Array(4000)), encodeFrame('small', 'fits')]))
    await waitFor(() => h.server.metrics().published === 1 && h.server.metrics().deadLetters === 1, 10_000, 'one published, one dead letter')
    const [letter] = await readAll(h.engine, 'ops.dlq')
    expect(header(letter, DeadLetterHeader.reason)).toBe('publish-failed')
    expect(header(letter, DeadLetterHeader.topic)).toBe('small')
    socket.destroy()
  })
})

describe('priority dispatch through worker threads', () => {
  it('hands a parked worker\'s rings to the I/O thread and back without losing or reordering frames', async () => {
    // A window that holds every frame, so the topic can be read back whole.
    const h = await startIngest({ workers: 1, inlinePublishBytesMax: 64 * 1024 }, { windowBytes: 16 * 1024 * 1024 })
    const socket = await tcpConnect(h.tcpPort)
    const acks = collectAcks(socket)
    const expected: string[] = []
    let ackIds = 0
    const frames = (count: number) =>
      concat(
        Array.from({ length: count }, () => {
          const value = `h${expected.length}`
          expected.push(value)
          // Every 7th frame asks for an ack: acks come from whichever side published the frame.
          return expected.length % 7 === 0 ? encodeExtendedFrame('handoff', value.padEnd(100, '.'), { ackId: ackIds++ }) : encodeFrame('handoff', value.padEnd(100, '.'))
        }),
      )
    // Small bursts with pauses (the worker parks: this thread publishes them) between floods (beyond
    // inlinePublishBytesMax: the worker is woken and publishes), three times over.
    for (let round = 0; round < 3; round++) {
      for (let burst = 0; burst < 20; burst++) {
        await writeAll(socket, frames(10))
        await new Promise((resolve) => setTimeout(resolve, 3))
      }
      await writeAll(socket, frames(5_000))
    }
    await waitFor(() => h.server.metrics().published === expected.length && acks.length === ackIds, 30_000, 'everything published and acked')
    const values = (await readAll(h.engine, 'handoff')).map((m) => text.decode(m.value!).replace(/\.+$/, ''))
    expect(values).toEqual(expected)
    expect(acks.every((ack) => ack.status === 'published')).toBe(true)
    expect(new Set(acks.map((ack) => ack.offset)).size).toBe(ackIds)
    expect(h.server.metrics().inlineDrains).toBeGreaterThan(0)
    expect(h.server.metrics().publishCalls).toBeGreaterThan(h.server.metrics().inlineDrains)
    socket.destroy()
  })

  it('publishes realtime frames ahead of a batch backlog', async () => {
    const h = await startIngest({ workers: 1 })
    const socket = await tcpConnect(h.tcpPort)
    const backlog = concat(Array.from({ length: 50_000 }, (_, i) => encodeFrame('prio/batch', `b${i}`.padEnd(200, '.'), 1)))
    const urgent = concat(Array.from({ length: 100 }, (_, i) => encodeFrame('prio/rt', `r${i}`, 255)))
    await writeAll(socket, concat([backlog, urgent]))
    await waitFor(() => h.server.metrics().published === 50_100, 30_000, 'everything published')
    const rt = await readAll(h.engine, 'prio.rt')
    const batch = await readAll(h.engine, 'prio.batch')
    expect(rt).toHaveLength(100)
    // The realtime frames came last on the wire; they must not have waited for the whole backlog.
    const lastRt = Math.max(...rt.map((m) => m.timestamp))
    const lastBatch = Math.max(...batch.map((m) => m.timestamp))
    expect(lastRt).toBeLessThanOrEqual(lastBatch)
    expect(h.server.metrics().enqueued).toEqual({ realtime: 100, transactional: 0, batch: 50_000 })
    socket.destroy()
  })
})
