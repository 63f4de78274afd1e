// The Kafka broker at the protocol level, with a raw client: framing (reassembly across reads,
// pipelining answered in order), every bad-input rule (oversized, truncated, garbage, unknown api keys and
// versions), and each api's error codes and limits. Real clients are in tests/kafka-client-*.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiKey } from '../host/kafka/protocol/index.js'
import { ErrorCode } from '../host/kafka/error-codes.js'
import { RawClient } from './fixtures/kafka-clients/raw-client.js'
import { crc32cJs } from '../host/crc/crc32c-js.js'
import { startBroker, type RunningBroker } from './fixtures/kafka-clients/harness.js'

let b: RunningBroker
let batch: Uint8Array

/** An uncompressed RecordBatch v2 of one record per timestamp (value = the timestamp), written out by hand. */
function batchWithTimestamps(timestamps: number[]): Uint8Array {
  const varint = (n: number): number[] => {
    let z = n >= 0 ? n * 2 : -n * 2 - 1
    const out: number[] = []
    while (z >= 0x80) {
      out.push((z & 0x7f) | 0x80)
      z = Math.floor(z / 128)
    }
    out.push(z)
    return out
  }
  const records = timestamps.flatMap((timestamp, i) => {
    const value = [...Buffer.from(String(timestamp))]
    const body = [0, ...varint(timestamp - timestamps[0]), ...varint(i), ...varint(-1), ...varint(value.length), ...value, ...varint(0)]
    return [...varint(body.length), ...body]
  })
  const out = Buffer.alloc(61 + records.length)
  out.writeBigInt64BE(0n, 0)
  out.writeInt32BE(out.length - 12, 8)
  out.writeInt32BE(-1, 12)
  out.writeInt8(2, 16)
  out.writeInt16BE(0, 21)
  out.writeInt32BE(timestamps.length - 1, 23)
  out.writeBigInt64BE(BigInt(timestamps[0]), 27)
  out.writeBigInt64BE(BigInt(Math.max(...timestamps)), 35)
  out.writeBigInt64BE(-1n, 43)
  out.writeInt16BE(-1, 51)
  out.writeInt32BE(-1, 53)
  out.writeInt32BE(timestamps.length, 57)
  Buffer.from(records).copy(out, 61)
  out.writeUInt32BE(crc32cJs(out.subarray(21)), 17)
  return out
}
const requestBytesMax = 1024 * 1024

beforeAll(async () => {
  b = await startBroker({ requestBytesMax, brokerId: 7, defaultPartitions: 2 })
  await b.engine.createTopic('source', { partitions: 1 })
  await b.engine.publishBatch('source', [{ key: 'a', value: 'one' }, { key: 'b', value: 'two' }])
  batch = (await b.engine.readBatches('source', 0, 0, 1 << 20)).bytes
})
afterAll(async () => {
  await b?.stop()
})

async function client(): Promise<RawClient> {
  return RawClient.connect(b.port)
}

async function stillServes(): Promise<void> {
  const c = await client()
  const r = await c.request(ApiKey.ApiVersions, 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' })
  expect(r.body.errorCode).toBe(0)
  c.close()
}

describe('framing', () => {
  it('answers ApiVersions at every version with the apis it serves', async () => {
    const c = await client()
    for (let v = 0; v <= 4; v++) {
      const r = await c.request(ApiKey.ApiVersions, v, v >= 3 ? { clientSoftwareName: 'raw', clientSoftwareVersion: '1' } : {})
      expect(r.body.errorCode).toBe(0)
      const keys = r.body.apiKeys.map((k: { apiKey: number }) => k.apiKey)
      for (const k of [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 32, 33, 37, 42, 44, 47, 60]) expect(keys).toContain(k)
      const produce = r.body.apiKeys.find((k: { apiKey: number }) => k.apiKey === 0)
      expect(produce.minVersion).toBe(3)
    }
    c.close()
  })

  it('answers an ApiVersions version it does not know with a v0 UNSUPPORTED_VERSION response', async () => {
    const c = await client()
    const frame = RawClient.frame(ApiKey.ApiVersions, 0, 42, {})
    frame.writeInt16BE(99, 6) // api version
    const answer = c.expect(ApiKey.ApiVersions, 0)
    c.writeRaw(frame)
    const r = await answer
    expect(r.correlationId).toBe(42)
    expect(r.body.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION)
    expect(r.body.apiKeys.length).toBeGreaterThan(10)
    // The connection stays usable.
    expect((await c.request(ApiKey.Metadata, 12, { topics: [] })).body.brokers[0].nodeId).toBe(7)
    c.close()
  })

  it('reassembles a request sent one byte at a time and answers pipelined requests in order', async () => {
    const c = await client()
    const frames = [
      RawClient.frame(ApiKey.Metadata, 1, 100, { topics: [] }),
      RawClient.frame(ApiKey.ApiVersions, 2, 101, {}),
      RawClient.frame(ApiKey.Metadata, 12, 102, { topics: null }),
    ]
    const answers = [c.expect(ApiKey.Metadata, 1), c.expect(ApiKey.ApiVersions, 2), c.expect(ApiKey.Metadata, 12)]
    const all = Buffer.concat(frames)
    for (let i = 0; i < frames[0].length; i++) {
      c.writeRaw(all.subarray(i, i + 1))
      if (i % 7 === 0) await new Promise((r) => setImmediate(r))
    }
    c.writeRaw(all.subarray(frames[0].length))
    const results = await Promise.all(answers)
    expect(results.map((r) => r.correlationId)).toEqual([100, 101, 102])
    expect(results[2].body.topics.map((t: { name: string }) => t.name)).toContain('source')
    c.close()
  })
})

describe('bad input closes only the offending connection', () => {
  const cases: Array<[string, () => Uint8Array]> = [
    ['an oversized request', () => { const f = Buffer.alloc(8); f.writeInt32BE(requestBytesMax + 1, 0); return f }],
    ['a negative size', () => Buffer.from([0xff, 0xff, 0xff, 0xf0, 1, 2, 3, 4])],
    ['garbage bytes', () => Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n')],
    ['an unknown api key', () => { const f = RawClient.frame(ApiKey.Metadata, 1, 5, { topics: [] }); f.writeInt16BE(999, 4); return f }],
    ['a Produce version below the floor', () => { const f = RawClient.frame(ApiKey.Produce, 3, 5, { acks: 1, timeoutMs: 1000, topicData: [] }); f.writeInt16BE(2, 6); return f }],
    ['a truncated body', () => { const f = RawClient.frame(ApiKey.Metadata, 12, 5, { topics: [{ name: 'abc' }] }); const t = f.subarray(0, f.length - 6); const g = Buffer.from(t); g.writeInt32BE(t.length - 4, 0); return g }],
  ]
  for (const [name, bytes] of cases) {
    it(`${name}`, async () => {
      const other = await client()
      const c = await client()
      c.writeRaw(bytes())
      await c.closedPromise
      expect(c.closed).toBe(true)
      const r = await other.request(ApiKey.Metadata, 12, { topics: null })
      expect(r.body.brokers).toHaveLength(1)
      other.close()
    })
  }

  it('answers a known api it does not serve, whose response has an error code, with UNSUPPORTED_VERSION', async () => {
    const c = await client()
    const r = await c.request(ApiKey.DescribeAcls, 1, { resourceTypeFilter: 1, patternTypeFilter: 3, operation: 1, permissionType: 1 })
    expect(r.body.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION)
    c.close()
  })
})

describe('Produce', () => {
  it('appends batches as sent, with acks 1, -1 and 0, and maps engine errors to Kafka codes', async () => {
    await b.engine.createTopic('p1', { partitions: 2 })
    const c = await client()
    const produce = (topic: string, index: number, records: Uint8Array, acks = 1) =>
      c.request(ApiKey.Produce, 9, { acks, timeoutMs: 1000, topicData: [{ name: topic, partitionData: [{ index, records }] }] }, acks !== 0)
    const first = await produce('p1', 0, batch)
    expect(first.body.responses[0].partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 0n })
    const second = await produce('p1', 0, batch, -1)
    expect(second.body.responses[0].partitionResponses[0].baseOffset).toBe(2n)
    await produce('p1', 0, batch, 0)
    const corrupt = Uint8Array.from(batch)
    corrupt[corrupt.length - 1] ^= 0xff
    const bad = await produce('p1', 1, corrupt)
    expect(bad.body.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.CORRUPT_MESSAGE)
    expect((await produce('nope', 0, batch)).body.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    expect((await produce('p1', 5, batch)).body.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    expect((await produce('p1', 0, batch, 2)).body.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.INVALID_REQUIRED_ACKS)
    // acks=0 gets no response, and the next request's response still comes in order.
    expect(b.engine.describeTopic('p1').partitions[0].nextOffset).toBe(6)
    expect(b.engine.describeTopic('p1').partitions[1].nextOffset).toBe(0)
    // max.message.bytes is enforced.
    const alter = await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 2, resourceName: 'p1', configs: [{ name: 'max.message.bytes', configOperation: 0, value: '20' }] }] })
    expect(alter.body.responses[0].errorCode).toBe(0)
    const big = await produce('p1', 0, batch)
    expect(big.body.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE)
    expect(big.body.responses[0].partitionResponses[0].errorMessage).toMatch(/max.message.bytes/)
    c.close()
  })

  it('closes the connection when a Produce with acks=0 fails, as Kafka does', async () => {
    const c = await client()
    await c.request(ApiKey.Produce, 9, { acks: 0, timeoutMs: 1000, topicData: [{ name: 'missing-topic', partitionData: [{ index: 0, records: batch }] }] }, false)
    await c.closedPromise
    expect(c.closed).toBe(true)
  })
})

describe('Fetch', () => {
  it('long-polls: an append wakes a waiting fetch, and max wait ends one that finds nothing', async () => {
    await b.engine.createTopic('f1', { partitions: 1 })
    const c = await client()
    const fetch = (offset: bigint, maxWaitMs: number, v = 11) =>
      c.request(ApiKey.Fetch, v, { replicaId: -1, maxWaitMs, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [{ topic: 'f1', partitions: [{ partition: 0, fetchOffset: offset, partitionMaxBytes: 1 << 20, logStartOffset: -1n }] }] })
    let started = performance.now()
    const empty = await fetch(0n, 300)
    expect(performance.now() - started).toBeGreaterThanOrEqual(250)
    expect(empty.body.responses[0].partitions[0].records.length).toBe(0)
    started = performance.now()
    const waiting = fetch(0n, 10_000)
    setTimeout(() => void b.engine.publish('f1', { value: 'late' }), 100)
    const woke = await waiting
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(woke.body.responses[0].partitions[0].records.length).toBeGreaterThan(0)
    expect(woke.body.responses[0].partitions[0].highWatermark).toBe(1n)
    const out = await fetch(5n, 0)
    expect(out.body.responses[0].partitions[0].errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE)
    // Topic ids (v13+): Metadata hands out the id, Fetch takes it.
    const meta = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'f1' }] })
    const topicId = meta.body.topics[0].topicId
    const byId = await c.request(ApiKey.Fetch, 16, { replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [{ topicId, partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }] }] })
    expect(byId.body.responses[0].topicId).toBe(topicId)
    expect(byId.body.responses[0].partitions[0].records.length).toBeGreaterThan(0)
    c.close()
  })

  it('keeps within maxBytes but returns the first batch whole', async () => {
    await b.engine.createTopic('f2', { partitions: 2 })
    for (let i = 0; i < 20; i++) await b.engine.publish('f2', { value: 'x'.repeat(200), partition: i % 2 })
    const c = await client()
    const r = await c.request(ApiKey.Fetch, 12, { replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 10, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [{ topic: 'f2', partitions: [0, 1].map((partition) => ({ partition, fetchOffset: 0n, partitionMaxBytes: 1 << 20 })) }] })
    const [p0, p1] = r.body.responses[0].partitions
    expect(p0.records.length).toBeGreaterThan(200)
    expect(p0.records.length).toBeLessThan(400)
    expect(p1.records.length).toBe(0)
    c.close()
  })
})

describe('admin and offsets', () => {
  it('auto-creates topics in Metadata with the default partition count, unless told not to', async () => {
    const c = await client()
    const r = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'auto1' }], allowAutoTopicCreation: true })
    expect(r.body.topics[0].errorCode).toBe(0)
    expect(r.body.topics[0].partitions).toHaveLength(2)
    expect(r.body.topics[0].partitions[0]).toMatchObject({ leaderId: 7, replicaNodes: [7], isrNodes: [7] })
    const no = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'auto2' }], allowAutoTopicCreation: false })
    expect(no.body.topics[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    const invalid = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'bad name!' }] })
    expect(invalid.body.topics[0].errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION)
    c.close()
  })

  it('CreateTopics validates (validate_only too), DeleteTopics deletes, CreatePartitions grows', async () => {
    const c = await client()
    const create = (name: string, numPartitions: number, replicationFactor = 1, validateOnly = false, configs: Array<{ name: string; value: string }> = []) =>
      c.request(ApiKey.CreateTopics, 7, { topics: [{ name, numPartitions, replicationFactor, configs }], timeoutMs: 1000, validateOnly })
    expect((await create('c1', 3, 1, true)).body.topics[0].errorCode).toBe(0)
    expect(b.engine.listTopics()).not.toContain('c1')
    const created = await create('c1', 3, 1, false, [{ name: 'retention.ms', value: '1000' }])
    expect(created.body.topics[0]).toMatchObject({ errorCode: 0, numPartitions: 3, replicationFactor: 1 })
    expect((await create('c1', 3)).body.topics[0].errorCode).toBe(ErrorCode.TOPIC_ALREADY_EXISTS)
    expect((await create('c2', 3, 3)).body.topics[0].errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR)
    expect((await create('c2', 0)).body.topics[0].errorCode).toBe(ErrorCode.INVALID_PARTITIONS)
    expect((await create('c2', 1, 1, false, [{ name: 'retention.ms', value: 'soon' }])).body.topics[0].errorCode).toBe(ErrorCode.INVALID_CONFIG)
    expect((await create('c2', 1, 1, false, [{ name: 'no.such', value: '1' }])).body.topics[0].errorCode).toBe(ErrorCode.INVALID_CONFIG)
    const configs = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: 2, resourceName: 'c1', configurationKeys: null }], includeSynonyms: false, includeDocumentation: true })
    const retention = configs.body.results[0].configs.find((x: { name: string }) => x.name === 'retention.ms')
    expect(retention).toMatchObject({ value: '1000', configSource: 1 })
    const grow = (version: number, topics: Array<{ name: string; count: number; assignments: Array<{ brokerIds: number[] }> | null }>, validateOnly = false) =>
      c.request(ApiKey.CreatePartitions, version, { topics, timeoutMs: 1000, validateOnly })
    const codes = (r: { body: { results: Array<{ errorCode: number }> } }) => r.body.results.map((x) => x.errorCode)
    // validate_only changes nothing.
    expect(codes(await grow(0, [{ name: 'c1', count: 5, assignments: null }], true))).toEqual([0])
    expect(b.engine.describeTopic('c1').partitions.length).toBe(3)
    // Every version grows; assignments may name this broker (7) once per new partition.
    expect(codes(await grow(3, [{ name: 'c1', count: 4, assignments: null }]))).toEqual([0])
    expect(codes(await grow(2, [{ name: 'c1', count: 6, assignments: [{ brokerIds: [7] }, { brokerIds: [7] }] }]))).toEqual([0])
    expect(codes(await grow(1, [{ name: 'c1', count: 7, assignments: null }]))).toEqual([0])
    expect(b.engine.describeTopic('c1').partitions.length).toBe(7)
    const metadata = await c.request(ApiKey.Metadata, 12, { topics: [{ name: 'c1', topicId: '00000000-0000-0000-0000-000000000000' }], allowAutoTopicCreation: false, includeTopicAuthorizedOperations: false })
    expect(metadata.body.topics[0].partitions.map((p: { partitionIndex: number }) => p.partitionIndex)).toEqual([0, 1, 2, 3, 4, 5, 6])
    const refused = await grow(3, [
      { name: 'c1', count: 2, assignments: null },
      { name: 'missing', count: 2, assignments: null },
      { name: 'source', count: 1, assignments: null },
      { name: 'source', count: 3, assignments: null },
    ])
    expect(codes(refused)).toEqual([ErrorCode.INVALID_PARTITIONS, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST])
    expect(codes(await grow(3, [{ name: 'c1', count: 7, assignments: null }]))).toEqual([ErrorCode.INVALID_PARTITIONS])
    expect(codes(await grow(3, [{ name: 'c1', count: 1_000_000, assignments: null }]))).toEqual([ErrorCode.INVALID_PARTITIONS])
    expect(codes(await grow(3, [{ name: 'c1', count: 8, assignments: [{ brokerIds: [1] }] }]))).toEqual([ErrorCode.INVALID_REPLICA_ASSIGNMENT])
    expect(codes(await grow(3, [{ name: 'c1', count: 9, assignments: [{ brokerIds: [7] }] }]))).toEqual([ErrorCode.INVALID_REPLICA_ASSIGNMENT])
    expect(b.engine.describeTopic('c1').partitions.length).toBe(7)
    const del = await c.request(ApiKey.DeleteTopics, 4, { topicNames: ['c1', 'missing'], timeoutMs: 1000 })
    expect(del.body.responses.map((r: { errorCode: number }) => r.errorCode)).toEqual([0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION])
    expect(b.engine.listTopics()).not.toContain('c1')
    c.close()
  })

  it('AlterConfigs replaces, IncrementalAlterConfigs edits, bad values are INVALID_CONFIG', async () => {
    await b.engine.createTopic('cfg', { partitions: 1 })
    const c = await client()
    const describe = async () => {
      const r = await c.request(ApiKey.DescribeConfigs, 1, { resources: [{ resourceType: 2, resourceName: 'cfg', configurationKeys: ['cleanup.policy', 'retention.ms'] }] })
      return Object.fromEntries(r.body.results[0].configs.map((x: { name: string; value: string }) => [x.name, x.value]))
    }
    await c.request(ApiKey.AlterConfigs, 1, { resources: [{ resourceType: 2, resourceName: 'cfg', configs: [{ name: 'retention.ms', value: '5' }] }] })
    expect(await describe()).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': '5' })
    await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 2, resourceName: 'cfg', configs: [{ name: 'cleanup.policy', configOperation: 2, value: 'compact' }] }] })
    expect(await describe()).toEqual({ 'cleanup.policy': 'delete,compact', 'retention.ms': '5' })
    const bad = await c.request(ApiKey.IncrementalAlterConfigs, 1, { resources: [{ resourceType: 2, resourceName: 'cfg', configs: [{ name: 'cleanup.policy', configOperation: 0, value: 'shred' }] }] })
    expect(bad.body.responses[0].errorCode).toBe(ErrorCode.INVALID_CONFIG)
    const broker = await c.request(ApiKey.DescribeConfigs, 4, { resources: [{ resourceType: 4, resourceName: '7', configurationKeys: null }] })
    expect(broker.body.results[0].configs.find((x: { name: string }) => x.name === 'broker.id').value).toBe('7')
    c.close()
  })

  it('ListOffsets: earliest, latest, by timestamp; OffsetForLeaderEpoch; DeleteRecords; DescribeCluster', async () => {
    await b.engine.createTopic('lo', { partitions: 1 })
    const before = Date.now()
    await b.engine.publish('lo', { value: 'a' })
    await new Promise((r) => setTimeout(r, 20))
    const middle = Date.now()
    await b.engine.publish('lo', { value: 'b' })
    const c = await client()
    const list = async (timestamp: bigint) =>
      (await c.request(ApiKey.ListOffsets, 7, { replicaId: -1, topics: [{ name: 'lo', partitions: [{ partitionIndex: 0, timestamp }] }] })).body.topics[0].partitions[0]
    expect((await list(-2n)).offset).toBe(0n)
    expect((await list(-1n)).offset).toBe(2n)
    expect((await list(BigInt(before))).offset).toBe(0n)
    expect((await list(BigInt(middle))).offset).toBe(1n)
    expect((await list(BigInt(Date.now() + 60_000))).offset).toBe(-1n)
    // Inside one batch: the first record at or after the timestamp, not the batch's first.
    await b.engine.createTopic('lo-batch', { partitions: 1 })
    await c.request(ApiKey.Produce, 9, { acks: 1, timeoutMs: 1000, topicData: [{ name: 'lo-batch', partitionData: [{ index: 0, records: batchWithTimestamps([1_000, 2_000, 3_000]) }] }] })
    const inBatch = async (timestamp: bigint) =>
      (await c.request(ApiKey.ListOffsets, 7, { replicaId: -1, topics: [{ name: 'lo-batch', partitions: [{ partitionIndex: 0, timestamp }] }] })).body.topics[0].partitions[0]
    expect(await inBatch(1_500n)).toMatchObject({ offset: 1n, timestamp: 2_000n })
    expect(await inBatch(3_000n)).toMatchObject({ offset: 2n, timestamp: 3_000n })
    const epoch = await c.request(ApiKey.OffsetForLeaderEpoch, 4, { replicaId: -1, topics: [{ topic: 'lo', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }] })
    expect(epoch.body.topics[0].partitions[0]).toMatchObject({ errorCode: 0, leaderEpoch: 0, endOffset: 2n })
    const dr = await c.request(ApiKey.DeleteRecords, 2, { topics: [{ name: 'lo', partitions: [{ partitionIndex: 0, offset: 0n }, { partitionIndex: 0, offset: 1n }] }], timeoutMs: 1000 })
    expect(dr.body.topics[0].partitions.map((p: { errorCode: number }) => p.errorCode)).toEqual([0, ErrorCode.POLICY_VIOLATION])
    const cluster = await c.request(ApiKey.DescribeCluster, 1, { includeClusterAuthorizedOperations: false, endpointType: 1 })
    expect(cluster.body.brokers[0]).toMatchObject({ brokerId: 7, host: '127.0.0.1', port: b.port })
    c.close()
  })
  // Consumer-group and producer-id apis: tests/kafka-groups.test.ts.
})

describe('stop', () => {
  it('answers an in-flight long poll and closes connections', async () => {
    const other = await startBroker()
    await other.engine.createTopic('s', { partitions: 1 })
    const c = await RawClient.connect(other.port)
    const started = performance.now()
    const pending = c.request(ApiKey.Fetch, 12, { replicaId: -1, maxWaitMs: 20_000, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [{ topic: 's', partitions: [{ partition: 0, fetchOffset: 0n, partitionMaxBytes: 1 << 20 }] }] })
    await new Promise((r) => setTimeout(r, 100))
    await other.stop()
    const r = await pending
    expect(r.body.responses[0].partitions[0].errorCode).toBe(0)
    expect(performance.now() - started).toBeLessThan(5_000)
    await c.closedPromise
  })
})

it('keeps serving after all of the above', async () => {
  await stillServes()
})
