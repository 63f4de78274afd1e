// CreatePartitions and topic configs with a real client (kafkajs, in this process) over a broker with a data
// directory: admin.createPartitions grows a topic, keyed records go to murmur2 % the new count and are
// consumed from the new partitions; alterConfigs of segment.ms / retention.ms make the durable log roll and
// delete segments; the partition count, the configs and the topic id are there again after a restart.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildJavaClients, javaClientsAvailable, requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { until } from './fixtures/kafkajs-consumer.js'
import { partitionForKey } from '../host/engine/partitioner.js'

const available = requireTool('kafkajs', () => import.meta.resolve('kafkajs') !== '', 'npm install (kafkajs is a devDependency)')

type KafkaJs = typeof import('kafkajs')

describe.skipIf(!available)('kafkajs: CreatePartitions and topic configs over the durable log', () => {
  let b: RunningBroker
  let dataDir: string
  let kafkajs: KafkaJs
  const client = () => new kafkajs.Kafka({ clientId: 'partitions-test', brokers: [b.bootstrap], logLevel: kafkajs.logLevel.NOTHING, retry: { retries: 3 } })
  /** DescribeConfigs of one topic, entries by config name. */
  const describeConfigs = async (admin: import('kafkajs').Admin, topic: string, configNames: string[]) => {
    const described = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: topic, configNames }] })
    return Object.fromEntries(described.resources[0].configEntries.map((c) => [c.configName, c]))
  }
  /** Restarts the broker and engine over the same data directory; an admin client connected to the new one. */
  const restartWithAdmin = async () => {
    b = await b.restart()
    const admin = client().admin()
    await admin.connect()
    return admin
  }

  beforeAll(async () => {
    kafkajs = await import('kafkajs')
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-kafka-partitions-'))
    b = await startBroker({ groupLimits: { initialRebalanceDelayMs: 0 } }, { dataDir, retentionCheckMs: 100, log: { retentionMs: 3_600_000 } })
  })
  afterAll(async () => {
    await b?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('admin.createPartitions grows a topic; keyed records go to the new partitions and a consumer group reads them', async () => {
    const admin = client().admin()
    await admin.connect()
    try {
      await admin.createTopics({ topics: [{ topic: 'grown', numPartitions: 2 }] })
      await expect(admin.createPartitions({ validateOnly: true, topicPartitions: [{ topic: 'grown', count: 5 }] })).resolves.not.toThrow()
      expect(b.engine.describeTopic('grown').partitions.length).toBe(2)
      await admin.createPartitions({ topicPartitions: [{ topic: 'grown', count: 5 }] })
      const metadata = await admin.fetchTopicMetadata({ topics: ['grown'] })
      expect(metadata.topics[0].partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2, 3, 4])
      await expect(admin.createPartitions({ topicPartitions: [{ topic: 'grown', count: 3 }] })).rejects.toMatchObject({ type: 'INVALID_PARTITIONS' })
      await expect(admin.createPartitions({ topicPartitions: [{ topic: 'grown', count: 6, assignments: [[42]] }] })).rejects.toMatchObject({ type: 'INVALID_REPLICA_ASSIGNMENT' })
    } finally {
      await admin.disconnect()
    }

    const producer = client().producer()
    await producer.connect()
    const keys = Array.from({ length: 50 }, (_, i) => `key-${i}`)
    try {
      for (const key of keys) {
        const [sent] = await producer.send({ topic: 'grown', acks: -1, messages: [{ key, value: `value-of-${key}` }] })
        expect(sent.partition).toBe(partitionForKey(new TextEncoder().encode(key), 5))
      }
      await producer.send({ topic: 'grown', acks: -1, messages: [{ partition: 4, value: 'explicit-4' }] })
    } finally {
      await producer.disconnect()
    }
    const used = new Set(keys.map((key) => partitionForKey(new TextEncoder().encode(key), 5)))
    expect([...used].some((p) => p >= 2)).toBe(true)

    const consumer = client().consumer({ groupId: 'grown-readers', maxWaitTimeInMs: 100 })
    const got: Array<{ partition: number; value: string }> = []
    await consumer.connect()
    try {
      await consumer.subscribe({ topic: 'grown', fromBeginning: true })
      await consumer.run({ eachMessage: async ({ partition, message }) => void got.push({ partition, value: message.value!.toString() }) })
      await until('every record through the group', async () => (got.length >= keys.length + 1 ? true : undefined), 20_000)
    } finally {
      await consumer.disconnect()
    }
    expect(got.find((m) => m.value === 'explicit-4')?.partition).toBe(4)
    // DescribeConfigs shows what the log runs with: the engine's retention, set for the whole broker.
    const admin2 = client().admin()
    await admin2.connect()
    try {
      const entries = await describeConfigs(admin2, 'grown', ['retention.ms', 'segment.ms'])
      expect(entries['retention.ms']).toMatchObject({ configValue: '3600000', configSource: 4, isDefault: false })
      expect(entries['segment.ms']).toMatchObject({ configValue: '604800000', configSource: 5, isDefault: true })
    } finally {
      await admin2.disconnect()
    }
    for (const key of keys) expect(got.find((m) => m.value === `value-of-${key}`)?.partition).toBe(partitionForKey(new TextEncoder().encode(key), 5))
  }, 40_000)

  it('segment.ms and retention.ms set by CreateTopics and AlterConfigs roll and delete segments, and survive a restart', async () => {
    const segmentFiles = () => fs.readdirSync(path.join(dataDir, 'ret-0')).filter((name) => name.endsWith('.log')).length
    let admin = client().admin()
    await admin.connect()
    const producer = client().producer()
    await producer.connect()
    let topicId: string
    try {
      await admin.createTopics({ topics: [{ topic: 'ret', numPartitions: 1, configEntries: [{ name: 'segment.ms', value: '100' }] }] })
      expect(b.engine.topicLogConfig('ret')!.segmentMs).toBe(100)
      for (let i = 0; i < 5; i++) {
        await producer.send({ topic: 'ret', acks: -1, messages: [{ value: `r${i}` }] })
        await new Promise((resolve) => setTimeout(resolve, 150))
      }
      // A batch older than segment.ms in the active segment makes the next append roll.
      expect(segmentFiles()).toBeGreaterThanOrEqual(4)
      expect((await admin.fetchTopicOffsets('ret'))[0]).toMatchObject({ low: '0', high: '5' })

      // AlterConfigs replaces the topic's explicit set: segment.ms stays only because it is named again.
      await admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: 'ret', configEntries: [{ name: 'segment.ms', value: '100' }, { name: 'retention.ms', value: '300' }] }],
      })
      expect(b.engine.topicLogConfig('ret')!.retentionMs).toBe(300)
      await until('retention to delete every segment', async () => {
        const [p] = await admin.fetchTopicOffsets('ret')
        return p.low === '5' ? p : undefined
      })
      await expect(
        admin.alterConfigs({ validateOnly: false, resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: 'ret', configEntries: [{ name: 'retention.ms', value: 'forever' }] }] }),
      ).rejects.toThrow()
      expect(b.engine.topicLogConfig('ret')!.retentionMs).toBe(300)
      topicId = b.broker.topicIds.idOf('ret')
    } finally {
      await producer.disconnect()
      await admin.disconnect()
    }

    admin = await restartWithAdmin()
    try {
      const described = await describeConfigs(admin, 'ret', ['segment.ms', 'retention.ms', 'cleanup.policy'])
      const byName = Object.fromEntries(Object.values(described).map((c) => [c.configName, c.configValue]))
      expect(byName).toEqual({ 'segment.ms': '100', 'retention.ms': '300', 'cleanup.policy': 'delete' })
      expect(b.engine.topicLogConfig('ret')).toMatchObject({ segmentMs: 100, retentionMs: 300 })
      expect(b.broker.topicIds.idOf('ret')).toBe(topicId)
      expect((await admin.fetchTopicOffsets('ret'))[0]).toMatchObject({ low: '5', high: '5' })
      // The grown topic is still grown, with its records.
      const offsets = await admin.fetchTopicOffsets('grown')
      expect(offsets.map((p) => p.partition).sort()).toEqual([0, 1, 2, 3, 4])
      expect(Number(offsets.find((p) => p.partition === 4)!.high)).toBeGreaterThan(0)
    } finally {
      await admin.disconnect()
    }
  }, 40_000)

  it('cleanup.policy=compact,delete: retention.ms deletes the expired segments and compaction keeps the latest record per key', async () => {
    let admin = client().admin()
    await admin.connect()
    const producer = client().producer()
    await producer.connect()
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150))
    try {
      await admin.createTopics({
        topics: [{ topic: 'both', numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact,delete' }, { name: 'retention.ms', value: '60000' }, { name: 'segment.ms', value: '100' }] }],
      })
      expect(b.engine.topicLogConfig('both')).toMatchObject({ cleanupPolicy: 'compact,delete', retentionMs: 60_000, segmentMs: 100 })
      // Offsets 0-2: an hour old (producer timestamps), past retention.ms. 3-10: two keys updated four
      // times, now. 11: a last record that seals the segment of the last update. segment.ms rolls each.
      const hourAgo = String(Date.now() - 3_600_000)
      for (let i = 0; i < 3; i++) {
        await producer.send({ topic: 'both', acks: -1, messages: [{ key: `old${i}`, value: 'expired', timestamp: hourAgo }] })
        await pause()
      }
      for (let round = 0; round < 4; round++) {
        for (const key of ['k0', 'k1']) {
          await producer.send({ topic: 'both', acks: -1, messages: [{ key, value: `${key}-v${round}` }] })
          await pause()
        }
      }
      await producer.send({ topic: 'both', acks: -1, messages: [{ key: 'end', value: 'end' }] })

      // The retention pass (every 100 ms here) compacts, then deletes the expired segments: the files of
      // offsets 0-2 go, those of the superseded updates 3-8 stay (not expired) but compaction empties them.
      const segmentBytes = (): Map<number, number> | undefined => {
        try {
          const dir = path.join(dataDir, 'both-0')
          return new Map(fs.readdirSync(dir).filter((n) => n.endsWith('.log')).map((n) => [Number(n.slice(0, 20)), fs.statSync(path.join(dir, n)).size]))
        } catch {
          return undefined // a compaction swap renamed a file under the listing
        }
      }
      const files = await until('the expired segments to go and the superseded updates to be compacted', async () => {
        const sizes = segmentBytes()
        return sizes !== undefined && [0, 1, 2].every((o) => !sizes.has(o)) && [3, 4, 5, 6, 7, 8].every((o) => sizes.get(o) === 0) ? sizes : undefined
      })
      expect(files.get(9)).toBeGreaterThan(0)
      expect((await admin.fetchTopicOffsets('both'))[0]).toMatchObject({ low: '3', high: '12' })
    } finally {
      await producer.disconnect()
      await admin.disconnect()
    }

    // Fetch serves recent records from the in-memory window, which compaction does not touch (Kafka too
    // may serve superseded records: compaction only promises the latest per key). After a restart the
    // window starts at the log end, and a consumer reads the compacted log.
    admin = await restartWithAdmin()
    try {
      const consumer = client().consumer({ groupId: 'both-readers', maxWaitTimeInMs: 100 })
      const got: Array<{ offset: number; key: string; value: string }> = []
      await consumer.connect()
      try {
        await consumer.subscribe({ topic: 'both', fromBeginning: true })
        await consumer.run({ eachMessage: async ({ message }) => void got.push({ offset: Number(message.offset), key: message.key!.toString(), value: message.value!.toString() }) })
        await until('the topic read to its end', async () => (got.some((m) => m.key === 'end') ? true : undefined), 20_000)
      } finally {
        await consumer.disconnect()
      }
      expect(got.filter((m) => m.key.startsWith('old'))).toEqual([])
      expect(got.map((m) => m.offset)).toEqual([9, 10, 11])
      expect(got.map((m) => m.value)).toEqual(['k0-v3', 'k1-v3', 'end'])

      const entries = await describeConfigs(admin, 'both', ['cleanup.policy', 'retention.ms'])
      expect(entries['cleanup.policy']).toMatchObject({ configValue: 'compact,delete', configSource: 1, isDefault: false })
      expect(entries['retention.ms']).toMatchObject({ configValue: '60000', configSource: 1 })
      // DescribeConfigs' documentation (v3+) says both are acted on, not merely stored.
      const policy = b.broker.describeTopicConfigs('both').find((c) => c.name === 'cleanup.policy')!
      expect(policy.documentation).toMatch(/both \(compact,delete: compaction, then retention\)/)
      expect(policy.documentation).not.toMatch(/not acted on|memory-only/)
    } finally {
      await admin.disconnect()
    }
  }, 60_000)

  it('a topic whose metadata predates compact,delete (log compact, config compact,delete) runs both after a restart', async () => {
    // What an older broker wrote: the Kafka config kept as given, the log reduced to compaction.
    await b.engine.createTopic('legacy-both', { partitions: 1, log: { cleanupPolicy: 'compact', retentionMs: 60_000 } })
    await b.engine.setTopicAttributes('legacy-both', { 'kafka.config.cleanup.policy': 'compact,delete', 'kafka.config.retention.ms': '60000' })
    expect(b.engine.topicLogConfig('legacy-both')!.cleanupPolicy).toBe('compact')
    b = await b.restart()
    const metaPath = path.join(dataDir, 'meta', 'topics', 'legacy-both.json')
    const meta = await until('the metadata to hold both', async () => {
      const log = JSON.parse(fs.readFileSync(metaPath, 'utf8')).log as { cleanupPolicy: string }
      return log.cleanupPolicy === 'compact,delete' ? log : undefined
    })
    expect(meta).toMatchObject({ retentionMs: 60_000 })
    expect(b.engine.topicLogConfig('legacy-both')!.cleanupPolicy).toBe('compact,delete')
    expect(b.broker.describeTopicConfigs('legacy-both').find((c) => c.name === 'cleanup.policy')).toMatchObject({ value: 'compact,delete' })
  }, 30_000)
})

const hasJava = javaClientsAvailable()

describe.skipIf(!hasJava)('Java kafka-clients: CreatePartitions picked up by a subscribed group consumer, incrementalAlterConfigs', () => {
  let b: RunningBroker
  let dataDir: string
  let classpath: string
  beforeAll(async () => {
    classpath = buildJavaClients()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-kafka-partitions-java-'))
    b = await startBroker({ groupLimits: { initialRebalanceDelayMs: 0 } }, { dataDir })
  }, 320_000)
  afterAll(async () => {
    await b?.stop()
    if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('grows a topic under a subscribed consumer, which reads the new partitions; configs apply to the log', async () => {
    const r = await run('java', ['-cp', classpath, 'PartitionsClient', b.bootstrap, 'java-grow'], { timeoutMs: 90_000 })
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout.trim().split('\n').pop() as string)
    expect(out).toMatchObject({ assignedBefore: 2, afterValidateOnly: 2, partitionsAfter: 4, shrinkError: 'InvalidPartitionsException', consumed: 40, assignedAfter: 4 })
    for (const { key, partition } of out.sent as Array<{ key: string; partition: number }>) expect(partition).toBe(partitionForKey(new TextEncoder().encode(key), 4))
    expect(out.consumedPartitions.some((p: number) => p >= 2)).toBe(true)
    expect(out).toMatchObject({ badConfig: 'InvalidConfigurationException', cleanupPolicy: 'compact', retentionBytes: '1048576', retentionBytesSource: 'DYNAMIC_TOPIC_CONFIG' })
    expect(b.engine.topicLogConfig('java-grow')).toMatchObject({ cleanupPolicy: 'compact', retentionBytes: 1048576 })
  }, 100_000)
})
