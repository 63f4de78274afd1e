// Per-partition log settings, with Kafka's defaults and names where Kafka has the same setting
// (segment.bytes, segment.ms, index.interval.bytes, retention.ms, retention.bytes, cleanup.policy,
// delete.retention.ms, message.max.bytes).

export type Durability = 'os' | 'fsync'
export type CleanupPolicy = 'delete' | 'compact'

export interface PartitionLogConfig {
  /** Roll to a new segment before one grows past this. Positions in the index are int32, hence the cap. */
  segmentBytes: number
  /** Roll a segment whose first batch is older than this, even if not full. */
  segmentMs: number
  /** Bytes of log between two sparse offset-index entries: lower is faster lookup, bigger index. */
  indexIntervalBytes: number
  /** 'os': acknowledged once in the page cache (Kafka's default). 'fsync': only after fdatasync (group commit). */
  durability: Durability
  /** Delete segments whose newest batch is older than this (delete policy); null keeps forever. */
  retentionMs: number | null
  /** Delete oldest segments while the partition is larger than this (delete policy); null: no size limit. */
  retentionBytes: number | null
  cleanupPolicy: CleanupPolicy
  /** With 'compact': how long a tombstone (null value) is kept after its timestamp, so consumers see it. */
  deleteRetentionMs: number
  /** With 'compact': segments holding a record newer than this stay uncompacted (Kafka's min.compaction.lag.ms). */
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
  if (config.cleanupPolicy !== 'delete' && config.cleanupPolicy !== 'compact') {
    throw new RangeError(`log config cleanupPolicy must be 'delete' or 'compact', got ${String(config.cleanupPolicy)}`)
  }
  if (config.retentionMs !== null) positiveInteger('retentionMs')
  if (config.retentionBytes !== null) positiveInteger('retentionBytes')
  for (const name of ['deleteRetentionMs', 'minCompactionLagMs'] as const) {
    const value = config[name]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new RangeError(`log config ${name} must be a non-negative integer, got ${String(value)}`)
  }
  return config
}
