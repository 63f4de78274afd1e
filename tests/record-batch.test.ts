// Kafka RecordBatch v2: our codec against batches the real Java client wrote (tests/fixtures/kafka-batches,
// made by KafkaBatches.java), our batches read back by the real Java client, round trips for every codec,
// corruption and truncation of valid batches, and the wasm header scanner against the TS reader.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Crc32c, crc32cJs } from '../host/crc/crc32c.ts'
import { BatchScanner, type BatchScanResult, type BatchScanStop, type ScannedBatch } from '../host/log/batch-scan.ts'
import { CompressionError, compressSync, decompressSync, loadCompression, xerialSnappyCompress } from '../host/log/compression.ts'
import { CompressionPool } from '../host/log/compression-pool.ts'
import {
  type BatchRecordInput,
  type Compression,
  type DecodedRecord,
  InvalidRecordBatchError,
  batchTotalBytes,
  decodeRecordBatch,
  decodeRecordBatchAsync,
  encodeRecordBatch,
  encodeRecordBatchAsync,
  forEachRecordValue,
  iterateRecordBatches,
  readRecordBatchHeader,
  recordBatchHeaderBytes,
  setBaseOffset,
  validateRecordBatch,
} from '../host/log/record-batch.ts'

const fixturesDir = new URL('./fixtures/kafka-batches/', import.meta.url)
const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const codecs: Compression[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd']

// ---- wasm: the scanner and the CRC32C the codec is given ----------------------------------------------

const wasmPath = process.env.SLUICE_TEST_WASM ?? fileURLToPath(new URL('../dist/wasm/sluice.wasm', import.meta.url))
const memoryBytes = 8 * 1024 * 1024
const memory = new WebAssembly.Memory({ initial: memoryBytes / 65536, maximum: memoryBytes / 65536, shared: true })
const memoryView = new Uint8Array(memory.buffer)
const exports = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), {
  env: {
    memory,
    abort(_message: number, _file: number, line: number, column: number): never {
      throw new Error(`wasm abort at ${line}:${column}`)
    },
  },
}).exports as Record<string, CallableFunction>
const heapBase = (exports.heapBase as () => number)()
const crcScratchPtr = Math.ceil(heapBase / 64) * 64
const crcScratchBytes = 64 * 1024
const scanScratchPtr = crcScratchPtr + crcScratchBytes
const scanScratchBytes = 256 * 1024
/** Batches placed in the shared memory for in-place scans live here. */
const arenaPtr = scanScratchPtr + scanScratchBytes
const crc = new Crc32c(exports as never, memory, { scratchPtr: crcScratchPtr, scratchBytes: crcScratchBytes, implementation: 'simd' })
const crc32c = (bytes: Uint8Array): number => crc.ofBytes(bytes)

beforeAll(async () => {
  await loadCompression()
})

// ---- helpers -----------------------------------------------------------------------------------------

const utf8 = new TextEncoder()
const b64 = (bytes: Uint8Array | null): string | null => (bytes === null ? null : Buffer.from(bytes).toString('base64'))
const sha256 = (bytes: Uint8Array | null): string | null => (bytes === null ? null : createHash('sha256').update(bytes).digest('hex'))

interface JavaRecord {
  offset: number
  timestamp: number
  key: string | null
  value?: string | null
  valueSha256?: string | null
  headers: Array<{ key: string; value: string | null }>
}
interface JavaBatch {
  baseOffset: number
  lastOffset: number
  sizeInBytes: number
  partitionLeaderEpoch: number
  magic: number
  crc: number
  compression: string
  timestampType: string
  isTransactional: boolean
  isControl: boolean
  maxTimestamp: number
  producerId: string
  producerEpoch: number
  baseSequence: number
  recordCount: number
  records: JavaRecord[]
}

function asJavaRecords(records: DecodedRecord[], digestValues: boolean): JavaRecord[] {
  return records.map((record) => ({
    offset: record.offset,
    timestamp: record.timestamp,
    key: b64(record.key),
    ...(digestValues ? { valueSha256: sha256(record.value) } : { value: b64(record.value) }),
    headers: record.headers.map((header) => ({ key: header.key, value: b64(header.value) })),
  }))
}

function fixtureNames(): string[] {
  return readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => name.slice(0, -4))
    .sort()
}

function fixture(name: string): { bytes: Uint8Array; batches: JavaBatch[] } {
  const bytes = new Uint8Array(readFileSync(new URL(`${name}.bin`, fixturesDir)))
  const { batches } = JSON.parse(readFileSync(new URL(`${name}.json`, fixturesDir), 'utf8')) as { batches: JavaBatch[] }
  return { bytes, batches }
}

/** The fields every decode check compares, from our header and records, in the Java program's terms. */
function describeOurs(bytes: Uint8Array, digestValues: boolean): JavaBatch[] {
  const out: JavaBatch[] = []
  for (const { at, header } of iterateRecordBatches(bytes)) {
    validateRecordBatch(bytes, at, { batchBytesMax: 16 * 1024 * 1024 }, crc32c)
    const records = decodeRecordBatch(bytes, at, { verifyCrc: crc32c })
    out.push({
      baseOffset: header.baseOffset,
      lastOffset: header.baseOffset + header.lastOffsetDelta,
      sizeInBytes: batchTotalBytes(bytes, at),
      partitionLeaderEpoch: header.partitionLeaderEpoch,
      magic: header.magic,
      crc: header.crc,
      compression: header.compression,
      timestampType: header.timestampType === 'create' ? 'CreateTime' : 'LogAppendTime',
      isTransactional: header.isTransactional,
      isControl: header.isControl,
      maxTimestamp: header.maxTimestamp,
      producerId: header.producerId.toString(),
      producerEpoch: header.producerEpoch,
      baseSequence: header.baseSequence,
      recordCount: header.recordCount,
      records: asJavaRecords(records, digestValues),
    })
  }
  return out
}

/** A variety of records: keys, null keys and values, empty values, headers with null values, unicode. */
function sampleRecords(seed: number): BatchRecordInput[] {
  return [
    { key: utf8.encode(`key-${seed}`), value: utf8.encode('value zero'), timestamp: 1_700_000_000_000 + seed },
    { key: null, value: utf8.encode('no key'), headers: [{ key: 'trace', value: utf8.encode('abc') }, { key: 'empty', value: null }] },
    { key: utf8.encode('tombstone'), value: null, timestamp: 1_699_999_999_000 },
    { key: utf8.encode('k\u00e9y-\u2603'), value: new Uint8Array(0), headers: [{ key: 'h\u00e9ader', value: new Uint8Array([0, 1, 2, 255]) }] },
    { key: utf8.encode('repeat'), value: utf8.encode('abc'.repeat(500)), timestamp: 1_700_000_009_999 },
  ]
}

function expectInvalid(run: () => unknown): InvalidRecordBatchError {
  try {
    run()
  } catch (error) {
    if (error instanceof InvalidRecordBatchError) return error
    throw new Error(`expected InvalidRecordBatchError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected InvalidRecordBatchError, got a result')
}

// ---- fixtures from the Java client ---------------------------------------------------------------------

describe('batches written by the Java client (kafka-clients MemoryRecordsBuilder)', () => {
  const names = fixtureNames()
  it('has the fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15)
  })
  for (const name of names) {
    it(`decodes ${name} exactly`, () => {
      const { bytes, batches } = fixture(name)
      expect(describeOurs(bytes, name.startsWith('large-'))).toEqual(batches)
    })
  }

  it('decodes a large batch (several lz4 blocks, several xerial snappy chunks) to the values the generator wrote', () => {
    for (const codec of codecs) {
      const { bytes } = fixture(`large-${codec}`)
      const records = decodeRecordBatch(bytes, 0, { verifyCrc: crc32c })
      expect(records).toHaveLength(40)
      const text = new TextDecoder().decode(records[39].value!)
      expect(text.startsWith('record 39 line 15\nrecord 39 line 33\n')).toBe(true)
      expect(records[39].value!.length).toBeGreaterThanOrEqual(2000)
    }
  })

  it('re-encodes the uncompressed fixtures to the same bytes as the Java client', () => {
    for (const name of ['plain-none', 'transactional-none']) {
      const { bytes } = fixture(name)
      const header = readRecordBatchHeader(bytes)
      const records = decodeRecordBatch(bytes)
      const ours = encodeRecordBatch(
        records.map((record) => ({ key: record.key, value: record.value, headers: record.headers, timestamp: record.timestamp })),
        {
          baseOffset: header.baseOffset,
          timestamp: header.firstTimestamp,
          producerId: header.producerId,
          producerEpoch: header.producerEpoch,
          baseSequence: header.baseSequence,
          isTransactional: header.isTransactional,
          partitionLeaderEpoch: header.partitionLeaderEpoch,
          crc32c,
        },
      )
      expect(Buffer.from(ours).toString('hex')).toBe(Buffer.from(bytes).toString('hex'))
    }
  })

  it('walks three concatenated batches and rejects a truncated trailing one', () => {
    const { bytes } = fixture('three-batches')
    const found = [...iterateRecordBatches(bytes)]
    expect(found.map((batch) => batch.header.compression)).toEqual(['none', 'gzip', 'zstd'])
    expect(found.map((batch) => batch.header.baseOffset)).toEqual([0, 6, 12])
    const cut = bytes.subarray(0, bytes.length - 1)
    expect(expectInvalid(() => [...iterateRecordBatches(cut)]).reason).toBe('truncated')
    expect([...iterateRecordBatches(cut, { partialTail: 'stop' })]).toHaveLength(2)
  })

  it('reads the control (end-transaction) batch', () => {
    const { bytes } = fixture('control-commit')
    const header = readRecordBatchHeader(bytes)
    expect(header.isControl).toBe(true)
    expect(header.isTransactional).toBe(true)
    const [marker] = decodeRecordBatch(bytes, 0, { verifyCrc: crc32c })
    // Control record key: version int16 0, type int16 1 (COMMIT).
    expect([...marker.key!]).toEqual([0, 0, 0, 1])
  })

  it('forEachRecordValue visits the same values and offsets as decodeRecordBatch, without decoding', () => {
    for (const name of ['plain-none', 'transactional-none', 'log-append-time-none', 'large-none']) {
      const { bytes } = fixture(name)
      const decoded = decodeRecordBatch(bytes)
      const seen: Array<[string | null, number, number]> = []
      const count = forEachRecordValue(bytes, 0, (buffer, start, length, offset, timestamp) => {
        seen.push([length < 0 ? null : b64(buffer.subarray(start, start + length)), offset, timestamp])
      })
      expect(count).toBe(decoded.length)
      expect(seen).toEqual(decoded.map((record) => [b64(record.value), record.offset, record.timestamp]))
    }
  })

  it('setBaseOffset moves the offsets and keeps the CRC valid', () => {
    const bytes = fixture('transactional-gzip').bytes.slice()
    setBaseOffset(bytes, 0, 2 ** 40 + 17)
    const header = validateRecordBatch(bytes, 0, { batchBytesMax: 1 << 20 }, crc32c)
    expect(header.baseOffset).toBe(2 ** 40 + 17)
    expect(decodeRecordBatch(bytes, 0, { verifyCrc: crc32cJs }).map((record) => record.offset)).toEqual([0, 1, 2, 3, 4].map((d) => 2 ** 40 + 17 + d))
  })
})

// ---- our batches, read by the Java client ---------------------------------------------------------------

describe('batches we write, read by the Java client (MemoryRecords.readableRecords, ensureValid)', () => {
  const jarsDir = join(repoRoot, '.tmp', 'kafka-jars')
  const jars = existsSync(jarsDir) ? readdirSync(jarsDir).filter((name) => name.endsWith('.jar')) : []
  const javaAvailable = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0
  const ready = javaAvailable && jars.some((name) => name.startsWith('kafka-clients-'))
  const inCi = process.env.CI === 'true'

  it.runIf(ready || inCi)('agrees with kafka-clients on every codec', async () => {
    if (!ready) {
      throw new Error(`CI needs java and the kafka-clients jars in ${jarsDir}: run scripts/fetch-kafka-jars.sh (java found: ${javaAvailable})`)
    }
    const dir = mkdtempSync(join(tmpdir(), 'sluice-batches-'))
    try {
      const files: string[] = []
      const expected: JavaBatch[][] = []
      for (const [index, codec] of codecs.entries()) {
        for (const transactional of [false, true]) {
          const options = {
            baseOffset: 100 * index,
            timestamp: 1_700_000_000_500,
            compression: codec,
            crc32c,
            ...(transactional ? { producerId: 987_654_321_098n, producerEpoch: 3, baseSequence: 11, isTransactional: true } : {}),
          }
          const batch = await encodeRecordBatchAsync(sampleRecords(index), options)
          const file = join(dir, `${codec}-${transactional}.bin`)
          writeFileSync(file, batch)
          files.push(file)
          expected.push(describeOurs(batch, false))
        }
      }
      // Several batches in one file, as a Produce request carries them.
      const many = Buffer.concat([
        encodeRecordBatch(sampleRecords(7), { baseOffset: 0, timestamp: 1, compression: 'lz4', crc32c }),
        encodeRecordBatch(sampleRecords(8), { baseOffset: 5, timestamp: 2, compression: 'snappy', crc32c }),
      ])
      const manyFile = join(dir, 'many.bin')
      writeFileSync(manyFile, many)
      files.push(manyFile)
      expected.push(describeOurs(many, false))

      const classpath = jars.map((name) => join(jarsDir, name)).join(':')
      const program = fileURLToPath(new URL('KafkaBatches.java', fixturesDir))
      const stdout = execFileSync('java', ['-cp', classpath, program, 'verify', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      const documents = stdout.trim().split('\n').map((line) => (JSON.parse(line) as { batches: JavaBatch[] }).batches)
      expect(documents).toEqual(expected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

// ---- round trips -----------------------------------------------------------------------------------------

const bytesArbitrary = fc.uint8Array({ maxLength: 300 })
const recordArbitrary: fc.Arbitrary<BatchRecordInput> = fc.record(
  {
    key: fc.option(bytesArbitrary, { nil: null }),
    value: fc.option(bytesArbitrary, { nil: null }),
    headers: fc.array(fc.record({ key: fc.string({ unit: 'grapheme', maxLength: 20 }), value: fc.option(fc.uint8Array({ maxLength: 40 }), { nil: null }) }), {
      maxLength: 4,
    }),
    timestamp: fc.integer({ min: -1, max: 2 ** 50 }),
  },
  { requiredKeys: ['value'] },
)

function expectRoundTrip(records: BatchRecordInput[], decoded: DecodedRecord[], baseOffset: number, timestamp: number): void {
  expect(decoded).toHaveLength(records.length)
  decoded.forEach((record, index) => {
    const input = records[index]
    expect(record.offset).toBe(baseOffset + index)
    expect(record.timestamp).toBe(input.timestamp ?? timestamp)
    expect(b64(record.key)).toBe(b64(input.key ?? null))
    expect(b64(record.value)).toBe(b64(input.value))
    expect(record.headers.map((h) => [h.key, b64(h.value)])).toEqual((input.headers ?? []).map((h) => [h.key, b64(h.value)]))
  })
}

describe('encode then decode', () => {
  for (const codec of codecs) {
    it(`round-trips random records with ${codec}`, () => {
      fc.assert(
        fc.property(
          fc.array(recordArbitrary, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 0, max: 2 ** 52 }),
          fc.integer({ min: 0, max: 2 ** 50 }),
          (records, baseOffset, timestamp) => {
            const batch = encodeRecordBatch(records, { baseOffset, timestamp, compression: codec, crc32c })
            const header = validateRecordBatch(batch, 0, { batchBytesMax: 1 << 20 }, crc32cJs)
            expect(header.compression).toBe(codec)
            expect(header.recordCount).toBe(records.length)
            expect(header.lastOffsetDelta).toBe(records.length - 1)
            const timestamps = records.map((record) => record.timestamp ?? timestamp)
            expect(header.firstTimestamp).toBe(timestamps[0])
            expect(header.maxTimestamp).toBe(Math.max(...timestamps))
            expectRoundTrip(records, decodeRecordBatch(batch, 0, { verifyCrc: crc32c }), baseOffset, timestamp)
          },
        ),
        { numRuns: 40 },
      )
    })
  }

  it('keeps keys and values as views of the batch, not copies (uncompressed)', () => {
    const batch = encodeRecordBatch(sampleRecords(1), { timestamp: 5, crc32c })
    const [first] = decodeRecordBatch(batch)
    expect(first.key!.buffer).toBe(batch.buffer)
    expect(first.value!.buffer).toBe(batch.buffer)
  })

  it('compresses the same as the codec libraries say and reads raw (unframed) snappy too', () => {
    const payload = utf8.encode('hello '.repeat(20_000))
    for (const codec of codecs) expect(b64(decompressSync(codec, compressSync(codec, payload)))).toBe(b64(payload))
    const framed = xerialSnappyCompress(payload)
    expect([...framed.subarray(0, 8)]).toEqual([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00])
    // A raw snappy block (librdkafka and others may send one): the first xerial chunk's block is one.
    const rawBlock = framed.subarray(20, 20 + new DataView(framed.buffer, framed.byteOffset).getInt32(16))
    expect(decompressSync('snappy', rawBlock).length).toBe(32 * 1024)
  })

  it('bounds decompression', () => {
    const payload = new Uint8Array(1 << 20)
    for (const codec of codecs.filter((c) => c !== 'none')) {
      expect(() => decompressSync(codec, compressSync(codec, payload), { decompressedBytesMax: 1000 })).toThrow(CompressionError)
    }
  })
})

// ---- corruption and truncation ---------------------------------------------------------------------------

/** Decoding must end in a result or an InvalidRecordBatchError: nothing else, no hang. */
function decodeOrInvalid(bytes: Uint8Array, verify: boolean): 'ok' | 'invalid' {
  try {
    decodeRecordBatch(bytes, 0, verify ? { verifyCrc: crc32cJs, recordsMax: 100_000 } : { recordsMax: 100_000, decompressedBytesMax: 1 << 22 })
    return 'ok'
  } catch (error) {
    if (error instanceof InvalidRecordBatchError) return 'invalid'
    throw new Error(`decode threw ${String(error)}`, { cause: error })
  }
}

/** Bytes outside the CRC whose change can leave a decodable batch: baseOffset and partitionLeaderEpoch. */
const outsideCrc = (position: number): boolean => position < 8 || (position >= 12 && position < 16)

describe('truncated and corrupted batches', () => {
  const samples = codecs.map((codec) => ({ codec, bytes: fixture(`plain-${codec}`).bytes }))
  samples.push({ codec: 'none', bytes: encodeRecordBatch(sampleRecords(3), { timestamp: 9, crc32c }) })

  it('rejects every truncation of a valid batch', () => {
    for (const { bytes } of samples) {
      for (let length = 0; length < bytes.length; length++) {
        expect(decodeOrInvalid(bytes.subarray(0, length), true)).toBe('invalid')
        expect(decodeOrInvalid(bytes.subarray(0, length), false)).toBe('invalid')
        expect(() => validateRecordBatch(bytes.subarray(0, length), 0, { batchBytesMax: 1 << 20 }, crc32cJs)).toThrow(InvalidRecordBatchError)
      }
    }
  })

  it('rejects every single-byte corruption inside the CRC, and never throws anything else', () => {
    for (const { bytes } of samples) {
      for (let position = 0; position < bytes.length; position++) {
        for (const flip of [0x01, 0xff]) {
          const corrupt = bytes.slice()
          corrupt[position] ^= flip
          const verified = decodeOrInvalid(corrupt, true)
          if (!outsideCrc(position)) expect(verified, `byte ${position} ^ ${flip}`).toBe('invalid')
          decodeOrInvalid(corrupt, false) // the parser and decompressors on garbage: a result or InvalidRecordBatchError
        }
      }
    }
  })

  it('survives random corruption of random batches without CRC checks', () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...codecs),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (records, codec, flips, cut) => {
          const batch = encodeRecordBatch(records, { timestamp: 1, compression: codec, crc32c })
          for (const [position, flip] of flips) batch[position % batch.length] ^= flip
          decodeOrInvalid(batch, false)
          decodeOrInvalid(batch.subarray(0, cut % batch.length), false)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('names what is wrong', () => {
    const bytes = fixture('plain-none').bytes.slice()
    bytes[16] = 1
    expect(expectInvalid(() => readRecordBatchHeader(bytes)).reason).toBe('bad-magic')
    const crcBad = fixture('plain-none').bytes.slice()
    crcBad[100] ^= 1
    const error = expectInvalid(() => validateRecordBatch(crcBad, 0, { batchBytesMax: 1 << 20 }, crc32c))
    expect(error.reason).toBe('crc-mismatch')
    expect(error.code).toBe('INVALID_RECORD_BATCH')
    expect(expectInvalid(() => validateRecordBatch(fixture('plain-none').bytes, 0, { batchBytesMax: 100 }, crc32c)).reason).toBe('too-large')
  })
})

// ---- the wasm scanner against the TS reader ----------------------------------------------------------------

/** What the scanner must report, computed with the TS header reader and CRC32C. */
function referenceScan(bytes: Uint8Array): BatchScanResult {
  const batches: ScannedBatch[] = []
  let at = 0
  const reasons: Record<string, BatchScanStop> = {
    'bad-length': 'bad-length',
    'bad-magic': 'bad-magic',
    'bad-compression': 'bad-compression',
    'bad-offset': 'bad-offset',
  }
  while (at < bytes.length) {
    let header
    try {
      header = readRecordBatchHeader(bytes, at)
    } catch (error) {
      const reason = (error as InvalidRecordBatchError).reason
      return { batches, stop: reason === 'truncated' ? 'truncated-header' : reasons[reason], stopAt: at }
    }
    const total = 12 + header.batchLength
    if (at + total > bytes.length) return { batches, stop: 'truncated-batch', stopAt: at }
    batches.push({
      at,
      batchLength: header.batchLength,
      baseOffset: header.baseOffset,
      lastOffsetDelta: header.lastOffsetDelta,
      recordCount: header.recordCount,
      attributes: header.attributes,
      magic: header.magic,
      crc: header.crc,
      crcOk: crc32cJs(bytes.subarray(at + 21, at + total)) === header.crc,
    })
    at += total
  }
  return { batches, stop: 'end', stopAt: at }
}

describe('wasm batch scanner (assembly/batch-scan.ts)', () => {
  const scanner = new BatchScanner(exports as never, memory, { scratchPtr: scanScratchPtr, scratchBytes: scanScratchBytes, entriesMax: 3 })
  const scalarScanner = new BatchScanner(exports as never, memory, { scratchPtr: scanScratchPtr, scratchBytes: scanScratchBytes, crcImplementation: 'scalar' })

  it('agrees with the TS reader on the Java fixtures, copied and in place', () => {
    for (const name of fixtureNames()) {
      const { bytes } = fixture(name)
      const expected = referenceScan(bytes)
      expect(expected.stop).toBe('end')
      expect(scanner.scan(bytes)).toEqual(expected)
      memoryView.set(bytes, arenaPtr)
      expect(scalarScanner.scan(memoryView.subarray(arenaPtr, arenaPtr + bytes.length))).toEqual(expected)
    }
  })

  const bufferArbitrary = fc
    .tuple(
      fc.array(fc.tuple(fc.array(recordArbitrary, { minLength: 1, maxLength: 4 }), fc.constantFrom(...codecs), fc.integer({ min: 0, max: 2 ** 53 - 1000 })), {
        maxLength: 8,
      }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 3 }),
      fc.option(fc.nat()),
      fc.uint8Array({ maxLength: 80 }),
    )
    .map(([specs, flips, cut, garbage]) => {
      const parts = specs.map(([records, compression, baseOffset]) => encodeRecordBatch(records, { baseOffset, timestamp: 7, compression, crc32c }))
      let bytes: Uint8Array = Buffer.concat([...parts, garbage])
      bytes = new Uint8Array(bytes)
      for (const [position, flip] of flips) if (bytes.length > 0) bytes[position % bytes.length] ^= flip
      if (cut !== null && bytes.length > 0) bytes = bytes.subarray(0, cut % bytes.length)
      return bytes
    })

  it('agrees with the TS reader and CRC32C on random buffers of batches, corrupted and cut', () => {
    fc.assert(
      fc.property(bufferArbitrary, (bytes) => {
        const expected = referenceScan(bytes)
        expect(scanner.scan(bytes)).toEqual(expected)
        memoryView.set(bytes, arenaPtr)
        expect(scalarScanner.scan(memoryView.subarray(arenaPtr, arenaPtr + bytes.length))).toEqual(expected)
        const unchecked = scanner.scan(bytes, { verifyCrc: false })
        expect(unchecked.batches.map((batch) => ({ ...batch, crcOk: undefined }))).toEqual(expected.batches.map((batch) => ({ ...batch, crcOk: undefined })))
      }),
      { numRuns: 150 },
    )
  })

  it('agrees on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), (bytes) => {
        expect(scanner.scan(bytes)).toEqual(referenceScan(bytes))
      }),
      { numRuns: 300 },
    )
  })

  it('scans a buffer larger than its input region piece by piece', () => {
    const small = new BatchScanner(exports as never, memory, { scratchPtr: scanScratchPtr, scratchBytes: 16 + 32 * 4 + 2000, entriesMax: 4 })
    const parts = Array.from({ length: 30 }, (_, i) => encodeRecordBatch(sampleRecords(i).slice(0, 3), { baseOffset: i * 3, timestamp: 1, compression: i % 2 ? 'gzip' : 'none', crc32c }))
    const bytes = new Uint8Array(Buffer.concat(parts))
    expect(small.scan(bytes)).toEqual(referenceScan(bytes))
    const huge = encodeRecordBatch([{ value: new Uint8Array(5000) }], { timestamp: 1, crc32c })
    expect(() => small.scan(huge)).toThrow(RangeError)
  })
})

// ---- the compression pool (piscina) -------------------------------------------------------------------

describe('CompressionPool', () => {
  let pool: CompressionPool
  beforeAll(() => {
    pool = new CompressionPool({ inlineBytesMax: 1024, threadsMax: 1 })
  })
  afterAll(async () => {
    await pool.close()
  })

  it('compresses and decompresses large payloads in a worker thread, small ones inline', async () => {
    const payload = utf8.encode('pooled record value '.repeat(10_000))
    for (const codec of codecs) {
      const compressed = await pool.compress(codec, payload)
      expect(b64(decompressSync(codec, compressed))).toBe(b64(payload))
      expect(b64(await pool.decompress(codec, compressed))).toBe(b64(payload))
    }
    expect(pool.threadCount).toBeGreaterThan(0)
    const small = utf8.encode('tiny')
    expect(b64(await pool.decompress('gzip', await pool.compress('gzip', small)))).toBe(b64(small))
  })

  it('encodes and decodes batches through the pool, and reports corrupt payloads as CompressionError', async () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ key: utf8.encode(`k${i}`), value: utf8.encode(`value ${i} `.repeat(100)) }))
    for (const codec of codecs) {
      const batch = await encodeRecordBatchAsync(records, { timestamp: 3, compression: codec, crc32c, compressor: pool })
      expectRoundTrip(records, await decodeRecordBatchAsync(batch, 0, { verifyCrc: crc32c, compressor: pool }), 0, 3)
    }
    await expect(pool.decompress('zstd', new Uint8Array(5000).fill(7))).rejects.toBeInstanceOf(CompressionError)
    const garbage = encodeRecordBatch(records, { timestamp: 3, compression: 'lz4', crc32c })
    garbage.fill(9, recordBatchHeaderBytes + 20)
    await expect(decodeRecordBatchAsync(garbage, 0, { compressor: pool })).rejects.toBeInstanceOf(InvalidRecordBatchError)
  })
})
