// kafkajs (npm) against the Kafka broker: produce (acks all and 1, gzip), consume assigned partitions
// from the beginning and from an offset, create/describe/delete a topic, and records crossing between the
// embedded API and Kafka clients in both directions, and its data again after a broker restart
// (fixtures/kafka-clients/restart-scenario.ts with js/kafkajs-restart.mjs).

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'
import { runRestartScenario } from './fixtures/kafka-clients/restart-scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'js', 'kafkajs-client.mjs')
const restartProgram = path.join(here, 'fixtures', 'kafka-clients', 'js', 'kafkajs-restart.mjs')
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

  it('sees its data again after a broker restart (acks=all, gzip)', async () => {
    await runRestartScenario(
      'kafkajs',
      (bootstrap, topic, count) => run('node', [restartProgram, 'restart-produce', bootstrap, topic, String(count)], { timeoutMs: 25_000 }),
      (bootstrap, topic, partitions) => run('node', [restartProgram, 'restart-consume', bootstrap, topic, String(partitions)], { timeoutMs: 25_000 }),
    )
  }, 30_000)
})
