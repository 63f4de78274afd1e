// Waiting for records for a long-poll Fetch (max wait / min bytes).
//
// Appends from anywhere (this broker's Produce, the embedded API, other workers) bump the partition
// window's sequence word in shared memory and notify parked readers, the same words Subscription.park()
// sleeps on. A fetch parks on the words of the partitions it asks for with Atomics.waitAsync, so it wakes
// within microseconds of an append and costs nothing while idle. Partitions without a window yet (no
// record ever) wait on the allocation sequence; topic creation/deletion on the topic sequence.
//
// This is the only broker file that looks below the engine's methods. When the durable log brings topics
// that are not in a window, this is the place to add its notification.

import type { Engine } from '../engine/engine.js'
import { Control } from '../memory/layout.js'
import type { StopSignal } from './context.js'

export interface WatchedPartition {
  readonly topic: string
  readonly partition: number
}

/** Longest single park; a fetch re-checks and parks again until its own deadline. */
const parkMsMax = 1_000

/** A shared-memory word to park on, its value when read, and the window it belongs to (0 for none). */
export interface WaitTarget {
  readonly index: number
  readonly expected: number
  readonly window: number
}

export class FetchWaiter {
  constructor(private readonly engine: Engine) {}

  /**
   * The words to wait on, read now: call before reading the partitions, then `wait` after a read that
   * found too little, so an append between the read and the wait is not missed.
   */
  snapshot(partitions: readonly WatchedPartition[]): WaitTarget[] {
    const { shared, pool } = this.engine
    const { i32, wasm } = shared
    const topicIndex = shared.controlIndex(Control.topicSequence)
    const targets: WaitTarget[] = [{ index: topicIndex, expected: Atomics.load(i32, topicIndex), window: 0 }]
    let idle = false
    for (const { topic, partition } of partitions) {
      let window = 0
      try {
        const ref = this.engine.topicRef(topic)
        if (partition >= 0 && partition < ref.partitionCount) window = pool.windowOf(ref.globals[partition])
      } catch {
        continue // unknown topic: the topic sequence covers its creation
      }
      if (window === 0) {
        idle = true
        continue
      }
      const index = wasm.windowSequenceAddress(window) >>> 2
      targets.push({ index, expected: Atomics.load(i32, index), window })
    }
    if (idle) {
      const index = shared.controlIndex(Control.allocationSequence)
      targets.push({ index, expected: Atomics.load(i32, index), window: 0 })
    }
    return targets
  }

  /** Waits until a word in `targets` moves, `timeoutMs` passes, or the broker stops. */
  async wait(targets: readonly WaitTarget[], timeoutMs: number, stop: StopSignal): Promise<void> {
    if (timeoutMs <= 0 || stop.stopped) return
    const { i32, wasm } = this.engine.shared
    const ms = Math.min(timeoutMs, parkMsMax)
    // Writers notify only when the window says someone waits on it: register first, then check the words
    // once more, so an append in between either moved a word or saw us.
    for (const t of targets) if (t.window !== 0) wasm.windowWaiters(t.window, 1)
    let timer: NodeJS.Timeout | undefined
    let waker: (() => void) | undefined
    try {
      const waits: Array<Promise<unknown>> = [new Promise<void>((resolve) => { waker = resolve; stop.wakers.add(resolve) })]
      for (const t of targets) {
        const result = Atomics.waitAsync(i32, t.index, t.expected, ms)
        if (!result.async) return
        waits.push(result.value)
      }
      // A pending waitAsync does not keep Node's event loop alive; a pending fetch should, as a socket does.
      waits.push(new Promise<void>((resolve) => { timer = setTimeout(resolve, ms) }))
      await Promise.race(waits)
    } finally {
      clearTimeout(timer)
      if (waker !== undefined) stop.wakers.delete(waker)
      for (const t of targets) if (t.window !== 0) wasm.windowWaiters(t.window, -1)
    }
  }
}
