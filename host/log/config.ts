// Per-partition log settings, with Kafka's defaults and names where Kafka has the same setting
// (segment.bytes, segment.ms, index.interval.bytes, retention.ms, retention.bytes, cleanup.policy,
// delete.retention.ms, message.max.bytes).

export type Durability = 'os' | 'fsync'
/**
 * Kafka's cleanup.policy. 'compact,delete' runs both, as Kafka does: old segments are compacted and whole
 * segments past retentionMs / retentionBytes are deleted. Metadata written before both existed holds
 * 'delete' or 'compact', which keep their meaning.
 */
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete'

/** Whether the policy compacts (keeps the latest record per key). */
export function policyCompacts(policy: CleanupPolicy): boolean {
  return policy !== 'delete'
}

/** Whether the policy deletes whole segments by time and size retention. */
export function policyDeletes(policy: CleanupPolicy): boolean {
  return policy !== 'compact'
}

/** Kafka's list form ("delete", "compact", "compact,delete" in either order, spaces allowed); null if it is not one. */
export function parseCleanupPolicy(value: string): CleanupPolicy | null {
  const items = new Set(value.split(',').map((item) => item.trim()))
  if ([...items].some((item) => item !== 'delete' && item !== 'compact')) return null
  if (items.size === 2) return 'compact,delete'
  return items.has('compact') ? 'compact' : 'delete'
}

export interface PartitionLogConfig {
  /** Roll to a new segment before one grows past this. Positions in the index are int32, hence the cap. */
  segmentBytes: number
  /** Roll a segment whose first batch is older than this, even if not full. */
  segmentMs: number
  /** Bytes of log between two sparse offset-index entries: lower is faster lookup, bigger index. */
  indexIntervalBytes: number
  /** 'os': acknowledged once in the page cache (Kafka's default). 'fsync': only after fdatasync (group commit). */
  durability: Durability
  /** Delete segments whose newest batch is older than this (delete and compact,delete policies); null keeps forever. */
  retentionMs: number | null
  /** Delete oldest segments while the partition is larger than this (delete and compact,delete); null: no size limit. */
  retentionBytes: number | null
  cleanupPolicy: CleanupPolicy
  /** With compaction: how long a tombstone (null value) is kept after its timestamp, so consumers see it. */
  deleteRetentionMs: number
  /** With compaction: segments holding a record newer than this stay uncompacted (Kafka's min.compaction.lag.ms). */
  minCompactionLagMs: number
  /** Largest batch accepted by append. */
  batchBytesMax: number
}

const dayMs = 24 * 60 * 60 * 1000
/** int32 positions in the offset index (Kafka's limit too). */
export const segmentBytesLimit = 2 ** 31 - 1

export const defaultPartitionLogConfig: Readonly<PartitionLogConfig> = Object.freeze({
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * dayMs,
  indexIntervalBytes: 4096,
  durability: 'os',
  retentionMs: 7 * dayMs,
  retentionBytes: null,
  cleanupPolicy: 'delete',
  deleteRetentionMs: dayMs,
  minCompactionLagMs: 0,
  batchBytesMax: 1048588,
})

/** Fills in defaults and checks every field; throws a RangeError naming the field. */
export function resolvePartitionLogConfig(partial: Partial<PartitionLogConfig> = {}): PartitionLogConfig {
  const config: PartitionLogConfig = { ...defaultPartitionLogConfig }
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value
  }
  const positiveInteger = (name: keyof PartitionLogConfig, max = Number.MAX_SAFE_INTEGER): void => {
    const value = config[name]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0 || value > max) {
      throw new RangeError(`log config ${name} must be an integer in 1..${max}, got ${String(value)}`)
    }
  }
  positiveInteger('segmentBytes', segmentBytesLimit)
  positiveInteger('segmentMs')
  positiveInteger('indexIntervalBytes', segmentBytesLimit)
  positiveInteger('batchBytesMax', segmentBytesLimit)
  if (config.durability !== 'os' && config.durability !== 'fsync') throw new RangeError(`log config durability must be 'os' or 'fsync', got ${String(config.durability)}`)
  const policy = typeof config.cleanupPolicy === 'string' ? parseCleanupPolicy(config.cleanupPolicy) : null
  if (policy === null) throw new RangeError(`log config cleanupPolicy must be 'delete', 'compact' or 'compact,delete', got ${String(config.cleanupPolicy)}`)
  config.cleanupPolicy = policy
  if (config.retentionMs !== null) positiveInteger('retentionMs')
  if (config.retentionBytes !== null) positiveInteger('retentionBytes')
  for (const name of ['deleteRetentionMs', 'minCompactionLagMs'] as const) {
    const value = config[name]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new RangeError(`log config ${name} must be a non-negative integer, got ${String(value)}`)
  }
  return config
}
