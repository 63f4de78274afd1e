// The Java client (org.apache.kafka:kafka-clients from Maven Central) against the Kafka broker: Admin
// create/describe/alter-configs/delete, list offsets (latest, by timestamp), KafkaProducer with every
// compression codec, KafkaConsumer with assign() + seek (no group) from the beginning and from an offset;
// its data again after a broker restart (fixtures/kafka-clients/restart-scenario.ts, java/RestartClient.java).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run, startBroker, type RunningBroker, buildJavaClients, javaClientsAvailable, javaClasspath } from './fixtures/kafka-clients/harness.js'
import { expectScenario, prepareScenario } from './fixtures/kafka-clients/scenario.js'
import { runRestartScenario } from './fixtures/kafka-clients/restart-scenario.js'

const available = javaClientsAvailable()
const classpath = javaClasspath

describe.skipIf(!available)('Java kafka-clients', () => {
  let b: RunningBroker
  beforeAll(async () => {
    buildJavaClients()
    b = await startBroker()
  }, 320_000)
  afterAll(async () => {
    await b?.stop()
  })

  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    it(`produces, consumes and administers topics (${codec})`, async () => {
      const prefix = `java-${codec}`
      await prepareScenario(b, prefix)
      const r = await run('java', ['-cp', classpath, 'ScenarioClient', b.bootstrap, prefix, codec], { timeoutMs: 120_000 })
      expect(r.code, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout.trim().split('\n').pop() as string)
      expect(out.cleanupPolicy).toBe('compact')
      await expectScenario(b, prefix, out)
    }, 130_000)
  }
  it('sees its data again after a broker restart (acks=all, snappy)', async () => {
    await runRestartScenario(
      'java',
      (bootstrap, topic, count) => run('java', ['-cp', classpath, 'RestartClient', 'restart-produce', bootstrap, topic, String(count)], { timeoutMs: 25_000 }),
      (bootstrap, topic, partitions) => run('java', ['-cp', classpath, 'RestartClient', 'restart-consume', bootstrap, topic, String(partitions)], { timeoutMs: 25_000 }),
    )
  }, 60_000)
})
