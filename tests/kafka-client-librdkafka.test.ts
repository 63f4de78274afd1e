// librdkafka clients against the Kafka broker: python3-confluent-kafka (admin create/describe/delete,
// produce with every compression codec, consume assigned partitions from the beginning and from an
// offset) and kcat (produce with compression to an auto-created topic, describe it with -L, consume from
// the beginning and from an offset; kcat has no admin api, so it cannot create or delete explicitly).
// Both see their data again after a broker restart (fixtures/kafka-clients/restart-scenario.ts; python/
// confluent_restart.py, and kcat -P / -C -J from the test).

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandWorks, requireTool, run, startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'
import { embeddedValues, expectScenario, expectedEmbedded, prepareScenario } from './fixtures/kafka-clients/scenario.js'
import { restartValue, runRestartScenario } from './fixtures/kafka-clients/restart-scenario.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const pythonProgram = path.join(here, 'fixtures', 'kafka-clients', 'python', 'confluent_client.py')
const pythonRestartProgram = path.join(here, 'fixtures', 'kafka-clients', 'python', 'confluent_restart.py')
// Debian's python3-confluent-kafka lives in the system interpreter, not in a pyenv or venv one.
const python = '/usr/bin/python3'
const install = 'apt-get install -y kcat python3-confluent-kafka (see .ci/run)'
const hasPython = requireTool('python3-confluent-kafka', () => commandWorks(python, ['-c', 'import confluent_kafka']), install)
const hasKcat = requireTool('kcat', () => commandWorks('kcat', ['-V']), install)

let b: RunningBroker
beforeAll(async () => {
  b = await startBroker({ defaultPartitions: 3 })
})
afterAll(async () => {
  await b?.stop()
})

describe.skipIf(!hasPython)('python3-confluent-kafka client', () => {
  for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    it(`produces, consumes and administers topics (${codec})`, async () => {
      const prefix = `py-${codec}`
      await prepareScenario(b, prefix)
      const r = await run(python, [pythonProgram, b.bootstrap, prefix, codec], { timeoutMs: 90_000 })
      expect(r.code, r.stderr).toBe(0)
      await expectScenario(b, prefix, JSON.parse(r.stdout.trim().split('\n').pop() as string))
    })
  }
  it('sees its data again after a broker restart (acks=all, zstd)', async () => {
    await runRestartScenario(
      'py',
      (bootstrap, topic, count) => run(python, [pythonRestartProgram, 'restart-produce', bootstrap, topic, String(count)], { timeoutMs: 25_000 }),
      (bootstrap, topic, partitions) => run(python, [pythonRestartProgram, 'restart-consume', bootstrap, topic, String(partitions)], { timeoutMs: 25_000 }),
    )
  }, 30_000)
})

describe.skipIf(!hasKcat)('kcat client', () => {
  for (const codec of ['snappy', 'lz4']) {
    it(`produces to an auto-created topic, describes it and consumes it (${codec})`, async () => {
      const topic = `kcat-${codec}-t`
      for (let p = 0; p < 3; p++) {
        const lines = Array.from({ length: 30 }, (_, i) => i).filter((i) => i % 3 === p).map((i) => `k-${i}:v-${i}`).join('\n') + '\n'
        const r = await run('kcat', ['-P', '-b', b.bootstrap, '-t', topic, '-p', String(p), '-K:', '-z', codec, '-X', 'acks=all', '-X', 'enable.idempotence=false'], { input: lines })
        expect(r.code, r.stderr).toBe(0)
      }
      const listed = await run('kcat', ['-L', '-b', b.bootstrap, '-t', topic, '-J'])
      expect(listed.code, listed.stderr).toBe(0)
      const meta = JSON.parse(listed.stdout)
      expect(meta.topics[0].partitions).toHaveLength(3)
      expect(meta.brokers[0].id).toBe(0)
      const fromStart = await run('kcat', ['-C', '-b', b.bootstrap, '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-q', '-f', '%k=%s\n'])
      expect(fromStart.code, fromStart.stderr).toBe(0)
      expect(fromStart.stdout.trim().split('\n')).toEqual(Array.from({ length: 10 }, (_, j) => `k-${3 * j}=v-${3 * j}`))
      const fromOffset = await run('kcat', ['-C', '-b', b.bootstrap, '-t', topic, '-p', '1', '-o', '2', '-e', '-q', '-f', '%o:%s\n'])
      expect(fromOffset.stdout.trim().split('\n')).toEqual(Array.from({ length: 8 }, (_, j) => `${j + 2}:v-${3 * (j + 2) + 1}`))
      // The data went through the engine: the embedded API reads what kcat produced.
      expect(await embeddedValues(b, topic, 30)).toHaveLength(30)
    })
  }

  it('reads records published through the embedded API, and the embedded API reads its records', async () => {
    const prefix = 'kcat-cross'
    await prepareScenario(b, prefix)
    const r = await run('kcat', ['-C', '-b', b.bootstrap, '-t', `${prefix}-embedded`, '-p', '0', '-o', 'beginning', '-e', '-q', '-f', '%s\n'])
    expect(r.stdout.trim().split('\n')).toEqual(expectedEmbedded)
    const lines = Array.from({ length: 5 }, (_, i) => `e-${i}`).join('\n') + '\n'
    const p = await run('kcat', ['-P', '-b', b.bootstrap, '-t', `${prefix}-to-embedded`, '-p', '0', '-z', 'gzip'], { input: lines })
    expect(p.code, p.stderr).toBe(0)
    expect(await embeddedValues(b, `${prefix}-to-embedded`, 5)).toEqual(Array.from({ length: 5 }, (_, i) => `e-${i}`))
  })

  it('sees its data again after a broker restart (acks=all, gzip)', async () => {
    await runRestartScenario(
      'kcat',
      // One kcat -P per partition (-p), key:value lines (-K:), acks=all.
      async (bootstrap, topic, count) => {
        for (let p = 0; p < 3; p++) {
          const lines = Array.from({ length: count }, (_, i) => i).filter((i) => i % 3 === p).map((i) => `k-${i}:${restartValue(i)}`).join('\n') + '\n'
          const r = await run('kcat', ['-P', '-b', bootstrap, '-t', topic, '-p', String(p), '-K:', '-z', 'gzip', '-X', 'acks=all', '-X', 'enable.idempotence=false'], { input: lines, timeoutMs: 15_000 })
          if (r.code !== 0) return r
        }
        return { code: 0, stdout: '', stderr: '' }
      },
      // Every partition from the beginning to its end (-e), one JSON envelope per message (-J).
      async (bootstrap, topic) => {
        const r = await run('kcat', ['-C', '-b', bootstrap, '-t', topic, '-o', 'beginning', '-e', '-q', '-J'], { timeoutMs: 20_000 })
        const records = r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => {
          const m = JSON.parse(l) as { partition: number; offset: number; key: string | null; payload: string | null }
          return [m.partition, m.offset, m.key, m.payload]
        })
        return { ...r, stdout: JSON.stringify({ records }) }
      },
    )
  }, 30_000)
})
