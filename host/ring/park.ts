// Spin-then-park waiting on a futex word in the shared memory, shared by the SPSC ring and the MPMC queue.
//
// Why this shape: a thread wake-up costs ~20 us on this kind of VM, so a waiter first retries for a short
// while (most waits end within a few microseconds under load); only then does it register itself in a
// "sleepers" counter and sleep in Atomics.wait / Atomics.waitAsync. The other side calls Atomics.notify
// only when that counter is non-zero, so the hot path costs one Atomics.load, not a syscall.
//
// No lost wake-ups: the waiter increments sleepers, reads the futex word, retries the operation, and only
// then waits for the word to change from the value it read. The waker changes the futex word (publishes)
// before it reads sleepers. All of these are sequentially consistent, so either the waker sees the sleeper
// and notifies, or the waiter's retry sees the published data, or Atomics.wait returns "not-equal".

/** Retries before parking. ~1-3 us of retries on this machine; long enough to catch a peer that is running. */
export const spinIterationsDefault = 256

/** Where a waiter parks: `futexIndex` is the Int32Array index the waker changes, `sleepersIndex` counts parked waiters. */
export interface ParkWord {
  readonly i32: Int32Array
  readonly futexIndex: number
  readonly sleepersIndex: number
}

export interface WaitOptions {
  /** Give up after this long; 0 tries once without parking. Default: wait forever. */
  readonly timeoutMs?: number
  /** Retries before parking (default spinIterationsDefault). */
  readonly spinIterations?: number
}

function assertWaitOptions(timeoutMs: number, spinIterations: number): void {
  if (!(timeoutMs >= 0)) throw new RangeError(`timeoutMs must be >= 0 (or Infinity), got ${timeoutMs}`)
  if (!Number.isSafeInteger(spinIterations) || spinIterations < 0) {
    throw new RangeError(`spinIterations must be a non-negative integer, got ${spinIterations}`)
  }
}

/**
 * Calls `attempt` until it returns true, spinning then parking with Atomics.wait. Returns false on timeout.
 * Atomics.wait blocks the thread: use it in workers (browsers forbid it on the main thread); use
 * parkUntilAsync elsewhere.
 */
export function parkUntil(attempt: () => boolean, word: ParkWord, options: WaitOptions = {}): boolean {
  const timeoutMs = options.timeoutMs ?? Infinity
  const spinIterations = options.spinIterations ?? spinIterationsDefault
  assertWaitOptions(timeoutMs, spinIterations)
  if (attempt()) return true
  if (timeoutMs === 0) return false
  const deadlineMs = performance.now() + timeoutMs
  for (let spin = 0; spin < spinIterations; spin++) {
    if (attempt()) return true
  }
  const { i32, futexIndex, sleepersIndex } = word
  for (;;) {
    Atomics.add(i32, sleepersIndex, 1)
    const observed = Atomics.load(i32, futexIndex)
    if (attempt()) {
      Atomics.sub(i32, sleepersIndex, 1)
      return true
    }
    const remainingMs = deadlineMs - performance.now()
    if (remainingMs <= 0) {
      Atomics.sub(i32, sleepersIndex, 1)
      return false
    }
    Atomics.wait(i32, futexIndex, observed, remainingMs)
    Atomics.sub(i32, sleepersIndex, 1)
    if (attempt()) return true
  }
}

type WaitAsyncResult = { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> }
type WaitAsync = (i32: Int32Array, index: number, value: number, timeoutMs?: number) => WaitAsyncResult
const waitAsync: WaitAsync | undefined = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync

/** Polling period when the runtime lacks Atomics.waitAsync (then nothing notifies us). */
const pollFallbackMs = 1

/** Like parkUntil, but parks with Atomics.waitAsync so the calling thread's event loop keeps running. */
export async function parkUntilAsync(attempt: () => boolean, word: ParkWord, options: WaitOptions = {}): Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? Infinity
  const spinIterations = options.spinIterations ?? spinIterationsDefault
  assertWaitOptions(timeoutMs, spinIterations)
  if (attempt()) return true
  if (timeoutMs === 0) return false
  const deadlineMs = performance.now() + timeoutMs
  for (let spin = 0; spin < spinIterations; spin++) {
    if (attempt()) return true
  }
  const { i32, futexIndex, sleepersIndex } = word
  for (;;) {
    Atomics.add(i32, sleepersIndex, 1)
    const observed = Atomics.load(i32, futexIndex)
    if (attempt()) {
      Atomics.sub(i32, sleepersIndex, 1)
      return true
    }
    const remainingMs = deadlineMs - performance.now()
    if (remainingMs <= 0) {
      Atomics.sub(i32, sleepersIndex, 1)
      return false
    }
    try {
      if (waitAsync !== undefined) {
        const result = waitAsync(i32, futexIndex, observed, remainingMs)
        if (result.async) await result.value
      } else {
        await new Promise((resolve) => setTimeout(resolve, Math.min(pollFallbackMs, remainingMs)))
      }
    } finally {
      Atomics.sub(i32, sleepersIndex, 1)
    }
    if (attempt()) return true
  }
}

/** Waker side for a futex word that the operation itself changed (SPSC head/tail): notify only parked waiters. */
export function notifyIfSleeping(word: ParkWord, waitersMax: number): void {
  if (Atomics.load(word.i32, word.sleepersIndex) !== 0) Atomics.notify(word.i32, word.futexIndex, waitersMax)
}

/**
 * Waker side for a separate epoch word (MPMC): bump it so a waiter that read the old value does not sleep,
 * then notify. Only when someone is parked, so the hot path stays one load.
 */
export function bumpAndNotifyIfSleeping(word: ParkWord, waitersMax: number): void {
  if (Atomics.load(word.i32, word.sleepersIndex) !== 0) {
    Atomics.add(word.i32, word.futexIndex, 1)
    Atomics.notify(word.i32, word.futexIndex, waitersMax)
  }
}
