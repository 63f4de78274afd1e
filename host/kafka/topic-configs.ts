// Topic configs (retention.ms, cleanup.policy, max.message.bytes, ...): validated like Kafka validates
// them, stored per topic, described with their defaults. What is acted on is marked `enforced`: by the
// broker on every topic (max.message.bytes), or by the durable log of a durable topic (`durableOnly`:
// retention, segments, cleanup policy; topic-admin.ts applies them). The rest are kept and validated so
// that clients and tools that set them (Kafka Streams, Connect, admin scripts) work unchanged. Explicit
// configs are kept with the topic (topic-admin.ts), so they survive a restart with a durable topic.

export const ConfigType = { BOOLEAN: 1, STRING: 2, INT: 3, LONG: 5, DOUBLE: 6, LIST: 7 } as const
export const ConfigSource = { TOPIC_CONFIG: 1, STATIC_BROKER_CONFIG: 4, DEFAULT_CONFIG: 5 } as const
export const ConfigOperation = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const

export interface ConfigDefinition {
  readonly name: string
  readonly type: (typeof ConfigType)[keyof typeof ConfigType]
  readonly defaultValue: string
  /** Whether the value is acted on (for every topic, or for durable topics only when `durableOnly`). */
  readonly enforced: boolean
  /** Acted on by the durable log only: a memory-only topic keeps its window's last windowBytes regardless. */
  readonly durableOnly?: boolean
  readonly documentation: string
  /** Returns an error message for a bad value, or null. */
  readonly validate: (value: string) => string | null
}

const INT32_MAX = 2 ** 31 - 1

function integer(min: number, max: number) {
  return (value: string): string | null => {
    if (!/^-?\d+$/.test(value.trim())) return `must be an integer, got ${JSON.stringify(value)}`
    const n = Number(value.trim())
    if (!Number.isSafeInteger(n) || n < min || n > max) return `must be in [${min}, ${max}], got ${value}`
    return null
  }
}

function oneOf(values: readonly string[], list = false) {
  return (value: string): string | null => {
    const items = list ? value.split(',').map((s) => s.trim()).filter((s) => s !== '') : [value.trim()]
    if (items.length === 0) return `must be one of ${values.join(', ')}`
    for (const item of items) if (!values.includes(item)) return `must be ${list ? 'a list of' : 'one of'} ${values.join(', ')}, got ${JSON.stringify(item)}`
    return null
  }
}

function fraction(value: string): string | null {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) return `must be a number in [0, 1], got ${JSON.stringify(value)}`
  return null
}

function boolean(value: string): string | null {
  return /^(true|false)$/i.test(value.trim()) ? null : `must be true or false, got ${JSON.stringify(value)}`
}

export const TOPIC_CONFIG_DEFINITIONS: readonly ConfigDefinition[] = [
  { name: 'cleanup.policy', type: ConfigType.LIST, defaultValue: 'delete', enforced: true, durableOnly: true, documentation: 'delete (whole segments past retention.ms / retention.bytes), compact (latest record per key), or both (compact,delete: compaction, then retention)', validate: oneOf(['delete', 'compact'], true) },
  { name: 'compression.type', type: ConfigType.STRING, defaultValue: 'producer', enforced: false, documentation: 'batches are stored as the producer compressed them', validate: oneOf(['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']) },
  { name: 'delete.retention.ms', type: ConfigType.LONG, defaultValue: '86400000', enforced: true, durableOnly: true, documentation: 'tombstone retention for compacted topics', validate: integer(0, Number.MAX_SAFE_INTEGER) },
  { name: 'max.message.bytes', type: ConfigType.INT, defaultValue: '1048588', enforced: true, documentation: 'largest record batch a Produce request may append (MESSAGE_TOO_LARGE above it)', validate: integer(0, INT32_MAX) },
  { name: 'message.timestamp.type', type: ConfigType.STRING, defaultValue: 'CreateTime', enforced: false, documentation: 'batches keep the producer timestamps', validate: oneOf(['CreateTime', 'LogAppendTime']) },
  { name: 'min.cleanable.dirty.ratio', type: ConfigType.DOUBLE, defaultValue: '0.5', enforced: false, documentation: 'compaction trigger', validate: fraction },
  { name: 'min.compaction.lag.ms', type: ConfigType.LONG, defaultValue: '0', enforced: true, durableOnly: true, documentation: 'segments holding a record newer than this are not compacted', validate: integer(0, Number.MAX_SAFE_INTEGER) },
  { name: 'min.insync.replicas', type: ConfigType.INT, defaultValue: '1', enforced: false, documentation: 'one replica: acks=all is acknowledged by this broker alone', validate: integer(1, INT32_MAX) },
  { name: 'retention.bytes', type: ConfigType.LONG, defaultValue: '-1', enforced: true, durableOnly: true, documentation: 'size retention of the durable log, whole segments at a time', validate: integer(-1, Number.MAX_SAFE_INTEGER) },
  { name: 'retention.ms', type: ConfigType.LONG, defaultValue: '604800000', enforced: true, durableOnly: true, documentation: 'time retention of the durable log, whole segments at a time', validate: integer(-1, Number.MAX_SAFE_INTEGER) },
  { name: 'segment.bytes', type: ConfigType.INT, defaultValue: '1073741824', enforced: true, durableOnly: true, documentation: 'segment size of the durable log', validate: integer(1024 * 1024, INT32_MAX) },
  { name: 'segment.ms', type: ConfigType.LONG, defaultValue: '604800000', enforced: true, durableOnly: true, documentation: 'segment roll time of the durable log (checked when a batch is appended)', validate: integer(1, Number.MAX_SAFE_INTEGER) },
  { name: 'unclean.leader.election.enable', type: ConfigType.BOOLEAN, defaultValue: 'false', enforced: false, documentation: 'meaningless with one replica', validate: boolean },
]

const DEFINITION_BY_NAME = new Map(TOPIC_CONFIG_DEFINITIONS.map((d) => [d.name, d]))

export interface ConfigChange {
  readonly name: string
  readonly value: string | null
  /** ConfigOperation; AlterConfigs (non-incremental) replaces the whole set and uses SET only. */
  readonly operation: number
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** Checks one config value; throws ConfigError naming the config and what is wrong. */
export function validateTopicConfig(name: string, value: string | null): void {
  const definition = DEFINITION_BY_NAME.get(name)
  if (definition === undefined) throw new ConfigError(`unknown topic config ${JSON.stringify(name)}; known: ${TOPIC_CONFIG_DEFINITIONS.map((d) => d.name).join(', ')}`)
  if (value === null) throw new ConfigError(`topic config ${name} needs a value`)
  const problem = definition.validate(value)
  if (problem !== null) throw new ConfigError(`invalid value for topic config ${name}: ${problem}`)
}

export interface DescribedConfig {
  readonly name: string
  readonly value: string
  readonly isDefault: boolean
  readonly source: number
  readonly type: number
  readonly documentation: string
}

/** The explicit configs of every topic. */
export class TopicConfigStore {
  private readonly byTopic = new Map<string, Map<string, string>>()

  /** Validates a whole set (CreateTopics) without storing it. */
  validateAll(configs: ReadonlyArray<{ name: string; value: string | null }>): Map<string, string> {
    const out = new Map<string, string>()
    for (const { name, value } of configs) {
      validateTopicConfig(name, value)
      out.set(name, (value as string).trim())
    }
    return out
  }

  /** A topic's explicit configs (a copy). */
  explicit(topic: string): Map<string, string> {
    return new Map(this.byTopic.get(topic) ?? [])
  }

  /** A config's default value ('' for an unknown name). */
  defaultOf(name: string): string {
    return DEFINITION_BY_NAME.get(name)?.defaultValue ?? ''
  }

  set(topic: string, configs: Map<string, string>): void {
    this.byTopic.set(topic, configs)
  }

  forget(topic: string): void {
    this.byTopic.delete(topic)
  }

  /** The explicit value, or the default. */
  value(topic: string, name: string): string {
    return this.byTopic.get(topic)?.get(name) ?? (DEFINITION_BY_NAME.get(name)?.defaultValue ?? '')
  }

  /** max.message.bytes of a topic, as a number. */
  maxMessageBytes(topic: string): number {
    return Number(this.value(topic, 'max.message.bytes'))
  }

  /**
   * Applies changes (validated first, all or nothing). `replace`: AlterConfigs semantics, where the request
   * is the complete set of explicit configs and anything not named returns to its default.
   */
  alter(topic: string, changes: readonly ConfigChange[], replace: boolean, validateOnly: boolean): void {
    const next = this.plan(topic, changes, replace)
    if (!validateOnly) this.byTopic.set(topic, next)
  }

  /** The explicit configs `changes` would leave (validated, all or nothing; throws ConfigError), not stored. */
  plan(topic: string, changes: readonly ConfigChange[], replace: boolean): Map<string, string> {
    const next = replace ? new Map<string, string>() : new Map(this.byTopic.get(topic) ?? [])
    for (const change of changes) {
      const definition = DEFINITION_BY_NAME.get(change.name)
      if (definition === undefined) throw new ConfigError(`unknown topic config ${JSON.stringify(change.name)}`)
      switch (change.operation) {
        case ConfigOperation.SET:
          validateTopicConfig(change.name, change.value)
          next.set(change.name, (change.value as string).trim())
          break
        case ConfigOperation.DELETE:
          next.delete(change.name)
          break
        case ConfigOperation.APPEND:
        case ConfigOperation.SUBTRACT: {
          if (definition.type !== ConfigType.LIST) throw new ConfigError(`${change.name} is not a list: APPEND and SUBTRACT apply to list configs only`)
          const current = (next.get(change.name) ?? definition.defaultValue).split(',').map((s) => s.trim()).filter((s) => s !== '')
          const items = (change.value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')
          const result = change.operation === ConfigOperation.APPEND ? [...current, ...items.filter((i) => !current.includes(i))] : current.filter((i) => !items.includes(i))
          const joined = result.join(',')
          validateTopicConfig(change.name, joined)
          next.set(change.name, joined)
          break
        }
        default:
          throw new ConfigError(`unknown config operation ${change.operation} for ${change.name}: expected 0 (SET), 1 (DELETE), 2 (APPEND) or 3 (SUBTRACT)`)
      }
    }
    return next
  }

  /** Every topic config as it would be with these explicit values (CreateTopics v5+ returns them). */
  describeValues(explicit: Map<string, string>): DescribedConfig[] {
    return TOPIC_CONFIG_DEFINITIONS.map((d) => {
      const value = explicit.get(d.name)
      return {
        name: d.name,
        value: value ?? d.defaultValue,
        isDefault: value === undefined,
        source: value === undefined ? ConfigSource.DEFAULT_CONFIG : ConfigSource.TOPIC_CONFIG,
        type: d.type,
        documentation: d.documentation,
      }
    })
  }

  /**
   * Every topic config with its value and source; `names` null for all. `durable`: the topic has a log
   * that acts on the durableOnly configs. `inherited`: what the topic's log runs with where no value is
   * explicit (the engine's log settings), shown as the broker's static config when it is not Kafka's default.
   */
  describe(topic: string, names: readonly string[] | null, durable = false, inherited: ReadonlyMap<string, string> = new Map()): DescribedConfig[] {
    const explicit = this.byTopic.get(topic)
    const out: DescribedConfig[] = []
    for (const d of TOPIC_CONFIG_DEFINITIONS) {
      if (names !== null && !names.includes(d.name)) continue
      const value = explicit?.get(d.name)
      const fromBroker = value === undefined ? inherited.get(d.name) : undefined
      const brokerSet = fromBroker !== undefined && fromBroker !== d.defaultValue
      out.push({
        name: d.name,
        value: value ?? fromBroker ?? d.defaultValue,
        isDefault: value === undefined && !brokerSet,
        source: value !== undefined ? ConfigSource.TOPIC_CONFIG : brokerSet ? ConfigSource.STATIC_BROKER_CONFIG : ConfigSource.DEFAULT_CONFIG,
        type: d.type,
        documentation: `${d.documentation}${!d.enforced ? ' (stored and validated, not acted on)' : d.durableOnly === true && !durable ? ' (acted on by durable topics; this one is memory-only)' : ''}`,
      })
    }
    return out
  }
}
