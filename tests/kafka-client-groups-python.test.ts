// Consumer groups, committed offsets and idempotent producing with python3-confluent-kafka (librdkafka
// through Debian's python3-confluent-kafka in /usr/bin/python3): subscribe() with the range assignor and
// synchronous manual commits, and a Producer with enable.idempotence=true:
// tests/fixtures/kafka-clients/group-scenario.ts with python/confluent_group.py.

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { commandWorks, requireTool, run } from './fixtures/kafka-clients/harness.js'
import { runGroupScenario, runIdempotentScenario, runStaticMembershipScenario, groupBrokerSuite } from './fixtures/kafka-clients/group-scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const program = path.join(here, 'fixtures', 'kafka-clients', 'python', 'confluent_group.py')
// Debian's python3-confluent-kafka lives in the system interpreter, not in a pyenv or venv one.
const python = '/usr/bin/python3'
const available = requireTool('python3-confluent-kafka', () => commandWorks(python, ['-c', 'import confluent_kafka']), 'apt-get install -y python3-confluent-kafka (see .ci/run)')

describe.skipIf(!available)('python3-confluent-kafka: groups and idempotence', () => {
  const s = groupBrokerSuite('sluice-python-groups-')

  it('an idempotent producer whose connections are cut writes every record exactly once', async () => {
    const count = 3000
    const result = await runIdempotentScenario(s.b, 'python-idem', count, () => run(python, [program, 'produce-idempotent', s.b.bootstrap, 'python-idem', '3', String(count)], { timeoutMs: 120_000 }))
    expect(JSON.parse(result.output)).toMatchObject({ sent: count, errors: 0 })
    expect(result.cuts).toBeGreaterThan(0)
    console.log(`confluent-kafka-python idempotent producer: ${result.cuts} connection cuts, ${result.duplicateBatches} retried batches answered without a write`)
  }, 130_000)

  it('a static member (group.instance.id) killed and restarted gets its partitions back without a rebalance', async () => {
    await runStaticMembershipScenario(s.b, 'python', (bootstrap, topic, group) => ({ command: python, args: [program, 'consume', bootstrap, topic, group, '50'] }))
  }, 120_000)

  it('three consumers share six partitions, survive a killed member and a broker restart', async () => {
    s.b = await runGroupScenario(s.b, s.dataDir, 'python', (bootstrap, topic, group) => ({ command: python, args: [program, 'consume', bootstrap, topic, group, '150'] }))
  }, 240_000)
})
