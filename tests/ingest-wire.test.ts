// The ingest wire format against real peers: the Python client, many TCP connections at once,
// frames split at every byte boundary and packed many per read, UDP bursts, and bad input.
import { afterEach, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { encodeFrame, encodeExtendedFrame, DeadLetterHeader } from '../host/ingest/index.js'
import { startIngest, stopAll, tcpConnect, writeAll, waitFor, readAll, sendUdp, collectAcks, concat } from './fixtures/ingest-helpers.js'

const run = promisify(execFile)
const text = new TextDecoder()
const pythonClient = fileURLToPath(new URL('./fixtures/ingest-client.py', import.meta.url))

afterEach(stopAll)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('TCP', () => {
  it('accepts the issue\'s Python client unchanged and maps sensor/temp to sensor.temp', async () => {
    const h = await startIngest()
    await run('python3', [pythonClient, String(h.tcpPort)])
    await waitFor(() => h.server.metrics().published === 1, 10_000, 'the Python frame to be published')
    const [message] = await readAll(h.engine, 'sensor.temp')
    expect(text.decode(message.value!)).toBe('{"temp": 23.5}')
    expect(h.server.metrics().enqueued.batch).toBe(1) // priority 5 is the batch class
  })

  it('serves many connections at once, keeping each connection\'s order per topic', async () => {
    const h = await startIngest()
    const connections = 40
    const framesEach = 250
    const sockets = await Promise.all(Array.from({ length: connections }, () => tcpConnect(h.tcpPort)))
    await Promise.all(
      sockets.map((socket, c) => {
        const frames = Array.from({ length: framesEach }, (_, i) => encodeFrame(`load/c${c % 8}`, `${c}:${i}`, (c * 37) % 256))
        return writeAll(socket, concat(frames))
      }),
    )
    await waitFor(() => h.server.metrics().published === connections * framesEach, 20_000, 'all frames published')
    const lastSeen = new Map<number, number>()
    for (let t = 0; t < 8; t++) {
      for (const message of await readAll(h.engine, `load.c${t}`)) {
        const [c, i] = text.decode(message.value!).split(':').map(Number)
        // Same connection and topic and class: strictly increasing.
        expect(i).toBeGreaterThan(lastSeen.get(c) ?? -1)
        lastSeen.set(c, i)
      }
    }
    expect(lastSeen.size).toBe(connections)
    for (const socket of sockets) socket.destroy()
  })

  it('reassembles frames split at every byte boundary', async () => {
    const h = await startIngest()
    const stream = concat([encodeFrame('split/a', 'first payload'), encodeExtendedFrame('split/a', 'second', { key: 7n, ackId: 9 }), encodeFrame('split/a', '')])
    for (let cut = 1; cut < stream.length; cut++) {
      const socket = await tcpConnect(h.tcpPort)
      socket.setNoDelay(true)
      await writeAll(socket, stream.subarray(0, cut))
      await sleep(2)
      await writeAll(socket, stream.subarray(cut))
      socket.end()
    }
    const expected = (stream.length - 1) * 2 + 1 // the extended frame's key makes every later copy a duplicate
    await waitFor(() => h.server.metrics().published === expected, 20_000, 'all split frames published')
    const values = (await readAll(h.engine, 'split.a')).map((m) => text.decode(m.value!))
    expect(values.filter((v) => v === 'first payload')).toHaveLength(stream.length - 1)
    expect(values.filter((v) => v === '')).toHaveLength(stream.length - 1)
    expect(values.filter((v) => v === 'second')).toHaveLength(1)
    expect(h.server.metrics().dedupHits).toBe(stream.length - 2)
  })

  it('keeps every payload intact while full class rings push back on TCP (partial flushes, staging compaction)', async () => {
    // A backpressure subscriber that does not read yet stalls the publisher on a small window; the small
    // class ring fills, flushes partially and blocks the connection; then everything drains in order.
    const h = await startIngest({ classRingBytes: 4096, frameBytesMax: 1024 })
    await h.engine.createTopic('wire.full', { windowBytes: 65536 })
    const subscription = h.engine.subscribe('wire.full', { from: 'earliest', backpressure: true })
    const frames = Array.from({ length: 2000 }, (_, i) => encodeFrame('wire/full', `${i}:${'x'.repeat(40 + (i % 61))}`))
    const socket = await tcpConnect(h.tcpPort)
    void writeAll(socket, concat(frames))
    await waitFor(() => h.server.metrics().backpressurePauses > 0, 10_000, 'the ring to fill and push back')
    const seen: string[] = []
    while (seen.length < frames.length) {
      for (const message of await subscription.nextBatch()) seen.push(text.decode(message.value!))
    }
    subscription.close()
    socket.destroy()
    expect(seen).toEqual(frames.map((_, i) => `${i}:${'x'.repeat(40 + (i % 61))}`))
  })

  it('splits byte by byte in one connection and packs thousands of frames into one write', async () => {
    const h = await startIngest()
    const frames = Array.from({ length: 3000 }, (_, i) => encodeFrame('packed', `p${i}`, i % 256))
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, concat(frames))
    const slow = encodeFrame('packed', 'byte-by-byte')
    for (let i = 0; i < slow.length; i++) {
      await writeAll(socket, slow.subarray(i, i + 1))
      await sleep(1)
    }
    await waitFor(() => h.server.metrics().published === 3001, 20_000, 'packed frames published')
    const values = new Set((await readAll(h.engine, 'packed')).map((m) => text.decode(m.value!)))
    expect(values.size).toBe(3001)
    expect(values.has('byte-by-byte')).toBe(true)
    socket.destroy()
  })

  it('acks extended frames with partition and offset once published', async () => {
    const h = await startIngest()
    const socket = await tcpConnect(h.tcpPort)
    const acks = collectAcks(socket)
    await writeAll(socket, concat([encodeExtendedFrame('acked', 'a', { ackId: 1 }), encodeExtendedFrame('acked', 'b', { ackId: 2, key: 42n, priority: 250 }), encodeExtendedFrame('acked', 'c', { ackId: 3, key: 42n })]))
    await waitFor(() => acks.length === 3, 10_000, 'three acks')
    const byId = new Map(acks.map((ack) => [ack.ackId, ack]))
    expect(byId.get(1)).toMatchObject({ status: 'published', partition: 0 })
    expect(byId.get(2)).toMatchObject({ status: 'published', partition: 0 })
    expect(byId.get(3)).toMatchObject({ status: 'duplicate', offset: -1 })
    expect(new Set([byId.get(1)!.offset, byId.get(2)!.offset])).toEqual(new Set([0, 1]))
    socket.destroy()
  })
})

describe('UDP', () => {
  it('ingests bursts of datagrams with several whole frames each', async () => {
    const h = await startIngest()
    const datagrams = Array.from({ length: 300 }, (_, d) => concat(Array.from({ length: 5 }, (_, f) => encodeFrame(`udp/burst`, `${d}.${f}`, 200))))
    await sendUdp(h.udpPort, datagrams)
    await waitFor(() => h.server.metrics().udpDatagrams === 300, 10_000, 'datagrams received')
    await waitFor(() => h.server.metrics().published === 1500, 10_000, 'frames published')
    const values = new Set((await readAll(h.engine, 'udp.burst')).map((m) => text.decode(m.value!)))
    expect(values.size).toBe(1500)
    expect(h.server.metrics().enqueued.realtime).toBe(1500)
  })

  it('rejects a truncated frame at the end of a datagram and keeps the whole ones', async () => {
    const h = await startIngest()
    const whole = encodeFrame('udp.cut', 'ok')
    const cut = encodeFrame('udp.cut', 'lost').subarray(0, 9)
    await sendUdp(h.udpPort, [concat([whole, cut])])
    await waitFor(() => h.server.metrics().framesRejected.udpTruncated === 1, 10_000, 'the truncated frame')
    await waitFor(() => h.server.metrics().published === 1, 10_000, 'the whole frame')
  })
})

describe('bad input', () => {
  it('closes a connection whose length cannot be trusted; other connections and the server carry on', async () => {
    const h = await startIngest({ frameBytesMax: 4096 })
    const good = await tcpConnect(h.tcpPort)
    const short = await tcpConnect(h.tcpPort)
    const long = await tcpConnect(h.tcpPort)
    const closed = (socket: typeof good) => new Promise<void>((resolve) => socket.once('close', () => resolve()))
    const shortClosed = closed(short)
    const longClosed = closed(long)
    await writeAll(good, encodeFrame('bad.good', 'before'))
    await writeAll(short, concat([encodeFrame('bad.short', 'ok'), Uint8Array.of(0, 0, 0, 2, 5, 0)]))
    await writeAll(long, Uint8Array.of(0, 1, 0, 0, 5, 0, 1, 0x61))
    await shortClosed
    await longClosed
    await writeAll(good, encodeFrame('bad.good', 'after'))
    await waitFor(() => h.server.metrics().published === 3, 10_000, 'good frames published')
    const metrics = h.server.metrics()
    expect(metrics.framesRejected.lengthShort).toBe(1)
    expect(metrics.framesRejected.lengthLong).toBe(1)
    expect(metrics.connectionsClosedUnrecoverable).toBe(2)
    expect((await readAll(h.engine, 'bad.good')).map((m) => text.decode(m.value!))).toEqual(['before', 'after'])
    const fresh = await tcpConnect(h.tcpPort)
    await writeAll(fresh, encodeFrame('bad.good', 'new connection'))
    await waitFor(() => h.server.metrics().published === 4, 10_000, 'a new connection to work')
    good.destroy()
    fresh.destroy()
  })

  it('skips frames with a topic length past the frame end or an illegal topic, and dead-letters the latter', async () => {
    const h = await startIngest()
    const socket = await tcpConnect(h.tcpPort)
    const pastEnd = Uint8Array.of(0, 0, 0, 5, 5, 0, 9, 0x61, 0x62)
    const illegal = encodeFrame('bad topic!', 'payload kept', 7)
    const dots = encodeFrame('..', 'dots')
    const badExtension = (() => {
      const frame = encodeExtendedFrame('x', 'y', { key: 1n })
      frame[10] = 9 // version 9
      return frame
    })()
    await writeAll(socket, concat([pastEnd, illegal, dots, badExtension, encodeFrame('fine', 'still here')]))
    await waitFor(() => h.server.metrics().published === 1, 10_000, 'the good frame')
    await h.server.flush()
    const metrics = h.server.metrics()
    expect(metrics.framesRejected).toMatchObject({ topicLength: 1, illegalTopic: 2, badExtension: 1 })
    expect(metrics.connectionsClosedUnrecoverable).toBe(0)
    const letters = await readAll(h.engine, 'sluice.dead-letters')
    const reasons = letters.map((m) => text.decode(m.headers.find((x) => x.key === DeadLetterHeader.reason)!.value!))
    expect(reasons.sort()).toEqual(['bad-extension', 'illegal-topic', 'illegal-topic'])
    const illegalLetter = letters.find((m) => text.decode(m.value!) === 'payload kept')!
    expect(text.decode(illegalLetter.headers.find((x) => x.key === DeadLetterHeader.topic)!.value!)).toBe('bad topic!')
    expect(text.decode(illegalLetter.headers.find((x) => x.key === DeadLetterHeader.priority)!.value!)).toBe('7')
    socket.destroy()
  })

  it('survives random garbage on many connections', async () => {
    const h = await startIngest({ frameBytesMax: 65536 })
    let seed = 12345
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
    for (let c = 0; c < 30; c++) {
      const socket = await tcpConnect(h.tcpPort)
      socket.on('error', () => {})
      const garbage = Uint8Array.from({ length: 1 + Math.floor(random() * 3000) }, () => Math.floor(random() * 256))
      await writeAll(socket, garbage).catch(() => {})
      socket.destroy()
    }
    await sendUdp(h.udpPort, Array.from({ length: 30 }, () => Uint8Array.from({ length: 1 + Math.floor(random() * 1000) }, () => Math.floor(random() * 256))))
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, encodeFrame('after.garbage', 'alive'))
    await waitFor(() => readAllSync(h) === 1, 10_000, 'a frame after the garbage')
    socket.destroy()
  })
})

function readAllSync(h: Awaited<ReturnType<typeof startIngest>>): number {
  try {
    const info = h.engine.describeTopic('after.garbage')
    return info.partitions.reduce((sum, p) => sum + p.nextOffset - p.headOffset, 0)
  } catch {
    return 0
  }
}
