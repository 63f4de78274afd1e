// franz-go (Go module) against the Kafka broker: kadm create/describe/delete, kgo produce with every
// compression codec, consume assigned partitions (no group) from the beginning and from an offset; its
// data again after a broker restart (fixtures/kafka-clients/restart-scenario.ts, go/restart.go).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run, startBroker, type RunningBroker, buildGoClient, goClientAvailable, franzClient } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'
import { runRestartScenario } from './fixtures/kafka-clients/restart-scenario.js'

const binary = franzClient
const available = goClientAvailable()

describe.skipIf(!available)('franz-go client', () => {
  let b: RunningBroker
  beforeAll(async () => {
    buildGoClient()
    b = await startBroker()
  }, 320_000)
  afterAll(async () => {
    await b?.stop()
  })

  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    it(`produces, consumes and administers topics (${codec})`, async () => {
      const prefix = `franz-${codec}`
      await prepareScenario(b, prefix)
      const r = await run(binary, [b.bootstrap, prefix, codec])
      expect(r.code, r.stderr).toBe(0)
      await expectScenario(b, prefix, JSON.parse(r.stdout.trim().split('\n').pop() as string))
    })
  }
  it('sees its data again after a broker restart (acks=all, zstd)', async () => {
    await runRestartScenario(
      'franz',
      (bootstrap, topic, count) => run(binary, ['restart-produce', bootstrap, topic, String(count)], { timeoutMs: 25_000 }),
      (bootstrap, topic, partitions) => run(binary, ['restart-consume', bootstrap, topic, String(partitions)], { timeoutMs: 25_000 }),
    )
  }, 30_000)
})
