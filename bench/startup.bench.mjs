// Start-up of `sluice serve` with an empty data directory: time from spawn to the ready line, and to the
// first successful GET /health, and resident memory once idle. Medians of several runs, with a bare
// `node -e 0` alongside for what Node itself costs on this machine.
//
//   npm run build && node bench/startup.bench.mjs        (RUNS=9 by default)
//
// Targets (issue 7): ready <= 150 ms, idle resident memory <= 80 MB.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
// As `npm start` runs it (package.json scripts.start).
import { serveNodeFlags } from './serve-flags.mjs'

const runs = Number(process.env.RUNS ?? 9)
const idleMs = Number(process.env.IDLE_MS ?? 1500)
const cli = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url))
const resultFile = fileURLToPath(new URL('./results/startup.json', import.meta.url))
const targets = { readyMsMax: 150, healthMsMax: 150, idleRssBytesMax: 80 * 1024 * 1024 }

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** GET with node:http (fetch would load undici on first use and time that instead). */
function get(url) {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode))
    })
      .on('error', reject)
      .end()
  })
}

function residentBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1])
    return kib * 1024
  } catch {
    return NaN
  }
}

function bareNodeMs() {
  return new Promise((resolve) => {
    const started = performance.now()
    spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).once('exit', () => resolve(performance.now() - started))
  })
}

async function once() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'sluice-startup-'))
  const started = performance.now()
  const child = spawn(process.execPath, [...serveNodeFlags(), cli, 'serve', '--http-port', '0', '--port', '0', '--ingest-tcp-port', '0', '--ingest-udp-port', '0', '--data-dir', dataDir, '--log-level', 'warn', '--log-format', 'json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const address = await new Promise((resolve, reject) => {
    let buffered = ''
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      if (buffered.includes('\n')) resolve(JSON.parse(buffered.split('\n')[0]).http)
    })
    child.once('exit', (code) => reject(new Error(`sluice serve exited with ${code}`)))
  })
  const readyMs = performance.now() - started
  let status = 0
  while (status !== 200) status = await get(`http://${address}/health`).catch(() => 0)
  const healthMs = performance.now() - started
  // Idle: after start-up work (prom-client loads once ready) and a first /metrics scrape.
  await new Promise((resolve) => setTimeout(resolve, idleMs / 2))
  await get(`http://${address}/metrics`)
  await new Promise((resolve) => setTimeout(resolve, idleMs / 2))
  const idleRssBytes = residentBytes(child.pid)
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  const stopStarted = performance.now()
  child.kill('SIGTERM')
  const exitCode = await exited
  const stopMs = performance.now() - stopStarted
  rmSync(dataDir, { recursive: true, force: true })
  if (exitCode !== 0) throw new Error(`sluice serve exited with ${exitCode} on SIGTERM`)
  return { readyMs, healthMs, idleRssBytes, stopMs }
}

const samples = []
const bare = []
await once() // warm the file cache; not counted
for (let run = 0; run < runs; run++) {
  bare.push(await bareNodeMs())
  samples.push(await once())
  process.stderr.write(`run ${run + 1}/${runs}: ready ${samples[run].readyMs.toFixed(1)} ms, /health ${samples[run].healthMs.toFixed(1)} ms, idle RSS ${(samples[run].idleRssBytes / 1e6).toFixed(1)} MB\n`)
}

const pick = (key) => samples.map((s) => s[key])
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
const result = {
  bench: 'startup',
  date: new Date().toISOString(),
  runtime: `node ${process.versions.node}`,
  cpu: os.cpus()[0]?.model.split(' ').slice(0, 2).join(' '),
  cpuCount: os.cpus().length,
  loadAverage1m: round(os.loadavg()[0], 2),
  runs,
  method: 'spawn `sluice serve --http-port 0 --data-dir <fresh empty dir>`; ready = the ready line on stdout; health = first GET /health answered 200; idle RSS = VmRSS after a /metrics scrape and ' + idleMs + ' ms idle',
  readyMsMedian: round(median(pick('readyMs'))),
  readyMsMin: round(Math.min(...pick('readyMs'))),
  readyMsMax: round(Math.max(...pick('readyMs'))),
  healthMsMedian: round(median(pick('healthMs'))),
  idleRssBytesMedian: median(pick('idleRssBytes')),
  idleRssMbMedian: round(median(pick('idleRssBytes')) / (1024 * 1024)),
  stopMsMedian: round(median(pick('stopMs'))),
  bareNodeMsMedian: round(median(bare)),
  targets,
}
result.targets = {
  ...targets,
  met: {
    ready: result.readyMsMedian <= targets.readyMsMax,
    health: result.healthMsMedian <= targets.healthMsMax,
    idleRss: result.idleRssBytesMedian <= targets.idleRssBytesMax,
  },
}
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true })
writeFileSync(resultFile, JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
