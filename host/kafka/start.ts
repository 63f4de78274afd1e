// The entry point `sluice serve` calls: a Kafka listener over the engine, started.

import type { Engine } from '../engine/engine.js'
import { KafkaBroker, type KafkaBrokerOptions } from './broker.js'

export interface StartedKafkaBroker {
  readonly broker: KafkaBroker
  /** Bound address and port (the port picked when 0 was asked for). */
  readonly address: string
  readonly port: number
  /** For the ready line: `host:port` as clients should dial it (bootstrap.servers). */
  readonly bootstrap: string
  stop(): Promise<void>
}

/** Starts a Kafka listener (default 127.0.0.1:9092) over `engine`; rejects if the port cannot be bound. */
export async function startKafkaBroker(engine: Engine, options: KafkaBrokerOptions = {}): Promise<StartedKafkaBroker> {
  const broker = new KafkaBroker(engine, options)
  const { address, port } = await broker.start()
  const host = options.advertisedHost ?? (address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address)
  return { broker, address, port, bootstrap: `${host.includes(':') ? `[${host}]` : host}:${options.advertisedPort ?? port}`, stop: () => broker.stop() }
}
