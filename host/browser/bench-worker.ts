// The publishing side of the browser benchmark (app.ts), in a module Web Worker: either attaches to the
// page's engine through its handle and publishes batches, or posts one Uint8Array per record (the
// postMessage baseline). Start-up is not measured: it reports 'ready' and waits for 'go'.

import { Engine, type EngineHandle } from '../engine/engine.js'
import { RecordBatchBuilder } from '../engine/record-batch.js'

export type WorkerTask =
  | { readonly mode: 'engine'; readonly handle: EngineHandle; readonly topic: string; readonly count: number; readonly batchSize: number; readonly valueBytes: number }
  | { readonly mode: 'postMessage'; readonly count: number; readonly valueBytes: number }

export type WorkerReply = 'ready' | { readonly done: true } | { readonly error: string }

// The DOM lib types `self` as a Window; in a dedicated worker it is a DedicatedWorkerGlobalScope.
interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null
  postMessage(message: unknown): void
}
const scope = self as unknown as WorkerScope

async function run(task: WorkerTask, go: Promise<void>): Promise<void> {
  if (task.mode === 'postMessage') {
    scope.postMessage('ready')
    await go
    for (let i = 0; i < task.count; i++) scope.postMessage(new Uint8Array(task.valueBytes))
    return
  }
  const engine = await Engine.attach(task.handle)
  const builder = new RecordBatchBuilder()
  const value = new Uint8Array(task.valueBytes).fill(7)
  scope.postMessage('ready')
  await go
  for (let sent = 0; sent < task.count; sent += task.batchSize) {
    // Rebuilt every time: encoding is part of what a publisher pays.
    builder.clear()
    const size = Math.min(task.batchSize, task.count - sent)
    for (let i = 0; i < size; i++) builder.addValue(value)
    await engine.publishRecords(task.topic, builder, { partition: 0 })
  }
  await engine.close()
  scope.postMessage({ done: true })
}

let release: () => void = () => {}
const go = new Promise<void>((resolve) => (release = resolve))
scope.onmessage = (event: MessageEvent) => {
  if (event.data === 'go') {
    release()
    return
  }
  run(event.data as WorkerTask, go).catch((error: unknown) => scope.postMessage({ error: String((error as Error)?.stack ?? error) }))
}
