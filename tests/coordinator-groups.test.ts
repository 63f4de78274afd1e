// The classic group protocol of host/coordinator/group-coordinator.ts, driven the way real consumers drive
// it: subscriptions and assignments are ConsumerProtocol bytes from the generated codec, a simulated
// consumer follows the Java client's join -> sync -> heartbeat loop, and a manual clock moves time.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CoordinatorError as E,
  GroupCoordinator,
  ManualClock,
  MemoryCoordinatorLog,
  type GroupCoordinatorLimits,
} from '../host/coordinator/index.js'
import {
  Reader,
  Writer,
  decodeConsumerProtocolAssignment,
  encodeConsumerProtocolAssignment,
  encodeConsumerProtocolSubscription,
  type DescribeGroupsResponse,
  type FindCoordinatorResponse,
  type HeartbeatRequest,
  type JoinGroupRequest,
  type JoinGroupResponse,
  type LeaveGroupResponse,
  type ListGroupsResponse,
  type SyncGroupRequest,
  type SyncGroupResponse,
  type DeleteGroupsResponse,
} from '../host/kafka/protocol/index.js'

// ---- ConsumerProtocol bytes, as the Java client writes them (int16 version, then the struct) -----------------

function subscription(topics: string[], version = 1): Uint8Array {
  const w = new Writer()
  w.int16(version, 'Version')
  encodeConsumerProtocolSubscription(w, { topics, userData: null, ownedPartitions: [] }, version)
  return w.finish()
}

function assignmentBytes(parts: Map<string, number[]>): Uint8Array {
  const w = new Writer()
  w.int16(1, 'Version')
  encodeConsumerProtocolAssignment(w, { assignedPartitions: [...parts].map(([topic, partitions]) => ({ topic, partitions })), userData: null }, 1)
  return w.finish()
}

function decodeAssignment(bytes: Uint8Array): Map<string, number[]> {
  const out = new Map<string, number[]>()
  if (bytes.length === 0) return out
  const version = (bytes[0] << 8) | bytes[1]
  const a = decodeConsumerProtocolAssignment(new Reader(bytes.subarray(2)), version)
  for (const tp of a.assignedPartitions) out.set(tp.topic, [...tp.partitions])
  return out
}

/** Kafka's RangeAssignor over one topic: members sorted by id, contiguous ranges, the first ones get one more. */
function rangeAssign(memberIds: string[], topic: string, partitions: number): { memberId: string; assignment: Uint8Array }[] {
  const sorted = [...memberIds].sort()
  const per = Math.floor(partitions / sorted.length)
  const extra = partitions % sorted.length
  let next = 0
  return sorted.map((memberId, i) => {
    const n = per + (i < extra ? 1 : 0)
    const ps = Array.from({ length: n }, (_, k) => next + k)
    next += n
    return { memberId, assignment: assignmentBytes(new Map([[topic, ps]])) }
  })
}

// ---- harness --------------------------------------------------------------------------------------------------

const TOPIC = 'orders'
const PARTITIONS = 6
const SESSION_MS = 10_000
const REBALANCE_MS = 20_000
const HEARTBEAT_MS = 1_000
const flush = () => new Promise<void>((resolve) => setImmediate(resolve))

class Harness {
  readonly clock = new ManualClock()
  readonly log = new MemoryCoordinatorLog()
  gc: GroupCoordinator
  constructor(readonly limits: Partial<GroupCoordinatorLimits> = {}) {
    this.gc = this.coordinator()
  }
  coordinator(): GroupCoordinator {
    return new GroupCoordinator({
      log: this.log,
      clock: this.clock,
      nodeId: 7,
      host: 'localhost',
      port: 9092,
      partitionExists: (topic, p) => (topic === TOPIC || topic === 'other') && p >= 0 && p < PARTITIONS,
      limits: this.limits,
    })
  }
  /** Moves time in small steps, letting promise continuations run between them. */
  async run(ms: number, stepMs = 100): Promise<void> {
    for (let t = 0; t < ms; t += stepMs) {
      this.clock.advance(stepMs)
      await flush()
    }
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.clock.setTimer(ms, resolve))
  }
}

const join = (over: Partial<JoinGroupRequest>): JoinGroupRequest => ({
  groupId: 'g',
  sessionTimeoutMs: SESSION_MS,
  rebalanceTimeoutMs: REBALANCE_MS,
  memberId: '',
  groupInstanceId: null,
  protocolType: 'consumer',
  protocols: [{ name: 'range', metadata: subscription([TOPIC]) }],
  reason: null,
  ...over,
})
const client = { clientId: 'app', clientHost: '/127.0.0.1' }
const sync = (over: Partial<SyncGroupRequest>): SyncGroupRequest => ({
  groupId: 'g',
  generationId: 1,
  memberId: '',
  groupInstanceId: null,
  protocolType: 'consumer',
  protocolName: 'range',
  assignments: [],
  ...over,
})
const hb = (over: Partial<HeartbeatRequest>): HeartbeatRequest => ({ groupId: 'g', generationId: 1, memberId: '', groupInstanceId: null, ...over })

/** A consumer that behaves like the Java client's classic protocol: join (with MEMBER_ID_REQUIRED), sync, heartbeat. */
class Consumer {
  memberId = ''
  generationId = -1
  assignment = new Map<string, number[]>()
  alive = true
  readonly generationsSeen: number[] = []
  joins = 0
  constructor(
    private readonly h: Harness,
    readonly name: string,
    readonly instanceId: string | null = null,
  ) {}

  start(): this {
    void this.loop()
    return this
  }

  /** Stops without leaving, like a killed process. */
  kill(): void {
    this.alive = false
  }

  async leave(): Promise<void> {
    this.alive = false
    this.h.gc.leaveGroup({ groupId: 'g', memberId: '', members: [{ memberId: this.memberId, groupInstanceId: this.instanceId, reason: 'closing' }] }, 5)
  }

  get gc(): GroupCoordinator {
    return this.h.gc
  }

  private async loop(): Promise<void> {
    while (this.alive) {
      await this.joinAndSync()
      while (this.alive) {
        await this.h.sleep(HEARTBEAT_MS)
        if (!this.alive) return
        const r = this.gc.heartbeat(hb({ generationId: this.generationId, memberId: this.memberId, groupInstanceId: this.instanceId }), 4)
        if (r.errorCode === E.NONE) continue
        if (r.errorCode === E.UNKNOWN_MEMBER_ID) this.memberId = ''
        if (r.errorCode === E.FENCED_INSTANCE_ID) return void (this.alive = false)
        break
      }
    }
  }

  private async joinAndSync(): Promise<void> {
    while (this.alive) {
      this.joins++
      const j = (await this.gc.joinGroup(join({ memberId: this.memberId, groupInstanceId: this.instanceId }), 9, { clientId: this.name, clientHost: '/10.0.0.1' })) as JoinGroupResponse
      if (!this.alive) return
      if (j.errorCode === E.MEMBER_ID_REQUIRED) {
        this.memberId = j.memberId
        continue
      }
      if (j.errorCode === E.UNKNOWN_MEMBER_ID) {
        this.memberId = ''
        continue
      }
      if (j.errorCode === E.FENCED_INSTANCE_ID) return void (this.alive = false)
      if (j.errorCode !== E.NONE) {
        await this.h.sleep(100)
        continue
      }
      this.memberId = j.memberId
      this.generationId = j.generationId
      this.generationsSeen.push(j.generationId)
      const assignments = j.leader === j.memberId ? rangeAssign(j.members.map((m) => m.memberId), TOPIC, PARTITIONS) : []
      const s = (await this.gc.syncGroup(sync({ generationId: j.generationId, memberId: j.memberId, groupInstanceId: this.instanceId, assignments }), 5)) as SyncGroupResponse
      if (!this.alive) return
      if (s.errorCode === E.NONE) {
        this.assignment = decodeAssignment(s.assignment)
        return
      }
      if (s.errorCode === E.UNKNOWN_MEMBER_ID) this.memberId = ''
      if (s.errorCode === E.FENCED_INSTANCE_ID) return void (this.alive = false)
    }
  }
}

/** Every partition of TOPIC owned by exactly one of `consumers`. */
function expectCovered(consumers: Consumer[]): void {
  const owners = new Map<number, string>()
  for (const c of consumers) {
    for (const p of c.assignment.get(TOPIC) ?? []) {
      expect(owners.has(p), `partition ${p} owned twice`).toBe(false)
      owners.set(p, c.name)
    }
  }
  expect([...owners.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5])
}

async function load(h: Harness): Promise<void> {
  await h.gc.load()
}

/** n members joined and synced through the API by hand (initialRebalanceDelayMs 0); returns their ids, leader first. */
async function stableGroup(h: Harness, n: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) ids.push(((await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse).memberId)
  const joins = ids.map((id) => h.gc.joinGroup(join({ memberId: id }), 9, client))
  h.clock.advance(0)
  const rs = (await Promise.all(joins)) as JoinGroupResponse[]
  const leader = rs[0].leader
  const assignments = rangeAssign(ids, TOPIC, PARTITIONS)
  const syncs = ids.map((id) => h.gc.syncGroup(sync({ memberId: id, generationId: rs[0].generationId, assignments: id === leader ? assignments : [] }), 5))
  for (const s of (await Promise.all(syncs)) as SyncGroupResponse[]) expect(s.errorCode).toBe(E.NONE)
  expect(h.gc.describe('g')!.state).toBe('Stable')
  return [leader, ...ids.filter((id) => id !== leader)]
}

// ---- tests --------------------------------------------------------------------------------------------------------

describe('join and sync', () => {
  it('three consumers join, the leader assigns ranges, each gets its two partitions', async () => {
    const h = new Harness()
    await load(h)
    const cs = ['a', 'b', 'c'].map((n) => new Consumer(h, n).start())
    await h.run(8_000)
    const d = h.gc.describe('g')!
    expect(d.state).toBe('Stable')
    expect(d.generationId).toBe(1)
    expect(d.protocolName).toBe('range')
    expect(d.members).toHaveLength(3)
    for (const c of cs) {
      expect(c.generationId).toBe(1)
      expect(c.assignment.get(TOPIC)).toHaveLength(2)
    }
    expectCovered(cs)
    // The first join of each waited for the initial rebalance delay and was answered together.
    const described = h.gc.describeGroups({ groups: ['g'], includeAuthorizedOperations: false }, 5) as DescribeGroupsResponse
    expect(described.groups[0].groupState).toBe('Stable')
    expect(described.groups[0].protocolData).toBe('range')
    expect(described.groups[0].members.map((m) => decodeAssignment(m.memberAssignment).get(TOPIC)!.length)).toEqual([2, 2, 2])
  })

  it('a member that stops heartbeating is removed after its session timeout and the others take its partitions', async () => {
    const h = new Harness()
    await load(h)
    const [a, b, c] = ['a', 'b', 'c'].map((n) => new Consumer(h, n).start())
    await h.run(8_000)
    expect(h.gc.describe('g')!.generationId).toBe(1)
    const lost = c.assignment.get(TOPIC)!
    c.kill()
    await h.run(SESSION_MS - 2_000)
    expect(h.gc.describe('g')!.members).toHaveLength(3) // not yet
    await h.run(6_000)
    const d = h.gc.describe('g')!
    expect(d.state).toBe('Stable')
    expect(d.generationId).toBe(2)
    expect(d.members.map((m) => m.memberId).sort()).toEqual([a.memberId, b.memberId].sort())
    expect(a.assignment.get(TOPIC)).toHaveLength(3)
    expect(b.assignment.get(TOPIC)).toHaveLength(3)
    expectCovered([a, b])
    for (const p of lost) expect([...a.assignment.get(TOPIC)!, ...b.assignment.get(TOPIC)!]).toContain(p)
  })

  it('a member that leaves triggers an immediate rebalance', async () => {
    const h = new Harness()
    await load(h)
    const [a, b, c] = ['a', 'b', 'c'].map((n) => new Consumer(h, n).start())
    await h.run(8_000)
    await c.leave()
    expect(h.gc.describe('g')!.state).toBe('PreparingRebalance')
    await h.run(3_000)
    expect(h.gc.describe('g')!).toMatchObject({ state: 'Stable', generationId: 2 })
    expectCovered([a, b])
  })

  it('a joining fourth member gets a share through a rebalance', async () => {
    const h = new Harness()
    await load(h)
    const cs = ['a', 'b', 'c'].map((n) => new Consumer(h, n).start())
    await h.run(8_000)
    const d = new Consumer(h, 'd').start()
    await h.run(8_000)
    expect(h.gc.describe('g')!).toMatchObject({ state: 'Stable', generationId: 2 })
    expectCovered([...cs, d])
  })

  it('a static member restarted within its session takes its place without a rebalance; its old id is fenced', async () => {
    const h = new Harness()
    await load(h)
    const [a, b, c] = ['a', 'b', 'c'].map((n) => new Consumer(h, n, `instance-${n}`).start())
    await h.run(8_000)
    expect(h.gc.describe('g')!.generationId).toBe(1)
    const before = c.assignment.get(TOPIC)
    const oldId = c.memberId
    c.kill()
    await h.run(3_000)
    const c2 = new Consumer(h, 'c', 'instance-c').start()
    await h.run(8_000)
    const d = h.gc.describe('g')!
    expect(d.state).toBe('Stable')
    expect(d.generationId).toBe(1) // no rebalance
    expect(c2.memberId).not.toBe(oldId)
    expect(c2.generationId).toBe(1)
    expect(c2.assignment.get(TOPIC)).toEqual(before)
    expect(a.generationsSeen).toEqual([1])
    expect(b.generationsSeen).toEqual([1])
    expect(h.gc.heartbeat(hb({ memberId: oldId, groupInstanceId: 'instance-c' }), 4).errorCode).toBe(E.FENCED_INSTANCE_ID)
    expect(h.gc.heartbeat(hb({ memberId: c2.memberId, groupInstanceId: 'instance-c' }), 4).errorCode).toBe(E.NONE)
    // Static members that stop for longer than the session timeout are removed like any other.
    c2.kill()
    await h.run(SESSION_MS + 5_000)
    expect(h.gc.describe('g')!).toMatchObject({ state: 'Stable', generationId: 2 })
    expectCovered([a, b])
  })

  it('a member that keeps heartbeating but does not rejoin is dropped at the rebalance timeout', async () => {
    const h = new Harness({ initialRebalanceDelayMs: 0 })
    await load(h)
    const [a, b] = await stableGroup(h, 2)
    // a rejoins with a new subscription: a rebalance starts; b heartbeats but never rejoins.
    let answered: JoinGroupResponse | null = null
    void h.gc.joinGroup(join({ memberId: a, protocols: [{ name: 'range', metadata: subscription([TOPIC, 'other']) }] }), 9, client).then((r) => (answered = r as JoinGroupResponse))
    expect(h.gc.describe('g')!.state).toBe('PreparingRebalance')
    for (let t = 0; t < REBALANCE_MS - HEARTBEAT_MS; t += HEARTBEAT_MS) {
      h.clock.advance(HEARTBEAT_MS)
      await flush()
      expect(h.gc.heartbeat(hb({ memberId: b }), 4).errorCode).toBe(E.REBALANCE_IN_PROGRESS)
    }
    expect(answered).toBeNull()
    h.clock.advance(2 * HEARTBEAT_MS)
    await flush()
    expect(answered!).toMatchObject({ errorCode: E.NONE, generationId: 2, leader: a })
    expect(answered!.members.map((m) => m.memberId)).toEqual([a])
    expect(h.gc.heartbeat(hb({ memberId: b, generationId: 2 }), 4).errorCode).toBe(E.UNKNOWN_MEMBER_ID)
  })

  it('members that do not send SyncGroup within the rebalance timeout are removed and the group rebalances', async () => {
    const h = new Harness({ initialRebalanceDelayMs: 0 })
    await load(h)
    const j1 = (await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse
    const first = h.gc.joinGroup(join({ memberId: j1.memberId }), 9, client)
    h.clock.advance(0)
    const r1 = (await first) as JoinGroupResponse
    expect(r1).toMatchObject({ errorCode: E.NONE, generationId: 1, leader: j1.memberId })
    // Nobody syncs; heartbeats keep the session alive but the pending sync expires.
    for (let t = 0; t < REBALANCE_MS + 1_000; t += HEARTBEAT_MS) {
      h.clock.advance(HEARTBEAT_MS)
      h.gc.heartbeat(hb({ memberId: j1.memberId }), 4)
    }
    expect(h.gc.describe('g')!).toMatchObject({ state: 'Empty', generationId: 2, members: [] })
  })

  it('protocol selection: the protocol every member supports, most preferred, ties in the leader order', async () => {
    const h = new Harness({ initialRebalanceDelayMs: 0 })
    await load(h)
    const meta = subscription([TOPIC])
    const p = (...names: string[]) => names.map((name) => ({ name, metadata: meta }))
    const a = (await h.gc.joinGroup(join({ protocols: p('cooperative-sticky', 'range') }), 9, client)) as JoinGroupResponse
    const b = (await h.gc.joinGroup(join({ protocols: p('range', 'roundrobin') }), 9, client)) as JoinGroupResponse
    const ja = h.gc.joinGroup(join({ memberId: a.memberId, protocols: p('cooperative-sticky', 'range') }), 9, client)
    const jb = h.gc.joinGroup(join({ memberId: b.memberId, protocols: p('range', 'roundrobin') }), 9, client)
    // A third member that does not support a protocol all others support cannot join.
    const bad = (await h.gc.joinGroup(join({ memberId: '', protocols: p('roundrobin') }), 9, client)) as JoinGroupResponse
    expect(bad.errorCode).toBe(E.INCONSISTENT_GROUP_PROTOCOL)
    h.clock.advance(0)
    const [ra, rb] = (await Promise.all([ja, jb])) as JoinGroupResponse[]
    expect(ra.protocolName).toBe('range')
    expect(rb.protocolName).toBe('range')
  })
})

describe('errors', () => {
  it('JoinGroup: invalid group id, session timeout, unknown member, wrong protocol type, oversized metadata, full group', async () => {
    const h = new Harness({ membersPerGroupMax: 2, memberMetadataBytesMax: 1024, initialRebalanceDelayMs: 0 })
    await load(h)
    const code = async (r: Partial<JoinGroupRequest>, v = 9) => ((await h.gc.joinGroup(join(r), v, client)) as JoinGroupResponse).errorCode
    expect(await code({ groupId: '' })).toBe(E.INVALID_GROUP_ID)
    expect(await code({ sessionTimeoutMs: 1_000 })).toBe(E.INVALID_SESSION_TIMEOUT)
    expect(await code({ sessionTimeoutMs: 3_600_000 })).toBe(E.INVALID_SESSION_TIMEOUT)
    expect(await code({ memberId: 'nobody' })).toBe(E.UNKNOWN_MEMBER_ID)
    expect(await code({ protocolType: '' })).toBe(E.INCONSISTENT_GROUP_PROTOCOL)
    expect(await code({ protocols: [] })).toBe(E.INCONSISTENT_GROUP_PROTOCOL)
    expect(await code({ protocols: [{ name: 'range', metadata: new Uint8Array(4096) }] })).toBe(E.INVALID_REQUEST)
    expect(h.gc.groupIds()).toEqual([]) // failed first joins leave nothing behind
    const first = (await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse
    expect(first.errorCode).toBe(E.MEMBER_ID_REQUIRED)
    expect(first.memberId).toMatch(/^app-[0-9a-f-]{36}$/)
    expect(first.generationId).toBe(-1)
    const second = (await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse
    expect(second.errorCode).toBe(E.MEMBER_ID_REQUIRED)
    expect(await code({})).toBe(E.GROUP_MAX_SIZE_REACHED)
  })

  it('JoinGroup before v4 joins at once; v0 uses the session timeout for the rebalance', async () => {
    const h = new Harness({ initialRebalanceDelayMs: 0 })
    await load(h)
    const p = h.gc.joinGroup(join({ rebalanceTimeoutMs: -1 }), 0, client)
    h.clock.advance(0)
    const r = (await p) as JoinGroupResponse
    expect(r).toMatchObject({ errorCode: E.NONE, generationId: 1, protocolName: 'range' })
    expect(r.leader).toBe(r.memberId)
    expect(r.members).toHaveLength(1)
  })

  it('Heartbeat and SyncGroup: unknown group, unknown member, wrong generation, rebalance in progress', async () => {
    const h = new Harness({ initialRebalanceDelayMs: 0 })
    await load(h)
    expect(h.gc.heartbeat(hb({ groupId: 'nope', memberId: 'x' }), 4).errorCode).toBe(E.UNKNOWN_MEMBER_ID)
    expect(h.gc.heartbeat(hb({ groupId: '' }), 4).errorCode).toBe(E.INVALID_GROUP_ID)
    expect(((await h.gc.syncGroup(sync({ groupId: 'nope', memberId: 'x' }), 5)) as SyncGroupResponse).errorCode).toBe(E.UNKNOWN_MEMBER_ID)
    const id = ((await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse).memberId
    const pj = h.gc.joinGroup(join({ memberId: id }), 9, client)
    h.clock.advance(0)
    await pj
    expect(h.gc.heartbeat(hb({ memberId: 'someone-else' }), 4).errorCode).toBe(E.UNKNOWN_MEMBER_ID)
    expect(h.gc.heartbeat(hb({ memberId: id, generationId: 7 }), 4).errorCode).toBe(E.ILLEGAL_GENERATION)
    expect(h.gc.heartbeat(hb({ memberId: id, generationId: 1 }), 4).errorCode).toBe(E.NONE) // CompletingRebalance
    expect(((await h.gc.syncGroup(sync({ memberId: id, generationId: 0 }), 5)) as SyncGroupResponse).errorCode).toBe(E.ILLEGAL_GENERATION)
    expect(((await h.gc.syncGroup(sync({ memberId: id, protocolName: 'roundrobin' }), 5)) as SyncGroupResponse).errorCode).toBe(E.INCONSISTENT_GROUP_PROTOCOL)
    const s = (await h.gc.syncGroup(sync({ memberId: id, assignments: rangeAssign([id], TOPIC, PARTITIONS) }), 5)) as SyncGroupResponse
    expect(s.errorCode).toBe(E.NONE)
    expect(decodeAssignment(s.assignment).get(TOPIC)).toEqual([0, 1, 2, 3, 4, 5])
    // A new member starts a rebalance; the old member's heartbeat and sync say so.
    const newcomer = ((await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse).memberId
    void h.gc.joinGroup(join({ memberId: newcomer }), 9, client)
    expect(h.gc.heartbeat(hb({ memberId: id }), 4).errorCode).toBe(E.REBALANCE_IN_PROGRESS)
    expect(((await h.gc.syncGroup(sync({ memberId: id }), 5)) as SyncGroupResponse).errorCode).toBe(E.REBALANCE_IN_PROGRESS)
  })

  it('an assignment too large to store gets UNKNOWN_SERVER_ERROR and the group rebalances', async () => {
    const h = new Harness({ initialRebalanceDelayMs: 0, groupMetadataBytesMax: 10_000 })
    await load(h)
    const id = ((await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse).memberId
    const pj = h.gc.joinGroup(join({ memberId: id }), 9, client)
    h.clock.advance(0)
    await pj
    const s = (await h.gc.syncGroup(sync({ memberId: id, assignments: [{ memberId: id, assignment: new Uint8Array(20_000) }] }), 5)) as SyncGroupResponse
    expect(s.errorCode).toBe(E.UNKNOWN_SERVER_ERROR)
    expect(h.gc.describe('g')!.state).toBe('PreparingRebalance')
  })

  it('answers COORDINATOR_LOAD_IN_PROGRESS until the log is loaded (Heartbeat NONE, SyncGroup REBALANCE_IN_PROGRESS)', async () => {
    const h = new Harness()
    expect(((await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse).errorCode).toBe(E.COORDINATOR_LOAD_IN_PROGRESS)
    expect(h.gc.heartbeat(hb({ memberId: 'm' }), 4).errorCode).toBe(E.NONE)
    expect(((await h.gc.syncGroup(sync({ memberId: 'm' }), 5)) as SyncGroupResponse).errorCode).toBe(E.REBALANCE_IN_PROGRESS)
    expect((h.gc.listGroups({ statesFilter: [], typesFilter: [] }, 4) as ListGroupsResponse).errorCode).toBe(E.COORDINATOR_LOAD_IN_PROGRESS)
    expect(h.gc.leaveGroup({ groupId: 'g', memberId: 'm', members: [] }, 1).errorCode).toBe(E.COORDINATOR_LOAD_IN_PROGRESS)
    await load(h)
    expect(((await h.gc.joinGroup(join({}), 9, client)) as JoinGroupResponse).errorCode).toBe(E.MEMBER_ID_REQUIRED)
  })
})

describe('LeaveGroup, ListGroups, DescribeGroups, DeleteGroups, FindCoordinator', () => {
  it('LeaveGroup v3+ removes a batch of members, by member id or by instance id; v0 answers the one member at the top', async () => {
    const h = new Harness()
    await load(h)
    const cs = [new Consumer(h, 'a', 'ia'), new Consumer(h, 'b', 'ib'), new Consumer(h, 'c')].map((c) => c.start())
    await h.run(8_000)
    for (const c of cs) c.kill()
    const r = h.gc.leaveGroup(
      {
        groupId: 'g',
        memberId: '',
        members: [
          { memberId: '', groupInstanceId: 'ia', reason: null },
          { memberId: 'stranger', groupInstanceId: null, reason: null },
          { memberId: 'wrong-id', groupInstanceId: 'ib', reason: null },
        ],
      },
      5,
    ) as LeaveGroupResponse
    expect(r.errorCode).toBe(E.NONE)
    expect(r.members.map((m) => m.errorCode)).toEqual([E.NONE, E.UNKNOWN_MEMBER_ID, E.FENCED_INSTANCE_ID])
    expect(h.gc.describe('g')!.members).toHaveLength(2)
    expect(h.gc.leaveGroup({ groupId: 'g', memberId: 'stranger', members: [] }, 0).errorCode).toBe(E.UNKNOWN_MEMBER_ID)
    expect(h.gc.leaveGroup({ groupId: 'g', memberId: cs[2].memberId, members: [] }, 2).errorCode).toBe(E.NONE)
    expect(h.gc.leaveGroup({ groupId: 'nope', memberId: '', members: [{ memberId: 'x', groupInstanceId: null, reason: null }] }, 4).members![0].errorCode).toBe(E.UNKNOWN_MEMBER_ID)
  })

  it('ListGroups filters by state and type; DescribeGroups shows members; DeleteGroups only deletes empty groups', async () => {
    const h = new Harness()
    await load(h)
    const [a, b] = ['a', 'b'].map((n) => new Consumer(h, n).start())
    await h.run(8_000)
    const list = (f: string[] = [], t: string[] = []) => (h.gc.listGroups({ statesFilter: f, typesFilter: t }, 5) as ListGroupsResponse).groups
    expect(list()).toEqual([{ groupId: 'g', protocolType: 'consumer', groupState: 'Stable', groupType: 'classic' }])
    expect(list(['stable'])).toHaveLength(1)
    expect(list(['Empty'])).toHaveLength(0)
    expect(list([], ['consumer'])).toHaveLength(0)
    const d = h.gc.describeGroups({ groups: ['g', 'unknown'], includeAuthorizedOperations: true }, 5) as DescribeGroupsResponse
    expect(d.groups[0]).toMatchObject({ errorCode: E.NONE, groupState: 'Stable', protocolType: 'consumer', protocolData: 'range' })
    expect(d.groups[0].members.map((m) => m.clientId).sort()).toEqual(['a', 'b'])
    expect(d.groups[0].members[0].clientHost).toBe('/10.0.0.1')
    expect(d.groups[0].authorizedOperations).toBeGreaterThan(0)
    expect(d.groups[1]).toMatchObject({ errorCode: E.NONE, groupState: 'Dead', members: [] })
    const del = async (...names: string[]) => ((await h.gc.deleteGroups({ groupsNames: names }, 2)) as DeleteGroupsResponse).results.map((r) => r.errorCode)
    expect(await del('g', 'unknown')).toEqual([E.NON_EMPTY_GROUP, E.GROUP_ID_NOT_FOUND])
    await a.leave()
    await b.leave()
    await h.run(1_000)
    expect(h.gc.describe('g')!.state).toBe('Empty')
    expect(await del('g')).toEqual([E.NONE])
    expect(h.gc.describe('g')).toBeUndefined()
    expect(h.log.records.at(-1)!.value).toBeNull() // tombstone
  })

  it('FindCoordinator answers this broker for every group key, batched from v4; transactions are not supported', () => {
    const h = new Harness()
    const v0 = h.gc.findCoordinator({ key: 'g', keyType: 0, coordinatorKeys: [] }, 0) as FindCoordinatorResponse
    expect(v0).toMatchObject({ errorCode: E.NONE, nodeId: 7, host: 'localhost', port: 9092 })
    const v4 = h.gc.findCoordinator({ key: '', keyType: 0, coordinatorKeys: ['a', 'b'] }, 4) as FindCoordinatorResponse
    expect(v4.coordinators.map((c) => [c.key, c.nodeId, c.errorCode])).toEqual([
      ['a', 7, E.NONE],
      ['b', 7, E.NONE],
    ])
    const txn = h.gc.findCoordinator({ key: 't', keyType: 1, coordinatorKeys: [] }, 3) as FindCoordinatorResponse
    expect(txn.errorCode).toBe(E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED)
    expect(txn.errorMessage).toMatch(/not supported/)
  })
})

describe('properties', () => {
  type Op = { kind: 'add'; static: boolean } | { kind: 'kill'; i: number } | { kind: 'leave'; i: number } | { kind: 'wait'; ms: number }
  const op: fc.Arbitrary<Op> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('add' as const), static: fc.boolean() }), weight: 4 },
    fc.record({ kind: fc.constant('kill' as const), i: fc.nat(9) }),
    fc.record({ kind: fc.constant('leave' as const), i: fc.nat(9) }),
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 15_000 }) }),
  )

  it('after any joins, leaves, kills and waits, the settled group is Stable and its assignment covers each live member exactly once; generations only grow', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 16 }), async (ops) => {
        const h = new Harness()
        await h.gc.load()
        const consumers: Consumer[] = []
        let n = 0
        let lastGeneration = 0
        const observe = () => {
          const g = h.gc.describe('g')?.generationId ?? lastGeneration
          expect(g).toBeGreaterThanOrEqual(lastGeneration)
          lastGeneration = g
        }
        for (const o of ops) {
          const live = consumers.filter((c) => c.alive)
          if (o.kind === 'add') {
            n++
            consumers.push(new Consumer(h, `c${n}`, o.static ? `i${n}` : null).start())
          } else if (o.kind === 'kill' && live.length > 0) live[o.i % live.length].kill()
          else if (o.kind === 'leave' && live.length > 0) await live[o.i % live.length].leave()
          else if (o.kind === 'wait') await h.run(o.ms, 500)
          observe()
        }
        // Settle: sessions of killed members expire, the live ones rejoin.
        await h.run(3 * SESSION_MS + 2 * REBALANCE_MS, 500)
        observe()
        const live = consumers.filter((c) => c.alive)
        const d = h.gc.describe('g')
        if (live.length === 0) {
          expect(d === undefined || d.state === 'Empty').toBe(true)
          return
        }
        expect(d!.state).toBe('Stable')
        expect(d!.members.map((m) => m.memberId).sort()).toEqual(live.map((c) => c.memberId).sort())
        for (const c of live) expect(c.generationId).toBe(d!.generationId)
        expectCovered(live)
        for (const c of consumers) for (let i = 1; i < c.generationsSeen.length; i++) expect(c.generationsSeen[i]).toBeGreaterThan(c.generationsSeen[i - 1])
      }),
      { numRuns: 25, seed: 5 },
    )
  })
})
