// How fast V8 lets the old generation grow in `sluice serve` (a process of our own; never in an embedding
// program, whose heap is its owner's business).
//
// The broker keeps little in the JS heap (records live in shared memory and files): ~9 MB live. Every
// socket read hands V8 a fresh 64 KiB buffer outside the heap, and at hundreds of MB/s of Kafka produce that
// external memory makes V8 scavenge early and promote the objects of requests still in flight. V8 sizes the
// next old-generation limit from what is live, and with 9 MB live it ran a full mark-compact every ~20 MB
// received: 21 per 4 million 100-byte records, with concurrent marking taking a third of a core, and
// broker-bound produce at 4.7-5.2 M records/s. With the growing factor at 5 (heap_growing_percent 400) it
// ran 0-1 and produced 6.4-7.3 M records/s (same machine, fresh servers; 200 still ran 14-15, 100 ran 23-26). `node --initial-old-space-size`
// does the same, but only on node's command line (Node refuses it in NODE_OPTIONS), which the `sluice`
// command does not have; heap_growing_percent is read each time V8 computes a limit, so it can be set here.
//
// A factor of 5 would let a large heap grow far past its live size before collecting: once the used heap
// passes heapBytesSmallMax, growth goes back to V8's own heuristics (heap_growing_percent 0), for good.
import type * as V8 from 'node:v8'

/** The old generation may grow to (1 + 400/100) = 5 times what is live before the next mark-compact. */
export const smallHeapGrowingPercent = 400

/** Past this much used heap, V8's own heuristics again. */
export const heapBytesSmallMax = 128 * 1024 * 1024

export interface HeapGrowthOptions {
  readonly checkMs?: number
  /** Called once, when growth goes back to V8's heuristics. */
  readonly onRevert?: (usedHeapBytes: number) => void
}

export interface HeapGrowth {
  stop(): void
}

/**
 * Sets heap_growing_percent for a small heap and watches the used heap; returns null where the runtime has
 * no such V8 flag to set (Deno, Bun), which then keeps its own collector's defaults.
 */
export function tuneHeapGrowth(v8: Pick<typeof V8, 'setFlagsFromString' | 'getHeapStatistics'>, options: HeapGrowthOptions = {}): HeapGrowth | null {
  const checkMs = options.checkMs ?? 5_000
  if (!Number.isSafeInteger(checkMs) || checkMs <= 0) throw new RangeError(`tuneHeapGrowth: checkMs must be a positive integer, got ${checkMs}`)
  if (typeof process.versions.node !== 'string' || 'Deno' in globalThis || 'Bun' in globalThis) return null
  v8.setFlagsFromString(`--heap-growing-percent=${smallHeapGrowingPercent}`)
  const timer = setInterval(() => {
    const used = v8.getHeapStatistics().used_heap_size
    if (used <= heapBytesSmallMax) return
    v8.setFlagsFromString('--heap-growing-percent=0')
    clearInterval(timer)
    options.onRevert?.(used)
  }, checkMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
