// Consumer groups and idempotent producers over the wire, with the raw client: a member's join -> sync ->
// heartbeat -> commit -> fetch, the error codes bad input gets (unknown group, wrong generation, unknown
// member, oversized metadata, nonexistent partition), __consumer_offsets hidden from Metadata, and an
// idempotent producer's duplicate, gap and old epoch. Real clients: tests/kafka-client-groups-*.test.ts.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiKey, Writer, encodeConsumerProtocolSubscription } from '../host/kafka/protocol/index.js'
import { CoordinatorError as ErrorCode } from '../host/coordinator/errors.js'
import { crc32cJs } from '../host/crc/crc32c.js'
import { RawClient } from './fixtures/kafka-clients/raw-client.js'
import { startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'

let b: RunningBroker
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-kafka-groups-'))
  b = await startBroker({ groupLimits: { initialRebalanceDelayMs: 0 } }, { dataDir })
  await b.broker.ready()
  await b.engine.createTopic('t', { partitions: 2 })
  await b.engine.publishBatch('t', [{ value: 'a', partition: 0 }, { value: 'b', partition: 0 }, { value: 'c', partition: 1 }])
})
afterAll(async () => {
  await b?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function subscription(topics: string[]): Uint8Array {
  const w = new Writer()
  w.int16(1, 'Version')
  encodeConsumerProtocolSubscription(w, { topics, userData: null, ownedPartitions: [] }, 1)
  return w.finish()
}

/** A RecordBatch of the engine's, re-stamped as an idempotent producer's (CRC32C recomputed). */
function idempotentBatch(source: Uint8Array, producerId: bigint, epoch: number, sequence: number): Uint8Array {
  const bytes = source.slice()
  const v = new DataView(bytes.buffer)
  v.setBigInt64(0, 0n)
  v.setBigInt64(43, producerId)
  v.setInt16(51, epoch)
  v.setInt32(53, sequence)
  v.setUint32(17, crc32cJs(bytes.subarray(21)))
  return bytes
}

describe('consumer groups over the wire', () => {
  it('advertises the group apis and hides __consumer_offsets unless named', async () => {
    const c = await RawClient.connect(b.port)
    const versions = await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'raw', clientSoftwareVersion: '1' })
    const keys = versions.body.apiKeys.map((k: { apiKey: number }) => k.apiKey)
    for (const k of [ApiKey.FindCoordinator, ApiKey.JoinGroup, ApiKey.SyncGroup, ApiKey.Heartbeat, ApiKey.LeaveGroup, ApiKey.OffsetCommit, ApiKey.OffsetFetch, ApiKey.OffsetDelete, ApiKey.ListGroups, ApiKey.DescribeGroups, ApiKey.DeleteGroups, ApiKey.InitProducerId]) {
      expect(keys).toContain(k)
    }
    const all = await c.request(ApiKey.Metadata, 12, { topics: null, allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false })
    expect(all.body.topics.map((t: { name: string }) => t.name)).not.toContain('__consumer_offsets')
    const named = await c.request(ApiKey.Metadata, 12, { topics: [{ topicId: '00000000-0000-0000-0000-000000000000', name: '__consumer_offsets' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false })
    expect(named.body.topics[0]).toMatchObject({ name: '__consumer_offsets', errorCode: 0, isInternal: true })
    c.close()
  })

  it('joins, syncs, heartbeats, commits and fetches; bad input gets the Kafka error codes', async () => {
    const c = await RawClient.connect(b.port)
    const fc = await c.request(ApiKey.FindCoordinator, 4, { keyType: 0, coordinatorKeys: ['g1'] })
    expect(fc.body.coordinators[0]).toMatchObject({ key: 'g1', errorCode: 0, nodeId: 0, host: '127.0.0.1', port: b.port })

    const joinBody = { groupId: 'g1', sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, groupInstanceId: null, protocolType: 'consumer', protocols: [{ name: 'range', metadata: subscription(['t']) }], reason: null }
    const first = await c.request(ApiKey.JoinGroup, 9, { ...joinBody, memberId: '' })
    expect(first.body.errorCode).toBe(ErrorCode.MEMBER_ID_REQUIRED)
    const memberId: string = first.body.memberId
    expect(memberId).toMatch(/^raw-test-/)
    const join = await c.request(ApiKey.JoinGroup, 9, { ...joinBody, memberId })
    expect(join.body).toMatchObject({ errorCode: 0, generationId: 1, leader: memberId, protocolName: 'range', memberId })
    expect(join.body.members).toHaveLength(1)
    const sync = await c.request(ApiKey.SyncGroup, 5, { groupId: 'g1', generationId: 1, memberId, groupInstanceId: null, protocolType: 'consumer', protocolName: 'range', assignments: [{ memberId, assignment: new Uint8Array([0, 1]) }] })
    expect(sync.body).toMatchObject({ errorCode: 0, assignment: new Uint8Array([0, 1]) })

    const beat = (groupId: string, generationId: number, member: string) => c.request(ApiKey.Heartbeat, 4, { groupId, generationId, memberId: member, groupInstanceId: null })
    expect((await beat('g1', 1, memberId)).body.errorCode).toBe(0)
    expect((await beat('g1', 2, memberId)).body.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION)
    expect((await beat('g1', 1, 'nobody')).body.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)
    expect((await beat('no-such-group', 1, memberId)).body.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)

    const commit = (generationId: number, member: string, partitions: { partitionIndex: number; committedOffset: bigint; committedMetadata: string }[]) =>
      c.request(ApiKey.OffsetCommit, 8, { groupId: 'g1', generationIdOrMemberEpoch: generationId, memberId: member, groupInstanceId: null, topics: [{ name: 't', partitions: partitions.map((p) => ({ ...p, committedLeaderEpoch: -1 })) }] })
    const committed = await commit(1, memberId, [
      { partitionIndex: 0, committedOffset: 2n, committedMetadata: 'ok' },
      { partitionIndex: 1, committedOffset: 1n, committedMetadata: 'x'.repeat(5000) },
      { partitionIndex: 7, committedOffset: 1n, committedMetadata: '' },
    ])
    expect(committed.body.topics[0].partitions.map((p: { errorCode: number }) => p.errorCode)).toEqual([0, ErrorCode.OFFSET_METADATA_TOO_LARGE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION])
    const wrongGeneration = await commit(5, memberId, [{ partitionIndex: 0, committedOffset: 1n, committedMetadata: '' }])
    expect(wrongGeneration.body.topics[0].partitions[0].errorCode).toBe(ErrorCode.ILLEGAL_GENERATION)
    const unknownMember = await commit(1, 'nobody', [{ partitionIndex: 0, committedOffset: 1n, committedMetadata: '' }])
    expect(unknownMember.body.topics[0].partitions[0].errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID)

    const fetched = await c.request(ApiKey.OffsetFetch, 8, { groups: [{ groupId: 'g1', topics: [{ name: 't', partitionIndexes: [0, 1] }] }], requireStable: false })
    expect(fetched.body.groups[0].topics[0].partitions.map((p: { committedOffset: bigint }) => p.committedOffset)).toEqual([2n, -1n])
    expect(b.broker.consumerLag('g1')).toEqual([{ topic: 't', partition: 0, committedOffset: 2n, endOffset: 2n, lag: 0n }])
    await b.engine.publishBatch('t', [{ value: 'd', partition: 0 }])
    expect(b.broker.consumerLag('g1')[0]).toMatchObject({ endOffset: 3n, lag: 1n })

    const described = await c.request(ApiKey.DescribeGroups, 5, { groups: ['g1', 'unknown'], includeAuthorizedOperations: false })
    expect(described.body.groups.map((g: { groupState: string }) => g.groupState)).toEqual(['Stable', 'Dead'])
    const listed = await c.request(ApiKey.ListGroups, 4, { statesFilter: [] })
    expect(listed.body.groups.map((g: { groupId: string }) => g.groupId)).toContain('g1')
    const deleted = await c.request(ApiKey.DeleteGroups, 2, { groupsNames: ['g1', 'unknown'] })
    expect(deleted.body.results.map((r: { errorCode: number }) => r.errorCode)).toEqual([ErrorCode.NON_EMPTY_GROUP, ErrorCode.GROUP_ID_NOT_FOUND])

    const left = await c.request(ApiKey.LeaveGroup, 5, { groupId: 'g1', members: [{ memberId, groupInstanceId: null, reason: null }] })
    expect(left.body.errorCode).toBe(0)
    const offsetDelete = await c.request(ApiKey.OffsetDelete, 0, { groupId: 'g1', topics: [{ name: 't', partitions: [{ partitionIndex: 0 }] }] })
    expect(offsetDelete.body.errorCode).toBe(0)
    expect(b.broker.consumerLag('g1')).toEqual([])
    const deletedNow = await c.request(ApiKey.DeleteGroups, 2, { groupsNames: ['g1'] })
    expect(deletedNow.body.results[0].errorCode).toBe(0)
    c.close()
  })
})

describe('idempotent producers over the wire', () => {
  it('writes a retried batch once, rejects a sequence gap and an old epoch', async () => {
    await b.engine.createTopic('idem', { partitions: 1 })
    const source = (await b.engine.readBatches('t', 0, 0, 1 << 20)).bytes
    const one = source.subarray(0, 12 + new DataView(source.buffer, source.byteOffset).getInt32(8))
    const c = await RawClient.connect(b.port)
    const init = await c.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 })
    expect(init.body.errorCode).toBe(0)
    const pid: bigint = init.body.producerId
    const produce = (records: Uint8Array) =>
      c.request(ApiKey.Produce, 9, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: 'idem', partitionData: [{ index: 0, records }] }] })
    const answer = async (records: Uint8Array) => (await produce(records)).body.responses[0].partitionResponses[0]
    const lastOffsetDelta = new DataView(one.buffer, one.byteOffset).getInt32(23)
    expect(await answer(idempotentBatch(one, pid, 0, 0))).toMatchObject({ errorCode: 0, baseOffset: 0n })
    const next = lastOffsetDelta + 1
    expect(await answer(idempotentBatch(one, pid, 0, next))).toMatchObject({ errorCode: 0, baseOffset: BigInt(next) })
    // The same batch again (a retry after a lost answer): its original offset, nothing written.
    expect(await answer(idempotentBatch(one, pid, 0, next))).toMatchObject({ errorCode: 0, baseOffset: BigInt(next) })
    expect(b.engine.describeTopic('idem').partitions[0].nextOffset).toBe(2 * next)
    expect(await answer(idempotentBatch(one, pid, 0, 5 * next))).toMatchObject({ errorCode: ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER })
    expect(await answer(idempotentBatch(one, pid, 1, 0))).toMatchObject({ errorCode: 0 })
    expect(await answer(idempotentBatch(one, pid, 0, 2 * next))).toMatchObject({ errorCode: ErrorCode.INVALID_PRODUCER_EPOCH })
    expect((await b.broker.idempotenceCounters()).duplicateBatches).toBe(1)
    c.close()
  })
})

describe('restart', () => {
  it('keeps committed offsets, producer state and producer ids across a broker and engine restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-kafka-groups-restart-'))
    try {
      let r = await startBroker({}, { dataDir: dir })
      await r.broker.ready()
      await r.engine.createTopic('r', { partitions: 1 })
      await r.engine.publishBatch('r', [{ value: 'x', partition: 0 }])
      const source = (await r.engine.readBatches('r', 0, 0, 1 << 20)).bytes
      let c = await RawClient.connect(r.port)
      const simple = await c.request(ApiKey.OffsetCommit, 8, { groupId: 'simple', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, topics: [{ name: 'r', partitions: [{ partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: 'm' }] }] })
      expect(simple.body.topics[0].partitions[0].errorCode).toBe(0)
      const init = await c.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 })
      const pid: bigint = init.body.producerId
      const batch = idempotentBatch(source, pid, 0, 0)
      const produce = (records: Uint8Array) => c.request(ApiKey.Produce, 9, { transactionalId: null, acks: -1, timeoutMs: 5000, topicData: [{ name: 'r', partitionData: [{ index: 0, records }] }] })
      expect((await produce(batch)).body.responses[0].partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 1n })
      c.close()
      await r.stop()

      r = await startBroker({}, { dataDir: dir })
      try {
        await r.broker.ready()
        c = await RawClient.connect(r.port)
        const fetched = await c.request(ApiKey.OffsetFetch, 8, { groups: [{ groupId: 'simple', topics: [{ name: 'r', partitionIndexes: [0] }] }], requireStable: false })
        expect(fetched.body.groups[0].topics[0].partitions[0]).toMatchObject({ committedOffset: 1n, metadata: 'm', errorCode: 0 })
        // The retry of a batch written before the restart is still recognised.
        expect((await produce(batch)).body.responses[0].partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 1n })
        expect(r.engine.describeTopic('r').partitions[0].nextOffset).toBe(2)
        const again = await c.request(ApiKey.InitProducerId, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 })
        expect(again.body.producerId).toBeGreaterThan(pid)
        c.close()
      } finally {
        await r.stop()
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
