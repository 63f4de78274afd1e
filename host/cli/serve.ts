// `sluice serve`: opens the engine, starts the network endpoints, prints ONE JSON line on stdout with every
// bound address once all of them accept connections (scripts and tests use port 0 and read it), and runs
// until SIGTERM/SIGINT. Logs go to stderr (pino).
//
// The ready line: {"ready":true,"pid":123,"http":"127.0.0.1:8080", ...} -- one key per listener ("http"
// now; the Kafka broker and the event ingest add theirs through `listeners` below), "host:port" each.
//
// Shutdown on the first SIGTERM/SIGINT: /ready turns 503, stop accepting, finish in-flight requests (up to
// shutdown.grace_ms), close the engine, exit 0. A second signal exits at once with 1.

import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { Engine } from '../engine/engine.js'
import { ConfigError, type FlagValue, loadConfig } from '../config/load.js'
import { ConfigReloader } from '../config/reload.js'
import type { SluiceConfig } from '../config/schema.js'
import { startHttpServer, type HttpLimits } from '../http/server.js'
import { IngestServer } from '../ingest/index.js'
import type { StartedKafkaBroker } from '../kafka/index.js'
import { createServer, type Server, type Socket } from 'node:net'
import { DeferredLogger, createLogger } from '../logging/logger.js'
import { countConfigReload, loadMetrics, removeConsumerGroup, setConsumerLag, setPartitionSeriesMax } from '../metrics/registry.js'
import { startIngestSampler } from '../metrics/ingest.js'
import { UsageError, parse, write } from './common.js'
import { heapBytesSmallMax, tuneHeapGrowth } from './heap-growth.js'

export const usage = `Usage: sluice serve [options]

Run the engine and its endpoints until SIGTERM/SIGINT. Prints one JSON line on stdout when every listener
accepts connections: {"ready":true,"pid":N,"http":"HOST:PORT"}. Logs (pino) go to stderr.

Options:
  --config FILE        TOML configuration file (or $SLUICE_CONFIG); see \`sluice config keys\`
  --host HOST          address to bind (http.host, default 127.0.0.1)
  --http-port PORT     operations HTTP port: /health, /ready, /metrics, /api, /bench (http.port, default 8080;
                       0 picks a free port)
  --memory-bytes N     shared memory size (engine.memory_bytes, default 536870912; suffixes KiB, MiB, GiB)
  --data-dir DIR       data directory of durable topics (data_dir, default ./data; '' keeps topics in memory)
  --durability D       os (default) or fsync: when a publish is acknowledged (storage.durability)
  --port PORT          Kafka protocol listener (kafka.port, default 9092; 0 free port, -1 off)
  --broker-id N        broker id reported to Kafka clients (kafka.broker_id, default 0)
  --ingest-tcp-port P  binary-frame ingest over TCP (ingest.tcp_port, default 8081; 0 free port, -1 off)
  --ingest-udp-port P  binary-frame ingest over UDP (ingest.udp_port, default 8082; 0 free port, -1 off)
  --log-level LEVEL    trace, debug, info (default), warn, error, fatal or silent (log.level)
  --log-format F       auto (default: pretty on a terminal), json or pretty (log.format)
  --set KEY=VALUE      any configuration key (repeatable), e.g. --set engine.topics_max=1000
  -h, --help           show this help

Precedence: flags > environment (SLUICE_HTTP_PORT, ...) > --config file > defaults.
Reload: on a change of the --config file, or SIGHUP, reloadable keys (log.level, retention.*,
thresholds.*, http limits) apply at once; others are logged as needing a restart.
`

const options = {
  config: { type: 'string' as const },
  host: { type: 'string' as const },
  'http-port': { type: 'string' as const },
  'memory-bytes': { type: 'string' as const },
  'data-dir': { type: 'string' as const },
  durability: { type: 'string' as const },
  port: { type: 'string' as const },
  'broker-id': { type: 'string' as const },
  'ingest-tcp-port': { type: 'string' as const },
  'ingest-udp-port': { type: 'string' as const },
  'log-level': { type: 'string' as const },
  'log-format': { type: 'string' as const },
  set: { type: 'string' as const, multiple: true as const },
}

/** Flag name -> configuration key. */
const flagKeys: Record<string, string> = {
  host: 'http.host',
  'http-port': 'http.port',
  'memory-bytes': 'engine.memory_bytes',
  'data-dir': 'data_dir',
  durability: 'storage.durability',
  port: 'kafka.port',
  'broker-id': 'kafka.broker_id',
  'ingest-tcp-port': 'ingest.tcp_port',
  'ingest-udp-port': 'ingest.udp_port',
  'log-level': 'log.level',
  'log-format': 'log.format',
}

/** How long after the ready line pino and prom-client start loading. */
const deferredLoadMs = 50

/** How often consumer lag is sampled into /metrics. */
const lagSampleMs = 5_000
const groupsWithLag = new Set<string>()

/** From the engine's group coordinator (Kafka and embedded members alike), once something has created it. */
function sampleConsumerLag(engine: Engine): void {
  const service = engine.groupService
  const groups = new Set(service?.coordinator.groupIds() ?? [])
  for (const group of groups) {
    for (const entry of service!.consumerLag(group)) setConsumerLag(group, entry.topic, entry.partition, Number(entry.lag))
  }
  for (const group of groupsWithLag) if (!groups.has(group)) removeConsumerGroup(group)
  groupsWithLag.clear()
  for (const group of groups) groupsWithLag.add(group)
}

/** Binds host:port now; connections are accepted paused and kept in `early` until `handOver` is called. */
interface PausedListener {
  readonly server: Server
  readonly early: Socket[]
  /** Stops collecting: from now on the new owner's 'connection' listener takes every socket. */
  handOver(): Socket[]
}

function listenPaused(host: string, port: number): Promise<PausedListener> {
  const early: Socket[] = []
  const server = createServer({ pauseOnConnect: true })
  const keep = (socket: Socket) => void early.push(socket)
  server.on('connection', keep)
  const handOver = () => {
    server.off('connection', keep)
    return early.splice(0)
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve({ server, early, handOver })
    })
  })
}

function formatAddress(address: AddressInfo): string {
  return address.family === 'IPv6' ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`
}

function httpLimits(config: SluiceConfig): HttpLimits {
  return {
    bodyBytesMax: config['http.body_bytes_max'],
    consumeWaitMsMax: config['http.consume_wait_ms_max'],
    consumeRecordsMax: config['http.consume_records_max'],
    groupStreamsMax: config['http.group_streams_max'],
    groupStreamIdleMs: config['http.group_stream_idle_ms'],
    requestLatencyWarnMs: config['thresholds.request_latency_warn_ms'],
  }
}

export async function run(args: string[]): Promise<number | 'running'> {
  const { values, positionals } = parse(args, options, 'serve')
  if (values.help) {
    write(usage)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`, 'serve')
  const flags = new Map<string, FlagValue>()
  for (const [flag, key] of Object.entries(flagKeys)) {
    const value = values[flag as keyof typeof values]
    if (typeof value === 'string') flags.set(key, { value, flag: `--${flag}` })
  }
  for (const pair of values.set ?? []) {
    const at = pair.indexOf('=')
    if (at <= 0) throw new UsageError(`--set must be KEY=VALUE, got ${JSON.stringify(pair)}`, 'serve')
    flags.set(pair.slice(0, at), { value: pair.slice(at + 1), flag: `--set ${pair.slice(0, at)}` })
  }
  const file = values.config ?? process.env.SLUICE_CONFIG
  const load = () => loadConfig({ file, flags })
  let loaded
  try {
    loaded = await load()
  } catch (error) {
    // A bad configuration is a usage error: nothing started, exit 2 with every problem listed.
    if (error instanceof ConfigError) throw new UsageError(error.problems.map((p) => p.message).join('\n'), 'serve')
    throw error
  }
  const config = loaded.config
  // Lines logged before the ready line are queued; pino itself loads after it (~20 ms saved).
  const logger = new DeferredLogger(config['log.level'])
  for (const warning of loaded.warnings) logger.warn(warning)
  // Full GCs under heavy Kafka produce, otherwise (heap-growth.ts).
  const heapGrowth = tuneHeapGrowth(await import('node:v8'), {
    onRevert: (usedHeapBytes) => logger.info({ usedHeapBytes, heapBytesSmallMax }, 'the heap passed heapBytesSmallMax: V8 sizes the old generation by its own heuristics again'),
  })
  if (config.data_dir !== '') await mkdir(config.data_dir, { recursive: true })
  setPartitionSeriesMax(config['metrics.partition_series_max'])

  const engine = await Engine.open({
    memoryBytes: config['engine.memory_bytes'],
    topicsMax: config['engine.topics_max'],
    windowBytes: config['engine.window_bytes'],
    // Staging and read buffers take a whole Kafka batch of the default max.message.bytes (1 MiB + 12)
    // plus the window entry header.
    stagingBytes: 2 * 1024 * 1024,
    readBufferBytes: 2 * 1024 * 1024,
    workersMax: config['engine.workers_max'],
    publishTimeoutMs: config['engine.publish_timeout_ms'],
    dataDir: config.data_dir === '' ? undefined : config.data_dir,
    durability: config['storage.durability'],
    logEvents: (event) => logger.info(event, 'storage'),
  })
  const reloader = new ConfigReloader({
    file,
    load,
    initial: config,
    logger,
    apply: (live, changed) => {
      if (changed.includes('log.level')) logger.level = live['log.level']
      if (changed.includes('metrics.partition_series_max')) setPartitionSeriesMax(live['metrics.partition_series_max'])
    },
    onOutcome: (outcome) => countConfigReload(outcome.outcome),
  })
  // Set once the ingest is up (it starts after HTTP): /api/state reads it per request.
  let ingestControl: IngestServer | null = null
  // Set once the Kafka broker has started: topic configs read it per request (/api/groups reads the engine's coordinator).
  let kafka: StartedKafkaBroker | null = null
  let http
  try {
    http = await startHttpServer(engine, {
      ingest: () => ingestControl,
      kafka: () => kafka?.broker ?? null,
      host: config['http.host'],
      port: config['http.port'],
      logger,
      limits: () => httpLimits(reloader.config),
      config: () => ({ config: reloader.config, sources: loaded.sources, file: file ?? null }),
    })
  } catch (error) {
    await engine.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new UsageError(`${config['http.host']}:${config['http.port']} is already in use: stop the other process or pick another --http-port (0 picks a free one)`, 'serve')
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot bind ${config['http.host']}: no such local address; use --host 127.0.0.1 or 0.0.0.0`, 'serve')
    throw error
  }

  // The Kafka protocol listener (docs/kafka.md). Its port is bound now, for the ready line; the broker
  // (with the generated protocol code, ~80 ms to load) takes it over right after, and connections made
  // meanwhile wait, paused, instead of being refused.
  let kafkaListener: PausedListener | null = null
  try {
    if (config['kafka.port'] >= 0) kafkaListener = await listenPaused(config['http.host'], config['kafka.port'])
  } catch (error) {
    await http.shutdown(0)
    await engine.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new UsageError(`Kafka port ${config['kafka.port']} is already in use: pick another with --port (0 picks a free one, -1 disables)`, 'serve')
    throw error
  }

  // The binary-frame ingest (docs/ingest.md), unless both its ports are disabled.
  const ingestTcpPort = config['ingest.tcp_port']
  const ingestUdpPort = config['ingest.udp_port']
  const ingest =
    ingestTcpPort < 0 && ingestUdpPort < 0
      ? null
      : new IngestServer(engine, { host: config['http.host'], tcpPort: ingestTcpPort < 0 ? null : ingestTcpPort, udpPort: ingestUdpPort < 0 ? null : ingestUdpPort, logger })
  let ingestAddresses: { tcp: AddressInfo | null; udp: AddressInfo | null } = { tcp: null, udp: null }
  try {
    if (ingest !== null) ingestAddresses = (await ingest.start()) as typeof ingestAddresses
  } catch (error) {
    kafkaListener?.server.close()
    await http.shutdown(0)
    await engine.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new UsageError(`an ingest port (${ingestTcpPort}/${ingestUdpPort}) is already in use: pick others with --ingest-tcp-port/--ingest-udp-port (0 picks a free one, -1 disables)`, 'serve')
    throw error
  }
  ingestControl = ingest
  // Frame, drop, dedup, dead-letter and control-plane metrics from the ingest's counters (sampled).
  const ingestSampler = ingest === null ? null : startIngestSampler(ingest)

  // Every listener bound: the one line scripts wait for.
  const listeners: Record<string, string> = { http: formatAddress(http.address) }
  if (kafkaListener !== null) listeners.kafka = formatAddress(kafkaListener.server.address() as AddressInfo)
  if (ingestAddresses.tcp !== null) listeners.ingestTcp = formatAddress(ingestAddresses.tcp)
  if (ingestAddresses.udp !== null) listeners.ingestUdp = formatAddress(ingestAddresses.udp)
  process.stdout.write(JSON.stringify({ ready: true, pid: process.pid, ...listeners }) + '\n')
  logger.info({ ...listeners, memoryBytes: config['engine.memory_bytes'], config: file ?? null }, 'sluice ready')
  // pino and prom-client cost ~20 and ~50 ms to import: loaded once ready, not before, and a moment after
  // so that the health checks that follow a ready line at once are answered first. Until pino is in,
  // log lines queue; a /metrics scrape before prom-client is in waits for it.
  const loggerReady = new Promise<void>((resolve) => setTimeout(resolve, deferredLoadMs)).then(() =>
    createLogger({ level: config['log.level'], format: config['log.format'] }).then(
      (pino) => logger.attach(pino),
      (error: unknown) => void process.stderr.write(`sluice: cannot load pino, logging disabled: ${(error as Error).message}\n`),
    ),
  )
  void loggerReady.then(() => loadMetrics()).catch((error: unknown) => logger.error({ err: error }, 'cannot load prom-client: /metrics will fail'))
  reloader.watchFile()

  // Consumer lag per group and partition for /metrics, sampled (committing is the clients' pace).
  const lagTimer = setInterval(() => sampleConsumerLag(engine), lagSampleMs)
  lagTimer.unref()
  // The broker takes over the bound Kafka port and the connections it accepted so far.
  const kafkaReady =
    kafkaListener === null
      ? Promise.resolve()
      : import('../kafka/index.js')
          .then(({ startKafkaBroker }) =>
            startKafkaBroker(engine, {
              server: kafkaListener!.server,
              host: config['http.host'],
              port: (kafkaListener!.server.address() as AddressInfo).port,
              brokerId: config['kafka.broker_id'],
              autoCreateTopics: config['kafka.auto_create_topics'] === 'true',
              requestBytesMax: config['kafka.request_bytes_max'],
            }),
          )
          .then((started) => {
            kafka = started
            for (const socket of kafkaListener!.handOver()) started.broker.adopt(socket)
          })
          .catch((error: unknown) => logger.error({ err: error }, 'the Kafka broker failed to start: Kafka clients cannot connect'))

  let stopping = false
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting at once')
      process.exit(1)
    }
    stopping = true
    await loggerReady
    logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests')
    try {
      reloader.close()
      const { inFlightAtStart, cut } = await http.shutdown(reloader.config['shutdown.grace_ms'])
      // Kafka long polls return at once; the ingest drains what it queued into the engine; the engine then
      // flushes and closes its logs.
      await kafkaReady
      clearInterval(lagTimer)
      heapGrowth?.stop()
      await (kafka as StartedKafkaBroker | null)?.stop()
      await ingest?.stop(reloader.config['shutdown.grace_ms'])
      ingestSampler?.stop()
      await engine.close()
      logger.info({ inFlightAtStart, cut }, 'stopped')
      process.exit(0)
    } catch (error) {
      logger.fatal({ err: error }, 'shutdown failed')
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGHUP', () => void reloader.reload('SIGHUP'))
  return 'running'
}
