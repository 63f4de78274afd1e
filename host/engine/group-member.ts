// An embedded consumer-group member: `engine.subscribe(topicOrPattern, { group })`. It joins the engine's
// group coordinator (host/engine/groups.ts) as a classic-protocol member of protocol type "consumer", so it
// shares a group with Kafka consumers connected to the engine's broker: its JoinGroup metadata is a
// ConsumerProtocolSubscription and its assignment a ConsumerProtocolAssignment, whoever the leader is.
//
// The member calls the coordinator in-process, as a Kafka client would over the wire:
//   join (MEMBER_ID_REQUIRED -> join again) -> the leader assigns (range / roundrobin) -> sync
//   -> read the assigned partitions from the committed offsets (or autoOffsetReset) with a Subscription
//   -> heartbeat every heartbeatIntervalMs, auto-commit every autoCommitIntervalMs; when the coordinator
//      tells it the group started rebalancing (EngineGroups.watchRebalances), heartbeat at once
//   -> on REBALANCE_IN_PROGRESS: stop reading, commit what was consumed, rejoin (eager protocol)
//   -> close(): commit (auto-commit), LeaveGroup.
// Offsets: a record counts as consumed once the caller asks for the next one (next()/nextBatch() again),
// as Java's poll() does; close() and commit() count every record handed out.
//
// Only the engine that opened the memory has the coordinator: in an engine attached in another worker,
// subscribe with a group throws NotSupportedError (the coordinator is per-process state; nothing carries
// group calls between workers).

import type { Engine } from './engine.js'
import type { GroupCoordinator } from '../coordinator/group-coordinator.js'
import { CoordinatorError } from '../coordinator/errors.js'
import { type AssignorName, assign, assignorNames, decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from '../coordinator/consumer-protocol.js'
import { compilePattern, type TopicPattern } from './pattern.js'
import { NotSupportedError, SluiceError } from './errors.js'
import type { Message } from './record-format.js'
import type { AssignedPartition, StartPosition, SubscribeOptions, Subscription } from './subscription.js'

export interface TopicPartition {
  readonly topic: string
  readonly partition: number
}

export interface GroupSubscribeOptions extends Omit<SubscribeOptions, 'from' | 'partitions' | 'assigned'> {
  /** The group to join (Kafka's group.id). */
  group: string
  /** Where to start in a partition the group has no committed offset for (auto.offset.reset). Default 'latest'. */
  autoOffsetReset?: 'earliest' | 'latest'
  /** Assignors offered, preferred first; the group uses one every member offers. Default range, roundrobin, RoundRobinAssigner (kafkajs's name). */
  assignors?: readonly AssignorName[]
  /** Default 45,000 (Kafka's session.timeout.ms); the coordinator accepts 6,000..1,800,000. */
  sessionTimeoutMs?: number
  /** How long a rebalance waits for members to rejoin. Default 60,000. */
  rebalanceTimeoutMs?: number
  /** Default 3,000 (heartbeat.interval.ms): liveness. A rebalance is noticed at once (the coordinator is in-process). */
  heartbeatIntervalMs?: number
  /** Commit consumed offsets every autoCommitIntervalMs, before a rebalance and on close. Default true. */
  autoCommit?: boolean
  /** Default 5,000 (auto.commit.interval.ms). */
  autoCommitIntervalMs?: number
  /** Static membership (group.instance.id): a restart with the same id takes its old place; no LeaveGroup on close. */
  groupInstanceId?: string
  /** Shown by DescribeGroups; member ids start with it. Default 'sluice-embedded'. */
  clientId?: string
  /** Called with the partitions of each new assignment, before they are read. */
  onAssigned?: (partitions: TopicPartition[]) => void | Promise<void>
  /** Called when a rebalance takes the partitions away, after the commit. */
  onRevoked?: (partitions: TopicPartition[]) => void | Promise<void>
}

/** A group call failed with a Kafka error that retrying cannot fix (or an explicit commit was refused). */
export class GroupError extends SluiceError {
  constructor(readonly groupId: string, readonly kafkaErrorCode: number, message: string) {
    super(errorName(kafkaErrorCode), message)
  }
}

/** Groups in an engine attached in another worker: the coordinator is the opener's process state. */
export function attachedGroupsError(operation: string): NotSupportedError {
  return new NotSupportedError(`${operation} in an attached engine: the group coordinator lives in the engine that opened the memory; join groups there, or through its Kafka broker with a Kafka client`)
}

function errorName(code: number): string {
  for (const [name, value] of Object.entries(CoordinatorError)) if (value === code) return name
  return `KAFKA_ERROR_${code}`
}

const joinGroupVersion = 9
const syncGroupVersion = 5
const heartbeatVersion = 4
const leaveGroupVersion = 5
const offsetCommitVersion = 8
/** Wait before retrying a call the coordinator could not take yet (loading, a failed log append). */
const retryBackoffMs = 100

const keyOf = (topic: string, partition: number): string => `${topic}\u0000${partition}`

function integerOption(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new RangeError(`group option ${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
  return v
}

type LeaveReason = 'rebalance' | 'lost' | 'metadata' | 'closed'

export class GroupSubscription implements AsyncIterableIterator<Message> {
  readonly groupId: string
  private readonly pattern: TopicPattern | null
  private readonly topic: string | null
  private readonly autoOffsetReset: 'earliest' | 'latest'
  private readonly assignors: readonly AssignorName[]
  private readonly sessionTimeoutMs: number
  private readonly rebalanceTimeoutMs: number
  private readonly heartbeatIntervalMs: number
  private readonly autoCommit: boolean
  private readonly autoCommitIntervalMs: number
  private readonly groupInstanceId: string | null
  private readonly clientId: string
  private readonly readOptions: SubscribeOptions
  private readonly onAssigned: GroupSubscribeOptions['onAssigned']
  private readonly onRevoked: GroupSubscribeOptions['onRevoked']
  private coordinator: GroupCoordinator | null = null
  private memberIdValue = ''
  private generationIdValue = -1
  private isLeader = false
  /** Partition counts of the topics the leader last assigned: a change makes it rebalance. */
  private assignedCounts = new Map<string, number>()
  private subscribedTopics: string[] = []
  /** Set when the assignment could not be read (a topic deleted meanwhile): rejoin at the next tick. */
  private rejoinSoon = false
  private current = new Map<string, number[]>()
  private inner: Subscription | null = null
  /** Bumped on every assignment change: reads begun before it are dropped. */
  private epoch = 0
  private readonly yielded = new Map<string, number>()
  private readonly consumed = new Map<string, number>()
  private readonly committed = new Map<string, number>()
  private queue: Message[] = []
  private queueHead = 0
  private failure: Error | null = null
  private closed = false
  private closing: Promise<void> | null = null
  private waiters: Array<() => void> = []
  private sleepTimer: ReturnType<typeof setTimeout> | null = null
  private wakeSleep: (() => void) | null = null
  /** The group started rebalancing since this member last sent JoinGroup: heartbeat now to learn it. */
  private rebalanceStarted = false
  private unwatchRebalances: (() => void) | null = null

  constructor(
    private readonly engine: Engine,
    topicOrPattern: string,
    options: GroupSubscribeOptions,
    private readonly onClose: () => void,
  ) {
    if (typeof options.group !== 'string' || options.group === '') throw new TypeError('the group option must be a non-empty group id')
    if (typeof topicOrPattern !== 'string') throw new TypeError(`subscribe needs a topic name or pattern string, got ${typeof topicOrPattern}`)
    const loose = options as { from?: unknown; partitions?: unknown; assigned?: unknown }
    if (loose.from !== undefined || loose.partitions !== undefined || loose.assigned !== undefined) {
      throw new TypeError('a group subscription reads the partitions the group assigns, from the committed offsets: use autoOffsetReset instead of from/partitions')
    }
    this.groupId = options.group
    if (topicOrPattern.split('.').some((token) => token === '*' || token === '>')) {
      this.pattern = compilePattern(topicOrPattern)
      this.topic = null
    } else {
      engine.topicRef(topicOrPattern) // a literal topic must exist, as for a plain subscription
      this.pattern = null
      this.topic = topicOrPattern
    }
    const reset = options.autoOffsetReset ?? 'latest'
    if (reset !== 'earliest' && reset !== 'latest') throw new TypeError(`autoOffsetReset must be 'earliest' or 'latest', got ${String(reset)}`)
    this.autoOffsetReset = reset
    this.assignors = options.assignors ?? assignorNames
    if (this.assignors.length === 0 || this.assignors.some((a) => !assignorNames.includes(a))) {
      throw new TypeError(`assignors must be a non-empty list of ${assignorNames.join(', ')} (cooperative-sticky is not implemented), got ${JSON.stringify(this.assignors)}`)
    }
    this.sessionTimeoutMs = integerOption('sessionTimeoutMs', options.sessionTimeoutMs, 45_000, 1, 2 ** 31 - 1)
    this.rebalanceTimeoutMs = integerOption('rebalanceTimeoutMs', options.rebalanceTimeoutMs, 60_000, 1, 2 ** 31 - 1)
    this.heartbeatIntervalMs = integerOption('heartbeatIntervalMs', options.heartbeatIntervalMs, 3_000, 1, this.sessionTimeoutMs)
    this.autoCommit = options.autoCommit ?? true
    this.autoCommitIntervalMs = integerOption('autoCommitIntervalMs', options.autoCommitIntervalMs, 5_000, 1, 2 ** 31 - 1)
    this.groupInstanceId = options.groupInstanceId ?? null
    this.clientId = options.clientId ?? 'sluice-embedded'
    const { batchesPerReadMax, spinMicros, onMissed, backpressure } = options
    this.readOptions = { batchesPerReadMax, spinMicros, onMissed, backpressure }
    this.onAssigned = options.onAssigned
    this.onRevoked = options.onRevoked
    void this.run().catch((error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))))
  }

  /** The member id the coordinator gave this member ('' until the first join answers). */
  get memberId(): string {
    return this.memberIdValue
  }

  /** The generation of the current assignment (-1 before the first). */
  get generationId(): number {
    return this.generationIdValue
  }

  /** The partitions this member reads now (empty during a rebalance). */
  assignment(): TopicPartition[] {
    const out: TopicPartition[] = []
    for (const [topic, partitions] of this.current) for (const partition of partitions) out.push({ topic, partition })
    return out
  }

  // ---- membership ------------------------------------------------------------------------------------------

  private async run(): Promise<void> {
    this.coordinator = await this.engine.groupCoordinator()
    if (this.closed) return
    // Only notes the news and wakes the heartbeat loop: the coordinator calls it mid-transition.
    this.unwatchRebalances = this.engine.groupService!.watchRebalances(this.groupId, () => {
      this.rebalanceStarted = true
      this.wakeSleep?.()
    })
    try {
      while (!this.closed && this.failure === null) {
        if (!(await this.joinAndSync())) return
        await this.startReading()
        const reason = await this.stayInGroup()
        if (reason === 'closed') return
        await this.revoke(reason)
      }
    } finally {
      this.stopWatching()
    }
  }

  private stopWatching(): void {
    this.unwatchRebalances?.()
    this.unwatchRebalances = null
  }

  private topicsNow(): string[] {
    if (this.topic !== null) return [this.topic]
    // Like Kafka's pattern subscriptions (exclude.internal.topics): never the internal topics.
    return this.engine.listTopics().filter((name) => !name.startsWith('__') && this.pattern!.matches(name)).sort()
  }

  /** Joins and syncs until this member has an assignment; false once closed or failed. */
  private async joinAndSync(): Promise<boolean> {
    const c = this.coordinator!
    while (!this.closed && this.failure === null) {
      this.subscribedTopics = this.topicsNow()
      const metadata = encodeSubscription(this.subscribedTopics, this.current, this.generationIdValue)
      // A rebalance that starts from here on is answered by this JoinGroup or the SyncGroup after it.
      this.rebalanceStarted = false
      const join = await c.joinGroup(
        {
          groupId: this.groupId,
          sessionTimeoutMs: this.sessionTimeoutMs,
          rebalanceTimeoutMs: this.rebalanceTimeoutMs,
          memberId: this.memberIdValue,
          groupInstanceId: this.groupInstanceId,
          protocolType: 'consumer',
          protocols: this.assignors.map((name) => ({ name, metadata })),
          reason: null,
        },
        joinGroupVersion,
        { clientId: this.clientId, clientHost: 'embedded' },
      )
      if (this.closed) return false
      const joinError = join.errorCode ?? CoordinatorError.NONE
      if (joinError === CoordinatorError.MEMBER_ID_REQUIRED) {
        this.memberIdValue = join.memberId ?? ''
        continue
      }
      if (joinError !== CoordinatorError.NONE) {
        if (!(await this.retriable(joinError, 'JoinGroup'))) return false
        continue
      }
      this.memberIdValue = join.memberId ?? ''
      this.generationIdValue = join.generationId ?? -1
      this.isLeader = join.leader === this.memberIdValue
      const protocolName = join.protocolName ?? null
      const assignments = this.isLeader ? this.assignAsLeader(join.members ?? [], protocolName) : []
      const sync = await c.syncGroup(
        { groupId: this.groupId, generationId: this.generationIdValue, memberId: this.memberIdValue, groupInstanceId: this.groupInstanceId, protocolType: 'consumer', protocolName, assignments },
        syncGroupVersion,
      )
      if (this.closed) return false
      const syncError = sync.errorCode ?? CoordinatorError.NONE
      if (syncError !== CoordinatorError.NONE) {
        if (!(await this.retriable(syncError, 'SyncGroup'))) return false
        continue
      }
      this.current = decodeAssignment(sync.assignment ?? new Uint8Array(0))
      return true
    }
    return false
  }

  /** Handles a join/sync error: true to try again (after a pause when the coordinator is busy), false if fatal. */
  private async retriable(code: number, call: string): Promise<boolean> {
    switch (code) {
      case CoordinatorError.UNKNOWN_MEMBER_ID:
        this.memberIdValue = ''
        return true
      case CoordinatorError.REBALANCE_IN_PROGRESS:
      case CoordinatorError.ILLEGAL_GENERATION:
        return true
      case CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS:
      case CoordinatorError.COORDINATOR_NOT_AVAILABLE:
      case CoordinatorError.NOT_COORDINATOR:
        // NOT_COORDINATOR: the coordinator closed, which only happens when the engine closes.
        if (!this.engine.isOpen) return false
        await this.sleep(retryBackoffMs)
        return !this.closed
      default:
        this.fail(new GroupError(this.groupId, code, `${call} for group ${JSON.stringify(this.groupId)} failed with ${errorName(code)}: the member stopped; check the group's other members (protocol type, assignors, group.instance.id) and the session timeout`))
        return false
    }
  }

  private partitionCount(topic: string): number | null {
    try {
      return this.engine.describeTopic(topic).partitions.length
    } catch {
      return null
    }
  }

  /** The leader's SyncGroup assignments, computed with the protocol the group chose (one we offered). */
  private assignAsLeader(members: ReadonlyArray<{ memberId?: string; groupInstanceId?: string | null; metadata?: Uint8Array }>, protocolName: string | null): { memberId: string; assignment: Uint8Array }[] {
    const name = this.assignors.find((a) => a === protocolName) ?? this.assignors[0]
    const decoded = members.map((m) => ({ memberId: m.memberId ?? '', groupInstanceId: m.groupInstanceId ?? null, topics: decodeSubscription(m.metadata ?? new Uint8Array(0))?.topics ?? [] }))
    const result = assign(name, decoded, (topic) => this.partitionCount(topic))
    this.assignedCounts = new Map()
    for (const m of decoded) for (const topic of m.topics) this.assignedCounts.set(topic, this.partitionCount(topic) ?? -1)
    return [...result].map(([memberId, topics]) => ({ memberId, assignment: encodeAssignment(topics) }))
  }

  private async startReading(): Promise<void> {
    const c = this.coordinator!
    const assigned: AssignedPartition[] = []
    for (const [topic, partitions] of this.current) {
      for (const partition of partitions) {
        const key = keyOf(topic, partition)
        const stored = c.offsets.get(this.groupId, topic, partition)
        let from: StartPosition = this.autoOffsetReset
        if (stored !== undefined && stored.offset >= 0n) {
          from = { offset: Number(stored.offset) }
          this.committed.set(key, Number(stored.offset))
        } else if (this.autoOffsetReset === 'latest') {
          // Resolved now, so the position is known (and committed) even before a record arrives, as Kafka does.
          const info = this.endOffsetOf(topic, partition)
          if (info !== null) {
            from = { offset: info }
            this.yielded.set(key, info)
            this.consumed.set(key, info)
          }
        }
        assigned.push({ topic, partition, from })
      }
    }
    this.epoch++
    try {
      this.inner = assigned.length === 0 ? null : this.engine.subscribe('', { ...this.readOptions, assigned })
    } catch (error) {
      // A topic deleted since the leader assigned it: rejoin, the next assignment leaves it out.
      if (!(error instanceof SluiceError && error.code === 'UNKNOWN_TOPIC')) throw error
      this.inner = null
      this.rejoinSoon = true
    }
    this.notifyWaiters()
    await this.onAssigned?.(this.assignment())
  }

  /** The offset the next record of a partition will get (Kafka's log end), or null when the topic is gone. */
  private endOffsetOf(topic: string, partition: number): number | null {
    try {
      return this.engine.describeTopic(topic).partitions[partition]?.nextOffset ?? null
    } catch {
      return null
    }
  }

  /** Heartbeats and auto-commits until the member must rejoin or closes. */
  private async stayInGroup(): Promise<LeaveReason> {
    const c = this.coordinator!
    let nextHeartbeatAt = Date.now() + this.heartbeatIntervalMs
    let nextCommitAt = Date.now() + this.autoCommitIntervalMs
    for (;;) {
      if (!this.rebalanceStarted) await this.sleep(Math.max(0, Math.min(nextHeartbeatAt, this.autoCommit ? nextCommitAt : Infinity) - Date.now()))
      if (this.closed || this.failure !== null) return 'closed'
      if (this.rejoinSoon) {
        this.rejoinSoon = false
        return 'metadata'
      }
      const now = Date.now()
      if (now >= nextHeartbeatAt || this.rebalanceStarted) {
        this.rebalanceStarted = false
        nextHeartbeatAt = now + this.heartbeatIntervalMs
        const code = c.heartbeat({ groupId: this.groupId, generationId: this.generationIdValue, memberId: this.memberIdValue, groupInstanceId: this.groupInstanceId }, heartbeatVersion).errorCode ?? CoordinatorError.NONE
        switch (code) {
          case CoordinatorError.NONE:
            break
          case CoordinatorError.REBALANCE_IN_PROGRESS:
            return 'rebalance'
          case CoordinatorError.UNKNOWN_MEMBER_ID:
            this.memberIdValue = ''
            return 'lost'
          case CoordinatorError.ILLEGAL_GENERATION:
            return 'lost'
          case CoordinatorError.NOT_COORDINATOR:
          case CoordinatorError.COORDINATOR_NOT_AVAILABLE:
          case CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS:
            if (!this.engine.isOpen) return 'closed'
            break
          default:
            this.fail(new GroupError(this.groupId, code, `Heartbeat for group ${JSON.stringify(this.groupId)} failed with ${errorName(code)}: the member stopped (another member took its group.instance.id?)`))
            return 'closed'
        }
        // New topics matching the pattern, or (the leader) partitions added: a new assignment is due.
        const topics = this.topicsNow()
        if (topics.join('\u0000') !== this.subscribedTopics.join('\u0000')) return 'metadata'
        if (this.isLeader) for (const [topic, count] of this.assignedCounts) if ((this.partitionCount(topic) ?? -1) !== count) return 'metadata'
      }
      if (this.autoCommit && Date.now() >= nextCommitAt) {
        nextCommitAt = Date.now() + this.autoCommitIntervalMs
        await this.commitPositions(this.consumed).catch(() => {}) // refused during a rebalance: the next heartbeat says so
      }
    }
  }

  /** Eager protocol: stop reading everything, commit what was consumed (unless the membership is lost), rejoin. */
  private async revoke(reason: LeaveReason): Promise<void> {
    const revoked = this.assignment()
    this.epoch++
    this.inner?.close()
    this.inner = null
    this.queue = []
    this.queueHead = 0
    if (this.autoCommit && reason !== 'lost') await this.commitPositions(this.consumed).catch(() => {})
    this.current = new Map()
    this.yielded.clear()
    this.consumed.clear()
    this.committed.clear()
    if (revoked.length > 0) await this.onRevoked?.(revoked)
  }

  // ---- offsets ---------------------------------------------------------------------------------------------

  /** Commits these positions (next offset to read) of partitions this member holds; throws GroupError if refused. */
  private async commitPositions(positions: ReadonlyMap<string, number>): Promise<void> {
    const c = this.coordinator
    if (c === null || this.memberIdValue === '') return
    const byTopic = new Map<string, { partitionIndex: number; committedOffset: bigint; committedLeaderEpoch: number; commitTimestamp: bigint; committedMetadata: string }[]>()
    const sent = new Map<string, number>()
    for (const [topic, partitions] of this.current) {
      for (const partition of partitions) {
        const key = keyOf(topic, partition)
        const offset = positions.get(key)
        if (offset === undefined || this.committed.get(key) === offset) continue
        sent.set(key, offset)
        const list = byTopic.get(topic) ?? []
        list.push({ partitionIndex: partition, committedOffset: BigInt(offset), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })
        byTopic.set(topic, list)
      }
    }
    if (sent.size === 0) return
    const response = await c.offsetCommit(
      {
        groupId: this.groupId,
        generationIdOrMemberEpoch: this.generationIdValue,
        memberId: this.memberIdValue,
        groupInstanceId: this.groupInstanceId,
        retentionTimeMs: -1n,
        topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
      },
      offsetCommitVersion,
    )
    let refused = CoordinatorError.NONE as number
    for (const t of response.topics ?? []) {
      for (const p of t.partitions ?? []) {
        const key = keyOf(t.name ?? '', p.partitionIndex ?? -1)
        const code = p.errorCode ?? CoordinatorError.NONE
        if (code === CoordinatorError.NONE && sent.has(key)) this.committed.set(key, sent.get(key)!)
        else if (code !== CoordinatorError.NONE) refused = code
      }
    }
    if (refused !== CoordinatorError.NONE) {
      throw new GroupError(this.groupId, refused, `commit for group ${JSON.stringify(this.groupId)} was refused with ${errorName(refused)}: a rebalance may have moved the partitions; their next owner starts from the last committed offset`)
    }
  }

  /**
   * Commits the position after every record handed out so far (or the given offsets: the next offset to
   * read, per partition this member holds). Throws GroupError when the group refuses it (a rebalance).
   */
  async commit(offsets?: ReadonlyArray<TopicPartition & { offset: number }>): Promise<void> {
    if (this.failure !== null) throw this.failure
    if (offsets === undefined) return this.commitPositions(this.yielded)
    const positions = new Map<string, number>()
    for (const o of offsets) {
      if (!Number.isSafeInteger(o.offset) || o.offset < 0) throw new RangeError(`commit offset for ${o.topic}[${o.partition}] must be a non-negative integer, got ${String(o.offset)}`)
      if (!(this.current.get(o.topic)?.includes(o.partition) ?? false)) {
        throw new GroupError(this.groupId, CoordinatorError.UNKNOWN_TOPIC_OR_PARTITION, `cannot commit ${o.topic}[${o.partition}]: this member is not assigned that partition now`)
      }
      positions.set(keyOf(o.topic, o.partition), o.offset)
    }
    return this.commitPositions(positions)
  }

  // ---- reading ---------------------------------------------------------------------------------------------

  /** Records handed out before this call are processed: what auto-commit and a rebalance commit. */
  private acknowledge(): void {
    for (const [key, offset] of this.yielded) this.consumed.set(key, offset)
  }

  /** Fills the queue from the current assignment; false once the subscription has ended. */
  private async fill(): Promise<boolean> {
    for (;;) {
      if (this.failure !== null) throw this.failure
      if (this.closed || !this.engine.isOpen) return false
      const inner = this.inner
      const epoch = this.epoch
      if (inner === null) {
        await this.changed()
        continue
      }
      const batch = await inner.nextBatch()
      // Revoked while reading: these go to the partitions' next owner, from the committed offset.
      if (epoch !== this.epoch) continue
      if (batch.length === 0) {
        await this.changed()
        continue
      }
      this.queue = batch
      this.queueHead = 0
      return true
    }
  }

  async next(): Promise<IteratorResult<Message>> {
    this.acknowledge()
    for (;;) {
      if (this.queueHead < this.queue.length) {
        const m = this.queue[this.queueHead++]
        this.yielded.set(keyOf(m.topic, m.partition), m.offset + 1)
        return { done: false, value: m }
      }
      if (!(await this.fill())) return { done: true, value: undefined }
    }
  }

  /** Resolves with the records available now (at least one), or [] once the subscription has ended. */
  async nextBatch(): Promise<Message[]> {
    this.acknowledge()
    if (this.queueHead >= this.queue.length && !(await this.fill())) return []
    const batch = this.queueHead === 0 ? this.queue : this.queue.slice(this.queueHead)
    this.queue = []
    this.queueHead = 0
    for (const m of batch) this.yielded.set(keyOf(m.topic, m.partition), m.offset + 1)
    return batch
  }

  async return(): Promise<IteratorResult<Message>> {
    await this.close()
    return { done: true, value: undefined }
  }

  [Symbol.asyncIterator](): this {
    return this
  }

  /** Commits what was handed out (auto-commit), leaves the group (not for static members), ends the iteration. */
  close(): Promise<void> {
    if (this.closing !== null) return this.closing
    this.closed = true
    this.closing = (async () => {
      this.wakeSleep?.()
      this.epoch++
      this.inner?.close()
      this.inner = null
      this.queue = []
      this.queueHead = 0
      this.notifyWaiters()
      const c = this.coordinator
      try {
        if (c !== null && this.autoCommit) await this.commitPositions(this.yielded).catch(() => {})
        if (c !== null && this.memberIdValue !== '' && this.groupInstanceId === null) {
          c.leaveGroup({ groupId: this.groupId, memberId: '', members: [{ memberId: this.memberIdValue, groupInstanceId: null, reason: 'the embedded subscriber closed' }] }, leaveGroupVersion)
        }
      } finally {
        this.stopWatching()
        this.current = new Map()
        this.onClose()
      }
    })()
    return this.closing
  }

  // ---- waiting ---------------------------------------------------------------------------------------------

  private fail(error: Error): void {
    if (this.failure === null) this.failure = error
    this.notifyWaiters()
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private notifyWaiters(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const w of waiters) w()
  }

  /** A timer that keeps the process alive (a group member is a live client, as a Kafka consumer is); close() ends it. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve()
      const done = (): void => {
        if (this.sleepTimer !== null) clearTimeout(this.sleepTimer)
        this.sleepTimer = null
        this.wakeSleep = null
        resolve()
      }
      this.wakeSleep = done
      this.sleepTimer = setTimeout(done, ms)
    })
  }
}
