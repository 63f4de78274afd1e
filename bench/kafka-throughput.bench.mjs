// Kafka-protocol throughput and latency through a real client (franz-go, tests/fixtures/kafka-clients/go)
// against Sluice's Kafka broker (in this process: Engine + KafkaBroker on 127.0.0.1, port 0):
//   - produce 100-byte records, acks=1 and acks=all: records/s and MB/s;
//   - consume them from the beginning: records/s;
//   - produce-to-consume latency p50/p99 at a fixed 10,000 records/s;
//   - start-up to accepting Kafka connections, and resident memory when idle (a fresh child process).
// Apache Kafka as a peer in the same run (issue 4) is not here yet: see docs/kafka.md.
// Needs `npm run build` (dist/) and Go (scripts/kafka-clients/build-go.sh builds the client).
// Writes bench/results/kafka-throughput.json.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Engine } from '../dist/index.js'
import { KafkaBroker } from '../dist/kafka/index.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const records = Number(process.env.RECORDS ?? 500_000)
const valueBytes = 100
const latencyRate = 10_000
const latencySeconds = Number(process.env.LATENCY_SECONDS ?? 5)

const client = execFileSync('bash', [path.join(repo, 'scripts', 'kafka-clients', 'build-go.sh')], { encoding: 'utf8' }).trim().split('\n').pop()
const clientPath = path.join(repo, client)

function runClient(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(clientPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${args[0]} exited ${code}`))))
  })
}

// Windows hold everything produced, so the consume run reads from the beginning out of memory.
const engine = await Engine.open({ memoryBytes: 1536 * 1024 * 1024, windowBytes: 256 * 1024 * 1024, recordBytesMax: 1024 * 1024 })
const broker = new KafkaBroker(engine, { host: '127.0.0.1', port: 0 })
const { port } = await broker.start()
const bootstrap = `127.0.0.1:${port}`
for (const t of ['acks1', 'acksall', 'latency']) await engine.createTopic(t, { partitions: 1 })

const produceAcks1 = await runClient(['bench-produce', bootstrap, 'acks1', String(records), String(valueBytes), '1'])
const produceAcksAll = await runClient(['bench-produce', bootstrap, 'acksall', String(records), String(valueBytes), 'all'])
const consume = await runClient(['bench-consume', bootstrap, 'acks1', '1', String(records)])
const latency = await runClient(['bench-latency', bootstrap, 'latency', String(latencyRate), String(latencySeconds)])
await broker.stop()
await engine.close()

// Start-up and idle memory in a fresh process: import, open the engine, listen for Kafka.
const startupScript = `
const t0 = performance.now()
const { Engine } = await import(${JSON.stringify(path.join(repo, 'dist', 'index.js'))})
const { startKafkaBroker } = await import(${JSON.stringify(path.join(repo, 'dist', 'kafka', 'index.js'))})
const engine = await Engine.open()
const k = await startKafkaBroker(engine, { port: 0 })
const readyMs = performance.now() - t0
await new Promise((r) => setTimeout(r, 1500))
console.log(JSON.stringify({ readyMs, idleRssBytes: process.memoryUsage().rss }))
await k.stop(); await engine.close()
`
const startups = []
for (let i = 0; i < 5; i++) {
  const t0 = performance.now()
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', startupScript], { encoding: 'utf8' })
  startups.push({ ...JSON.parse(out.trim()), processMs: performance.now() - t0 })
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const result = {
  bench: 'kafka-throughput',
  date: new Date().toISOString(),
  runtime: `node ${process.versions.node}`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cpuCount: os.cpus().length,
  loadAverage1m: os.loadavg()[0],
  client: 'franz-go (tests/fixtures/kafka-clients/go), no idempotence, uncompressed, 1 partition, linger 2 ms',
  records,
  valueBytes,
  sluice: {
    produceAcks1,
    produceAcksAll,
    consumeFromBeginning: consume,
    latencyAt10kPerSec: latency,
    startupReadyMsMedian: median(startups.map((s) => s.readyMs)),
    idleRssMbMedian: median(startups.map((s) => s.idleRssBytes)) / 1024 / 1024,
  },
  kafka: null,
  kafkaNote: 'Apache Kafka 4.x as a peer in the same run is not wired in yet (docs/kafka.md)',
  targets: { produceRecordsPerSecMin: 1_000_000, startupMsMax: 150, idleRssMbMax: 80 },
}
mkdirSync(path.join(repo, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(repo, 'bench', 'results', 'kafka-throughput.json'), JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
