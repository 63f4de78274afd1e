// Durable log append throughput.
//
//   node bench/log-append.bench.mjs      writes bench/results/log-append.json and prints a Markdown table
//
// 1. durability 'os': 100-byte records in batches of 1,000 (one RecordBatch v2 of ~108 KB per append),
//    256 MB per run, against this machine's raw sequential write bandwidth measured in the same run
//    (fs write of 1 MiB buffers to a fresh file, same amount). Appends are issued with 16 in flight
//    (the writer coalesces them into one writev) and, separately, one at a time. The CRC32C of every
//    appended batch is verified (wasm SIMD when dist/wasm is built, else pure JS), and also measured off.
// 2. durability 'fsync', 64 concurrent appenders each awaiting its own append in a loop (group commit):
//    acknowledged records/s and ack latency percentiles, for batches of 100 records and of 1 record.
//
// Imports the compiled log from dist/ (`npm run build`), or from $SLUICE_DIST. Data goes to $TMPDIR.
// The machine is shared (2 cores, other jobs): expect 10-30% run-to-run noise.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { encodeBatch } from '../tests/fixtures/log-batches.mjs'

const dist = process.env.SLUICE_DIST ?? new URL('../dist/', import.meta.url).pathname
const load = (path) => import(pathToFileURL(join(dist, path)).href)
const { PartitionLog } = await load('log/partition-log.js')
const { crc32cJs } = await load('crc/crc32c-js.js')

async function makeCrc() {
  const wasmPath = new URL('../dist/wasm/sluice.wasm', import.meta.url)
  const wrapperPath = new URL('../dist/crc/crc32c.js', import.meta.url)
  if (!existsSync(wasmPath) || !existsSync(wrapperPath)) return { name: 'js', crc32c: (b) => crc32cJs(b, 0) }
  const { Crc32c } = await import(wrapperPath.href)
  const pages = 64
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true })
  const exports = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), { env: { memory, abort() { throw new Error('wasm abort') } } }).exports
  const scratchPtr = Math.ceil(exports.heapBase() / 64) * 64
  const crc = new Crc32c(exports, memory, { scratchPtr, scratchBytes: 1024 * 1024, implementation: 'simd' })
  return { name: 'wasm-simd', crc32c: (b) => crc.ofBytes(b, 0) }
}

const totalBytesTarget = 256 * 1024 * 1024
const recordsPerBatch = 1000
const valueBytes = 100
const root = mkdtempSync(join(tmpdir(), 'sluice-log-bench-'))
const crc = await makeCrc()

function makeBatches(count, records, bytes) {
  const batches = []
  for (let b = 0; b < count; b++) {
    const list = []
    for (let i = 0; i < records; i++) {
      const value = new Uint8Array(bytes)
      for (let j = 0; j < bytes; j += 4) value[j] = (b * 31 + i + j) & 0xff
      list.push({ key: null, value, timestamp: 1_700_000_000_000 + b })
    }
    batches.push(encodeBatch(list, { crc32c: crc.crc32c }))
  }
  return batches
}

async function rawWrite(bytes) {
  const path = join(root, 'raw.bin')
  const buffer = new Uint8Array(1024 * 1024).fill(7)
  const handle = await open(path, 'w')
  const started = performance.now()
  for (let written = 0; written < bytes; written += buffer.length) await handle.write(buffer, 0, buffer.length, written)
  const ms = performance.now() - started
  await handle.close()
  rmSync(path)
  return (bytes / 1e6) / (ms / 1000)
}

async function appendOs(batches, inFlight, verifyCrcOnAppend) {
  const dir = join(root, `os-${inFlight}-${verifyCrcOnAppend}`)
  const log = await PartitionLog.open(dir, { durability: 'os' }, { crc32c: crc.crc32c, verifyCrcOnAppend })
  const batchBytes = batches[0].length
  const count = Math.ceil(totalBytesTarget / batchBytes)
  const started = performance.now()
  let next = 0
  async function worker() {
    while (next < count) {
      const i = next++
      await log.append(batches[i % batches.length])
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker))
  const ms = performance.now() - started
  await log.close()
  rmSync(dir, { recursive: true, force: true })
  return { mbps: (count * batchBytes) / 1e6 / (ms / 1000), recordsPerSecond: (count * recordsPerBatch) / (ms / 1000), bytes: count * batchBytes }
}

async function appendFsync(appenders, recordsPerAppend, durationMs) {
  const dir = join(root, `fsync-${recordsPerAppend}`)
  let syncs = 0
  const log = await PartitionLog.open(dir, { durability: 'fsync' }, { crc32c: crc.crc32c, io: { datasync: (handle) => (syncs++, handle.datasync()) } })
  const batches = makeBatches(appenders, recordsPerAppend, valueBytes)
  const latencies = []
  let records = 0
  const deadline = performance.now() + durationMs
  const started = performance.now()
  await Promise.all(
    batches.map(async (bytes) => {
      while (performance.now() < deadline) {
        const t = performance.now()
        await log.append(bytes)
        latencies.push(performance.now() - t)
        records += recordsPerAppend
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  await log.close()
  rmSync(dir, { recursive: true, force: true })
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  return {
    appenders,
    recordsPerAppend,
    recordsPerSecond: records / seconds,
    appendsPerSecond: latencies.length / seconds,
    fdatasyncsPerSecond: syncs / seconds,
    ackLatencyMs: { p50: pct(50), p99: pct(99), max: latencies[latencies.length - 1] },
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rounds = 5
const batches = makeBatches(16, recordsPerBatch, valueBytes)
const cases = []
for (const [inFlight, verify] of [[16, true], [1, true], [16, false]]) {
  const raw = []
  const log = []
  for (let r = 0; r < rounds; r++) {
    raw.push(await rawWrite(totalBytesTarget))
    log.push((await appendOs(batches, inFlight, verify)).mbps)
  }
  const rawMbps = median(raw)
  const logMbps = median(log)
  cases.push({ name: `os, ${inFlight} in flight, CRC check ${verify ? 'on' : 'off'}`, inFlight, verifyCrcOnAppend: verify, logMBps: logMbps, rawWriteMBps: rawMbps, ratio: logMbps / rawMbps, recordsPerSecond: (logMbps * 1e6) / batches[0].length * recordsPerBatch })
}
const fsyncCases = [await appendFsync(64, 100, 8000), await appendFsync(64, 1, 8000)]

const result = {
  runtime: 'node',
  nodeVersion: process.versions.node,
  date: new Date().toISOString(),
  crc32c: crc.name,
  batchBytes: batches[0].length,
  recordsPerBatch,
  valueBytes,
  totalBytesPerRun: totalBytesTarget,
  note: 'Shared 2-core VM; page-cache writes (durability os) on the same filesystem as the raw baseline. Medians of 5 rounds, raw and log runs interleaved.',
  os: cases,
  fsync: fsyncCases,
}
writeFileSync(new URL('./results/log-append.json', import.meta.url), JSON.stringify(result, null, 2) + '\n')
rmSync(root, { recursive: true, force: true })

console.log(`| case | log MB/s | raw write MB/s | ratio | records/s |\n|---|---|---|---|---|`)
for (const c of cases) console.log(`| ${c.name} | ${c.logMBps.toFixed(0)} | ${c.rawWriteMBps.toFixed(0)} | ${c.ratio.toFixed(2)} | ${(c.recordsPerSecond / 1e6).toFixed(2)} M |`)
console.log(`\n| fsync, 64 appenders | records/s | appends/s | fdatasync/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|`)
for (const c of fsyncCases) console.log(`| ${c.recordsPerAppend} records/append | ${c.recordsPerSecond.toFixed(0)} | ${c.appendsPerSecond.toFixed(0)} | ${c.fdatasyncsPerSecond.toFixed(0)} | ${c.ackLatencyMs.p50.toFixed(2)} | ${c.ackLatencyMs.p99.toFixed(2)} |`)
