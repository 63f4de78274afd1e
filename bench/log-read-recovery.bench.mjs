// Durable log: reading a large log back, and recovery time after a crash.
//
//   node bench/log-read-recovery.bench.mjs    writes bench/results/log-read-recovery.json, prints a table
//
// The log is 256 MB (not the 1 GB for reads / 10 GB for recovery: this machine is shared), written
// with 100-byte records in batches of 1,000.
// - Read: a late reader walks the whole log with read(offset, 1 MiB) from a freshly opened log, against raw
//   fs reads of the same segment files in 1 MiB chunks. The page cache is NOT dropped (that needs root and
//   would disturb the other jobs on this machine), so both figures are page-cache reads: they compare the
//   log's read path with the plain read path, not with the disk.
// - Recovery: the log is "crashed" (never closed, so no clean-shutdown marker) and reopened; only the tail of
//   the active segment after its last flushed index entry is scanned. Measured for one 256 MB active
//   segment and for 4 segments of 64 MB, against a forced full scan of the active segment (index deleted)
//   and a clean open. Recovery cost does not grow with the number of sealed segments (only their file
//   sizes are stat'ed), so the figure carries over to larger logs with 1 GiB segments.
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { encodeBatch } from '../tests/fixtures/log-batches.mjs'

const dist = process.env.SLUICE_DIST ?? new URL('../dist/', import.meta.url).pathname
const { PartitionLog } = await import(pathToFileURL(join(dist, 'log/partition-log.js')).href)
const { crc32cJs } = await import(pathToFileURL(join(dist, 'crc/crc32c-js.js')).href)
const crc32c = (b) => crc32cJs(b, 0)

const logBytes = 256 * 1024 * 1024
const root = mkdtempSync(join(tmpdir(), 'sluice-log-bench-'))
const batches = Array.from({ length: 8 }, (_, b) =>
  encodeBatch(Array.from({ length: 1000 }, (_, i) => ({ key: null, value: new Uint8Array(100).fill((b + i) & 0xff), timestamp: 1_700_000_000_000 + b })), { crc32c }),
)

async function build(dir, segmentBytes) {
  const log = await PartitionLog.open(dir, { segmentBytes }, { crc32c, verifyCrcOnAppend: false })
  const count = Math.ceil(logBytes / batches[0].length)
  // The last append is a single small batch, as a live log's tail usually is.
  for (let i = 0; i < count; i++) await log.append(batches[i % batches.length])
  return log
}

async function timeOpen(dir, segmentBytes) {
  const events = []
  const started = performance.now()
  const log = await PartitionLog.open(dir, { segmentBytes }, { crc32c, logger: (e) => events.push(e) })
  const ms = performance.now() - started
  return { log, ms, recovered: events.find((e) => e.event === 'log-recovered') }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const recovery = []
const crashedLogs = []
let read
for (const segmentBytes of [1024 * 1024 * 1024, 64 * 1024 * 1024]) {
  const dir = join(root, `log-${segmentBytes}`)
  crashedLogs.push(await build(dir, segmentBytes)) // never closed: no clean marker
  const tail = []
  for (let r = 0; r < 5; r++) {
    const { log, ms, recovered } = await timeOpen(dir, segmentBytes)
    tail.push({ ms, scanMs: recovered.scanMs, segments: recovered.segments })
    // leave it unclosed too, so that the next open also recovers (kept referenced: no close on GC)
    crashedLogs.push(log)
  }
  // Forced full scan of the active segment: its offset index gone.
  const active = readdirSync(dir).filter((n) => n.endsWith('.index')).sort().pop()
  unlinkSync(join(dir, active))
  const full = await timeOpen(dir, segmentBytes)
  crashedLogs.push(full.log)
  const clean = await timeOpen(dir, segmentBytes)
  await clean.log.close()
  const cleanOpen = await timeOpen(dir, segmentBytes)
  recovery.push({
    segmentBytes,
    segments: tail[0].segments,
    logBytes,
    crashRecoveryOpenMs: median(tail.map((t) => t.ms)),
    crashRecoveryScanMs: median(tail.map((t) => t.scanMs)),
    fullActiveSegmentScanMs: full.ms,
    cleanOpenMs: cleanOpen.ms,
  })

  if (read === undefined) {
    // Late reader over the whole log, from a fresh open; then raw reads of the same files.
    const log = cleanOpen.log
    const started = performance.now()
    let offset = 0
    let bytes = 0
    for (;;) {
      const result = await log.read(offset, 1024 * 1024)
      if (result === null) break
      bytes += result.bytes.length
      // next offset: after the last batch of the result
      let at = 0
      let last = offset
      const view = new DataView(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength)
      while (at < result.bytes.length) {
        last = Number(view.getBigInt64(at)) + view.getInt32(at + 23)
        at += 12 + view.getInt32(at + 8)
      }
      offset = last + 1
    }
    const logMs = performance.now() - started
    const rawStarted = performance.now()
    let rawBytes = 0
    const buffer = new Uint8Array(1024 * 1024)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.log')).sort()) {
      const handle = await open(join(dir, name), 'r')
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, rawBytes === 0 ? 0 : null)
        if (bytesRead === 0) break
        rawBytes += bytesRead
      }
      await handle.close()
    }
    const rawMs = performance.now() - rawStarted
    read = { logBytes: bytes, logReadMBps: bytes / 1e6 / (logMs / 1000), rawReadMBps: rawBytes / 1e6 / (rawMs / 1000), ratio: bytes / logMs / (rawBytes / rawMs), pageCache: 'warm (not dropped)' }
  }
  await cleanOpen.log.close()
  rmSync(dir, { recursive: true, force: true })
}

const result = { runtime: 'node', nodeVersion: process.versions.node, date: new Date().toISOString(), note: '256 MB log (not 1 GB / 10 GB) on a shared 2-core VM; page cache warm', read, recovery }
writeFileSync(new URL('./results/log-read-recovery.json', import.meta.url), JSON.stringify(result, null, 2) + '\n')
rmSync(root, { recursive: true, force: true })
console.log(`read 256 MB: log ${read.logReadMBps.toFixed(0)} MB/s, raw ${read.rawReadMBps.toFixed(0)} MB/s (ratio ${read.ratio.toFixed(2)}, page cache warm)`)
console.log(`| segments | crash recovery open ms | of which tail scan ms | full active-segment scan ms | clean open ms |\n|---|---|---|---|---|`)
for (const r of recovery) console.log(`| ${r.segments} x ${r.segmentBytes / 1048576} MiB max | ${r.crashRecoveryOpenMs.toFixed(1)} | ${r.crashRecoveryScanMs} | ${r.fullActiveSegmentScanMs.toFixed(0)} | ${r.cleanOpenMs.toFixed(1)} |`)
