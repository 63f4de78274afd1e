// frameScan (assembly/frame.ts) against a plain TypeScript model of the wire format, on valid frames and
// on many thousands of mutated ones (fast-check), plus the dedup table's contract.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { loadSluiceModule } from '../host/index.js'
import { IngestArena, type ArenaLimits } from '../host/ingest/arena.js'
import { encodeFrame, encodeExtendedFrame } from '../host/ingest/index.js'
import { frameOutHeaderBytes, frameTupleWords } from '../host/ingest/wire.js'
import { ingestModule, concat } from './fixtures/ingest-helpers.js'

const limits: ArenaLimits = {
  workers: 1,
  frameBytesMax: 4096,
  classRingBytes: 16384,
  ackRingBytes: 4096,
  receiveBytes: 65536,
  tuplesMax: 64,
  topicIdsMax: 4,
  dedupSlots: 256,
  dedupWindowMs: 1000,
  dedupProbeMax: 16,
}

async function arena(): Promise<IngestArena> {
  const module = (await ingestModule()) ?? (await loadSluiceModule()).module
  return IngestArena.create(module, limits)
}

interface Tuple {
  frameOffset: number
  status: number
  priority: number
  flags: number
  topic: string
  payload: string
  key: bigint
  ackId: number
}

const legal = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2f
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

/** The model: what frameScan must report for `bytes`. */
function model(bytes: Uint8Array, frameBytesMax: number, tuplesMax: number): { tuples: Tuple[]; consumed: number; fatal: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tuples: Tuple[] = []
  let pos = 0
  let fatal = 0
  while (tuples.length < tuplesMax && bytes.length - pos >= 4) {
    const length = view.getUint32(pos)
    if (length < 3) { fatal = 1; break }
    if (length > frameBytesMax) { fatal = 2; break }
    if (bytes.length - pos - 4 < length) break
    const body = pos + 4
    const end = body + length
    const priority = bytes[body]
    const topicBytes = view.getUint16(body + 1)
    const tuple: Tuple = { frameOffset: pos, status: 0, priority, flags: 0, topic: '', payload: '', key: 0n, ackId: 0 }
    if (topicBytes > length - 3) {
      tuple.status = 1
    } else {
      let nameStart = body + 3
      let nameBytes = topicBytes
      if (topicBytes > 0 && bytes[body + 3] === 0) {
        const t = body + 3
        if (topicBytes < 5 || bytes[t + 1] !== 0x53 || bytes[t + 2] !== 0x58 || bytes[t + 3] !== 1) tuple.status = 3
        else {
          const flags = bytes[t + 4]
          const need = 5 + (flags & 1 ? 8 : 0) + (flags & 2 ? 4 : 0)
          if ((flags & ~3) !== 0 || topicBytes < need) tuple.status = 3
          else {
            tuple.flags = flags
            let field = t + 5
            if (flags & 1) { tuple.key = view.getBigUint64(field); field += 8 }
            if (flags & 2) { tuple.ackId = view.getUint32(field); field += 4 }
            nameStart = field
            nameBytes = topicBytes - need
          }
        }
      }
      if (tuple.status === 0) {
        const name = bytes.subarray(nameStart, nameStart + nameBytes)
        if (nameBytes === 0 || nameBytes > 249 || !name.every(legal)) tuple.status = 2
        else tuple.topic = String.fromCharCode(...name).replaceAll('/', '.')
      }
      tuple.payload = hex(bytes.subarray(body + 3 + topicBytes, end))
      if (tuple.status !== 0) {
        tuple.flags = 0
        tuple.key = 0n
        tuple.ackId = 0
      }
    }
    tuples.push(tuple)
    pos = end
  }
  return { tuples, consumed: pos, fatal }
}

function scan(a: IngestArena, bytes: Uint8Array, frameBytesMax = limits.frameBytesMax) {
  const { receive, scanOut } = a.layout
  a.u8.fill(0xee, receive, receive + bytes.length + 64)
  a.u8.set(bytes, receive)
  const count = a.exports.frameScan(receive, bytes.length, scanOut, limits.tuplesMax, frameBytesMax) >>> 0
  const u32 = a.u32
  const tuples: Tuple[] = []
  const hashes = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    const t = ((scanOut + frameOutHeaderBytes) >>> 2) + i * frameTupleWords
    const status = u32[t + 1]
    const topicStart = receive + u32[t + 4]
    const payloadStart = receive + u32[t + 6]
    const topic = status === 0 ? String.fromCharCode(...a.u8.subarray(topicStart, topicStart + u32[t + 5])) : ''
    if (status === 0) {
      const seen = hashes.get(topic)
      if (seen !== undefined) expect(u32[t + 11]).toBe(seen)
      hashes.set(topic, u32[t + 11])
    }
    tuples.push({
      frameOffset: u32[t],
      status,
      priority: u32[t + 2],
      flags: status === 0 ? u32[t + 3] : 0,
      topic,
      payload: status === 1 ? '' : hex(a.u8.subarray(payloadStart, payloadStart + u32[t + 7])),
      key: status === 0 ? (BigInt(u32[t + 8]) << 32n) | BigInt(u32[t + 9]) : 0n,
      ackId: status === 0 ? u32[t + 10] : 0,
    })
  }
  return { tuples, consumed: u32[(scanOut >>> 2) + 1], fatal: u32[(scanOut >>> 2) + 2] }
}

const topicArb = fc.string({ unit: fc.constantFrom(...'abcXYZ019._-/'.split('')), minLength: 1, maxLength: 40 })
const frameArb = fc.oneof(
  fc.tuple(topicArb, fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 0, max: 255 })).map(([t, p, pr]) => encodeFrame(t, p, pr)),
  fc
    .tuple(topicArb, fc.uint8Array({ maxLength: 64 }), fc.option(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })), fc.option(fc.integer({ min: 0, max: 2 ** 32 - 1 })))
    .map(([t, p, key, ackId]) => encodeExtendedFrame(t, p, { key: key ?? undefined, ackId: ackId ?? undefined })),
)

describe('frameScan', () => {
  it('reports every frame of a valid stream, maps / to . and stops at an incomplete tail', async () => {
    const a = await arena()
    const stream = concat([encodeFrame('sensor/temp', '{"temp": 23.5}'), encodeExtendedFrame('a/b/c', 'x', { key: 2n ** 64n - 1n, ackId: 77 }), encodeFrame('t', 'incomplete').subarray(0, 8)])
    const result = scan(a, stream)
    expect(result).toEqual(model(stream, limits.frameBytesMax, limits.tuplesMax))
    expect(result.tuples.map((t) => t.topic)).toEqual(['sensor.temp', 'a.b.c'])
    expect(result.tuples[1]).toMatchObject({ key: 2n ** 64n - 1n, ackId: 77, flags: 3 })
    expect(result.consumed).toBe(stream.length - 8)
  })

  it('validates long topics with SIMD the same way as short ones (every length 1..249, an illegal byte at every position)', async () => {
    const a = await arena()
    for (let length = 1; length <= 249; length += 7) {
      const name = 'abcdefghij/KLMNOP.0123_-'.repeat(11).slice(0, length)
      expect(scan(a, encodeFrame(name, 'p')).tuples[0]).toMatchObject({ status: 0, topic: name.replaceAll('/', '.') })
      for (const position of [0, Math.floor(length / 2), length - 1]) {
        const bad = name.slice(0, position) + '$' + name.slice(position + 1)
        expect(scan(a, encodeFrame(bad, 'p')).tuples[0].status).toBe(2)
      }
    }
    expect(scan(a, encodeFrame('x'.repeat(250), 'p')).tuples[0].status).toBe(2)
  })

  it('matches the model on thousands of random and mutated streams', async () => {
    const a = await arena()
    fc.assert(
      fc.property(
        fc.array(frameArb, { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(),
        (frames, mutations, cut) => {
          const stream = concat(frames)
          for (const [at, value] of mutations) if (stream.length > 0) stream[at % stream.length] = value
          const bytes = stream.subarray(0, stream.length === 0 ? 0 : cut % (stream.length + 1))
          expect(scan(a, bytes)).toEqual(model(bytes, limits.frameBytesMax, limits.tuplesMax))
        },
      ),
      { numRuns: 20_000 },
    )
  })

  it('matches the model on pure garbage', async () => {
    const a = await arena()
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(scan(a, bytes)).toEqual(model(bytes, limits.frameBytesMax, limits.tuplesMax))
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('dedup table', () => {
  it('reports a key new once per window, forgets on request, and survives a full table', async () => {
    const a = await arena()
    const table = a.layout.dedup
    const now = a.dedupNow()
    expect(a.exports.dedupCheck(table, 1, 2, now)).toBe(0)
    expect(a.exports.dedupCheck(table, 1, 2, now + 10)).toBe(1)
    expect(a.exports.dedupCheck(table, 1, 3, now + 10)).toBe(0)
    expect(a.exports.dedupCheck(table, 1, 2, now + 1000)).toBe(0) // window (1000 ms) passed
    a.exports.dedupForget(table, 1, 3)
    expect(a.exports.dedupCheck(table, 1, 3, now + 1001)).toBe(0)
    // Another worker stamped the key after this one read the clock: a stamp ahead of now is live, not a
    // wrapped-around ancient one (both copies passed before).
    expect(a.exports.dedupCheck(table, 7, 7, now + 1001)).toBe(0)
    expect(a.exports.dedupCheck(table, 7, 7, now + 1000)).toBe(1)
    // 256 slots: more live keys than slots end in dedupFull (2), never in a wrong duplicate.
    const verdicts = new Map<number, number>()
    for (let key = 100; key < 100 + 400; key++) {
      const verdict = a.exports.dedupCheck(table, 0, key, now + 1002)
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1)
    }
    expect(verdicts.get(1) ?? 0).toBe(0)
    expect(verdicts.get(2)).toBeGreaterThan(0)
    // Expired slots are reused in place.
    for (let key = 1000; key < 1200; key++) expect(a.exports.dedupCheck(table, 0, key, now + 5000)).toBe(0)
  })
})
