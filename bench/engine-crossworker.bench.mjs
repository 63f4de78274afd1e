// Cross-worker publish -> subscribe through the engine API, side by side in one run with worker
// postMessage (one 100-byte Uint8Array per message): throughput batched and one record at a time, and
// one-way latency with a spinning and with a parked subscriber. Throughput subscribers use backpressure,
// so a publisher faster than its subscriber waits instead of overrunning it. The raw ring figures (SPSC ring vs
// ringbuf.js) are in crossworker.bench.mjs.
//
//   npm run build && node bench/engine-crossworker.bench.mjs
//
// The publisher runs in a worker_threads worker, the subscriber on the main thread; both share the 2 vCPUs
// of this machine with everything else, so each case runs several rounds and we report the median.
import { Worker } from 'node:worker_threads'
import { writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import { Engine } from '../dist/index.js'

const rounds = Number(process.env.ROUNDS ?? 5)
const recordsPerRound = Number(process.env.RECORDS ?? 1_000_000)
const valueBytes = 100
const workerUrl = new URL('./engine-crossworker.worker.mjs', import.meta.url)

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

/** Starts the worker and resolves once it is ready; `go()` starts its run, `done` settles when it exits. */
function startWorker(workerData, onMessage) {
  return new Promise((resolveReady, reject) => {
    const worker = new Worker(workerUrl, { workerData })
    const done = new Promise((resolve, rejectDone) => {
      worker.on('error', rejectDone)
      worker.on('exit', (code) => (code === 0 ? resolve() : rejectDone(new Error(`worker exited with ${code}`))))
    })
    worker.on('error', reject)
    worker.on('message', (message) => {
      if (message === 'ready') resolveReady({ go: () => worker.postMessage('go'), done })
      else onMessage?.(message)
    })
  })
}

async function engineThroughput(engine, batchSize, count) {
  const topic = `tp-${batchSize}-${Math.random().toString(36).slice(2)}`
  await engine.createTopic(topic)
  const subscription = engine.subscribe(topic, { from: 'earliest', spinMicros: 200, backpressure: true })
  const { go, done } = await startWorker({ mode: 'engine', handle: engine.share(), topic, count, batchSize, valueBytes })
  const started = performance.now()
  go()
  let received = 0
  while (received < count) received += (await subscription.nextBatch()).length
  const seconds = (performance.now() - started) / 1000
  await done
  subscription.close()
  await engine.deleteTopic(topic)
  return count / seconds
}

async function builtThroughput(engine, batchSize, count) {
  const topic = `built-${batchSize}-${Math.random().toString(36).slice(2)}`
  await engine.createTopic(topic)
  const subscription = engine.subscribe(topic, { from: 'earliest', spinMicros: 200, backpressure: true })
  const { go, done } = await startWorker({ mode: 'built', handle: engine.share(), topic, count, batchSize, valueBytes })
  const started = performance.now()
  go()
  let received = 0
  let checksum = 0
  // The subscriber touches every value (its length and first byte), as a consumer would.
  const visit = (bytes, start, length) => {
    checksum += length + bytes[start]
    received++
  }
  while (received < count) (await subscription.nextView()).forEachValue(visit)
  const seconds = (performance.now() - started) / 1000
  await done
  subscription.close()
  await engine.deleteTopic(topic)
  if (checksum !== count * valueBytes) throw new Error(`checksum ${checksum}, expected ${count * valueBytes}`)
  return count / seconds
}

async function postMessageThroughput(count) {
  let received = 0
  let finish
  const finished = new Promise((resolve) => (finish = resolve))
  const { go, done } = await startWorker({ mode: 'postMessage', count, valueBytes }, (message) => {
    if (message instanceof Uint8Array && ++received === count) finish()
  })
  const started = performance.now()
  go()
  await finished
  const seconds = (performance.now() - started) / 1000
  await done
  return count / seconds
}

async function engineLatency(engine, spinMicros, samples) {
  const topic = `lat-${spinMicros}-${Math.random().toString(36).slice(2)}`
  await engine.createTopic(topic)
  const subscription = engine.subscribe(topic, { from: 'earliest', spinMicros })
  const { go, done } = await startWorker({ mode: 'latency', handle: engine.share(), topic, count: samples, gapMicros: 200 })
  go()
  const latencies = []
  while (latencies.length < samples) {
    for (const message of await subscription.nextBatch()) {
      const now = performance.timeOrigin + performance.now()
      const sentAt = new DataView(message.value.buffer, message.value.byteOffset).getFloat64(0, true)
      latencies.push((now - sentAt) * 1000)
    }
  }
  await done
  subscription.close()
  await engine.deleteTopic(topic)
  const sorted = latencies.sort((a, b) => a - b)
  return { p50Micros: percentile(sorted, 0.5), p99Micros: percentile(sorted, 0.99) }
}

const engine = await Engine.open({ memoryBytes: 256 * 1024 * 1024, windowBytes: 32 * 1024 * 1024 })
const cases = {
  'engine RecordBatchBuilder(4000) -> nextView': [],
  'engine publishBatch(1000) -> subscriber': [],
  'engine publishBatch(100) -> subscriber': [],
  'engine publish (1 per call) -> subscriber': [],
  'worker postMessage (1 per message)': [],
}
const latency = { spinning: [], parked: [] }
for (let round = 0; round < rounds; round++) {
  cases['engine RecordBatchBuilder(4000) -> nextView'].push(await builtThroughput(engine, 4000, recordsPerRound * 4))
  cases['engine publishBatch(1000) -> subscriber'].push(await engineThroughput(engine, 1000, recordsPerRound))
  cases['engine publishBatch(100) -> subscriber'].push(await engineThroughput(engine, 100, recordsPerRound))
  cases['engine publish (1 per call) -> subscriber'].push(await engineThroughput(engine, 1, recordsPerRound / 10))
  cases['worker postMessage (1 per message)'].push(await postMessageThroughput(recordsPerRound / 10))
  latency.spinning.push(await engineLatency(engine, 1_000_000, 2000))
  latency.parked.push(await engineLatency(engine, 0, 2000))
  process.stderr.write(`round ${round + 1}/${rounds} done\n`)
}
await engine.close()

const postMessageMedian = median(cases['worker postMessage (1 per message)'])
const result = {
  bench: 'engine-crossworker',
  date: new Date().toISOString(),
  runtime: `node ${process.versions.node}`,
  cpu: os.cpus()[0]?.model,
  cpuCount: os.cpus().length,
  rounds,
  valueBytes,
  throughput: Object.entries(cases).map(([name, values]) => ({
    name,
    recordsPerSecondMedian: Math.round(median(values)),
    recordsPerSecondMin: Math.round(Math.min(...values)),
    recordsPerSecondMax: Math.round(Math.max(...values)),
    ratioToPostMessage: Number((median(values) / postMessageMedian).toFixed(1)),
  })),
  latency: Object.entries(latency).map(([name, values]) => ({
    subscriber: name,
    p50MicrosMedian: Number(median(values.map((v) => v.p50Micros)).toFixed(1)),
    p99MicrosMedian: Number(median(values.map((v) => v.p99Micros)).toFixed(1)),
  })),
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/engine-crossworker.json', import.meta.url), JSON.stringify(result, null, 2) + '\n')
console.log('| case | records/s (median) | min | max | x postMessage |')
console.log('|---|---|---|---|---|')
for (const row of result.throughput) {
  console.log(`| ${row.name} | ${row.recordsPerSecondMedian.toLocaleString('en')} | ${row.recordsPerSecondMin.toLocaleString('en')} | ${row.recordsPerSecondMax.toLocaleString('en')} | ${row.ratioToPostMessage} |`)
}
for (const row of result.latency) console.log(`latency (${row.subscriber} subscriber): p50 ${row.p50MicrosMedian} us, p99 ${row.p99MicrosMedian} us`)
