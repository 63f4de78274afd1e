// Every configuration key in one table: its type, default, allowed range, whether it may change while the
// server runs, and what it is for. Loading, validation, the env-var names, `sluice config check` and
// docs/operations.md all follow from this table, so a key is added here and nowhere else.

/** Values a key may hold once parsed. */
export type ConfigValue = string | number

export type KeyKind =
  | { readonly type: 'integer'; readonly min: number; readonly max: number; readonly powerOfTwo?: boolean; readonly unit?: 'bytes' | 'ms' | 'records' }
  | { readonly type: 'string'; readonly allowed?: readonly string[] }

export interface KeySpec {
  /** Dotted path: the TOML table and key (`http.port` is `[http] port`). */
  readonly key: string
  readonly kind: KeyKind
  readonly default: ConfigValue
  /** True when a running server applies a new value on reload (file change or SIGHUP) without a restart. */
  readonly reloadable: boolean
  readonly description: string
}

/** The largest shared memory the engine lays out (Int32 pointers): engine.ts memoryBytesLimit. */
const memoryBytesLimit = 2 ** 31 - 65536

export const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]
export const logFormats = ['auto', 'json', 'pretty'] as const
export type LogFormat = (typeof logFormats)[number]

export const keySpecs: readonly KeySpec[] = [
  {
    key: 'data_dir',
    kind: { type: 'string' },
    default: './data',
    reloadable: false,
    description: 'Directory of durable topics (one segmented log per partition, recovered at start-up). Empty: in-memory topics only.',
  },
  {
    key: 'storage.durability',
    kind: { type: 'string', allowed: ['os', 'fsync'] as const },
    default: 'os',
    reloadable: false,
    description: "When a publish is acknowledged: 'os' once in the page cache (Kafka's default), 'fsync' after fdatasync (group commit).",
  },
  {
    key: 'kafka.port',
    kind: { type: 'integer', min: -1, max: 65535 },
    default: 9092,
    reloadable: false,
    description: 'Kafka protocol listener (docs/kafka.md); 0 picks a free port, -1 disables it. Binds http.host.',
  },
  {
    key: 'kafka.broker_id',
    kind: { type: 'integer', min: 0, max: 2_147_483_647 },
    default: 0,
    reloadable: false,
    description: 'The broker id Metadata and DescribeCluster report.',
  },
  {
    key: 'kafka.auto_create_topics',
    kind: { type: 'string', allowed: ['true', 'false'] as const },
    default: 'true',
    reloadable: false,
    description: 'Create a topic on first Metadata or Produce for it, as Kafka\'s auto.create.topics.enable.',
  },
  {
    key: 'kafka.request_bytes_max',
    kind: { type: 'integer', min: 1024, max: 1024 * 1024 * 1024, unit: 'bytes' },
    default: 100 * 1024 * 1024,
    reloadable: false,
    description: 'Largest Kafka request accepted; a larger one closes its connection.',
  },
  {
    key: 'ingest.tcp_port',
    kind: { type: 'integer', min: -1, max: 65535 },
    default: 8081,
    reloadable: false,
    description: 'Binary-frame ingest over TCP (docs/ingest.md); 0 picks a free port, -1 disables it.',
  },
  {
    key: 'ingest.udp_port',
    kind: { type: 'integer', min: -1, max: 65535 },
    default: 8082,
    reloadable: false,
    description: 'Binary-frame ingest over UDP; 0 picks a free port, -1 disables it.',
  },
  { key: 'http.host', kind: { type: 'string' }, default: '127.0.0.1', reloadable: false, description: 'Address the operations HTTP server binds (0.0.0.0 for every interface).' },
  { key: 'http.port', kind: { type: 'integer', min: 0, max: 65535 }, default: 8080, reloadable: false, description: 'Port of /metrics, /health, /ready, /api and /bench; 0 picks a free port (see the ready line).' },
  {
    key: 'http.body_bytes_max',
    kind: { type: 'integer', min: 1024, max: 256 * 1024 * 1024, unit: 'bytes' },
    default: 16 * 1024 * 1024,
    reloadable: true,
    description: 'Largest request body the admin API reads (produce requests).',
  },
  {
    key: 'http.consume_wait_ms_max',
    kind: { type: 'integer', min: 0, max: 300_000, unit: 'ms' },
    default: 30_000,
    reloadable: true,
    description: 'Longest a consume request may wait for records (its timeoutMs is capped to this).',
  },
  {
    key: 'http.consume_records_max',
    kind: { type: 'integer', min: 1, max: 1_000_000, unit: 'records' },
    default: 10_000,
    reloadable: true,
    description: 'Most records one consume request returns.',
  },
  {
    key: 'http.group_streams_max',
    kind: { type: 'integer', min: 0, max: 10_000 },
    default: 64,
    reloadable: true,
    description: 'Most group consume streams (GET /api/topics/:name/records?group=G, `sluice consume --group`) open at once, each an embedded group member; 0 refuses them.',
  },
  {
    key: 'http.group_stream_idle_ms',
    kind: { type: 'integer', min: 0, max: 86_400_000, unit: 'ms' },
    default: 0,
    reloadable: true,
    description: 'A group consume stream that writes no record for this long ends and its member leaves the group; 0: never (streams end when the client stops).',
  },
  {
    key: 'engine.memory_bytes',
    kind: { type: 'integer', min: 1024 * 1024, max: memoryBytesLimit, unit: 'bytes' },
    default: 512 * 1024 * 1024,
    reloadable: false,
    description: 'Size of the one shared WebAssembly.Memory (reserved up front, resident only as used).',
  },
  { key: 'engine.topics_max', kind: { type: 'integer', min: 1, max: 16_777_216 }, default: 65_536, reloadable: false, description: 'Most topics the directory holds, deleted ones included.' },
  {
    key: 'engine.window_bytes',
    kind: { type: 'integer', min: 64 * 1024, max: 1024 * 1024 * 1024, powerOfTwo: true, unit: 'bytes' },
    // 4 MiB: a window holds two of Kafka's default 1 MiB (max.message.bytes) batches.
    default: 4 * 1024 * 1024,
    reloadable: false,
    description: "Default in-memory window per partition (a power of two); a topic's own windowBytes overrides it.",
  },
  { key: 'engine.workers_max', kind: { type: 'integer', min: 1, max: 1024 }, default: 16, reloadable: false, description: 'Most engine instances (this server and attached workers) at once.' },
  {
    key: 'engine.publish_timeout_ms',
    kind: { type: 'integer', min: 1, max: 3_600_000, unit: 'ms' },
    default: 30_000,
    reloadable: false,
    description: 'How long a publish waits for a backpressure subscriber before it fails.',
  },
  { key: 'log.level', kind: { type: 'string', allowed: logLevels }, default: 'info', reloadable: true, description: 'Least severe level logged.' },
  {
    key: 'log.format',
    kind: { type: 'string', allowed: logFormats },
    default: 'auto',
    reloadable: false,
    description: 'json (one object per line), pretty (pino-pretty), or auto: pretty when stderr is a terminal, else json.',
  },
  {
    key: 'retention.ms',
    kind: { type: 'integer', min: -1, max: Number.MAX_SAFE_INTEGER, unit: 'ms' },
    default: 604_800_000,
    reloadable: true,
    description: 'Default time a durable topic keeps records (-1: forever). Placeholder until the durable log lands; reloadable.',
  },
  {
    key: 'retention.bytes',
    kind: { type: 'integer', min: -1, max: Number.MAX_SAFE_INTEGER, unit: 'bytes' },
    default: -1,
    reloadable: true,
    description: 'Default bytes a durable partition keeps (-1: no limit). Placeholder until the durable log lands; reloadable.',
  },
  {
    key: 'thresholds.consumer_lag_warn_records',
    kind: { type: 'integer', min: 0, max: Number.MAX_SAFE_INTEGER, unit: 'records' },
    default: 100_000,
    reloadable: true,
    description: 'Consumer lag above which a warning is logged. Placeholder until consumer groups land; reloadable.',
  },
  {
    key: 'thresholds.request_latency_warn_ms',
    kind: { type: 'integer', min: 0, max: 3_600_000, unit: 'ms' },
    default: 1_000,
    reloadable: true,
    description: 'HTTP (and later Kafka API) requests slower than this are logged as warnings; 0 disables.',
  },
  {
    key: 'metrics.partition_series_max',
    kind: { type: 'integer', min: 0, max: 1_000_000 },
    default: 10_000,
    reloadable: true,
    description: 'Most per-partition series /metrics exports; beyond it only per-topic totals (an engine may hold a million idle topics).',
  },
  {
    key: 'shutdown.grace_ms',
    kind: { type: 'integer', min: 0, max: 600_000, unit: 'ms' },
    default: 10_000,
    reloadable: true,
    description: 'On SIGTERM/SIGINT, how long in-flight requests may take before connections are cut.',
  },
]

export const keySpecByKey: ReadonlyMap<string, KeySpec> = new Map(keySpecs.map((spec) => [spec.key, spec]))

/** The parsed configuration: every key present, keyed by its dotted path. */
export interface SluiceConfig {
  readonly data_dir: string
  readonly 'http.host': string
  readonly 'http.port': number
  readonly 'storage.durability': 'os' | 'fsync'
  readonly 'ingest.tcp_port': number
  readonly 'kafka.port': number
  readonly 'kafka.broker_id': number
  readonly 'kafka.auto_create_topics': 'true' | 'false'
  readonly 'kafka.request_bytes_max': number
  readonly 'ingest.udp_port': number
  readonly 'http.body_bytes_max': number
  readonly 'http.consume_wait_ms_max': number
  readonly 'http.consume_records_max': number
  readonly 'http.group_streams_max': number
  readonly 'http.group_stream_idle_ms': number
  readonly 'engine.memory_bytes': number
  readonly 'engine.topics_max': number
  readonly 'engine.window_bytes': number
  readonly 'engine.workers_max': number
  readonly 'engine.publish_timeout_ms': number
  readonly 'log.level': LogLevel
  readonly 'log.format': LogFormat
  readonly 'retention.ms': number
  readonly 'retention.bytes': number
  readonly 'thresholds.consumer_lag_warn_records': number
  readonly 'thresholds.request_latency_warn_ms': number
  readonly 'metrics.partition_series_max': number
  readonly 'shutdown.grace_ms': number
}

export type ConfigKey = keyof SluiceConfig

/** SLUICE_ + the key path upper-cased, dots and dashes as underscores: http.port -> SLUICE_HTTP_PORT. */
export function envNameOf(key: string): string {
  return 'SLUICE_' + key.toUpperCase().replace(/[.-]/g, '_')
}

export function defaultConfig(): SluiceConfig {
  return Object.fromEntries(keySpecs.map((spec) => [spec.key, spec.default])) as unknown as SluiceConfig
}

/** A range in words, for error messages: "an integer from 0 to 65535". */
export function describeKind(kind: KeyKind): string {
  if (kind.type === 'string') return kind.allowed ? `one of ${kind.allowed.map((a) => JSON.stringify(a)).join(', ')}` : 'a string'
  const what = kind.powerOfTwo ? 'a power of two' : 'an integer'
  const suffix = kind.unit === 'bytes' ? ' (bytes; suffixes KiB, MiB, GiB allowed)' : ''
  return `${what} from ${kind.min} to ${kind.max}${suffix}`
}
