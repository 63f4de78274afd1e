// Fuzzing the live broker with mutations of request frames real clients sent (captured with
// SLUICE_KAFKA_CAPTURE_DIR into tests/fixtures/kafka-clients/captured/<client>/): bit flips, byte
// overwrites, truncation, insertion, splices of two requests, wrong size prefixes. Thousands of them, on
// connections that the broker may close; meanwhile a separate connection must keep getting answers, and
// the broker must never crash (an exception in the broker would fail this test process).

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ApiKey } from '../host/kafka/protocol/index.js'
import { RawClient } from './fixtures/kafka-clients/raw-client.js'
import { startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'

const capturedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'kafka-clients', 'captured')
const iterations = Number(process.env.KAFKA_FUZZ_ITERATIONS ?? 10000)
const seed = Number(process.env.KAFKA_FUZZ_SEED ?? 20240611)

function mulberry32(s: number): () => number {
  let a = s >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function loadCaptured(): Uint8Array[] {
  const frames: Uint8Array[] = []
  for (const client of fs.readdirSync(capturedDir)) {
    for (const file of fs.readdirSync(path.join(capturedDir, client))) frames.push(new Uint8Array(fs.readFileSync(path.join(capturedDir, client, file))))
  }
  return frames
}

function prefixed(frame: Uint8Array, size = frame.length): Uint8Array {
  const out = new Uint8Array(4 + frame.length)
  new DataView(out.buffer).setInt32(0, size)
  out.set(frame, 4)
  return out
}

function mutate(frames: Uint8Array[], random: () => number): Uint8Array {
  const pick = () => frames[Math.floor(random() * frames.length)]
  const f = Uint8Array.from(pick())
  const int = (n: number) => Math.floor(random() * n)
  switch (int(7)) {
    case 0: // bit flips, anywhere but the api key (kept to reach deep decoders)
      for (let i = 0, n = 1 + int(4); i < n; i++) { const at = 2 + int(f.length - 2); f[at] ^= 1 << int(8) }
      return prefixed(f)
    case 1: // byte overwrites with interesting values
      for (let i = 0, n = 1 + int(3); i < n; i++) f[2 + int(f.length - 2)] = [0, 0xff, 0x7f, 0x80, 1, int(256)][int(6)]
      return prefixed(f)
    case 2: // truncation with a consistent size
      return prefixed(f.subarray(0, int(f.length)))
    case 3: { // insertion of random bytes
      const at = int(f.length)
      const extra = Uint8Array.from({ length: 1 + int(16) }, () => int(256))
      const g = new Uint8Array(f.length + extra.length)
      g.set(f.subarray(0, at)); g.set(extra, at); g.set(f.subarray(at), at + extra.length)
      return prefixed(g)
    }
    case 4: { // splice: the head of one request, the tail of another
      const other = pick()
      const cut = int(f.length)
      const from = int(other.length)
      const g = new Uint8Array(cut + other.length - from)
      g.set(f.subarray(0, cut)); g.set(other.subarray(from), cut)
      return prefixed(g)
    }
    case 5: // a size prefix that lies (shorter: the stream desynchronises; longer: the request never ends)
      return prefixed(f, Math.max(0, f.length + (random() < 0.5 ? -1 - int(8) : 1 + int(8))))
    default: // a version the api may not have
      new DataView(f.buffer).setInt16(2, int(40) - 5)
      return prefixed(f)
  }
}

let b: RunningBroker
beforeAll(async () => {
  // Short long polls and a small request limit keep mutated Fetches and sizes cheap.
  b = await startBroker({ fetchWaitMsMax: 20, requestBytesMax: 1024 * 1024, defaultPartitions: 2 }, { topicsMax: 4096 })
})
afterAll(async () => {
  await b?.stop()
})

/** One fuzzing connection: each mutated frame is sent, then its effect awaited (an answer or a close). */
async function fuzzLane(port: number, frames: Uint8Array[], random: () => number, count: number) {
  let fuzz = await RawClient.connect(port)
  const stats = { closedByBroker: 0, answered: 0, silent: 0 }
  for (let i = 0; i < count; i++) {
    if (fuzz.closed) {
      stats.closedByBroker++
      fuzz = await RawClient.connect(port)
    }
    const before = fuzz.unexpectedResponses
    fuzz.writeRaw(mutate(frames, random))
    const moved = await fuzz.waitForActivity(25)
    if (fuzz.unexpectedResponses > before) stats.answered++
    if (!moved) {
      // No answer and still open: a size that promises more bytes, or a Produce with acks=0. Start afresh.
      stats.silent++
      fuzz.close()
      await fuzz.closedPromise
      fuzz = await RawClient.connect(port)
    }
  }
  fuzz.close()
  return stats
}

it(`survives ${iterations} mutated client requests while other connections keep working`, async () => {
  const frames = loadCaptured()
  expect(frames.length).toBeGreaterThan(50)
  const random = mulberry32(seed)
  const canary = await RawClient.connect(b.port)
  const lanes = 8
  let running = true
  const canaryLoop = (async () => {
    let checks = 0
    while (running) {
      const r = await canary.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'canary', clientSoftwareVersion: '1' })
      expect(r.body.errorCode).toBe(0)
      checks++
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return checks
  })()
  const results = await Promise.all(Array.from({ length: lanes }, () => fuzzLane(b.port, frames, random, Math.ceil(iterations / lanes))))
  running = false
  const canaryChecks = await canaryLoop
  const total = results.reduce((a, r) => ({ closedByBroker: a.closedByBroker + r.closedByBroker, answered: a.answered + r.answered, silent: a.silent + r.silent }))
  const meta = await canary.request(ApiKey.Metadata, 12, { topics: null })
  expect(meta.body.brokers[0].port).toBe(b.port)
  canary.close()
  // Mutations end three ways: the framing or a decoder closes the connection, the request still parses
  // and gets an answer (error codes, mostly), or the stream waits for bytes that never come.
  console.log(`fuzz: ${iterations} mutated requests: ${total.closedByBroker} closed by the broker, ${total.answered} answered, ${total.silent} silent; canary answered ${canaryChecks} times`)
  expect(total.closedByBroker).toBeGreaterThan(iterations / 10)
  expect(total.answered).toBeGreaterThan(iterations / 10)
  expect(canaryChecks).toBeGreaterThan(0)
  console.log('broker counters', b.broker.counters)
  expect(b.broker.counters.encodeFailures).toBe(0)
  expect(b.broker.counters.handlerFailures).toBe(0)
  // And a fresh real request still works end to end.
  await b.engine.createTopic('after-fuzz', { partitions: 1 })
  await b.engine.publish('after-fuzz', { value: 'ok' })
  const c = await RawClient.connect(b.port)
  const f = await c.request(ApiKey.Fetch, 12, { replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [{ topic: 'after-fuzz', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }] }] })
  expect(f.body.responses[0].partitions[0].records.length).toBeGreaterThan(0)
  c.close()
}, 180_000)
