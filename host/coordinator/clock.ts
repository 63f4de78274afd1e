// Time for the coordinator: a clock and one-shot timers, injected so that tests move time by hand and every
// session, rebalance and sync timeout fires deterministically.

export interface TimerHandle {
  readonly id: number
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Calls `fn` once, `delayMs` from now (0 allowed: on the next tick of the clock). */
  setTimer(delayMs: number, fn: () => void): TimerHandle
  clearTimer(handle: TimerHandle): void
}

/** Wall-clock time with Node timers that do not keep the process alive. */
export function systemClock(): Clock {
  let nextId = 1
  const timers = new Map<number, ReturnType<typeof setTimeout>>()
  return {
    now: () => Date.now(),
    setTimer(delayMs, fn) {
      const id = nextId++
      const t = setTimeout(() => {
        timers.delete(id)
        fn()
      }, Math.max(0, delayMs))
      if (typeof t === 'object' && t !== null && 'unref' in t) t.unref()
      timers.set(id, t)
      return { id }
    },
    clearTimer(handle) {
      const t = timers.get(handle.id)
      if (t !== undefined) {
        clearTimeout(t)
        timers.delete(handle.id)
      }
    },
  }
}

interface ManualTimer {
  readonly id: number
  readonly dueMs: number
  readonly fn: () => void
}

/**
 * A clock that moves only when told to. `advance(ms)` fires, in due order (ties in creation order), every
 * timer due by the new time, including timers that those timers set.
 */
export class ManualClock implements Clock {
  private nowMs: number
  private nextId = 1
  private readonly timers = new Map<number, ManualTimer>()

  constructor(startMs = 1_700_000_000_000) {
    this.nowMs = startMs
  }

  now(): number {
    return this.nowMs
  }

  setTimer(delayMs: number, fn: () => void): TimerHandle {
    const id = this.nextId++
    this.timers.set(id, { id, dueMs: this.nowMs + Math.max(0, delayMs), fn })
    return { id }
  }

  clearTimer(handle: TimerHandle): void {
    this.timers.delete(handle.id)
  }

  /** Timers not yet fired. */
  get pendingTimers(): number {
    return this.timers.size
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance(ms) needs ms >= 0, got ${ms}`)
    const targetMs = this.nowMs + ms
    for (;;) {
      let next: ManualTimer | null = null
      for (const t of this.timers.values()) {
        if (t.dueMs <= targetMs && (next === null || t.dueMs < next.dueMs || (t.dueMs === next.dueMs && t.id < next.id))) next = t
      }
      if (next === null) break
      this.timers.delete(next.id)
      this.nowMs = Math.max(this.nowMs, next.dueMs)
      next.fn()
    }
    this.nowMs = targetMs
  }
}
