// Data produced by a Kafka client is there again after the broker and engine restart over the same data
// directory (the durable log).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { Engine } from '../host/engine/engine.js'
import { KafkaBroker } from '../host/kafka/broker.js'
import { commandWorks, requireTool, run } from './fixtures/kafka-clients/harness.js'

const hasKcat = requireTool('kcat', () => commandWorks('kcat', ['-V']), 'apt-get install -y kcat (see .ci/run)')

async function open(dataDir: string): Promise<{ engine: Engine; broker: KafkaBroker; bootstrap: string }> {
  const engine = await Engine.open({ memoryBytes: 128 * 1024 * 1024, dataDir })
  const broker = new KafkaBroker(engine, { port: 0 })
  const { port } = await broker.start()
  return { engine, broker, bootstrap: `127.0.0.1:${port}` }
}

it.skipIf(!hasKcat)('a Kafka client sees its data again after a broker restart (kcat)', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-kafka-restart-'))
  try {
    const first = await open(dataDir)
    const lines = Array.from({ length: 20 }, (_, i) => `r-${i}`).join('\n') + '\n'
    const p = await run('kcat', ['-P', '-b', first.bootstrap, '-t', 'durable', '-p', '0', '-z', 'gzip', '-X', 'acks=all'], { input: lines })
    expect(p.code, p.stderr).toBe(0)
    await first.broker.stop()
    await first.engine.close()
    const second = await open(dataDir)
    try {
      const c = await run('kcat', ['-C', '-b', second.bootstrap, '-t', 'durable', '-p', '0', '-o', 'beginning', '-e', '-q', '-f', '%s\n'])
      expect(c.stdout.trim().split('\n')).toEqual(Array.from({ length: 20 }, (_, i) => `r-${i}`))
    } finally {
      await second.broker.stop()
      await second.engine.close()
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
