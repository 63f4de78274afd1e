// The process's Prometheus metrics, behind small typed functions that any part of Sluice may call: the
// admin API and (as they land) the Kafka broker, consumer groups, event ingest and the control plane.
//
//   import { countRecordsIn, observeKafkaRequest } from '../metrics/registry.js'
//   countRecordsIn('orders', 100, 12_800)
//   observeKafkaRequest('Produce', seconds, 'ok')
//
// prom-client costs ~50 ms to import, a third of the start-up budget (bench/startup.bench.mjs), so it is
// loaded after the server is ready (loadMetrics()). Calls made before that are queued, up to a limit, and
// replayed in order; none is lost in practice because the queue drains a few milliseconds after start-up.
// Every function is cheap and never throws on bad input from a caller: metrics must not break a request.

import type { Counter, Gauge, Histogram, Registry } from 'prom-client'

/** What the engine-derived gauges read at scrape time; the server registers it (setEngineSource). */
export interface EngineSnapshot {
  readonly open: boolean
  readonly memoryBytes: number
  readonly topicCount: number
  /** At most `seriesMax` topics, with their partitions' offsets. */
  readonly topics: ReadonlyArray<{
    readonly name: string
    readonly partitions: ReadonlyArray<{ readonly partition: number; readonly headOffset: number; readonly nextOffset: number }>
  }>
}

export type EngineSource = (seriesMax: number) => EngineSnapshot | undefined

export type RequestOutcome = 'ok' | 'error'

interface Metrics {
  readonly registry: Registry
  readonly recordsIn: Counter<'topic'>
  readonly bytesIn: Counter<'topic'>
  readonly recordsOut: Counter<'topic'>
  readonly bytesOut: Counter<'topic'>
  readonly httpRequestSeconds: Histogram<'method' | 'route' | 'status'>
  readonly kafkaRequestSeconds: Histogram<'api' | 'outcome'>
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>
  readonly ingestFrames: Counter<'source'>
  readonly ingestBytes: Counter<'source'>
  readonly ingestDropped: Counter<'source' | 'reason'>
  readonly controlPlaneState: Gauge<'key'>
  readonly controlPlaneInfo: Gauge<'key' | 'value'>
  readonly dedupDropped: Counter<'topic'>
  readonly deadLetter: Counter<'topic' | 'reason'>
  readonly configReloads: Counter<'outcome'>
  readonly queueDropped: Gauge
}

/** Latency buckets from 50 us to 10 s: in-memory requests sit at the bottom, fsyncs and timeouts at the top. */
const latencyBucketsSeconds = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
/** Calls queued before prom-client is loaded, at most. */
const pendingCallsMax = 100_000

let metrics: Metrics | undefined
let loading: Promise<Metrics> | undefined
let pending: Array<(m: Metrics) => void> = []
let pendingDropped = 0
let engineSource: EngineSource | undefined
let partitionSeriesMax = 10_000
const controlPlaneInfoValues = new Map<string, string>()
const lagSeries = new Map<string, Map<string, { group: string; topic: string; partition: string }>>()

function use(call: (m: Metrics) => void): void {
  if (metrics !== undefined) {
    call(metrics)
    return
  }
  if (pending.length < pendingCallsMax) pending.push(call)
  else pendingDropped++
}

function nonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0
}

/** Loads prom-client and creates the registry (once); replays calls made before. */
export function loadMetrics(): Promise<Metrics> {
  loading ??= import('prom-client').then((client) => {
    const registry = new client.Registry()
    client.collectDefaultMetrics({ register: registry, prefix: 'sluice_' })
    const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) => new client.Counter<L>({ name, help, labelNames, registers: [registry] })
    const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[]) => new client.Gauge<L>({ name, help, labelNames, registers: [registry] })
    const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
      new client.Histogram<L>({ name, help, labelNames, buckets: latencyBucketsSeconds, registers: [registry] })

    const created: Metrics = {
      registry,
      recordsIn: counter('sluice_records_in_total', 'Records produced through this server (admin API, Kafka API, ingest), by topic.', ['topic']),
      bytesIn: counter('sluice_bytes_in_total', 'Key, value and header bytes produced through this server, by topic.', ['topic']),
      recordsOut: counter('sluice_records_out_total', 'Records delivered to consumers by this server, by topic.', ['topic']),
      bytesOut: counter('sluice_bytes_out_total', 'Key, value and header bytes delivered to consumers by this server, by topic.', ['topic']),
      httpRequestSeconds: histogram('sluice_http_request_duration_seconds', 'Operations HTTP requests, by method, route and status.', ['method', 'route', 'status']),
      kafkaRequestSeconds: histogram('sluice_kafka_request_duration_seconds', 'Kafka API requests, by API (Produce, Fetch, Metadata, ...) and outcome.', ['api', 'outcome']),
      consumerLag: gauge('sluice_consumer_group_lag_records', 'Records between a group\'s committed offset and the log end, by group, topic and partition.', ['group', 'topic', 'partition']),
      ingestFrames: counter('sluice_ingest_frames_total', 'Binary frames accepted by the event ingest, by source (tcp, udp, ...).', ['source']),
      ingestBytes: counter('sluice_ingest_bytes_total', 'Bytes of frames accepted by the event ingest, by source.', ['source']),
      ingestDropped: counter('sluice_ingest_frames_dropped_total', 'Frames the ingest dropped, by source and reason.', ['source', 'reason']),
      controlPlaneState: gauge('sluice_control_plane_state', 'Numeric control-plane state, by key.', ['key']),
      controlPlaneInfo: gauge('sluice_control_plane_info', 'Textual control-plane state: 1 for the current value of each key.', ['key', 'value']),
      dedupDropped: counter('sluice_dedup_dropped_total', 'Records dropped as duplicates, by topic.', ['topic']),
      deadLetter: counter('sluice_dead_letter_total', 'Records sent to a dead-letter topic, by source topic and reason.', ['topic', 'reason']),
      configReloads: counter('sluice_config_reloads_total', 'Configuration reloads (file change or SIGHUP), by outcome.', ['outcome']),
      queueDropped: new client.Gauge({ name: 'sluice_metrics_calls_dropped', help: 'Metric updates dropped before the registry loaded (should be 0).', registers: [registry] }),
    }
    registerEngineGauges(client, registry)
    metrics = created
    const queued = pending
    pending = []
    for (const call of queued) call(created)
    created.queueDropped.set(pendingDropped)
    return created
  })
  return loading
}

function registerEngineGauges(client: typeof import('prom-client'), registry: Registry): void {
  // One collect() reads the engine once per scrape and fills every engine gauge; the others read its result.
  // prom-client collects metrics in registration order, each get() running synchronously up to its
  // return: sluice_topics, registered first, reads the engine and fills the gauges registered after it.
  const topics = new client.Gauge({ name: 'sluice_topics', help: 'Live topics in the engine.', registers: [registry], collect: () => fill() })
  const engineOpen = new client.Gauge({ name: 'sluice_engine_open', help: '1 while the engine is open.', registers: [registry] })
  const memoryBytes = new client.Gauge({ name: 'sluice_engine_memory_bytes', help: 'Size of the shared WebAssembly.Memory.', registers: [registry] })
  const truncated = new client.Gauge({ name: 'sluice_metrics_series_truncated', help: '1 when topics or partitions beyond metrics.partition_series_max were left out.', registers: [registry] })
  const partitions = new client.Gauge({ name: 'sluice_topic_partitions', help: 'Partitions of each topic.', labelNames: ['topic'], registers: [registry] })
  const appended = new client.Gauge({
    name: 'sluice_topic_records_appended',
    help: 'Records appended to each topic since it was created, by every engine instance (sum of partition log-end offsets).',
    labelNames: ['topic'],
    registers: [registry],
  })
  const retained = new client.Gauge({ name: 'sluice_topic_records_retained', help: 'Records in the in-memory windows of each topic.', labelNames: ['topic'], registers: [registry] })
  const endOffset = new client.Gauge({ name: 'sluice_partition_log_end_offset', help: 'Offset the next record of the partition will get.', labelNames: ['topic', 'partition'], registers: [registry] })
  const startOffset = new client.Gauge({
    name: 'sluice_partition_log_start_offset',
    help: 'Oldest offset still in the partition\'s window.',
    labelNames: ['topic', 'partition'],
    registers: [registry],
  })
  function fill(): void {
    {
      const snapshot = engineSource?.(partitionSeriesMax)
      for (const gauge of [partitions, appended, retained, endOffset, startOffset]) gauge.reset()
      if (snapshot === undefined) {
        topics.reset()
        engineOpen.set(0)
        return
      }
      topics.set(snapshot.topicCount)
      engineOpen.set(snapshot.open ? 1 : 0)
      memoryBytes.set(snapshot.memoryBytes)
      let partitionSeries = 0
      for (const topic of snapshot.topics) {
        let next = 0
        let kept = 0
        for (const p of topic.partitions) {
          next += p.nextOffset
          kept += p.nextOffset - p.headOffset
          if (partitionSeries < partitionSeriesMax) {
            const labels = { topic: topic.name, partition: String(p.partition) }
            endOffset.set(labels, p.nextOffset)
            startOffset.set(labels, p.headOffset)
            partitionSeries++
          }
        }
        partitions.set({ topic: topic.name }, topic.partitions.length)
        appended.set({ topic: topic.name }, next)
        retained.set({ topic: topic.name }, kept)
      }
      const all = snapshot.topics.reduce((sum, t) => sum + t.partitions.length, 0)
      truncated.set(snapshot.topics.length < snapshot.topicCount || partitionSeries < all ? 1 : 0)
    }
  }
}

/** The registry once loaded (for /metrics); undefined before loadMetrics() resolves. */
export function loadedRegistry(): Registry | undefined {
  return metrics?.registry
}

const scrapeHooks = new Set<() => void>()

/**
 * Runs `hook` before every scrape (after the registry loaded), so sources that are sampled (the ingest's
 * counters) are current in what /metrics returns. Returns the function that removes it.
 */
export function addScrapeHook(hook: () => void): () => void {
  scrapeHooks.add(hook)
  return () => void scrapeHooks.delete(hook)
}

/** Prometheus text of every metric; loads the registry if needed. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  const { registry } = await loadMetrics()
  for (const hook of scrapeHooks) {
    try {
      hook()
    } catch {
      // A failing source must not fail the scrape: its metrics stay as last sampled.
    }
  }
  return { contentType: registry.contentType, body: await registry.metrics() }
}

/** Where the engine gauges read from; the server sets it once the engine is open. */
export function setEngineSource(source: EngineSource | undefined): void {
  engineSource = source
}

/** metrics.partition_series_max (reloadable). */
export function setPartitionSeriesMax(max: number): void {
  partitionSeriesMax = max
}

/** Records produced into `topic` through this server (any front end). */
export function countRecordsIn(topic: string, records: number, bytes: number): void {
  if (!nonNegative(records) || !nonNegative(bytes)) return
  use((m) => {
    m.recordsIn.inc({ topic }, records)
    m.bytesIn.inc({ topic }, bytes)
  })
}

/** Records delivered from `topic` to consumers through this server. */
export function countRecordsOut(topic: string, records: number, bytes: number): void {
  if (!nonNegative(records) || !nonNegative(bytes)) return
  use((m) => {
    m.recordsOut.inc({ topic }, records)
    m.bytesOut.inc({ topic }, bytes)
  })
}

/** One operations HTTP request (route is the pattern, e.g. /api/topics/:name, to bound cardinality). */
export function observeHttpRequest(method: string, route: string, status: number, seconds: number): void {
  if (!nonNegative(seconds)) return
  use((m) => m.httpRequestSeconds.observe({ method, route, status: String(status) }, seconds))
}

/** One Kafka API request: `api` is the API name (Produce, Fetch, Metadata, ...). For the broker. */
export function observeKafkaRequest(api: string, seconds: number, outcome: RequestOutcome = 'ok'): void {
  if (!nonNegative(seconds)) return
  use((m) => m.kafkaRequestSeconds.observe({ api, outcome }, seconds))
}

/** A consumer group's lag on one partition, in records. For consumer groups. */
export function setConsumerLag(group: string, topic: string, partition: number, lagRecords: number): void {
  if (!nonNegative(lagRecords)) return
  use((m) => {
    const labels = { group, topic, partition: String(partition) }
    m.consumerLag.set(labels, lagRecords)
    let series = lagSeries.get(group)
    if (series === undefined) lagSeries.set(group, (series = new Map()))
    series.set(`${topic}\u0000${partition}`, labels)
  })
}

/** Drops every lag series of a group (deleted or empty group). */
export function removeConsumerGroup(group: string): void {
  use((m) => {
    for (const labels of lagSeries.get(group)?.values() ?? []) m.consumerLag.remove(labels)
    lagSeries.delete(group)
  })
}

/** Frames accepted by the event ingest. For ingest. */
export function countIngestFrames(source: string, frames: number, bytes: number): void {
  if (!nonNegative(frames) || !nonNegative(bytes)) return
  use((m) => {
    m.ingestFrames.inc({ source }, frames)
    m.ingestBytes.inc({ source }, bytes)
  })
}

/** Frames the ingest dropped (malformed, over capacity, ...). For ingest. */
export function countIngestDropped(source: string, reason: string, frames = 1): void {
  if (!nonNegative(frames)) return
  use((m) => m.ingestDropped.inc({ source, reason }, frames))
}

/** A numeric control-plane value (e.g. 'paused' 0/1, 'priority_floor' 3). For the control plane. */
export function setControlPlaneState(key: string, value: number): void {
  if (!Number.isFinite(value)) return
  use((m) => m.controlPlaneState.set({ key }, value))
}

/** A textual control-plane value (e.g. 'mode' = 'degraded'): exported as an info gauge. For the control plane. */
export function setControlPlaneInfo(key: string, value: string): void {
  use((m) => {
    const previous = controlPlaneInfoValues.get(key)
    if (previous !== undefined) m.controlPlaneInfo.remove({ key, value: previous })
    controlPlaneInfoValues.set(key, value)
    m.controlPlaneInfo.set({ key, value }, 1)
  })
}

/** Records dropped as duplicates (idempotent producers, ingest dedup). */
export function countDedupDropped(topic: string, records = 1): void {
  if (!nonNegative(records)) return
  use((m) => m.dedupDropped.inc({ topic }, records))
}

/** Records routed to a dead-letter topic. */
export function countDeadLetter(topic: string, reason: string, records = 1): void {
  if (!nonNegative(records)) return
  use((m) => m.deadLetter.inc({ topic, reason }, records))
}

/** A configuration reload, by outcome (applied, unchanged, invalid). */
export function countConfigReload(outcome: string): void {
  use((m) => m.configReloads.inc({ outcome }))
}
