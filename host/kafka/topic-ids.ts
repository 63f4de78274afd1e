// Kafka topic ids (UUIDs, Metadata v10+, Fetch v13+, DeleteTopics v6+) for the engine's topics.
//
// The engine names topics; Kafka clients also address them by id. Ids are made here, the first time the
// broker sees a topic, and forgotten when the topic is deleted, so a topic deleted and created again gets
// a new id (what clients use to notice a recreation). The broker keeps each id with its topic
// (topic-admin.ts: the engine's topic attributes, on disk for a durable topic) and load()s them at start,
// so a durable topic keeps its id across restarts.

import { randomUUID } from 'node:crypto'

export const ZERO_TOPIC_ID = '00000000-0000-0000-0000-000000000000'

export class TopicIds {
  private readonly idByName = new Map<string, string>()
  private readonly nameById = new Map<string, string>()

  /** `onCreate` hears of every id made here (not of loaded ones), to keep it with its topic. */
  constructor(private readonly onCreate?: (name: string, id: string) => void) {}

  /** Takes a topic's id kept from an earlier run. */
  load(name: string, id: string): void {
    this.forget(name)
    this.idByName.set(name, id)
    this.nameById.set(id, name)
  }

  /** The id of a topic, made on first use. */
  idOf(name: string): string {
    let id = this.idByName.get(name)
    if (id === undefined) {
      id = randomUUID()
      this.idByName.set(name, id)
      this.nameById.set(id, name)
      this.onCreate?.(name, id)
    }
    return id
  }

  /** The name for an id this broker handed out, or undefined. */
  nameOf(id: string): string | undefined {
    return this.nameById.get(id)
  }

  forget(name: string): void {
    const id = this.idByName.get(name)
    if (id === undefined) return
    this.idByName.delete(name)
    this.nameById.delete(id)
  }

  /** Drops ids of topics that no longer exist (deleted through the embedded API). */
  retain(liveNames: Iterable<string>): void {
    const live = new Set(liveNames)
    for (const name of [...this.idByName.keys()]) if (!live.has(name)) this.forget(name)
  }
}
