// Engine options: every limit explicit, named with its unit, validated once with a message that names the
// option, its value and the allowed range.

import { RECORD_HEADER_BYTES_HOST, entryOverheadBytes } from './record-format.js'
import type { PartitionLogConfig } from '../log/config.js'
import type { LogIo } from '../log/segment.js'

export interface EngineOptions {
  /** Size of the one shared memory, fixed for the engine's life. Default 512 MiB (reserved, not resident). */
  memoryBytes?: number
  /**
   * Makes topics durable: each partition is a segmented log under this directory (`<topic>-<partition>`),
   * recovered on open. Only the opening engine touches the files; attached workers publish and wait.
   */
  dataDir?: string
  /** 'os': a publish resolves once its batch is in the page cache (Kafka's default); 'fsync': after fdatasync. */
  durability?: 'os' | 'fsync'
  /** Segment size, age, retention and compaction settings of every partition log (see host/log/config.ts). */
  log?: Partial<PartitionLogConfig>
  /** How often retention and compaction run over durable partitions. Default 5 minutes. */
  retentionCheckMs?: number
  /** Replaces the logs' writes and syncs: fault injection (ENOSPC, EIO) in tests and embedders' own I/O. */
  logIo?: Partial<LogIo>
  /** Receives the durable store's structured events (recovery cuts, read-only partitions, retention). */
  logEvents?: (event: object) => void
  /** Most topics the directory holds, deleted ones included. Default 65,536. */
  topicsMax?: number
  /** Most partitions over all topics. Default 4 * topicsMax. */
  partitionsMax?: number
  /** Default in-memory window per partition (a power of two >= 64 KiB). Default 1 MiB. */
  windowBytes?: number
  /** Default largest record (key + value + headers + 40 bytes of framing). Default min(windowBytes / 4, 1 MiB). */
  recordBytesMax?: number
  /** Most engine instances (the opener and every Engine.attach) at once. Default 16. */
  workersMax?: number
  /** Per-instance staging area for publishes: a publishBatch larger than this is split. Default 1 MiB. */
  stagingBytes?: number
  /** Per-instance buffer that subscribers copy records into. Default 1 MiB. */
  readBufferBytes?: number
  /** How long a publish waits for a backpressure subscriber to make room before it fails. Default 30 s. */
  publishTimeoutMs?: number
}

export interface EngineLimits {
  readonly topicsMax: number
  readonly partitionsMax: number
  readonly partitionsPerTopicMax: number
  readonly windowBytes: number
  readonly recordBytesMax: number
  readonly workersMax: number
  readonly stagingBytes: number
  readonly readBufferBytes: number
  readonly topicNameBytesAverage: number
  readonly publishTimeoutMs: number
}

export interface TopicOptions {
  /** Persist to the data directory. Default: true when the engine was opened with dataDir. */
  durable?: boolean
  /**
   * This topic's log settings over the engine's `log` option (e.g. `{ cleanupPolicy: 'compact',
   * retentionMs: null }`), kept in its metadata. Honoured when the topic is created by the engine that
   * opened the data directory; elsewhere it is refused.
   */
  log?: Partial<PartitionLogConfig>
  /** Default 1. */
  partitions?: number
  /** Overrides the engine's windowBytes for this topic. */
  windowBytes?: number
  /** Overrides the engine's recordBytesMax for this topic. */
  recordBytesMax?: number
}

export const windowBytesMin = 64 * 1024
export const windowBytesLimit = 1024 * 1024 * 1024
export const memoryBytesDefault = 512 * 1024 * 1024
export const recordBytesMaxDefault = 1024 * 1024

function integerOption(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const chosen = value ?? fallback
  if (!Number.isSafeInteger(chosen) || chosen < min || chosen > max) {
    throw new RangeError(`option ${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
  }
  return chosen
}

export function assertWindowBytes(name: string, windowBytes: number): void {
  if (!Number.isSafeInteger(windowBytes) || windowBytes < windowBytesMin || windowBytes > windowBytesLimit || (windowBytes & (windowBytes - 1)) !== 0) {
    throw new RangeError(`option ${name} must be a power of two from ${windowBytesMin} to ${windowBytesLimit}, got ${String(windowBytes)}`)
  }
}

export function engineLimits(options: EngineOptions): EngineLimits {
  const topicsMax = integerOption('topicsMax', options.topicsMax, 65_536, 1, 16_777_216)
  const partitionsMax = integerOption('partitionsMax', options.partitionsMax, topicsMax * 4, 1, 67_108_864)
  const windowBytes = options.windowBytes ?? 1024 * 1024
  assertWindowBytes('windowBytes', windowBytes)
  const recordBytesMax = integerOption('recordBytesMax', options.recordBytesMax, Math.min(windowBytes / 4, recordBytesMaxDefault), RECORD_HEADER_BYTES_HOST, windowBytes / 2 - entryOverheadBytes)
  // Every worker slot gets its own staging area and read buffer: 2 MiB each by default, reserved for
  // workersMax slots but resident only once a worker uses them.
  // A record must fit one batch entry: its own bytes plus entry and batch headers.
  const entryBytesNeeded = recordBytesMax + entryOverheadBytes
  const stagingBytes = integerOption('stagingBytes', options.stagingBytes, Math.max(1024 * 1024, entryBytesNeeded), entryBytesNeeded, 256 * 1024 * 1024)
  const readBufferBytes = integerOption('readBufferBytes', options.readBufferBytes, Math.max(1024 * 1024, entryBytesNeeded), entryBytesNeeded, 256 * 1024 * 1024)
  return {
    topicsMax,
    partitionsMax,
    partitionsPerTopicMax: Math.min(partitionsMax, 65_536),
    windowBytes,
    recordBytesMax,
    workersMax: integerOption('workersMax', options.workersMax, 16, 1, 1024),
    stagingBytes,
    readBufferBytes,
    // Kafka names are at most 249 bytes; the name heap is sized for an average, and creating a topic whose
    // name does not fit any more fails with a clear error rather than overwriting the next region.
    topicNameBytesAverage: 48,
    publishTimeoutMs: integerOption('publishTimeoutMs', options.publishTimeoutMs, 30_000, 1, 3_600_000),
  }
}

export function topicLimits(engine: EngineLimits, options: TopicOptions): { partitions: number; windowBytes: number; recordBytesMax: number } {
  const partitions = integerOption('partitions', options.partitions, 1, 1, engine.partitionsPerTopicMax)
  const windowBytes = options.windowBytes ?? engine.windowBytes
  assertWindowBytes('windowBytes', windowBytes)
  const recordBytesMax = integerOption(
    'recordBytesMax',
    options.recordBytesMax,
    Math.min(engine.recordBytesMax, windowBytes / 4),
    RECORD_HEADER_BYTES_HOST,
    Math.min(windowBytes / 2, engine.stagingBytes, engine.readBufferBytes) - entryOverheadBytes,
  )
  return { partitions, windowBytes, recordBytesMax }
}
