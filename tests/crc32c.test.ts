// CRC32C: every path (wasm scalar and SIMD in both build variants, pure JS, the host wrapper) against known
// vectors and against a bit-at-a-time reference written here from the definition, so a wrong table entry,
// a wrong lane combination or a read outside the range fails.
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { Crc32c, crc32cJs } from '../host/crc/crc32c.ts'

// The tests load dist/wasm directly: host/wasm/module.ts resolves '../wasm/<file>' next to itself, which is
// dist/wasm for the built JS but host/wasm (no wasm there) for these TS sources.
const plainBytes = readFileSync(new URL('../dist/wasm/sluice.wasm', import.meta.url))
const relaxedBytes = readFileSync(new URL('../dist/wasm/sluice-relaxed.wasm', import.meta.url))
// Node 20 validates relaxed SIMD only behind a flag; setting it before the first compile is enough, and it
// lets this suite cover the relaxed_swizzle code too. Deno, Bun and newer Node need nothing.
if (!WebAssembly.validate(relaxedBytes)) setFlagsFromString('--experimental-wasm-relaxed-simd')
const relaxedAvailable = WebAssembly.validate(relaxedBytes)

const memoryBytes = 4 * 1024 * 1024
const memory = new WebAssembly.Memory({ initial: memoryBytes / 65536, maximum: memoryBytes / 65536, shared: true })
const memoryView = new Uint8Array(memory.buffer)

type CrcFn = (init: number, ptr: number, lengthBytes: number) => number
interface Variant {
  readonly name: string
  readonly scalar: CrcFn
  readonly simd: CrcFn
  readonly heapBase: number
}

function instantiate(bytes: Uint8Array, name: string): Variant {
  const module = new WebAssembly.Module(bytes)
  const exports = new WebAssembly.Instance(module, {
    env: {
      memory,
      abort(_message: number, _file: number, line: number, column: number): never {
        throw new Error(`wasm abort at ${line}:${column}`)
      },
    },
  }).exports as Record<string, CallableFunction>
  return {
    name,
    scalar: exports.crc32cScalar as CrcFn,
    simd: exports.crc32cSimd as CrcFn,
    heapBase: (exports.heapBase as () => number)(),
  }
}

const variants: Variant[] = [instantiate(plainBytes, 'plain')]
if (relaxedAvailable) variants.push(instantiate(relaxedBytes, 'relaxed'))
const heapBase = Math.max(...variants.map((v) => v.heapBase))
/** Test data lives from here on; everything below is the module's static data (the CRC tables). */
const arenaPtr = Math.ceil(heapBase / 64) * 64
const arenaBytes = 1024 * 1024
const scratchPtr = arenaPtr + arenaBytes
const scratchBytes = 64 * 1024

/** Bit-at-a-time CRC32C straight from the definition: no tables, nothing shared with the code under test. */
function crc32cReference(bytes: Uint8Array, init = 0): number {
  let register = ~init >>> 0
  for (const byte of bytes) {
    register ^= byte
    for (let bit = 0; bit < 8; bit++) register = register & 1 ? (register >>> 1) ^ 0x82f63b78 : register >>> 1
  }
  return ~register >>> 0
}

/** Every implementation as (bytes, init) => crc, the wasm ones reading a copy placed at `offset` in the arena. */
function implementations(offset = 3): Array<[string, (bytes: Uint8Array, init?: number) => number]> {
  const inMemory = (fn: CrcFn) => (bytes: Uint8Array, init = 0) => {
    memoryView.set(bytes, arenaPtr + offset)
    return fn(init, arenaPtr + offset, bytes.length) >>> 0
  }
  const list: Array<[string, (bytes: Uint8Array, init?: number) => number]> = [['js', crc32cJs]]
  for (const v of variants) list.push([`${v.name} scalar`, inMemory(v.scalar)], [`${v.name} simd`, inMemory(v.simd)])
  return list
}

function fillRandom(ptr: number, lengthBytes: number, seed: number): void {
  let x = seed >>> 0 || 1
  for (let i = 0; i < lengthBytes; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    memoryView[ptr + i] = x & 0xff
  }
}

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)
const rfc3720ReadPdu = Uint8Array.from([
  0x01, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x14, 0, 0, 0, 0, 0, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 0x18,
  0x28, 0, 0, 0, 0, 0, 0, 0, 0x02, 0, 0, 0, 0, 0, 0, 0,
])
const knownVectors: Array<[string, Uint8Array, number]> = [
  ['"123456789"', ascii('123456789'), 0xe3069283],
  ['empty', new Uint8Array(0), 0],
  ['32 zero bytes (RFC 3720 B.4)', new Uint8Array(32), 0x8a9136aa],
  ['32 0xFF bytes (RFC 3720 B.4)', new Uint8Array(32).fill(0xff), 0x62a8ab43],
  ['32 ascending bytes (RFC 3720 B.4)', Uint8Array.from({ length: 32 }, (_, i) => i), 0x46dd794e],
  ['32 descending bytes (RFC 3720 B.4)', Uint8Array.from({ length: 32 }, (_, i) => 31 - i), 0x113fdb5c],
  ['iSCSI read PDU (RFC 3720 B.4)', rfc3720ReadPdu, 0xd9963a56],
]

describe('crc32c known vectors', () => {
  it('the reference itself matches the published vectors', () => {
    for (const [name, bytes, expected] of knownVectors) expect(crc32cReference(bytes), name).toBe(expected)
  })

  for (const [implName, crc] of implementations()) {
    it(`${implName} matches the published vectors`, () => {
      for (const [name, bytes, expected] of knownVectors) expect(crc(bytes), name).toBe(expected)
    })
  }

  it('covers the relaxed-SIMD variant where the runtime can validate it', () => {
    // Node >= 20 accepts the flag; if this fails the relaxed build is untested here, which must be visible.
    expect(relaxedAvailable).toBe(true)
  })
})

describe('crc32c properties', () => {
  beforeAll(() => fillRandom(arenaPtr, arenaBytes, 0x9e3779b9))

  it('every wasm path equals the reference at random lengths 0..5000 and unaligned offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: arenaBytes - 5000 }), (lengthBytes, offset) => {
        const ptr = arenaPtr + offset
        // Random bytes on both sides of the range: reading past either end changes the result.
        const expected = crc32cReference(memoryView.subarray(ptr, ptr + lengthBytes))
        for (const v of variants) {
          expect(v.scalar(0, ptr, lengthBytes) >>> 0, `${v.name} scalar`).toBe(expected)
          expect(v.simd(0, ptr, lengthBytes) >>> 0, `${v.name} simd`).toBe(expected)
        }
        expect(crc32cJs(memoryView.slice(ptr, ptr + lengthBytes))).toBe(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('the SIMD path equals the scalar one over many 4 KiB and 1 KiB chunks plus a tail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: 70_000 }), fc.integer({ min: 0, max: 4095 }), fc.integer(), (lengthBytes, offset, init) => {
        const ptr = arenaPtr + offset
        const expected = crc32cJs(memoryView.slice(ptr, ptr + lengthBytes), init >>> 0)
        for (const v of variants) {
          expect(v.scalar(init, ptr, lengthBytes) >>> 0, `${v.name} scalar`).toBe(expected)
          expect(v.simd(init, ptr, lengthBytes) >>> 0, `${v.name} simd`).toBe(expected)
        }
      }),
      { numRuns: 60 },
    )
    // And the JS path itself against the table-free reference, once at a size with every chunk kind.
    const ptr = arenaPtr + 11
    const lengthBytes = 4096 * 3 + 1024 * 2 + 13
    expect(crc32cJs(memoryView.slice(ptr, ptr + lengthBytes))).toBe(crc32cReference(memoryView.subarray(ptr, ptr + lengthBytes)))
  })

  it('chains: crc(b, crc(a)) == crc(a || b) on every path', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6000 }), fc.nat(), (bytes, cut) => {
        const splitAt = bytes.length === 0 ? 0 : cut % (bytes.length + 1)
        const whole = crc32cReference(bytes)
        for (const [name, crc] of implementations(5)) {
          const first = crc(bytes.slice(0, splitAt))
          expect(crc(bytes.slice(splitAt), first), name).toBe(whole)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('detects every single-bit error in a 5000-byte range (sampled bits)', () => {
    const ptr = arenaPtr + 1
    const lengthBytes = 5000
    for (const v of variants) {
      const original = v.simd(0, ptr, lengthBytes)
      for (let bitIndex = 0; bitIndex < lengthBytes * 8; bitIndex += 97) {
        const bytePtr = ptr + (bitIndex >>> 3)
        memoryView[bytePtr] ^= 1 << (bitIndex & 7)
        const flipped = v.simd(0, ptr, lengthBytes)
        memoryView[bytePtr] ^= 1 << (bitIndex & 7)
        expect(flipped, `${v.name} bit ${bitIndex}`).not.toBe(original)
      }
      expect(v.simd(0, ptr, lengthBytes)).toBe(original)
    }
  })
})

describe('Crc32c (host wrapper)', () => {
  const exportsOf = (bytes: Uint8Array) =>
    new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory, abort() {} } }).exports as Record<string, unknown>
  const exports = exportsOf(relaxedAvailable ? relaxedBytes : plainBytes)

  it('calibrates at construction, picks a path and reports the figures', () => {
    const crc = new Crc32c(exports as never, memory, { scratchPtr, scratchBytes })
    expect(crc.calibration).toBeDefined()
    expect(crc.calibration!.scalarGbps).toBeGreaterThan(0)
    expect(crc.calibration!.simdGbps).toBeGreaterThan(0)
    expect(crc.implementation).toBe(crc.calibration!.simdGbps > crc.calibration!.scalarGbps ? 'simd' : 'scalar')
    expect(crc.ofBytes(ascii('123456789'))).toBe(0xe3069283)
  })

  it('honours an explicit implementation and skips calibration', () => {
    for (const implementation of ['scalar', 'simd'] as const) {
      const crc = new Crc32c(exports as never, memory, { scratchPtr, scratchBytes, implementation })
      expect(crc.implementation).toBe(implementation)
      expect(crc.calibration).toBeUndefined()
    }
  })

  it('ofBytes equals the reference for inputs larger than the scratch region, and for tiny scratch', () => {
    const input = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 2654435761) >>> 24)
    const expected = crc32cReference(input)
    for (const scratch of [scratchBytes, 5000, 4096, 7, 1]) {
      for (const implementation of ['scalar', 'simd'] as const) {
        const crc = new Crc32c(exports as never, memory, { scratchPtr, scratchBytes: scratch, implementation })
        expect(crc.ofBytes(input), `scratch ${scratch} ${implementation}`).toBe(expected)
        expect(crc.ofBytes(input.subarray(1000), crc.ofBytes(input.subarray(0, 1000)))).toBe(expected)
      }
    }
  })

  it('ofRange and ofBytes read views of the shared memory in place', () => {
    fillRandom(arenaPtr, 10_000, 7)
    const crc = new Crc32c(exports as never, memory, { scratchPtr, scratchBytes, implementation: 'simd' })
    const expected = crc32cReference(memoryView.subarray(arenaPtr + 17, arenaPtr + 9017))
    expect(crc.ofRange(arenaPtr + 17, 9000)).toBe(expected)
    // Poison the scratch: an in-place read must not depend on it.
    memoryView.fill(0xa5, scratchPtr, scratchPtr + scratchBytes)
    expect(crc.ofBytes(new Uint8Array(memory.buffer, arenaPtr + 17, 9000))).toBe(expected)
  })

  it('rejects ranges outside the memory and bad scratch regions with a clear error', () => {
    const crc = new Crc32c(exports as never, memory, { scratchPtr, scratchBytes, implementation: 'scalar' })
    expect(() => crc.ofRange(memoryBytes - 10, 11)).toThrow(RangeError)
    expect(() => crc.ofRange(-1, 4)).toThrow(RangeError)
    expect(() => crc.ofRange(0.5, 4)).toThrow(RangeError)
    expect(crc.ofRange(memoryBytes - 10, 10)).toBe(crc32cReference(memoryView.subarray(memoryBytes - 10)))
    expect(() => new Crc32c(exports as never, memory, { scratchPtr: memoryBytes - 100, scratchBytes: 101 })).toThrow(/outside/)
    expect(() => new Crc32c(exports as never, memory, { scratchPtr, scratchBytes: 0 })).toThrow(RangeError)
    expect(() => new Crc32c({} as never, memory, { scratchPtr, scratchBytes })).toThrow(/build:wasm/)
  })
})
