// Idempotent producers: InitProducerId hands out producer ids, and per partition the broker remembers, for
// each producer id, its epoch and the sequence ranges and offsets of its last 5 batches (Kafka's
// ProducerStateEntry; 5 is max.in.flight.requests.per.connection with idempotence). A retried batch that is
// one of those 5 is acknowledged with its original offset instead of being written again; a gap in the
// sequence is OUT_OF_ORDER_SEQUENCE_NUMBER; an older epoch is INVALID_PRODUCER_EPOCH (what brokers since
// 2.7 answer on produce, where PRODUCER_FENCED used to be).
//
// The broker calls, per partition and in append order (appends of one partition must not interleave between
// check and record):
//   const check = producers.checkAppend(tp, header)          // before appending
//   ... append the batch, get its base offset ...
//   producers.recordAppend(tp, header, baseOffset)           // after the append succeeded
// State survives restart through snapshotPartition/restorePartition, or rebuildFromBatches over the batch
// headers of the log.

import type { MessageInit } from '../kafka/protocol/codec.js'
import type { InitProducerIdRequest, InitProducerIdResponse } from '../kafka/protocol/index.js'
import type { Clock } from './clock.js'
import { CoordinatorError } from './errors.js'

/** The RecordBatch v2 header fields producer state needs. producerId is an int64 read as a number (exact below 2^53). */
export interface ProducerBatchHeader {
  /** -1 for a producer that is not idempotent: nothing is checked or kept. */
  readonly producerId: number
  readonly producerEpoch: number
  readonly baseSequence: number
  readonly lastOffsetDelta: number
  /** Attributes bit 4. */
  readonly isTransactional: boolean
}

/** A batch as found in the log, for rebuildFromBatches. */
export interface LoggedBatchHeader extends ProducerBatchHeader {
  readonly baseOffset: number
  readonly maxTimestamp: number
}

export type AppendCheck =
  | { readonly kind: 'append' }
  /** Already written: answer the produce with this base offset and write nothing. */
  | { readonly kind: 'duplicate'; readonly baseOffset: number; readonly lastOffset: number }
  | { readonly kind: 'error'; readonly code: number; readonly message: string }

/** Reads the producer fields of the RecordBatch v2 at `at` (offsets as in host/log/batch-header.ts). */
export function readProducerBatchHeader(bytes: Uint8Array, at = 0): LoggedBatchHeader {
  if (bytes.length - at < 61) throw new RangeError(`a RecordBatch header needs 61 bytes, ${bytes.length - at} left`)
  const v = new DataView(bytes.buffer, bytes.byteOffset + at, 61)
  return {
    baseOffset: Number(v.getBigInt64(0)),
    isTransactional: (v.getInt16(21) & 0x10) !== 0,
    lastOffsetDelta: v.getInt32(23),
    maxTimestamp: Number(v.getBigInt64(35)),
    producerId: Number(v.getBigInt64(43)),
    producerEpoch: v.getInt16(51),
    baseSequence: v.getInt32(53),
  }
}

/** Batches remembered per producer and partition (Kafka's ProducerStateEntry.NUM_BATCHES_TO_RETAIN). */
export const producerBatchesRetained = 5
const int32Max = 0x7fffffff

/** Sequence numbers wrap from Int32.MAX to 0. */
export function incrementSequence(sequence: number, increment: number): number {
  if (sequence > int32Max - increment) return increment - (int32Max - sequence) - 1
  return sequence + increment
}

function inSequence(lastSeq: number, nextSeq: number): boolean {
  return nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === int32Max)
}

interface BatchMetadata {
  readonly firstSeq: number
  readonly lastSeq: number
  readonly firstOffset: number
  readonly lastOffset: number
}

interface ProducerEntry {
  readonly producerId: number
  epoch: number
  batches: BatchMetadata[]
  lastTimestampMs: number
}

export interface ProducerStateLimits {
  /** Producers remembered per partition; the least recently written is forgotten beyond it. */
  readonly producersPerPartitionMax: number
  /** Kafka's producer.id.expiration.ms: producers idle this long are forgotten by expireProducers(). */
  readonly producerIdExpirationMs: number
  /** Producer ids reserved at a time through persistProducerIdBlock. */
  readonly producerIdBlockSize: number
}

export const PRODUCER_STATE_LIMITS_DEFAULT: ProducerStateLimits = Object.freeze({
  producersPerPartitionMax: 10_000,
  producerIdExpirationMs: 86_400_000,
  producerIdBlockSize: 1_000,
})

export interface ProducerStateOptions {
  readonly clock: Clock
  readonly limits?: Partial<ProducerStateLimits>
  /** First producer id to hand out: after a restart, the end of the last persisted block. */
  readonly producerIdStart?: bigint
  /**
   * Called with the end (exclusive) of each new block of ids before any of it is handed out, so that ids are
   * never reused after a restart (Kafka's AllocateProducerIds). Without it, ids restart at producerIdStart.
   */
  readonly persistProducerIdBlock?: (blockEnd: bigint) => Promise<void>
  /**
   * Answer UNKNOWN_PRODUCER_ID to a producer this partition has no state for whose first batch does not
   * start at sequence 0 (brokers before 2.5). Off by default: current brokers accept it.
   */
  readonly rejectUnknownProducer?: boolean
}

export class ProducerSnapshotError extends Error {
  override readonly name = 'ProducerSnapshotError'
}

const snapshotVersion = 1
const allSnapshotVersion = 1

export class ProducerStateManager {
  readonly limits: ProducerStateLimits
  private readonly clock: Clock
  private readonly partitions = new Map<string, Map<number, ProducerEntry>>()
  private nextProducerId: bigint
  private blockEnd: bigint
  private blockPending: Promise<void> | null = null

  constructor(private readonly options: ProducerStateOptions) {
    this.limits = { ...PRODUCER_STATE_LIMITS_DEFAULT, ...options.limits }
    this.clock = options.clock
    this.nextProducerId = options.producerIdStart ?? 0n
    this.blockEnd = options.persistProducerIdBlock === undefined ? BigInt(Number.MAX_SAFE_INTEGER) : this.nextProducerId
  }

  // ---- InitProducerId -------------------------------------------------------------------------------

  async initProducerId(req: InitProducerIdRequest, _version: number): Promise<MessageInit<InitProducerIdResponse>> {
    const fail = (errorCode: number) => ({ throttleTimeMs: 0, errorCode, producerId: -1n, producerEpoch: -1 })
    if (req.transactionalId !== null) return fail(CoordinatorError.TRANSACTIONAL_ID_AUTHORIZATION_FAILED)
    if ((req.producerId === -1n) !== (req.producerEpoch === -1)) return fail(CoordinatorError.INVALID_REQUEST)
    // Like Kafka, an idempotent (non-transactional) producer always gets a fresh id with epoch 0, also when it
    // names its current id and epoch (KIP-360): a fresh id serves the same purpose as a bumped epoch.
    try {
      const producerId = await this.allocateProducerId()
      return { throttleTimeMs: 0, errorCode: CoordinatorError.NONE, producerId, producerEpoch: 0 }
    } catch {
      return fail(CoordinatorError.COORDINATOR_NOT_AVAILABLE)
    }
  }

  /** Next producer id, reserving a new block first when the current one is used up. */
  async allocateProducerId(): Promise<bigint> {
    while (this.nextProducerId >= this.blockEnd) {
      if (this.blockPending === null) {
        const end = this.nextProducerId + BigInt(this.limits.producerIdBlockSize)
        this.blockPending = this.options.persistProducerIdBlock!(end).then(
          () => {
            this.blockEnd = end
            this.blockPending = null
          },
          (error: unknown) => {
            this.blockPending = null
            throw error
          },
        )
      }
      await this.blockPending
    }
    return this.nextProducerId++
  }

  /** The next id InitProducerId would hand out. */
  get producerIdNext(): bigint {
    return this.nextProducerId
  }

  // ---- appends ---------------------------------------------------------------------------------------

  checkAppend(topicPartition: string, h: ProducerBatchHeader): AppendCheck {
    if (h.producerId < 0) return { kind: 'append' }
    if (h.isTransactional) {
      return { kind: 'error', code: CoordinatorError.INVALID_TXN_STATE, message: `producer ${h.producerId} sent a transactional batch; this broker does not support transactions` }
    }
    if (h.baseSequence < 0 || h.producerEpoch < 0) {
      return { kind: 'error', code: CoordinatorError.INVALID_RECORD, message: `producer ${h.producerId} sent a batch with sequence ${h.baseSequence} and epoch ${h.producerEpoch}; both must be >= 0` }
    }
    const entry = this.partitions.get(topicPartition)?.get(h.producerId)
    if (entry === undefined) {
      if (this.options.rejectUnknownProducer === true && h.baseSequence !== 0) {
        return { kind: 'error', code: CoordinatorError.UNKNOWN_PRODUCER_ID, message: `no state for producer ${h.producerId} in ${topicPartition} and its batch starts at sequence ${h.baseSequence}, not 0` }
      }
      return { kind: 'append' }
    }
    if (h.producerEpoch < entry.epoch) {
      return { kind: 'error', code: CoordinatorError.INVALID_PRODUCER_EPOCH, message: `producer ${h.producerId} epoch ${h.producerEpoch} is older than the last seen epoch ${entry.epoch} in ${topicPartition}` }
    }
    if (h.producerEpoch > entry.epoch) {
      if (h.baseSequence !== 0) {
        return { kind: 'error', code: CoordinatorError.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `producer ${h.producerId} starts epoch ${h.producerEpoch} at sequence ${h.baseSequence}, not 0, in ${topicPartition}` }
      }
      return { kind: 'append' }
    }
    const lastSeq = incrementSequence(h.baseSequence, h.lastOffsetDelta)
    for (const b of entry.batches) {
      if (b.firstSeq === h.baseSequence && b.lastSeq === lastSeq) return { kind: 'duplicate', baseOffset: b.firstOffset, lastOffset: b.lastOffset }
    }
    const last = entry.batches[entry.batches.length - 1]
    if (last !== undefined && !inSequence(last.lastSeq, h.baseSequence)) {
      return { kind: 'error', code: CoordinatorError.OUT_OF_ORDER_SEQUENCE_NUMBER, message: `producer ${h.producerId} sent sequence ${h.baseSequence} in ${topicPartition}; the next expected is ${incrementSequence(last.lastSeq, 1)}` }
    }
    return { kind: 'append' }
  }

  /** Remembers a batch that was appended at `baseOffset`. */
  recordAppend(topicPartition: string, h: ProducerBatchHeader, baseOffset: number, timestampMs = this.clock.now()): void {
    if (h.producerId < 0 || h.isTransactional) return
    let producers = this.partitions.get(topicPartition)
    if (producers === undefined) this.partitions.set(topicPartition, (producers = new Map()))
    let entry = producers.get(h.producerId)
    if (entry === undefined) {
      entry = { producerId: h.producerId, epoch: h.producerEpoch, batches: [], lastTimestampMs: timestampMs }
    } else {
      // Re-inserted so that the map stays in least-recently-written order.
      producers.delete(h.producerId)
    }
    producers.set(h.producerId, entry)
    if (h.producerEpoch !== entry.epoch) {
      entry.epoch = h.producerEpoch
      entry.batches = []
    }
    entry.batches.push({ firstSeq: h.baseSequence, lastSeq: incrementSequence(h.baseSequence, h.lastOffsetDelta), firstOffset: baseOffset, lastOffset: baseOffset + h.lastOffsetDelta })
    if (entry.batches.length > producerBatchesRetained) entry.batches.shift()
    entry.lastTimestampMs = timestampMs
    while (producers.size > this.limits.producersPerPartitionMax) producers.delete(producers.keys().next().value!)
  }

  /** Rebuilds a partition's state from its batches in log order (recovery without a snapshot, or after it). */
  rebuildFromBatches(topicPartition: string, headers: Iterable<LoggedBatchHeader>): void {
    for (const h of headers) {
      if (h.producerId < 0) continue
      this.recordAppend(topicPartition, h, h.baseOffset, h.maxTimestamp)
      const next = BigInt(h.producerId) + 1n
      if (next > this.nextProducerId && this.options.persistProducerIdBlock === undefined) this.nextProducerId = next
    }
  }

  /** Forgets a partition (topic deleted, or before rebuilding it). */
  removePartition(topicPartition: string): void {
    this.partitions.delete(topicPartition)
  }

  /** Forgets producers idle for producerIdExpirationMs. Returns how many. */
  expireProducers(): number {
    const cutoffMs = this.clock.now() - this.limits.producerIdExpirationMs
    let expired = 0
    for (const [tp, producers] of this.partitions) {
      for (const [id, e] of producers) {
        if (e.lastTimestampMs <= cutoffMs) {
          producers.delete(id)
          expired++
        }
      }
      if (producers.size === 0) this.partitions.delete(tp)
    }
    return expired
  }

  /** What is remembered for one producer in one partition (inspection and tests). */
  entry(topicPartition: string, producerId: number): { epoch: number; batches: readonly BatchMetadata[] } | undefined {
    const e = this.partitions.get(topicPartition)?.get(producerId)
    return e === undefined ? undefined : { epoch: e.epoch, batches: [...e.batches] }
  }

  // ---- snapshots ---------------------------------------------------------------------------------------
  //
  // Partition snapshot v1 (big-endian): int16 version, int32 producer count, then per producer (least recently
  // written first): int64 producerId, int16 epoch, int64 lastTimestampMs, int8 batch count (<= 5), then per
  // batch: int32 firstSeq, int32 lastSeq, int64 firstOffset, int64 lastOffset.
  // Whole snapshot v1: int16 version, int64 next producer id, int32 partition count, then per partition:
  // int16 key length, key UTF-8, int32 snapshot length, partition snapshot.

  snapshotPartition(topicPartition: string): Uint8Array {
    const producers = [...(this.partitions.get(topicPartition)?.values() ?? [])]
    let bytes = 2 + 4
    for (const e of producers) bytes += 8 + 2 + 8 + 1 + e.batches.length * 24
    const out = new Uint8Array(bytes)
    const v = new DataView(out.buffer)
    let at = 0
    v.setInt16(at, snapshotVersion)
    v.setInt32((at += 2), producers.length)
    at += 4
    for (const e of producers) {
      v.setBigInt64(at, BigInt(e.producerId))
      v.setInt16(at + 8, e.epoch)
      v.setBigInt64(at + 10, BigInt(e.lastTimestampMs))
      v.setInt8(at + 18, e.batches.length)
      at += 19
      for (const b of e.batches) {
        v.setInt32(at, b.firstSeq)
        v.setInt32(at + 4, b.lastSeq)
        v.setBigInt64(at + 8, BigInt(b.firstOffset))
        v.setBigInt64(at + 16, BigInt(b.lastOffset))
        at += 24
      }
    }
    return out
  }

  restorePartition(topicPartition: string, bytes: Uint8Array): void {
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const need = (at: number, n: number) => {
      if (at + n > bytes.length) throw new ProducerSnapshotError(`producer snapshot of ${topicPartition} is truncated at byte ${at} of ${bytes.length}`)
    }
    need(0, 6)
    const version = v.getInt16(0)
    if (version !== snapshotVersion) throw new ProducerSnapshotError(`producer snapshot of ${topicPartition} has version ${version}; this broker reads ${snapshotVersion}`)
    const count = v.getInt32(2)
    if (count < 0 || count > this.limits.producersPerPartitionMax) {
      throw new ProducerSnapshotError(`producer snapshot of ${topicPartition} holds ${count} producers (0-${this.limits.producersPerPartitionMax} allowed)`)
    }
    const producers = new Map<number, ProducerEntry>()
    let at = 6
    for (let i = 0; i < count; i++) {
      need(at, 19)
      const producerId = Number(v.getBigInt64(at))
      const epoch = v.getInt16(at + 8)
      const lastTimestampMs = Number(v.getBigInt64(at + 10))
      const n = v.getInt8(at + 18)
      if (n < 0 || n > producerBatchesRetained) throw new ProducerSnapshotError(`producer snapshot of ${topicPartition} holds ${n} batches for producer ${producerId} (0-${producerBatchesRetained} allowed)`)
      at += 19
      need(at, n * 24)
      const batches: BatchMetadata[] = []
      for (let k = 0; k < n; k++) {
        batches.push({ firstSeq: v.getInt32(at), lastSeq: v.getInt32(at + 4), firstOffset: Number(v.getBigInt64(at + 8)), lastOffset: Number(v.getBigInt64(at + 16)) })
        at += 24
      }
      producers.set(producerId, { producerId, epoch, batches, lastTimestampMs })
    }
    if (at !== bytes.length) throw new ProducerSnapshotError(`producer snapshot of ${topicPartition} has ${bytes.length - at} bytes after its last producer`)
    if (producers.size > 0) this.partitions.set(topicPartition, producers)
    else this.partitions.delete(topicPartition)
  }

  /** Every partition and the producer id counter in one blob. */
  snapshot(): Uint8Array {
    const encoder = new TextEncoder()
    const parts = [...this.partitions.keys()].map((tp) => ({ key: encoder.encode(tp), snap: this.snapshotPartition(tp) }))
    let bytes = 2 + 8 + 4
    for (const p of parts) bytes += 2 + p.key.length + 4 + p.snap.length
    const out = new Uint8Array(bytes)
    const v = new DataView(out.buffer)
    v.setInt16(0, allSnapshotVersion)
    v.setBigInt64(2, this.nextProducerId)
    v.setInt32(10, parts.length)
    let at = 14
    for (const p of parts) {
      v.setInt16(at, p.key.length)
      out.set(p.key, at + 2)
      at += 2 + p.key.length
      v.setInt32(at, p.snap.length)
      out.set(p.snap, at + 4)
      at += 4 + p.snap.length
    }
    return out
  }

  restore(bytes: Uint8Array): void {
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const decoder = new TextDecoder('utf-8', { fatal: true })
    const need = (at: number, n: number) => {
      if (at + n > bytes.length) throw new ProducerSnapshotError(`producer state snapshot is truncated at byte ${at} of ${bytes.length}`)
    }
    need(0, 14)
    const version = v.getInt16(0)
    if (version !== allSnapshotVersion) throw new ProducerSnapshotError(`producer state snapshot has version ${version}; this broker reads ${allSnapshotVersion}`)
    const next = v.getBigInt64(2)
    const count = v.getInt32(10)
    if (count < 0) throw new ProducerSnapshotError(`producer state snapshot holds ${count} partitions`)
    let at = 14
    this.partitions.clear()
    for (let i = 0; i < count; i++) {
      need(at, 2)
      const keyBytes = v.getInt16(at)
      need(at + 2, keyBytes + 4)
      const tp = decoder.decode(bytes.subarray(at + 2, at + 2 + keyBytes))
      at += 2 + keyBytes
      const n = v.getInt32(at)
      need(at + 4, n)
      this.restorePartition(tp, bytes.subarray(at + 4, at + 4 + n))
      at += 4 + n
    }
    if (next > this.nextProducerId) this.nextProducerId = next
  }
}

/** The key producer state uses for a partition (any stable string works; this is the broker's choice). */
export function topicPartitionKey(topic: string, partition: number): string {
  return `${topic}-${partition}`
}
