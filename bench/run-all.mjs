#!/usr/bin/env node
// `npm run bench` and `sluice bench`: runs every bench/*.bench.mjs in turn (each writes its JSON to
// bench/results/), with a progress bar per benchmark (elapsed against its previous duration; a plain line
// when stderr is not a terminal; scripts/bench-progress.mjs), then prints the table of headline figures and,
// when the README has the markers, regenerates it there (scripts/bench-table.mjs); the same figures go
// to an SVG bar chart, bench/results/summary.svg (scripts/bench-chart.mjs).
//
//   node bench/run-all.mjs [--only crc32c,startup] [--list] [--json FILE] [--readme README.md]
//
// A benchmark's own output goes to $TMPDIR/sluice-bench-logs/<name>.log, so the terminal shows progress only.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { benchRows, markdownTable, updateReadme } from '../scripts/bench-table.mjs'
import { benchChartSvg } from '../scripts/bench-chart.mjs'
import { durationsFile, durationsText, previousDuration, progressLine, readDurations } from '../scripts/bench-progress.mjs'

const benchDir = fileURLToPath(new URL('./', import.meta.url))
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))
const logDir = join(tmpdir(), 'sluice-bench-logs')
const readmeDefault = fileURLToPath(new URL('../README.md', import.meta.url))
const { values } = parseArgs({ options: { only: { type: 'string' }, list: { type: 'boolean' }, json: { type: 'string' }, readme: { type: 'string' } } })

const all = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort()
const nameOf = (file) => file.replace(/\.bench\.mjs$/, '')
if (values.list) {
  for (const file of all) console.log(nameOf(file))
  process.exit(0)
}
const wanted = values.only?.split(',').map((name) => name.trim()).filter(Boolean)
const unknown = (wanted ?? []).filter((name) => !all.some((file) => nameOf(file) === name))
if (unknown.length > 0) {
  console.error(`run-all: no benchmark named ${unknown.join(', ')}; there are: ${all.map(nameOf).join(', ')}`)
  process.exit(2)
}
const selected = wanted === undefined ? all : all.filter((file) => wanted.includes(nameOf(file)))
if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('run-all: dist/ is missing: run `npm run build` first')
  process.exit(1)
}

const tty = process.stderr.isTTY === true
const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

function runOne(file, index) {
  return new Promise((resolve) => {
    const name = nameOf(file)
    mkdirSync(logDir, { recursive: true })
    const log = createWriteStream(join(logDir, `${name}.log`))
    const previousSeconds = previousDuration(resultsDir, name)
    const started = performance.now()
    const child = spawn(process.execPath, [`${benchDir}${file}`], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    let lastLine = ''
    child.stderr.on('data', (chunk) => {
      const lines = String(chunk).trim().split('\n')
      lastLine = lines.at(-1)?.slice(0, 60) ?? lastLine
    })
    let tick = 0
    const line = (elapsedSeconds) =>
      progressLine({ name, index, total: selected.length, elapsedSeconds, previousSeconds, tty, width: (process.stderr.columns ?? 80) - 2, note: lastLine })
    const timer = setInterval(() => {
      if (tty) process.stderr.write(`\r\x1b[2K${spinner[tick++ % spinner.length]} ${line((performance.now() - started) / 1000)}`)
    }, 100)
    if (!tty) process.stderr.write(`${line(0)}\n`)
    child.once('exit', (code) => {
      clearInterval(timer)
      log.end()
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const mark = code === 0 ? '✓' : '✗'
      process.stderr.write(`${tty ? '\r\x1b[2K' : ''}${mark} ${name} ${seconds} s${code === 0 ? '' : ` (exit ${code}; see ${join(logDir, `${name}.log`)})`}\n`)
      // The next run's bar measures against this one.
      if (code === 0) writeFileSync(join(resultsDir, durationsFile), durationsText(readDurations(resultsDir), name, Number(seconds)))
      resolve({ name, code, seconds: Number(seconds) })
    })
  })
}

const outcomes = []
for (let i = 0; i < selected.length; i++) outcomes.push(await runOne(selected[i], i))

const rows = benchRows(resultsDir)
const table = markdownTable(rows)
console.log('\n' + table)
writeFileSync(join(resultsDir, 'summary.svg'), benchChartSvg(rows))
process.stderr.write(`wrote the chart ${join(resultsDir, 'summary.svg')}\n`)
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), runs: outcomes, rows }, null, 2) + '\n')
  process.stderr.write(`wrote ${values.json}\n`)
}
const readme = values.readme ?? readmeDefault
if (existsSync(readme)) {
  if (updateReadme(readme, table)) process.stderr.write(`updated the benchmark table in ${readme}\n`)
  else process.stderr.write(`${readme} has no <!-- bench:start --> / <!-- bench:end --> markers: table not written there\n`)
}
const failed = outcomes.filter((o) => o.code !== 0)
if (failed.length > 0) {
  process.stderr.write(`${failed.length} benchmark(s) failed: ${failed.map((f) => f.name).join(', ')}\n`)
  process.exit(1)
}
