// Sluice against Apache Kafka 4.x (issue 4's ratios): the same client (franz-go, bench/kafka-peer-go) with
// the same settings against each broker, in the same run, rounds interleaved (S K, K S, S K, ...), medians:
//   - produce 100-byte records, acks=1 and acks=all: records/s and MB/s;
//   - consume them from the beginning: records/s;
//   - produce-to-consume latency p50/p99 at a fixed 10,000 records/s;
//   - start-up (spawn -> first ApiVersions answer) and resident memory when idle, of each server process.
// Each round starts each broker fresh on its own temporary directories: Sluice is
// `node dist/bundle/main.js serve --port 0 ... --data-dir <tmp>` (with npm start's node flags, if any), Kafka is KRaft combined mode from Maven
// Central jars (scripts/kafka-server/). Before the measured runs each broker takes a warm-up produce (JIT).
//
// Needs `npm run build` (dist/), Go, mvn and a JDK >= 17. Env: ROUNDS (5), RECORDS (1,000,000),
// WARMUP_RECORDS (300,000), LATENCY_SECONDS (5), IDLE_MS (3000), KAFKA_VERSION (scripts/kafka-server/fetch.sh),
// SLUICE_ARGS (extra `sluice serve` flags, default '--set engine.window_bytes=4MiB'),
// QUIET_BUSY_MAX (0.25), QUIET_WAIT_MS (20,000): see below.
// BATCH_RECORDS (4,000,000), BATCH_CONNECTIONS (4), BATCH_DEPTH (2): the broker-bound runs (batches.go).
// Writes bench/results/kafka-peer.json and prints a Markdown table.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveNodeFlags } from './serve-flags.mjs'
import { cpuAccount, cpuSeconds, median, othersBusy, rssMb, runClient, sleep, startKafka, startSluice, waitQuiet, prepareBench, resultHeader, alternatingRounds } from './kafka-peer-lib.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rounds = Number(process.env.ROUNDS ?? 5)
const records = Number(process.env.RECORDS ?? 1_000_000)
const warmupRecords = Number(process.env.WARMUP_RECORDS ?? 300_000)
const latencySeconds = Number(process.env.LATENCY_SECONDS ?? 5)
// Broker-bound load (batches.go): pre-built batches over BATCH_CONNECTIONS connections, one partition each,
// BATCH_DEPTH requests in flight per connection. franz-go's own CPU per record sets the pace of the runs
// above (on 2 cores it is more than either broker's); these runs show what each broker can take.
const batchRecords = Number(process.env.BATCH_RECORDS ?? 4_000_000)
const batchConnections = Number(process.env.BATCH_CONNECTIONS ?? 4)
const batchDepth = Number(process.env.BATCH_DEPTH ?? 2)
const idleMs = Number(process.env.IDLE_MS ?? 3000)
// The machine is shared: before each broker's round, wait (up to QUIET_WAIT_MS) for other work to keep
// fewer than QUIET_BUSY_MAX of the cores busy, and record what it was.
const quietBusyMax = Number(process.env.QUIET_BUSY_MAX ?? 0.25)
const quietWaitMs = Number(process.env.QUIET_WAIT_MS ?? 20_000)
const valueBytes = 100
const latencyRate = 10_000
// Sluice's default 1 MiB window caps a batch at 256 KiB; the client's batches (and Kafka's limit) are 1 MiB.
const sluiceArgs = (process.env.SLUICE_ARGS ?? '--set engine.window_bytes=4MiB').split(' ').filter(Boolean)
const log = (...a) => console.error('[kafka-peer]', ...a)

// The client, the Kafka jars and a snapshot of dist/, before any clock starts.
const { clientPath, kafkaLib, kafkaVersion, distBuiltAt, sluiceRoot, javaVersionLine } = prepareBench(repo, 'kafka-peer', 'kafka-peer-go')
const loadBefore = os.loadavg()
const t0 = performance.now()

async function round(start) {
  let broker
  try {
    broker = await start(repo)
  } catch (error) {
    // A shared machine: another process may take a port between our pick and the broker's bind. Once more.
    log(`start failed, retrying once: ${error.message}`)
    broker = await start(repo)
  }
  const { bootstrap, pid } = broker
  try {
    await sleep(idleMs)
    const idleRssMb = rssMb(pid)
    await runClient(clientPath, ['create', bootstrap, 'warmup,acks1,acksall,latency'])
    await runClient(clientPath, ['produce', bootstrap, 'warmup', String(warmupRecords), String(valueBytes), '1'])
    await sleep(500)
    const phase = async (args) => {
      const cpu0 = cpuSeconds(pid)
      const r = await runClient(clientPath, args)
      return { ...r, serverCpuSeconds: cpuSeconds(pid) - cpu0 }
    }
    const produceAcks1 = await phase(['produce', bootstrap, 'acks1', String(records), String(valueBytes), '1'])
    const produceAcksAll = await phase(['produce', bootstrap, 'acksall', String(records), String(valueBytes), 'all'])
    const consume = await phase(['consume', bootstrap, 'acks1', String(records)])
    consume.mbPerSec = (consume.records * valueBytes) / consume.seconds / 1e6
    const latency = await phase(['latency', bootstrap, 'latency', String(latencyRate), String(latencySeconds)])
    await runClient(clientPath, ['create', bootstrap, 'batches1,batchesall', String(batchConnections)])
    const batches = (acks, topic) => phase(['produce-batches', bootstrap, topic, String(batchRecords), String(valueBytes), acks, String(batchConnections), String(batchDepth)])
    const batchesAcks1 = await batches('1', 'batches1')
    const batchesAcksAll = await batches('all', 'batchesall')
    const batchesConsume = await phase(['consume-batches', bootstrap, 'batches1', String(batchRecords), String(batchConnections)])
    const rssAfterLoadMb = rssMb(pid)
    return { startup: broker.startup, idleRssMb, rssAfterLoadMb, produceAcks1, produceAcksAll, consume, latency, batchesAcks1, batchesAcksAll, batchesConsume, loadAverage1m: os.loadavg()[0] }
  } finally {
    await broker.stop()
  }
}

const runs = await alternatingRounds(
  rounds,
  { busyMax: quietBusyMax, waitMs: quietWaitMs },
  (name) => round(name === 'sluice' ? () => startSluice(sluiceRoot, sluiceArgs) : startKafka),
  (r, name, i) =>
    log(`round ${i + 1}/${rounds} ${name}: start ${r.startup.apiVersionsMs.toFixed(0)} ms, idle ${r.idleRssMb.toFixed(0)} MB, acks=1 ${(r.produceAcks1.recordsPerSec / 1e6).toFixed(2)} M/s, acks=all ${(r.produceAcksAll.recordsPerSec / 1e6).toFixed(2)} M/s, consume ${(r.consume.recordsPerSec / 1e6).toFixed(2)} M/s, broker-bound ${(r.batchesAcks1.recordsPerSec / 1e6).toFixed(2)}/${(r.batchesAcksAll.recordsPerSec / 1e6).toFixed(2)}/${(r.batchesConsume.recordsPerSec / 1e6).toFixed(2)} M/s, p50/p99 ${(r.latency.p50Micros / 1e3).toFixed(2)}/${(r.latency.p99Micros / 1e3).toFixed(2)} ms, others busy before/during ${(100 * r.otherBusyBefore).toFixed(0)}/${(100 * r.otherBusyDuring).toFixed(0)}%, load ${r.loadAverage1m.toFixed(2)}`),
)

const pick = (list, f) => median(list.map(f))
function summary(list) {
  return {
    produceAcks1: { recordsPerSec: pick(list, (r) => r.produceAcks1.recordsPerSec), mbPerSec: pick(list, (r) => r.produceAcks1.mbPerSec), serverCpuSeconds: pick(list, (r) => r.produceAcks1.serverCpuSeconds) },
    produceAcksAll: { recordsPerSec: pick(list, (r) => r.produceAcksAll.recordsPerSec), mbPerSec: pick(list, (r) => r.produceAcksAll.mbPerSec), serverCpuSeconds: pick(list, (r) => r.produceAcksAll.serverCpuSeconds) },
    consumeFromBeginning: { recordsPerSec: pick(list, (r) => r.consume.recordsPerSec), mbPerSec: pick(list, (r) => r.consume.mbPerSec), serverCpuSeconds: pick(list, (r) => r.consume.serverCpuSeconds) },
    brokerBound: Object.fromEntries(['batchesAcks1', 'batchesAcksAll', 'batchesConsume'].map((k) => [k, { recordsPerSec: pick(list, (r) => r[k].recordsPerSec), mbPerSec: pick(list, (r) => (r[k].recordsPerSec * valueBytes) / 1e6), serverCpuSecondsPerMillion: pick(list, (r) => r[k].serverCpuSeconds / (r[k].records / 1e6)) }])),
    latencyAt10kPerSec: { p50Micros: pick(list, (r) => r.latency.p50Micros), p99Micros: pick(list, (r) => r.latency.p99Micros), maxMicros: pick(list, (r) => r.latency.maxMicros) },
    startupMs: pick(list, (r) => r.startup.apiVersionsMs),
    ...(list[0]?.startup.readyLineMs !== undefined ? { readyLineMs: pick(list, (r) => r.startup.readyLineMs) } : {}),
    ...(list[0]?.startup.formatMs !== undefined ? { storageFormatMs: pick(list, (r) => r.startup.formatMs) } : {}),
    idleRssMb: pick(list, (r) => r.idleRssMb),
    rssAfterLoadMb: pick(list, (r) => r.rssAfterLoadMb),
  }
}
const otherBusy = [...runs.sluice, ...runs.kafka].map((r) => r.otherBusyDuring)
const sluice = summary(runs.sluice)
const kafka = summary(runs.kafka)
const ratio = (a, b) => (a != null && b ? a / b : null)
const ratios = {
  produceAcks1RecordsPerSec: ratio(sluice.produceAcks1.recordsPerSec, kafka.produceAcks1.recordsPerSec),
  produceAcksAllRecordsPerSec: ratio(sluice.produceAcksAll.recordsPerSec, kafka.produceAcksAll.recordsPerSec),
  consumeRecordsPerSec: ratio(sluice.consumeFromBeginning.recordsPerSec, kafka.consumeFromBeginning.recordsPerSec),
  brokerBoundProduceAcks1RecordsPerSec: ratio(sluice.brokerBound.batchesAcks1.recordsPerSec, kafka.brokerBound.batchesAcks1.recordsPerSec),
  brokerBoundProduceAcksAllRecordsPerSec: ratio(sluice.brokerBound.batchesAcksAll.recordsPerSec, kafka.brokerBound.batchesAcksAll.recordsPerSec),
  brokerBoundConsumeRecordsPerSec: ratio(sluice.brokerBound.batchesConsume.recordsPerSec, kafka.brokerBound.batchesConsume.recordsPerSec),
  latencyP50: ratio(sluice.latencyAt10kPerSec.p50Micros, kafka.latencyAt10kPerSec.p50Micros),
  latencyP99: ratio(sluice.latencyAt10kPerSec.p99Micros, kafka.latencyAt10kPerSec.p99Micros),
  startup: ratio(sluice.startupMs, kafka.startupMs),
  idleRss: ratio(sluice.idleRssMb, kafka.idleRssMb),
  // Server CPU per record (user+system of the broker process during the run): below 1, Sluice spends less.
  produceAcks1ServerCpu: ratio(sluice.produceAcks1.serverCpuSeconds, kafka.produceAcks1.serverCpuSeconds),
  produceAcksAllServerCpu: ratio(sluice.produceAcksAll.serverCpuSeconds, kafka.produceAcksAll.serverCpuSeconds),
  consumeServerCpu: ratio(sluice.consumeFromBeginning.serverCpuSeconds, kafka.consumeFromBeginning.serverCpuSeconds),
}
const targets = {
  produceRatioMin: 1.5, produceRecordsPerSecMin: 1_000_000, consumeRatioMin: 1.5, latencyP99RatioMax: 0.5, startupMsMax: 150, idleRssMbMax: 80,
}
const met = {
  produceAcks1: ratios.produceAcks1RecordsPerSec >= targets.produceRatioMin && sluice.produceAcks1.recordsPerSec >= targets.produceRecordsPerSecMin,
  produceAcksAll: ratios.produceAcksAllRecordsPerSec >= targets.produceRatioMin && sluice.produceAcksAll.recordsPerSec >= targets.produceRecordsPerSecMin,
  consume: ratios.consumeRecordsPerSec >= targets.consumeRatioMin,
  brokerBoundProduceAcks1: ratios.brokerBoundProduceAcks1RecordsPerSec >= targets.produceRatioMin && sluice.brokerBound.batchesAcks1.recordsPerSec >= targets.produceRecordsPerSecMin,
  brokerBoundProduceAcksAll: ratios.brokerBoundProduceAcksAllRecordsPerSec >= targets.produceRatioMin && sluice.brokerBound.batchesAcksAll.recordsPerSec >= targets.produceRecordsPerSecMin,
  brokerBoundConsume: ratios.brokerBoundConsumeRecordsPerSec >= targets.consumeRatioMin,
  latencyP99: ratios.latencyP99 <= targets.latencyP99RatioMax,
  startup: sluice.startupMs <= targets.startupMsMax,
  idleRss: sluice.idleRssMb <= targets.idleRssMbMax,
}

const result = {
  ...resultHeader(repo, { bench: 'kafka-peer', loadBefore, t0, otherBusy, distBuiltAt }),
  sluiceRuntime: `node ${process.versions.node} ${serveNodeFlags().join(' ')}, sluice serve (dist/) ${sluiceArgs.join(' ')}`,
  kafkaRuntime: `Apache Kafka ${kafkaVersion} (kafka_2.13 from Maven Central), KRaft combined mode, ${javaVersionLine}, -Xmx1G -Xms1G G1 (kafka-server-start.sh defaults), log at INFO to a file`,
  client: 'franz-go 1.22.3 (bench/kafka-peer-go): no idempotence, uncompressed, 1 MiB batches, linger 2 ms (0 in the latency run), 1 partition, replication factor 1',
  brokerBoundClient: `bench/kafka-peer-go batches.go: pre-built uncompressed 1 MiB batches of ${valueBytes}-byte records, Produce v7 / Fetch v11 (50 MiB per response, 10 MiB per partition), ${batchConnections} connections with one partition each, ${batchDepth} produce requests in flight per connection; only batch headers are read`,
  batchRecords, batchConnections, batchDepth,
  method: 'each round starts each broker fresh on temporary dirs (order alternates), waits IDLE_MS, reads VmRSS, creates the topics, produces WARMUP_RECORDS (not measured), then produce acks=1, produce acks=all, consume the acks=1 topic from offset 0, latency, and the broker-bound produce acks=1, acks=all and consume (BATCH_RECORDS, own topics with BATCH_CONNECTIONS partitions); figures are medians over rounds. Start-up: spawn of the server process -> first ApiVersions answer on its Kafka port (Kafka: storage formatted beforehand, timed as storageFormatMs). Neither broker fsyncs per write (Sluice storage.durability=os, Kafka log.flush defaults).',
  rounds, records, warmupRecords, valueBytes, latencyRate, latencySeconds, idleMs,
  sluice, kafka, ratios, targets, met,
  runs,
}
mkdirSync(path.join(repo, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(repo, 'bench', 'results', 'kafka-peer.json'), JSON.stringify(result, null, 2) + '\n')

const f = (x, d = 0) => (x == null ? 'n/a' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }))
const yes = (b) => (b ? 'yes' : 'no')
const rows = [
  ['produce acks=1, records/s', f(sluice.produceAcks1.recordsPerSec), f(kafka.produceAcks1.recordsPerSec), f(ratios.produceAcks1RecordsPerSec, 2) + 'x', '>= 1.5x, >= 1 M/s', yes(met.produceAcks1)],
  ['produce acks=1, MB/s', f(sluice.produceAcks1.mbPerSec, 1), f(kafka.produceAcks1.mbPerSec, 1), f(ratios.produceAcks1RecordsPerSec, 2) + 'x', '', ''],
  ['produce acks=all, records/s', f(sluice.produceAcksAll.recordsPerSec), f(kafka.produceAcksAll.recordsPerSec), f(ratios.produceAcksAllRecordsPerSec, 2) + 'x', '>= 1.5x, >= 1 M/s', yes(met.produceAcksAll)],
  ['produce acks=all, MB/s', f(sluice.produceAcksAll.mbPerSec, 1), f(kafka.produceAcksAll.mbPerSec, 1), f(ratios.produceAcksAllRecordsPerSec, 2) + 'x', '', ''],
  ['consume from the beginning, records/s', f(sluice.consumeFromBeginning.recordsPerSec), f(kafka.consumeFromBeginning.recordsPerSec), f(ratios.consumeRecordsPerSec, 2) + 'x', '>= 1.5x', yes(met.consume)],
  [`broker-bound produce acks=1, records/s (MB/s of values)`, `${f(sluice.brokerBound.batchesAcks1.recordsPerSec)} (${f(sluice.brokerBound.batchesAcks1.mbPerSec, 1)})`, `${f(kafka.brokerBound.batchesAcks1.recordsPerSec)} (${f(kafka.brokerBound.batchesAcks1.mbPerSec, 1)})`, f(ratios.brokerBoundProduceAcks1RecordsPerSec, 2) + 'x', '>= 1.5x, >= 1 M/s', yes(met.brokerBoundProduceAcks1)],
  [`broker-bound produce acks=all, records/s (MB/s of values)`, `${f(sluice.brokerBound.batchesAcksAll.recordsPerSec)} (${f(sluice.brokerBound.batchesAcksAll.mbPerSec, 1)})`, `${f(kafka.brokerBound.batchesAcksAll.recordsPerSec)} (${f(kafka.brokerBound.batchesAcksAll.mbPerSec, 1)})`, f(ratios.brokerBoundProduceAcksAllRecordsPerSec, 2) + 'x', '>= 1.5x, >= 1 M/s', yes(met.brokerBoundProduceAcksAll)],
  [`broker-bound consume, records/s`, f(sluice.brokerBound.batchesConsume.recordsPerSec), f(kafka.brokerBound.batchesConsume.recordsPerSec), f(ratios.brokerBoundConsumeRecordsPerSec, 2) + 'x', '>= 1.5x', yes(met.brokerBoundConsume)],
  ...['batchesAcks1', 'batchesAcksAll', 'batchesConsume'].map((k, i) => [`broker-bound server CPU s per 1 M records, ${['produce acks=1', 'produce acks=all', 'consume'][i]}`, f(sluice.brokerBound[k].serverCpuSecondsPerMillion, 3), f(kafka.brokerBound[k].serverCpuSecondsPerMillion, 3), f(ratio(sluice.brokerBound[k].serverCpuSecondsPerMillion, kafka.brokerBound[k].serverCpuSecondsPerMillion), 2) + 'x', '', '']),
  ['latency p50 at 10k/s, ms', f(sluice.latencyAt10kPerSec.p50Micros / 1e3, 2), f(kafka.latencyAt10kPerSec.p50Micros / 1e3, 2), f(ratios.latencyP50, 2) + 'x', '', ''],
  ['latency p99 at 10k/s, ms', f(sluice.latencyAt10kPerSec.p99Micros / 1e3, 2), f(kafka.latencyAt10kPerSec.p99Micros / 1e3, 2), f(ratios.latencyP99, 2) + 'x', '<= 0.5x', yes(met.latencyP99)],
  ['start-up to first ApiVersions answer, ms', f(sluice.startupMs), f(kafka.startupMs), f(ratios.startup, 3) + 'x', '<= 150 ms', yes(met.startup)],
  ['Sluice ready line (spawn -> stdout), ms', f(sluice.readyLineMs), '', '', '', ''],
  ['Kafka storage format (before start-up), ms', '', f(kafka.storageFormatMs), '', '', ''],
  ['resident memory when idle, MB', f(sluice.idleRssMb, 1), f(kafka.idleRssMb, 1), f(ratios.idleRss, 3) + 'x', '<= 80 MB', yes(met.idleRss)],
  ['resident memory after the run, MB', f(sluice.rssAfterLoadMb, 1), f(kafka.rssAfterLoadMb, 1), f(ratio(sluice.rssAfterLoadMb, kafka.rssAfterLoadMb), 3) + 'x', '', ''],
  [`server CPU s per ${f(records)} records, produce acks=1`, f(sluice.produceAcks1.serverCpuSeconds, 2), f(kafka.produceAcks1.serverCpuSeconds, 2), f(ratios.produceAcks1ServerCpu, 2) + 'x', '', ''],
  [`server CPU s per ${f(records)} records, produce acks=all`, f(sluice.produceAcksAll.serverCpuSeconds, 2), f(kafka.produceAcksAll.serverCpuSeconds, 2), f(ratios.produceAcksAllServerCpu, 2) + 'x', '', ''],
  [`server CPU s per ${f(records)} records, consume`, f(sluice.consumeFromBeginning.serverCpuSeconds, 2), f(kafka.consumeFromBeginning.serverCpuSeconds, 2), f(ratios.consumeServerCpu, 2) + 'x', '', ''],
]
const table = [
  `| metric (median of ${rounds} rounds) | Sluice | Apache Kafka ${kafkaVersion} | Sluice / Kafka | target | met |`,
  '|---|---:|---:|---:|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n')
console.log(table)
console.log(`\nload average (1/5/15 min) before: ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; share of the cores other processes kept busy during a round: median ${(100 * median(otherBusy)).toFixed(0)}%, max ${(100 * Math.max(...otherBusy)).toFixed(0)}%; ${os.cpus().length} cores; run took ${result.durationSeconds.toFixed(0)} s`)
