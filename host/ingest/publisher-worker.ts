// Entry of a publisher worker thread (worker_threads): attaches to the engine and the ingest arena posted
// by the IngestServer and runs one Publisher until the server sets the worker's stop flag.

import { parentPort, workerData } from 'node:worker_threads'
import { Engine, type EngineHandle } from '../engine/engine.js'
import { IngestArena, type ArenaHandle } from './arena.js'
import { Publisher, type PublisherConfig } from './publisher.js'

interface PublisherWorkerData {
  readonly engine: EngineHandle
  readonly arena: ArenaHandle
  readonly config: PublisherConfig
}

async function main(): Promise<void> {
  const data = workerData as PublisherWorkerData
  const engine = await Engine.attach(data.engine)
  const arena = IngestArena.attach(data.arena)
  const publisher = new Publisher(engine, arena, data.config)
  parentPort?.postMessage({ type: 'ready', worker: data.config.worker })
  try {
    await publisher.run()
  } finally {
    await engine.close()
  }
  parentPort?.postMessage({ type: 'stopped', worker: data.config.worker, lostAcks: publisher.lostAcks })
}

main().catch((error: unknown) => {
  parentPort?.postMessage({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) })
})
