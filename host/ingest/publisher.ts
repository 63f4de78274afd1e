// A publisher drains its three class rings (realtime, transactional, batch) into the engine, checks
// idempotency keys against the shared dedup table, dead-letters what the engine refuses and sends acks
// back to the I/O thread. One per worker thread; with `workers: 0` one runs on the I/O thread itself.
//
// Scheduling (strict priority with bounded starvation), per round:
//   1. realtime: up to roundRecordsMax records;
//   2. transactional: up to roundRecordsMax when realtime was empty, otherwise only after it was passed
//      over starvationRounds rounds in a row, then up to starvationRecords;
//   3. batch: likewise, when both classes above were empty or after starvationRounds passes.
// So realtime never waits behind batch work in a queue, and a lower class still gets at least
// starvationRecords every starvationRounds + 1 rounds under a realtime flood.
//
// Class ring record (after the ring's own prefix): 0 topic id u32 | 4 class u8 | 5 priority u8 | 6 flags u8
// (1 key, 2 ack, 4 udp) | 7 reserved | 8 connection id u32 | 12 ack id u32 | 16 key high u32 | 20 key low u32
// | 24 received ms f64 (performance.timeOrigin + now) | 32 payload.

import { type Engine } from '../engine/engine.js'
import { RecordBatchBuilder } from '../engine/record-batch.js'
import { type SpscRing } from '../ring/spsc-ring.js'
import { type IngestArena, TopicCounter, WorkerControl, WorkerCounter, dispatchHeaderBytes, ackRecordBytes } from './arena.js'
import { DeadLetterWriter, builderFor } from './dead-letters.js'
import { AckStatus, DeadLetterReason, priorityClasses } from './wire.js'

export const DispatchFlag = { key: 1, ack: 2, udp: 4 } as const

export interface PublisherConfig {
  readonly worker: number
  readonly deadLetterTopic: string
  readonly deadLetterRecordBytesMax: number
  readonly roundRecordsMax: number
  readonly starvationRounds: number
  readonly starvationRecords: number
  /** Rounds without work before parking (and at least idleSpinMicros of polling, when given). */
  readonly idleSpinRounds: number
  readonly idleSpinMicros?: number
  /**
   * How an idle publisher sleeps, at most parkMs at a time:
   * - 'wait': a blocking Atomics.wait on the doorbell (a worker thread of its own: the futex wakes it
   *   directly, with no event-loop task in between; it looks at its event loop between timed-out parks);
   * - 'waitAsync': Atomics.waitAsync on the doorbell (a thread whose event loop must keep running);
   * - 'inline': on the I/O thread itself (workers: 0), which calls wake() after routing: a plain promise,
   *   no futex at all.
   */
  readonly park?: 'wait' | 'waitAsync' | 'inline'
  readonly parkMs?: number
  /**
   * The rings are shared with a second Publisher on the I/O thread, which takes them while this one is
   * parked (see Publisher.tryTakeRings). Only one side pops at a time, and it gives the rings back only
   * with nothing of theirs in flight, so per-ring order holds across the hand-overs.
   */
  readonly sharedRings?: boolean
}

/** Who holds a worker's rings (WorkerControl.consumer): nobody, its worker thread, or the I/O thread. */
export const RingsHolder = { none: 0, worker: 1, io: 2 } as const

export const publisherDefaults = { roundRecordsMax: 4096, starvationRounds: 8, starvationRecords: 256, idleSpinRounds: 64, idleSpinMicros: 50, parkMs: 50 } as const

interface TopicBatch {
  readonly id: number
  readonly name: string
  readonly builder: RecordBatchBuilder
  /**
   * Per record: payload pointer, payload length, flags, connection id, ack id, key high, key low, priority.
   * A typed array that only grows (doubling), so a busy publisher allocates nothing per record or round.
   */
  meta: Uint32Array
  receivedMax: number
  payloadBytes: number
  /** f64 index of this worker's counters for the topic (TopicCounter slots follow). */
  readonly countersAt: number
}

const metaWords = 8
const metaRecordsInitial = 256

export class Publisher {
  private readonly rings: SpscRing[]
  private readonly ackRing: SpscRing
  private readonly names: string[] = []
  private readonly batches = new Map<number, TopicBatch>()
  private readonly touched: TopicBatch[] = []
  private lastBatch: TopicBatch | null = null
  /** Resolves an 'inline' park (see PublisherConfig.park). */
  private wakeParked: (() => void) | null = null
  private readonly skipped = [0, 0, 0]
  private readonly deadLetters: DeadLetterWriter
  private readonly counterBase: number
  private readonly f64: Float64Array
  private readonly u32: Uint32Array
  private readonly u8: Uint8Array
  private acksLost = 0

  constructor(
    private readonly engine: Engine,
    private readonly arena: IngestArena,
    private readonly config: PublisherConfig,
  ) {
    const places = arena.layout.classRings[config.worker]
    this.rings = places.map((place) => arena.ring(place))
    this.ackRing = arena.ring(arena.layout.ackRings[config.worker])
    this.deadLetters = new DeadLetterWriter(engine, config.deadLetterTopic)
    this.counterBase = arena.counterIndex(config.worker, 0)
    this.f64 = arena.f64
    this.u32 = arena.u32
    this.u8 = arena.u8
  }

  private nameOf(id: number): string {
    let name = this.names[id]
    if (name === undefined) {
      name = this.arena.readTopic(id)
      this.names[id] = name
    }
    return name
  }

  private readonly visit = (bytes: Uint8Array, at: number, length: number): void => {
    const u32 = this.u32
    const word = at >>> 2
    const id = u32[word]
    const flags = bytes[at + 6]
    const payloadPtr = at + dispatchHeaderBytes
    const payloadBytes = length - dispatchHeaderBytes
    if ((flags & DispatchFlag.key) !== 0) {
      const verdict = this.arena.exports.dedupCheck(this.arena.layout.dedup, u32[word + 4], u32[word + 5], this.arena.dedupNow())
      if (verdict === 1) {
        this.f64[this.counterBase + WorkerCounter.dedupHits]++
        this.f64[this.arena.topicCounterIndex(this.config.worker, id, TopicCounter.dedupHits)]++
        if ((flags & DispatchFlag.ack) !== 0) this.stageAck(u32[word + 2], u32[word + 3], AckStatus.duplicate, 0, -1, -1)
        return
      }
      if (verdict === 2) this.f64[this.counterBase + WorkerCounter.dedupFull]++
    }
    // Runs of one topic are the common case: skip the map lookup for them.
    let batch = this.lastBatch !== null && this.lastBatch.id === id ? this.lastBatch : this.batches.get(id)
    if (batch === undefined) {
      const name = this.nameOf(id)
      let builder: RecordBatchBuilder
      try {
        builder = builderFor(this.engine, name)
      } catch {
        // Deleted meanwhile: the publish fails and dead-letters the records.
        builder = new RecordBatchBuilder()
      }
      batch = { id, name, builder, meta: new Uint32Array(metaRecordsInitial * metaWords), receivedMax: 0, payloadBytes: 0, countersAt: this.arena.topicCounterIndex(this.config.worker, id, 0) }
      this.batches.set(id, batch)
    }
    this.lastBatch = batch
    try {
      batch.builder.addValue(bytes.subarray(payloadPtr, payloadPtr + payloadBytes))
    } catch (error) {
      this.deadLetters.add(batch.name, bytes.subarray(payloadPtr, payloadPtr + payloadBytes), DeadLetterReason.publishFailed, bytes[at + 5], Date.now(), error instanceof Error ? error.message : String(error))
      this.f64[batch.countersAt + TopicCounter.publishFailed]++
      if ((flags & DispatchFlag.key) !== 0) this.arena.exports.dedupForget(this.arena.layout.dedup, u32[word + 4], u32[word + 5])
      if ((flags & DispatchFlag.ack) !== 0) this.stageAck(u32[word + 2], u32[word + 3], AckStatus.deadLettered, DeadLetterReason.publishFailed, -1, -1)
      return
    }
    const index = batch.builder.count - 1
    if (index === 0) this.touched.push(batch)
    let meta = batch.meta
    const m = index * metaWords
    if (m + metaWords > meta.length) {
      meta = new Uint32Array(meta.length * 2)
      meta.set(batch.meta)
      batch.meta = meta
    }
    meta[m] = payloadPtr
    meta[m + 1] = payloadBytes
    meta[m + 2] = flags
    meta[m + 3] = u32[word + 2]
    meta[m + 4] = u32[word + 3]
    meta[m + 5] = u32[word + 4]
    meta[m + 6] = u32[word + 5]
    meta[m + 7] = bytes[at + 5]
    batch.payloadBytes += payloadBytes
    const received = this.f64[(at + 24) >>> 3]
    if (received > batch.receivedMax) batch.receivedMax = received
  }

  private stageAck(connection: number, ackId: number, status: number, reason: number, partition: number, offset: number): void {
    let ptr = this.ackRing.stageRecord(ackRecordBytes)
    if (ptr < 0) {
      this.ackRing.flushStaged()
      ptr = this.ackRing.stageRecord(ackRecordBytes)
      if (ptr < 0) {
        this.acksLost++
        return
      }
    }
    const word = ptr >>> 2
    this.u32[word] = connection
    this.u32[word + 1] = ackId
    this.u8[ptr + 8] = status
    this.u8[ptr + 9] = reason
    this.u32[word + 3] = partition < 0 ? 0xffffffff : partition
    this.f64[(ptr + 16) >>> 3] = offset
  }

  /** Pops up to recordsMax records of one class and publishes them; returns the count popped. */
  private async drainClass(cls: number, recordsMax: number): Promise<number> {
    const popped = this.rings[cls].popBatch(this.visit, recordsMax)
    if (popped === 0) return 0
    // Publish while the payloads still sit in this ring's consumer staging (the next pop overwrites it).
    for (const batch of this.touched) await this.publish(batch)
    this.touched.length = 0
    if (this.deadLetters.pending > 0) {
      const before = this.deadLetters.written
      await this.deadLetters.flush()
      this.f64[this.counterBase + WorkerCounter.deadLettered] += this.deadLetters.written - before
    }
    // Counted once handled, so the server's flush() knows when everything routed is in the engine.
    this.f64[this.counterBase + WorkerCounter.dequeued0 + cls] += popped
    return popped
  }

  private async publish(batch: TopicBatch): Promise<void> {
    const count = batch.builder.count
    const meta = batch.meta
    const f64 = this.f64
    try {
      const result = await this.engine.publishRecords(batch.name, batch.builder)
      f64[this.counterBase + WorkerCounter.published] += count
      f64[this.counterBase + WorkerCounter.publishCalls]++
      f64[batch.countersAt + TopicCounter.published] += count
      f64[batch.countersAt + TopicCounter.publishedBytes] += batch.payloadBytes
      if (batch.receivedMax > f64[this.counterBase + WorkerCounter.lastPublishedReceivedMs]) f64[this.counterBase + WorkerCounter.lastPublishedReceivedMs] = batch.receivedMax
      for (let i = 0; i < count; i++) {
        const m = i * metaWords
        if ((meta[m + 2] & DispatchFlag.ack) !== 0) this.stageAck(meta[m + 3], meta[m + 4], AckStatus.published, 0, result.partition, result.firstOffset + i)
      }
    } catch (error) {
      f64[this.counterBase + WorkerCounter.publishFailures]++
      f64[batch.countersAt + TopicCounter.publishFailed] += count
      const detail = error instanceof Error ? error.message : String(error)
      for (let i = 0; i < count; i++) {
        const m = i * metaWords
        const ptr = meta[m]
        this.deadLetters.add(batch.name, this.u8.subarray(ptr, ptr + meta[m + 1]), DeadLetterReason.publishFailed, meta[m + 7], Date.now(), detail)
        if ((meta[m + 2] & DispatchFlag.key) !== 0) this.arena.exports.dedupForget(this.arena.layout.dedup, meta[m + 5], meta[m + 6])
        if ((meta[m + 2] & DispatchFlag.ack) !== 0) this.stageAck(meta[m + 3], meta[m + 4], AckStatus.deadLettered, DeadLetterReason.publishFailed, -1, -1)
      }
      const before = this.deadLetters.written
      await this.deadLetters.flush()
      f64[this.counterBase + WorkerCounter.deadLettered] += this.deadLetters.written - before
    } finally {
      batch.builder.clear()
      batch.receivedMax = 0
      batch.payloadBytes = 0
    }
  }

  /** One scheduling round (see the file comment). Returns records handled. */
  async round(): Promise<number> {
    const { roundRecordsMax, starvationRounds, starvationRecords } = this.config
    let handled = await this.drainClass(0, roundRecordsMax)
    for (let cls = 1; cls < priorityClasses.length; cls++) {
      if (handled === 0) {
        this.skipped[cls] = 0
        handled += await this.drainClass(cls, roundRecordsMax)
      } else if (this.rings[cls].usedBytes > 0) {
        if (++this.skipped[cls] > starvationRounds) {
          this.skipped[cls] = 0
          handled += await this.drainClass(cls, starvationRecords)
        }
      }
    }
    if (this.ackRing.stagedBytes > 0) this.ackRing.flushStaged()
    return handled
  }

  /** True while the ack ring holds acks staged but not yet pushed (the ring was full). */
  get acksStaged(): boolean {
    if (this.ackRing.stagedBytes > 0) this.ackRing.flushStaged()
    return this.ackRing.stagedBytes > 0
  }

  /** Takes this worker's rings for the calling side (sharedRings); false when the other side holds them. */
  tryTakeRings(holder: number): boolean {
    return Atomics.compareExchange(this.arena.i32, this.arena.controlIndex(this.config.worker, WorkerControl.consumer), RingsHolder.none, holder) === RingsHolder.none
  }

  /** Gives the rings back; wakes the other side if it waits for them. */
  releaseRings(): void {
    const index = this.arena.controlIndex(this.config.worker, WorkerControl.consumer)
    Atomics.store(this.arena.i32, index, RingsHolder.none)
    Atomics.notify(this.arena.i32, index)
  }

  queued(): boolean {
    return this.rings[0].usedBytes > 0 || this.rings[1].usedBytes > 0 || this.rings[2].usedBytes > 0
  }

  /** Polls the rings rounds times and for at least spinMs; true as soon as one holds a record. */
  private pollQueued(rounds: number, spinMs: number): boolean {
    const until = performance.now() + spinMs
    for (let poll = 0; poll < rounds || performance.now() < until; poll++) if (this.queued()) return true
    return false
  }

  /** Ends an 'inline' park now: the I/O thread calls it after routing work to this publisher. */
  wake(): void {
    const wake = this.wakeParked
    if (wake !== null) {
      this.wakeParked = null
      wake()
    }
  }

  /**
   * Runs rounds until the stop flag is set and the rings are empty. When idle: polls for idleSpinRounds
   * rounds and at least idleSpinMicros, then parks on the doorbell with the sleeping flag set, so the I/O
   * thread notifies only when someone sleeps.
   */
  async run(): Promise<void> {
    const i32 = this.arena.i32
    const doorbell = this.arena.controlIndex(this.config.worker, WorkerControl.doorbell)
    const sleeping = this.arena.controlIndex(this.config.worker, WorkerControl.sleeping)
    const stop = this.arena.controlIndex(this.config.worker, WorkerControl.stop)
    const spinMsMax = (this.config.idleSpinMicros ?? 0) / 1000
    // Adaptive: the idle poll lasts spinMsMax while work tends to come back within that time (a steady
    // stream: parking would only add a futex wake-up), and halves after every longer sleep (bursts ~1 ms
    // apart, as at 100,000 events/s: polling would only take a vCPU from the I/O thread and the readers
    // just when they have the burst to handle).
    let spinMs = spinMsMax
    const parkMs = this.config.parkMs ?? publisherDefaults.parkMs
    const shared = this.config.sharedRings === true
    const consumer = this.arena.controlIndex(this.config.worker, WorkerControl.consumer)
    let holding = false
    for (;;) {
      if (shared && !holding) {
        if (!this.tryTakeRings(RingsHolder.worker)) {
          // The I/O thread is publishing from our rings; it drains them before it lets go.
          if (Atomics.load(i32, stop) !== 0 && !this.queued()) break
          Atomics.wait(i32, consumer, RingsHolder.io, parkMs)
          continue
        }
        holding = true
      }
      const handled = await this.round()
      if (handled > 0) continue
      if (Atomics.load(i32, stop) !== 0 && !this.queued()) break
      // Idle: poll the rings in a plain loop, not with round(), whose promises (four per empty round, tens
      // of thousands a second at 100,000 events/s in 1 ms bursts) made this worker's young-generation GC
      // run every ~25 ms, each pause a latency spike for the records that arrived during it.
      if (this.pollQueued(this.config.idleSpinRounds, spinMs)) continue
      if (shared) {
        // Acks staged here must be pushed before the other side may stage its own into the same ring.
        if (this.acksStaged) continue
        this.releaseRings()
        holding = false
      }
      // Non-blocking parkers let the event loop breathe before they park (sockets, timers).
      if (this.config.park !== 'wait' && this.config.idleSpinRounds > 1) {
        await new Promise<void>((resolve) => setImmediate(resolve))
        if (this.queued()) continue
      }
      Atomics.store(i32, sleeping, 1)
      const parkedAt = performance.now()
      const seen = Atomics.load(i32, doorbell)
      if (!this.queued() && Atomics.load(i32, stop) === 0) {
        if (this.config.park === 'wait') {
          // Between parks that time out, a blocking parker yields to its event loop (messages, engine timers).
          if (Atomics.wait(i32, doorbell, seen, parkMs) === 'timed-out') {
            Atomics.store(i32, sleeping, 0)
            await new Promise<void>((resolve) => setImmediate(resolve))
          }
        } else if (this.config.park === 'inline') {
          // The timer also keeps the event loop alive while parked.
          let timer: NodeJS.Timeout | undefined
          await new Promise<void>((resolve) => {
            this.wakeParked = resolve
            timer = setTimeout(resolve, parkMs)
          })
          this.wakeParked = null
          clearTimeout(timer)
        } else {
          const waited = Atomics.waitAsync(i32, doorbell, seen, parkMs)
          if (waited.async) {
            // A pending waitAsync does not keep Node's event loop alive; the timer does, for as long.
            const keepAlive = setTimeout(() => {}, parkMs + 10)
            await waited.value
            clearTimeout(keepAlive)
          }
        }
      }
      Atomics.store(i32, sleeping, 0)
      const sleptMs = performance.now() - parkedAt
      spinMs = sleptMs <= spinMsMax ? spinMsMax : spinMs < spinMsMax / 8 ? 0 : spinMs / 2
    }
    if (this.ackRing.stagedBytes > 0) this.ackRing.flushStaged()
    if (holding) this.releaseRings()
  }

  /**
   * On the I/O thread, with the rings taken (tryTakeRings(RingsHolder.io)): publishes until they are
   * empty and every ack is pushed, then gives them back.
   */
  async drainTaken(): Promise<void> {
    try {
      for (;;) {
        if ((await this.round()) > 0 || this.queued()) continue
        if (!this.acksStaged) break
        // The ack ring is full: the I/O thread's ack loop empties it between these turns.
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
    } finally {
      this.releaseRings()
    }
  }

  get lostAcks(): number {
    return this.acksLost
  }
}
