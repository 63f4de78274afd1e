// Helpers of bench/kafka-peer.bench.mjs: start/stop a broker process (Sluice's `sluice serve` or Apache
// Kafka through scripts/kafka-server/kafka.sh), probe it with a Kafka ApiVersions request, read its resident
// memory and CPU time from /proc, run the franz-go bench client (bench/kafka-peer-go).
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { serveNodeFlags } from './serve-flags.mjs'

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return null
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** A port the OS had free a moment ago (Kafka needs its port in its config before it starts). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** One ApiVersions v0 round trip; resolves true when the broker answered with error code 0. */
export function apiVersionsOnce(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const clientId = Buffer.from('kafka-peer-probe')
    const req = Buffer.alloc(4 + 2 + 2 + 4 + 2 + clientId.length)
    let o = req.writeInt32BE(req.length - 4, 0)
    o = req.writeInt16BE(18, o) // ApiVersions
    o = req.writeInt16BE(0, o)
    o = req.writeInt32BE(7, o)
    o = req.writeInt16BE(clientId.length, o)
    clientId.copy(req, o)
    const sock = net.connect({ host: '127.0.0.1', port })
    let buf = Buffer.alloc(0)
    const done = (ok) => {
      clearTimeout(timer)
      sock.destroy()
      resolve(ok)
    }
    const timer = setTimeout(() => done(false), timeoutMs)
    sock.on('connect', () => sock.write(req))
    sock.on('data', (c) => {
      buf = Buffer.concat([buf, c])
      if (buf.length >= 10) done(buf.readInt32BE(4) === 7 && buf.readInt16BE(8) === 0)
    })
    sock.on('error', () => done(false))
    sock.on('close', () => done(false))
  })
}

/** Polls ApiVersions every `everyMs` until answered; returns performance.now() of the first answer. */
export async function waitApiVersions(port, deadlineMs, everyMs = 5) {
  const end = performance.now() + deadlineMs
  while (performance.now() < end) {
    if (await apiVersionsOnce(port)) return performance.now()
    await sleep(everyMs)
  }
  throw new Error(`no ApiVersions answer on 127.0.0.1:${port} within ${deadlineMs} ms`)
}

export function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) / 1024 : null
}

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
/** User+system CPU seconds of a process so far. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / clockTicks
}

function stopProcess(child, graceMs = 20_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/**
 * Copies dist/, the native addon and package.json into `into` (same layout, so node_modules still resolve
 * from the repo above it): others may rebuild dist/ while the bench runs. Returns the root to start from.
 */
export function snapshotSluice(repo, into) {
  rmSync(into, { recursive: true, force: true })
  mkdirSync(into, { recursive: true })
  cpSync(path.join(repo, 'dist'), path.join(into, 'dist'), { recursive: true })
  cpSync(path.join(repo, 'package.json'), path.join(into, 'package.json'))
  const addon = path.join(repo, 'native', 'build', 'Release', 'sluice_native.node')
  if (existsSync(addon)) {
    mkdirSync(path.join(into, 'native', 'build', 'Release'), { recursive: true })
    cpSync(addon, path.join(into, 'native', 'build', 'Release', 'sluice_native.node'))
  }
  return into
}

/**
 * `node <npm start flags> dist/bundle/main.js serve` on port 0 with its own data dir; start-up = spawn -> first ApiVersions answer.
 * `extraArgs`: the default 1 MiB window caps a record batch at 256 KiB, below the 1 MiB batches the client
 * makes (and Kafka's default message.max.bytes), so the bench passes --set engine.window_bytes=4MiB.
 */
export async function startSluice(repo, extraArgs = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kafka-peer-sluice-'))
  const args = [...serveNodeFlags(), path.join(repo, 'dist', 'bundle', 'main.js'), 'serve', '--port', '0', '--http-port', '0', '--ingest-tcp-port=-1', '--ingest-udp-port=-1',
    '--data-dir', path.join(dir, 'data'), '--log-level', 'warn', '--log-format', 'json', ...extraArgs]
  const t0 = performance.now()
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)))
  const ready = await new Promise((resolve, reject) => {
    let out = ''
    const onData = (c) => {
      out += c
      const nl = out.indexOf('\n')
      if (nl < 0) return
      child.stdout.off('data', onData)
      try {
        resolve({ at: performance.now(), line: JSON.parse(out.slice(0, nl)) })
      } catch (e) {
        reject(e)
      }
    }
    child.stdout.on('data', onData)
    child.once('exit', (code) => reject(new Error(`sluice serve exited ${code} before its ready line: ${stderr}`)))
  })
  child.stdout.resume()
  const port = Number(String(ready.line.kafka).split(':').pop())
  const answered = await waitApiVersions(port, 10_000)
  return {
    name: 'sluice', pid: child.pid, bootstrap: `127.0.0.1:${port}`,
    startup: { readyLineMs: ready.at - t0, apiVersionsMs: answered - t0 },
    stop: async () => {
      await stopProcess(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Apache Kafka (KRaft combined mode) on free ports; formatting its storage is timed apart from start-up. */
export async function startKafka(repo) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kafka-peer-kafka-'))
  const script = path.join(repo, 'scripts', 'kafka-server', 'kafka.sh')
  const port = await freePort()
  let cport = await freePort()
  while (cport === port) cport = await freePort()
  const f0 = performance.now()
  execFileSync('bash', [script, 'prepare', dir, String(port), String(cport)], { stdio: ['ignore', 'ignore', 'pipe'] })
  const formatMs = performance.now() - f0
  const t0 = performance.now()
  // kafka.sh execs java, so the child's pid is the JVM's.
  const child = spawn('bash', [script, 'start', dir], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)))
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`kafka exited ${code} before answering: ${stderr} (log: ${dir}/server.log)`))))
  exited.catch(() => {})
  const answered = await Promise.race([waitApiVersions(port, 60_000), exited])
  return {
    name: 'kafka', pid: child.pid, bootstrap: `127.0.0.1:${port}`,
    startup: { formatMs, apiVersionsMs: answered - t0 },
    stop: async () => {
      await stopProcess(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Runs the bench client; resolves its last stdout line as JSON. */
export function runClient(clientPath, args, timeoutMs = 180_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(clientPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err += c))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()))
      else reject(new Error(`kafka-peer ${args.join(' ')} exited ${code}: ${err.trim()}`))
    })
  })
}

function cpuTimes() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const idle = f[3] + (f[4] ?? 0)
  return { idle, total: f.reduce((a, b) => a + b, 0) }
}

/** Busy and total jiffies of the machine, and the CPU jiffies of this process plus its waited-for children. */
export function cpuAccount() {
  const { idle, total } = cpuTimes()
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number)
  return { busy: total - idle, total, ours: f[11] + f[12] + f[13] + f[14] } // utime stime cutime cstime
}

/** Share (0..1) of all cores that processes other than this bench and its children kept busy between a and b. */
export function othersBusy(a, b) {
  const total = b.total - a.total
  return total > 0 ? Math.max(0, (b.busy - a.busy - (b.ours - a.ours)) / total) : 0
}

/** Fraction (0..1) of all cores busy over `ms`, whoever runs (sampled while the bench runs nothing). */
export async function machineBusy(ms = 1000) {
  const a = cpuTimes()
  await sleep(ms)
  const b = cpuTimes()
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0
}

/** Waits (up to `maxMs`) for the machine to be quieter than `busyMax`; returns the last busy sample. */
export async function waitQuiet(busyMax, maxMs) {
  const end = performance.now() + maxMs
  let busy = await machineBusy()
  while (busy > busyMax && performance.now() < end) busy = await machineBusy()
  return busy
}

/**
 * What a peer benchmark needs before any clock starts: its Go client built into .tmp/<name>/<name> from
 * bench/<clientDir>, the Kafka jars (Maven Central), and a snapshot of the built Sluice (snapshotSluice).
 */
export function prepareBench(repo, name, clientDir) {
  if (!existsSync(path.join(repo, 'dist', 'bundle', 'main.js'))) throw new Error('dist/bundle/main.js is missing: run `npm run build` first')
  const clientPath = path.join(repo, '.tmp', name, name)
  mkdirSync(path.dirname(clientPath), { recursive: true })
  execFileSync('go', ['build', '-o', clientPath, '.'], { cwd: path.join(repo, 'bench', clientDir), stdio: 'inherit' })
  const kafkaLib = execFileSync('bash', [path.join(repo, 'scripts', 'kafka-server', 'fetch.sh')], { encoding: 'utf8' }).trim().split('\n').pop()
  // Sluice runs from a copy of dist/ taken now (a rebuild by someone else mid-run would change it otherwise).
  const distBuiltAt = statSync(path.join(repo, 'dist', 'bundle', 'main.js')).mtime.toISOString()
  const sluiceRoot = snapshotSluice(repo, path.join(repo, '.tmp', name, 'sluice-snapshot'))
  const javaVersionLine = execFileSync('bash', ['-c', `"\${JAVA:-java}" -version 2>&1 | head -n 1`], { encoding: 'utf8' }).trim()
  return { clientPath, kafkaLib, kafkaVersion: path.basename(kafkaLib), distBuiltAt, sluiceRoot, javaVersionLine }
}

/** The fields every peer benchmark's JSON starts with: what ran, where, when, for how long, at which commit. */
export function resultHeader(repo, { bench, loadBefore, t0, otherBusy, distBuiltAt }) {
  let commit = null
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim()
  } catch {}
  return {
    bench,
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cpuCount: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg(), otherWorkCoresBusyDuringRoundsMedian: median(otherBusy), otherWorkCoresBusyDuringRoundsMax: Math.max(...otherBusy) },
    durationSeconds: (performance.now() - t0) / 1000,
    commit,
    distBuiltAt,
  }
}

/**
 * `rounds` rounds of both brokers, the order alternating, each started once the machine is quiet (waitQuiet);
 * `measure(name, round)` runs one broker's round. Each result gets the share of the cores other work kept
 * busy before and during it and the load average, then goes to `report(result, name, round)`.
 */
export async function alternatingRounds(rounds, quiet, measure, report) {
  const runs = { sluice: [], kafka: [] }
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 === 0 ? ['sluice', 'kafka'] : ['kafka', 'sluice']) {
      const otherBusyBefore = await waitQuiet(quiet.busyMax, quiet.waitMs)
      const a = cpuAccount()
      const measured = await measure(name, i)
      const result = { otherBusyBefore, otherBusyDuring: othersBusy(a, cpuAccount()), loadAverage1m: os.loadavg()[0], ...measured }
      runs[name].push(result)
      report(result, name, i)
    }
  }
  return runs
}
