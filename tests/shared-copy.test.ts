// copyBytes: the same bytes as TypedArray.prototype.set for every alignment of either side, into and out
// of shared memory, below and above the staging threshold and across scratch-sized pieces.
import { describe, expect, test } from 'vitest'
import { copyBytes } from '../host/memory/shared-copy.js'

const sizes = [0, 1, 7, 4095, 4096, 4097, 100_003, 256 * 1024, 256 * 1024 + 5, 700_001]

function pattern(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff
  return bytes
}

function sharedBytes(length: number): Uint8Array {
  return new Uint8Array(new WebAssembly.Memory({ initial: Math.ceil(length / 65536) + 1, maximum: 1024, shared: true }).buffer)
}

describe('copyBytes', () => {
  for (const direction of ['ordinary -> shared', 'shared -> ordinary', 'ordinary -> ordinary'] as const) {
    test(`${direction}: every size and alignment pair gives the bytes set() gives`, () => {
      const room = 700_001 + 64
      for (const size of sizes) {
        for (const sourceShift of [0, 3, 8]) {
          for (const targetShift of [0, 5]) {
            const sourceBacking = direction === 'shared -> ordinary' ? sharedBytes(room) : new Uint8Array(room)
            sourceBacking.set(pattern(size, size + sourceShift), sourceShift)
            const source = sourceBacking.subarray(sourceShift, sourceShift + size)
            const target = direction === 'ordinary -> shared' ? sharedBytes(room) : new Uint8Array(room)
            const expected = new Uint8Array(room)
            expected.set(source, targetShift + 16)
            copyBytes(target.subarray(targetShift), 16, source)
            // Nothing before or after the range is touched.
            expect(Buffer.compare(target.subarray(targetShift, targetShift + room - 8), expected.subarray(targetShift, targetShift + room - 8))).toBe(0)
          }
        }
      }
    })
  }

  test('refuses a copy that does not fit the target, saying where', () => {
    expect(() => copyBytes(new Uint8Array(10), 4, new Uint8Array(7))).toThrow('copyBytes: 7 bytes at 4 do not fit a target of 10')
    expect(() => copyBytes(new Uint8Array(10), -1, new Uint8Array(1))).toThrow(RangeError)
  })
})
