// The engine's consumer-group service: ONE GroupCoordinator per engine (the engine that opened the memory),
// backed by the engine topic `__consumer_offsets`, created by whichever comes first: the Kafka broker's
// start or the first embedded group member (engine.subscribe(topic, { group })). Kafka consumers and
// embedded members of a group therefore meet in the same coordinator.
//
// Loading order: the coordinator answers COORDINATOR_LOAD_IN_PROGRESS (JoinGroup, OffsetCommit, ...) until
// `__consumer_offsets` has been read; the log's topic is opened (created on first use) just before that.
// Loaded by a dynamic import from engine.ts (node:crypto via the coordinator), statically by the broker.

import { GroupCoordinator, type GroupCoordinatorLimits } from '../coordinator/group-coordinator.js'
import { systemClock } from '../coordinator/clock.js'
import { CONSUMER_OFFSETS_TOPIC, type CoordinatorLog } from '../coordinator/records.js'
import type { LagEntry } from '../coordinator/offset-store.js'
import { NotSupportedError } from './errors.js'
import { EngineRecordLog } from './record-log.js'
import { attachedGroupsError } from './group-member.js'
import type { Engine } from './engine.js'

export interface EngineGroupsOptions {
  /** Coordinator limits (session timeouts, initial rebalance delay, ...; docs/groups.md). Only the first creator's apply. */
  readonly limits?: Partial<GroupCoordinatorLimits>
}

export class EngineGroups {
  /** Resolves once `__consumer_offsets` is read; until then groups answer COORDINATOR_LOAD_IN_PROGRESS. */
  readonly loaded: Promise<void>
  private readonly appends = new Set<Promise<void>>()
  /** Embedded members per group, told when their group starts rebalancing (watchRebalances). */
  private readonly rebalanceWatchers = new Map<string, Set<() => void>>()
  private closing: Promise<void> | null = null

  private constructor(
    private readonly engine: Engine,
    readonly coordinator: GroupCoordinator,
    opening: Promise<EngineRecordLog>,
    /** The limits its creator asked for (later callers' limits are ignored). */
    readonly limits: Partial<GroupCoordinatorLimits> | undefined,
  ) {
    this.loaded = opening.then(() => coordinator.load())
    this.loaded.catch(() => {}) // reported by whoever awaits it (the broker logs it)
  }

  /**
   * The engine's group service, created on first use. Only the engine that opened the memory has one: a
   * coordinator is per-process state, and a second one in a worker would split every group in two.
   */
  static of(engine: Engine, options: EngineGroupsOptions = {}): EngineGroups {
    const existing = engine.groupService
    if (existing !== null) return existing
    if (!engine.isOpener) throw attachedGroupsError('use consumer groups')
    if (!engine.isOpen) throw new NotSupportedError('consumer groups on a closed engine')
    const opening = EngineRecordLog.open(engine, CONSUMER_OFFSETS_TOPIC)
    let service: EngineGroups | null = null
    const log: CoordinatorLog = {
      append: (key, value) => {
        // Tracked so that close() lets the last group records (a member leaving, a final commit) land first.
        const pending = opening.then((opened) => opened.append(key, value))
        service?.appends.add(pending)
        const forget = () => service?.appends.delete(pending)
        pending.then(forget, forget)
        return pending
      },
      async *readAll() {
        yield* (await opening).readAll()
      },
    }
    const coordinator = new GroupCoordinator({
      log,
      clock: systemClock(),
      partitionExists: (topic, partition) => {
        try {
          return partition >= 0 && partition < engine.describeTopic(topic).partitions.length
        } catch {
          return false
        }
      },
      limits: options.limits,
      onRebalanceStart: (groupId) => service?.rebalanceStarted(groupId),
    })
    service = new EngineGroups(engine, coordinator, opening, options.limits)
    engine.groupService = service
    return service
  }

  /**
   * Calls `listener` whenever `groupId` starts rebalancing, so an in-process member rejoins at once instead
   * of at its next heartbeat (a Kafka client learns it from Heartbeat or JoinGroup, as Kafka specifies).
   * The listener runs inside the coordinator's state machine: it may only note the fact and wake its owner.
   * Returns the call that stops it.
   */
  watchRebalances(groupId: string, listener: () => void): () => void {
    let watchers = this.rebalanceWatchers.get(groupId)
    if (watchers === undefined) this.rebalanceWatchers.set(groupId, (watchers = new Set()))
    watchers.add(listener)
    return () => {
      watchers.delete(listener)
      if (watchers.size === 0 && this.rebalanceWatchers.get(groupId) === watchers) this.rebalanceWatchers.delete(groupId)
    }
  }

  private rebalanceStarted(groupId: string): void {
    for (const listener of this.rebalanceWatchers.get(groupId) ?? []) {
      try {
        listener()
      } catch {
        // A member's failure must not break the group's state machine; its heartbeat still finds the rebalance.
      }
    }
  }

  /**
   * Committed offsets of a group per partition with the partition's end offset (the next offset to be
   * written) and the lag between them; endOffset and lag are -1 for partitions that no longer exist.
   */
  consumerLag(groupId: string): LagEntry[] {
    const engine = this.engine
    return this.coordinator.lag(groupId, (topic, partition) => {
      try {
        return engine.describeTopic(topic).partitions[partition]?.nextOffset ?? null
      } catch {
        return null
      }
    })
  }

  /**
   * Stops the coordinator (waiting JoinGroup/SyncGroup answers get NOT_COORDINATOR) once the group records
   * already appended have landed and the load has finished. Embedded members are closed by the engine first.
   */
  close(): Promise<void> {
    if (this.closing !== null) return this.closing
    this.closing = (async () => {
      await Promise.allSettled([...this.appends])
      this.coordinator.close()
      await this.loaded.catch(() => {})
    })()
    return this.closing
  }
}
