// The classic consumer-group protocol (JoinGroup, SyncGroup, Heartbeat, LeaveGroup and the admin requests),
// one state machine per group, as Apache Kafka's GroupCoordinator runs it:
//
//   Empty --join--> PreparingRebalance --all joined / rebalance timeout--> CompletingRebalance
//   CompletingRebalance --leader's SyncGroup stored--> Stable
//   Stable | CompletingRebalance --join with new metadata, leader join, leave, session timeout--> PreparingRebalance
//   PreparingRebalance --no member left--> Empty;  Empty --DeleteGroups--> Dead
//
// Requests go in as the generated codec decodes them and responses come out as it encodes them. Answers
// that wait for the rebalance (JoinGroup, SyncGroup) are promises resolved by later requests or by timers
// of the injected Clock, so tests move time by hand. The broker only carries the clients' protocol
// metadata and assignments (range, round-robin, sticky, cooperative-sticky all work unchanged); it
// decodes ConsumerProtocolSubscription only to know which topics a "consumer" group reads (OffsetDelete).
//
// Group metadata (generation, leader, members, assignments) and committed offsets persist in the
// `__consumer_offsets` log (records.ts); until `load()` has read it, requests get
// COORDINATOR_LOAD_IN_PROGRESS (Heartbeat gets NONE and SyncGroup REBALANCE_IN_PROGRESS, as in Kafka).

import { randomUUID } from 'node:crypto'
import type { MessageInit } from '../kafka/protocol/codec.js'
import type {
  DeleteGroupsRequest,
  DeleteGroupsResponse,
  DescribeGroupsRequest,
  DescribeGroupsResponse,
  DescribeGroupsResponseDescribedGroup,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  JoinGroupRequestProtocol,
  JoinGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  ListGroupsRequest,
  ListGroupsResponse,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  SyncGroupRequest,
  SyncGroupResponse,
} from '../kafka/protocol/index.js'
import { decodeSubscription } from './consumer-protocol.js'
import type { Clock, TimerHandle } from './clock.js'
import { CoordinatorError } from './errors.js'
import { type GroupAccess, type LagEntry, OFFSET_STORE_LIMITS_DEFAULT, OffsetStore, type OffsetStoreLimits, type PartitionExists } from './offset-store.js'
import { type CoordinatorLog, type GroupValue, decodeGroupValue, decodeKey, decodeOffsetValue, encodeGroupKey, encodeGroupValue } from './records.js'

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead'

export interface GroupCoordinatorLimits {
  /** Groups held (with or without members); a new group beyond it gets COORDINATOR_NOT_AVAILABLE. */
  readonly groupsMax: number
  /** Kafka's group.max.size: members (and members awaiting their id) per group; beyond it GROUP_MAX_SIZE_REACHED. */
  readonly membersPerGroupMax: number
  /** Protocols one member may offer in a JoinGroup; beyond it INVALID_REQUEST. */
  readonly protocolsPerMemberMax: number
  /** Bytes of one member's protocol metadata, all protocols together; beyond it INVALID_REQUEST. */
  readonly memberMetadataBytesMax: number
  /**
   * Bytes of a group's stored state (subscriptions and assignments): a leader's SyncGroup beyond it gets
   * UNKNOWN_SERVER_ERROR and the group rebalances, which is what Kafka answers when the group record is
   * too large for __consumer_offsets.
   */
  readonly groupMetadataBytesMax: number
  /** Kafka's group.min.session.timeout.ms and group.max.session.timeout.ms. */
  readonly sessionTimeoutMsMin: number
  readonly sessionTimeoutMsMax: number
  /** Kafka's group.initial.rebalance.delay.ms: how long the first rebalance of an empty group waits for more members. */
  readonly initialRebalanceDelayMs: number
  /** How long a new member's JoinGroup may wait in a rebalance before it is dropped (Kafka: 5 minutes). */
  readonly newMemberJoinTimeoutMs: number
  /** Kafka's offsets.retention.minutes (in ms) and offsets.retention.check.interval.ms. */
  readonly offsetsRetentionMs: number
  readonly offsetsRetentionCheckIntervalMs: number
}

export const GROUP_COORDINATOR_LIMITS_DEFAULT: GroupCoordinatorLimits = Object.freeze({
  groupsMax: 100_000,
  membersPerGroupMax: 1_000,
  protocolsPerMemberMax: 64,
  memberMetadataBytesMax: 1024 * 1024,
  groupMetadataBytesMax: 16 * 1024 * 1024,
  sessionTimeoutMsMin: 6_000,
  sessionTimeoutMsMax: 1_800_000,
  initialRebalanceDelayMs: 3_000,
  newMemberJoinTimeoutMs: 300_000,
  offsetsRetentionMs: 7 * 24 * 3600 * 1000,
  offsetsRetentionCheckIntervalMs: 600_000,
})

export interface GroupCoordinatorOptions {
  readonly log: CoordinatorLog
  readonly clock: Clock
  /**
   * This broker, the coordinator of every group: FindCoordinator answers with it, unless the call names the
   * listener that received it (one engine's coordinator behind several listeners, or created before any).
   */
  readonly nodeId?: number
  readonly host?: string
  readonly port?: number
  /** Whether a topic partition exists: OffsetCommit and OffsetDelete answer UNKNOWN_TOPIC_OR_PARTITION otherwise. */
  readonly partitionExists: PartitionExists
  readonly limits?: Partial<GroupCoordinatorLimits>
  readonly offsetLimits?: Partial<OffsetStoreLimits>
  /** Suffix of generated member ids (Kafka: a UUID); injectable for tests. */
  readonly memberIdSuffix?: () => string
  /**
   * Called when a group enters PreparingRebalance, synchronously inside the state machine (it must not call
   * the coordinator back). In-process members use it to rejoin at once rather than at their next heartbeat;
   * Kafka clients still learn of it through Heartbeat and JoinGroup.
   */
  readonly onRebalanceStart?: (groupId: string) => void
}

/** The broker a FindCoordinator answer points clients to. */
export interface CoordinatorEndpoint {
  readonly nodeId: number
  readonly host: string
  readonly port: number
}

/** Who sent a JoinGroup: the request header's client id and the connection's host (DescribeGroups shows them). */
export interface ClientInfo {
  readonly clientId: string
  readonly clientHost: string
}

type Protocol = { readonly name: string; readonly metadata: Uint8Array }

interface JoinResult {
  readonly errorCode: number
  readonly memberId: string
  readonly generationId: number
  readonly protocolType: string | null
  readonly protocolName: string | null
  readonly leader: string
  readonly members: readonly { memberId: string; groupInstanceId: string | null; metadata: Uint8Array }[]
}

interface SyncResult {
  readonly errorCode: number
  readonly protocolType: string | null
  readonly protocolName: string | null
  readonly assignment: Uint8Array
}

interface Member {
  memberId: string
  readonly groupInstanceId: string | null
  clientId: string
  clientHost: string
  rebalanceTimeoutMs: number
  sessionTimeoutMs: number
  readonly protocolType: string
  protocols: readonly Protocol[]
  assignment: Uint8Array
  awaitingJoin: ((r: JoinResult) => void) | null
  awaitingSync: ((r: SyncResult) => void) | null
  /** Joined but not yet answered: kept only up to newMemberJoinTimeoutMs. */
  isNew: boolean
  heartbeatTimer: TimerHandle | null
}

interface Group {
  readonly groupId: string
  state: GroupState
  stateTimestampMs: number
  generationId: number
  protocolType: string | null
  protocolName: string | null
  leaderId: string | null
  /** In join order: the first remaining member leads when the leader leaves. */
  readonly members: Map<string, Member>
  /** group.instance.id -> member id */
  readonly staticMembers: Map<string, string>
  /** Member ids handed out with MEMBER_ID_REQUIRED, not yet rejoined; each expires after its session timeout. */
  readonly pendingMembers: Map<string, TimerHandle>
  /** Members of the current generation that have not sent SyncGroup yet. */
  readonly pendingSync: Set<string>
  /** A member joined during the initial delay, which then waits once more (Kafka's InitialDelayedJoin). */
  newMemberAdded: boolean
  joinTimer: TimerHandle | null
  joinTimerInitial: boolean
  initialRemainingMs: number
  syncTimer: TimerHandle | null
  /** Topics the members of a "consumer" group subscribe to; null when unknown (then every topic counts). */
  subscribedTopics: Set<string> | null
}

const EMPTY = new Uint8Array(0)
/** AclOperation bits a group supports (READ 3, DELETE 6, DESCRIBE 8, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11): no authorizer, all allowed. */
const groupAuthorizedOperations = (1 << 3) | (1 << 6) | (1 << 8) | (1 << 10) | (1 << 11)
const authorizedOperationsOmitted = -2147483648
const consumerProtocolType = 'consumer'
const coordinatorKeyTypeGroup = 0
const coordinatorKeyTypeTransaction = 1

function sameProtocols(a: readonly Protocol[], b: readonly Protocol[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (a[i].name !== b[i].name) return false
    const x = a[i].metadata
    const y = b[i].metadata
    if (x.length !== y.length) return false
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false
  }
  return true
}

function metadataFor(member: Member, protocolName: string | null): Uint8Array {
  if (protocolName === null) return EMPTY
  for (const p of member.protocols) if (p.name === protocolName) return p.metadata
  return EMPTY
}

/** Topics in a ConsumerProtocolSubscription (int16 version, then the struct); null if it does not decode. */
export function subscriptionTopics(metadata: Uint8Array): string[] | null {
  return decodeSubscription(metadata)?.topics ?? null
}

export class GroupCoordinator implements GroupAccess {
  readonly limits: GroupCoordinatorLimits
  readonly offsets: OffsetStore
  private readonly groups = new Map<string, Group>()
  private readonly log: CoordinatorLog
  private readonly clock: Clock
  private readonly suffix: () => string
  private loaded = false
  private closed = false
  private retentionTimer: TimerHandle | null = null

  constructor(private readonly options: GroupCoordinatorOptions) {
    this.limits = { ...GROUP_COORDINATOR_LIMITS_DEFAULT, ...options.limits }
    this.log = options.log
    this.clock = options.clock
    this.suffix = options.memberIdSuffix ?? randomUUID
    this.offsets = new OffsetStore(options.log, options.clock, { ...OFFSET_STORE_LIMITS_DEFAULT, ...options.offsetLimits })
    if (!(this.limits.sessionTimeoutMsMin <= this.limits.sessionTimeoutMsMax)) {
      throw new RangeError(`sessionTimeoutMsMin (${this.limits.sessionTimeoutMsMin}) must not exceed sessionTimeoutMsMax (${this.limits.sessionTimeoutMsMax})`)
    }
  }

  // ---- loading, shutdown, housekeeping ------------------------------------------------------------------

  get isLoaded(): boolean {
    return this.loaded
  }

  /**
   * Reads the whole `__consumer_offsets` log: offsets, then groups as last stored. Groups with members come
   * back Stable in their generation and their members must heartbeat within their session timeout, as after
   * a Kafka coordinator failover. Requests answer COORDINATOR_LOAD_IN_PROGRESS until this resolves.
   */
  async load(): Promise<void> {
    if (this.loaded) return
    const stored = new Map<string, GroupValue | null>()
    for await (const { key, value } of this.log.readAll()) {
      const k = decodeKey(key)
      if (k.kind === 'offset') this.offsets.applyLoaded(k.group, k.topic, k.partition, value === null ? null : decodeOffsetValue(value))
      else stored.set(k.group, value === null ? null : decodeGroupValue(value))
    }
    const nowMs = this.clock.now()
    for (const [groupId, v] of stored) {
      if (v === null) continue
      const group = this.newGroup(groupId)
      group.generationId = v.generation
      group.protocolType = v.protocolType === '' ? null : v.protocolType
      group.stateTimestampMs = v.currentStateTimestampMs >= 0 ? v.currentStateTimestampMs : nowMs
      if (v.members.length === 0) continue
      group.protocolName = v.protocol
      for (const m of v.members) {
        const member: Member = {
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          rebalanceTimeoutMs: m.rebalanceTimeoutMs,
          sessionTimeoutMs: m.sessionTimeoutMs,
          protocolType: v.protocolType,
          protocols: [{ name: v.protocol ?? '', metadata: m.subscription }],
          assignment: m.assignment,
          awaitingJoin: null,
          awaitingSync: null,
          isNew: false,
          heartbeatTimer: null,
        }
        group.members.set(member.memberId, member)
        if (member.groupInstanceId !== null) group.staticMembers.set(member.groupInstanceId, member.memberId)
      }
      group.leaderId = v.leader !== null && group.members.has(v.leader) ? v.leader : group.members.keys().next().value!
      group.state = 'Stable'
      group.subscribedTopics = this.computeSubscribedTopics(group)
      for (const member of group.members.values()) this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
    }
    // Groups that only commit offsets have no group record; Kafka loads them as Empty groups.
    for (const groupId of this.offsets.groupIds()) if (!this.groups.has(groupId)) this.newGroup(groupId)
    this.loaded = true
    this.scheduleRetention()
  }

  /** Stops every timer; requests still waiting are answered NOT_COORDINATOR (the client finds the coordinator again). */
  close(): void {
    this.closed = true
    if (this.retentionTimer !== null) this.clock.clearTimer(this.retentionTimer)
    for (const group of this.groups.values()) {
      this.clearJoinTimer(group)
      this.clearSyncTimer(group)
      for (const t of group.pendingMembers.values()) this.clock.clearTimer(t)
      for (const m of group.members.values()) {
        if (m.heartbeatTimer !== null) this.clock.clearTimer(m.heartbeatTimer)
        this.invokeJoin(m, this.joinError(CoordinatorError.NOT_COORDINATOR, m.memberId))
        this.invokeSync(m, this.syncError(CoordinatorError.NOT_COORDINATOR))
      }
    }
    this.groups.clear()
  }

  private scheduleRetention(): void {
    if (this.closed) return
    this.retentionTimer = this.clock.setTimer(this.limits.offsetsRetentionCheckIntervalMs, () => {
      void this.expireOffsetsAndGroups().finally(() => this.scheduleRetention())
    })
  }

  /**
   * Kafka's periodic cleanup: offsets of an Empty group expire offsetsRetentionMs after the group became
   * empty (offsets of groups that never had members, by commit time), and Empty groups left with no offsets
   * are removed with a tombstone. Returns how many offsets expired.
   */
  async expireOffsetsAndGroups(): Promise<number> {
    const nowMs = this.clock.now()
    const retentionMs = this.limits.offsetsRetentionMs
    const expired = await this.offsets.expire(retentionMs, (groupId) => {
      const g = this.groups.get(groupId)
      if (g === undefined) return true
      if (g.state !== 'Empty') return false
      // A group with a protocol type had members: its offsets all go retentionMs after it emptied.
      return g.protocolType === null || g.stateTimestampMs + retentionMs <= nowMs
    })
    const removals: Promise<void>[] = []
    for (const g of this.groups.values()) {
      if (g.state === 'Empty' && g.pendingMembers.size === 0 && !this.offsets.hasOffsets(g.groupId)) {
        this.groups.delete(g.groupId)
        removals.push(this.log.append(encodeGroupKey(g.groupId), null).catch(() => {}))
      }
    }
    await Promise.all(removals)
    return expired
  }

  // ---- GroupAccess (for the offset requests) ------------------------------------------------------------

  loadError(): number {
    return this.loaded ? CoordinatorError.NONE : CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS
  }

  validateOffsetCommit(groupId: string, generationId: number, memberId: string, groupInstanceId: string | null): number {
    let group = this.groups.get(groupId)
    if (group === undefined) {
      // Not using Kafka for group management (generation -1): the commit creates an empty group.
      if (generationId >= 0) return CoordinatorError.ILLEGAL_GENERATION
      if (this.groups.size >= this.limits.groupsMax) return CoordinatorError.COORDINATOR_NOT_AVAILABLE
      group = this.newGroup(groupId)
    }
    if (group.state === 'Dead') return CoordinatorError.COORDINATOR_NOT_AVAILABLE
    if (generationId >= 0 || memberId !== '' || groupInstanceId !== null) {
      if (this.isStaticMemberFenced(group, groupInstanceId, memberId)) return CoordinatorError.FENCED_INSTANCE_ID
      const member = group.members.get(memberId)
      if (member === undefined) return CoordinatorError.UNKNOWN_MEMBER_ID
      if (generationId !== group.generationId) return CoordinatorError.ILLEGAL_GENERATION
      // A commit between JoinGroup and SyncGroup: the consumer has not got its assignment yet.
      if (group.state === 'CompletingRebalance') return CoordinatorError.REBALANCE_IN_PROGRESS
      this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
      return CoordinatorError.NONE
    }
    // A simple commit (no member id, generation -1) is for groups without members.
    if (group.state !== 'Empty') return CoordinatorError.UNKNOWN_MEMBER_ID
    return CoordinatorError.NONE
  }

  offsetDeleteCheck(groupId: string): { errorCode: number; subscribed: (topic: string) => boolean } {
    const group = this.groups.get(groupId)
    if (group === undefined || group.state === 'Dead') return { errorCode: CoordinatorError.GROUP_ID_NOT_FOUND, subscribed: () => true }
    if (group.state === 'Empty') return { errorCode: CoordinatorError.NONE, subscribed: () => false }
    if (group.protocolType !== consumerProtocolType) return { errorCode: CoordinatorError.NON_EMPTY_GROUP, subscribed: () => true }
    const topics = group.subscribedTopics
    return { errorCode: CoordinatorError.NONE, subscribed: (topic) => topics === null || topics.has(topic) }
  }

  // ---- offsets (delegated) -------------------------------------------------------------------------------

  offsetCommit(req: OffsetCommitRequest, version: number): Promise<MessageInit<OffsetCommitResponse>> {
    return this.offsets.handleOffsetCommit(req, version, this, this.options.partitionExists)
  }

  offsetFetch(req: OffsetFetchRequest, version: number): MessageInit<OffsetFetchResponse> {
    return this.offsets.handleOffsetFetch(req, version, this)
  }

  offsetDelete(req: OffsetDeleteRequest, _version = 0): Promise<MessageInit<OffsetDeleteResponse>> {
    return this.offsets.handleOffsetDelete(req, this, this.options.partitionExists)
  }

  /** Consumer lag per committed partition of a group (for metrics). */
  lag(groupId: string, endOffset: (topic: string, partition: number) => bigint | number | null): LagEntry[] {
    return this.offsets.lag(groupId, endOffset)
  }

  // ---- FindCoordinator -------------------------------------------------------------------------------------

  findCoordinator(req: FindCoordinatorRequest, version: number, endpoint?: CoordinatorEndpoint): MessageInit<FindCoordinatorResponse> {
    const { nodeId = -1, host = '', port = -1 } = endpoint ?? this.options
    const answer = (key: string): { errorCode: number; errorMessage: string | null } => {
      if (req.keyType === coordinatorKeyTypeGroup) return { errorCode: CoordinatorError.NONE, errorMessage: null }
      if (req.keyType === coordinatorKeyTypeTransaction) {
        return { errorCode: CoordinatorError.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, errorMessage: `transactions are not supported by this broker (transactional id '${key}')` }
      }
      return { errorCode: CoordinatorError.INVALID_REQUEST, errorMessage: `unsupported coordinator key type ${req.keyType} (this broker coordinates groups, key type 0)` }
    }
    if (version >= 4) {
      return {
        throttleTimeMs: 0,
        coordinators: req.coordinatorKeys.map((key) => {
          const a = answer(key)
          return a.errorCode === CoordinatorError.NONE ? { key, nodeId, host, port, ...a } : { key, nodeId: -1, host: '', port: -1, ...a }
        }),
      }
    }
    const a = answer(req.key)
    if (a.errorCode !== CoordinatorError.NONE) return { throttleTimeMs: 0, nodeId: -1, host: '', port: -1, ...a }
    return { throttleTimeMs: 0, nodeId, host, port, ...a }
  }

  // ---- JoinGroup -------------------------------------------------------------------------------------------

  joinGroup(req: JoinGroupRequest, version: number, client: ClientInfo): Promise<MessageInit<JoinGroupResponse>> {
    return new Promise((resolve) => {
      this.doJoin(req, version, client, (r) => resolve(this.joinResponse(r, version)))
    })
  }

  private joinResponse(r: JoinResult, version: number): MessageInit<JoinGroupResponse> {
    return {
      throttleTimeMs: 0,
      errorCode: r.errorCode,
      generationId: r.generationId,
      protocolType: version >= 7 ? r.protocolType : null,
      // Before v7 the protocol name is not nullable: Kafka writes "" there.
      protocolName: r.protocolName ?? (version >= 7 ? null : ''),
      leader: r.leader,
      skipAssignment: false,
      memberId: r.memberId,
      members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: version >= 5 ? m.groupInstanceId : null, metadata: m.metadata })),
    }
  }

  private joinError(errorCode: number, memberId: string): JoinResult {
    return { errorCode, memberId, generationId: -1, protocolType: null, protocolName: null, leader: '', members: [] }
  }

  private doJoin(req: JoinGroupRequest, version: number, client: ClientInfo, cb: (r: JoinResult) => void): void {
    const fail = (code: number) => cb(this.joinError(code, req.memberId))
    if (this.closed) return fail(CoordinatorError.NOT_COORDINATOR)
    if (!this.loaded) return fail(CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS)
    if (req.groupId === '') return fail(CoordinatorError.INVALID_GROUP_ID)
    if (req.sessionTimeoutMs < this.limits.sessionTimeoutMsMin || req.sessionTimeoutMs > this.limits.sessionTimeoutMsMax) {
      return fail(CoordinatorError.INVALID_SESSION_TIMEOUT)
    }
    if (req.protocols.length > this.limits.protocolsPerMemberMax) return fail(CoordinatorError.INVALID_REQUEST)
    let metadataBytes = 0
    for (const p of req.protocols) metadataBytes += p.metadata.length + p.name.length
    if (metadataBytes > this.limits.memberMetadataBytesMax) return fail(CoordinatorError.INVALID_REQUEST)
    const joining: JoiningMember = {
      clientId: client.clientId,
      clientHost: client.clientHost,
      sessionTimeoutMs: req.sessionTimeoutMs,
      // v0 has no rebalance timeout: the session timeout bounds the rebalance, as in Kafka.
      rebalanceTimeoutMs: version === 0 || req.rebalanceTimeoutMs < 0 ? req.sessionTimeoutMs : req.rebalanceTimeoutMs,
      protocolType: req.protocolType,
      protocols: req.protocols.map((p: JoinGroupRequestProtocol) => ({ name: p.name, metadata: p.metadata })),
    }
    const isUnknown = req.memberId === ''
    let group = this.groups.get(req.groupId)
    let created = false
    if (group === undefined) {
      if (!isUnknown) return fail(CoordinatorError.UNKNOWN_MEMBER_ID)
      if (this.groups.size >= this.limits.groupsMax) return fail(CoordinatorError.COORDINATOR_NOT_AVAILABLE)
      group = this.newGroup(req.groupId)
      created = true
    }
    if (isUnknown) this.joinNewMember(group, req, version, joining, cb)
    else this.joinCurrentMember(group, req, joining, cb)
    if (created) this.dropIfUnused(group)
    if (group.state === 'PreparingRebalance') this.tryCompleteJoin(group)
  }

  private joinNewMember(group: Group, req: JoinGroupRequest, version: number, joining: JoiningMember, cb: (r: JoinResult) => void): void {
    if (group.state === 'Dead') return cb(this.joinError(CoordinatorError.COORDINATOR_NOT_AVAILABLE, ''))
    if (!this.supportsProtocols(group, joining.protocolType, joining.protocols)) return cb(this.joinError(CoordinatorError.INCONSISTENT_GROUP_PROTOCOL, ''))
    const instanceId = req.groupInstanceId
    const newMemberId = `${instanceId ?? joining.clientId}-${this.suffix()}`
    if (instanceId !== null) {
      const existing = group.staticMembers.get(instanceId)
      if (existing !== undefined) return this.replaceStaticMemberAndRebalance(group, existing, newMemberId, joining, cb)
      if (this.isFull(group)) return cb(this.joinError(CoordinatorError.GROUP_MAX_SIZE_REACHED, ''))
      return this.addMemberAndRebalance(group, newMemberId, instanceId, joining, cb)
    }
    if (this.isFull(group)) return cb(this.joinError(CoordinatorError.GROUP_MAX_SIZE_REACHED, ''))
    if (version >= 4) {
      // KIP-394: the member must come back with this id, so that a client that retries a lost response does
      // not leave a stray member behind. The id is kept for one session timeout.
      const timer = this.clock.setTimer(joining.sessionTimeoutMs, () => this.expirePendingMember(group, newMemberId))
      group.pendingMembers.set(newMemberId, timer)
      return cb(this.joinError(CoordinatorError.MEMBER_ID_REQUIRED, newMemberId))
    }
    this.addMemberAndRebalance(group, newMemberId, null, joining, cb)
  }

  private joinCurrentMember(group: Group, req: JoinGroupRequest, joining: JoiningMember, cb: (r: JoinResult) => void): void {
    const memberId = req.memberId
    const fail = (code: number) => cb(this.joinError(code, memberId))
    if (group.state === 'Dead') return fail(CoordinatorError.COORDINATOR_NOT_AVAILABLE)
    if (!this.supportsProtocols(group, joining.protocolType, joining.protocols)) return fail(CoordinatorError.INCONSISTENT_GROUP_PROTOCOL)
    const pending = group.pendingMembers.get(memberId)
    if (pending !== undefined) {
      // The second JoinGroup of a member given its id by MEMBER_ID_REQUIRED.
      this.clock.clearTimer(pending)
      group.pendingMembers.delete(memberId)
      if (group.members.size >= this.limits.membersPerGroupMax) return fail(CoordinatorError.GROUP_MAX_SIZE_REACHED)
      return this.addMemberAndRebalance(group, memberId, null, joining, cb)
    }
    const instanceId = req.groupInstanceId
    if (this.isStaticMemberFenced(group, instanceId, memberId)) return fail(CoordinatorError.FENCED_INSTANCE_ID)
    const member = group.members.get(memberId)
    if (member === undefined || (instanceId !== null && !group.staticMembers.has(instanceId))) return fail(CoordinatorError.UNKNOWN_MEMBER_ID)
    switch (group.state) {
      case 'PreparingRebalance':
        return this.updateMemberAndRebalance(group, member, joining, cb)
      case 'CompletingRebalance':
        // Same metadata: the member lost the JoinGroup response; answer it again for this generation.
        if (sameProtocols(member.protocols, joining.protocols)) return cb(this.currentJoinResult(group, member))
        return this.updateMemberAndRebalance(group, member, joining, cb)
      case 'Stable':
        // The leader rejoining forces a rebalance (it may have seen topic changes); so does new metadata.
        if (group.leaderId === memberId || !sameProtocols(member.protocols, joining.protocols)) return this.updateMemberAndRebalance(group, member, joining, cb)
        return cb(this.currentJoinResult(group, member))
      default:
        return fail(CoordinatorError.UNKNOWN_MEMBER_ID)
    }
  }

  private currentJoinResult(group: Group, member: Member): JoinResult {
    const isLeader = group.leaderId === member.memberId
    return {
      errorCode: CoordinatorError.NONE,
      memberId: member.memberId,
      generationId: group.generationId,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: group.leaderId ?? '',
      members: isLeader ? this.memberMetadataList(group) : [],
    }
  }

  private memberMetadataList(group: Group): JoinResult['members'] {
    return [...group.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: metadataFor(m, group.protocolName) }))
  }

  private addMemberAndRebalance(group: Group, memberId: string, instanceId: string | null, joining: JoiningMember, cb: (r: JoinResult) => void): void {
    const member: Member = {
      memberId,
      groupInstanceId: instanceId,
      clientId: joining.clientId,
      clientHost: joining.clientHost,
      rebalanceTimeoutMs: joining.rebalanceTimeoutMs,
      sessionTimeoutMs: joining.sessionTimeoutMs,
      protocolType: joining.protocolType,
      protocols: joining.protocols,
      assignment: EMPTY,
      awaitingJoin: cb,
      awaitingSync: null,
      isNew: true,
      heartbeatTimer: null,
    }
    if (group.state === 'PreparingRebalance' && group.generationId === 0) group.newMemberAdded = true
    if (group.members.size === 0) group.protocolType = joining.protocolType
    if (group.leaderId === null) group.leaderId = memberId
    group.members.set(memberId, member)
    if (instanceId !== null) group.staticMembers.set(instanceId, memberId)
    // A new member cannot heartbeat while its JoinGroup waits; bound how long it may wait instead.
    this.scheduleHeartbeat(group, member, this.limits.newMemberJoinTimeoutMs)
    this.maybePrepareRebalance(group)
  }

  private updateMember(member: Member, joining: JoiningMember, cb: ((r: JoinResult) => void) | null): void {
    member.protocols = joining.protocols
    member.rebalanceTimeoutMs = joining.rebalanceTimeoutMs
    member.sessionTimeoutMs = joining.sessionTimeoutMs
    member.clientId = joining.clientId
    member.clientHost = joining.clientHost
    // A JoinGroup that replaces one still waiting: the client gave up on the first.
    this.invokeJoin(member, this.joinError(CoordinatorError.REBALANCE_IN_PROGRESS, member.memberId))
    member.awaitingJoin = cb
  }

  private updateMemberAndRebalance(group: Group, member: Member, joining: JoiningMember, cb: (r: JoinResult) => void): void {
    this.updateMember(member, joining, cb)
    this.maybePrepareRebalance(group)
  }

  /**
   * A static member restarted (new member id, same group.instance.id): it takes its old member's place and
   * assignment. In a Stable group whose protocol choice does not change there is no rebalance; the old
   * member id is fenced.
   */
  private replaceStaticMemberAndRebalance(group: Group, oldMemberId: string, newMemberId: string, joining: JoiningMember, cb: (r: JoinResult) => void): void {
    const currentLeader = group.leaderId
    const member = group.members.get(oldMemberId)!
    const old: JoiningMember = { protocolType: member.protocolType, protocols: member.protocols, rebalanceTimeoutMs: member.rebalanceTimeoutMs, sessionTimeoutMs: member.sessionTimeoutMs, clientId: member.clientId, clientHost: member.clientHost }
    this.replaceStaticMember(group, member, newMemberId)
    this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
    this.updateMember(member, joining, cb)
    switch (group.state) {
      case 'Stable': {
        if (group.protocolName !== this.selectProtocol(group)) return this.maybePrepareRebalance(group)
        const generationId = group.generationId
        this.storeGroup(group, null).then(
          () => {
            if (group.members.get(newMemberId) !== member) return
            this.invokeJoin(member, {
              errorCode: CoordinatorError.NONE,
              memberId: newMemberId,
              generationId,
              protocolType: group.protocolType,
              protocolName: group.protocolName,
              // The old leader id: a restarted leader must not think it leads and compute an assignment that
              // a Stable group would never distribute.
              leader: currentLeader ?? '',
              members: [],
            })
          },
          () => {
            if (group.members.get(newMemberId) !== member) return
            // Not stored: put the old member back and let this one retry.
            const waiting = member.awaitingJoin
            member.awaitingJoin = null
            this.updateMember(member, old, null)
            this.replaceStaticMember(group, member, oldMemberId)
            this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
            waiting?.(this.joinError(CoordinatorError.COORDINATOR_NOT_AVAILABLE, ''))
          },
        )
        return
      }
      case 'CompletingRebalance':
        // The leader may already be assigning to the old member id: start over.
        return this.prepareRebalance(group)
      default:
        // PreparingRebalance: the member now waits for the rebalance like the others.
        return
    }
  }

  private replaceStaticMember(group: Group, member: Member, newMemberId: string): void {
    const oldMemberId = member.memberId
    group.members.delete(oldMemberId)
    // Whoever still waits with the old id is a zombie of the same instance.
    this.invokeJoin(member, this.joinError(CoordinatorError.FENCED_INSTANCE_ID, oldMemberId))
    this.invokeSync(member, this.syncError(CoordinatorError.FENCED_INSTANCE_ID))
    member.memberId = newMemberId
    group.members.set(newMemberId, member)
    if (group.leaderId === oldMemberId) group.leaderId = newMemberId
    if (member.groupInstanceId !== null) group.staticMembers.set(member.groupInstanceId, newMemberId)
    if (group.pendingSync.delete(oldMemberId)) group.pendingSync.add(newMemberId)
  }

  // ---- rebalance ---------------------------------------------------------------------------------------------

  private maybePrepareRebalance(group: Group): void {
    if (group.state === 'Stable' || group.state === 'CompletingRebalance' || group.state === 'Empty') this.prepareRebalance(group)
  }

  private prepareRebalance(group: Group): void {
    // Members waiting for their assignment must rejoin.
    if (group.state === 'CompletingRebalance') this.resetAndPropagateAssignmentError(group, CoordinatorError.REBALANCE_IN_PROGRESS)
    this.clearSyncTimer(group)
    this.clearJoinTimer(group)
    const rebalanceTimeoutMs = this.rebalanceTimeoutMs(group)
    if (group.state === 'Empty') {
      // The first rebalance of an empty group waits for more members to arrive (Kafka's InitialDelayedJoin).
      const delayMs = this.limits.initialRebalanceDelayMs
      group.joinTimerInitial = true
      group.initialRemainingMs = Math.max(rebalanceTimeoutMs - delayMs, 0)
      group.joinTimer = this.clock.setTimer(delayMs, () => this.onInitialJoinTimer(group, delayMs))
    } else {
      group.joinTimerInitial = false
      group.joinTimer = this.clock.setTimer(rebalanceTimeoutMs, () => {
        group.joinTimer = null
        this.completeJoin(group)
      })
    }
    this.transition(group, 'PreparingRebalance')
    this.tryCompleteJoin(group)
  }

  private onInitialJoinTimer(group: Group, delayMs: number): void {
    group.joinTimer = null
    if (group.state !== 'PreparingRebalance') return
    if (group.newMemberAdded && group.initialRemainingMs > 0) {
      group.newMemberAdded = false
      const nextDelayMs = Math.min(this.limits.initialRebalanceDelayMs, group.initialRemainingMs)
      group.initialRemainingMs = Math.max(group.initialRemainingMs - delayMs, 0)
      group.joinTimer = this.clock.setTimer(nextDelayMs, () => this.onInitialJoinTimer(group, nextDelayMs))
      return
    }
    this.completeJoin(group)
  }

  private rebalanceTimeoutMs(group: Group): number {
    let t = 0
    for (const m of group.members.values()) t = Math.max(t, m.rebalanceTimeoutMs)
    return t
  }

  /** Completes the join phase early once every member (and every member given an id) has rejoined. */
  private tryCompleteJoin(group: Group): void {
    if (group.state !== 'PreparingRebalance' || group.joinTimerInitial) return
    if (group.pendingMembers.size > 0) return
    for (const m of group.members.values()) if (m.awaitingJoin === null) return
    this.completeJoin(group)
  }

  private completeJoin(group: Group): void {
    if (group.state !== 'PreparingRebalance') return
    this.clearJoinTimer(group)
    // Dynamic members that did not rejoin within the rebalance timeout are dropped; static ones stay until
    // their session times out, so a restarting static member keeps its place.
    for (const m of [...group.members.values()]) {
      if (m.awaitingJoin === null && m.groupInstanceId === null) this.removeMember(group, m)
    }
    if (!this.maybeElectNewJoinedLeader(group) && group.members.size > 0) {
      // Nobody rejoined: wait another rebalance timeout while sessions expire the silent members.
      group.joinTimerInitial = false
      group.joinTimer = this.clock.setTimer(this.rebalanceTimeoutMs(group), () => {
        group.joinTimer = null
        this.completeJoin(group)
      })
      return
    }
    group.generationId++
    group.pendingSync.clear()
    if (group.members.size === 0) {
      group.protocolName = null
      group.subscribedTopics = null
      this.transition(group, 'Empty')
      this.storeGroup(group, null).catch(() => {})
      return
    }
    group.protocolName = this.selectProtocol(group)
    group.subscribedTopics = this.computeSubscribedTopics(group)
    this.transition(group, 'CompletingRebalance')
    for (const m of group.members.values()) group.pendingSync.add(m.memberId)
    for (const m of [...group.members.values()]) {
      this.invokeJoin(m, this.currentJoinResult(group, m))
      this.scheduleHeartbeat(group, m, m.sessionTimeoutMs)
      m.isNew = false
    }
    // Members that do not send SyncGroup within the rebalance timeout are removed (Kafka's DelayedSync).
    const generationId = group.generationId
    group.syncTimer = this.clock.setTimer(this.rebalanceTimeoutMs(group), () => {
      group.syncTimer = null
      this.expirePendingSync(group, generationId)
    })
  }

  private maybeElectNewJoinedLeader(group: Group): boolean {
    if (group.leaderId === null) return false
    const leader = group.members.get(group.leaderId)
    if (leader !== undefined && leader.awaitingJoin !== null) return true
    for (const m of group.members.values()) {
      if (m.awaitingJoin !== null) {
        group.leaderId = m.memberId
        return true
      }
    }
    return false
  }

  private expirePendingSync(group: Group, generationId: number): void {
    if (generationId !== group.generationId) return
    if (group.state !== 'CompletingRebalance' && group.state !== 'Stable') return
    if (group.pendingSync.size === 0) return
    for (const memberId of [...group.pendingSync]) {
      const m = group.members.get(memberId)
      if (m !== undefined) this.removeMember(group, m)
    }
    this.prepareRebalance(group)
  }

  /** The protocol every member supports that most members prefer; ties go to the leader's order. */
  private selectProtocol(group: Group): string {
    const members = [...group.members.values()]
    const leader = (group.leaderId !== null ? group.members.get(group.leaderId) : undefined) ?? members[0]
    const candidates = leader.protocols.map((p) => p.name).filter((name) => members.every((m) => m.protocols.some((p) => p.name === name)))
    const votes = new Map<string, number>()
    for (const m of members) {
      const vote = m.protocols.find((p) => candidates.includes(p.name))
      if (vote !== undefined) votes.set(vote.name, (votes.get(vote.name) ?? 0) + 1)
    }
    let best = candidates[0]
    for (const name of candidates) if ((votes.get(name) ?? 0) > (votes.get(best) ?? 0)) best = name
    return best
  }

  private supportsProtocols(group: Group, protocolType: string, protocols: readonly Protocol[]): boolean {
    if (group.state === 'Empty') return protocolType !== '' && protocols.length > 0
    if (group.protocolType !== protocolType) return false
    return protocols.some((p) => {
      for (const m of group.members.values()) if (!m.protocols.some((q) => q.name === p.name)) return false
      return true
    })
  }

  private computeSubscribedTopics(group: Group): Set<string> | null {
    if (group.protocolType !== consumerProtocolType) return null
    const topics = new Set<string>()
    for (const m of group.members.values()) {
      const t = subscriptionTopics(metadataFor(m, group.protocolName))
      if (t === null) return null
      for (const name of t) topics.add(name)
    }
    return topics
  }

  // ---- SyncGroup ---------------------------------------------------------------------------------------------

  syncGroup(req: SyncGroupRequest, _version: number): Promise<MessageInit<SyncGroupResponse>> {
    return new Promise((resolve) => this.doSync(req, (r) => resolve({ throttleTimeMs: 0, ...r })))
  }

  private syncError(errorCode: number): SyncResult {
    return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY }
  }

  private doSync(req: SyncGroupRequest, cb: (r: SyncResult) => void): void {
    const fail = (code: number) => cb(this.syncError(code))
    if (this.closed) return fail(CoordinatorError.NOT_COORDINATOR)
    // Loading: the rebalance in progress was lost; the member rejoins without looking for the coordinator.
    if (!this.loaded) return fail(CoordinatorError.REBALANCE_IN_PROGRESS)
    if (req.groupId === '') return fail(CoordinatorError.INVALID_GROUP_ID)
    const group = this.groups.get(req.groupId)
    if (group === undefined) return fail(CoordinatorError.UNKNOWN_MEMBER_ID)
    if (group.state === 'Dead') return fail(CoordinatorError.COORDINATOR_NOT_AVAILABLE)
    if (this.isStaticMemberFenced(group, req.groupInstanceId, req.memberId)) return fail(CoordinatorError.FENCED_INSTANCE_ID)
    const member = group.members.get(req.memberId)
    if (member === undefined) return fail(CoordinatorError.UNKNOWN_MEMBER_ID)
    if (req.generationId !== group.generationId) return fail(CoordinatorError.ILLEGAL_GENERATION)
    if (req.protocolType !== null && req.protocolType !== group.protocolType) return fail(CoordinatorError.INCONSISTENT_GROUP_PROTOCOL)
    if (req.protocolName !== null && req.protocolName !== group.protocolName) return fail(CoordinatorError.INCONSISTENT_GROUP_PROTOCOL)
    switch (group.state) {
      case 'Empty':
        return fail(CoordinatorError.UNKNOWN_MEMBER_ID)
      case 'PreparingRebalance':
        return fail(CoordinatorError.REBALANCE_IN_PROGRESS)
      case 'Stable':
        group.pendingSync.delete(member.memberId)
        if (group.pendingSync.size === 0) this.clearSyncTimer(group)
        cb({ errorCode: CoordinatorError.NONE, protocolType: group.protocolType, protocolName: group.protocolName, assignment: member.assignment })
        this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
        return
      case 'CompletingRebalance': {
        this.invokeSync(member, this.syncError(CoordinatorError.REBALANCE_IN_PROGRESS))
        member.awaitingSync = cb
        group.pendingSync.delete(member.memberId)
        if (group.pendingSync.size === 0) this.clearSyncTimer(group)
        if (group.leaderId !== member.memberId) return
        const assignment = new Map<string, Uint8Array>()
        for (const a of req.assignments) if (group.members.has(a.memberId)) assignment.set(a.memberId, a.assignment)
        let storedBytes = 0
        for (const m of group.members.values()) storedBytes += (assignment.get(m.memberId)?.length ?? 0) + metadataFor(m, group.protocolName).length + m.memberId.length
        const generationId = group.generationId
        if (storedBytes > this.limits.groupMetadataBytesMax) {
          this.resetAndPropagateAssignmentError(group, CoordinatorError.UNKNOWN_SERVER_ERROR)
          this.maybePrepareRebalance(group)
          return
        }
        this.storeGroup(group, assignment).then(
          () => {
            // Another member may have joined meanwhile: only this generation's completion counts.
            if (group.state !== 'CompletingRebalance' || group.generationId !== generationId) return
            for (const m of group.members.values()) m.assignment = assignment.get(m.memberId) ?? EMPTY
            this.propagateAssignment(group, CoordinatorError.NONE)
            this.transition(group, 'Stable')
          },
          () => {
            if (group.state !== 'CompletingRebalance' || group.generationId !== generationId) return
            this.resetAndPropagateAssignmentError(group, CoordinatorError.COORDINATOR_NOT_AVAILABLE)
            this.maybePrepareRebalance(group)
          },
        )
        return
      }
    }
  }

  private resetAndPropagateAssignmentError(group: Group, errorCode: number): void {
    for (const m of group.members.values()) m.assignment = EMPTY
    this.propagateAssignment(group, errorCode)
  }

  private propagateAssignment(group: Group, errorCode: number): void {
    for (const m of group.members.values()) {
      if (m.awaitingSync === null) continue
      this.invokeSync(
        m,
        errorCode === CoordinatorError.NONE
          ? { errorCode, protocolType: group.protocolType, protocolName: group.protocolName, assignment: m.assignment }
          : this.syncError(errorCode),
      )
      // Sessions of members waiting here were not checked meanwhile: start them again now.
      this.scheduleHeartbeat(group, m, m.sessionTimeoutMs)
    }
  }

  // ---- Heartbeat -----------------------------------------------------------------------------------------------

  heartbeat(req: HeartbeatRequest, _version: number): MessageInit<HeartbeatResponse> {
    return { throttleTimeMs: 0, errorCode: this.doHeartbeat(req) }
  }

  private doHeartbeat(req: HeartbeatRequest): number {
    if (this.closed) return CoordinatorError.NOT_COORDINATOR
    // Kafka answers blindly while loading; the group state comes back with the log.
    if (!this.loaded) return CoordinatorError.NONE
    if (req.groupId === '') return CoordinatorError.INVALID_GROUP_ID
    const group = this.groups.get(req.groupId)
    if (group === undefined) return CoordinatorError.UNKNOWN_MEMBER_ID
    if (group.state === 'Dead') return CoordinatorError.COORDINATOR_NOT_AVAILABLE
    if (this.isStaticMemberFenced(group, req.groupInstanceId, req.memberId)) return CoordinatorError.FENCED_INSTANCE_ID
    const member = group.members.get(req.memberId)
    if (member === undefined) return CoordinatorError.UNKNOWN_MEMBER_ID
    if (req.generationId !== group.generationId) return CoordinatorError.ILLEGAL_GENERATION
    switch (group.state) {
      case 'Empty':
        return CoordinatorError.UNKNOWN_MEMBER_ID
      case 'PreparingRebalance':
        this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
        return CoordinatorError.REBALANCE_IN_PROGRESS
      default:
        this.scheduleHeartbeat(group, member, member.sessionTimeoutMs)
        return CoordinatorError.NONE
    }
  }

  private scheduleHeartbeat(group: Group, member: Member, timeoutMs: number): void {
    if (member.heartbeatTimer !== null) this.clock.clearTimer(member.heartbeatTimer)
    if (this.closed) return
    member.heartbeatTimer = this.clock.setTimer(timeoutMs, () => {
      member.heartbeatTimer = null
      this.expireHeartbeat(group, member)
    })
  }

  private expireHeartbeat(group: Group, member: Member): void {
    if (group.members.get(member.memberId) !== member) return
    // A member waiting on its JoinGroup or SyncGroup is alive by that request; its session starts again
    // when the answer goes out. New members get no such grace (newMemberJoinTimeoutMs bounds them).
    if (!member.isNew && (member.awaitingJoin !== null || member.awaitingSync !== null)) return
    this.removeMemberAndUpdateGroup(group, member)
  }

  private expirePendingMember(group: Group, memberId: string): void {
    if (!group.pendingMembers.delete(memberId)) return
    if (group.state === 'PreparingRebalance') this.tryCompleteJoin(group)
    this.dropIfUnused(group)
  }

  // ---- LeaveGroup -----------------------------------------------------------------------------------------------

  leaveGroup(req: LeaveGroupRequest, version: number): MessageInit<LeaveGroupResponse> {
    const identities = version >= 3 ? req.members : [{ memberId: req.memberId, groupInstanceId: null, reason: null }]
    const { errorCode, members } = this.doLeave(req.groupId, identities)
    if (version >= 3) return { throttleTimeMs: 0, errorCode, members }
    // v0-2 answer the one member's error at the top.
    return { throttleTimeMs: 0, errorCode: errorCode !== CoordinatorError.NONE ? errorCode : (members[0]?.errorCode ?? CoordinatorError.NONE), members: [] }
  }

  private doLeave(
    groupId: string,
    identities: readonly { memberId: string; groupInstanceId: string | null }[],
  ): { errorCode: number; members: { memberId: string; groupInstanceId: string | null; errorCode: number }[] } {
    if (this.closed) return { errorCode: CoordinatorError.NOT_COORDINATOR, members: [] }
    if (!this.loaded) return { errorCode: CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS, members: [] }
    if (groupId === '') return { errorCode: CoordinatorError.INVALID_GROUP_ID, members: [] }
    const group = this.groups.get(groupId)
    const out = (i: { memberId: string; groupInstanceId: string | null }, errorCode: number) => ({ memberId: i.memberId, groupInstanceId: i.groupInstanceId, errorCode })
    if (group === undefined) return { errorCode: CoordinatorError.NONE, members: identities.map((i) => out(i, CoordinatorError.UNKNOWN_MEMBER_ID)) }
    if (group.state === 'Dead') return { errorCode: CoordinatorError.COORDINATOR_NOT_AVAILABLE, members: [] }
    const members = identities.map((i) => {
      if (i.memberId === '') {
        // An administrator removing a static member by its instance id alone.
        const current = i.groupInstanceId === null ? undefined : group.staticMembers.get(i.groupInstanceId)
        const member = current === undefined ? undefined : group.members.get(current)
        if (member === undefined) return out(i, CoordinatorError.UNKNOWN_MEMBER_ID)
        this.removeMemberAndUpdateGroup(group, member)
        return out(i, CoordinatorError.NONE)
      }
      const pending = group.pendingMembers.get(i.memberId)
      if (pending !== undefined) {
        this.clock.clearTimer(pending)
        group.pendingMembers.delete(i.memberId)
        if (group.state === 'PreparingRebalance') this.tryCompleteJoin(group)
        return out(i, CoordinatorError.NONE)
      }
      if (this.isStaticMemberFenced(group, i.groupInstanceId, i.memberId)) return out(i, CoordinatorError.FENCED_INSTANCE_ID)
      const member = group.members.get(i.memberId)
      if (member === undefined) return out(i, CoordinatorError.UNKNOWN_MEMBER_ID)
      this.removeMemberAndUpdateGroup(group, member)
      return out(i, CoordinatorError.NONE)
    })
    return { errorCode: CoordinatorError.NONE, members }
  }

  private removeMemberAndUpdateGroup(group: Group, member: Member): void {
    this.removeMember(group, member)
    switch (group.state) {
      case 'Stable':
      case 'CompletingRebalance':
        return this.maybePrepareRebalance(group)
      case 'PreparingRebalance':
        return this.tryCompleteJoin(group)
      default:
        return
    }
  }

  private removeMember(group: Group, member: Member): void {
    if (member.heartbeatTimer !== null) this.clock.clearTimer(member.heartbeatTimer)
    member.heartbeatTimer = null
    // A removed member still waiting gets UNKNOWN_MEMBER_ID, so that it rejoins if it is still alive.
    this.invokeJoin(member, this.joinError(CoordinatorError.UNKNOWN_MEMBER_ID, ''))
    this.invokeSync(member, this.syncError(CoordinatorError.UNKNOWN_MEMBER_ID))
    group.members.delete(member.memberId)
    group.pendingSync.delete(member.memberId)
    if (member.groupInstanceId !== null && group.staticMembers.get(member.groupInstanceId) === member.memberId) group.staticMembers.delete(member.groupInstanceId)
    if (group.leaderId === member.memberId) group.leaderId = group.members.keys().next().value ?? null
  }

  // ---- ListGroups, DescribeGroups, DeleteGroups -------------------------------------------------------------------

  listGroups(req: ListGroupsRequest, version: number): MessageInit<ListGroupsResponse> {
    if (!this.loaded) return { throttleTimeMs: 0, errorCode: CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS, groups: [] }
    const states = version >= 4 && req.statesFilter.length > 0 ? new Set(req.statesFilter.map((s) => s.toLowerCase())) : null
    const types = version >= 5 && req.typesFilter.length > 0 ? new Set(req.typesFilter.map((s) => s.toLowerCase())) : null
    if (types !== null && !types.has('classic')) return { throttleTimeMs: 0, errorCode: CoordinatorError.NONE, groups: [] }
    const groups: { groupId: string; protocolType: string; groupState: string; groupType: string }[] = []
    for (const g of this.groups.values()) {
      if (g.state === 'Dead') continue
      if (states !== null && !states.has(g.state.toLowerCase())) continue
      groups.push({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state, groupType: 'classic' })
    }
    return { throttleTimeMs: 0, errorCode: CoordinatorError.NONE, groups }
  }

  describeGroups(req: DescribeGroupsRequest, version: number): MessageInit<DescribeGroupsResponse> {
    const authorizedOperations = version >= 3 && req.includeAuthorizedOperations ? groupAuthorizedOperations : authorizedOperationsOmitted
    const groups = req.groups.map((groupId): MessageInit<DescribeGroupsResponseDescribedGroup> => {
      const base = { groupId, protocolType: '', protocolData: '', members: [], authorizedOperations }
      if (!this.loaded) return { ...base, errorCode: CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS, groupState: '' }
      const g = this.groups.get(groupId)
      // Kafka (up to DescribeGroups v5) describes a group it does not know as Dead, without an error.
      if (g === undefined) return { ...base, errorCode: CoordinatorError.NONE, groupState: 'Dead' }
      const stable = g.state === 'Stable'
      return {
        errorCode: CoordinatorError.NONE,
        groupId,
        groupState: g.state,
        protocolType: g.protocolType ?? '',
        protocolData: stable ? (g.protocolName ?? '') : '',
        members: [...g.members.values()].map((m) => ({
          memberId: m.memberId,
          groupInstanceId: version >= 4 ? m.groupInstanceId : null,
          clientId: m.clientId,
          clientHost: m.clientHost,
          memberMetadata: stable ? metadataFor(m, g.protocolName) : EMPTY,
          memberAssignment: stable ? m.assignment : EMPTY,
        })),
        authorizedOperations,
      }
    })
    return { throttleTimeMs: 0, groups }
  }

  async deleteGroups(req: DeleteGroupsRequest, _version: number): Promise<MessageInit<DeleteGroupsResponse>> {
    const results = await Promise.all(req.groupsNames.map(async (groupId) => ({ groupId, errorCode: await this.deleteGroup(groupId) })))
    return { throttleTimeMs: 0, results }
  }

  private async deleteGroup(groupId: string): Promise<number> {
    if (this.closed) return CoordinatorError.NOT_COORDINATOR
    if (!this.loaded) return CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS
    const group = this.groups.get(groupId)
    if (group === undefined || group.state === 'Dead') return CoordinatorError.GROUP_ID_NOT_FOUND
    if (group.state !== 'Empty') return CoordinatorError.NON_EMPTY_GROUP
    // Dead while the tombstones are written: joins meanwhile get COORDINATOR_NOT_AVAILABLE and retry.
    this.transition(group, 'Dead')
    for (const t of group.pendingMembers.values()) this.clock.clearTimer(t)
    group.pendingMembers.clear()
    try {
      await this.offsets.deleteGroup(groupId)
      await this.log.append(encodeGroupKey(groupId), null)
    } catch {
      this.transition(group, 'Empty')
      return CoordinatorError.COORDINATOR_NOT_AVAILABLE
    }
    if (this.groups.get(groupId) === group) this.groups.delete(groupId)
    return CoordinatorError.NONE
  }

  // ---- inspection (embedded API, metrics, tests) ---------------------------------------------------------------------

  /** A snapshot of one group, or undefined. */
  describe(groupId: string):
    | {
        state: GroupState
        generationId: number
        protocolType: string | null
        protocolName: string | null
        leaderId: string | null
        members: { memberId: string; groupInstanceId: string | null; assignment: Uint8Array }[]
      }
    | undefined {
    const g = this.groups.get(groupId)
    if (g === undefined) return undefined
    return {
      state: g.state,
      generationId: g.generationId,
      protocolType: g.protocolType,
      protocolName: g.protocolName,
      leaderId: g.leaderId,
      members: [...g.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, assignment: m.assignment })),
    }
  }

  groupIds(): string[] {
    return [...this.groups.keys()]
  }

  // ---- helpers ------------------------------------------------------------------------------------------------------

  private newGroup(groupId: string): Group {
    const group: Group = {
      groupId,
      state: 'Empty',
      stateTimestampMs: this.clock.now(),
      generationId: 0,
      protocolType: null,
      protocolName: null,
      leaderId: null,
      members: new Map(),
      staticMembers: new Map(),
      pendingMembers: new Map(),
      pendingSync: new Set(),
      newMemberAdded: false,
      joinTimer: null,
      joinTimerInitial: false,
      initialRemainingMs: 0,
      syncTimer: null,
      subscribedTopics: null,
    }
    this.groups.set(groupId, group)
    return group
  }

  /** Forgets a group that a failed first JoinGroup created and that holds nothing. */
  private dropIfUnused(group: Group): void {
    if (group.state === 'Empty' && group.generationId === 0 && group.members.size === 0 && group.pendingMembers.size === 0 && !this.offsets.hasOffsets(group.groupId)) {
      if (this.groups.get(group.groupId) === group) this.groups.delete(group.groupId)
    }
  }

  private isFull(group: Group): boolean {
    return group.members.size + group.pendingMembers.size >= this.limits.membersPerGroupMax
  }

  private isStaticMemberFenced(group: Group, instanceId: string | null, memberId: string): boolean {
    if (instanceId === null) return false
    const current = group.staticMembers.get(instanceId)
    return current !== undefined && current !== memberId
  }

  private transition(group: Group, state: GroupState): void {
    group.state = state
    group.stateTimestampMs = this.clock.now()
    if (state === 'PreparingRebalance') this.options.onRebalanceStart?.(group.groupId)
  }

  private clearJoinTimer(group: Group): void {
    if (group.joinTimer !== null) this.clock.clearTimer(group.joinTimer)
    group.joinTimer = null
  }

  private clearSyncTimer(group: Group): void {
    if (group.syncTimer !== null) this.clock.clearTimer(group.syncTimer)
    group.syncTimer = null
  }

  private invokeJoin(member: Member, r: JoinResult): void {
    const cb = member.awaitingJoin
    if (cb === null) return
    member.awaitingJoin = null
    cb(r)
  }

  private invokeSync(member: Member, r: SyncResult): void {
    const cb = member.awaitingSync
    if (cb === null) return
    member.awaitingSync = null
    cb(r)
  }

  /** Writes the group record: generation, leader, members with their subscriptions and assignments. */
  private storeGroup(group: Group, assignment: Map<string, Uint8Array> | null): Promise<void> {
    const value: GroupValue = {
      protocolType: group.protocolType ?? '',
      generation: group.generationId,
      protocol: group.protocolName,
      leader: group.members.size > 0 ? group.leaderId : null,
      currentStateTimestampMs: group.stateTimestampMs,
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: metadataFor(m, group.protocolName),
        assignment: assignment === null ? m.assignment : (assignment.get(m.memberId) ?? EMPTY),
      })),
    }
    let bytes: Uint8Array
    try {
      bytes = encodeGroupValue(value)
    } catch (error) {
      return Promise.reject(error)
    }
    return this.log.append(encodeGroupKey(group.groupId), bytes)
  }
}

interface JoiningMember {
  readonly clientId: string
  readonly clientHost: string
  readonly sessionTimeoutMs: number
  readonly rebalanceTimeoutMs: number
  readonly protocolType: string
  readonly protocols: readonly Protocol[]
}
