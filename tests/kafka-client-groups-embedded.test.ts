// One consumer group, two kinds of member: a Kafka consumer over the broker (kafkajs; the Java client when
// a JDK is there) and an embedded subscriber (engine.subscribe(topic, { group })) of the same engine. They
// meet in the engine's one coordinator, split the partitions with no overlap (the Kafka client leading
// first, then the embedded member leading), and together read every record exactly once; when the Kafka
// client leaves, the embedded member takes over from its commits. The clients run the programs of
// group-scenario.ts's line protocol (js/kafkajs-group.mjs: roundrobin as "RoundRobinAssigner", commits
// after every <= 5 records; java/GroupClient.java: range, commitSync after every poll of <= 5 records).

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { requireTool, type RunningBroker, buildJavaClients, javaClientsAvailable, javaClasspath } from './fixtures/kafka-clients/harness.js'
import { type ConsumerCommand, ConsumerProcess, eventually, groupBrokerSuite } from './fixtures/kafka-clients/group-scenario.js'
import type { GroupSubscription } from '../host/engine/group-member.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const kafkajsProgram = path.join(repo, 'tests', 'fixtures', 'kafka-clients', 'js', 'kafkajs-group.mjs')
const hasKafkajs = requireTool('kafkajs', () => import.meta.resolve('kafkajs') !== '', 'npm install (kafkajs is a devDependency)')
const hasJava = javaClientsAvailable()

const partitionCount = 6

describe('Kafka clients and an embedded subscriber in one group', () => {
  const s = groupBrokerSuite('sluice-mixed-groups-', { groupLimits: { initialRebalanceDelayMs: 500 } })

  it.skipIf(!hasKafkajs)('kafkajs: split the partitions, read every record once, hand over through committed offsets', async () => {
    await mixedGroup(s.b, 'kafkajs', 'RoundRobinAssigner', (bootstrap, topic, group) => ({ command: 'node', args: [kafkajsProgram, 'consume', bootstrap, topic, group, '0'] }))
  }, 240_000)

  it.skipIf(!hasKafkajs)('kafkajs joining a group an embedded member holds: the member rejoins at once, not at its next heartbeat', async () => {
    const topic = 'prompt-kafkajs'
    const group = 'prompt-kafkajs-group'
    await s.b.engine.createTopic(topic, { partitions: partitionCount })
    const coordinator = await s.b.engine.groupCoordinator()
    // Heartbeats 10 s apart: the kafkajs JoinGroup waits for the embedded member, which only the
    // coordinator's notice brings back within 2 s.
    const member = s.b.engine.subscribe(topic, { group, heartbeatIntervalMs: 10_000, sessionTimeoutMs: 30_000, rebalanceTimeoutMs: 30_000 })
    let client: ConsumerProcess | null = null
    try {
      await eventually(() => member.assignment().length === partitionCount && coordinator.describe(group)?.state === 'Stable', 10_000, 'the embedded member to hold every partition')
      const generation = coordinator.describe(group)!.generationId
      client = new ConsumerProcess('kafkajs-prompt', { command: 'node', args: [kafkajsProgram, 'consume', s.b.bootstrap, topic, group, '0'] })
      const k = client
      const detail = () => JSON.stringify({ embedded: member.assignment().map((a) => a.partition), kafkajs: k.assigned, group: coordinator.describe(group)?.state, stderr: k.stderr.slice(-300) })
      // Timed from the moment the client's JoinGroup starts the rebalance (process start-up is not counted).
      await eventually(() => coordinator.describe(group)!.state !== 'Stable' || coordinator.describe(group)!.generationId !== generation, 60_000, 'the kafkajs client to join', detail)
      const started = Date.now()
      await eventually(() => member.assignment().length === partitionCount / 2 && k.assigned.length === partitionCount / 2, 30_000, 'a 3/3 split', detail)
      expect(Date.now() - started, `the rebalance waited for the embedded member's heartbeat ${detail()}`).toBeLessThan(2_000)
      await client.stop()
      expect(client.closed, client.stderr.slice(-2000)).toBe(true)
    } finally {
      if (client !== null && !client.exited) client.kill()
      await member.close()
    }
  }, 120_000)

  it.skipIf(!hasJava)('Java: split the partitions, read every record once, hand over through committed offsets', async () => {
    buildJavaClients()
    await mixedGroup(s.b, 'java', 'range', (bootstrap, topic, group) => ({ command: 'java', args: ['-cp', javaClasspath, 'GroupClient', 'consume', bootstrap, topic, group, '0'] }))
  }, 400_000)
})

/** The three steps above with `client` as the Kafka member; the group must settle on `protocol`. */
async function mixedGroup(b: RunningBroker, name: string, protocol: string, client: ConsumerCommand): Promise<void> {
  const topic = `mixed-${name}`
  const group = `mixed-${name}-group`
  await b.engine.createTopic(topic, { partitions: partitionCount })
  {
    const published = Array(partitionCount).fill(0) as number[]
    const publish = async (perPartition: number): Promise<void> => {
      const records = []
      for (let p = 0; p < partitionCount; p++) for (let i = 0; i < perPartition; i++) records.push({ value: `r-${p}-${published[p] + i}`, partition: p })
      await b.engine.publishBatch(topic, records)
      for (let p = 0; p < partitionCount; p++) published[p] += perPartition
    }
    const total = (): number => published.reduce((x, y) => x + y, 0)
    // Who read what: "partition:offset" -> readers.
    const readers = new Map<string, string[]>()
    const note = (who: string, p: number, o: number, v: string): void => {
      expect(v).toBe(`r-${p}-${o}`)
      const key = `${p}:${o}`
      readers.set(key, [...(readers.get(key) ?? []), who])
    }
    const detail = (): string =>
      JSON.stringify({
        read: readers.size,
        total: total(),
        embedded: embedded?.assignment().map((a) => a.partition),
        kafka: kafka.map((k) => ({ assigned: k.assigned, records: k.records.length, exited: k.exited, stderr: k.stderr.slice(-300) })),
        lag: b.broker.consumerLag(group).map((l) => [l.partition, String(l.committedOffset)]),
      })
    const kafka: ConsumerProcess[] = []
    let embedded: GroupSubscription | null = null
    let seenFromKafka = 0
    const syncKafka = (): void => {
      // The client processes print their records; fold new ones in.
      const all = kafka.flatMap((k, i) => k.records.map((r) => [i, ...r] as const))
      for (const [i, p, o, v] of all.slice(seenFromKafka)) note(`${name}-${i}`, p, o, v)
      seenFromKafka = all.length
    }
    const readAll = (what: string) =>
      eventually(
        () => {
          syncKafka()
          return readers.size === total()
        },
        60_000,
        what,
        detail,
      )
    const committedAll = (what: string) =>
      eventually(() => b.broker.consumerLag(group).filter((l) => l.committedOffset === BigInt(published[l.partition])).length === partitionCount, 30_000, what, detail)
    const spawnClient = (): ConsumerProcess => {
      const c = new ConsumerProcess(`${name}-${kafka.length}`, client(b.bootstrap, topic, group))
      kafka.push(c)
      return c
    }
    const owned = (): number[] => embedded!.assignment().map((a) => a.partition).sort((x, y) => x - y)
    const splitWith = (k: ConsumerProcess) => () => {
      const mine = owned()
      return mine.length > 0 && k.assigned.length > 0 && [...mine, ...k.assigned].sort((x, y) => x - y).join() === '0,1,2,3,4,5'
    }

    let drain: Promise<void> = Promise.resolve()
    try {
      // 1. The client joins first (and leads); then the embedded member joins: the client assigns to it.
      const first = spawnClient()
      await first.waitFor(() => first.assigned.length === partitionCount, 120_000, `${name} alone to get every partition`)
      embedded = b.engine.subscribe(topic, { group, autoOffsetReset: 'earliest', heartbeatIntervalMs: 200, autoCommitIntervalMs: 200, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 20_000 })
      const member = embedded
      drain = (async () => {
        for await (const m of member) note('embedded', m.partition, m.offset, new TextDecoder().decode(m.value!))
      })()
      await eventually(splitWith(first), 60_000, `${name} and the embedded member to split the partitions`, detail)
      const coordinator = await b.engine.groupCoordinator()
      expect(coordinator.describe(group)).toMatchObject({ state: 'Stable', protocolType: 'consumer', protocolName: protocol })
      expect(coordinator.describe(group)!.leaderId).not.toBe(member.memberId)
      await publish(30)
      await readAll('the first records')
      await committedAll('the first commits')

      // 2. The client leaves: the embedded member takes every partition, from the client's commits.
      const clientPartitions = [...first.assigned]
      await first.stop()
      expect(first.closed, first.stderr.slice(-2000)).toBe(true)
      await eventually(() => owned().length === partitionCount, 30_000, 'the embedded member to take over', detail)
      const before = new Set(readers.keys())
      await publish(10)
      await readAll(`the records after ${name} left`)
      for (const key of readers.keys()) {
        if (before.has(key)) continue
        const p = Number(key.split(':')[0])
        if (clientPartitions.includes(p)) expect(Number(key.split(':')[1]), `re-read ${key}`).toBeGreaterThanOrEqual(30)
      }
      await committedAll('the embedded member commits')

      // 3. A new client joins the group the embedded member now leads: the embedded member assigns.
      const second = spawnClient()
      await eventually(splitWith(second), 120_000, `the embedded leader to share with the new ${name} consumer`, detail)
      expect(coordinator.describe(group)!.leaderId).toBe(member.memberId)
      await publish(10)
      await readAll('the records after the second split')
      await committedAll('the last commits')
      await second.stop()
      expect(second.closed, second.stderr.slice(-2000)).toBe(true)

      // Every record exactly once, by the member that held its partition.
      expect(readers.size).toBe(total())
      const twice = [...readers].filter(([, who]) => who.length > 1)
      expect(twice, JSON.stringify(twice.slice(0, 10))).toEqual([])
      expect(new Set([...readers.values()].flat())).toEqual(new Set(['embedded', `${name}-0`, `${name}-1`]))
      console.log(`mixed group with ${name}: ${readers.size} records; ${detail()}`)
    } finally {
      for (const k of kafka) if (!k.exited) k.kill()
      await embedded?.close()
      await drain
    }
  }
}
