#!/usr/bin/env node
// The README's benchmark table, generated from bench/results/*.json: one row per headline figure. Each
// benchmark writes its own JSON shape, so each has a small extractor below; a result file without one
// contributes its top-level *Median figures. The README holds the table between two markers:
//
//   <!-- bench:start -->
//   (generated; do not edit by hand)
//   <!-- bench:end -->
//
//   node scripts/bench-table.mjs                      print the markdown table
//   node scripts/bench-table.mjs --readme README.md   rewrite the table between the markers
//   node scripts/bench-table.mjs --json FILE          also write the rows as JSON
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const markerStart = '<!-- bench:start -->'
export const markerEnd = '<!-- bench:end -->'
const resultsDirDefault = fileURLToPath(new URL('../bench/results/', import.meta.url))

const number = (value, digits = 3) => (typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(digits)) : value)
const perSecond = (value) => {
  if (typeof value !== 'number') return String(value)
  if (value >= 1e6) return `${(value / 1e6).toPrecision(3)} M`
  if (value >= 1e3) return `${(value / 1e3).toPrecision(3)} k`
  return String(number(value))
}

/** Per benchmark: rows of [case, figure, unit]. */
const extractors = {
  crc32c: (r) =>
    (r.cases ?? [])
      .filter((c) => c.sizeBytes === 1048576)
      .map((c) => [`CRC32C ${c.name}${c.note ? ` (${c.note})` : ''}, 1 MiB`, number(c.gbpsMedian), 'GB/s']),
  crossworker: (r) => [
    ...(r.cases ?? []).map((c) => [c.name, perSecond(c.recordsPerSecondMedian), 'records/s']),
    ...Object.entries(r.latency ?? {}).map(([mode, l]) => [`SPSC ring one-way latency, ${mode} consumer, p50 / p99`, `${l.p50Us} / ${l.p99Us}`, 'µs']),
  ],
  'engine-crossworker': (r) => [
    ...(r.throughput ?? []).map((c) => [c.name, perSecond(c.recordsPerSecondMedian), 'records/s']),
    ...(r.latency ?? []).map((l) => [`engine one-way latency, ${l.subscriber} subscriber, p50 / p99`, `${l.p50MicrosMedian} / ${l.p99MicrosMedian}`, 'µs']),
  ],
  'idle-topics': (r) => [
    [`idle topics: memory per topic (${perSecond(r.topics)} topics)`, r.bytesPerIdleTopic, 'bytes'],
    ['idle topics: creates', perSecond(r.createsPerSecond), 'topics/s'],
  ],
  rebalance: (r) =>
    Object.entries(r.sluice ?? {}).flatMap(([balancer, s]) =>
      ['join', 'leave']
        .filter((kind) => s[kind] && r.kafka?.[balancer]?.[kind])
        .map((kind) => [
          `group of ${r.members} consumers, one ${kind === 'join' ? 'joins' : 'leaves'} (${balancer}, heartbeat ${r.clientSettings?.HEARTBEAT_MS} ms), Sluice / Kafka`,
          `${number(s[kind].assignedMs.median)} / ${number(r.kafka[balancer][kind].assignedMs.median)}`,
          'ms',
        ]),
    ),
  'shared-copy': (r) => (r.tasks ?? []).map((t) => [`copy 1 MiB, ${t.name}`, number(t.msPerMiBMedian), 'ms']),
  pattern: (r) => (r.tasks ?? []).map((t) => [`pattern match, ${t.name}`, perSecond(t.topicsPerSecond), 'topics/s']),
  startup: (r) => [
    ['`sluice serve` start-up to ready line (empty data dir)', r.readyMsMedian, 'ms'],
    ['`sluice serve` start-up to first /health', r.healthMsMedian, 'ms'],
    ['`sluice serve` idle resident memory', r.idleRssMbMedian, 'MiB'],
  ],
  browser: (r) => [
    ...(r.crossWorker ?? []).map((c) => [`browser: ${c.name}`, perSecond(c.recordsPerSecondMedian), 'records/s']),
    ...(r.crc32c ?? []).map((c) => [`browser: CRC32C ${c.name}`, number(c.gbpsMedian), 'GB/s']),
    ...(r.scan ?? []).map((c) => [`browser: scan, ${c.name}`, perSecond(c.recordsPerSecondMedian), 'records/s']),
  ],
}

function genericRows(result) {
  return Object.entries(result)
    .filter(([key, value]) => /Median$/.test(key) && typeof value === 'number')
    .map(([key, value]) => [key.replace(/Median$/, ''), number(value), ''])
}

/** Every row from every result file, in file-name order. */
export function benchRows(resultsDir = resultsDirDefault) {
  if (!existsSync(resultsDir)) return []
  const rows = []
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json')).sort()) {
    let result
    try {
      result = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'))
    } catch (error) {
      rows.push({ bench: basename(file, '.json'), case: `unreadable result: ${error.message}`, figure: '', unit: '', date: '' })
      continue
    }
    const bench = result.bench ?? basename(file, '.json')
    const extract = extractors[bench] ?? extractors[basename(file, '.json')] ?? genericRows
    for (const [name, figure, unit] of extract(result)) rows.push({ bench, case: name, figure, unit, date: (result.date ?? '').slice(0, 10) })
  }
  return rows
}

export function markdownTable(rows) {
  const escape = (text) => String(text).replace(/\|/g, '\\|')
  const lines = ['| benchmark | case | median | unit |', '|---|---|---:|---|']
  for (const row of rows) lines.push(`| ${escape(row.bench)} | ${escape(row.case)} | ${escape(row.figure)} | ${escape(row.unit)} |`)
  const dates = [...new Set(rows.map((r) => r.date).filter(Boolean))].sort()
  const span = dates.length === 0 ? '' : dates.length === 1 ? dates[0] : `${dates[0]} to ${dates.at(-1)}`
  lines.push('', `Generated by \`scripts/bench-table.mjs\` from bench/results/*.json${span ? ` (runs of ${span})` : ''}; \`npm run bench\` reruns everything.`)
  return lines.join('\n')
}

/** Replaces what lies between the markers; false when the file has no markers (nothing written). */
export function updateReadme(file, table) {
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf(markerStart)
  const end = text.indexOf(markerEnd)
  if (start < 0 || end < start) return false
  const next = `${text.slice(0, start + markerStart.length)}\n${table}\n${text.slice(end)}`
  if (next !== text) writeFileSync(file, next)
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { readme: { type: 'string' }, json: { type: 'string' }, results: { type: 'string' } } })
  const rows = benchRows(values.results ?? resultsDirDefault)
  const table = markdownTable(rows)
  console.log(table)
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2) + '\n')
  if (values.readme) {
    if (!existsSync(values.readme)) {
      console.error(`bench-table: ${values.readme} does not exist`)
      process.exit(1)
    }
    if (!updateReadme(values.readme, table)) {
      console.error(`bench-table: ${values.readme} has no ${markerStart} ... ${markerEnd} markers: add them where the table belongs`)
      process.exit(1)
    }
    console.error(`bench-table: updated the table in ${values.readme}`)
  }
}
