// Consumer groups, committed offsets and idempotent producing with franz-go (idempotent by default):
// tests/fixtures/kafka-clients/group-scenario.ts with go/groups.go.

import { describe, expect, it } from 'vitest'
import { run, buildGoClient, goClientAvailable, franzClient } from './fixtures/kafka-clients/harness.js'
import { runGroupScenario, runIdempotentScenario, runStaticMembershipScenario, groupBrokerSuite } from './fixtures/kafka-clients/group-scenario.js'

const binary = franzClient
const available = goClientAvailable()

describe.skipIf(!available)('franz-go: groups and idempotence', () => {
  const s = groupBrokerSuite('sluice-franz-groups-', {
    prepare: () => {
      buildGoClient()
    },
  })

  it('an idempotent producer whose connections are cut writes every record exactly once', async () => {
    const count = 3000
    const result = await runIdempotentScenario(s.b, 'franz-idem', count, () => run(binary, ['produce-idempotent', s.b.bootstrap, 'franz-idem', '3', String(count)], { timeoutMs: 120_000 }))
    expect(JSON.parse(result.output)).toMatchObject({ sent: count, errors: 0 })
    expect(result.cuts).toBeGreaterThan(0)
    console.log(`franz-go idempotent producer: ${result.cuts} connection cuts, ${result.duplicateBatches} retried batches answered without a write`)
  }, 130_000)

  it('a static member (group.instance.id) killed and restarted gets its partitions back without a rebalance', async () => {
    await runStaticMembershipScenario(s.b, 'franz', (bootstrap, topic, group) => ({ command: binary, args: ['group-consume', bootstrap, topic, group, '50'] }))
  }, 120_000)

  it('three consumers share six partitions, survive a killed member and a broker restart', async () => {
    s.b = await runGroupScenario(s.b, s.dataDir, 'franz', (bootstrap, topic, group) => ({ command: binary, args: ['group-consume', bootstrap, topic, group, '150'] }))
  }, 240_000)
})
