// @platformatic/kafka (npm) against the Kafka broker: produce (acks all, gzip, snappy, lz4), consume with Fetch v17 (topic ids), consume assigned partitions
// from the beginning and from an offset, create/describe/delete a topic, and records crossing between the
// embedded API and Kafka clients in both directions, and its data again after a broker restart
// (fixtures/kafka-clients/restart-scenario.ts with js/platformatic-restart.mjs).

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'
import { runRestartScenario } from './fixtures/kafka-clients/restart-scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'js', 'platformatic-client.mjs')
const restartProgram = path.join(here, 'fixtures', 'kafka-clients', 'js', 'platformatic-restart.mjs')
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

  it('sees its data again after a broker restart (acks=all, lz4)', async () => {
    await runRestartScenario(
      'platformatic',
      (bootstrap, topic, count) => run('node', [restartProgram, 'restart-produce', bootstrap, topic, String(count)], { timeoutMs: 25_000 }),
      (bootstrap, topic, partitions) => run('node', [restartProgram, 'restart-consume', bootstrap, topic, String(partitions)], { timeoutMs: 25_000 }),
    )
  }, 30_000)
})
