// `sluice state show|set` and /metrics against a live `sluice serve` with the event ingest on port 0:
// an operator moves the control plane from the command line, and a Prometheus scrape sees the ingest's
// frame, drop, dedup, dead-letter and control-plane figures move as frames arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeExtendedFrame, encodeFrame } from '../host/ingest/wire.js'
import { runSluice, startServe, type RunningServe } from './fixtures/sluice-cli.js'

let server: RunningServe
let serverUrl = ''
let ingestPort = 0
let dir = ''

const sluice = (args: string[]) => runSluice(serverUrl, args)

async function sendFrames(frames: Uint8Array[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: ingestPort }, () => socket.end(Buffer.concat(frames)))
    socket.on('error', reject)
    socket.on('close', () => resolve())
  })
}

async function scrape(): Promise<string> {
  return (await fetch(`${serverUrl}/metrics`)).text()
}

/** The value of one sample line, e.g. sample(text, 'sluice_ingest_frames_total{source="tcp"}'); 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '))
  return line === undefined ? 0 : Number(line.slice(series.length + 1))
}

async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (check(value) || Date.now() > until) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-state-'))
  server = await startServe(['--http-port', '0', '--ingest-tcp-port', '0', '--ingest-udp-port', '0', '--port=-1', '--log-level', 'warn', '--data-dir', join(dir, 'data')])
  serverUrl = server.url
  ingestPort = Number(server.ready.ingestTcp.split(':').at(-1))
}, 30_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('sluice state', () => {
  it('shows the state, moves it with a reason, and counts the transitions', async () => {
    const shown = await sluice(['state', 'show'])
    expect(shown.code).toBe(0)
    expect(shown.stdout).toMatch(/^STATE\s+RUNNING\n/)
    expect(JSON.parse((await sluice(['state', 'show', '--format', 'json'])).stdout)).toMatchObject({ state: 'RUNNING', operatorHeld: false, transitions: 0 })

    const paused = await sluice(['state', 'set', 'paused', '--reason', 'maintenance window'])
    expect(paused).toMatchObject({ code: 0, stdout: 'ingest state RUNNING -> PAUSED (held until `sluice state set RUNNING`)\n' })
    const view = JSON.parse((await sluice(['state', 'show', '--format', 'json'])).stdout)
    expect(view).toMatchObject({ state: 'PAUSED', operatorHeld: true, transitions: 1, transitionsByPair: { 'RUNNING->PAUSED': 1 } })
    expect((await sluice(['state', 'show'])).stdout).toMatch(/RUNNING->PAUSED\s+1/)

    const back = await sluice(['state', 'set', 'RUNNING', '--format', 'json'])
    expect(back.code).toBe(0)
    expect(JSON.parse(back.stdout)).toMatchObject({ previous: 'PAUSED', state: 'RUNNING', operatorHeld: false, transitions: 2 })
  })

  it('answers usage errors with exit 2 and an unreachable server with exit 1', async () => {
    const bogus = await sluice(['state', 'set', 'SLEEPING'])
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toMatch(/unknown state "SLEEPING": use one of RUNNING, PAUSED, DRAINING, DROPPING, EMERGENCY/)
    expect((await sluice(['state', 'set'])).stderr).toMatch(/missing STATE/)
    expect((await sluice(['state', 'frobnicate'])).code).toBe(2)
    expect((await sluice(['state', 'show', '--help'])).stdout).toMatch(/^Usage: sluice state <show\|set>/)
    const down = await sluice(['state', 'show', '--server', 'http://127.0.0.1:1'])
    expect(down.code).toBe(1)
    expect(down.stderr).toMatch(/cannot reach the Sluice server/)
  })

  it('drives the same control plane as POST /api/state, which validates its body', async () => {
    const bad = await fetch(`${serverUrl}/api/state`, { method: 'POST', body: JSON.stringify({ state: 'LOUD' }), headers: { 'content-type': 'application/json' } })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/unknown state "LOUD"/)
    const moved = await fetch(`${serverUrl}/api/state`, { method: 'POST', body: JSON.stringify({ state: 'DROPPING', reason: 'load test' }), headers: { 'content-type': 'application/json' } })
    expect(moved.status).toBe(200)
    expect(await moved.json()).toMatchObject({ previous: 'RUNNING', state: 'DROPPING', operatorHeld: true })
    expect(JSON.parse((await sluice(['state', 'show', '--format', 'json'])).stdout).state).toBe('DROPPING')
    expect((await sluice(['state', 'set', 'RUNNING'])).code).toBe(0)
  })
})

describe('/metrics from the ingest', () => {
  it('counts frames, drops, duplicates, dead letters and shows the control-plane state', async () => {
    const before = await scrape()
    const framesBefore = sample(before, 'sluice_ingest_frames_total{source="tcp"}')
    const inBefore = sample(before, 'sluice_records_in_total{topic="metrics.events"}')

    // 5 plain frames, 2 keyed frames with the same key (1 duplicate), 1 illegal topic (dead-lettered).
    const frames = [
      ...Array.from({ length: 5 }, (_, i) => encodeFrame('metrics/events', `event ${i}`)),
      encodeExtendedFrame('metrics/events', 'keyed', { key: 42n }),
      encodeExtendedFrame('metrics/events', 'keyed again', { key: 42n }),
      encodeFrame('bad topic!', 'nowhere'),
    ]
    await sendFrames(frames)
    const after = await waitFor(scrape, (text) => sample(text, 'sluice_dedup_dropped_total{topic="metrics.events"}') >= 1 && sample(text, 'sluice_records_in_total{topic="metrics.events"}') >= inBefore + 6)
    expect(sample(after, 'sluice_ingest_frames_total{source="tcp"}') - framesBefore).toBe(8)
    expect(sample(after, 'sluice_ingest_bytes_total{source="tcp"}')).toBeGreaterThan(0)
    expect(sample(after, 'sluice_records_in_total{topic="metrics.events"}') - inBefore).toBe(6)
    expect(sample(after, 'sluice_dedup_dropped_total{topic="metrics.events"}')).toBe(1)
    expect(sample(after, 'sluice_ingest_frames_dropped_total{source="ingest",reason="illegal-topic"}')).toBe(1)
    expect(sample(after, 'sluice_dead_letter_total{topic="*",reason="illegal-topic"}')).toBe(1)
    expect(sample(after, 'sluice_control_plane_info{key="ingest_state",value="RUNNING"}')).toBe(1)
    expect(sample(after, 'sluice_control_plane_state{key="ingest_state"}')).toBe(0)

    // EMERGENCY sheds batch-class frames into the dead-letter topic; the scrape shows state and reason.
    expect((await sluice(['state', 'set', 'EMERGENCY', '--reason', 'test'])).code).toBe(0)
    await sendFrames([encodeFrame('metrics/events', 'shed me'), encodeFrame('metrics/events', 'and me')])
    const shed = await waitFor(scrape, (text) => sample(text, 'sluice_dead_letter_total{topic="metrics.events",reason="shed-emergency"}') >= 2)
    expect(sample(shed, 'sluice_dead_letter_total{topic="metrics.events",reason="shed-emergency"}')).toBe(2)
    expect(sample(shed, 'sluice_ingest_frames_dropped_total{source="ingest",reason="shed-emergency"}')).toBe(2)
    expect(sample(shed, 'sluice_control_plane_info{key="ingest_state",value="EMERGENCY"}')).toBe(1)
    expect(sample(shed, 'sluice_control_plane_info{key="ingest_state",value="RUNNING"}')).toBe(0)
    expect(sample(shed, 'sluice_control_plane_state{key="ingest_state"}')).toBe(4)
    expect(sample(shed, 'sluice_control_plane_state{key="ingest_operator_held"}')).toBe(1)
    expect(sample(shed, 'sluice_control_plane_state{key="ingest_transitions"}')).toBeGreaterThanOrEqual(5)
    expect((await sluice(['state', 'set', 'RUNNING'])).code).toBe(0)
  })
})
