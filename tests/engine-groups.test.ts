// Embedded consumer-group members (engine.subscribe(topic, { group })), without a Kafka broker: two members
// split a 6-partition topic with no overlap, the survivor takes every partition when the other closes, and
// the committed offsets survive an engine restart over the same data directory.

import { describe, expect, it } from 'vitest'
import { Engine } from '../host/engine/engine.js'
import type { GroupSubscription, GroupSubscribeOptions } from '../host/engine/group-member.js'
import { NotSupportedError } from '../host/engine/errors.js'
import { eventually } from './fixtures/kafka-clients/group-scenario.js'
import { engineScope } from './fixtures/engines.js'
import { assign, decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from '../host/coordinator/consumer-protocol.js'

const engines = engineScope('sluice-engine-groups-')

/** Reads a member in the background, recording "partition:offset" of every record it hands out. */
function drain(member: GroupSubscription, seen: string[]): Promise<void> {
  return (async () => {
    for await (const m of member) {
      expect(new TextDecoder().decode(m.value!)).toBe(`r-${m.partition}-${m.offset}`)
      seen.push(`${m.partition}:${m.offset}`)
    }
  })()
}

async function publish(engine: Engine, topic: string, from: number, perPartition: number): Promise<void> {
  const records = []
  for (let p = 0; p < 6; p++) for (let i = from; i < from + perPartition; i++) records.push({ value: `r-${p}-${i}`, partition: p })
  await engine.publishBatch(topic, records)
}

const partitionsOf = (m: GroupSubscription): number[] => m.assignment().map((a) => a.partition).sort((a, b) => a - b)

describe('consumer protocol bytes', () => {
  it('round-trips subscriptions and assignments; range and roundrobin assign like the Java client', () => {
    const sub = decodeSubscription(encodeSubscription(['a', 'b'], new Map([['a', [1]]]), 3))
    expect(sub).toMatchObject({ topics: ['a', 'b'], ownedPartitions: [{ topic: 'a', partitions: [1] }], generationId: 3 })
    expect(decodeAssignment(encodeAssignment(new Map([['a', [2, 0]]])))).toEqual(new Map([['a', [0, 2]]]))
    const members = [
      { memberId: 'm2', groupInstanceId: null, topics: ['t'] },
      { memberId: 'm1', groupInstanceId: null, topics: ['t'] },
    ]
    const range = assign('range', members, () => 5)
    expect(range.get('m1')!.get('t')).toEqual([0, 1, 2])
    expect(range.get('m2')!.get('t')).toEqual([3, 4])
    const rr = assign('roundrobin', members, () => 5)
    expect(rr.get('m1')!.get('t')).toEqual([0, 2, 4])
    expect(rr.get('m2')!.get('t')).toEqual([1, 3])
  })
})

describe('embedded group members', () => {
  it('two members split six partitions, the survivor takes all, commits survive a restart', async () => {
    const dataDir = engines.tempDir()
    let engine = await engines.open({ memoryBytes: 64 * 1024 * 1024, windowBytes: 256 * 1024, dataDir })
    await engine.groupCoordinator({ limits: { initialRebalanceDelayMs: 0 } })
    await engine.createTopic('orders', { partitions: 6 })
    const options: GroupSubscribeOptions = { group: 'g', autoOffsetReset: 'earliest', heartbeatIntervalMs: 50, autoCommitIntervalMs: 100, sessionTimeoutMs: 6_000, rebalanceTimeoutMs: 10_000 }
    const seenA: string[] = []
    const seenB: string[] = []
    const a = engine.subscribe('orders', options)
    const b = engine.subscribe('orders', options)
    const drains = [drain(a, seenA), drain(b, seenB)]
    await eventually(() => partitionsOf(a).length === 3 && partitionsOf(b).length === 3, 10_000, 'a 3/3 split', () => JSON.stringify([partitionsOf(a), partitionsOf(b)]))
    expect([...partitionsOf(a), ...partitionsOf(b)].sort()).toEqual([0, 1, 2, 3, 4, 5])
    expect(a.generationId).toBe(b.generationId)

    await publish(engine, 'orders', 0, 20)
    await eventually(() => seenA.length + seenB.length === 120, 10_000, 'every record', () => `${seenA.length}+${seenB.length}`)
    // Each member read only its own partitions.
    for (const r of seenA) expect(partitionsOf(a)).toContain(Number(r.split(':')[0]))
    for (const r of seenB) expect(partitionsOf(b)).toContain(Number(r.split(':')[0]))
    const bBefore = partitionsOf(b)

    // One closes (commits, leaves): the other takes every partition, from the committed offsets.
    await a.close()
    await eventually(() => partitionsOf(b).length === 6, 10_000, 'the survivor to take all partitions')
    await publish(engine, 'orders', 20, 10)
    await eventually(() => seenA.length + seenB.length === 180, 10_000, 'the records after the handover', () => `${seenA.length}+${seenB.length}`)
    const all = [...seenA, ...seenB]
    expect(new Set(all).size).toBe(all.length) // nothing twice
    for (const r of seenB) {
      const [p, o] = r.split(':').map(Number)
      if (!bBefore.includes(p)) expect(o, `b re-read ${r} of a's partition`).toBeGreaterThanOrEqual(20)
    }
    await b.close()
    await Promise.all(drains)
    const coordinator = await engine.groupCoordinator()
    for (let p = 0; p < 6; p++) expect(coordinator.offsets.get('g', 'orders', p)?.offset).toBe(30n)
    expect(coordinator.describe('g')?.state).toBe('Empty')
    await engines.close(engine)

    // Restart over the same data directory: a new member starts from the committed offsets.
    engine = await engines.open({ memoryBytes: 64 * 1024 * 1024, windowBytes: 256 * 1024, dataDir })
    // Subscribed at once: the member joins only once __consumer_offsets is read, so it starts from the
    // commits, not from autoOffsetReset.
    await publish(engine, 'orders', 30, 5)
    const loading = engine.groupCoordinator({ limits: { initialRebalanceDelayMs: 0 } })
    const seenC: string[] = []
    const c = engine.subscribe('orders', options)
    const drained = drain(c, seenC)
    const reopened = await loading
    for (let p = 1; p < 6; p++) expect(reopened.offsets.get('g', 'orders', p)?.offset).toBeGreaterThanOrEqual(30n)
    await eventually(() => seenC.length === 30, 10_000, 'the records after the restart', () => String(seenC.length))
    expect(seenC.every((r) => Number(r.split(':')[1]) >= 30)).toBe(true)
    await c.close()
    await drained
    expect(reopened.offsets.get('g', 'orders', 0)?.offset).toBe(35n)
  }, 60_000)

  it('explicit commits without auto-commit; a closed engine ends the iteration', async () => {
    const engine = await engines.open({ memoryBytes: 128 * 1024 * 1024, windowBytes: 256 * 1024 })
    await engine.groupCoordinator({ limits: { initialRebalanceDelayMs: 0 } })
    await engine.createTopic('t', { partitions: 2 })
    const m = engine.subscribe('t', { group: 'manual', autoCommit: false, autoOffsetReset: 'earliest', heartbeatIntervalMs: 50 })
    await engine.publishBatch('t', [{ value: 'x', partition: 0 }, { value: 'y', partition: 1 }])
    const got = [await m.next(), await m.next()]
    expect(got.every((r) => !r.done)).toBe(true)
    const coordinator = await engine.groupCoordinator()
    expect(coordinator.offsets.get('manual', 't', 0)).toBeUndefined()
    await m.commit()
    expect(coordinator.offsets.get('manual', 't', 0)?.offset).toBe(1n)
    expect(coordinator.offsets.get('manual', 't', 1)?.offset).toBe(1n)
    await expect(m.commit([{ topic: 't', partition: 7, offset: 1 }])).rejects.toMatchObject({ code: 'UNKNOWN_TOPIC_OR_PARTITION' })
    const pending = m.next()
    await engine.close()
    expect((await pending).done).toBe(true)
  })

  it('a pattern member picks up new topics; the leader rebalances when partitions are added', async () => {
    const engine = await engines.open({ memoryBytes: 128 * 1024 * 1024, windowBytes: 256 * 1024 })
    await engine.groupCoordinator({ limits: { initialRebalanceDelayMs: 0 } })
    await engine.createTopic('shop.orders', { partitions: 2 })
    const m = engine.subscribe('shop.*', { group: 'pattern', autoOffsetReset: 'earliest', heartbeatIntervalMs: 30 })
    const seen: string[] = []
    const drained = (async () => {
      for await (const r of m) seen.push(`${r.topic}[${r.partition}]`)
    })()
    await eventually(() => m.assignment().length === 2, 5_000, 'the first assignment')
    await engine.createTopic('shop.refunds', { partitions: 1 })
    await eventually(() => m.assignment().length === 3, 5_000, 'the new topic in the assignment')
    await engine.publish('shop.refunds', { value: 'r', partition: 0 })
    await eventually(() => seen.includes('shop.refunds[0]'), 5_000, 'a record of the new topic')
    if (typeof (engine as { createPartitions?: unknown }).createPartitions === 'function') {
      await engine.createPartitions('shop.orders', 4)
      await eventually(() => m.assignment().length === 5, 5_000, 'the added partitions in the assignment', () => JSON.stringify(m.assignment()))
      await engine.publish('shop.orders', { value: 'o', partition: 3 })
      await eventually(() => seen.includes('shop.orders[3]'), 5_000, 'a record of an added partition')
    }
    await m.close()
    await drained
  })

  it('a static member (groupInstanceId) that restarts takes its old place without a rebalance', async () => {
    const engine = await engines.open({ memoryBytes: 128 * 1024 * 1024, windowBytes: 256 * 1024 })
    const coordinator = await engine.groupCoordinator({ limits: { initialRebalanceDelayMs: 0 } })
    await engine.createTopic('s', { partitions: 4 })
    const options: GroupSubscribeOptions = { group: 'static', groupInstanceId: 'worker-1', autoOffsetReset: 'earliest', heartbeatIntervalMs: 30 }
    const first = engine.subscribe('s', options)
    const other = engine.subscribe('s', { ...options, groupInstanceId: 'worker-2' })
    await eventually(() => partitionsOf(first).length === 2 && partitionsOf(other).length === 2, 5_000, 'a 2/2 split')
    const generation = coordinator.describe('static')!.generationId
    const mine = partitionsOf(first)
    await first.close() // a static member does not leave
    expect(coordinator.describe('static')!.members).toHaveLength(2)
    const again = engine.subscribe('s', options)
    await eventually(() => partitionsOf(again).length === 2, 5_000, 'the restarted member to get its partitions')
    expect(partitionsOf(again)).toEqual(mine)
    expect(coordinator.describe('static')!.generationId).toBe(generation)
    await Promise.all([again.close(), other.close()])
  })

  it('a member joining or leaving rebalances the group at once, not at the next heartbeat', async () => {
    const engine = await engines.open({ memoryBytes: 64 * 1024 * 1024, windowBytes: 256 * 1024 })
    const coordinator = await engine.groupCoordinator({ limits: { initialRebalanceDelayMs: 0 } })
    await engine.createTopic('prompt', { partitions: 4 })
    // Heartbeats 10 s apart: only the coordinator's notice can bring the first member back within 2 s.
    const options: GroupSubscribeOptions = { group: 'prompt', heartbeatIntervalMs: 10_000, sessionTimeoutMs: 30_000, rebalanceTimeoutMs: 30_000 }
    const a = engine.subscribe('prompt', options)
    await eventually(() => partitionsOf(a).length === 4 && coordinator.describe('prompt')?.state === 'Stable', 5_000, 'the first member to hold every partition')
    const split = () => JSON.stringify([partitionsOf(a), partitionsOf(b), coordinator.describe('prompt')?.state])
    let started = Date.now()
    const b = engine.subscribe('prompt', options)
    await eventually(() => partitionsOf(a).length === 2 && partitionsOf(b).length === 2 && coordinator.describe('prompt')?.state === 'Stable', 15_000, 'a 2/2 split', split)
    expect(Date.now() - started, 'the join rebalance took a heartbeat interval').toBeLessThan(2_000)
    expect(a.generationId).toBe(b.generationId)

    started = Date.now()
    await b.close()
    await eventually(() => partitionsOf(a).length === 4 && coordinator.describe('prompt')?.state === 'Stable', 15_000, 'the survivor to take every partition', split)
    expect(Date.now() - started, 'the leave rebalance took a heartbeat interval').toBeLessThan(2_000)
    await a.close()
  }, 40_000)

  it('an attached engine gets a typed error: groups live in the opener', async () => {
    const engine = await engines.open({ memoryBytes: 128 * 1024 * 1024 })
    const attached = await Engine.attach(engine.share())
    try {
      await engine.createTopic('t', { partitions: 1 })
      expect(() => attached.subscribe('t', { group: 'g' })).toThrow(NotSupportedError)
      await expect(attached.groupCoordinator()).rejects.toThrow(NotSupportedError)
    } finally {
      await attached.close()
    }
  })
})
