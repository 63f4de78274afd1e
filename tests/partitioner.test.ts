import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { murmur2, partitionForKey, partitionCountMax, toPositive, UnkeyedPartitioner } from '../host/engine/partitioner.js'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const hex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16))

describe('murmur2 matches the Java client', () => {
  // Apache Kafka, clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('Kafka UtilsTest: %j -> %d', (key, expected) => {
    expect(murmur2(utf8(key))).toBe(expected)
  })

  // librdkafka src/rdmurmur2.c unittest_murmur2, `java_murmur2_results` (written there as int32 hex).
  it.each([
    ['kafka', 0xd067cf64],
    ['giberish123456789', 0x8f552b0c],
    ['1234', 0x9fc97b14],
    ['234', 0xe7c009ca],
    ['34', 0x873930da],
    ['4', 0x5a4b5ca1],
    ['PreAmbleWillBeRemoved,ThePrePartThatIs', 0x78424f1c],
    ['reAmbleWillBeRemoved,ThePrePartThatIs', 0x4a62b377],
    ['eAmbleWillBeRemoved,ThePrePartThatIs', 0xe0e4e09e],
    ['AmbleWillBeRemoved,ThePrePartThatIs', 0x62b8b43f],
    ['', 0x106e08d9],
  ])('librdkafka java_murmur2_results: %j -> %i', (key, expectedUnsigned) => {
    expect(murmur2(utf8(key))).toBe(expectedUnsigned | 0)
  })

  // kafkajs src/producer/partitioners/defaultJava/murmur2.spec.js, generated there by running the Java code.
  it.each([
    ['0', 971027396],
    ['1', -1993445489],
    ['128', -326012175],
    ['2187', -1508407203],
    ['16384', -325739742],
    ['78125', -1654490814],
    ['279936', 1462227128],
    ['823543', -2014198330],
    ['2097152', 607668903],
    ['4782969', -1182699775],
    ['10000000', -1830336757],
    ['19487171', -1603849305],
    ['35831808', -857013643],
    ['62748517', -1167431028],
    ['105413504', -381294639],
    ['170859375', -1658323481],
    ['100:48069', 1009543857],
  ])('kafkajs Java-generated table: %j -> %d', (key, expected) => {
    expect(murmur2(utf8(key))).toBe(expected)
  })

  // Bytes >= 0x80 are negative in Java's byte[]; Kafka masks them with & 0xff. These were produced by
  // running Kafka's Utils.murmur2 code under a JVM (javac/java 17) on the raw bytes, one per tail length.
  it.each([
    ['ff', -311467685],
    ['80ff', -80095470],
    ['7f80ff', -148980706],
    ['fffefdfc', 2136149935],
    ['fffefdfcfb', 524068735],
    ['000000000000', 254929376],
    ['e697a5e69cace8aa9ee382ade383bc', 1445825182], // "日本語キー" in UTF-8
  ])('high bytes, hex %s -> %d (JVM)', (bytesHex, expected) => {
    expect(murmur2(hex(bytesHex))).toBe(expected)
  })

  it('returns a signed 32-bit integer for any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const hash = murmur2(bytes)
        expect(Number.isInteger(hash)).toBe(true)
        expect(hash).toBe(hash | 0)
      }),
      { numRuns: 300 },
    )
  })

  it('hashes only the bytes of the view, not the whole underlying buffer', () => {
    const backing = utf8('xxfoobaryy')
    expect(murmur2(backing.subarray(2, 8))).toBe(-790332482)
  })
})

describe('partitionForKey', () => {
  // librdkafka tests/0048-partitioner.c: partitioner "murmur2" / "murmur2_random" expects these
  // (already sign-cleared) hashes modulo the partition count, for part_cnt 7 (quick) and 17.
  const librdkafkaKeys: Array<[string, number]> = [
    ['', 0x106e08d9],
    ['23456', 0x058d780f],
    ['this is another string with more length to it perhaps', 0x4f7703da],
    ['hejsan', 0x5ec19395],
  ]
  for (const partitionCount of [7, 17]) {
    it.each(librdkafkaKeys)(`librdkafka 0048 over ${partitionCount} partitions: %j`, (key, positiveHash) => {
      expect(partitionForKey(utf8(key), partitionCount)).toBe(positiveHash % partitionCount)
    })
  }

  // Partitions from Kafka's formula run under a JVM, for counts 3, 7, 12, 17 and 100.
  it.each([
    ['', [0, 2, 9, 11, 81]],
    ['a', [1, 5, 4, 0, 24]],
    ['abcd', [2, 5, 8, 7, 0]],
    ['foobar', [0, 0, 6, 9, 66]],
    ['kafka', [1, 3, 4, 14, 80]],
    ['alice', [0, 1, 9, 6, 49]],
    ['order-42', [0, 1, 0, 11, 24]],
    ['user:1001', [2, 2, 5, 16, 13]],
    ['héllo', [0, 2, 6, 6, 2]],
  ] as Array<[string, number[]]>)('JVM partitions for %j', (key, expected) => {
    const counts = [3, 7, 12, 17, 100]
    expect(counts.map((count) => partitionForKey(utf8(key), count))).toEqual(expected)
  })

  it('clears the sign bit instead of taking the absolute value', () => {
    // "21" hashes to -973932308: & 0x7fffffff gives 1173551340, Math.abs would give 973932308.
    expect(toPositive(-973932308)).toBe(1173551340)
    expect(partitionForKey(utf8('21'), 1000)).toBe(340)
    expect(toPositive(-2147483648)).toBe(0)
    expect(toPositive(2147483647)).toBe(2147483647)
  })

  it('is always within 0..partitionCount-1 and stable for the same key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 48 }), fc.integer({ min: 1, max: 10_000 }), (key, partitionCount) => {
        const partition = partitionForKey(key, partitionCount)
        expect(partition).toBeGreaterThanOrEqual(0)
        expect(partition).toBeLessThan(partitionCount)
        expect(partitionForKey(Uint8Array.from(key), partitionCount)).toBe(partition)
      }),
      { numRuns: 300 },
    )
  })

  it('spreads many keys roughly evenly', () => {
    const partitionCount = 8
    const counts = new Array<number>(partitionCount).fill(0)
    const keysCount = 8000
    for (let i = 0; i < keysCount; i++) counts[partitionForKey(utf8(`key-${i}`), partitionCount)]++
    for (const count of counts) {
      // Expected 1000 per partition; a binomial with sd ~30 stays well within +-15%.
      expect(count).toBeGreaterThan(850)
      expect(count).toBeLessThan(1150)
    }
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, partitionCountMax + 1])(
    'rejects partitionCount %s',
    (partitionCount) => {
      expect(() => partitionForKey(utf8('k'), partitionCount)).toThrow(/partitionCount must be an integer from 1 to 2147483647/)
    },
  )
})

describe('UnkeyedPartitioner', () => {
  it('rotates round-robin, one partition per call (per batch)', () => {
    const chooser = new UnkeyedPartitioner()
    expect(Array.from({ length: 7 }, () => chooser.next(3))).toEqual([0, 1, 2, 0, 1, 2, 0])
  })

  it('starts at startPartition so workers started together spread out', () => {
    const chooser = new UnkeyedPartitioner(2)
    expect(Array.from({ length: 4 }, () => chooser.next(4))).toEqual([2, 3, 0, 1])
    const wrapped = new UnkeyedPartitioner(5)
    expect(wrapped.next(4)).toBe(1)
  })

  it('spreads exactly evenly over whole rounds', () => {
    const chooser = new UnkeyedPartitioner()
    const counts = new Array<number>(5).fill(0)
    for (let i = 0; i < 5 * 200; i++) counts[chooser.next(5)]++
    expect(counts).toEqual([200, 200, 200, 200, 200])
  })

  it('keeps rotating from where it was when the topic gains partitions', () => {
    const chooser = new UnkeyedPartitioner()
    expect([chooser.next(2), chooser.next(2)]).toEqual([0, 1])
    expect([chooser.next(4), chooser.next(4), chooser.next(4)]).toEqual([2, 3, 0])
  })

  it('stays in range if the count shrinks', () => {
    const chooser = new UnkeyedPartitioner()
    for (let i = 0; i < 9; i++) chooser.next(10)
    expect(chooser.next(3)).toBe(0) // last was 8; (8 + 1) % 3
    expect(chooser.next(3)).toBe(1)
  })

  it('rejects bad counts and start partitions', () => {
    const chooser = new UnkeyedPartitioner()
    expect(() => chooser.next(0)).toThrow(RangeError)
    expect(() => new UnkeyedPartitioner(-1)).toThrow(/startPartition/)
    expect(() => new UnkeyedPartitioner(0.5)).toThrow(/startPartition/)
  })
})
