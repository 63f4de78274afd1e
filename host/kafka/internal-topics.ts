// The broker's internal topics, kept in the engine like any other topic (durable when the engine has a
// data directory):
// - `__consumer_offsets`: the group coordinator's CoordinatorLog (committed offsets, group metadata), one
//   record per key/value with Kafka's own schemas (host/coordinator/records.ts);
// - `__sluice_producer_ids`: the end of each block of producer ids reserved by InitProducerId, so a
//   restart never hands out an id that a producer already used.
// Both are hidden from Metadata unless named, as Kafka hides its internal topics.

import type { Engine } from '../engine/engine.js'
import type { CoordinatorLog } from '../coordinator/records.js'

export const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets'
export const PRODUCER_IDS_TOPIC = '__sluice_producer_ids'
const internalTopics = new Set([CONSUMER_OFFSETS_TOPIC, PRODUCER_IDS_TOPIC])

export function isInternalTopic(name: string): boolean {
  return internalTopics.has(name)
}

/** Most records one subscription read hands back; bounds the memory a load holds at a time. */
const loadBatchesPerReadMax = 1024

/**
 * A CoordinatorLog over one single-partition engine topic: append publishes one record (key, value; a null
 * value is a tombstone) and resolves when the engine acknowledges it (durable for durable topics);
 * readAll reads the partition from its start up to the end offset it had when the read began.
 */
export class EngineRecordLog implements CoordinatorLog {
  private constructor(private readonly engine: Engine, readonly topic: string) {}

  /** Opens the topic, creating it (one partition, durable when the engine has a data directory) if needed. */
  static async open(engine: Engine, topic: string): Promise<EngineRecordLog> {
    if (!engine.listTopics().includes(topic)) {
      try {
        // Kafka's internal topics are compacted and never expire by time: the latest record per key (a
        // group's offsets, the producer-id block) must outlive any retention.
        const durable = engine.durable !== null
        await engine.createTopic(topic, { partitions: 1, ...(durable ? { log: { cleanupPolicy: 'compact' as const, retentionMs: null } } : {}) })
      } catch (error) {
        if (!(error instanceof Error && (error as { code?: string }).code === 'TOPIC_EXISTS')) throw error
      }
    }
    return new EngineRecordLog(engine, topic)
  }

  async append(key: Uint8Array, value: Uint8Array | null): Promise<void> {
    await this.engine.publish(this.topic, { key, value, partition: 0 })
  }

  async *readAll(): AsyncIterable<{ key: Uint8Array; value: Uint8Array | null }> {
    const { headOffset, nextOffset: end } = this.engine.describeTopic(this.topic).partitions[0]
    if (end <= headOffset) return
    const subscription = this.engine.subscribe(this.topic, { from: 'earliest', partitions: [0], batchesPerReadMax: loadBatchesPerReadMax })
    try {
      for (;;) {
        const messages = await subscription.nextBatch()
        for (const m of messages) {
          if (m.offset >= end) return
          if (m.key === null) continue // not written by the coordinator: nothing to key it by
          yield { key: m.key, value: m.value }
          if (m.offset + 1 >= end) return
        }
      }
    } finally {
      subscription.close()
    }
  }
}

/** The producer-id block log: the last block end written is where ids continue after a restart. */
export class ProducerIdBlocks {
  private static readonly key = new TextEncoder().encode('producer-id-block')

  private constructor(private readonly log: EngineRecordLog, readonly blockEnd: bigint) {}

  static async open(engine: Engine): Promise<ProducerIdBlocks> {
    const log = await EngineRecordLog.open(engine, PRODUCER_IDS_TOPIC)
    let blockEnd = 0n
    for await (const { value } of log.readAll()) {
      if (value === null || value.byteLength !== 8) continue
      const end = new DataView(value.buffer, value.byteOffset, 8).getBigInt64(0)
      if (end > blockEnd) blockEnd = end
    }
    return new ProducerIdBlocks(log, blockEnd)
  }

  /** Persists the end (exclusive) of a block before any id of it is handed out. */
  async persist(blockEnd: bigint): Promise<void> {
    const value = new Uint8Array(8)
    new DataView(value.buffer).setBigInt64(0, blockEnd)
    await this.log.append(ProducerIdBlocks.key, value)
  }
}
