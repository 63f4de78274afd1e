// Consumer groups, committed offsets and idempotent producing with kafkajs:
// tests/fixtures/kafka-clients/group-scenario.ts with js/kafkajs-group.mjs.

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { requireTool, run } from './fixtures/kafka-clients/harness.js'
import { runGroupScenario, runIdempotentScenario, groupBrokerSuite } from './fixtures/kafka-clients/group-scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'js', 'kafkajs-group.mjs')
const available = requireTool('kafkajs', () => import.meta.resolve('kafkajs') !== '', 'npm install (kafkajs is a devDependency)')

describe.skipIf(!available)('kafkajs: groups and idempotence', () => {
  const s = groupBrokerSuite('sluice-kafkajs-groups-')

  it('an idempotent producer whose connections are cut writes every record exactly once', async () => {
    const count = 3000
    const result = await runIdempotentScenario(s.b, 'kafkajs-idem', count, () => run('node', [program, 'produce-idempotent', s.b.bootstrap, 'kafkajs-idem', '3', String(count)], { timeoutMs: 120_000 }))
    expect(JSON.parse(result.output)).toMatchObject({ sent: count, errors: 0 })
    expect(result.cuts).toBeGreaterThan(0)
    console.log(`kafkajs idempotent producer: ${result.cuts} connection cuts, ${result.duplicateBatches} retried batches answered without a write`)
  }, 130_000)

  it('three consumers share six partitions, survive a killed member and a broker restart', async () => {
    s.b = await runGroupScenario(s.b, s.dataDir, 'kafkajs', (bootstrap, topic, group) => ({ command: 'node', args: [program, 'consume', bootstrap, topic, group, '150'] }))
  }, 240_000)
})
