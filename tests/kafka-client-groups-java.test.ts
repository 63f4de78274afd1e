// Consumer groups, committed offsets and idempotent producing with the Java client (the reference
// implementation): tests/fixtures/kafka-clients/group-scenario.ts with java/GroupClient.java.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandWorks, requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { runGroupScenario, runIdempotentScenario, runStaticMembershipScenario, testGroupLimits } from './fixtures/kafka-clients/group-scenario.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const install = 'install a JDK (javac) and Maven (mvn); scripts/kafka-clients/build-java.sh fetches kafka-clients'
const available = requireTool('java (javac + mvn)', () => commandWorks('javac', ['-version']) && commandWorks('mvn', ['-v']), install)
const classpath = `${path.join(repo, '.tmp', 'kafka-clients', 'java')}:${path.join(repo, '.tmp', 'kafka-jars', '*')}`

describe.skipIf(!available)('Java kafka-clients: groups and idempotence', () => {
  let b: RunningBroker
  let dataDir: string
  beforeAll(async () => {
    const built = spawnSync('bash', [path.join(repo, 'scripts', 'kafka-clients', 'build-java.sh')], { encoding: 'utf8', timeout: 300_000 })
    if (built.status !== 0) throw new Error(`building the Java client failed: ${built.stderr}${built.stdout}`)
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-java-groups-'))
    b = await startBroker({ groupLimits: testGroupLimits }, { dataDir })
    await b.broker.ready()
  }, 320_000)
  afterAll(async () => {
    await b?.stop()
    if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('an idempotent producer whose connections are cut writes every record exactly once', async () => {
    const count = 3000
    const result = await runIdempotentScenario(b, 'java-idem', count, () =>
      run('java', ['-cp', classpath, 'GroupClient', 'produce-idempotent', b.bootstrap, 'java-idem', '3', String(count)], { timeoutMs: 120_000 }),
    )
    const out = JSON.parse(result.output)
    expect(out).toMatchObject({ sent: count, errors: 0 })
    expect(result.cuts).toBeGreaterThan(0)
    console.log(`java idempotent producer: ${result.cuts} connection cuts, ${result.duplicateBatches} retried batches answered without a write`)
  }, 130_000)

  it('a static member (group.instance.id) killed and restarted gets its partitions back without a rebalance', async () => {
    await runStaticMembershipScenario(b, 'java', (bootstrap, topic, group) => ({ command: 'java', args: ['-cp', classpath, 'GroupClient', 'consume', bootstrap, topic, group, '50'] }))
  }, 120_000)

  it('three consumers share six partitions, survive a killed member and a broker restart', async () => {
    b = await runGroupScenario(b, dataDir, 'java', (bootstrap, topic, group) => ({
      command: 'java',
      args: ['-cp', classpath, 'GroupClient', 'consume', bootstrap, topic, group, '150'],
    }))
  }, 240_000)
})
