// @platformatic/kafka (npm) against the Kafka broker: produce (acks all, gzip, snappy, lz4), consume with Fetch v17 (topic ids), consume assigned partitions
// from the beginning and from an offset, create/describe/delete a topic, and records crossing between the
// embedded API and Kafka clients in both directions.

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'js', 'platformatic-client.mjs')
const available = requireTool('@platformatic/kafka', () => import.meta.resolve('@platformatic/kafka') !== '', 'npm install (kafkajs is a devDependency)')

describe.skipIf(!available)('@platformatic/kafka client', () => {
  let b: RunningBroker
  beforeAll(async () => {
    b = await startBroker()
  })
  afterAll(async () => {
    await b?.stop()
  })

  for (const codec of ['none', 'gzip', 'snappy', 'lz4']) {
    it(`produces, consumes and administers topics (${codec})`, async () => {
      const prefix = `platformatic-${codec}`
      await prepareScenario(b, prefix)
      const r = await run('node', [program, b.bootstrap, prefix, codec])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      await expectScenario(b, prefix, JSON.parse(r.stdout.trim().split('\n').pop() as string))
    })
  }

  it.todo('sees its data again after a broker restart (needs the durable log: Engine.open({ dataDir }))')
})
