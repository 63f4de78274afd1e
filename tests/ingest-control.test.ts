// The control plane: every state's behaviour on a live server, automatic moves with hysteresis, operator
// overrides (method and event), and that every transition is logged and counted.
import { afterEach, describe, expect, it } from 'vitest'
import { ControlPlane, controlThresholdsDefault, encodeFrame, DeadLetterHeader, type Transition } from '../host/ingest/index.js'
import { startIngest, stopAll, tcpConnect, writeAll, waitFor, readAll, topicExists } from './fixtures/ingest-helpers.js'

const text = new TextDecoder()
afterEach(stopAll)

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

const mixed = () => concat([encodeFrame('c.rt', 'realtime', 255), encodeFrame('c.tx', 'transactional', 100), encodeFrame('c.batch', 'batch', 5)])

async function reasons(engine: Parameters<typeof readAll>[0]): Promise<string[]> {
  return (await readAll(engine, 'sluice.dead-letters')).map((m) => text.decode(m.headers.find((h) => h.key === DeadLetterHeader.reason)!.value!))
}

describe('ControlPlane', () => {
  it('moves on thresholds with hysteresis and counts every transition', () => {
    const log: string[] = []
    const seen: Transition[] = []
    const plane = new ControlPlane(controlThresholdsDefault, { info: (_o, m) => log.push(m), warn: (_o, m) => log.push(m) }, (t) => seen.push(t))
    const sample = (queueDepth: number, lagMs = 0, memory = 0) => plane.evaluate({ queueDepth, lagMs, memory })
    sample(0.49)
    expect(plane.state).toBe('RUNNING')
    sample(0.5)
    expect(plane.state).toBe('DROPPING')
    sample(0.3) // above the 0.25 exit: stays
    expect(plane.state).toBe('DROPPING')
    sample(0.25)
    expect(plane.state).toBe('RUNNING')
    sample(0.9)
    expect(plane.state).toBe('EMERGENCY')
    sample(0.7) // above the 0.6 exit
    expect(plane.state).toBe('EMERGENCY')
    sample(0.1)
    expect(plane.state).toBe('DROPPING')
    sample(0.1, 600) // lag keeps it dropping
    expect(plane.state).toBe('DROPPING')
    sample(0.1, 50, 0.96) // memory
    expect(plane.state).toBe('EMERGENCY')
    expect(plane.transitionCount).toBe(5)
    expect(log).toHaveLength(5)
    expect(seen.map((t) => `${t.from}->${t.to}`)).toEqual(['RUNNING->DROPPING', 'DROPPING->RUNNING', 'RUNNING->EMERGENCY', 'EMERGENCY->DROPPING', 'DROPPING->EMERGENCY'])
    expect(plane.transitions.get('RUNNING->DROPPING')).toBe(1)
  })

  it('holds an operator state until RUNNING is set again', () => {
    const plane = new ControlPlane(controlThresholdsDefault, { info() {}, warn() {} }, () => {})
    plane.set('DROPPING', 'maintenance')
    plane.evaluate({ queueDepth: 0, lagMs: 0, memory: 0 })
    expect(plane.state).toBe('DROPPING')
    plane.set('RUNNING')
    plane.evaluate({ queueDepth: 0.95, lagMs: 0, memory: 0 })
    expect(plane.state).toBe('EMERGENCY')
    expect(() => plane.set('SLEEPING' as never)).toThrow(/unknown ingest state/)
  })
})

describe('states on a live server', () => {
  it('RUNNING publishes every class', async () => {
    const h = await startIngest()
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, mixed())
    await waitFor(() => h.server.metrics().published === 3, 10_000, 'three published')
    socket.destroy()
  })

  it('PAUSED stops reading sockets so TCP pushes back, and RUNNING resumes without loss', async () => {
    const h = await startIngest()
    const socket = await tcpConnect(h.tcpPort)
    await waitFor(() => h.server.metrics().connectionsOpen === 1, 5_000, 'the connection')
    h.server.setState('PAUSED', 'test')
    const frames = concat(Array.from({ length: 20_000 }, (_, i) => encodeFrame('paused.t', `${i}`.padEnd(1000, '.'))))
    socket.write(frames)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(h.server.metrics().framesIn).toBe(0)
    expect(socket.writableLength).toBeGreaterThan(0) // the kernel buffers are full: the client is held back
    h.server.setState('RUNNING', 'test')
    await waitFor(() => h.server.metrics().published === 20_000, 30_000, 'all frames after resuming')
    expect(socket.writableLength).toBe(0)
    expect(h.server.metrics().stateMs.PAUSED).toBeGreaterThanOrEqual(250)
    socket.destroy()
  })

  it('DROPPING dead-letters the batch class and keeps transactional and realtime', async () => {
    const h = await startIngest()
    h.server.setState('DROPPING')
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, mixed())
    await waitFor(() => h.server.metrics().published === 2, 10_000, 'two published')
    await h.server.flush()
    expect(h.server.metrics().framesShed.dropping).toBe(1)
    expect(await reasons(h.engine)).toEqual(['shed-dropping'])
    expect(topicExists(h.engine, 'c.rt') && topicExists(h.engine, 'c.tx')).toBe(true)
    expect((await readAll(h.engine, 'c.batch')).length).toBe(0)
    socket.destroy()
  })

  it('EMERGENCY keeps only realtime', async () => {
    const h = await startIngest()
    h.server.emit('control', { state: 'EMERGENCY', reason: 'operator event' })
    expect(h.server.state).toBe('EMERGENCY')
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, mixed())
    await waitFor(() => h.server.metrics().framesShed.emergency === 2, 10_000, 'two shed')
    await h.server.flush()
    expect(h.server.metrics().published).toBe(1)
    expect((await readAll(h.engine, 'c.rt')).map((m) => text.decode(m.value!))).toEqual(['realtime'])
    expect((await reasons(h.engine)).sort()).toEqual(['shed-emergency', 'shed-emergency'])
    socket.destroy()
  })

  it('DRAINING refuses new connections, publishes what is queued and reports drained', async () => {
    const h = await startIngest()
    const socket = await tcpConnect(h.tcpPort)
    await writeAll(socket, mixed())
    await waitFor(() => h.server.metrics().framesIn === 3, 10_000, 'frames read')
    const drained = new Promise<void>((resolve) => h.server.once('drained', () => resolve()))
    h.server.setState('DRAINING', 'shutdown')
    await drained
    expect(h.server.metrics().published).toBe(3)
    const late = await tcpConnect(h.tcpPort)
    await new Promise<void>((resolve) => late.once('close', () => resolve()))
    expect(h.server.metrics().connectionsAccepted).toBe(1)
    socket.destroy()
  })

  it('moves to EMERGENCY by itself on a memory threshold, logs and counts it', async () => {
    const logged: string[] = []
    const h = await startIngest({ memoryRssBytesMax: 1, thresholds: controlThresholdsDefault, logger: { info: (_o, m) => logged.push(m), warn: (_o, m) => logged.push(m) } })
    const transitions: Transition[] = []
    h.server.on('transition', (t: Transition) => transitions.push(t))
    await waitFor(() => h.server.state === 'EMERGENCY', 5_000, 'EMERGENCY')
    expect(logged.some((m) => m.includes('RUNNING -> EMERGENCY'))).toBe(true)
    expect(transitions[0]).toMatchObject({ from: 'RUNNING', to: 'EMERGENCY', by: 'auto' })
    expect(h.server.metrics().transitionsByPair['RUNNING->EMERGENCY']).toBe(1)
    expect(h.server.metrics().transitions).toBe(1)
  })
})
