// Reusable large byte buffers for the host's hot copies that leave wasm memory: Kafka produce requests
// reassembled from socket reads, and the batches the persister hands to the log. Allocating a fresh 1 MiB
// ArrayBuffer per request made V8 run a full mark-compact every few dozen requests (external memory
// pressure, with a heap of only ~9 MB): about a third of the broker's CPU time under a produce load.
//
// Buffers come in power-of-two size classes and only buffers this pool allocated are taken back (a
// WeakSet of their ArrayBuffers), so a view of somebody else's memory can never be handed out twice. The
// bytes kept are bounded; beyond that a released buffer is left to the GC. One pool per thread: it is not
// shared between workers and needs no locking.

import { Buffer } from 'node:buffer'

export interface BufferPoolLimits {
  /** Most bytes kept free in the pool. */
  readonly keptBytesMax: number
  /** Smallest size class; smaller requests get a buffer of this size. */
  readonly classBytesMin: number
  /** Requests above this are allocated outright and not kept. */
  readonly classBytesMax: number
}

function sizeClass(bytes: number, min: number): number {
  return Math.max(min, 2 ** Math.ceil(Math.log2(Math.max(bytes, 1))))
}

export class BufferPool {
  readonly #free = new Map<number, Buffer[]>()
  readonly #ours = new WeakSet<ArrayBufferLike>()
  #keptBytes = 0

  constructor(readonly limits: BufferPoolLimits) {
    if (!(limits.classBytesMin > 0 && limits.classBytesMin <= limits.classBytesMax)) throw new RangeError(`BufferPool: classBytesMin ${limits.classBytesMin} must be in 1..classBytesMax (${limits.classBytesMax})`)
    if (!(limits.keptBytesMax >= 0)) throw new RangeError(`BufferPool: keptBytesMax must be >= 0, got ${limits.keptBytesMax}`)
  }

  get keptBytes(): number {
    return this.#keptBytes
  }

  /** A view of exactly `bytes` bytes, not zero-filled: the caller overwrites all of it. */
  acquire(bytes: number): Buffer {
    if (bytes > this.limits.classBytesMax) return Buffer.allocUnsafeSlow(bytes)
    const size = sizeClass(bytes, this.limits.classBytesMin)
    const whole = this.#free.get(size)?.pop()
    if (whole !== undefined) {
      this.#keptBytes -= size
      return whole.subarray(0, bytes)
    }
    const fresh = Buffer.allocUnsafeSlow(size)
    this.#ours.add(fresh.buffer)
    return fresh.subarray(0, bytes)
  }

  /** Gives back a view acquire() returned, once nothing reads or writes it any more; others are ignored. */
  release(view: Uint8Array): void {
    const buffer = view.buffer
    if (!this.#ours.has(buffer)) return
    const size = buffer.byteLength
    let list = this.#free.get(size)
    if (list === undefined) this.#free.set(size, (list = []))
    // A buffer released twice would be handed out twice: a caller bug worth failing loudly on.
    for (const kept of list) if (kept.buffer === buffer) throw new Error('BufferPool.release: this buffer was already released')
    if (this.#keptBytes + size > this.limits.keptBytesMax) return
    list.push(Buffer.from(buffer, 0, size))
    this.#keptBytes += size
  }
}
