// sluice serve's heap growth tuning: a generous growing factor while the heap is small, V8's own
// heuristics once it passes heapBytesSmallMax, and nothing at all on runtimes without the flag.
import { describe, expect, test } from 'vitest'
import { heapBytesSmallMax, smallHeapGrowingPercent, tuneHeapGrowth } from '../host/cli/heap-growth.js'

function fakeV8(usedBytes: () => number) {
  const flags: string[] = []
  return {
    flags,
    v8: {
      setFlagsFromString: (flag: string) => void flags.push(flag),
      getHeapStatistics: () => ({ used_heap_size: usedBytes() }) as ReturnType<typeof import('node:v8').getHeapStatistics>,
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('tuneHeapGrowth', () => {
  test('sets the small-heap growing factor, and goes back to V8 heuristics once, when the heap grows past the limit', async () => {
    let used = 20 * 1024 * 1024
    const { flags, v8 } = fakeV8(() => used)
    const reverted: number[] = []
    const growth = tuneHeapGrowth(v8, { checkMs: 5, onRevert: (bytes) => reverted.push(bytes) })
    expect(growth).not.toBeNull()
    expect(flags).toEqual([`--heap-growing-percent=${smallHeapGrowingPercent}`])
    await sleep(30)
    expect(flags).toHaveLength(1) // still small
    used = heapBytesSmallMax + 1
    await sleep(30)
    expect(flags).toEqual([`--heap-growing-percent=${smallHeapGrowingPercent}`, '--heap-growing-percent=0'])
    expect(reverted).toEqual([heapBytesSmallMax + 1])
    await sleep(30)
    expect(flags).toHaveLength(2) // for good: no more checks
    growth!.stop()
  })

  test('stop() ends the checks', async () => {
    let used = 0
    const { flags, v8 } = fakeV8(() => used)
    tuneHeapGrowth(v8, { checkMs: 5 })!.stop()
    used = heapBytesSmallMax * 2
    await sleep(30)
    expect(flags).toHaveLength(1)
  })

  test('refuses a check interval that is not a positive integer', () => {
    const { v8 } = fakeV8(() => 0)
    expect(() => tuneHeapGrowth(v8, { checkMs: 0 })).toThrow('tuneHeapGrowth: checkMs must be a positive integer, got 0')
  })
})
