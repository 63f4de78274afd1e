// The Kafka wire-protocol codec generated from Apache Kafka's message definitions: every message at
// every version round-trips, known bytes from real clients decode to what they mean, and untrusted
// bytes (truncated, random, oversized) only ever produce a KafkaProtocolError.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as kp from '../host/kafka/protocol/index.js'
import { KafkaProtocolError, Reader, Writer, ApiKey, API_DESCRIPTORS, apiDescriptor } from '../host/kafka/protocol/index.js'

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const generatorUrl = pathToFileURL(path.join(repoDir, 'scripts', 'generate-kafka-protocol.mjs')).href
const messagesDir = process.env.KAFKA_MESSAGES_DIR ?? path.resolve(repoDir, '..', 'shared', 'kafka-messages')
const generatedDir = path.join(repoDir, 'host', 'kafka', 'protocol', 'generated')

// The generator is plain JS; its model drives the sample values below.
interface Range { lo: number; hi: number }
interface FieldType { kind: 'prim' | 'struct' | 'array'; prim?: string; struct?: Struct; elem?: FieldType }
interface Field {
  name: string; camel: string; type: FieldType; versions: Range | null; taggedVersions: Range | null
  nullable: Range | null; ignorable: boolean; rawDefault: unknown; default: unknown; tag?: number
}
interface Struct { kafkaName: string; fields: Field[] }
interface Model { def: { name: string; type: string; apiKey?: number }; valid: Range; flexible: Range | null; top: Struct }
interface Generator {
  loadDefinitions(dir: string): { name: string; type: string; apiKey?: number; file: string }[]
  buildMessageModel(def: unknown): Model
  generate(dir: string): { files: Map<string, string> }
}
const gen = (await import(generatorUrl)) as Generator
const defs = gen.loadDefinitions(messagesDir)
const models = defs.map((d) => gen.buildMessageModel(d))

type Codec = { decode: (r: Reader, v: number) => unknown; encode: (w: Writer, m: unknown, v: number) => void }
const api = kp as unknown as Record<string, unknown>
function codecOf(name: string): Codec {
  const decode = api[`decode${name}`]
  const encode = api[`encode${name}`]
  if (typeof decode !== 'function' || typeof encode !== 'function') throw new Error(`no codec exported for ${name}`)
  return { decode: decode as Codec['decode'], encode: encode as Codec['encode'] }
}

const inRange = (r: Range | null, v: number) => r !== null && v >= r.lo && v <= r.hi
const versionsOf = (m: Model) => Array.from({ length: m.valid.hi - m.valid.lo + 1 }, (_, i) => m.valid.lo + i)

// ---------------------------------------------------------------------------------------------------
// Sample values from the schema: present fields get random values, absent ones their defaults (which is
// what a decoder produces for them), so encode -> decode must give back exactly the sample.

interface Source {
  int(min: number, max: number): number
  bigint(): bigint
  float(): number
  bool(): boolean
}

function mulberry32(seed: number): Source {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    bigint: () => BigInt.asIntN(64, (BigInt(Math.floor(next() * 2 ** 32)) << 32n) | BigInt(Math.floor(next() * 2 ** 32))),
    float: () => (next() - 0.5) * 1e6,
    bool: () => next() < 0.5,
  }
}

function defaultOf(f: Field): unknown {
  const d = f.rawDefault
  const t = f.type
  if (d === 'null') return null
  if (t.kind === 'array') return []
  if (t.kind === 'struct') return defaultStruct(t.struct!)
  switch (t.prim) {
    case 'bool': return d === true || d === 'true'
    case 'int64': return d === undefined ? 0n : BigInt(d as string)
    case 'uuid': return kp.ZERO_UUID
    case 'string': return d ?? ''
    case 'bytes': return new Uint8Array(0)
    case 'records': return f.nullable ? null : new Uint8Array(0)
    default: return d === undefined ? 0 : Number(d)
  }
}

function defaultStruct(s: Struct): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const f of s.fields) o[f.camel] = defaultOf(f)
  return o
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz-._0123456789é漢🙂'
function sampleString(src: Source): string {
  const chars = [...ALPHABET]
  let s = ''
  for (let n = src.int(0, 12); n > 0; n--) s += chars[src.int(0, chars.length - 1)]
  return s
}
function sampleBytes(src: Source, max: number): Uint8Array {
  const b = new Uint8Array(src.int(0, max))
  for (let i = 0; i < b.length; i++) b[i] = src.int(0, 255)
  return b
}
function sampleUuid(src: Source): string {
  const h = Array.from({ length: 32 }, () => src.int(0, 15).toString(16)).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

function samplePrim(prim: string, src: Source): unknown {
  switch (prim) {
    case 'bool': return src.bool()
    case 'int8': return src.int(-128, 127)
    case 'int16': return src.int(-32768, 32767)
    case 'uint16': return src.int(0, 65535)
    case 'int32': return src.int(-2147483648, 2147483647)
    case 'uint32': return src.int(0, 4294967295)
    case 'int64': return src.bigint()
    case 'float64': return src.float()
    case 'uuid': return sampleUuid(src)
    case 'string': return sampleString(src)
    case 'bytes': return sampleBytes(src, 24)
    case 'records': return sampleBytes(src, 64)
  }
  throw new Error(`no sample for ${prim}`)
}

function sampleStruct(s: Struct, v: number, flexible: boolean, src: Source, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const f of s.fields) {
    if (!inRange(f.versions, v)) {
      o[f.camel] = defaultOf(f)
      continue
    }
    if (inRange(f.nullable, v) && src.int(0, 4) === 0) {
      o[f.camel] = null
      continue
    }
    const t = f.type
    if (t.kind === 'prim') o[f.camel] = samplePrim(t.prim!, src)
    else if (t.kind === 'struct') o[f.camel] = sampleStruct(t.struct!, v, flexible, src, depth + 1)
    else {
      const n = src.int(0, depth > 2 ? 1 : 2)
      const e = t.elem!
      o[f.camel] = Array.from({ length: n }, () =>
        e.kind === 'struct' ? sampleStruct(e.struct!, v, flexible, src, depth + 1) : samplePrim(e.prim!, src))
    }
  }
  // Unknown tagged fields must survive a round trip (tags above any Kafka assigns).
  if (flexible && src.int(0, 3) === 0) {
    o.unknownTaggedFields = [{ tag: 1000 + src.int(0, 10), data: sampleBytes(src, 5) }]
  }
  return o
}

function sampleMessage(m: Model, v: number, src: Source) {
  return sampleStruct(m.top, v, inRange(m.flexible, v), src, 0)
}

function encode(name: string, msg: unknown, v: number): Uint8Array {
  const w = new Writer({ initialBytes: 16 })
  codecOf(name).encode(w, msg, v)
  return w.finish().slice()
}

function decode(name: string, bytes: Uint8Array, v: number, limits: Partial<kp.ReaderLimits> = {}) {
  const r = new Reader(bytes, limits)
  const out = codecOf(name).decode(r, v)
  return { out, consumed: r.pos }
}

const hex = (s: string) => Uint8Array.from(s.replace(/\s+/g, '').match(/../g)!.map((b) => parseInt(b, 16)))
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')

// ---------------------------------------------------------------------------------------------------

describe('generated code', () => {
  it('is up to date with the message definitions', () => {
    const { files } = gen.generate(messagesDir)
    for (const [name, text] of files) {
      expect(fs.readFileSync(path.join(generatedDir, name), 'utf8'), `${name} is stale: run node scripts/generate-kafka-protocol.mjs`).toBe(text)
    }
    const onDisk = fs.readdirSync(generatedDir).filter((f) => f.endsWith('.ts'))
    expect(onDisk.sort()).toEqual([...files.keys()].sort())
  })

  it('covers every request and response api with its versions and a dispatch table', () => {
    const requests = defs.filter((d) => d.type === 'request')
    expect(requests.length).toBe(88)
    expect(API_DESCRIPTORS.length).toBe(requests.length)
    for (const req of requests) {
      const m = models.find((x) => x.def.name === req.name)!
      const d = apiDescriptor(req.apiKey!)!
      expect(d.name).toBe(req.name.replace(/Request$/, ''))
      expect([d.minVersion, d.maxVersion]).toEqual([m.valid.lo, m.valid.hi])
      expect(d.flexibleMin).toBe(m.flexible ? m.flexible.lo : -1)
      expect((ApiKey as Record<string, number>)[d.name]).toBe(req.apiKey)
    }
    expect(ApiKey.Produce).toBe(0)
    expect(ApiKey.ApiVersions).toBe(18)
    expect(apiDescriptor(9999)).toBeUndefined()
  })

  it('derives header versions like Kafka', () => {
    expect(kp.requestHeaderVersion(ApiKey.ControlledShutdown, 0)).toBe(0)
    expect(kp.requestHeaderVersion(ApiKey.ControlledShutdown, 1)).toBe(1)
    expect(kp.requestHeaderVersion(ApiKey.Metadata, 8)).toBe(1)
    expect(kp.requestHeaderVersion(ApiKey.Metadata, 9)).toBe(2)
    expect(kp.responseHeaderVersion(ApiKey.Metadata, 8)).toBe(0)
    expect(kp.responseHeaderVersion(ApiKey.Metadata, 9)).toBe(1)
    expect(kp.requestHeaderVersion(ApiKey.ApiVersions, 3)).toBe(2)
    expect(kp.responseHeaderVersion(ApiKey.ApiVersions, 3)).toBe(0) // always v0, readable by any client
    expect(kp.requestHeaderVersion(ApiKey.Produce, 9)).toBe(2)
    expect(kp.responseHeaderVersion(ApiKey.Produce, 9)).toBe(1)
  })
})

describe('round trip: every message at every version', () => {
  for (const m of models) {
    it(`${m.def.name} v${m.valid.lo}-${m.valid.hi}`, () => {
      for (const v of versionsOf(m)) {
        for (let seed = 0; seed < 6; seed++) {
          const sample = sampleMessage(m, v, mulberry32(seed * 7919 + v * 31 + m.def.name.length))
          const bytes = encode(m.def.name, sample, v)
          const { out, consumed } = decode(m.def.name, bytes, v)
          expect(consumed, `${m.def.name} v${v} consumed`).toBe(bytes.length)
          expect(out, `${m.def.name} v${v} seed ${seed}`).toEqual(sample)
          expect(encode(m.def.name, out, v), `${m.def.name} v${v} re-encode`).toEqual(bytes)
        }
        // An empty object is every field at its default.
        const empty = encode(m.def.name, {}, v)
        expect(decode(m.def.name, empty, v).out).toEqual(defaultStruct(m.top))
      }
    })
  }
})

describe('untrusted bytes', () => {
  it('every truncation of a valid message is a typed error, never a crash', () => {
    let checked = 0
    for (const m of models) {
      for (const v of versionsOf(m)) {
        const bytes = encode(m.def.name, sampleMessage(m, v, mulberry32(v + 1)), v)
        for (let cut = 0; cut < bytes.length; cut++) {
          let err: unknown
          try {
            decode(m.def.name, bytes.subarray(0, cut), v)
          } catch (e) {
            err = e
          }
          expect(err, `${m.def.name} v${v} cut at ${cut} of ${bytes.length}`).toBeInstanceOf(KafkaProtocolError)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000)
  })

  it('random bytes decode or fail with KafkaProtocolError, for every request and response version', () => {
    const targets = models.flatMap((m) => versionsOf(m).map((v) => [m.def.name, v] as const))
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.uint8Array({ maxLength: 96 }), ([name, v], bytes) => {
        try {
          decode(name, bytes, v)
        } catch (e) {
          if (!(e instanceof KafkaProtocolError)) throw e
        }
      }),
      { numRuns: 20_000, seed: 42 },
    )
  })

  it('random mutations of valid messages decode or fail with KafkaProtocolError', () => {
    const targets = models.flatMap((m) => versionsOf(m).map((v) => [m, v] as const))
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 255 }), ([m, v], seed, at, byte) => {
        const bytes = encode(m.def.name, sampleMessage(m, v, mulberry32(seed)), v)
        if (bytes.length === 0) return
        bytes[at % bytes.length] = byte
        try {
          decode(m.def.name, bytes, v)
        } catch (e) {
          if (!(e instanceof KafkaProtocolError)) throw e
        }
      }),
      { numRuns: 5_000, seed: 7 },
    )
  })

  it('lengths are checked against the bytes left and the configured limits', () => {
    // Metadata v9 (flexible): topics count 1_000_000 (varint of n+1) with nothing after it.
    const huge = hex('c0 84 3d')
    const e1 = catchError(() => decode('MetadataRequest', huge, 9))
    expect(e1.code).toBe('truncated')
    expect(e1.message).toContain('MetadataRequest v9 field Topics')

    const w = new Writer()
    kp.encodeMetadataRequest(w, { topics: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }, 9)
    const e2 = catchError(() => decode('MetadataRequest', w.finish(), 9, { arrayLengthMax: 2 }))
    expect(e2.code).toBe('limit')

    const w2 = new Writer()
    kp.encodeMetadataRequest(w2, { topics: [{ name: 'x'.repeat(300) }] }, 9)
    const e3 = catchError(() => decode('MetadataRequest', w2.finish(), 9, { stringBytesMax: 255 }))
    expect(e3.code).toBe('limit')
    expect(e3.field).toBe('MetadataRequestTopic.Name')

    // A non-nullable field serialized as null; a 6-byte varint.
    expect(catchError(() => decode('ApiVersionsRequest', hex('00 00 00'), 3)).code).toBe('invalid')
    expect(catchError(() => decode('ApiVersionsRequest', hex('ff ff ff ff ff 01'), 3)).code).toBe('invalid')
    // A tagged field whose size is larger than what is left.
    expect(catchError(() => decode('ApiVersionsRequest', hex('01 61 01 61 01 05 09 00'), 3)).code).toBe('truncated')
    // Decoding at a version the message does not have.
    expect(catchError(() => decode('ApiVersionsRequest', hex('00'), 5)).code).toBe('unsupported_version')
  })
})

function catchError(fn: () => unknown): KafkaProtocolError {
  try {
    fn()
  } catch (e) {
    if (e instanceof KafkaProtocolError) return e
    throw e
  }
  throw new Error('expected a KafkaProtocolError')
}

describe('property: round trip with fast-check values', () => {
  const targets = models.flatMap((m) => versionsOf(m).map((v) => [m, v] as const))
  it('encode then decode gives the value back, for any message, version and values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.gen(), ([m, v], g) => {
        const src: Source = {
          int: (min, max) => g(fc.integer, { min, max }),
          bigint: () => g(fc.bigInt, { min: -(2n ** 63n), max: 2n ** 63n - 1n }),
          float: () => g(fc.double, { noNaN: true }),
          bool: () => g(fc.boolean),
        }
        const sample = sampleMessage(m, v, src)
        const bytes = encode(m.def.name, sample, v)
        expect(decode(m.def.name, bytes, v).out).toEqual(sample)
      }),
      { numRuns: 3_000, seed: 1 },
    )
  })
})

describe('known bytes', () => {
  // An ApiVersions v3 request as the Java client sends it first on every connection: request header v2
  // (client id as a classic INT16 string even in a flexible header), then compact strings.
  const javaApiVersionsV3 = hex(
    '0012 0003 00000001' + // api key 18, version 3, correlation id 1
      `000a ${ascii('producer-1')}` + // client id "producer-1"
      '00' + // header tagged fields
      `12 ${ascii('apache-kafka-java')}` + // compact string, length 17 + 1
      `06 ${ascii('3.8.0')}` +
      '00', // body tagged fields
  )

  it('decodes an ApiVersions v3 request from the Java client', () => {
    const req = kp.decodeRequest(javaApiVersionsV3)
    expect(req.api.apiKey).toBe(ApiKey.ApiVersions)
    expect(req.headerVersion).toBe(2)
    expect(req.header).toEqual({ requestApiKey: 18, requestApiVersion: 3, correlationId: 1, clientId: 'producer-1' })
    expect(req.body).toEqual({ clientSoftwareName: 'apache-kafka-java', clientSoftwareVersion: '3.8.0' })

    const w = new Writer()
    kp.encodeRequest(w, apiDescriptor(ApiKey.ApiVersions)!, 3, 1, 'producer-1', req.body as kp.ApiVersionsRequest)
    expect(w.finish()).toEqual(javaApiVersionsV3)
  })

  it('decodes the ApiVersions v4 request used by the CodeCrafters Kafka tester (kafka-cli 0.1)', () => {
    // Frame with size prefix, as published in codecrafters-io/build-your-own-kafka stage descriptions.
    const frame = hex('00000023001200046f7fc66100096b61666b612d636c69000a6b61666b612d636c6904302e3100')
    const size = new DataView(frame.buffer).getInt32(0)
    expect(size).toBe(frame.length - 4)
    const req = kp.decodeRequest(frame.subarray(4))
    expect(req.header).toEqual({ requestApiKey: 18, requestApiVersion: 4, correlationId: 0x6f7fc661, clientId: 'kafka-cli' })
    expect(req.body).toEqual({ clientSoftwareName: 'kafka-cli', clientSoftwareVersion: '0.1' })
  })

  it('decodes a Metadata v12 request byte by byte', () => {
    const bytes = hex(
      '0003 000c 0000002a' + `0007 ${ascii('rdkafka')}` + '00' + // header v2, correlation id 42
        '02' + // topics: compact array of 1
        '00000000000000000000000000000000' + // topic_id: zero uuid
        `04 ${ascii('foo')}` + '00' + // name: compact nullable string, topic tagged fields
        '01' + // allow_auto_topic_creation
        '00' + // include_topic_authorized_operations
        '00', // tagged fields
    )
    const req = kp.decodeRequest(bytes)
    expect(req.header.clientId).toBe('rdkafka')
    expect(req.body).toEqual({
      topics: [{ topicId: kp.ZERO_UUID, name: 'foo' }],
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    })
    const w = new Writer()
    kp.encodeRequest(w, apiDescriptor(ApiKey.Metadata)!, 12, 42, 'rdkafka', { topics: [{ name: 'foo' }] })
    expect(w.finish()).toEqual(bytes)
    // null topics means "all topics" from v1 on: compact null is a single 00.
    const all = new Writer()
    kp.encodeMetadataRequest(all, { topics: null }, 12)
    expect(all.finish()).toEqual(hex('00 01 00 00'))
  })

  it('writes an ApiVersions v3 response with response header v0 and tagged fields in tag order', () => {
    const w = new Writer()
    kp.encodeResponse(w, apiDescriptor(ApiKey.ApiVersions)!, 3, 7, {
      errorCode: 0,
      apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 4 }],
      throttleTimeMs: 0,
      finalizedFeaturesEpoch: 5n,
      zkMigrationReady: true,
    })
    expect(w.finish()).toEqual(
      hex(
        '00000007' + // response header v0: correlation id only, no tagged fields
          '0000' + // error code
          '02 0012 0000 0004 00' + // api keys: one entry with its tagged fields
          '00000000' + // throttle time
          '02' + // two tagged fields
          '01 08 0000000000000005' + // tag 1 finalized_features_epoch, 8 bytes
          '03 01 01', // tag 3 zk_migration_ready
      ),
    )
    const back = kp.decodeResponse(w.finish(), apiDescriptor(ApiKey.ApiVersions)!, 3)
    expect(back.correlationId).toBe(7)
    expect((back.body as kp.ApiVersionsResponse).finalizedFeaturesEpoch).toBe(5n)
  })

  it('reads a Produce v3 request with its records as a view into the input', () => {
    const records = Uint8Array.from({ length: 70 }, (_, i) => i)
    const w = new Writer()
    kp.encodeProduceRequest(w, { acks: -1, timeoutMs: 30000, topicData: [{ name: 't', partitionData: [{ index: 0, records }] }] }, 3)
    const bytes = w.finish()
    expect(bytes.subarray(0, 12)).toEqual(hex('ffff ffff 00007530 00000001')) // null transactional id, acks, timeout, 1 topic
    const r = new Reader(bytes)
    const req = kp.decodeProduceRequest(r, 3)
    const got = req.topicData[0].partitionData[0].records!
    expect(got).toEqual(records)
    expect(got.buffer).toBe(bytes.buffer) // not copied
  })
})

describe('version semantics', () => {
  it('refuses a non-default value for a field the version lacks, unless ignorable', () => {
    const w = new Writer()
    // Metadata v3 has no AllowAutoTopicCreation (4+, not ignorable); true is its default.
    kp.encodeMetadataRequest(w, { topics: [], allowAutoTopicCreation: true }, 3)
    const e = catchError(() => kp.encodeMetadataRequest(new Writer(), { topics: [], allowAutoTopicCreation: false }, 3))
    expect(e.code).toBe('unencodable')
    expect(e.message).toBe('MetadataRequest v3 field AllowAutoTopicCreation: holds a non-default value but does not exist in this version (and is not ignorable)')
    // TopicId is ignorable: dropped silently before v10.
    const w2 = new Writer()
    kp.encodeMetadataRequest(w2, { topics: [{ name: 'a', topicId: '11111111-2222-3333-4444-555555555555' }] }, 9)
    expect(kp.decodeMetadataRequest(new Reader(w2.finish()), 9).topics![0].topicId).toBe(kp.ZERO_UUID)
  })

  it('refuses null where the version does not allow it, and unknown tagged fields before flexible versions', () => {
    expect(catchError(() => kp.encodeMetadataRequest(new Writer(), { topics: null }, 0)).code).toBe('unencodable')
    const e = catchError(() => kp.encodeMetadataRequest(new Writer(), { topics: [], unknownTaggedFields: [{ tag: 9, data: new Uint8Array(1) }] }, 8))
    expect(e.message).toContain('not flexible')
  })

  it('refuses out-of-range numbers and unknown versions with the field named', () => {
    const e = catchError(() => kp.encodeFindCoordinatorRequest(new Writer(), { keyType: 300 }, 1))
    expect(e.field).toBe('KeyType')
    expect(catchError(() => kp.encodeFindCoordinatorRequest(new Writer(), {}, 99)).code).toBe('unsupported_version')
    expect(catchError(() => kp.encodeFetchRequest(new Writer(), { maxWaitMs: 1.5 }, 4)).field).toBe('MaxWaitMs')
    expect(catchError(() => kp.encodeFetchRequest(new Writer(), { sessionEpoch: 2 ** 31 }, 7)).field).toBe('SessionEpoch')
  })

  it('keeps nullable structs and tagged structs', () => {
    const w = new Writer()
    kp.encodeConsumerGroupHeartbeatResponse(w, { assignment: null }, 0)
    expect(kp.decodeConsumerGroupHeartbeatResponse(new Reader(w.finish()), 0).assignment).toBeNull()
    const w2 = new Writer()
    kp.encodeFetchResponse(w2, { responses: [{ partitions: [{ currentLeader: { leaderId: 3, leaderEpoch: 9 } }] }] }, 12)
    const back = kp.decodeFetchResponse(new Reader(w2.finish()), 12)
    expect(back.responses[0].partitions[0].currentLeader).toEqual({ leaderId: 3, leaderEpoch: 9 })
    expect(back.responses[0].partitions[0].divergingEpoch).toEqual({ epoch: -1, endOffset: -1n })
  })
})

describe('primitives', () => {
  it('round-trips varints, varlongs and uuids', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.nat({ max: 0xffffffff }), (i, l, u) => {
        const w = new Writer({ initialBytes: 1 })
        w.varint(i)
        w.varlong(l)
        w.uvarint(u)
        const r = new Reader(w.finish())
        expect(r.varint('')).toBe(i)
        expect(r.varlong('')).toBe(l)
        expect(r.uvarint('')).toBe(u)
        r.expectEnd()
      }),
    )
    const w = new Writer()
    w.uuid('0123abcd-4567-89ef-0123-456789ABCDEF', 'id')
    expect(new Reader(w.finish()).uuid('id')).toBe('0123abcd-4567-89ef-0123-456789abcdef')
  })

  it('hands large records to the caller as separate chunks instead of copying them', () => {
    const records = new Uint8Array(64 * 1024).fill(7)
    const w = new Writer({ externalBytesMin: 16 * 1024 })
    kp.encodeProduceRequest(w, { acks: 1, topicData: [{ name: 't', partitionData: [{ index: 0, records }] }] }, 9)
    const chunks = w.chunks()
    expect(chunks).toContain(records)
    const framed = kp.sizePrefixed(w)
    expect(new DataView(framed[0].buffer).getInt32(0)).toBe(w.length)
    const flat = w.finish()
    expect(flat.length).toBe(w.length)
    expect(kp.decodeProduceRequest(new Reader(flat), 9).topicData[0].partitionData[0].records).toEqual(records)
  })
})
