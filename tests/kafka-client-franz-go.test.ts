// franz-go (Go module) against the Kafka broker: kadm create/describe/delete, kgo produce with every
// compression codec, consume assigned partitions (no group) from the beginning and from an offset; its
// data again after a broker restart (fixtures/kafka-clients/restart-scenario.ts, go/restart.go).

import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandWorks, requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'
import { runRestartScenario } from './fixtures/kafka-clients/restart-scenario.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const binary = path.join(repo, '.tmp', 'kafka-clients', 'franz-client')
const available = requireTool('go (to build franz-go)', () => commandWorks('go', ['version']), 'install Go, then scripts/kafka-clients/build-go.sh fetches franz-go from the module proxy')

describe.skipIf(!available)('franz-go client', () => {
  let b: RunningBroker
  beforeAll(async () => {
    const built = spawnSync('bash', [path.join(repo, 'scripts', 'kafka-clients', 'build-go.sh')], { encoding: 'utf8', timeout: 300_000 })
    if (built.status !== 0) throw new Error(`building the franz-go client failed: ${built.stderr}`)
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
