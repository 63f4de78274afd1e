// The broker's internal topics, kept in the engine like any other topic (durable when the engine has a
// data directory):
// - `__consumer_offsets`: the group coordinator's CoordinatorLog (committed offsets, group metadata), one
//   record per key/value with Kafka's own schemas (host/coordinator/records.ts);
// - `__sluice_producer_ids`: the end of each block of producer ids reserved by InitProducerId, so a
//   restart never hands out an id that a producer already used.
// Both are hidden from Metadata unless named, as Kafka hides its internal topics.

import type { Engine } from '../engine/engine.js'
import { EngineRecordLog } from '../engine/record-log.js'
import { CONSUMER_OFFSETS_TOPIC } from '../coordinator/records.js'

// The engine owns the group coordinator and its log (host/engine/groups.ts); re-exported for the broker's users.
export { CONSUMER_OFFSETS_TOPIC, EngineRecordLog }
export const PRODUCER_IDS_TOPIC = '__sluice_producer_ids'
const internalTopics = new Set([CONSUMER_OFFSETS_TOPIC, PRODUCER_IDS_TOPIC])

export function isInternalTopic(name: string): boolean {
  return internalTopics.has(name)
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
