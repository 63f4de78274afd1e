// Topic administration with python3-confluent-kafka's AdminClient (librdkafka, Debian's package in
// /usr/bin/python3) over a broker with a data directory: create_topics with configs, describe_configs
// (values and sources), create_partitions (validate_only, growth, a refused shrink), alter configs,
// delete_topics, and keyed records from the confluent Producer landing on murmur2 % the grown count.
// The client is python/confluent_admin.py.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandWorks, requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { partitionForKey } from '../host/engine/partitioner.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'python', 'confluent_admin.py')
// Debian's python3-confluent-kafka lives in the system interpreter, not in a pyenv or venv one.
const python = '/usr/bin/python3'
const available = requireTool('python3-confluent-kafka', () => commandWorks(python, ['-c', 'import confluent_kafka']), 'apt-get install -y python3-confluent-kafka (see .ci/run)')

interface Described {
  value: string
  source: string
  isDefault: boolean
}

describe.skipIf(!available)('python3-confluent-kafka: AdminClient topic administration', () => {
  let b: RunningBroker
  let dataDir: string
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-python-admin-'))
    b = await startBroker({}, { dataDir })
  })
  afterAll(async () => {
    await b?.stop()
    if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const client = async (mode: 'admin' | 'delete', topic: string) => {
    const r = await run(python, [program, mode, b.bootstrap, topic], { timeoutMs: 90_000 })
    expect(r.code, r.stderr).toBe(0)
    return JSON.parse(r.stdout.trim().split('\n').pop() as string)
  }

  it('creates with configs, grows (not shrinks) partitions, alters and describes configs, produces by murmur2, deletes', async () => {
    const topic = 'py-admin'
    const out = await client('admin', topic)

    expect(out.badCreate).toBe('INVALID_CONFIG')
    expect(b.engine.listTopics()).not.toContain(`${topic}-bad`)
    const created = out.created as Record<string, Described>
    expect(created['cleanup.policy']).toEqual({ value: 'compact,delete', source: 'DYNAMIC_TOPIC_CONFIG', isDefault: false })
    expect(created['retention.ms']).toEqual({ value: '3600000', source: 'DYNAMIC_TOPIC_CONFIG', isDefault: false })
    expect(created['segment.bytes']).toEqual({ value: '2097152', source: 'DYNAMIC_TOPIC_CONFIG', isDefault: false })
    expect(created['max.message.bytes']).toEqual({ value: '1048588', source: 'DEFAULT_CONFIG', isDefault: true })

    expect(out).toMatchObject({ afterValidateOnly: 2, afterGrowth: 5, shrinkError: 'INVALID_PARTITIONS', afterShrink: 5 })
    expect(b.engine.describeTopic(topic).partitions.length).toBe(5)

    expect(out.badAlter).toBe('INVALID_CONFIG')
    const altered = out.altered as Record<string, Described>
    expect(altered['retention.ms']).toEqual({ value: '7200000', source: 'DYNAMIC_TOPIC_CONFIG', isDefault: false })
    expect(altered['segment.bytes']).toEqual({ value: '4194304', source: 'DYNAMIC_TOPIC_CONFIG', isDefault: false })
    expect(altered['cleanup.policy']).toMatchObject({ value: 'compact,delete', source: 'DYNAMIC_TOPIC_CONFIG' })
    // The configs reached the durable log, and the refused alter changed nothing.
    expect(b.engine.topicLogConfig(topic)).toMatchObject({ retentionMs: 7_200_000, segmentBytes: 4_194_304, cleanupPolicy: 'compact,delete' })

    const sent = out.sent as Array<{ key: string; partition: number; offset: number }>
    expect(sent.length).toBe(40)
    const perPartition = new Map<number, number>()
    for (const { key, partition } of sent) {
      expect(partition, key).toBe(partitionForKey(new TextEncoder().encode(key), 5))
      perPartition.set(partition, (perPartition.get(partition) ?? 0) + 1)
    }
    expect([...perPartition.keys()].some((p) => p >= 2)).toBe(true) // the grown partitions are used
    // The broker holds what the delivery reports say.
    for (const p of b.engine.describeTopic(topic).partitions) expect(p.nextOffset, `partition ${p.partition}`).toBe(perPartition.get(p.partition) ?? 0)

    expect(await client('delete', topic)).toEqual({ deleted: true })
    expect(b.engine.listTopics()).not.toContain(topic)
    expect(fs.existsSync(path.join(dataDir, 'meta', 'topics', `${topic}.json`))).toBe(false)
  }, 120_000)
})
