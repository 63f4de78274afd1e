// Produce appends with idempotent-producer checks (docs/groups.md): per partition, one append at a time
// (a chain of promises, Kafka's partition lock), and for each batch of an idempotent producer
// ProducerStateManager.checkAppend before the engine append and recordAppend after it, so a retried batch
// is answered with its original offsets and written once.
//
// Producer state survives restarts by being rebuilt from the log: the first time a partition sees a batch
// from an idempotent producer, the batch headers of the whole partition (from its log start: the durable
// log, then the window) are read and replayed into the manager. That is the simplest correct recovery (no
// snapshot files to keep in step with the log); its cost is one header scan of the partition, paid once per
// partition per broker start, by the first idempotent produce to it.

import type { Engine } from '../engine/engine.js'
import { readProducerBatchHeader, topicPartitionKey, type LoggedBatchHeader, type ProducerStateManager } from '../coordinator/producer-state.js'

/** What one partition's append answered. */
export type AppendOutcome =
  | { readonly kind: 'appended'; readonly baseOffset: number; readonly duplicate: boolean }
  | { readonly kind: 'error'; readonly code: number; readonly message: string }

/** Bytes asked for per readBatches call while rebuilding producer state. */
const rebuildReadBytes = 4 * 1024 * 1024

export interface IdempotenceCounters {
  /** Retried batches answered with their original offsets instead of being written again. */
  duplicateBatches: number
  /** Partitions whose producer state was rebuilt from their log. */
  partitionsRebuilt: number
}

export class IdempotentAppender {
  private readonly tails = new Map<string, Promise<unknown>>()
  private readonly rebuilt = new Set<string>()
  readonly counters: IdempotenceCounters = { duplicateBatches: 0, partitionsRebuilt: 0 }

  constructor(private readonly engine: Engine, private readonly producers: ProducerStateManager) {}

  /** Appends `records` (one or more RecordBatch v2) to a partition, serialised with the partition's other appends. */
  append(topic: string, partition: number, records: Uint8Array): Promise<AppendOutcome> {
    const tp = topicPartitionKey(topic, partition)
    const previous = this.tails.get(tp) ?? Promise.resolve()
    const run = previous.then(() => this.appendNow(tp, topic, partition, records))
    const tail = run.catch(() => {})
    this.tails.set(tp, tail)
    void tail.then(() => {
      if (this.tails.get(tp) === tail) this.tails.delete(tp)
    })
    return run
  }

  /** Forgets a topic's producer state (topic deleted: a new topic under the name starts empty). */
  forgetTopic(topic: string, partitions: number): void {
    for (let p = 0; p < partitions; p++) {
      const tp = topicPartitionKey(topic, p)
      this.producers.removePartition(tp)
      this.rebuilt.delete(tp)
    }
  }

  private async appendNow(tp: string, topic: string, partition: number, records: Uint8Array): Promise<AppendOutcome> {
    const headers = batchHeaders(records)
    const parsedBytes = headers.reduce((sum, h) => sum + h.bytes, 0)
    // Malformed payloads go to the engine whole, which names what is wrong (CorruptBatchError).
    if (parsedBytes !== records.byteLength || !headers.some((h) => h.header.producerId >= 0)) {
      const { baseOffset } = await this.engine.appendBatches(topic, partition, records)
      return { kind: 'appended', baseOffset, duplicate: false }
    }
    if (!this.rebuilt.has(tp)) {
      const partitions = this.engine.describeTopic(topic).partitions
      // A partition that does not exist: the engine's append throws the error the client should get.
      if (partitions[partition] === undefined) await this.engine.appendBatches(topic, partition, records)
      await this.rebuild(tp, topic, partition)
    }
    // One batch at a time: each is checked against the state the previous one left.
    let first = -1
    let allDuplicates = true
    for (const { at, bytes, header } of headers) {
      const check = this.producers.checkAppend(tp, header)
      if (check.kind === 'error') return { kind: 'error', code: check.code, message: check.message }
      if (check.kind === 'duplicate') {
        this.counters.duplicateBatches++
        if (first < 0) first = check.baseOffset
        continue
      }
      allDuplicates = false
      const { baseOffset } = await this.engine.appendBatches(topic, partition, records.subarray(at, at + bytes))
      this.producers.recordAppend(tp, header, baseOffset)
      if (first < 0) first = baseOffset
    }
    return { kind: 'appended', baseOffset: first, duplicate: allDuplicates }
  }

  private async rebuild(tp: string, topic: string, partition: number): Promise<void> {
    this.producers.removePartition(tp)
    const info = this.engine.describeTopic(topic).partitions[partition]
    let offset = info.headOffset
    const end = info.nextOffset
    const logged: LoggedBatchHeader[] = []
    while (offset < end) {
      const read = await this.engine.readBatches(topic, partition, offset, rebuildReadBytes)
      if (read.bytes.length === 0 || read.nextOffset <= offset) break
      for (const { header } of batchHeaders(read.bytes)) logged.push(header)
      offset = read.nextOffset
    }
    this.producers.rebuildFromBatches(tp, logged)
    this.rebuilt.add(tp)
    this.counters.partitionsRebuilt++
  }
}

/** The batches of a produce payload with their producer fields, up to the first whose length does not fit. */
function batchHeaders(records: Uint8Array): { at: number; bytes: number; header: LoggedBatchHeader }[] {
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength)
  const out: { at: number; bytes: number; header: LoggedBatchHeader }[] = []
  for (let at = 0; at + 61 <= records.byteLength; ) {
    const bytes = 12 + view.getInt32(at + 8)
    if (bytes < 61 || at + bytes > records.byteLength) break
    out.push({ at, bytes, header: readProducerBatchHeader(records, at) })
    at += bytes
  }
  return out
}
