// kafkajs (npm) against the Kafka broker: produce (acks all and 1, gzip), consume assigned partitions
// from the beginning and from an offset, create/describe/delete a topic, and records crossing between the
// embedded API and Kafka clients in both directions.

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'js', 'kafkajs-client.mjs')
const available = requireTool('kafkajs', () => import.meta.resolve('kafkajs') !== '', 'npm install (kafkajs is a devDependency)')

describe.skipIf(!available)('kafkajs client', () => {
  let b: RunningBroker
  beforeAll(async () => {
    b = await startBroker()
  })
  afterAll(async () => {
    await b?.stop()
  })

  for (const codec of ['none', 'gzip']) {
    it(`produces, consumes and administers topics (${codec})`, async () => {
      const prefix = `kafkajs-${codec}`
      await prepareScenario(b, prefix)
      const r = await run('node', [program, b.bootstrap, prefix, codec])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      await expectScenario(b, prefix, JSON.parse(r.stdout.trim().split('\n').pop() as string))
    })
  }

  it.todo('sees its data again after a broker restart (needs the durable log: Engine.open({ dataDir }))')
})
