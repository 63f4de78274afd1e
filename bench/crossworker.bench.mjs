// Cross-worker transfer of 100-byte records: Sluice's SPSC ring (batched, and one record per call) against
// worker postMessage and the npm ringbuf.js SAB ring, same run, side by side; plus one-way latency.
//
//   npm run build && node bench/crossworker.bench.mjs [--quick]
//
// Every case runs a producer worker and a consumer worker; the main thread only starts them and collects
// numbers. Throughput = records / (consumer's last record - producer's first push), both taken on one
// clock shared by all workers (performance.timeOrigin + performance.now(), rebased to keep microsecond
// precision in a double). Each consumer checks every record's sequence number, so a case that loses or
// reorders records fails instead of reporting a figure. Medians of `roundsCount` rounds: the VM has 2
// vCPUs and ~33% steal, so single rounds swing widely. Writes bench/results/crossworker.json.
import { Worker, isMainThread, parentPort, workerData, MessageChannel } from 'node:worker_threads'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import { createSharedMemory, instantiate, loadSluiceModule } from '../dist/wasm/module.js'
import { SpscRing } from '../dist/ring/spsc-ring.js'
import { parkUntil } from '../dist/ring/park.js'
import { RingBuffer } from 'ringbuf.js'

const recordBytes = 100
const batchRecords = 256
const ringCapacityBytes = 256 * 1024
const quick = process.argv.includes('--quick')
const roundsCount = quick ? 2 : 5
const recordsPerRound = {
  batchedCopy: quick ? 1_000_000 : 4_000_000,
  batchedInPlace: quick ? 1_000_000 : 4_000_000,
  singleCall: quick ? 300_000 : 1_500_000,
  postMessage: quick ? 30_000 : 150_000,
  ringbufJs: quick ? 300_000 : 1_500_000,
}
const latencySamples = quick ? 3_000 : 20_000
const latencyGapUs = 50
const waitTimeoutMs = 30_000

/** Shared clock across workers, in ms: rebased so the double keeps sub-microsecond precision. */
function nowMs(clockBaseMs) {
  return performance.timeOrigin - clockBaseMs + performance.now()
}

// ---------------------------------------------------------------- workers

function workerMain() {
  const data = workerData
  const control = new Int32Array(data.controlSab) // [0] start flag
  const ready = () => parentPort.postMessage({ ready: true })
  const awaitStart = () => {
    while (Atomics.load(control, 0) === 0) Atomics.wait(control, 0, 0, 1000)
  }
  const record = new Uint8Array(recordBytes).fill(0xab)
  const recordU32 = new Uint32Array(record.buffer)

  if (data.kind === 'ring') {
    const exports = instantiate(data.module, data.memory)
    const ring = new SpscRing(exports, data.memory, data.ptr, data.bytes)
    const u32 = new Uint32Array(data.memory.buffer)
    const { mode, records } = data
    if (data.role === 'producer') {
      ready()
      awaitStart()
      const startMs = nowMs(data.clockBaseMs)
      if (mode === 'batchedCopy' || mode === 'batchedInPlace') {
        for (let sequence = 0; sequence < records; ) {
          const end = Math.min(records, sequence + batchRecords)
          for (; sequence < end; sequence++) {
            if (mode === 'batchedCopy') {
              recordU32[0] = sequence
              ring.stage(record)
            } else {
              // Encode straight into the staging area: the caller writes its fields in place.
              const payloadPtr = ring.stageRecord(recordBytes)
              u32[payloadPtr >>> 2] = sequence
            }
          }
          if (!ring.flushStagedBlocking({ timeoutMs: waitTimeoutMs })) throw new Error('producer timed out')
        }
      } else {
        const one = [record]
        for (let sequence = 0; sequence < records; sequence++) {
          recordU32[0] = sequence
          if (!ring.tryPush(record) && ring.pushBatchBlocking(one, 0, { timeoutMs: waitTimeoutMs }) !== 1) throw new Error('producer timed out')
        }
      }
      parentPort.postMessage({ startMs })
    } else {
      let expected = 0
      let bad = -1
      const visit = (bytes, byteOffset, byteLength) => {
        if (byteLength !== recordBytes || u32[byteOffset >>> 2] !== expected) bad = expected
        expected++
      }
      ready()
      const recordsMax = mode === 'singleCall' ? 1 : 4096
      while (expected < records) {
        if (ring.popBatchBlocking(visit, { recordsMax, timeoutMs: waitTimeoutMs }) === 0) throw new Error(`consumer timed out at ${expected}`)
        if (bad >= 0) throw new Error(`record ${bad} arrived out of order or damaged`)
      }
      parentPort.postMessage({ endMs: nowMs(data.clockBaseMs) })
    }
    return
  }

  if (data.kind === 'postMessage') {
    const { port, records } = data
    if (data.role === 'producer') {
      ready()
      awaitStart()
      const startMs = nowMs(data.clockBaseMs)
      for (let sequence = 0; sequence < records; sequence++) {
        recordU32[0] = sequence
        port.postMessage(record) // structured clone: a copy per message, like any real sender
      }
      parentPort.postMessage({ startMs })
    } else {
      let expected = 0
      port.on('message', (message) => {
        if (message.byteLength !== recordBytes || new Uint32Array(message.buffer, message.byteOffset, 1)[0] !== expected) {
          throw new Error(`record ${expected} arrived out of order or damaged`)
        }
        expected++
        if (expected === records) {
          parentPort.postMessage({ endMs: nowMs(data.clockBaseMs) })
          port.close()
        }
      })
      ready()
    }
    return
  }

  if (data.kind === 'ringbufJs') {
    // ringbuf.js has no parking: both sides spin, backing off briefly after long empty/full streaks so two
    // spinners sharing one vCPU do not starve each other (as in its own examples).
    const ringbuf = new RingBuffer(data.sab, Uint8Array)
    const backoff = new Int32Array(new SharedArrayBuffer(16))
    const { records } = data
    if (data.role === 'producer') {
      ready()
      awaitStart()
      const startMs = nowMs(data.clockBaseMs)
      for (let sequence = 0; sequence < records; sequence++) {
        recordU32[0] = sequence
        let spins = 0
        while (ringbuf.available_write() < recordBytes) {
          if (++spins % 4096 === 0) Atomics.wait(backoff, 0, 0, 0.05)
        }
        ringbuf.push(record)
      }
      parentPort.postMessage({ startMs })
    } else {
      const incoming = new Uint8Array(recordBytes)
      const incomingU32 = new Uint32Array(incoming.buffer)
      ready()
      for (let expected = 0; expected < records; expected++) {
        let spins = 0
        while (ringbuf.available_read() < recordBytes) {
          if (++spins % 4096 === 0) Atomics.wait(backoff, 0, 0, 0.05)
        }
        ringbuf.pop(incoming)
        if (incomingU32[0] !== expected) throw new Error(`record ${expected} arrived out of order or damaged`)
      }
      parentPort.postMessage({ endMs: nowMs(data.clockBaseMs) })
    }
    return
  }

  if (data.kind === 'latency') {
    const exports = instantiate(data.module, data.memory)
    const ring = new SpscRing(exports, data.memory, data.ptr, data.bytes)
    const { samples, gapUs, consumerParks } = data
    const stamp = new Float64Array(recordBytes / 8 + 1)
    const stampBytes = new Uint8Array(stamp.buffer, 0, recordBytes)
    if (data.role === 'producer') {
      ready()
      awaitStart()
      const pacing = new Int32Array(new SharedArrayBuffer(4))
      for (let sample = 0; sample < samples; sample++) {
        // Pace by sleeping, not spinning: with the consumer spinning, a second spinner would share a vCPU
        // with it on this 2-vCPU VM whenever anything else runs, and measure scheduling, not the ring.
        Atomics.wait(pacing, 0, 0, gapUs / 1000)
        stamp[0] = nowMs(data.clockBaseMs)
        if (!ring.tryPush(stampBytes)) throw new Error('latency ring full: consumer stalled')
      }
      parentPort.postMessage({ done: true })
    } else {
      const latenciesUs = new Float64Array(samples)
      const view = new DataView(data.memory.buffer)
      let received = 0
      const visit = (bytes, byteOffset) => {
        latenciesUs[received++] = (nowMs(data.clockBaseMs) - view.getFloat64(byteOffset, true)) * 1000
      }
      ready()
      while (received < samples) {
        if (consumerParks) {
          if (ring.popBatchBlocking(visit, { recordsMax: 1, timeoutMs: waitTimeoutMs, spinIterations: 0 }) === 0) throw new Error('latency consumer timed out')
        } else {
          ring.popBatch(visit, 1)
        }
      }
      parentPort.postMessage({ latenciesUs }, [latenciesUs.buffer])
    }
  }
}

// ---------------------------------------------------------------- main

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function percentile(sortedValues, fraction) {
  return sortedValues[Math.min(sortedValues.length - 1, Math.floor(fraction * sortedValues.length))]
}

async function runPair(common, producerExtra, consumerExtra, transferList = []) {
  const controlSab = new SharedArrayBuffer(64)
  const control = new Int32Array(controlSab)
  const start = (extra, transfer) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { ...common, ...extra, controlSab }, transferList: transfer })
    const messages = []
    const waiters = []
    worker.on('message', (message) => {
      const waiter = waiters.shift()
      if (waiter) waiter.resolve(message)
      else messages.push(message)
    })
    const failed = new Promise((_, reject) => {
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`bench worker exited with code ${code}`)))
    })
    failed.catch(() => {})
    const next = () => (messages.length ? Promise.resolve(messages.shift()) : Promise.race([new Promise((resolve) => waiters.push({ resolve })), failed]))
    return { worker, next }
  }
  const consumer = start({ ...consumerExtra, role: 'consumer' }, transferList.filter((item) => item === consumerExtra.port))
  const producer = start({ ...producerExtra, role: 'producer' }, transferList.filter((item) => item === producerExtra.port))
  try {
    await Promise.all([consumer.next(), producer.next()]) // both ready
    Atomics.store(control, 0, 1)
    Atomics.notify(control, 0)
    const [consumerResult, producerResult] = await Promise.all([consumer.next(), producer.next()])
    return { ...producerResult, ...consumerResult }
  } finally {
    await Promise.all([consumer.worker.terminate(), producer.worker.terminate()])
  }
}

async function main() {
  const clockBaseMs = performance.timeOrigin
  const { module } = await loadSluiceModule()
  const memory = createSharedMemory(16 << 20)
  const exports = instantiate(module, memory)
  const ringPtr = Math.ceil(exports.heapBase() / 64) * 64
  const stagingBytes = 64 * 1024
  const recordBytesMax = 4096
  const ringBytes = SpscRing.bytesFor(ringCapacityBytes, { stagingBytes, recordBytesMax })
  const freshRing = () => SpscRing.init(exports, memory, ringPtr, ringBytes, { capacityBytes: ringCapacityBytes, stagingBytes, recordBytesMax })

  const cases = [
    { name: 'sluice SPSC ring, batched 256/call, copy from Uint8Array', key: 'batchedCopy', kind: 'ring' },
    { name: 'sluice SPSC ring, batched 256/call, encoded in place', key: 'batchedInPlace', kind: 'ring' },
    { name: 'sluice SPSC ring, 1 record per call', key: 'singleCall', kind: 'ring' },
    { name: 'worker postMessage, 100 B Uint8Array per record', key: 'postMessage', kind: 'postMessage' },
    { name: 'ringbuf.js (npm) SAB ring, 1 record per push', key: 'ringbufJs', kind: 'ringbufJs' },
  ]
  const roundsByCase = new Map(cases.map((entry) => [entry.key, []]))
  const startedMs = performance.now()
  // Interleave the cases round by round so slow phases of the noisy VM hit every case alike.
  for (let round = 0; round < roundsCount; round++) {
    for (const entry of cases) {
      const records = recordsPerRound[entry.key]
      const common = { kind: entry.kind, records, mode: entry.key, clockBaseMs }
      let result
      if (entry.kind === 'ring') {
        freshRing()
        const ringData = { module, memory, ptr: ringPtr, bytes: ringBytes }
        result = await runPair({ ...common, ...ringData }, {}, {})
      } else if (entry.kind === 'postMessage') {
        const { port1, port2 } = new MessageChannel()
        result = await runPair(common, { port: port1 }, { port: port2 }, [port1, port2])
      } else {
        const sab = RingBuffer.getStorageForCapacity(ringCapacityBytes, Uint8Array)
        result = await runPair({ ...common, sab }, {}, {})
      }
      const recordsPerSecond = records / ((result.endMs - result.startMs) / 1000)
      roundsByCase.get(entry.key).push(recordsPerSecond)
    }
  }
  const throughputMs = performance.now() - startedMs

  const latency = {}
  for (const [label, consumerParks] of [['spinning', false], ['parked', true]]) {
    freshRing()
    const result = await runPair(
      { kind: 'latency', module, memory, ptr: ringPtr, bytes: ringBytes, samples: latencySamples, gapUs: latencyGapUs, consumerParks, clockBaseMs },
      {},
      {},
    )
    const sorted = Array.from(result.latenciesUs).slice(Math.floor(latencySamples / 10)).sort((a, b) => a - b) // drop warm-up tenth
    latency[label] = {
      samples: sorted.length,
      p50Us: +percentile(sorted, 0.5).toFixed(2),
      p99Us: +percentile(sorted, 0.99).toFixed(2),
      maxUs: +sorted[sorted.length - 1].toFixed(1),
    }
  }

  const postMessageMedian = median(roundsByCase.get('postMessage'))
  const results = cases.map((entry) => {
    const rounds = roundsByCase.get(entry.key)
    const recordsPerSecond = median(rounds)
    return {
      name: entry.name,
      key: entry.key,
      recordsPerRound: recordsPerRound[entry.key],
      recordsPerSecondMedian: Math.round(recordsPerSecond),
      recordsPerSecondMin: Math.round(Math.min(...rounds)),
      recordsPerSecondMax: Math.round(Math.max(...rounds)),
      rounds: rounds.map(Math.round),
      ratioVsPostMessage: +(recordsPerSecond / postMessageMedian).toFixed(1),
    }
  })
  const batched = results.find((entry) => entry.key === 'batchedCopy')
  const packageVersion = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version
  const report = {
    bench: 'crossworker',
    runtime: 'node',
    versions: { node: process.versions.node, v8: process.versions.v8, assemblyscript: packageVersion('assemblyscript'), 'ringbuf.js': packageVersion('ringbuf.js') },
    date: new Date().toISOString(),
    loadAverage1m5m15m: os.loadavg().map((value) => +value.toFixed(2)),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', platform: `${os.platform()} ${os.arch()}` },
    method: {
      recordBytes,
      batchRecords,
      ringCapacityBytes,
      rounds: roundsCount,
      statistic: 'median of rounds, cases interleaved per round',
      clock: 'performance.timeOrigin + performance.now(), rebased',
      latency: `one record per ${latencyGapUs} us sleep of the producer, first tenth dropped`,
      quick,
    },
    cases: results,
    latency,
    targets: {
      batchedRecordsPerSecondMin: 25_000_000,
      batchedRatioVsPostMessageMin: 100,
      latencySpinningP50UsMax: 2,
      met: {
        batchedRecordsPerSecond: batched.recordsPerSecondMedian >= 25_000_000,
        batchedRatioVsPostMessage: batched.ratioVsPostMessage >= 100,
        latencySpinningP50: latency.spinning.p50Us <= 2,
      },
    },
    durationSeconds: +((performance.now() - startedMs) / 1000).toFixed(1),
    throughputPhaseSeconds: +(throughputMs / 1000).toFixed(1),
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
  if (!quick) writeFileSync(new URL('./results/crossworker.json', import.meta.url), JSON.stringify(report, null, 2) + '\n')

  const format = (value) => (value >= 1e6 ? `${(value / 1e6).toFixed(2)} M` : `${(value / 1e3).toFixed(0)} k`)
  console.log(`\nCross-worker transfer of ${recordBytes}-byte records (node ${process.versions.node}, ${report.machine.cpus} vCPU, median of ${roundsCount})\n`)
  console.log('| case | records/s (median) | min - max | vs postMessage |')
  console.log('|---|---:|---:|---:|')
  for (const entry of results) {
    console.log(`| ${entry.name} | ${format(entry.recordsPerSecondMedian)} | ${format(entry.recordsPerSecondMin)} - ${format(entry.recordsPerSecondMax)} | ${entry.ratioVsPostMessage}x |`)
  }
  console.log('\n| one-way latency (SPSC ring, 1 record per call) | p50 | p99 | max |')
  console.log('|---|---:|---:|---:|')
  for (const [label, figures] of Object.entries(latency)) {
    console.log(`| consumer ${label} | ${figures.p50Us} us | ${figures.p99Us} us | ${figures.maxUs} us |`)
  }
  console.log(`\ntargets met: ${JSON.stringify(report.targets.met)}; load ${report.loadAverage1m5m15m.join(" ")}; ${report.durationSeconds} s${quick ? ' (quick: JSON not written)' : ''}`)
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
} else {
  workerMain()
}
