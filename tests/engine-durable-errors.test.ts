// A disk error through the engine: the log's writes fail with ENOSPC on one partition. Publishes to that
// partition fail with KAFKA_STORAGE_ERROR (the waiting one and every later one), the process stays up,
// other partitions and topics keep taking and serving records, and the failed partition stays readable.
import { expect, it } from 'vitest'
import type { FileHandle } from 'node:fs/promises'
import { engineScope, take, text } from './fixtures/engines.js'
import { defaultLogIo } from '../host/log/segment.js'

const engines = engineScope('sluice-durable-errors-')

/**
 * writev that fails with ENOSPC from call number `failFrom` on, on the file that call wrote (a full disk
 * seen by one partition's log first); the other files keep working so that the test can tell partitions apart.
 */
function failingWritev(failFrom: number) {
  let calls = 0
  const failing = new Set<number>()
  return {
    get calls() {
      return calls
    },
    writev(handle: FileHandle, buffers: Uint8Array[], position: number): Promise<void> {
      calls++
      if (calls === failFrom) failing.add(handle.fd)
      if (failing.has(handle.fd)) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }))
      return defaultLogIo.writev(handle, buffers, position)
    },
  }
}

it.each(['os', 'fsync'] as const)("publishes to a partition whose disk is full fail with KAFKA_STORAGE_ERROR; the rest keeps working (durability '%s')", async (durability) => {
  const dataDir = engines.tempDir()
  const io = failingWritev(6)
  const events: Array<Record<string, unknown>> = []
  const engine = await engines.open({
    memoryBytes: 64 * 1024 * 1024,
    topicsMax: 16,
    dataDir,
    durability,
    logIo: { writev: (handle, buffers, position) => io.writev(handle, buffers, position) },
    logEvents: (event) => events.push(event as Record<string, unknown>),
  })
  await engine.createTopic('full', { partitions: 2 })
  await engine.createTopic('other')
  // Five writes succeed (one per publish: each waits for its durability before the next).
  const acknowledged: number[] = []
  for (let i = 0; i < 5; i++) acknowledged.push((await engine.publish('full', { value: `ok-${i}`, partition: 0 })).offset)
  expect(acknowledged).toEqual([0, 1, 2, 3, 4])

  // The sixth write fails: that publish is rejected with a clear, Kafka-mapped error.
  const failed = await engine.publish('full', { value: 'lost', partition: 0 }).catch((error: unknown) => error)
  expect(failed).toMatchObject({ code: 'KAFKA_STORAGE_ERROR' })
  expect((failed as Error).message).toMatch(/full\[0\].*read-only after a disk error/)
  expect(events.some((event) => event.event === 'log-read-only' && event.code === 'ENOSPC')).toBe(true)
  expect(events.some((event) => event.event === 'partition-read-only' && event.topic === 'full' && event.partition === 0)).toBe(true)

  // Later publishes to that partition fail at once, batches too.
  await expect(engine.publish('full', { value: 'later', partition: 0 })).rejects.toMatchObject({ code: 'KAFKA_STORAGE_ERROR' })
  await expect(engine.publishBatch('full', [{ value: 'a', partition: 0 }, { value: 'b', partition: 0 }])).rejects.toMatchObject({ code: 'KAFKA_STORAGE_ERROR' })

  // The other partition of the same topic, and another topic, keep working: acknowledged and readable.
  for (let i = 0; i < 20; i++) await engine.publish('full', { value: `p1-${i}`, partition: 1 })
  await engine.publishBatch('other', Array.from({ length: 100 }, (_, i) => ({ value: `other-${i}` })))
  const other = engine.subscribe('other', { from: 'earliest' })
  expect((await take(other, 100)).map((m) => text(m.value))).toEqual(Array.from({ length: 100 }, (_, i) => `other-${i}`))
  other.close()
  const partitionOne = engine.subscribe('full', { from: 'earliest', partitions: [1] })
  expect((await take(partitionOne, 20)).map((m) => text(m.value))).toEqual(Array.from({ length: 20 }, (_, i) => `p1-${i}`))
  partitionOne.close()

  // The failed partition stays readable: every acknowledged record is served, by subscription and by read().
  const failedPartition = engine.subscribe('full', { from: 'earliest', partitions: [0] })
  const read = await take(failedPartition, 5)
  expect(read.slice(0, 5).map((m) => [m.offset, text(m.value)])).toEqual(acknowledged.map((offset) => [offset, `ok-${offset}`]))
  failedPartition.close()
  const fetched = await engine.readBatches('full', 0, 0, 1024 * 1024)
  expect(fetched.bytes.length).toBeGreaterThan(0)

  // Closing works (the failed log skips its clean marker); the acknowledged records survive a reopen.
  await engines.close(engine)
  const reopened = await engines.open({ memoryBytes: 64 * 1024 * 1024, topicsMax: 16, dataDir })
  const again = reopened.subscribe('full', { from: 'earliest', partitions: [0] })
  expect((await take(again, 5)).map((m) => text(m.value))).toEqual(acknowledged.map((offset) => `ok-${offset}`))
  again.close()
  await reopened.publish('full', { value: 'after restart', partition: 0 }) // writable again once the disk is
})
