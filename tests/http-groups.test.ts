// The consumer-group and topic-alter routes of the HTTP admin API over a real KafkaBroker, with a real
// kafkajs consumer group: what /api/groups shows is what the coordinator holds, and offsets reset through
// it are where the group's next consumer resumes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Kafka, logLevel } from 'kafkajs'
import { readAsGroupMember, startRecordingConsumer, until } from './fixtures/kafkajs-consumer.js'
import { Engine } from '../host/index.js'
import { KafkaBroker } from '../host/kafka/broker.js'
import { startHttpServer, type HttpServer } from '../host/http/server.js'

let engine: Engine
let broker: KafkaBroker
let http: HttpServer
let base = ''
let kafka: Kafka
let groupStreamsMax = 64
let groupStreamIdleMs = 0

beforeAll(async () => {
  engine = await Engine.open({ memoryBytes: 128 * 1024 * 1024, topicsMax: 256 })
  broker = new KafkaBroker(engine, { host: '127.0.0.1', port: 0, groupLimits: { initialRebalanceDelayMs: 100 } })
  const { port } = await broker.start()
  await broker.ready()
  http = await startHttpServer(engine, {
    host: '127.0.0.1',
    port: 0,
    limits: () => ({ bodyBytesMax: 64 * 1024, consumeWaitMsMax: 2_000, consumeRecordsMax: 500, groupStreamsMax, groupStreamIdleMs, requestLatencyWarnMs: 0 }),
    kafka: () => broker,
  })
  base = `http://127.0.0.1:${http.address.port}`
  kafka = new Kafka({ clientId: 'http-groups-test', brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING, retry: { retries: 20, initialRetryTime: 50, maxRetryTime: 500 } })
})

afterAll(async () => {
  await http?.shutdown(1_000)
  await broker?.stop()
  await engine?.close()
})

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(base + path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text) }
}

/** Two records per partition (offsets 0 and 1), then two more in partition 0 after `between`. */
async function fill(topic: string): Promise<number> {
  await engine.createTopic(topic, { partitions: 3 })
  for (let p = 0; p < 3; p++) await engine.publishBatch(topic, [{ value: `a${p}`, partition: p }, { value: `b${p}`, partition: p }])
  await new Promise((resolve) => setTimeout(resolve, 20))
  const between = Date.now()
  await new Promise((resolve) => setTimeout(resolve, 20))
  await engine.publishBatch(topic, [{ value: 'c0', partition: 0 }, { value: 'd0', partition: 0 }])
  return between
}

describe('admin API: consumer groups with kafkajs', () => {
  it('lists and describes a live group, refuses a reset while it is active, resets and the next consumer resumes there', async () => {
    const topic = 'hg.orders'
    const between = await fill(topic)
    const seen: Array<[number, number]> = []
    const first = await startRecordingConsumer(kafka, 'hg.group', topic, seen)
    try {
      // Every record consumed and committed: lag 0 on every partition.
      const described = await until('the group to commit everything', async () => {
        const d = await api('GET', '/api/groups/hg.group')
        const committed = d.status === 200 && d.json.offsets.length === 3 && d.json.offsets.every((o: { committedOffset: number | null }) => o.committedOffset !== null)
        return committed && d.json.state === 'Stable' && d.json.totalLag === 0 ? d.json : undefined
      })
      expect(seen).toHaveLength(8)
      expect(described).toMatchObject({ group: 'hg.group', state: 'Stable', protocolType: 'consumer', totalLag: 0 })
      expect(described.members).toHaveLength(1)
      expect(described.members[0]).toMatchObject({ clientId: 'http-groups-test', groupInstanceId: null, assignment: [{ topic, partitions: [0, 1, 2] }] })
      expect(described.members[0].clientHost).toMatch(/127\.0\.0\.1/)
      const memberId = described.members[0].memberId
      expect(described.offsets).toEqual([
        { topic, partition: 0, committedOffset: 4, logEndOffset: 4, lag: 0, memberId },
        { topic, partition: 1, committedOffset: 2, logEndOffset: 2, lag: 0, memberId },
        { topic, partition: 2, committedOffset: 2, logEndOffset: 2, lag: 0, memberId },
      ])
      const list = await api('GET', '/api/groups')
      expect(list.status).toBe(200)
      expect(list.json.groups).toContainEqual({ group: 'hg.group', state: 'Stable', protocolType: 'consumer', members: 1 })

      // Kafka's rule: no reset, no delete while members are active.
      const refused = await api('POST', '/api/groups/hg.group/offsets', { topic, to: 'earliest' })
      expect(refused.status).toBe(409)
      expect(refused.json).toMatchObject({ code: 'GROUP_ACTIVE' })
      expect(refused.json.error).toMatch(/no active members, but it is Stable with 1 member: stop its consumers/)
      expect((await api('DELETE', '/api/groups/hg.group')).status).toBe(409)
    } finally {
      await first.disconnect()
    }
    await until('the group to be empty', async () => ((await api('GET', '/api/groups/hg.group')).json.state === 'Empty' ? true : undefined))

    // A dry run shows the change and writes nothing.
    const dry = await api('POST', '/api/groups/hg.group/offsets', { topic, to: 'earliest', partitions: [0], dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.json).toEqual({ group: 'hg.group', topic, dryRun: true, partitions: [{ partition: 0, previousOffset: 4, newOffset: 0 }] })
    expect((await api('GET', '/api/groups/hg.group')).json.offsets[0].committedOffset).toBe(4)

    // Partition 0 to the first record after `between` (offset 2), partition 1 to an offset past the end
    // (clamped to 2), partition 2 to the start.
    const byTime = await api('POST', '/api/groups/hg.group/offsets', { topic, partitions: [0], to: { timestamp: new Date(between).toISOString() } })
    expect(byTime.json.partitions).toEqual([{ partition: 0, previousOffset: 4, newOffset: 2 }])
    expect((await api('POST', '/api/groups/hg.group/offsets', { topic, partitions: [1], to: 99 })).json.partitions).toEqual([{ partition: 1, previousOffset: 2, newOffset: 2 }])
    expect((await api('POST', '/api/groups/hg.group/offsets', { topic, offsets: { '2': 0 } })).json.partitions).toEqual([{ partition: 2, previousOffset: 2, newOffset: 0 }])
    const reset = (await api('GET', '/api/groups/hg.group')).json
    expect(reset.offsets.map((o: { partition: number; committedOffset: number; lag: number }) => [o.partition, o.committedOffset, o.lag])).toEqual([
      [0, 2, 2],
      [1, 2, 0],
      [2, 0, 2],
    ])
    expect(reset.totalLag).toBe(4)

    // The group's next consumer resumes from the reset offsets: c0, d0 of partition 0 and both of partition 2.
    expect(await readAsGroupMember(kafka, 'hg.group', topic, 4)).toEqual([
      [0, 2],
      [0, 3],
      [2, 0],
      [2, 1],
    ])

    // Empty again: it can be deleted, with its offsets.
    await until('the group to be empty', async () => ((await api('GET', '/api/groups/hg.group')).json.state === 'Empty' ? true : undefined))
    expect(await api('DELETE', '/api/groups/hg.group')).toEqual({ status: 200, json: { deleted: 'hg.group' } })
    expect((await api('GET', '/api/groups/hg.group')).status).toBe(404)
    expect(broker.groupCoordinator!.offsets.hasOffsets('hg.group')).toBe(false)
  }, 60_000)

  it('creates a group by resetting it, and answers bad requests with the problem named', async () => {
    await engine.createTopic('hg.new', { partitions: 2 })
    await engine.publishBatch('hg.new', [{ value: 'x', partition: 1 }])
    const created = await api('POST', '/api/groups/hg.fresh/offsets', { topic: 'hg.new', to: 'latest' })
    expect(created.json.partitions).toEqual([
      { partition: 0, previousOffset: null, newOffset: 0 },
      { partition: 1, previousOffset: null, newOffset: 1 },
    ])
    // Persisted through the coordinator, as a Kafka client's OffsetFetch reads it.
    const admin = kafka.admin()
    await admin.connect()
    try {
      const fetched = await admin.fetchOffsets({ groupId: 'hg.fresh', topics: ['hg.new'] })
      expect(fetched[0].partitions.map((p) => [p.partition, p.offset]).sort()).toEqual([
        [0, '0'],
        [1, '1'],
      ])
    } finally {
      await admin.disconnect()
    }
    expect((await api('GET', '/api/groups')).json.groups).toContainEqual({ group: 'hg.fresh', state: 'Empty', protocolType: '', members: 0 })

    const cases: Array<[unknown, number, RegExp]> = [
      [{ to: 'earliest' }, 400, /needs "topic"/],
      [{ topic: 'hg.none', to: 'earliest' }, 404, /does not exist/],
      [{ topic: 'hg.new', to: 'yesterday' }, 400, /"to" must be "earliest", "latest", an offset/],
      [{ topic: 'hg.new', to: { timestamp: 'soon' } }, 400, /ISO date/],
      [{ topic: 'hg.new', partitions: [5], to: 0 }, 400, /partitions\[0\] must be a partition of hg\.new \(0 to 1\)/],
      [{ topic: 'hg.new', offsets: { '0': 1 }, to: 0 }, 400, /either "offsets"/],
      [{ topic: 'hg.new', to: 0, dryRun: 'yes' }, 400, /"dryRun" must be true or false/],
    ]
    for (const [body, status, message] of cases) {
      const answer = await api('POST', '/api/groups/hg.fresh/offsets', body)
      expect(answer.status, JSON.stringify(body)).toBe(status)
      expect(answer.json.error, JSON.stringify(body)).toMatch(message)
    }
    expect((await api('GET', '/api/groups/hg.nobody')).json).toMatchObject({ code: 'UNKNOWN_GROUP' })
    expect((await api('DELETE', '/api/groups/hg.nobody')).status).toBe(404)
    expect((await api('PUT', '/api/groups/hg.fresh')).status).toBe(405)
  })
})

describe('admin API: consumer groups without the Kafka listener', () => {
  it('shows an embedded member, its assignment, commits and lag from the engine coordinator', async () => {
    // Its own engine and server with no broker at all, as `sluice serve --port -1` runs.
    const own = await Engine.open({ memoryBytes: 64 * 1024 * 1024, topicsMax: 64 })
    const server = await startHttpServer(own, {
      host: '127.0.0.1',
      port: 0,
      limits: () => ({ bodyBytesMax: 64 * 1024, consumeWaitMsMax: 2_000, consumeRecordsMax: 500, requestLatencyWarnMs: 0 }),
      kafka: () => null,
    })
    const at = `http://127.0.0.1:${server.address.port}`
    const get = async (path: string): Promise<{ status: number; json: any }> => {
      const response = await fetch(at + path)
      return { status: response.status, json: await response.json() }
    }
    try {
      // Before anything created the coordinator: the request creates it and answers, no KAFKA_OFF.
      expect(await get('/api/groups')).toEqual({ status: 200, json: { groups: [] } })
      await own.createTopic('hg.embedded', { partitions: 2 })
      await own.publishBatch('hg.embedded', [{ value: 'a', partition: 0 }, { value: 'b', partition: 0 }, { value: 'c', partition: 1 }])
      const member = own.subscribe('hg.embedded', { group: 'hg.local', autoOffsetReset: 'earliest', clientId: 'local-reader', heartbeatIntervalMs: 100, autoCommitIntervalMs: 100 })
      try {
        // Reads one record of partition 0 and asks for the next: that one counts as consumed and is committed.
        const first = await member.next()
        expect(first.done).toBe(false)
        void member.next()
        const described = await until('the embedded member to commit', async () => {
          const d = await get('/api/groups/hg.local')
          return d.status === 200 && d.json.state === 'Stable' && d.json.offsets.some((o: { committedOffset: number | null }) => o.committedOffset !== null) ? d.json : undefined
        })
        expect(described).toMatchObject({ group: 'hg.local', state: 'Stable', protocolType: 'consumer', leader: member.memberId })
        expect(described.members).toEqual([{ memberId: member.memberId, groupInstanceId: null, clientId: 'local-reader', clientHost: 'embedded', assignment: [{ topic: 'hg.embedded', partitions: [0, 1] }] }])
        // Log end and lag per partition, committed or not yet.
        expect(described.offsets.map((o: { partition: number; logEndOffset: number; memberId: string }) => [o.partition, o.logEndOffset, o.memberId])).toEqual([
          [0, 2, member.memberId],
          [1, 1, member.memberId],
        ])
        for (const o of described.offsets) expect(o.lag).toBe(o.committedOffset === null ? null : o.logEndOffset - o.committedOffset)
        expect((await get('/api/groups')).json.groups).toEqual([{ group: 'hg.local', state: 'Stable', protocolType: 'consumer', members: 1 }])
      } finally {
        await member.close()
      }
      expect((await get('/api/groups/hg.local')).json).toMatchObject({ state: 'Empty', members: [] })
    } finally {
      await server.shutdown(1_000)
      await own.close()
    }
 }, 30_000)
})

/** Opens a group stream and collects its NDJSON lines as they arrive. */
function openStream(path: string): { lines: any[]; abort: AbortController; done: Promise<number> } {
  const abort = new AbortController()
  const lines: any[] = []
  const done = (async () => {
    const response = await fetch(base + path, { signal: abort.signal })
    let buffered = ''
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffered += Buffer.from(chunk).toString('utf8')
        for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
          lines.push(JSON.parse(buffered.slice(0, nl)))
          buffered = buffered.slice(nl + 1)
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error
    }
    return response.status
  })()
  return { lines, abort, done }
}

describe('admin API: group consume streams', () => {
  it('streams the assignment and records as NDJSON, commits what it wrote, and ends on DELETE /api/streams/:id', async () => {
    const topic = 'hg.stream'
    await engine.createTopic(topic, { partitions: 2 })
    await engine.publishBatch(topic, [{ value: 'a', partition: 0 }, { value: 'b', partition: 1 }, { value: 'c', partition: 1 }])
    const stream = openStream(`/api/topics/${topic}/records?group=hg.stream.g&from=earliest`)
    await until('three records', async () => (stream.lines.filter((l) => l.event === undefined).length === 3 ? true : undefined))
    expect(stream.lines[0]).toMatchObject({ event: 'open', group: 'hg.stream.g', topic })
    expect(stream.lines[1]).toMatchObject({ event: 'assigned', partitions: [0, 1], generation: 1 })
    expect(stream.lines.slice(2).map((l) => `${l.partition}:${l.offset}:${l.value}`).sort()).toEqual(['0:0:a', '1:0:b', '1:1:c'])
    const live = await api('GET', '/api/groups/hg.stream.g')
    expect(live.json).toMatchObject({ state: 'Stable', members: [{ clientId: 'sluice-cli', assignment: [{ topic, partitions: [0, 1] }] }] })
    await until('the commits', async () => ((await api('GET', '/api/groups/hg.stream.g')).json.totalLag === 0 ? true : undefined))

    expect(await api('DELETE', `/api/streams/${stream.lines[0].stream}`)).toEqual({ status: 200, json: { stopped: stream.lines[0].stream } })
    expect(await stream.done).toBe(200)
    expect(stream.lines.at(-1)).toEqual({ event: 'end', reason: 'stopped' })
    const after = (await api('GET', '/api/groups/hg.stream.g')).json
    expect(after.state).toBe('Empty')
    expect(after.offsets.map((o: { partition: number; committedOffset: number }) => [o.partition, o.committedOffset])).toEqual([[0, 1], [1, 2]])
    expect((await api('DELETE', `/api/streams/${stream.lines[0].stream}`)).json.code).toBe('UNKNOWN_STREAM')
  })

  it('leaves the group when the client hangs up, ends at count= and exitIdleMs=, and enforces its limits', async () => {
    const topic = 'hg.stream2'
    await engine.createTopic(topic, { partitions: 1 })
    await engine.publishBatch(topic, [{ value: 'x' }, { value: 'y' }, { value: 'z' }])
    const first = openStream(`/api/topics/${topic}/records?group=hg.stream2.g&from=earliest&count=100`)
    await until('a member', async () => ((await api('GET', '/api/groups/hg.stream2.g')).json.members?.length === 1 ? true : undefined))
    await until('the records', async () => (first.lines.length >= 5 ? true : undefined))
    first.abort.abort()
    await first.done
    await until('the member to leave', async () => ((await api('GET', '/api/groups/hg.stream2.g')).json.state === 'Empty' ? true : undefined))

    await engine.publishBatch(topic, [{ value: 'w' }, { value: 'v' }])
    const counted = openStream(`/api/topics/${topic}/records?group=hg.stream2.g&count=1`)
    expect(await counted.done).toBe(200)
    expect(counted.lines.filter((l) => l.event === undefined).map((l) => l.value)).toEqual(['w'])
    expect(counted.lines.at(-1)).toEqual({ event: 'end', reason: 'count' })
    const caughtUp = openStream(`/api/topics/${topic}/records?group=hg.stream2.g&exitIdleMs=200`)
    expect(await caughtUp.done).toBe(200)
    expect(caughtUp.lines.filter((l) => l.event === undefined).map((l) => l.value)).toEqual(['v'])
    expect(caughtUp.lines.at(-1)).toEqual({ event: 'end', reason: 'caught-up' })

    groupStreamIdleMs = 300
    try {
      const idle = openStream(`/api/topics/${topic}/records?group=hg.stream2.g`)
      expect(await idle.done).toBe(200)
      expect(idle.lines.at(-1)).toEqual({ event: 'end', reason: 'idle' })
    } finally {
      groupStreamIdleMs = 0
    }

    groupStreamsMax = 1
    const holder = openStream(`/api/topics/${topic}/records?group=hg.stream2.h`)
    try {
      await until('the first stream', async () => (holder.lines.length > 0 ? true : undefined))
      const refused = await api('GET', `/api/topics/${topic}/records?group=hg.stream2.i`)
      expect(refused.status).toBe(429)
      expect(refused.json).toMatchObject({ code: 'GROUP_STREAMS_MAX' })
      expect(refused.json.error).toMatch(/already has 1 group consume stream open, its limit \(http\.group_streams_max = 1\): stop one, or raise the limit/)
    } finally {
      groupStreamsMax = 64
      holder.abort.abort()
      await holder.done
    }
    const bad: Array<[string, number, RegExp]> = [
      [`/api/topics/${topic}/records?group=`, 400, /group= needs a group id/],
      [`/api/topics/${topic}/records?group=g&partition=0`, 400, /partition= does not go with group=/],
      [`/api/topics/${topic}/records?group=g&from=3`, 400, /earliest or latest, got "3"/],
      [`/api/topics/hg.none/records?group=g`, 404, /hg\.none/],
    ]
    for (const [path, status, message] of bad) {
      const answer = await api('GET', path)
      expect(answer.status, path).toBe(status)
      expect(answer.json.error, path).toMatch(message)
    }
  })
})

describe('admin API: topic alter', () => {
  it('sets and resets topic configs as Kafka validates them, and grows partitions only upwards', async () => {
    await engine.createTopic('hg.alter', { partitions: 2 })
    const altered = await api('PATCH', '/api/topics/hg.alter', { configs: { 'retention.ms': 86_400_000, 'cleanup.policy': 'compact' } })
    expect(altered.status).toBe(200)
    const value = (configs: Array<{ name: string; value: string; isDefault: boolean }>, name: string) => configs.find((c) => c.name === name)
    expect(value(altered.json.configs, 'retention.ms')).toEqual({ name: 'retention.ms', value: '86400000', isDefault: false })
    expect(broker.configs.value('hg.alter', 'cleanup.policy')).toBe('compact')
    const reverted = await api('PATCH', '/api/topics/hg.alter', { configs: { 'retention.ms': null } })
    expect(value(reverted.json.configs, 'retention.ms')).toMatchObject({ value: '604800000', isDefault: true })
    expect(value((await api('GET', '/api/topics/hg.alter')).json.configs, 'cleanup.policy')).toMatchObject({ value: 'compact', isDefault: false })

    const bad = await api('PATCH', '/api/topics/hg.alter', { configs: { 'retention.ms': 'soon', 'cleanup.policy': 'delete' } })
    expect(bad.status).toBe(400)
    expect(bad.json.error).toMatch(/invalid value for topic config retention\.ms: must be an integer/)
    expect(broker.configs.value('hg.alter', 'cleanup.policy')).toBe('compact') // all or nothing
    expect((await api('PATCH', '/api/topics/hg.alter', { configs: { 'retention.msec': '1' } })).json.error).toMatch(/unknown topic config "retention\.msec"/)
    expect((await api('PATCH', '/api/topics/hg.alter', {})).json.error).toMatch(/at least one of them/)
    expect((await api('PATCH', '/api/topics/hg.missing', { configs: { 'retention.ms': '1' } })).status).toBe(404)

    const shrink = await api('PATCH', '/api/topics/hg.alter', { partitions: 2 })
    expect(shrink.status).toBe(400)
    expect(shrink.json.error).toMatch(/has 2 partitions; partitions can only be added \(as in Kafka\): ask for more than 2/)
    const grow = await api('PATCH', '/api/topics/hg.alter', { partitions: 4, configs: { 'retention.bytes': '1048576' } })
    expect(grow.status).toBe(200)
    expect(grow.json.partitions.map((p: { partition: number }) => p.partition)).toEqual([0, 1, 2, 3])
    expect(value(grow.json.configs, 'retention.bytes')).toMatchObject({ value: '1048576', isDefault: false })
    await engine.publishBatch('hg.alter', [{ value: 'new', partition: 3 }])
    expect((await api('GET', '/api/topics/hg.alter/records?partition=3')).json.records.map((r: { value: string }) => r.value)).toEqual(['new'])
    // A bad config with a growth: neither happens.
    const both = await api('PATCH', '/api/topics/hg.alter', { partitions: 6, configs: { 'segment.bytes': '12' } })
    expect(both.status).toBe(400)
    expect(both.json.code).toBe('INVALID_CONFIG')
    expect((await api('GET', '/api/topics/hg.alter')).json.partitions).toHaveLength(4)
  })
})
