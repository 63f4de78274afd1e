// BufferPool (host/memory/buffer-pool.ts): reuse by size class, only its own buffers taken back, the bound
// on bytes kept, and a double release refused.
import { describe, expect, it } from 'vitest'
import { BufferPool } from '../host/memory/buffer-pool.js'

const limits = { keptBytesMax: 3 * 1024 * 1024, classBytesMin: 64 * 1024, classBytesMax: 4 * 1024 * 1024 }

describe('BufferPool', () => {
  it('hands a released buffer out again for a request of the same size class', () => {
    const pool = new BufferPool(limits)
    const a = pool.acquire(1_000_000)
    expect(a.byteLength).toBe(1_000_000)
    expect(a.buffer.byteLength).toBe(1024 * 1024)
    pool.release(a)
    expect(pool.keptBytes).toBe(1024 * 1024)
    const b = pool.acquire(700_000)
    expect(b.buffer).toBe(a.buffer)
    expect(b.byteLength).toBe(700_000)
    expect(pool.keptBytes).toBe(0)
    const c = pool.acquire(700_000)
    expect(c.buffer).not.toBe(a.buffer)
  })

  it('ignores buffers it did not allocate, and requests above the largest class', () => {
    const pool = new BufferPool(limits)
    pool.release(new Uint8Array(64 * 1024))
    pool.release(Buffer.allocUnsafeSlow(128 * 1024))
    const big = pool.acquire(5 * 1024 * 1024)
    pool.release(big)
    expect(pool.keptBytes).toBe(0)
  })

  it('keeps at most keptBytesMax and refuses a double release', () => {
    const pool = new BufferPool(limits)
    const views = [1, 2, 3, 4].map(() => pool.acquire(1024 * 1024))
    for (const v of views) pool.release(v)
    expect(pool.keptBytes).toBe(3 * 1024 * 1024)
    const again = pool.acquire(1024 * 1024)
    pool.release(again)
    expect(() => pool.release(again)).toThrow(/already released/)
  })

  it('rejects impossible limits', () => {
    expect(() => new BufferPool({ ...limits, classBytesMin: 0 })).toThrow(RangeError)
    expect(() => new BufferPool({ ...limits, keptBytesMax: -1 })).toThrow(RangeError)
  })
})
