// The control plane: every state's behaviour on a live server, automatic moves with hysteresis, operator
// overrides (method and event), and that every transition is logged and counted.
import { afterEach, describe, expect, it } from 'vitest'
import { ControlPlane, controlThresholdsDefault, dropLevels, encodeFrame, DeadLetterHeader, type Transition } from '../host/ingest/index.js'
import { noAutomaticMoves, startIngest, stopAll, tcpConnect, writeAll, waitFor, readAll, topicExists, concat } from './fixtures/ingest-helpers.js'

const text = new TextDecoder()
afterEach(stopAll)

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

  it('DROPPING sheds the lowest priorities first, more while pressure stays, fewer as it eases', () => {
    const levels: number[] = []
    const plane = new ControlPlane(controlThresholdsDefault, { info() {}, warn() {} }, () => {}, { dropStepMs: 0, onDropBelow: (dropBelow) => levels.push(dropBelow) })
    const sample = (queueDepth: number) => plane.evaluate({ queueDepth, lagMs: 0, memory: 0 })
    sample(0.5)
    expect(plane.state).toBe('DROPPING')
    expect(plane.dropBelow).toBe(16)
    for (let i = 0; i < 10; i++) sample(0.6) // above the 0.5 enter, below EMERGENCY's 0.85
    expect(plane.dropBelow).toBe(192) // the cap: realtime is never shed in DROPPING
    sample(0.4) // between the midpoint of exit and enter (0.375) and enter: holds
    expect(plane.dropBelow).toBe(192)
    sample(0.3)
    sample(0.3)
    expect(plane.dropBelow).toBe(128)
    sample(0.2) // at or below the exit: one step down, then RUNNING sheds nothing
    expect(plane.state).toBe('RUNNING')
    expect(plane.dropBelow).toBe(0)
    expect(levels).toEqual([...dropLevels, 160, 128, 96, 0])
    sample(0.9)
    expect(plane.dropBelow).toBe(192) // EMERGENCY: everything but realtime
    sample(0.5) // down to DROPPING: starts shedding all but realtime, steps down as pressure eases
    expect(plane.state).toBe('DROPPING')
    expect(plane.dropBelow).toBe(192)
    sample(0.3)
    expect(plane.dropBelow).toBe(160)
  })

  it('moves the drop level at most once per dropStepMs; an operator DROPPING keeps the whole batch class', () => {
    const plane = new ControlPlane(controlThresholdsDefault, { info() {}, warn() {} }, () => {}, { dropStepMs: 100 })
    plane.evaluate({ queueDepth: 0.5, lagMs: 0, memory: 0 }, 1_000)
    plane.evaluate({ queueDepth: 0.6, lagMs: 0, memory: 0 }, 1_050)
    expect(plane.dropBelow).toBe(16)
    plane.evaluate({ queueDepth: 0.6, lagMs: 0, memory: 0 }, 1_100)
    plane.evaluate({ queueDepth: 0, lagMs: 700, memory: 0 }, 1_200) // lag is pressure too
    expect(plane.dropBelow).toBe(48)
    expect(plane.dropLevelMoves).toBe(2)
    plane.set('DROPPING', 'maintenance')
    expect(plane.dropBelow).toBe(64) // held: at once no lower than the whole batch class
    plane.evaluate({ queueDepth: 0, lagMs: 0, memory: 0 }, 1_300)
    plane.evaluate({ queueDepth: 0, lagMs: 0, memory: 0 }, 1_400)
    expect(plane.dropBelow).toBe(64) // and it stays there without pressure
    plane.set('RUNNING')
    plane.set('DROPPING', 'maintenance')
    expect(plane.dropBelow).toBe(64)
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

  it('DROPPING sheds priorities 0, 10, 63, 64, 200 lowest first while pressure stays, realtime never', async () => {
    // Pressure is injected into the control plane; the server's own samples (queue depth 0) then hold the
    // level: 0 is above the -0.25 midpoint of exit -1 and enter 0.5, and never at or below the exit.
    const h = await startIngest({ thresholds: { ...noAutomaticMoves, queueDepthDropping: { enter: 0.5, exit: -1 } }, dropStepMs: 0 })
    const socket = await tcpConnect(h.tcpPort)
    const priorities = [0, 10, 63, 64, 200]
    const pressure = () => h.server.control.evaluate({ queueDepth: 0.6, lagMs: 0, memory: 0 })
    const levels: number[] = []
    let sent = 0
    for (const steps of [1, 3, 1, 4]) {
      for (let i = 0; i < steps; i++) pressure()
      const level = h.server.metrics().dropBelowPriority
      levels.push(level)
      await writeAll(socket, concat(priorities.map((p) => encodeFrame('drop.levels', `${level}:${p}`, p))))
      sent += priorities.length
      await waitFor(() => h.server.metrics().framesIn === sent, 10_000, 'frames read')
      await h.server.flush()
    }
    expect(h.server.state).toBe('DROPPING')
    expect(levels).toEqual([16, 64, 96, 192])
    // Classes are published independently (no order across them): compare as sets.
    const published = (await readAll(h.engine, 'drop.levels')).map((m) => text.decode(m.value!))
    expect(published.sort()).toEqual(['16:63', '16:64', '16:200', '64:64', '64:200', '96:200', '192:200'].sort())
    const shed = (await readAll(h.engine, 'sluice.dead-letters')).map((m) => {
      const header = (key: string) => text.decode(m.headers.find((h) => h.key === key)!.value!)
      return `${text.decode(m.value!)} ${header(DeadLetterHeader.reason)} ${header(DeadLetterHeader.priority)}`
    })
    expect(shed.sort()).toEqual(
      ['16:0', '16:10', '64:0', '64:10', '64:63', '96:0', '96:10', '96:63', '96:64', '192:0', '192:10', '192:63', '192:64']
        .map((value) => `${value} shed-dropping ${value.split(':')[1]}`)
        .sort(),
    )
    expect(h.server.metrics().framesShed.dropping).toBe(13)
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
