// Idempotent producer state (host/coordinator/producer-state.ts): InitProducerId, duplicates of the last 5
// batches acknowledged with their first offset, out-of-order sequences, fenced epochs, snapshots and
// rebuilding from the batch headers of the log.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CoordinatorError as E,
  ManualClock,
  ProducerStateManager,
  ProducerSnapshotError,
  readProducerBatchHeader,
  incrementSequence,
  type LoggedBatchHeader,
  type ProducerBatchHeader,
} from '../host/coordinator/index.js'
import type { InitProducerIdResponse } from '../host/kafka/protocol/index.js'

const TP = 'orders-0'
const batch = (producerId: number, producerEpoch: number, baseSequence: number, records = 1): ProducerBatchHeader => ({
  producerId,
  producerEpoch,
  baseSequence,
  lastOffsetDelta: records - 1,
  isTransactional: false,
})

/** A partition log that appends what checkAppend allows, as the broker will. */
class Partition {
  endOffset = 0
  readonly batches: LoggedBatchHeader[] = []
  constructor(readonly producers: ProducerStateManager) {}
  produce(h: ProducerBatchHeader): { baseOffset: number } | { error: number } {
    const check = this.producers.checkAppend(TP, h)
    if (check.kind === 'error') return { error: check.code }
    if (check.kind === 'duplicate') return { baseOffset: check.baseOffset }
    const baseOffset = this.endOffset
    this.endOffset += h.lastOffsetDelta + 1
    this.batches.push({ ...h, baseOffset, maxTimestamp: 0 })
    this.producers.recordAppend(TP, h, baseOffset)
    return { baseOffset }
  }
}

describe('InitProducerId', () => {
  it('hands out a new producer id with epoch 0 to every idempotent producer; transactions are refused', async () => {
    const blocks: bigint[] = []
    const p = new ProducerStateManager({ clock: new ManualClock(), limits: { producerIdBlockSize: 2 }, producerIdStart: 10n, persistProducerIdBlock: async (end) => void blocks.push(end) })
    const init = async (over = {}, v = 4) =>
      (await p.initProducerId({ transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1, ...over }, v)) as InitProducerIdResponse
    const ids = [(await init()).producerId, (await init()).producerId, (await init({ producerId: 10n, producerEpoch: 0 })).producerId]
    expect(ids).toEqual([10n, 11n, 12n])
    expect(blocks).toEqual([12n, 14n]) // reserved before use, so a restart never reuses an id
    expect(await init()).toMatchObject({ errorCode: E.NONE, producerEpoch: 0 })
    expect((await init({ transactionalId: 'tx' })).errorCode).toBe(E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED)
    expect((await init({ producerId: 5n })).errorCode).toBe(E.INVALID_REQUEST)
  })
})

describe('appends', () => {
  it('a retry of any of the last 5 batches gets its original offset and is not written again', () => {
    const part = new Partition(new ProducerStateManager({ clock: new ManualClock() }))
    const offsets: number[] = []
    for (let i = 0; i < 7; i++) offsets.push((part.produce(batch(1, 0, i * 3, 3)) as { baseOffset: number }).baseOffset)
    expect(offsets).toEqual([0, 3, 6, 9, 12, 15, 18])
    for (let i = 2; i < 7; i++) expect(part.produce(batch(1, 0, i * 3, 3))).toEqual({ baseOffset: offsets[i] })
    expect(part.endOffset).toBe(21)
    // Older than the last 5: no longer known, and out of sequence.
    expect(part.produce(batch(1, 0, 3, 3))).toEqual({ error: E.OUT_OF_ORDER_SEQUENCE_NUMBER })
  })

  it('a gap in the sequence is OUT_OF_ORDER_SEQUENCE_NUMBER; an older epoch INVALID_PRODUCER_EPOCH; a new epoch starts at 0', () => {
    const p = new ProducerStateManager({ clock: new ManualClock() })
    const part = new Partition(p)
    expect(part.produce(batch(1, 2, 0, 5))).toEqual({ baseOffset: 0 })
    expect(part.produce(batch(1, 2, 6))).toEqual({ error: E.OUT_OF_ORDER_SEQUENCE_NUMBER })
    expect(part.produce(batch(1, 2, 4))).toEqual({ error: E.OUT_OF_ORDER_SEQUENCE_NUMBER }) // overlaps, not a known batch
    expect(part.produce(batch(1, 1, 5))).toEqual({ error: E.INVALID_PRODUCER_EPOCH })
    expect(part.produce(batch(1, 3, 5))).toEqual({ error: E.OUT_OF_ORDER_SEQUENCE_NUMBER })
    expect(part.produce(batch(1, 3, 0))).toEqual({ baseOffset: 5 })
    expect(part.produce(batch(1, 2, 5))).toEqual({ error: E.INVALID_PRODUCER_EPOCH }) // fenced by the bump
    expect(p.entry(TP, 1)).toMatchObject({ epoch: 3 })
    // Other producers and non-idempotent batches are independent.
    expect(part.produce(batch(2, 0, 0))).toEqual({ baseOffset: 6 })
    expect(part.produce(batch(-1, -1, -1))).toEqual({ baseOffset: 7 })
    expect(part.produce(batch(-1, -1, -1))).toEqual({ baseOffset: 8 })
    expect(part.produce({ ...batch(3, 0, 0), isTransactional: true })).toEqual({ error: E.INVALID_TXN_STATE })
  })

  it('sequences wrap from Int32.MAX to 0', () => {
    const part = new Partition(new ProducerStateManager({ clock: new ManualClock() }))
    const max = 0x7fffffff
    expect(part.produce(batch(1, 0, max - 1, 2))).toEqual({ baseOffset: 0 })
    expect(incrementSequence(max - 1, 1)).toBe(max)
    expect(part.produce(batch(1, 0, 0, 2))).toEqual({ baseOffset: 2 })
    expect(part.produce(batch(1, 0, max - 1, 2))).toEqual({ baseOffset: 0 })
  })

  it('unknown producers: accepted at any sequence like current brokers, or UNKNOWN_PRODUCER_ID when asked', () => {
    expect(new ProducerStateManager({ clock: new ManualClock() }).checkAppend(TP, batch(9, 0, 42))).toEqual({ kind: 'append' })
    const strict = new ProducerStateManager({ clock: new ManualClock(), rejectUnknownProducer: true })
    expect(strict.checkAppend(TP, batch(9, 0, 42))).toMatchObject({ kind: 'error', code: E.UNKNOWN_PRODUCER_ID })
    expect(strict.checkAppend(TP, batch(9, 0, 0))).toEqual({ kind: 'append' })
  })
})

describe('restart', () => {
  it('snapshot/restore and rebuildFromBatches give back the same duplicate detection', () => {
    const p = new ProducerStateManager({ clock: new ManualClock() })
    const part = new Partition(p)
    for (let i = 0; i < 8; i++) part.produce(batch(1 + (i % 2), 0, Math.floor(i / 2) * 2, 2))
    const fromSnapshot = new ProducerStateManager({ clock: new ManualClock() })
    fromSnapshot.restore(p.snapshot())
    const fromLog = new ProducerStateManager({ clock: new ManualClock() })
    fromLog.rebuildFromBatches(TP, part.batches)
    for (const q of [fromSnapshot, fromLog]) {
      expect(q.entry(TP, 1)).toEqual(p.entry(TP, 1))
      expect(q.entry(TP, 2)).toEqual(p.entry(TP, 2))
      expect(q.checkAppend(TP, batch(1, 0, 6, 2))).toEqual({ kind: 'duplicate', baseOffset: 12, lastOffset: 13 })
      expect(q.checkAppend(TP, batch(2, 0, 8, 2))).toEqual({ kind: 'append' })
    }
    // Ids are not reused after rebuilding from the log.
    expect(fromLog.producerIdNext).toBe(3n)
    const bytes = p.snapshotPartition(TP)
    expect(() => fromLog.restorePartition(TP, bytes.subarray(0, bytes.length - 3))).toThrow(ProducerSnapshotError)
  })

  it('reads the producer fields of a RecordBatch v2 header', () => {
    const b = new Uint8Array(61)
    const v = new DataView(b.buffer)
    v.setBigInt64(0, 100n)
    v.setInt16(21, 0x10)
    v.setInt32(23, 4)
    v.setBigInt64(35, 1234n)
    v.setBigInt64(43, 77n)
    v.setInt16(51, 3)
    v.setInt32(53, 10)
    expect(readProducerBatchHeader(b)).toEqual({ baseOffset: 100, isTransactional: true, lastOffsetDelta: 4, maxTimestamp: 1234, producerId: 77, producerEpoch: 3, baseSequence: 10 })
  })

  it('forgets producers idle past producer.id.expiration.ms, and the least recent beyond the per-partition cap', () => {
    const clock = new ManualClock()
    const p = new ProducerStateManager({ clock, limits: { producersPerPartitionMax: 2, producerIdExpirationMs: 1000 } })
    p.recordAppend(TP, batch(1, 0, 0), 0)
    p.recordAppend(TP, batch(2, 0, 0), 1)
    p.recordAppend(TP, batch(1, 0, 1), 2)
    p.recordAppend(TP, batch(3, 0, 0), 3)
    expect(p.entry(TP, 2)).toBeUndefined()
    clock.advance(1000)
    expect(p.expireProducers()).toBe(2)
  })
})

describe('property', () => {
  it('a producer that retries batches at random (lost acks, up to 5 in flight) leaves every record in the log exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.nat(4), fc.boolean()), { minLength: 1, maxLength: 60 }), (steps) => {
        const part = new Partition(new ProducerStateManager({ clock: new ManualClock() }))
        const sent: { seq: number; n: number }[] = []
        let nextSeq = 0
        for (const [n, back, retry] of steps) {
          if (retry && sent.length > 0) {
            // Resend one of the last 5 unacknowledged-looking batches: must come back with the same offset.
            const b = sent[Math.max(0, sent.length - 1 - back)]
            const r = part.produce(batch(1, 0, b.seq, b.n))
            expect('baseOffset' in r).toBe(true)
          } else {
            part.produce(batch(1, 0, nextSeq, n))
            sent.push({ seq: nextSeq, n })
            nextSeq += n
          }
        }
        expect(part.endOffset).toBe(nextSeq)
        expect(part.batches.map((b) => b.baseSequence)).toEqual(sent.map((s) => s.seq))
        // Sequences in the log map 1:1 onto offsets.
        for (const b of part.batches) expect(b.baseOffset).toBe(b.baseSequence)
      }),
      { numRuns: 200, seed: 5 },
    )
  })
})
