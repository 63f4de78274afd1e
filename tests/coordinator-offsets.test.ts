// Committed offsets (host/coordinator/offset-store.ts): OffsetCommit/OffsetFetch/OffsetDelete at their
// versions, the membership checks Kafka makes, persistence through the __consumer_offsets log interface
// across a simulated restart, and consumer lag.
import { describe, expect, it } from 'vitest'
import {
  CoordinatorError as E,
  GroupCoordinator,
  ManualClock,
  MemoryCoordinatorLog,
  type CoordinatorLog,
  decodeGroupValue,
  decodeKey,
  decodeOffsetValue,
  encodeOffsetKey,
  encodeOffsetValue,
} from '../host/coordinator/index.js'
import {
  Writer,
  encodeConsumerProtocolSubscription,
  type HeartbeatRequest,
  type JoinGroupRequest,
  type JoinGroupResponse,
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  type OffsetDeleteResponse,
  type OffsetFetchResponse,
  type SyncGroupResponse,
} from '../host/kafka/protocol/index.js'

const topics = new Map([
  ['orders', 3],
  ['audit', 1],
])

function subscription(names: string[]): Uint8Array {
  const w = new Writer()
  w.int16(1, 'Version')
  encodeConsumerProtocolSubscription(w, { topics: names, userData: null, ownedPartitions: [] }, 1)
  return w.finish()
}

function coordinator(log: CoordinatorLog, clock: ManualClock, offsetLimits = {}): GroupCoordinator {
  return new GroupCoordinator({
    log,
    clock,
    nodeId: 1,
    host: 'h',
    port: 9092,
    partitionExists: (t, p) => p >= 0 && p < (topics.get(t) ?? 0),
    limits: { initialRebalanceDelayMs: 0 },
    offsetLimits,
  })
}

const join = (memberId = ''): JoinGroupRequest => ({
  groupId: 'g',
  sessionTimeoutMs: 10_000,
  rebalanceTimeoutMs: 10_000,
  memberId,
  groupInstanceId: null,
  protocolType: 'consumer',
  protocols: [{ name: 'range', metadata: subscription(['orders']) }],
  reason: null,
})
const client = { clientId: 'c', clientHost: '/h' }
const hb = (memberId: string, generationId: number): HeartbeatRequest => ({ groupId: 'g', generationId, memberId, groupInstanceId: null })

/** One member, joined; synced unless told otherwise. */
async function member(gc: GroupCoordinator, clock: ManualClock, doSync = true): Promise<{ id: string; gen: number }> {
  const id = ((await gc.joinGroup(join(), 9, client)) as JoinGroupResponse).memberId
  const p = gc.joinGroup(join(id), 9, client)
  clock.advance(0)
  const r = (await p) as JoinGroupResponse
  if (doSync) {
    const s = (await gc.syncGroup({ groupId: 'g', generationId: r.generationId, memberId: id, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] }, 5)) as SyncGroupResponse
    expect(s.errorCode).toBe(E.NONE)
  }
  return { id, gen: r.generationId }
}

const commitReq = (over: Partial<OffsetCommitRequest>, parts: [string, number, bigint, string | null][]): OffsetCommitRequest => ({
  groupId: 'g',
  generationIdOrMemberEpoch: -1,
  memberId: '',
  groupInstanceId: null,
  retentionTimeMs: -1n,
  topics: [...new Set(parts.map((p) => p[0]))].map((name) => ({
    name,
    partitions: parts
      .filter((p) => p[0] === name)
      .map(([, partitionIndex, committedOffset, committedMetadata]) => ({ partitionIndex, committedOffset, committedLeaderEpoch: 4, commitTimestamp: -1n, committedMetadata })),
  })),
  ...over,
})
const codes = (r: unknown) => (r as OffsetCommitResponse).topics.flatMap((t) => t.partitions.map((p) => p.errorCode))

describe('OffsetCommit', () => {
  it('members commit with their id and generation; other ids, generations and phases get Kafka errors', async () => {
    const clock = new ManualClock()
    const gc = coordinator(new MemoryCoordinatorLog(), clock)
    await gc.load()
    const unsynced = await member(gc, clock, false)
    // Between JoinGroup and SyncGroup the consumer has no assignment yet.
    expect(codes(await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: unsynced.gen, memberId: unsynced.id }, [['orders', 0, 5n, null]]), 9))).toEqual([E.REBALANCE_IN_PROGRESS])
    await gc.syncGroup({ groupId: 'g', generationId: unsynced.gen, memberId: unsynced.id, groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] }, 5)
    const m = unsynced
    const ok = await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen, memberId: m.id }, [['orders', 0, 5n, 'meta'], ['orders', 1, 7n, null]]), 9)
    expect(codes(ok)).toEqual([E.NONE, E.NONE])
    expect(codes(await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen + 1, memberId: m.id }, [['orders', 0, 6n, null]]), 9))).toEqual([E.ILLEGAL_GENERATION])
    expect(codes(await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen, memberId: 'ghost' }, [['orders', 0, 6n, null]]), 9))).toEqual([E.UNKNOWN_MEMBER_ID])
    // A simple commit (no member, generation -1) is refused while the group has members.
    expect(codes(await gc.offsetCommit(commitReq({}, [['orders', 0, 6n, null]]), 9))).toEqual([E.UNKNOWN_MEMBER_ID])
    // A partition that does not exist, and metadata over offset.metadata.max.bytes.
    const mixed = await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen, memberId: m.id }, [['orders', 9, 1n, null], ['nope', 0, 1n, null], ['orders', 2, 1n, 'x'.repeat(4097)]]), 9)
    expect(codes(mixed)).toEqual([E.UNKNOWN_TOPIC_OR_PARTITION, E.OFFSET_METADATA_TOO_LARGE, E.UNKNOWN_TOPIC_OR_PARTITION])
    expect(gc.offsets.get('g', 'orders', 0)).toMatchObject({ offset: 5n, metadata: 'meta', leaderEpoch: 4 })
    expect(gc.offsets.get('g', 'orders', 1)).toMatchObject({ offset: 7n, metadata: '' })
    expect(gc.offsets.get('g', 'orders', 2)).toBeUndefined()
  })

  it('simple commits create a group without members; a commit with a generation for an unknown group is ILLEGAL_GENERATION', async () => {
    const clock = new ManualClock()
    const gc = coordinator(new MemoryCoordinatorLog(), clock)
    await gc.load()
    expect(codes(await gc.offsetCommit(commitReq({ groupId: 'solo' }, [['audit', 0, 42n, null]]), 2))).toEqual([E.NONE])
    expect(gc.describe('solo')).toMatchObject({ state: 'Empty', members: [] })
    expect(codes(await gc.offsetCommit(commitReq({ groupId: 'other', generationIdOrMemberEpoch: 3, memberId: 'm' }, [['audit', 0, 1n, null]]), 9))).toEqual([E.ILLEGAL_GENERATION])
    // v1 carries the commit timestamp.
    const v1 = commitReq({ groupId: 'solo' }, [['audit', 0, 43n, null]])
    v1.topics[0].partitions[0].commitTimestamp = 1234n
    await gc.offsetCommit(v1, 1)
    expect(gc.offsets.get('solo', 'audit', 0)!.commitTimestampMs).toBe(1234)
  })

  it('a failed write to the log answers COORDINATOR_NOT_AVAILABLE and changes nothing', async () => {
    const clock = new ManualClock()
    const inner = new MemoryCoordinatorLog()
    let failing = false
    const log: CoordinatorLog = {
      append: (k, v) => (failing ? Promise.reject(new Error('disk full')) : inner.append(k, v)),
      readAll: () => inner.readAll(),
    }
    const gc = coordinator(log, clock)
    await gc.load()
    await gc.offsetCommit(commitReq({}, [['orders', 0, 1n, null]]), 9)
    failing = true
    expect(codes(await gc.offsetCommit(commitReq({}, [['orders', 0, 2n, null]]), 9))).toEqual([E.COORDINATOR_NOT_AVAILABLE])
    expect(gc.offsets.get('g', 'orders', 0)!.offset).toBe(1n)
  })

  it('offsetsMax bounds how many offsets are held: INVALID_COMMIT_OFFSET_SIZE for new ones beyond it', async () => {
    const clock = new ManualClock()
    const gc = coordinator(new MemoryCoordinatorLog(), clock, { offsetsMax: 2 })
    await gc.load()
    expect(codes(await gc.offsetCommit(commitReq({}, [['orders', 0, 1n, null], ['orders', 1, 1n, null], ['orders', 2, 1n, null]]), 9))).toEqual([E.NONE, E.NONE, E.INVALID_COMMIT_OFFSET_SIZE])
    expect(codes(await gc.offsetCommit(commitReq({}, [['orders', 0, 9n, null]]), 9))).toEqual([E.NONE])
  })
})

describe('OffsetFetch', () => {
  it('answers every version: per partition (v0-1), top-level error (v2-7), all topics when null, many groups (v8+)', async () => {
    const clock = new ManualClock()
    const gc = coordinator(new MemoryCoordinatorLog(), clock)
    await gc.load()
    await gc.offsetCommit(commitReq({}, [['orders', 0, 10n, 'a'], ['orders', 2, 12n, null], ['audit', 0, 3n, null]]), 9)
    await gc.offsetCommit(commitReq({ groupId: 'h' }, [['audit', 0, 99n, null]]), 9)
    const v1 = gc.offsetFetch({ groupId: 'g', topics: [{ name: 'orders', partitionIndexes: [0, 1] }], groups: [], requireStable: false }, 1) as OffsetFetchResponse
    expect(v1.topics[0].partitions).toEqual([
      { partitionIndex: 0, committedOffset: 10n, committedLeaderEpoch: 4, metadata: 'a', errorCode: 0 },
      { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 },
    ])
    const all = gc.offsetFetch({ groupId: 'g', topics: null, groups: [], requireStable: true }, 7) as OffsetFetchResponse
    expect(all.errorCode).toBe(0)
    expect(all.topics.map((t) => [t.name, t.partitions.map((p) => p.committedOffset)])).toEqual([
      ['orders', [10n, 12n]],
      ['audit', [3n]],
    ])
    const v8 = gc.offsetFetch(
      {
        groupId: '',
        topics: null,
        requireStable: false,
        groups: [
          { groupId: 'g', memberId: null, memberEpoch: -1, topics: [{ name: 'audit', partitionIndexes: [0] }] },
          { groupId: 'h', memberId: null, memberEpoch: -1, topics: null },
          { groupId: 'unknown', memberId: null, memberEpoch: -1, topics: null },
        ],
      },
      9,
    ) as OffsetFetchResponse
    expect(v8.groups.map((g) => [g.groupId, g.errorCode, g.topics.flatMap((t) => t.partitions.map((p) => p.committedOffset))])).toEqual([
      ['g', 0, [3n]],
      ['h', 0, [99n]],
      ['unknown', 0, []],
    ])
  })
})

describe('OffsetDelete', () => {
  it('deletes offsets of topics the group does not read; GROUP_SUBSCRIBED_TO_TOPIC for those it reads; GROUP_ID_NOT_FOUND', async () => {
    const clock = new ManualClock()
    const gc = coordinator(new MemoryCoordinatorLog(), clock)
    await gc.load()
    await gc.offsetCommit(commitReq({}, [['orders', 0, 1n, null], ['audit', 0, 2n, null]]), 9)
    await member(gc, clock) // subscribes to 'orders'
    const r = (await gc.offsetDelete({ groupId: 'g', topics: [{ name: 'orders', partitions: [{ partitionIndex: 0 }] }, { name: 'audit', partitions: [{ partitionIndex: 0 }, { partitionIndex: 5 }] }] })) as OffsetDeleteResponse
    expect(r.errorCode).toBe(E.NONE)
    expect(r.topics.map((t) => t.partitions.map((p) => p.errorCode))).toEqual([[E.GROUP_SUBSCRIBED_TO_TOPIC], [E.NONE, E.UNKNOWN_TOPIC_OR_PARTITION]])
    expect(gc.offsets.get('g', 'audit', 0)).toBeUndefined()
    expect(gc.offsets.get('g', 'orders', 0)!.offset).toBe(1n)
    expect(((await gc.offsetDelete({ groupId: 'nope', topics: [] })) as OffsetDeleteResponse).errorCode).toBe(E.GROUP_ID_NOT_FOUND)
  })
})

describe('persistence', () => {
  it('offsets and the Stable group survive a restart; requests wait for the load with COORDINATOR_LOAD_IN_PROGRESS', async () => {
    const clock = new ManualClock()
    const log = new MemoryCoordinatorLog()
    const gc = coordinator(log, clock)
    await gc.load()
    const m = await member(gc, clock)
    await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen, memberId: m.id }, [['orders', 0, 100n, 'x'], ['orders', 1, 200n, null]]), 9)
    await gc.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen, memberId: m.id }, [['orders', 0, 150n, 'y']]), 9)
    await gc.offsetCommit(commitReq({ groupId: 'solo' }, [['audit', 0, 5n, null]]), 9)
    gc.close()

    // Every record decodes with Kafka's schemas.
    for (const r of log.records) {
      const k = decodeKey(r.key)
      if (r.value === null) continue
      if (k.kind === 'offset') expect(decodeOffsetValue(r.value).offset).toBeGreaterThan(0n)
      else expect(decodeGroupValue(r.value).protocolType).toBe('consumer')
    }

    const restarted = coordinator(log, clock)
    const fetchReq = { groupId: 'g', topics: [{ name: 'orders', partitionIndexes: [0, 1] }], groups: [], requireStable: false }
    expect((restarted.offsetFetch(fetchReq, 5) as OffsetFetchResponse).errorCode).toBe(E.COORDINATOR_LOAD_IN_PROGRESS)
    expect(codes(await restarted.offsetCommit(commitReq({}, [['orders', 0, 1n, null]]), 9))).toEqual([E.COORDINATOR_LOAD_IN_PROGRESS])
    await restarted.load()
    const f = restarted.offsetFetch(fetchReq, 5) as OffsetFetchResponse
    expect(f.topics[0].partitions.map((p) => [p.committedOffset, p.metadata])).toEqual([
      [150n, 'y'],
      [200n, ''],
    ])
    expect(restarted.offsets.get('solo', 'audit', 0)!.offset).toBe(5n)
    // The group comes back Stable in its generation; its member goes on heartbeating and committing.
    expect(restarted.describe('g')).toMatchObject({ state: 'Stable', generationId: m.gen, leaderId: m.id })
    expect(restarted.heartbeat(hb(m.id, m.gen), 4).errorCode).toBe(E.NONE)
    expect(codes(await restarted.offsetCommit(commitReq({ generationIdOrMemberEpoch: m.gen, memberId: m.id }, [['orders', 2, 1n, null]]), 9))).toEqual([E.NONE])
    // A member that does not come back is expired after its session timeout; the group, left without
    // members, goes through PreparingRebalance to Empty at once.
    clock.advance(10_001)
    expect(restarted.describe('g')).toMatchObject({ state: 'Empty', generationId: m.gen + 1 })
    restarted.close()
  })

  it('DeleteGroups writes tombstones: after a restart the group and its offsets are gone', async () => {
    const clock = new ManualClock()
    const log = new MemoryCoordinatorLog()
    const gc = coordinator(log, clock)
    await gc.load()
    await gc.offsetCommit(commitReq({ groupId: 'solo' }, [['audit', 0, 5n, null], ['orders', 1, 6n, null]]), 9)
    await gc.offsetCommit(commitReq({ groupId: 'keep' }, [['audit', 0, 7n, null]]), 9)
    expect(await gc.deleteGroups({ groupsNames: ['solo'] }, 2)).toMatchObject({ results: [{ groupId: 'solo', errorCode: E.NONE }] })
    const tombstones = log.records.filter((r) => r.value === null).map((r) => decodeKey(r.key))
    expect(tombstones).toHaveLength(3) // two offsets and the group
    const restarted = coordinator(log, clock)
    await restarted.load()
    expect(restarted.groupIds()).toEqual(['keep'])
    expect(restarted.offsets.get('solo', 'audit', 0)).toBeUndefined()
  })

  it('offsets of empty groups expire after the retention, then the group goes', async () => {
    const clock = new ManualClock()
    const log = new MemoryCoordinatorLog()
    const gc = new GroupCoordinator({ log, clock, nodeId: 1, host: 'h', port: 1, partitionExists: () => true, limits: { offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 } })
    await gc.load()
    await gc.offsetCommit(commitReq({ groupId: 'solo' }, [['audit', 0, 5n, null]]), 9)
    clock.advance(50_000)
    await new Promise((r) => setImmediate(r))
    expect(gc.offsets.get('solo', 'audit', 0)).toBeDefined()
    clock.advance(20_000)
    await new Promise((r) => setImmediate(r))
    await new Promise((r) => setImmediate(r))
    expect(gc.offsets.get('solo', 'audit', 0)).toBeUndefined()
    expect(gc.groupIds()).toEqual([])
    gc.close()
  })

  it('records use Kafka __consumer_offsets schemas byte for byte', () => {
    expect([...encodeOffsetKey('g', 't', 1)]).toEqual([0, 1, 0, 1, 0x67, 0, 1, 0x74, 0, 0, 0, 1])
    const v = encodeOffsetValue({ offset: 5n, leaderEpoch: -1, metadata: '', commitTimestampMs: 2 })
    expect([...v]).toEqual([0, 3, 0, 0, 0, 0, 0, 0, 0, 5, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])
    expect(decodeOffsetValue(v)).toEqual({ offset: 5n, leaderEpoch: -1, metadata: '', commitTimestampMs: 2 })
    expect(() => decodeKey(new Uint8Array([0, 9, 0, 0]))).toThrow(/key version 9/)
    expect(() => decodeOffsetValue(new Uint8Array([0, 3, 0]))).toThrow(/truncated/)
  })
})

describe('lag', () => {
  it('is end offset minus committed offset per partition, never negative', async () => {
    const clock = new ManualClock()
    const gc = coordinator(new MemoryCoordinatorLog(), clock)
    await gc.load()
    await gc.offsetCommit(commitReq({}, [['orders', 0, 10n, null], ['orders', 1, 30n, null], ['audit', 0, 0n, null]]), 9)
    const ends = new Map([
      ['orders-0', 15],
      ['orders-1', 25],
    ])
    expect(gc.lag('g', (t, p) => ends.get(`${t}-${p}`) ?? null)).toEqual([
      { topic: 'audit', partition: 0, committedOffset: 0n, endOffset: -1n, lag: -1n },
      { topic: 'orders', partition: 0, committedOffset: 10n, endOffset: 15n, lag: 5n },
      { topic: 'orders', partition: 1, committedOffset: 30n, endOffset: 25n, lag: 0n },
    ])
    expect(gc.lag('nobody', () => 0)).toEqual([])
  })
})
