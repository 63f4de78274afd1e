// DeleteRecords over the wire (kafkajs admin) moves a durable partition's log start offset; consumers then
// start there, and the move survives a restart.
import { afterEach, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { Engine } from '../host/engine/engine.js'
import { KafkaBroker } from '../host/kafka/broker.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function start(dataDir: string) {
  const engine = await Engine.open({ memoryBytes: 256 * 1024 * 1024, topicsMax: 256, dataDir })
  const broker = new KafkaBroker(engine, { port: 0 })
  const { port } = await broker.start()
  const stop = async () => {
    await broker.stop()
    await engine.close()
  }
  return { engine, stop, admin: new Kafka({ brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING }).admin() }
}

it('deletes records below an offset of a durable partition, for consumers and across a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sluice-delete-records-'))
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }))
  const first = await start(dataDir)
  await first.engine.createTopic('trimmed', { partitions: 1 })
  await first.engine.publishBatch('trimmed', Array.from({ length: 100 }, (_, i) => ({ value: `v${i}` })))
  await first.admin.connect()
  await first.admin.fetchTopicMetadata({ topics: ['trimmed'] }) // kafkajs needs the leaders first
  await first.admin.deleteTopicRecords({ topic: 'trimmed', partitions: [{ partition: 0, offset: '60' }] })
  const offsets = await first.admin.fetchTopicOffsets('trimmed')
  expect(offsets[0]).toMatchObject({ partition: 0, low: '60', high: '100' })
  await first.admin.disconnect()
  await first.stop()

  const second = await start(dataDir)
  cleanups.push(second.stop)
  await second.admin.connect()
  const after = await second.admin.fetchTopicOffsets('trimmed')
  expect(after[0]).toMatchObject({ low: '60', high: '100' })
  const subscription = second.engine.subscribe('trimmed', { from: 'earliest' })
  const [first60] = await subscription.nextBatch()
  expect(first60.offset).toBe(60)
  subscription.close()
  await second.admin.disconnect()
})
