// The operations HTTP server in-process: the JSON admin API as curl and the CLI use it, /metrics as
// Prometheus scrapes it, and the /bench assets with the headers a browser needs for SharedArrayBuffer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Engine } from '../host/index.js'
import { startHttpServer, type HttpServer } from '../host/http/server.js'
import { countIngestFrames, observeKafkaRequest, setConsumerLag, setControlPlaneInfo, loadMetrics } from '../host/metrics/registry.js'

let engine: Engine
let http: HttpServer
let base: string

beforeAll(async () => {
  engine = await Engine.open({ memoryBytes: 64 * 1024 * 1024, topicsMax: 256 })
  http = await startHttpServer(engine, {
    host: '127.0.0.1',
    port: 0,
    limits: () => ({ bodyBytesMax: 64 * 1024, consumeWaitMsMax: 2_000, consumeRecordsMax: 500, requestLatencyWarnMs: 0 }),
  })
  base = `http://127.0.0.1:${http.address.port}`
  await loadMetrics()
})

afterAll(async () => {
  await http.shutdown(1_000)
  await engine.close()
})

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(base + path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text), headers: response.headers }
}

describe('admin API: topics', () => {
  it('creates, lists, describes and deletes a topic', async () => {
    const created = await api('POST', '/api/topics', { name: 'admin.orders', partitions: 3 })
    expect(created.status).toBe(201)
    expect(created.json.partitions).toHaveLength(3)
    expect(created.headers.get('location')).toBe('/api/topics/admin.orders')

    const list = await api('GET', '/api/topics?prefix=admin.')
    expect(list.json.topics.map((t: { name: string }) => t.name)).toEqual(['admin.orders'])
    expect(list.json.topics[0]).toMatchObject({ partitions: 3, recordsAppended: 0 })

    const described = await api('GET', '/api/topics/admin.orders')
    expect(described.status).toBe(200)
    expect(described.json).toMatchObject({ name: 'admin.orders', recordsAppended: 0, partitions: [{ partition: 0 }, { partition: 1 }, { partition: 2 }] })

    expect((await api('POST', '/api/topics', { name: 'admin.orders' })).status).toBe(409)
    expect((await api('DELETE', '/api/topics/admin.orders')).json).toEqual({ deleted: 'admin.orders' })
    const gone = await api('GET', '/api/topics/admin.orders')
    expect(gone.status).toBe(404)
    expect(gone.json.code).toBe('UNKNOWN_TOPIC')
  })

  it('answers bad requests with 4xx and a message naming the problem', async () => {
    const badName = await api('POST', '/api/topics', { name: 'bad name!' })
    expect(badName.status).toBe(400)
    expect(badName.json.error).toMatch(/invalid topic name/)
    const badPartitions = await api('POST', '/api/topics', { name: 'admin.p', partitions: 0 })
    expect(badPartitions.status).toBe(400)
    expect(badPartitions.json.error).toMatch(/partitions must be an integer from 1/)
    const notJson = await fetch(`${base}/api/topics`, { method: 'POST', body: '{nope' })
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).error).toMatch(/not valid JSON/)
    const tooBig = await api('POST', '/api/topics', { name: 'x'.repeat(70_000) })
    expect(tooBig.status).toBe(413)
    expect(tooBig.json.error).toMatch(/http\.body_bytes_max/)
    expect((await api('PUT', '/api/topics')).status).toBe(405)
    expect((await api('GET', '/api/nothing')).status).toBe(404)
    // This server has no Kafka broker: groups live in the engine's coordinator all the same
    // (tests/http-groups.test.ts covers them with and without a broker); topic configs need the broker.
    const groups = await api('GET', '/api/groups')
    expect([groups.status, groups.json]).toEqual([200, { groups: [] }])
    await api('POST', '/api/topics', { name: 'admin.alter' })
    const alter = await api('PATCH', '/api/topics/admin.alter', { configs: { 'retention.ms': '1000' } })
    expect(alter.status).toBe(503)
    expect(alter.json.error).toMatch(/^topic configs live in the Kafka broker/)
    const state = await api('GET', '/api/state')
    expect(state.status).toBe(503)
    expect(state.json).toMatchObject({ code: 'INGEST_OFF' })
  })
})

describe('admin API: records', () => {
  it('produces JSON records and consumes them back with keys, headers and offsets', async () => {
    await api('POST', '/api/topics', { name: 'admin.records', partitions: 2 })
    const produced = await api('POST', '/api/topics/admin.records/records', {
      records: [
        { value: 'one', partition: 0 },
        { key: 'k', value: 'two', headers: { source: 'test' }, partition: 1 },
        { value: null, partition: 0, headers: [{ key: 'h', value: null }] },
      ],
    })
    expect(produced.status).toBe(200)
    expect(produced.json.offsets).toEqual([
      { partition: 0, offset: 0 },
      { partition: 1, offset: 0 },
      { partition: 0, offset: 1 },
    ])
    const consumed = await api('GET', '/api/topics/admin.records/records?from=earliest&count=10')
    const byOffset = [...consumed.json.records].sort((a, b) => a.partition - b.partition || a.offset - b.offset)
    expect(byOffset).toMatchObject([
      { partition: 0, offset: 0, key: null, value: 'one', headers: [] },
      { partition: 0, offset: 1, value: null, headers: [{ key: 'h', value: null }] },
      { partition: 1, offset: 0, key: 'k', value: 'two', headers: [{ key: 'source', value: 'test' }] },
    ])
    expect(consumed.json.nextOffsets).toEqual({ 0: 2, 1: 1 })

    const partial = await api('GET', '/api/topics/admin.records/records?from=0:1,1:1')
    expect(partial.json.records.map((r: { offset: number }) => r.offset)).toEqual([1])
    const latest = await api('GET', '/api/topics/admin.records/records?from=latest')
    expect(latest.json).toMatchObject({ records: [], nextOffsets: { 0: 2, 1: 1 } })
    const bad = await api('GET', '/api/topics/admin.records/records?from=yesterday')
    expect(bad.status).toBe(400)
    expect(bad.json.error).toMatch(/from must be earliest, latest/)
    const overCount = await api('GET', '/api/topics/admin.records/records?count=501')
    expect(overCount.json.error).toBe('count must be an integer from 1 to 500, got "501"')
  })

  it('round-trips arbitrary bytes with base64 (property)', async () => {
    await api('POST', '/api/topics', { name: 'admin.base64' })
    let next = 0
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 20 }), async (values) => {
        const records = values.map((v) => ({ value: Buffer.from(v).toString('base64'), key: Buffer.from(v.slice(0, 3)).toString('base64') }))
        const produced = await api('POST', '/api/topics/admin.base64/records', { records, encoding: 'base64' })
        expect(produced.status).toBe(200)
        const consumed = await api('GET', `/api/topics/admin.base64/records?from=${next}&count=${values.length}&encoding=base64`)
        expect(consumed.json.records.map((r: { value: string }) => r.value)).toEqual(records.map((r) => r.value))
        expect(consumed.json.records.map((r: { key: string }) => r.key)).toEqual(records.map((r) => r.key))
        next += values.length
      }),
      { numRuns: 30 },
    )
  })

  it('waits up to timeoutMs for records produced meanwhile', async () => {
    await api('POST', '/api/topics', { name: 'admin.wait' })
    const waiting = api('GET', '/api/topics/admin.wait/records?from=latest&count=1&timeoutMs=2000')
    await new Promise((resolve) => setTimeout(resolve, 100))
    await api('POST', '/api/topics/admin.wait/records', { records: [{ value: 'late' }] })
    const { json } = await waiting
    expect(json.records.map((r: { value: string }) => r.value)).toEqual(['late'])
    const started = Date.now()
    const empty = await api('GET', '/api/topics/admin.wait/records?from=latest&timeoutMs=200')
    expect(empty.json.records).toEqual([])
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
  })
})

describe('/metrics', () => {
  it('exports per-topic records and bytes, engine offsets, process figures and the placeholders others feed', async () => {
    await api('POST', '/api/topics', { name: 'metrics.t', partitions: 2 })
    await api('POST', '/api/topics/metrics.t/records', { records: [{ value: 'abcd', partition: 1 }, { value: 'ef', partition: 1 }] })
    await api('GET', '/api/topics/metrics.t/records?from=earliest')
    await engine.publish('metrics.t', { value: 'direct', partition: 0 }) // not through HTTP: seen via offsets only
    observeKafkaRequest('Produce', 0.002)
    setConsumerLag('g1', 'metrics.t', 0, 42)
    countIngestFrames('udp', 3, 300)
    setControlPlaneInfo('mode', 'normal')
    const response = await fetch(`${base}/metrics`)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await response.text()
    expect(text).toContain('sluice_records_in_total{topic="metrics.t"} 2')
    expect(text).toContain('sluice_bytes_in_total{topic="metrics.t"} 6')
    expect(text).toContain('sluice_records_out_total{topic="metrics.t"} 2')
    expect(text).toContain('sluice_topic_records_appended{topic="metrics.t"} 3')
    expect(text).toContain('sluice_partition_log_end_offset{topic="metrics.t",partition="1"} 2')
    expect(text).toContain('sluice_kafka_request_duration_seconds_count{api="Produce",outcome="ok"} 1')
    expect(text).toContain('sluice_consumer_group_lag_records{group="g1",topic="metrics.t",partition="0"} 42')
    expect(text).toContain('sluice_ingest_frames_total{source="udp"} 3')
    expect(text).toContain('sluice_control_plane_info{key="mode",value="normal"} 1')
    expect(text).toMatch(/^sluice_process_resident_memory_bytes \d+/m)
    expect(text).toMatch(/^sluice_http_request_duration_seconds_count\{method="POST",route="\/api\/topics\/:name\/records",status="200"\} \d+/m)
    for (const name of ['sluice_dedup_dropped_total', 'sluice_dead_letter_total', 'sluice_control_plane_state', 'sluice_ingest_frames_dropped_total']) {
      expect(text).toContain(`# TYPE ${name} `)
    }
  })
})

describe('/health, /ready and /bench', () => {
  it('answers health and readiness', async () => {
    expect((await api('GET', '/health')).json).toEqual({ status: 'ok' })
    expect((await api('GET', '/ready')).json).toEqual({ ready: true })
  })

  it('serves the bench page and the engine files with cross-origin isolation headers', async () => {
    for (const path of ['/bench', '/bench/lib/index.js', '/bench/lib/browser/app.js', '/bench/lib/wasm/sluice.wasm']) {
      const response = await fetch(base + path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
      expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp')
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    }
    expect((await fetch(`${base}/bench/lib/wasm/sluice.wasm`)).headers.get('content-type')).toBe('application/wasm')
    expect((await fetch(`${base}/bench/lib/%2e%2e/package.json`)).status).toBe(404)
    expect((await fetch(`${base}/bench/lib/../../package.json`)).status).toBe(404)
    expect((await fetch(`${base}/bench/lib/wasm/sluice.wat`)).status).toBe(404)
  })
})
