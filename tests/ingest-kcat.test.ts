// The event ingest as a producer sees it, read back by a real Kafka client: `sluice serve` on free ports,
// frames from the Python client (verbatim but for the port), from many TCP connections at once and
// from UDP, then kcat (librdkafka) reads `sensor.temp` and the dead-letter topic from the broker.
// In CI (CI=true) a missing kcat or python3 fails the test (requireTool); elsewhere it is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { commandWorks, requireTool, run } from './fixtures/kafka-clients/harness.js'
import { collectAcks, sendUdp, tcpConnect, waitFor, writeAll, concat } from './fixtures/ingest-helpers.js'
import { DeadLetterHeader, encodeExtendedFrame, encodeFrame } from '../host/ingest/index.js'

const hasKcat = requireTool('kcat', () => commandWorks('kcat', ['-V']), 'apt-get install -y kcat (see .ci/run)')
const hasPython = requireTool('python3', () => commandWorks('python3', ['--version']), 'apt-get install -y python3 (see .ci/run)')

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

// The client of issue 6, unchanged but for the port (the server listens on a free one).
const pythonClient = (port: number) => `
import socket, struct
sock = socket.create_connection(("localhost", ${port}))
topic = "sensor/temp"; payload = b'{"temp": 23.5}'
frame = struct.pack(">I", 1 + 2 + len(topic) + len(payload)) + struct.pack("B", 5)
frame += struct.pack(">H", len(topic)) + topic.encode() + payload
sock.sendall(frame)
`

interface Served {
  child: ChildProcess
  http: string
  kafka: string
  ingestTcp: number
  ingestUdp: number
  exited: Promise<number | null>
}

async function serve(dataDir: string): Promise<Served> {
  const env = { ...process.env, SLUICE_KAFKA_PORT: '0', SLUICE_INGEST_TCP_PORT: '0', SLUICE_INGEST_UDP_PORT: '0', SLUICE_DATA_DIR: dataDir, SLUICE_HTTP_PORT: '0' }
  const child = spawn(process.execPath, [cli, 'serve', '--memory-bytes', String(512 * 1024 * 1024), '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const line = await new Promise<Record<string, string>>((resolve, reject) => {
    let buffered = ''
    child.stdout!.on('data', (chunk) => {
      buffered += chunk
      const newline = buffered.indexOf('\n')
      if (newline >= 0) resolve(JSON.parse(buffered.slice(0, newline)))
    })
    child.once('exit', (code) => reject(new Error(`sluice serve exited with ${code}: ${stderr}`)))
  })
  const port = (address: string) => Number(address.slice(address.lastIndexOf(':') + 1))
  return { child, http: line.http, kafka: line.kafka, ingestTcp: port(line.ingestTcp), ingestUdp: port(line.ingestUdp), exited }
}

/** Payload and headers of every record of a topic, from the beginning to its end, through kcat. */
async function kcatRead(bootstrap: string, topic: string): Promise<Array<{ value: string; headers: Record<string, string> }>> {
  // One record per line: value, a tab, then headers as key=value pairs (%h separates them with commas).
  const result = await run('kcat', ['-C', '-b', bootstrap, '-t', topic, '-e', '-o', 'beginning', '-q', '-f', '%s\\t%h\\n'], { timeoutMs: 30_000 })
  expect(result.code, result.stderr).toBe(0)
  return result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.lastIndexOf('\t')
      const headers: Record<string, string> = {}
      const text = line.slice(tab + 1)
      if (text !== '' && text !== '(null)') {
        for (const pair of text.split(',')) {
          const equals = pair.indexOf('=')
          headers[pair.slice(0, equals)] = pair.slice(equals + 1)
        }
      }
      return { value: line.slice(0, tab), headers }
    })
}

/** Reads until at least `count` records are there (the ingest publishes asynchronously), then once more. */
async function kcatReadAtLeast(bootstrap: string, topic: string, count: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const records = await kcatRead(bootstrap, topic)
    if (records.length >= count) {
      // Anything published twice would show up a moment later: read again after a pause and compare.
      await new Promise((resolve) => setTimeout(resolve, 300))
      return kcatRead(bootstrap, topic)
    }
    if (Date.now() > deadline) throw new Error(`${topic}: ${records.length} of ${count} records after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function counts(values: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const value of values) out.set(value, (out.get(value) ?? 0) + 1)
  return out
}

describe.skipIf(!hasKcat || !hasPython)('ingested frames read back by kcat from sluice serve', () => {
  let served: Served
  let dataDir: string
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sluice-ingest-kcat-'))
    served = await serve(dataDir)
  })
  afterAll(async () => {
    served?.child.kill('SIGTERM')
    if (served !== undefined) expect(await served.exited).toBe(0)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('the Python client, 32 TCP connections and UDP: every payload exactly once in sensor.temp', async () => {
    const python = await run('python3', ['-c', pythonClient(served.ingestTcp)])
    expect(python.code, python.stderr).toBe(0)

    // 32 connections at once, three priority classes, frames written in uneven slices; half the frames of
    // the even connections carry idempotency keys, sent twice (the copy on another connection): the
    // duplicates must not reach the topic.
    const connections = 32
    const framesPerConnection = 250
    const expected: string[] = ['{"temp": 23.5}']
    const sockets = await Promise.all(Array.from({ length: connections }, () => tcpConnect(served.ingestTcp)))
    const acks = sockets.map((socket) => collectAcks(socket))
    const priorityOf = (c: number) => [5, 100, 255][c % 3]
    const keyOf = (c: number, i: number) => (BigInt(c + 1) << 32n) | BigInt(i)
    await Promise.all(
      sockets.map(async (socket, c) => {
        const frames: Uint8Array[] = []
        for (let i = 0; i < framesPerConnection; i++) {
          const payload = `tcp c${c} i${i} p${priorityOf(c)}`
          expected.push(payload)
          if (c % 2 === 0 && i % 2 === 0) frames.push(encodeExtendedFrame('sensor/temp', payload, { priority: priorityOf(c), key: keyOf(c, i), ackId: i }))
          else frames.push(encodeFrame('sensor/temp', payload, priorityOf(c)))
        }
        const bytes = concat(frames)
        for (let at = 0; at < bytes.length; at += 777 + c) await writeAll(socket, bytes.subarray(at, Math.min(bytes.length, at + 777 + c)))
      }),
    )
    // Every keyed frame acknowledged as published before its copy goes out (else both could be in flight).
    await waitFor(() => acks.every((list, c) => c % 2 !== 0 || list.length === framesPerConnection / 2), 30_000, 'acks of the keyed frames')
    for (let c = 0; c < connections; c += 2) expect(acks[c].filter((ack) => ack.status !== 'published')).toEqual([])
    await Promise.all(
      sockets.map(async (socket, c) => {
        if (c % 2 !== 0) return
        // The copies go out on the next connection (keys are global, not per connection).
        const frames: Uint8Array[] = []
        for (let i = 0; i < framesPerConnection; i += 2) frames.push(encodeExtendedFrame('sensor/temp', `tcp c${c} i${i} p${priorityOf(c)}`, { priority: priorityOf(c), key: keyOf(c, i), ackId: 100_000 + i }))
        await writeAll(sockets[c + 1], concat(frames))
      }),
    )
    await waitFor(() => acks.every((list, c) => c % 2 === 0 || list.length === framesPerConnection / 2), 30_000, 'acks of the copies')
    for (let c = 1; c < connections; c += 2) expect(acks[c].every((ack) => ack.status === 'duplicate')).toBe(true)

    // UDP: 100 datagrams of 5 frames each, paced by the send callbacks (loopback, well below any limit).
    const datagrams: Uint8Array[] = []
    for (let d = 0; d < 100; d++) {
      const frames: Uint8Array[] = []
      for (let f = 0; f < 5; f++) {
        const payload = `udp d${d} f${f}`
        expected.push(payload)
        frames.push(encodeFrame('sensor/temp', payload, [5, 100, 255][f % 3]))
      }
      datagrams.push(concat(frames))
    }
    await sendUdp(served.ingestUdp, datagrams)

    const records = await kcatReadAtLeast(served.kafka, 'sensor.temp', expected.length)
    const seen = counts(records.map((record) => record.value))
    const missing = expected.filter((value) => !seen.has(value))
    const repeated = [...seen].filter(([, count]) => count > 1).map(([value]) => value)
    const unexpected = [...seen.keys()].filter((value) => !expected.includes(value))
    expect({ missing: missing.slice(0, 10), repeated: repeated.slice(0, 10), unexpected: unexpected.slice(0, 10) }).toEqual({ missing: [], repeated: [], unexpected: [] })
    expect(records.length).toBe(expected.length)
    // The ingest publishes the payload alone: no key, no headers.
    expect(records.every((record) => Object.keys(record.headers).length === 0)).toBe(true)
    // Per connection and class, frames are published in order.
    for (let c = 0; c < connections; c++) {
      const order = records.map((record) => record.value).filter((value) => value.startsWith(`tcp c${c} `))
      expect(order).toEqual(Array.from({ length: framesPerConnection }, (_, i) => `tcp c${c} i${i} p${priorityOf(c)}`))
    }
    for (const socket of sockets) socket.destroy()
  }, 120_000)

  it('dead letters carry the reason, original topic and priority in headers, read by kcat', async () => {
    const socket = await tcpConnect(served.ingestTcp)
    const setState = async (state: string) => {
      const response = await fetch(`http://${served.http}/api/state`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ state, reason: 'kcat test' }) })
      expect(response.status).toBe(200)
      return (await response.json()) as { state: string; dropBelowPriority: number }
    }
    // An illegal topic name, then frames shed by an operator's DROPPING (the whole batch class).
    await writeAll(socket, encodeFrame('no spaces allowed', 'illegal one', 7))
    const dropping = await setState('DROPPING')
    expect(dropping).toMatchObject({ state: 'DROPPING', dropBelowPriority: 64 })
    await writeAll(socket, concat([encodeFrame('sensor/temp', 'shed batch', 5), encodeFrame('sensor/temp', 'kept transactional', 64)]))
    const metrics = async () => (await fetch(`http://${served.http}/metrics`)).text()
    let scraped = ''
    const deadline = Date.now() + 10_000
    while (!/sluice_control_plane_state\{key="ingest_drop_below_priority"\} 64/.test((scraped = await metrics()))) {
      if (Date.now() > deadline) throw new Error(`no drop level 64 in /metrics:\n${scraped}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const letters = await kcatReadAtLeast(served.kafka, 'sluice.dead-letters', 2)
    expect(letters.map((record) => ({ value: record.value, reason: record.headers[DeadLetterHeader.reason], topic: record.headers[DeadLetterHeader.topic], priority: record.headers[DeadLetterHeader.priority] }))).toEqual([
      { value: 'illegal one', reason: 'illegal-topic', topic: 'no spaces allowed', priority: '7' },
      { value: 'shed batch', reason: 'shed-dropping', topic: 'sensor.temp', priority: '5' },
    ])
    for (const record of letters) expect(Number(record.headers[DeadLetterHeader.receivedMs])).toBeGreaterThan(Date.now() - 120_000)
    const kept = await kcatReadAtLeast(served.kafka, 'sensor.temp', 8_501 + 1)
    expect(kept.filter((record) => record.value === 'kept transactional')).toHaveLength(1)
    expect(kept.filter((record) => record.value === 'shed batch')).toHaveLength(0)
    expect((await setState('RUNNING')).dropBelowPriority).toBe(0)
    socket.destroy()
  }, 60_000)
})
