// The partition logs of a data directory: one `<topic>-<partition>/` directory per partition (a
// PartitionLog) and one `<topic>.topic.json` per topic holding its partition count and log config.
// Topics are listed from those files at open; partitions open on first use. Deleting a topic first renames
// its metadata to `<topic>.topic.json.deleting` (from then on the topic is gone), removes the partition
// directories, then the marker; open() finishes a deletion a crash interrupted.

import { mkdir, readdir, readFile, rename, rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { InvalidPartitionError, TopicExistsError, UnknownTopicError } from '../engine/errors.js'
import { validateTopicName } from '../engine/topic-name.js'
import { resolvePartitionLogConfig, type PartitionLogConfig } from './config.js'
import { LogClosedError, LogCorruptError } from './errors.js'
import { PartitionLog, syncDirectory, writeFileAtomic, type PartitionLogOptions } from './partition-log.js'

const metadataSuffix = '.topic.json'
const deletingSuffix = '.topic.json.deleting'
/** Kafka's per-topic partition limit is far higher; this bounds directory fan-out per topic here. */
export const partitionCountMax = 10_000

export interface TopicLogMetadata {
  version: 1
  topic: string
  partitions: number
  /** The topic's overrides; unset fields take the manager's defaults. */
  config: Partial<PartitionLogConfig>
  createdMs: number
}

export interface LogManagerOptions extends PartitionLogOptions {
  /** Config for every topic, under each topic's own overrides. */
  defaults?: Partial<PartitionLogConfig>
}

export class LogManager {
  readonly dataDir: string
  readonly #options: LogManagerOptions
  readonly #topics = new Map<string, TopicLogMetadata>()
  readonly #open = new Map<string, Promise<PartitionLog>>()
  #closed = false

  private constructor(dataDir: string, options: LogManagerOptions) {
    this.dataDir = dataDir
    this.#options = options
  }

  /** Opens the data directory (creating it), finishes interrupted deletions and lists the topics. */
  static async open(dataDir: string, options: LogManagerOptions = {}): Promise<LogManager> {
    resolvePartitionLogConfig(options.defaults)
    await mkdir(dataDir, { recursive: true })
    const manager = new LogManager(dataDir, options)
    const names = await readdir(dataDir)
    for (const name of names) {
      if (!name.endsWith(deletingSuffix)) continue
      const metadata = await readMetadata(join(dataDir, name))
      await manager.#removePartitionDirectories(metadata.topic, metadata.partitions)
      await unlink(join(dataDir, name))
    }
    for (const name of names) {
      if (!name.endsWith(metadataSuffix)) continue
      const metadata = await readMetadata(join(dataDir, name))
      if (`${metadata.topic}${metadataSuffix}` !== name) throw new LogCorruptError(dataDir, `${name} describes topic ${JSON.stringify(metadata.topic)}`)
      manager.#topics.set(metadata.topic, metadata)
    }
    return manager
  }

  /** Topic names, sorted. */
  topics(): string[] {
    return [...this.#topics.keys()].sort()
  }

  describeTopic(topic: string): TopicLogMetadata | undefined {
    return this.#topics.get(topic)
  }

  /** The full config a partition of `topic` runs with. */
  topicConfig(topic: string): PartitionLogConfig {
    const metadata = this.#require(topic)
    return resolvePartitionLogConfig({ ...this.#options.defaults, ...metadata.config })
  }

  /** Creates the topic's metadata and partition logs. */
  async createTopic(topic: string, partitions: number, config: Partial<PartitionLogConfig> = {}): Promise<PartitionLog[]> {
    this.#checkOpen('createTopic')
    validateTopicName(topic)
    if (!Number.isSafeInteger(partitions) || partitions < 1 || partitions > partitionCountMax) {
      throw new RangeError(`partitions must be an integer in 1..${partitionCountMax}, got ${partitions}`)
    }
    if (this.#topics.has(topic)) throw new TopicExistsError(topic)
    resolvePartitionLogConfig({ ...this.#options.defaults, ...config })
    const metadata: TopicLogMetadata = { version: 1, topic, partitions, config: { ...config }, createdMs: Date.now() }
    this.#topics.set(topic, metadata)
    try {
      // Leftovers of an older topic of the same name (a deletion that never finished) must not come back.
      await this.#removePartitionDirectories(topic, partitions)
      await writeFileAtomic(this.dataDir, topic + metadataSuffix, JSON.stringify(metadata, null, 2) + '\n', true)
    } catch (error) {
      this.#topics.delete(topic)
      throw error
    }
    const logs: PartitionLog[] = []
    for (let partition = 0; partition < partitions; partition++) logs.push(await this.partition(topic, partition))
    return logs
  }

  /** The log of one partition, opened (and recovered) on first use. */
  partition(topic: string, partition: number): Promise<PartitionLog> {
    this.#checkOpen('open a partition')
    const metadata = this.#require(topic)
    if (!Number.isSafeInteger(partition) || partition < 0 || partition >= metadata.partitions) {
      return Promise.reject(new InvalidPartitionError(topic, partition, metadata.partitions))
    }
    const key = `${topic}-${partition}`
    let log = this.#open.get(key)
    if (log === undefined) {
      log = PartitionLog.open(join(this.dataDir, key), this.topicConfig(topic), this.#options)
      this.#open.set(key, log)
      log.catch(() => this.#open.delete(key))
    }
    return log
  }

  /** Every partition of a topic, opened. */
  async openTopic(topic: string): Promise<PartitionLog[]> {
    const metadata = this.#require(topic)
    const logs: PartitionLog[] = []
    for (let partition = 0; partition < metadata.partitions; partition++) logs.push(await this.partition(topic, partition))
    return logs
  }

  /** Closes the topic's logs and removes its data. */
  async deleteTopic(topic: string): Promise<void> {
    this.#checkOpen('deleteTopic')
    const metadata = this.#require(topic)
    this.#topics.delete(topic)
    for (let partition = 0; partition < metadata.partitions; partition++) {
      const key = `${topic}-${partition}`
      const log = this.#open.get(key)
      this.#open.delete(key)
      if (log !== undefined) await (await log).close().catch(() => {})
    }
    await rename(join(this.dataDir, topic + metadataSuffix), join(this.dataDir, topic + deletingSuffix))
    await syncDirectory(this.dataDir)
    await this.#removePartitionDirectories(topic, metadata.partitions)
    await unlink(join(this.dataDir, topic + deletingSuffix))
  }

  /** Closes every open partition log (each writes its clean-shutdown marker). */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    const logs = [...this.#open.values()]
    this.#open.clear()
    const results = await Promise.allSettled(logs.map(async (log) => (await log).close()))
    const failed = results.find((result) => result.status === 'rejected')
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason
  }

  async #removePartitionDirectories(topic: string, partitions: number): Promise<void> {
    for (let partition = 0; partition < partitions; partition++) {
      await rm(join(this.dataDir, `${topic}-${partition}`), { recursive: true, force: true })
    }
  }

  #require(topic: string): TopicLogMetadata {
    const metadata = this.#topics.get(topic)
    if (metadata === undefined) throw new UnknownTopicError(topic)
    return metadata
  }

  #checkOpen(operation: string): void {
    if (this.#closed) throw new LogClosedError(this.dataDir, operation)
  }
}

async function readMetadata(path: string): Promise<TopicLogMetadata> {
  let metadata: TopicLogMetadata
  try {
    metadata = JSON.parse(await readFile(path, 'utf8')) as TopicLogMetadata
  } catch (error) {
    throw new LogCorruptError(path, `unreadable topic metadata (${error instanceof Error ? error.message : String(error)}): restore or remove the file`)
  }
  if (metadata.version !== 1 || typeof metadata.topic !== 'string' || !Number.isSafeInteger(metadata.partitions) || metadata.partitions < 1) {
    throw new LogCorruptError(path, 'topic metadata of an unknown version or shape: restore or remove the file')
  }
  return metadata
}
