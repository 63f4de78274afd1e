// `sluice serve` as scripts use it: start on port 0, read the ready line, talk to it, stop it with SIGTERM.
// Also: configuration precedence and live reload as an operator sees them, and graceful shutdown.
import { afterEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { commandWorks, requireTool, run } from './fixtures/kafka-clients/harness.js'

const hasKcat = requireTool('kcat', () => commandWorks('kcat', ['-V']), 'apt-get install -y kcat (see .ci/run)')

/** Polls `check` every 200 ms until it holds; fails after timeoutMs. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const cli = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url))
// Reserved address space, resident only as used: enough for the default 4 MiB windows and 2 MiB buffers.
const smallMemory = String(256 * 1024 * 1024)

// A fresh data directory, so tests can run side by side; the ingest (which reserves ~50 MB of the shared
// memory for its rings) is off in these small-memory servers and on in its own test below.
const isolated = () => ({ SLUICE_KAFKA_PORT: '0', SLUICE_INGEST_TCP_PORT: '-1', SLUICE_INGEST_UDP_PORT: '-1', SLUICE_DATA_DIR: mkdtempSync(join(tmpdir(), 'sluice-serve-')) })

function startServer(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...isolated(), ...env } })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    let buffered = ''
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      const newline = buffered.indexOf('\n')
      if (newline >= 0) resolve(JSON.parse(buffered.slice(0, newline)))
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)))
  })
  ready.catch(() => {}) // a test that expects the server to fail never awaits it
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, ready, exited, stderr: () => stderr }
}

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-serve-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('condition not met in time')
}

describe('sluice serve', () => {
  it('prints its bound address, answers /health, and exits 0 on SIGTERM', async () => {
    const { child, ready, exited } = startServer(['--http-port', '0', '--memory-bytes', smallMemory])
    try {
      const line = await ready
      expect(line.ready).toBe(true)
      const address = String(line.http)
      expect(address).toMatch(/^127\.0\.0\.1:\d+$/)
      const health = await fetch(`http://${address}/health`)
      expect(await health.json()).toEqual({ status: 'ok' })
      const missing = await fetch(`http://${address}/nope`)
      expect(missing.status).toBe(404)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('rejects a bad option with a message naming it and exit code 2', async () => {
    const { exited, stderr } = startServer(['--http-port', 'abc'])
    expect(await exited).toBe(2)
    expect(stderr()).toMatch(/--http-port must be an integer from 0 to 65535/)
  })

  it('rejects a bad configuration file and env var with every problem, exit code 2', async () => {
    const file = join(tempDir(), 'sluice.toml')
    writeFileSync(file, '[http]\nport = 99999\n[engine]\nmemroy_bytes = 1\n')
    const { exited, stderr } = startServer(['--config', file], { SLUICE_LOG_LEVEL: 'loud' })
    expect(await exited).toBe(2)
    expect(stderr()).toContain(`${file}: http.port must be an integer from 0 to 65535, got 99999`)
    expect(stderr()).toMatch(/unknown key engine\.memroy_bytes \(did you mean engine\.memory_bytes\?\)/)
    expect(stderr()).toMatch(/SLUICE_LOG_LEVEL \(log\.level\) must be one of .* got "loud"/)
  })

  it('takes flags over env over the file, and reloads reloadable keys on file change and SIGHUP', async () => {
    const dir = tempDir()
    const file = join(dir, 'sluice.toml')
    writeFileSync(file, '[http]\nport = 1\n[log]\nlevel = "warn"\n[engine]\nmemory_bytes = "256MiB"\n[retention]\nms = 1000\n')
    const { child, ready, exited } = startServer(['--config', file, '--http-port', '0', '--log-format', 'json'], { SLUICE_HTTP_PORT: '2', SLUICE_RETENTION_MS: '2000' })
    try {
      const base = `http://${(await ready).http}`
      const live = async () => (await (await fetch(`${base}/api/config`)).json()) as { config: Record<string, unknown>; sources: Record<string, string> }
      const first = await live()
      expect(first.config['http.port']).toBe(0)
      expect(first.sources['http.port']).toBe('flag')
      expect(first.config['retention.ms']).toBe(2000)
      expect(first.sources['retention.ms']).toBe('env')
      expect(first.config['log.level']).toBe('warn')
      expect(first.config['engine.memory_bytes']).toBe(256 * 1024 * 1024)

      // A file change applies log.level at once; engine.memory_bytes needs a restart and is not applied.
      writeFileSync(file, '[log]\nlevel = "debug"\n[engine]\nmemory_bytes = "512MiB"\n')
      await waitFor(async () => (await live()).config['log.level'] === 'debug')
      expect((await live()).config['engine.memory_bytes']).toBe(256 * 1024 * 1024)

      // Written without a watcher event reaching us first, SIGHUP applies it.
      writeFileSync(file, '[log]\nlevel = "error"\n[http]\nconsume_records_max = 7\n')
      child.kill('SIGHUP')
      await waitFor(async () => (await live()).config['http.consume_records_max'] === 7)
      expect((await live()).config['log.level']).toBe('error')

      // An invalid file changes nothing.
      writeFileSync(file, '[log]\nlevel = "chatty"\n')
      child.kill('SIGHUP')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect((await live()).config['log.level']).toBe('error')
      expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/sluice_config_reloads_total\{outcome="invalid"\} [1-9]/)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('on SIGTERM finishes an in-flight request, refuses new connections, and exits 0', async () => {
    const { child, ready, exited, stderr } = startServer(['--http-port', '0', '--memory-bytes', smallMemory, '--log-format', 'json'])
    const base = `http://${(await ready).http}`
    await fetch(`${base}/api/topics`, { method: 'POST', body: JSON.stringify({ name: 'waiting' }) })
    // A long-polling consume is in flight when the signal arrives: it returns at once with what it has.
    const inFlight = fetch(`${base}/api/topics/waiting/records?from=latest&timeoutMs=20000`).then(async (r) => ({ status: r.status, body: await r.json() }))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const started = Date.now()
    child.kill('SIGTERM')
    const answered = await inFlight
    expect(answered.status).toBe(200)
    expect(answered.body.records).toEqual([])
    expect(await exited).toBe(0)
    expect(Date.now() - started).toBeLessThan(5_000)
    await expect(fetch(`${base}/health`)).rejects.toThrow()
    const lines = stderr().trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['sluice ready', 'shutting down: no new connections, finishing in-flight requests', 'stopped']))
    expect(lines.find((l) => l.msg === 'stopped')).toMatchObject({ inFlightAtStart: 1, cut: 0 })
  })

  it('exits at once on a second signal', async () => {
    const { child, ready, exited } = startServer(['--http-port', '0', '--memory-bytes', smallMemory, '--set', 'shutdown.grace_ms=30000'])
    const base = `http://${(await ready).http}`
    await fetch(`${base}/api/topics`, { method: 'POST', body: JSON.stringify({ name: 'stuck' }) })
    // A produce whose body never finishes keeps a request in flight through the grace period.
    const { request } = await import('node:http')
    const stuck = request(`${base}/api/topics/stuck/records`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } })
    stuck.on('error', () => {})
    stuck.write('{"records": [')
    await new Promise((resolve) => setTimeout(resolve, 200))
    child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(child.exitCode).toBeNull() // still waiting for the stuck request
    const started = Date.now()
    child.kill('SIGINT')
    expect(await exited).toBe(1)
    expect(Date.now() - started).toBeLessThan(2_000)
    stuck.destroy()
  })
  it('starts the binary-frame ingest on free ports, keeps a topic across a restart in its data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sluice-serve-data-'))
    const env = { SLUICE_KAFKA_PORT: '0', SLUICE_INGEST_TCP_PORT: '0', SLUICE_INGEST_UDP_PORT: '0', SLUICE_DATA_DIR: dataDir }
    const first = startServer(['--http-port', '0'], env)
    const line = await first.ready
    expect(String(line.ingestTcp)).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(String(line.ingestUdp)).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(String(line.kafka)).toMatch(/^127\.0\.0\.1:\d+$/)
    const created = await fetch(`http://${line.http}/api/topics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'kept', partitions: 2 }) })
    expect(created.status).toBeLessThan(300)
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    const second = startServer(['--http-port', '0'], env)
    const again = await second.ready
    const { topics } = (await (await fetch(`http://${again.http}/api/topics`)).json()) as { topics: Array<{ name: string }> }
    expect(topics.map((topic) => topic.name)).toContain('kept')
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
  })
  it.skipIf(!hasKcat)('reports Kafka request latency per API and consumer-group lag in /metrics', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sluice-serve-metrics-'))
    const { child, ready, exited } = startServer(['--http-port', '0'], { SLUICE_KAFKA_PORT: '0', SLUICE_DATA_DIR: dataDir })
    try {
      const line = await ready
      const bootstrap = String(line.kafka)
      const produced = await run('kcat', ['-P', '-b', bootstrap, '-t', 'observed', '-p', '0'], { input: 'a\nb\nc\n' })
      expect(produced.code, produced.stderr).toBe(0)
      const consumed = await run('kcat', ['-b', bootstrap, '-G', 'watchers', 'observed', '-e', '-q', '-X', 'auto.offset.reset=earliest'])
      expect(consumed.stdout.trim().split('\n')).toEqual(['a', 'b', 'c'])
      const scrape = async () => (await fetch(`http://${line.http}/metrics`)).text()
      await eventually(async () => /sluice_kafka_request_duration_seconds_count\{api="Produce",outcome="ok"\} [1-9]/.test(await scrape()), 15_000)
      await eventually(async () => /sluice_consumer_group_lag_records\{group="watchers",topic="observed",partition="0"\} 0/.test(await scrape()), 15_000)
    } finally {
      child.kill('SIGTERM')
      await exited
    }
  })
})
