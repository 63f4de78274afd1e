// Consumer groups, committed offsets and idempotent producing with the Java client (the reference
// implementation): tests/fixtures/kafka-clients/group-scenario.ts with java/GroupClient.java.

import { describe, expect, it } from 'vitest'
import { run, buildJavaClients, javaClientsAvailable, javaClasspath } from './fixtures/kafka-clients/harness.js'
import { runGroupScenario, runIdempotentScenario, runStaticMembershipScenario, groupBrokerSuite } from './fixtures/kafka-clients/group-scenario.js'

const available = javaClientsAvailable()
const classpath = javaClasspath

describe.skipIf(!available)('Java kafka-clients: groups and idempotence', () => {
  const s = groupBrokerSuite('sluice-java-groups-', {
    prepare: () => {
      buildJavaClients()
    },
  })

  it('an idempotent producer whose connections are cut writes every record exactly once', async () => {
    const count = 3000
    const result = await runIdempotentScenario(s.b, 'java-idem', count, () =>
      run('java', ['-cp', classpath, 'GroupClient', 'produce-idempotent', s.b.bootstrap, 'java-idem', '3', String(count)], { timeoutMs: 120_000 }),
    )
    const out = JSON.parse(result.output)
    expect(out).toMatchObject({ sent: count, errors: 0 })
    expect(result.cuts).toBeGreaterThan(0)
    console.log(`java idempotent producer: ${result.cuts} connection cuts, ${result.duplicateBatches} retried batches answered without a write`)
  }, 130_000)

  it('a static member (group.instance.id) killed and restarted gets its partitions back without a rebalance', async () => {
    await runStaticMembershipScenario(s.b, 'java', (bootstrap, topic, group) => ({ command: 'java', args: ['-cp', classpath, 'GroupClient', 'consume', bootstrap, topic, group, '50'] }))
  }, 120_000)

  it('three consumers share six partitions, survive a killed member and a broker restart', async () => {
    s.b = await runGroupScenario(s.b, s.dataDir, 'java', (bootstrap, topic, group) => ({
      command: 'java',
      args: ['-cp', classpath, 'GroupClient', 'consume', bootstrap, topic, group, '150'],
    }))
  }, 240_000)
})
