// Dead letters: every event the ingest drops or fails to publish is appended to one topic (default
// `sluice.dead-letters`), value = the original payload, with headers that say why and where it was going,
// so any subscriber or Kafka client can read it and `replayDeadLetters` can put it back.

import { type Engine } from '../engine/engine.js'
import { RecordBatchBuilder } from '../engine/record-batch.js'
import { type Message } from '../engine/record-format.js'
import { DeadLetterReason, deadLetterReasonNames } from './wire.js'

export const deadLetterTopicDefault = 'sluice.dead-letters'
export const DeadLetterHeader = {
  reason: 'sluice-dlq-reason',
  topic: 'sluice-dlq-topic',
  priority: 'sluice-dlq-priority',
  receivedMs: 'sluice-dlq-received-ms',
  detail: 'sluice-dlq-detail',
} as const

const decoder = new TextDecoder()
/** Distinct (topic, reason) pairs tallied before further topics count under "*". */
const tallyTopicsMax = 1000

/**
 * A batch builder sized to `topic`'s limits: `engine.batchBuilder(topic)` where the engine has it (the
 * RecordBatch v2 engine), else one sized by the topic's recordBytesMax.
 */
export function builderFor(engine: Engine, topic: string): RecordBatchBuilder {
  const sized = (engine as unknown as { batchBuilder?: (topic: string) => RecordBatchBuilder }).batchBuilder
  if (typeof sized === 'function') return sized.call(engine, topic)
  return new RecordBatchBuilder(engine.describeTopic(topic).recordBytesMax)
}

/** Buffers dead letters of one thread and appends them in one publish per flush. */
export class DeadLetterWriter {
  private readonly builder: RecordBatchBuilder
  /** Dead letters lost because the dead-letter topic itself refused them (counted, logged by the caller). */
  lost = 0
  written = 0
  /**
   * Dead letters added, by original topic and reason ("topic\u0000reason"), for the metrics sampler. Names
   * that are not topics (illegal-topic, bad-extension) and names past tallyTopicsMax count under "*", so
   * a client sending garbage cannot grow the map (or the metric's label set) without bound.
   */
  readonly tally = new Map<string, number>()

  constructor(
    private readonly engine: Engine,
    readonly topic: string,
  ) {
    this.builder = builderFor(engine, topic)
  }

  get pending(): number {
    return this.builder.count
  }

  /** Queues one dead letter. `topic` is the original (mapped) topic name, or the raw bytes decoded as latin1. */
  add(topic: string, payload: Uint8Array, reason: number, priority: number, receivedMs: number, detail?: string): void {
    const headers: Record<string, string> = {
      [DeadLetterHeader.reason]: deadLetterReasonNames[reason] ?? String(reason),
      [DeadLetterHeader.topic]: topic,
      [DeadLetterHeader.priority]: String(priority),
      [DeadLetterHeader.receivedMs]: String(Math.round(receivedMs)),
    }
    if (detail !== undefined) headers[DeadLetterHeader.detail] = detail.slice(0, 200)
    const reasonName = headers[DeadLetterHeader.reason]
    const named = reason !== DeadLetterReason.illegalTopic && reason !== DeadLetterReason.badExtension
    let key = `${named ? topic : '*'}\u0000${reasonName}`
    if (!this.tally.has(key) && this.tally.size >= tallyTopicsMax) key = `*\u0000${reasonName}`
    this.tally.set(key, (this.tally.get(key) ?? 0) + 1)
    try {
      this.builder.add(payload, null, headers)
    } catch {
      // Larger than the dead-letter topic's record limit: keep the headers, not the payload.
      this.builder.add(new Uint8Array(0), null, { ...headers, [DeadLetterHeader.detail]: `payload of ${payload.length} bytes exceeded the dead-letter record limit` })
    }
  }

  async flush(): Promise<void> {
    const count = this.builder.count
    if (count === 0) return
    try {
      await this.engine.publishRecords(this.topic, this.builder)
      this.written += count
    } catch {
      this.lost += count
    } finally {
      this.builder.clear()
    }
  }
}

export function headerValue(message: Message, key: string): string | null {
  for (const header of message.headers) {
    if (header.key === key) return header.value === null ? null : decoder.decode(header.value)
  }
  return null
}

export interface ReplayOptions {
  /** Dead-letter topic (default sluice.dead-letters). */
  deadLetterTopic?: string
  /** First dead-letter offset to consider (default: the oldest in memory); pass the last result's nextOffset to continue. */
  fromOffset?: number
  /** Replay only entries with these reasons (default: all but illegal-topic and bad-extension, which have no valid topic). */
  reasons?: readonly string[]
}

export interface ReplayResult {
  readonly replayed: number
  readonly skipped: number
  /** The dead-letter offset to start the next replay from. */
  readonly nextOffset: number
}

/**
 * Republishes the dead letters whose original topic is `topic` into it, in dead-letter order. Dead
 * letters are not removed (the log is append-only): continue from `nextOffset` to avoid replaying twice.
 */
export async function replayDeadLetters(engine: Engine, topic: string, options: ReplayOptions = {}): Promise<ReplayResult> {
  const deadLetterTopic = options.deadLetterTopic ?? deadLetterTopicDefault
  const info = engine.describeTopic(deadLetterTopic)
  const reasons = options.reasons ?? deadLetterReasonNames.filter((name) => name !== 'illegal-topic' && name !== 'bad-extension' && name !== 'none')
  let replayed = 0
  let skipped = 0
  let nextOffset = options.fromOffset ?? 0
  for (const partition of info.partitions) {
    const start = Math.max(options.fromOffset ?? partition.headOffset, partition.headOffset)
    const end = partition.nextOffset
    if (start >= end) continue
    const subscription = engine.subscribe(deadLetterTopic, { from: { offset: start }, partitions: [partition.partition], onMissed: 'skip' })
    try {
      let seen = start
      while (seen < end) {
        const batch = await subscription.nextBatch()
        const records: Array<{ value: Uint8Array | null; headers: Record<string, string> }> = []
        for (const message of batch) {
          if (message.offset >= end) break
          seen = message.offset + 1
          const original = headerValue(message, DeadLetterHeader.topic)
          const reason = headerValue(message, DeadLetterHeader.reason) ?? ''
          if (original !== topic || !reasons.includes(reason)) {
            skipped++
            continue
          }
          records.push({ value: message.value, headers: { 'sluice-replayed-from': `${deadLetterTopic}/${partition.partition}/${message.offset}` } })
        }
        if (records.length > 0) {
          await engine.publishBatch(topic, records)
          replayed += records.length
        }
        if (batch.length === 0) break
      }
      nextOffset = Math.max(nextOffset, seen)
    } finally {
      subscription.close()
    }
  }
  return { replayed, skipped, nextOffset }
}
