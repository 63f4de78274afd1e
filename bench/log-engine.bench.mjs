// Durable topics measured through the ENGINE (Engine.open({ dataDir })), not the bare log:
//
//   node bench/log-engine.bench.mjs [append] [read] [fsync] [recovery]   (default: all four, in that order)
//
// Writes bench/results/log-engine.json and prints a Markdown table. Imports dist/ (`npm run build`).
// Environment: SLUICE_BENCH_READ_GB (default 1), SLUICE_BENCH_RECOVERY_GB (default 10), TMPDIR for the data.
//
// 1. append: publishRecords of 100-byte records in batches of 1,000 (one ~110 KB RecordBatch each) to a
//    durable 'os' topic, 32 publishes in flight (SLUICE_BENCH_IN_FLIGHT), SLUICE_BENCH_READ_GB of data; each
//    publish resolves once the opener's persister wrote it to the log. Against raw sequential write bandwidth
//    measured in the same run (1 MiB fs writes to a fresh file, the same amount: twice before and once after
//    the engine run, median; the page cache is synced and dropped before every run). The log this
//    writes (128 MiB segments, so all but the last are sealed) is what the read phase reads.
// 2. read: cold read of the whole log by a late subscriber, mmap path (native addon) against read path
//    (SLUICE_NATIVE=0), each in a fresh child process after dropping the page cache (`sync; echo 1 >
//    /proc/sys/vm/drop_caches`; when that fails the figure is marked warm), 3 rounds, medians. Two levels:
//    the engine (a subscription from 'earliest' taking nextView() until the end: the log's batches are
//    re-framed into window entries, one copy) and the bare PartitionLog.read() walk touching one byte per
//    4 KiB page (zero-copy on the mmap path; untouched pages of a mapping would never be read).
// 3. fsync: 64 concurrent publishers (async loops in one thread) on one 'fsync' partition, for 4 s each:
//    one-record publish(), and publishBatch() of 10 and of 100 records. Acknowledged records/s over the run
//    and the median of 250 ms intervals, ack latency percentiles, fdatasyncs/s, and a bare write+fdatasync
//    probe of the same disk (the bound group commit works against).
// 4. recovery: a child process writes SLUICE_BENCH_RECOVERY_GB through PartitionLog (1 GiB segments, the
//    default) and is SIGKILLed when done (no clean marker, the active segment's index partly unflushed);
//    the engine's metadata for the topic is copied in; then Engine.open on that directory in fresh child
//    processes with the page cache dropped, 3 times (each open leaves the log crashed again: no close).
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dist = process.env.SLUICE_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url))
const load = (path) => import(pathToFileURL(join(dist, path)).href)
const self = fileURLToPath(import.meta.url)
const MiB = 1024 * 1024
const readBytesTarget = Number(process.env.SLUICE_BENCH_READ_GB ?? 1) * 1024 * MiB
const recoveryBytesTarget = Number(process.env.SLUICE_BENCH_RECOVERY_GB ?? 10) * 1024 * MiB
const engineOptions = { memoryBytes: 512 * MiB, topicsMax: 16, windowBytes: 32 * MiB }

function dropCaches() {
  try {
    execFileSync('sync')
    writeFileSync('/proc/sys/vm/drop_caches', '1')
    return true
  } catch {
    return false
  }
}

const load1 = () => Number(loadavg()[0].toFixed(2))
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

function runChild(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      const line = out.trim().split('\n').pop()
      if (code !== 0) reject(new Error(`child ${args.join(' ')} exited ${code}/${signal}: ${out}`))
      else resolve(JSON.parse(line))
    })
  })
}

// ---------------------------------------------------------------- children

let sink = 0

async function childRead(dataDir, level) {
  const { platform } = await load('native/index.js')
  const started = performance.now()
  let bytes = 0
  let records = 0
  if (level === 'engine') {
    const { Engine } = await load('index.js')
    const engine = await Engine.open({ ...engineOptions, dataDir })
    const end = engine.describeTopic('bench').partitions[0].nextOffset
    const opened = performance.now()
    const subscription = engine.subscribe('bench', { from: 'earliest' })
    let next = 0
    while (next < end) {
      const view = await subscription.nextView()
      if (view === null) break
      const entries = new DataView(view.bytes.buffer, view.bytes.byteOffset, view.bytes.byteLength)
      for (let at = 0; at < view.bytes.length; ) {
        const entryBytes = entries.getUint32(at, true)
        const count = entries.getUint32(at + 16, true)
        next = entries.getUint32(at + 8, true) + entries.getUint32(at + 12, true) * 2 ** 32 + count
        records += count
        bytes += entries.getUint32(at + 20, true)
        at += entryBytes
      }
    }
    const ms = performance.now() - opened
    subscription.close()
    await engine.close()
    return { level, path: platform.kind, bytes, records, ms, MBps: bytes / 1e6 / (ms / 1000), openMs: opened - started }
  }
  const { PartitionLog } = await load('log/partition-log.js')
  const log = await PartitionLog.open(join(dataDir, 'bench-0'), {}, { verifyCrcOnAppend: false })
  const opened = performance.now()
  let offset = log.logStartOffset
  for (;;) {
    const result = await log.read(offset, MiB)
    if (result === null) break
    const view = new DataView(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength)
    for (let at = 0; at < result.bytes.length; at += 12 + view.getInt32(at + 8)) {
      offset = Number(view.getBigInt64(at)) + view.getInt32(at + 23) + 1
      records += view.getInt32(at + 57)
    }
    // Touch every page, as a consumer would: a mapping's pages are read from disk only when touched.
    for (let at = 0; at < result.bytes.length; at += 4096) sink ^= result.bytes[at]
    bytes += result.bytes.length
  }
  const ms = performance.now() - opened
  const mapped = log.mappedSegmentCount
  await log.close()
  return { level, path: platform.kind, bytes, records, ms, MBps: bytes / 1e6 / (ms / 1000), mappedSegments: mapped, sink }
}

async function childBuildCrashed(logDir, targetBytes) {
  const { PartitionLog } = await load('log/partition-log.js')
  const { encodeBatch } = await import('../tests/fixtures/log-batches.mjs')
  const { crc32cJs } = await load('crc/crc32c-js.js')
  const crc32c = (bytes) => crc32cJs(bytes, 0)
  // append() rewrites each batch's baseOffset in place, so a buffer may be reused only once its previous
  // append completed: 32 buffers with at most 16 appends in flight (appends complete in order).
  const batches = Array.from({ length: 32 }, (_, b) =>
    encodeBatch(Array.from({ length: 1000 }, (_, i) => ({ key: null, value: new Uint8Array(100).fill((b + i) & 0xff), timestamp: Date.now() })), { crc32c }),
  )
  const log = await PartitionLog.open(logDir, {}, { crc32c, verifyCrcOnAppend: false })
  const count = Math.ceil(targetBytes / batches[0].length)
  const inFlight = new Set()
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const append = log.append(batches[i % batches.length]).then(() => inFlight.delete(append))
    inFlight.add(append)
    if (inFlight.size >= 16) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  // A few small appends at the end, as a live log's tail usually is.
  for (let i = 0; i < 5; i++) await log.append(encodeBatch([{ key: 'tail', value: new Uint8Array(100) }], { crc32c }))
  process.stdout.write(JSON.stringify({ bytes: log.sizeBytes, segments: log.segmentCount, nextOffset: log.nextOffset, ms: performance.now() - started }) + '\n')
  await new Promise(() => {}) // wait to be killed
}

async function childRecover(dataDir) {
  const events = []
  const { Engine } = await load('index.js')
  // Compile and instantiate the wasm once first, so the figure below is the data directory's open.
  await (await Engine.open({ memoryBytes: 64 * MiB })).close()
  const started = performance.now()
  const engine = await Engine.open({ ...engineOptions, dataDir, logEvents: (event) => events.push(event) })
  const ms = performance.now() - started
  const recovered = events.find((event) => event.event === 'log-recovered')
  const nextOffset = engine.describeTopic('bench').partitions[0].nextOffset
  // No close: the log stays "crashed" for the next round.
  return { ms, scanMs: recovered?.scanMs, clean: recovered?.clean, trustedIndex: recovered?.trustedIndex, segments: recovered?.segments, activeBytes: recovered?.activeBytes, nextOffset }
}

// ---------------------------------------------------------------- phases

async function rawWrite(path, bytes) {
  const buffer = new Uint8Array(MiB).fill(7)
  const handle = await open(path, 'w')
  const started = performance.now()
  for (let written = 0; written < bytes; written += buffer.length) await handle.write(buffer, 0, buffer.length, written)
  const ms = performance.now() - started
  await handle.close()
  rmSync(path)
  return bytes / 1e6 / (ms / 1000)
}

async function phaseAppend(root) {
  const { Engine } = await load('index.js')
  const dataDir = join(root, 'engine')
  // Page-cache writes run at very different speeds depending on how much memory is free and dirty (other
  // jobs write too): each run starts from a synced, dropped cache, and the raw figure is the median of three.
  const raws = []
  for (let i = 0; i < 2; i++) {
    dropCaches()
    raws.push(await rawWrite(join(root, 'raw.bin'), readBytesTarget))
  }
  const cold = dropCaches()
  const loadBefore = load1()
  const engine = await Engine.open({ ...engineOptions, dataDir, durability: 'os' })
  await engine.createTopic('bench', { partitions: 1, log: { segmentBytes: 128 * MiB } })
  const builder = engine.batchBuilder('bench')
  for (let i = 0; i < 1000; i++) builder.addValue(new Uint8Array(100).fill(i & 0xff))
  const batchLogBytes = builder.bytes.length - 24 // less the window entry header
  const publishes = Math.ceil(readBytesTarget / batchLogBytes)
  const inFlightMax = Number(process.env.SLUICE_BENCH_IN_FLIGHT ?? 32)
  let issued = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: inFlightMax }, async () => {
      while (issued < publishes) {
        issued++
        await engine.publishRecords('bench', builder, { partition: 0 })
      }
    }),
  )
  const ms = performance.now() - started
  const logBytes = readdirSync(join(dataDir, 'bench-0'))
    .filter((name) => name.endsWith('.log'))
    .reduce((sum, name) => sum + statSync(join(dataDir, 'bench-0', name)).size, 0)
  await engine.close()
  dropCaches()
  raws.push(await rawWrite(join(root, 'raw.bin'), readBytesTarget))
  const rawWriteMBps = [...raws].sort((a, b) => a - b)[1]
  const engineMBps = logBytes / 1e6 / (ms / 1000)
  return {
    dataDir,
    result: {
      records: publishes * 1000,
      recordsPerPublish: 1000,
      valueBytes: 100,
      inFlight: inFlightMax,
      logBytes,
      engineLogMBps: engineMBps,
      enginePayloadMBps: (publishes * 1000 * 100) / 1e6 / (ms / 1000),
      recordsPerSecond: (publishes * 1000) / (ms / 1000),
      rawWriteMBps,
      rawWriteMBpsRuns: raws,
      pageCacheDroppedBeforeEachRun: cold,
      ratio: engineMBps / rawWriteMBps,
      loadAverage1m: loadBefore,
    },
  }
}

async function phaseRead(dataDir) {
  // Cold reads on this VM swing by 2x from run to run (the host caches the virtual disk, other jobs read
  // and write): three rounds, the four variants alternating inside each, medians reported.
  const runs = []
  for (let round = 0; round < 3; round++) {
    for (const level of ['log', 'engine']) {
      for (const [path, env] of [
        ['mmap', {}],
        ['read', { SLUICE_NATIVE: '0' }],
      ]) {
        const cold = dropCaches()
        const loadBefore = load1()
        const run = await runChild(['--child-read', dataDir, level], env)
        runs.push({ ...run, round, requested: path, pageCache: cold ? 'dropped (cold)' : 'warm (drop_caches failed)', loadAverage1m: loadBefore })
      }
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const summary = []
  for (const level of ['log', 'engine']) {
    for (const path of ['mmap', 'read']) {
      const mine = runs.filter((run) => run.level === level && run.requested === path)
      summary.push({ level, requested: path, path: mine[0].path, bytes: mine[0].bytes, medianMBps: median(mine.map((run) => run.MBps)), runsMBps: mine.map((run) => run.MBps), pageCache: mine[0].pageCache, mappedSegments: mine[0].mappedSegments })
    }
  }
  return { summary, runs }
}

/**
 * The disk's own bound for one-record publishes: a bare write + fdatasync loop on one file. With P publishers
 * each waiting for its ack, group commit acknowledges at most P records per fdatasync, so P x syncs/s bounds
 * the one-record figure whatever the engine does.
 */
async function fdatasyncProbe(root) {
  const handle = await open(join(root, 'fsync-probe.bin'), 'w')
  const bytes = new Uint8Array(6400).fill(1)
  const latencies = []
  for (let i = 0; i < 400; i++) {
    await handle.write(bytes, 0, bytes.length, i * bytes.length)
    const started = performance.now()
    await handle.datasync()
    latencies.push(performance.now() - started)
  }
  await handle.close()
  const total = latencies.reduce((sum, ms) => sum + ms, 0)
  latencies.sort((a, b) => a - b)
  return { syncsPerSecond: 400 / (total / 1000), latencyMs: { p50: percentile(latencies, 0.5), p90: percentile(latencies, 0.9), p99: percentile(latencies, 0.99) } }
}

async function phaseFsync(root) {
  const probe = await fdatasyncProbe(root)
  console.error(`fdatasync probe: ${JSON.stringify(probe)}`)
  const { Engine } = await load('index.js')
  let syncs = 0
  const { defaultLogIo } = await load('log/segment.js')
  const engine = await Engine.open({
    memoryBytes: 256 * MiB,
    topicsMax: 16,
    windowBytes: 8 * MiB,
    dataDir: join(root, 'fsync'),
    durability: 'fsync',
    // Counts the log's fdatasyncs (records per sync shows how well group commit groups).
    logIo: { datasync: (handle) => (syncs++, defaultLogIo.datasync(handle)) },
  })
  await engine.createTopic('acks', { partitions: 1 })
  const value = new Uint8Array(100).fill(1)
  const results = []
  for (const recordsPerPublish of [1, 10, 100]) {
    const records = Array.from({ length: recordsPerPublish }, () => ({ value, partition: 0 }))
    const latencies = []
    const syncsBefore = syncs
    const durationMs = 4000
    // Acknowledged records per 250 ms: the median interval shows the steady rate apart from the rare
    // fdatasync that stalls for a second or more when other jobs on this machine flush (ext4 journal).
    const bucketMs = 250
    const buckets = []
    const loadBefore = load1()
    const started = performance.now()
    const until = started + durationMs
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now()
          if (recordsPerPublish === 1) await engine.publish('acks', records[0])
          else await engine.publishBatch('acks', records)
          const now = performance.now()
          latencies.push(now - t0)
          const bucket = Math.floor((now - started) / bucketMs)
          buckets[bucket] = (buckets[bucket] ?? 0) + recordsPerPublish
        }
      }),
    )
    const ms = performance.now() - started
    latencies.sort((a, b) => a - b)
    results.push({
      publishers: 64,
      recordsPerPublish,
      api: recordsPerPublish === 1 ? 'publish' : 'publishBatch',
      recordsPerSecond: (latencies.length * recordsPerPublish) / (ms / 1000),
      publishesPerSecond: latencies.length / (ms / 1000),
      medianIntervalRecordsPerSecond: [...buckets.slice(0, Math.floor(durationMs / bucketMs))].map((count) => count ?? 0).sort((a, b) => a - b)[Math.floor(durationMs / bucketMs / 2)] * (1000 / bucketMs),
      intervalsRecordsPerSecond: Array.from({ length: Math.floor(durationMs / bucketMs) }, (_, i) => (buckets[i] ?? 0) * (1000 / bucketMs)),
      fdatasyncsPerSecond: (syncs - syncsBefore) / (ms / 1000),
      recordsPerFdatasync: (latencies.length * recordsPerPublish) / Math.max(1, syncs - syncsBefore),
      ackLatencyMs: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies[latencies.length - 1] },
      loadAverage1m: loadBefore,
      // What the disk allows at this batch size: 64 publishers x records per publish x bare fdatasyncs/s.
      diskBoundRecordsPerSecond: 64 * recordsPerPublish * probe.syncsPerSecond,
      fdatasyncProbe: probe,
    })
  }
  await engine.close()
  return results
}

async function phaseRecovery(root, metaFrom) {
  const dataDir = join(root, 'recovery')
  const logDir = join(dataDir, 'bench-0')
  mkdirSync(join(dataDir, 'meta', 'topics'), { recursive: true })
  copyFileSync(metaFrom, join(dataDir, 'meta', 'topics', 'bench.json'))
  const built = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, '--child-build', logDir, String(recoveryBytesTarget)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (out.includes('\n')) {
        const report = JSON.parse(out.trim())
        child.once('exit', () => resolve(report))
        child.kill('SIGKILL')
      }
    })
    child.once('error', reject)
  })
  const rounds = []
  for (let round = 0; round < 3; round++) {
    const cold = dropCaches()
    rounds.push({ ...(await runChild(['--child-recover', dataDir])), pageCache: cold ? 'dropped (cold)' : 'warm', loadAverage1m: load1() })
  }
  const onDisk = readdirSync(logDir).filter((name) => name.endsWith('.log')).reduce((sum, name) => sum + statSync(join(logDir, name)).size, 0)
  rmSync(dataDir, { recursive: true, force: true })
  return { logBytes: onDisk, segments: built.segments, records: built.nextOffset, buildMs: built.ms, rounds, engineOpenMsMax: Math.max(...rounds.map((r) => r.ms)) }
}

// ---------------------------------------------------------------- main

const [mode, ...rest] = process.argv.slice(2)
if (mode === '--child-read') {
  process.stdout.write(JSON.stringify(await childRead(rest[0], rest[1])) + '\n')
  process.exit(0)
} else if (mode === '--child-build') {
  await childBuildCrashed(rest[0], Number(rest[1]))
} else if (mode === '--child-recover') {
  process.stdout.write(JSON.stringify(await childRecover(rest[0])) + '\n')
  process.exit(0) // without closing: the log stays crashed
} else {
  const phases = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['append', 'read', 'fsync', 'recovery']
  const root = mkdtempSync(join(tmpdir(), 'sluice-log-engine-bench-'))
  const resultPath = fileURLToPath(new URL('./results/log-engine.json', import.meta.url))
  let previous = {}
  try {
    previous = JSON.parse((await import('node:fs')).readFileSync(resultPath, 'utf8'))
  } catch {}
  const result = {
    ...previous,
    runtime: 'node',
    nodeVersion: process.versions.node,
    date: new Date().toISOString(),
    machine: `2 vCPUs shared with other jobs, ${Math.round((await import('node:os')).totalmem() / 2 ** 30)} GiB RAM, virtio disk`,
    loadAverageAtStart: loadavg().map((v) => Number(v.toFixed(2))),
  }
  try {
    let dataDir = null
    let metaFile = null
    if (phases.includes('append') || phases.includes('read') || phases.includes('recovery')) {
      const appended = await phaseAppend(root)
      dataDir = appended.dataDir
      metaFile = join(dataDir, 'meta', 'topics', 'bench.json')
      if (phases.includes('append')) result.append = appended.result
      console.error(`append: ${JSON.stringify(appended.result)}`)
    }
    if (phases.includes('read')) {
      result.coldRead = await phaseRead(dataDir)
      console.error(`read: ${JSON.stringify(result.coldRead)}`)
    }
    if (phases.includes('fsync')) {
      result.fsync = await phaseFsync(root)
      console.error(`fsync: ${JSON.stringify(result.fsync)}`)
    }
    if (phases.includes('recovery')) {
      if (dataDir !== null) rmSync(join(dataDir, 'bench-0'), { recursive: true, force: true })
      result.recovery = await phaseRecovery(root, metaFile)
      console.error(`recovery: ${JSON.stringify(result.recovery)}`)
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  result.loadAverageAtEnd = loadavg().map((v) => Number(v.toFixed(2)))
  writeFileSync(resultPath, JSON.stringify(result, null, 2) + '\n')
  const f = (n) => (typeof n === 'number' ? n.toFixed(n < 10 ? 2 : 0) : String(n))
  console.log('| measure | figure |\n|---|---|')
  if (result.append) console.log(`| append via engine, 'os', 1000 x 100 B per publish | ${f(result.append.engineLogMBps)} MB/s vs raw write ${f(result.append.rawWriteMBps)} MB/s: ratio ${f(result.append.ratio)} |`)
  for (const run of result.coldRead?.summary ?? []) console.log(`| cold read ${f(run.bytes / 1e9)} GB, ${run.level}, ${run.requested} path (${run.path}) | median ${f(run.medianMBps)} MB/s (${run.runsMBps.map(f).join(' / ')}), ${run.pageCache} |`)
  for (const run of result.fsync ?? []) console.log(`| fsync, 64 publishers x ${run.recordsPerPublish} record(s) | ${f(run.recordsPerSecond)} records/s (median 250 ms interval ${f(run.medianIntervalRecordsPerSecond)}/s), p99 ack ${f(run.ackLatencyMs.p99)} ms, max ${f(run.ackLatencyMs.max)} ms |`)
  if (result.recovery) console.log(`| crash recovery, ${f(result.recovery.logBytes / 1e9)} GB in ${result.recovery.segments} segments | Engine.open ${result.recovery.rounds.map((r) => f(r.ms)).join(' / ')} ms (tail scan ${result.recovery.rounds.map((r) => r.scanMs).join(' / ')} ms) |`)
}
