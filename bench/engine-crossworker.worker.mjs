// The publishing side of engine-crossworker.bench.mjs.
import { parentPort, workerData } from 'node:worker_threads'
import { Engine, RecordBatchBuilder } from '../dist/index.js'

const { mode, count, valueBytes } = workerData
// Start-up (module load, wasm instantiation) is not what we measure: report ready, wait for the go.
const go = new Promise((resolve) => parentPort.once('message', resolve))
const engine = mode === 'postMessage' ? null : await Engine.attach(workerData.handle)
parentPort.postMessage('ready')
await go

if (mode === 'postMessage') {
  for (let i = 0; i < count; i++) parentPort.postMessage(new Uint8Array(valueBytes))
} else if (mode === 'engine') {
  const { topic, batchSize } = workerData
  // Records are built once and reused: we measure the engine, not the allocation of test data.
  const records = Array.from({ length: batchSize }, () => ({ value: new Uint8Array(valueBytes) }))
  if (batchSize === 1) {
    for (let i = 0; i < count; i++) await engine.publish(topic, records[0])
  } else {
    for (let sent = 0; sent < count; sent += batchSize) await engine.publishBatch(topic, records)
  }
  await engine.close()
} else if (mode === 'built') {
  const { topic, batchSize } = workerData
  const builder = new RecordBatchBuilder()
  const value = new Uint8Array(valueBytes)
  for (let sent = 0; sent < count; sent += batchSize) {
    // The batch is rebuilt every time: encoding is part of what a publisher pays.
    builder.clear()
    for (let i = 0; i < batchSize; i++) builder.addValue(value)
    await engine.publishRecords(topic, builder, { partition: 0 })
  }
  await engine.close()
} else if (mode === 'latency') {
  const value = new Uint8Array(100)
  const view = new DataView(value.buffer)
  // Sleep between sends (Atomics.wait blocks this thread without spinning): with a spinning subscriber on
  // the other core, a spinning publisher as well would leave nothing for anything else on 2 vCPUs.
  const sleeper = new Int32Array(new SharedArrayBuffer(4))
  for (let i = 0; i < count; i++) {
    Atomics.wait(sleeper, 0, 0, workerData.gapMicros / 1000)
    view.setFloat64(0, performance.timeOrigin + performance.now(), true)
    await engine.publish(workerData.topic, { value })
  }
  await engine.close()
}
