// Topic administration shared by the Kafka apis (CreateTopics, DeleteTopics, CreatePartitions,
// AlterConfigs, IncrementalAlterConfigs) and the broker's methods for the HTTP admin API: one place that
// changes the engine's topic, applies topic configs to its durable log and keeps the topic's Kafka state
// (topic id, explicit configs) in the engine's topic attributes, which a durable topic keeps in its
// metadata file, so both survive a restart.

import type { Engine } from '../engine/engine.js'
import { SluiceError } from '../engine/errors.js'
import { parseCleanupPolicy, type PartitionLogConfig, resolvePartitionLogConfig } from '../log/config.js'
import { ErrorCode, errorCodeOf } from './error-codes.js'
import { isInternalTopic } from './internal-topics.js'
import { ConfigError, ConfigOperation, type ConfigChange, type DescribedConfig, type TopicConfigStore } from './topic-configs.js'
import type { TopicIds } from './topic-ids.js'
import type { KafkaLog } from './log.js'

/** A refused admin request, with the Kafka error code a client (or the HTTP API) is answered with. */
export class TopicAdminError extends Error {
  override readonly name = 'TopicAdminError'
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message)
  }
}

const idAttribute = 'kafka.topic.id'
const configAttributePrefix = 'kafka.config.'

type LogPatch = { [K in keyof PartitionLogConfig]?: PartitionLogConfig[K] | undefined }

/** The log setting each Kafka topic config drives on a durable topic (a value out of the log's range is clamped). */
const logSettingOf: Readonly<Record<string, (value: string) => LogPatch>> = {
  // 0 and -1 as Kafka reads them: 0 keeps nothing past the active segment, -1 keeps everything.
  'retention.ms': (v) => ({ retentionMs: Number(v) < 0 ? null : Math.max(1, Number(v)) }),
  'retention.bytes': (v) => ({ retentionBytes: Number(v) < 0 ? null : Math.max(1, Number(v)) }),
  'segment.bytes': (v) => ({ segmentBytes: Number(v) }),
  'segment.ms': (v) => ({ segmentMs: Number(v) }),
  // "compact,delete" (either order) runs both: compaction, then time and size retention (validated before).
  'cleanup.policy': (v) => ({ cleanupPolicy: parseCleanupPolicy(v) ?? 'delete' }),
  'delete.retention.ms': (v) => ({ deleteRetentionMs: Number(v) }),
  'min.compaction.lag.ms': (v) => ({ minCompactionLagMs: Number(v) }),
}

/** Kafka configs acted on by a durable topic's log (the memory windows keep their last windowBytes). */
export const LOG_ENFORCED_CONFIGS: readonly string[] = Object.keys(logSettingOf)

/** The log overrides a set of explicit Kafka configs asks for. */
export function logOverridesOf(configs: ReadonlyMap<string, string>): Partial<PartitionLogConfig> {
  const out: Partial<PartitionLogConfig> = {}
  for (const [name, value] of configs) if (logSettingOf[name] !== undefined) Object.assign(out, logSettingOf[name](value))
  return out
}

export class TopicAdmin {
  /** Admin changes go one at a time: each reads the state the previous one left. */
  private chain: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly engine: Engine,
    private readonly configs: TopicConfigStore,
    private readonly topicIds: TopicIds,
    private readonly self: () => number,
    private readonly log: KafkaLog,
  ) {}

  private serially<T>(run: () => Promise<T>): Promise<T> {
    const result = this.chain.then(run, run)
    this.chain = result.catch(() => {})
    return result
  }

  /** Reads every live topic's persisted id and configs (at broker start, after the engine recovered them). */
  load(): void {
    for (const name of this.engine.listTopics()) {
      let attributes: Readonly<Record<string, string>>
      try {
        attributes = this.engine.topicAttributes(name)
      } catch {
        continue
      }
      const id = attributes[idAttribute]
      if (id !== undefined) this.topicIds.load(name, id)
      const explicit = new Map<string, string>()
      for (const [key, value] of Object.entries(attributes)) if (key.startsWith(configAttributePrefix)) explicit.set(key.slice(configAttributePrefix.length), value)
      if (explicit.size === 0) continue
      this.configs.set(name, explicit)
      this.reconcileLog(name, explicit)
    }
  }

  /**
   * Brings a durable topic's log settings in line with its explicit configs where they disagree: a topic
   * made with cleanup.policy=compact,delete before the log ran both policies has 'compact' in its metadata,
   * and runs both from this start on (the metadata is rewritten).
   */
  private reconcileLog(name: string, explicit: ReadonlyMap<string, string>): void {
    if (!this.hasLog(name)) return
    const current = this.engine.topicLogConfig(name)!
    const patch: LogPatch = {}
    for (const [key, value] of Object.entries(logOverridesOf(explicit))) {
      if (current[key as keyof PartitionLogConfig] !== value) Object.assign(patch, { [key]: value })
    }
    if (Object.keys(patch).length === 0) return
    void this.serially(async () => {
      await this.engine.alterTopicLogConfig(name, patch)
      this.log.info({ topic: name, log: patch }, 'log settings brought in line with the topic configs')
    }).catch((error: unknown) => this.log.error({ err: error, topic: name }, 'could not apply the topic configs to its log'))
  }

  /** Whether the topic has a log here that acts on retention, segment and cleanup configs. */
  hasLog(name: string): boolean {
    try {
      return this.engine.topicLogConfig(name) !== null
    } catch {
      return false
    }
  }

  /**
   * DescribeConfigs of a topic: explicit values, else what its durable log runs with (the engine's log
   * settings, which `sluice serve` options may have changed), else Kafka's defaults.
   */
  describeConfigs(name: string, names: readonly string[] | null): DescribedConfig[] {
    let log: PartitionLogConfig | null = null
    try {
      log = this.engine.topicLogConfig(name)
    } catch {
      log = null
    }
    const inherited = new Map<string, string>()
    if (log !== null) {
      inherited.set('retention.ms', log.retentionMs === null ? '-1' : String(log.retentionMs))
      inherited.set('retention.bytes', log.retentionBytes === null ? '-1' : String(log.retentionBytes))
      inherited.set('segment.bytes', String(log.segmentBytes))
      inherited.set('segment.ms', String(log.segmentMs))
      inherited.set('cleanup.policy', log.cleanupPolicy)
      inherited.set('delete.retention.ms', String(log.deleteRetentionMs))
      inherited.set('min.compaction.lag.ms', String(log.minCompactionLagMs))
    }
    return this.configs.describe(name, names, log !== null, inherited)
  }

  /** Writes the topic's Kafka state (id, explicit configs) into its engine attributes. */
  private async persist(name: string, explicit: ReadonlyMap<string, string>): Promise<void> {
    const attributes: Record<string, string> = {}
    for (const [key, value] of Object.entries(this.engine.topicAttributes(name))) if (key !== idAttribute && !key.startsWith(configAttributePrefix)) attributes[key] = value
    attributes[idAttribute] = this.topicIds.idOf(name)
    for (const [key, value] of explicit) attributes[configAttributePrefix + key] = value
    await this.engine.setTopicAttributes(name, attributes)
  }

  /** Persists an id made on first sight of a topic (one created through the embedded API). */
  persistId(name: string): void {
    void this.serially(async () => {
      if (!this.engine.listTopics().includes(name)) return
      if (this.engine.topicAttributes(name)[idAttribute] === this.topicIds.idOf(name)) return
      await this.persist(name, this.configs.explicit(name))
    }).catch((error: unknown) => this.log.error({ err: error, topic: name }, 'could not keep the topic id with the topic'))
  }

  /** CreateTopics and auto-creation: the topic, its log settings from `configs`, its id and configs kept. */
  createTopic(name: string, partitions: number, configs: Map<string, string>): Promise<void> {
    return this.serially(async () => {
      const durableHere = this.engine.durable !== null
      const log = logOverridesOf(configs)
      await this.engine.createTopic(name, { partitions, ...(durableHere && Object.keys(log).length > 0 ? { log } : {}) })
      this.topicIds.forget(name) // a new topic under an old name gets a new id
      this.configs.set(name, configs)
      this.topicIds.idOf(name)
      await this.persist(name, configs).catch((error: unknown) => this.log.error({ err: error, topic: name }, 'could not keep the topic id and configs with the topic'))
    })
  }

  deleteTopic(name: string, after?: (partitions: number) => Promise<void>): Promise<void> {
    return this.serially(async () => {
      const partitions = this.engine.describeTopic(name).partitions.length
      await this.engine.deleteTopic(name)
      this.topicIds.forget(name)
      this.configs.forget(name)
      await after?.(partitions)
    })
  }

  /**
   * Kafka's CreatePartitions for one topic: grows it to `count` partitions in all. `assignments` (one
   * broker list per new partition) may only name this broker. Throws TopicAdminError with the Kafka code.
   */
  createPartitions(name: string, count: number, options: { validateOnly?: boolean; assignments?: ReadonlyArray<readonly number[]> | null } = {}): Promise<void> {
    return this.serially(async () => {
      let current: number
      try {
        current = this.engine.describeTopic(name).partitions.length
      } catch (error) {
        const { code, message } = errorCodeOf(error)
        throw new TopicAdminError(code, message)
      }
      if (isInternalTopic(name)) throw new TopicAdminError(ErrorCode.POLICY_VIOLATION, `${name} is an internal topic of this broker: its partition count is fixed`)
      if (!Number.isSafeInteger(count) || count < current) {
        throw new TopicAdminError(ErrorCode.INVALID_PARTITIONS, `topic ${name} currently has ${current} partitions, which is higher than the requested ${count}: a partition count can only grow`)
      }
      if (count === current) throw new TopicAdminError(ErrorCode.INVALID_PARTITIONS, `topic ${name} already has ${current} partitions`)
      const perTopicMax = this.engine.shared.layout.limits.partitionsPerTopicMax
      if (count > perTopicMax) throw new TopicAdminError(ErrorCode.INVALID_PARTITIONS, `topic ${name} cannot have ${count} partitions: this broker allows at most ${perTopicMax} per topic (partitionsPerTopicMax)`)
      const assignments = options.assignments ?? null
      if (assignments !== null) {
        if (assignments.length !== count - current) {
          throw new TopicAdminError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `${assignments.length} assignments for ${count - current} new partitions of ${name}: give one per new partition, or none`)
        }
        const self = this.self()
        const bad = assignments.findIndex((brokers) => brokers.length !== 1 || brokers[0] !== self)
        if (bad >= 0) {
          throw new TopicAdminError(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `new partition ${current + bad} of ${name} is assigned to brokers [${assignments[bad].join(', ')}]; this cluster has one broker, ${self}`)
        }
      }
      if (options.validateOnly === true) return
      try {
        await this.engine.createPartitions(name, count)
      } catch (error) {
        if (error instanceof RangeError || (error instanceof SluiceError && error.code === 'CAPACITY_EXCEEDED')) throw new TopicAdminError(ErrorCode.INVALID_PARTITIONS, error.message)
        const { code, message } = errorCodeOf(error)
        throw new TopicAdminError(code, message)
      }
    })
  }

  /**
   * Changes a topic's configs: `replace` is AlterConfigs (the changes are the whole explicit set), else
   * IncrementalAlterConfigs. Validated first (all or nothing), applied to the durable log, then kept.
   * Returns the explicit configs now in force.
   */
  alterConfigs(name: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): Promise<Map<string, string>> {
    return this.serially(async () => {
      if (!this.engine.listTopics().includes(name)) throw new TopicAdminError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${JSON.stringify(name)} does not exist`)
      const before = this.configs.explicit(name)
      let next: Map<string, string>
      try {
        next = this.configs.plan(name, changes, replace)
      } catch (error) {
        if (error instanceof ConfigError) throw new TopicAdminError(ErrorCode.INVALID_CONFIG, error.message)
        throw error
      }
      // The log settings of the configs this change touches; a config back to its default drops its override.
      const patch: LogPatch = {}
      for (const key of new Set([...before.keys(), ...next.keys()])) {
        const setting = logSettingOf[key]
        if (setting === undefined || before.get(key) === next.get(key)) continue
        const value = next.get(key)
        if (value !== undefined) Object.assign(patch, setting(value))
        else for (const field of Object.keys(setting(this.configs.defaultOf(key)))) (patch as Record<string, undefined>)[field] = undefined
      }
      const hasLog = this.hasLog(name)
      if (hasLog && Object.keys(patch).length > 0) {
        const current = this.engine.topicLogConfig(name)!
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
        try {
          resolvePartitionLogConfig({ ...current, ...defined })
        } catch (error) {
          throw new TopicAdminError(ErrorCode.INVALID_CONFIG, (error as Error).message)
        }
      }
      if (validateOnly) return next
      if (hasLog && Object.keys(patch).length > 0) await this.engine.alterTopicLogConfig(name, patch)
      this.configs.set(name, next)
      await this.persist(name, next).catch((error: unknown) => this.log.error({ err: error, topic: name }, 'could not keep the topic configs with the topic'))
      return next
    })
  }

  /** The HTTP admin API's form: each named config set to a value, or back to its default with null. */
  alterTopicConfigs(name: string, changes: Readonly<Record<string, string | null>>): Promise<Map<string, string>> {
    const list: ConfigChange[] = Object.entries(changes).map(([key, value]) => ({ name: key, value, operation: value === null ? ConfigOperation.DELETE : ConfigOperation.SET }))
    return this.alterConfigs(name, list, false, false)
  }
}
