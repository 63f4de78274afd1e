// A keyed record log over one single-partition engine topic: what the group coordinator persists through
// (`__consumer_offsets`) and what the broker keeps its producer-id blocks in. Lives with the engine, which
// owns the group coordinator with or without a Kafka broker (host/engine/groups.ts).

import type { Engine } from './engine.js'
import type { CoordinatorLog } from '../coordinator/records.js'

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
