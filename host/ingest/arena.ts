// The ingest's regions of shared memory, laid out once by the server and posted (as plain numbers, with
// the module and memory) to every publisher worker.
//
// Where: a region the engine reserves in its own shared memory (engine.reserveRegion), so the engine's
// workers and the ingest's share the one memory; a test that hands in its own module gets a second memory.
// Everything crosses into the engine's topics through its public publish API.
//
// Regions, from the reserved base (align(heapBase, 64) in a memory of its own):
//   workerControl  per worker, 64 bytes: 0 doorbell (futex), 4 sleeping, 8 stop
//   counters       per worker, counterSlots f64 on their own lines (one writer each)
//   topicCounters  per worker, per topic id, topicCounterSlots f64 (published records and bytes, dedup
//                  drops, publish-failed dead letters): one writer each, summed by the server for /metrics
//   topicTable     topicIdsMax entries of 256 bytes: u32 name length, name bytes (written before first use)
//   dedup          the idempotency-key table (assembly/frame.ts)
//   receive        the I/O thread's receive buffer, scanned in place
//   scanOut        frameScan's output: 64-byte header + tuplesMax tuples
//   copySpans      the I/O thread's pending payload copies of one scanned batch: tuplesMax u32 triples
//   rings          per worker: one SPSC ring per priority class (I/O thread -> worker), one ack ring back

import { type SluiceExports, createSharedMemory, instantiate } from '../wasm/module.js'
import { SpscRing, type RingExports } from '../ring/spsc-ring.js'
import { frameOutHeaderBytes, frameTupleWords, priorityClasses } from './wire.js'

export interface FrameExports extends RingExports {
  readonly frameScan: (buf: number, length: number, out: number, tuplesMax: number, frameBytesMax: number) => number
  readonly dedupRegionBytes: (slots: number) => number
  readonly dedupInit: (table: number, slots: number, windowMs: number, probeMax: number, alreadyZero: boolean) => number
  readonly dedupCheck: (table: number, keyHi: number, keyLo: number, nowMs: number) => number
  readonly dedupForget: (table: number, keyHi: number, keyLo: number) => void
  readonly dedupIsValid: (table: number) => number
  readonly frameCopySpans: (list: number, count: number) => void
}

export const cacheLineBytes = 64
export const workerControlBytes = 64
export const WorkerControl = { doorbell: 0, sleeping: 1, stop: 2, consumer: 3 } as const
export const counterSlots = 16
/** Per-worker counter slots (f64 indexes). */
export const WorkerCounter = {
  published: 0,
  publishCalls: 1,
  dedupHits: 2,
  dedupFull: 3,
  deadLettered: 4,
  publishFailures: 5,
  lastPublishedReceivedMs: 6,
  dequeued0: 7, // + class index
} as const
/** Per-worker, per-topic counter slots (f64 indexes), read by the server's metrics sampler. */
export const TopicCounter = { published: 0, publishedBytes: 1, dedupHits: 2, publishFailed: 3 } as const
export const topicCounterSlots = 4
export const topicEntryBytes = 256
/** Bytes in front of every payload in a class ring record (see dispatch.ts). */
export const dispatchHeaderBytes = 32
export const ackRecordBytes = 24
/** One pending copy (see frameCopySpans in assembly/frame.ts): u32 destination, source, bytes. */
export const copySpanBytes = 12

export interface ArenaLimits {
  readonly workers: number
  readonly frameBytesMax: number
  readonly classRingBytes: number
  readonly ackRingBytes: number
  readonly receiveBytes: number
  readonly tuplesMax: number
  readonly topicIdsMax: number
  readonly dedupSlots: number
  readonly dedupWindowMs: number
  readonly dedupProbeMax: number
}

export interface RingPlace {
  readonly ptr: number
  readonly bytes: number
}

export interface ArenaLayout {
  readonly limits: ArenaLimits
  readonly memoryBytes: number
  readonly workerControl: number
  readonly counters: number
  readonly topicCounters: number
  readonly topicTable: number
  readonly dedup: number
  readonly receive: number
  readonly scanOut: number
  readonly copySpans: number
  /** [worker][class] class rings, then [worker] ack rings. */
  readonly classRings: RingPlace[][]
  readonly ackRings: RingPlace[]
  /** Host clock origin of the dedup table (ms since the epoch, minus the window so stamps stay > window). */
  readonly dedupEpochMs: number
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment
}

export function nextPowerOfTwo(value: number): number {
  let power = 1
  while (power < value) power *= 2
  return power
}

export function computeArenaLayout(exports: FrameExports, limits: ArenaLimits, base = alignUp(exports.heapBase(), cacheLineBytes)): ArenaLayout {
  let cursor = base
  const take = (bytes: number): number => {
    const at = cursor
    cursor = alignUp(cursor + bytes, cacheLineBytes)
    return at
  }
  const workerControl = take(limits.workers * workerControlBytes)
  const counters = take(limits.workers * counterSlots * 8)
  const topicCounters = take(limits.workers * limits.topicIdsMax * topicCounterSlots * 8)
  const topicTable = take(limits.topicIdsMax * topicEntryBytes)
  const dedup = take(exports.dedupRegionBytes(limits.dedupSlots) >>> 0)
  const receive = take(limits.receiveBytes)
  const scanOut = take(frameOutHeaderBytes + limits.tuplesMax * frameTupleWords * 4)
  const copySpans = take(limits.tuplesMax * copySpanBytes)
  const classRecordBytesMax = dispatchHeaderBytes + limits.frameBytesMax
  const classRings: RingPlace[][] = []
  for (let w = 0; w < limits.workers; w++) {
    classRings.push(
      priorityClasses.map(() => {
        const bytes = SpscRing.bytesFor(limits.classRingBytes, { recordBytesMax: classRecordBytesMax })
        return { ptr: take(bytes), bytes }
      }),
    )
  }
  const ackRings: RingPlace[] = []
  for (let w = 0; w < limits.workers; w++) {
    const bytes = SpscRing.bytesFor(limits.ackRingBytes, { recordBytesMax: ackRecordBytes })
    ackRings.push({ ptr: take(bytes), bytes })
  }
  return {
    limits,
    memoryBytes: cursor,
    workerControl,
    counters,
    topicCounters,
    topicTable,
    dedup,
    receive,
    scanOut,
    copySpans,
    classRings,
    ackRings,
    dedupEpochMs: Date.now() - limits.dedupWindowMs - 2,
  }
}

/** Structured-cloneable description of an arena: post it to a worker. */
export interface ArenaHandle {
  readonly module: WebAssembly.Module
  readonly memory: WebAssembly.Memory
  readonly layout: ArenaLayout
}

/** One thread's view of the arena: its own instance, views over the one buffer. */
export class IngestArena {
  readonly exports: FrameExports
  readonly u8: Uint8Array
  readonly u32: Uint32Array
  readonly i32: Int32Array
  readonly f64: Float64Array

  private constructor(
    readonly module: WebAssembly.Module,
    readonly memory: WebAssembly.Memory,
    readonly layout: ArenaLayout,
    exports: FrameExports,
  ) {
    this.exports = exports
    const buffer = memory.buffer
    this.u8 = new Uint8Array(buffer)
    this.u32 = new Uint32Array(buffer)
    this.i32 = new Int32Array(buffer)
    this.f64 = new Float64Array(buffer)
  }

  static assertModule(module: WebAssembly.Module): void {
    const names = new Set(WebAssembly.Module.exports(module).map((entry) => entry.name))
    if (!names.has('frameScan') || !names.has('dedupCheck') || !names.has('frameCopySpans') || !names.has('ringPushBatch')) {
      throw new Error('this Sluice wasm module lacks assembly/frame.ts (frameScan, dedupCheck): add `export * from \'./frame\'` to assembly/index.ts and run `npm run build:wasm`')
    }
  }

  /**
   * Lays out and initialises a new arena (rings, dedup table): inside a region reserved in the engine's
   * shared memory when `placement` is given (the one-memory rule: workers attached to the engine share it),
   * else in a fresh shared memory of its own (a module passed in for tests).
   */
  static create(module: WebAssembly.Module, limits: ArenaLimits, placement?: { memory: WebAssembly.Memory; reserve: (bytes: number) => number }): IngestArena {
    IngestArena.assertModule(module)
    // Instantiate once over a 1-page scratch memory only to learn heapBase and region sizes.
    const probe = instantiate(module, createSharedMemory(65536)) as unknown as FrameExports
    let layout = computeArenaLayout(probe, limits)
    let memory: WebAssembly.Memory
    if (placement === undefined) {
      memory = createSharedMemory(layout.memoryBytes)
    } else {
      const sizeBytes = computeArenaLayout(probe, limits, 0).memoryBytes
      layout = computeArenaLayout(probe, limits, placement.reserve(sizeBytes))
      memory = placement.memory
    }
    const arena = new IngestArena(module, memory, layout, instantiate(module, memory) as unknown as FrameExports)
    // A region reserved from the engine's pool is fresh (zero) memory; a memory of our own is too.
    const status = arena.exports.dedupInit(layout.dedup, limits.dedupSlots, limits.dedupWindowMs, limits.dedupProbeMax, true)
    if (status !== 0) throw new RangeError(`dedup table rejected slots ${limits.dedupSlots} (power of two >= 2), window ${limits.dedupWindowMs} ms, probe ${limits.dedupProbeMax}`)
    for (const rings of layout.classRings) {
      for (const place of rings) {
        SpscRing.init(arena.exports, memory, place.ptr, place.bytes, { capacityBytes: limits.classRingBytes, recordBytesMax: dispatchHeaderBytes + limits.frameBytesMax })
      }
    }
    for (const place of layout.ackRings) SpscRing.init(arena.exports, memory, place.ptr, place.bytes, { capacityBytes: limits.ackRingBytes, recordBytesMax: ackRecordBytes })
    return arena
  }

  static attach(handle: ArenaHandle): IngestArena {
    IngestArena.assertModule(handle.module)
    const exports = instantiate(handle.module, handle.memory) as unknown as FrameExports
    if (exports.dedupIsValid(handle.layout.dedup) === 0) throw new Error('the ingest arena was not initialised (no dedup table)')
    return new IngestArena(handle.module, handle.memory, handle.layout, exports)
  }

  get handle(): ArenaHandle {
    return { module: this.module, memory: this.memory, layout: this.layout }
  }

  ring(place: RingPlace): SpscRing {
    return new SpscRing(this.exports as SluiceExports as RingExports, this.memory, place.ptr, place.bytes)
  }

  controlIndex(worker: number, field: number): number {
    return ((this.layout.workerControl + worker * workerControlBytes) >>> 2) + field
  }

  counterIndex(worker: number, counter: number): number {
    return ((this.layout.counters + worker * counterSlots * 8) >>> 3) + counter
  }

  topicCounterIndex(worker: number, topicId: number, counter: number): number {
    return (this.layout.topicCounters >>> 3) + (worker * this.layout.limits.topicIdsMax + topicId) * topicCounterSlots + counter
  }

  /** The dedup table's clock: ms since its epoch, always above the window (see assembly/frame.ts). */
  dedupNow(): number {
    return (Date.now() - this.layout.dedupEpochMs) >>> 0
  }

  /** Writes topic id's name into the shared topic table (before any ring record names the id). */
  writeTopic(id: number, nameBytes: Uint8Array): void {
    const at = this.layout.topicTable + id * topicEntryBytes
    this.u8.set(nameBytes, at + 4)
    Atomics.store(this.u32 as unknown as Int32Array, at >>> 2, nameBytes.length)
  }

  readTopic(id: number): string {
    const at = this.layout.topicTable + id * topicEntryBytes
    const length = Atomics.load(this.i32, at >>> 2)
    let name = ''
    for (let i = 0; i < length; i++) name += String.fromCharCode(this.u8[at + 4 + i])
    return name
  }
}
