// The JSON admin API: topics, and producing and consuming records over HTTP. This is what `sluice topic`,
// `sluice produce` and `sluice consume` talk to until the Kafka protocol lands; it is also handy from curl.
//
//   GET    /api/topics                         list (?prefix=, ?limit=)
//   POST   /api/topics                         create: {"name", "partitions"?, "windowBytes"?, "recordBytesMax"?}
//   GET    /api/topics/:name                   describe (with the topic configs when the Kafka broker runs)
//   PATCH  /api/topics/:name                   alter: {"configs"?: {"key": "value" | null}, "partitions"?: N}
//   DELETE /api/topics/:name                   delete
//   POST   /api/topics/:name/records           produce: {"records": [{"key"?, "value", "headers"?, "partition"?}], "encoding"?}
//   GET    /api/topics/:name/records           consume: ?from=earliest|latest|OFFSET|P:O,P:O &count= &partition= &timeoutMs= &encoding=
//   GET    /api/topics/:name/records?group=G   consume as a member of group G, streamed as NDJSON (group-stream.ts)
//   DELETE /api/streams/:id                    end such a stream
//   /api/groups, /api/groups/:id, /api/groups/:id/offsets   consumer groups (groups.ts)
//   GET    /api/state, POST /api/state         the event ingest's control plane (state.ts)
//   GET    /api/config                         the live configuration

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Engine, TopicInfo } from '../engine/engine.js'
import type { Message, RecordInput } from '../engine/record-format.js'
import type { Subscription } from '../engine/subscription.js'
import type { DescribedConfig } from '../kafka/topic-configs.js'
import { countRecordsIn, countRecordsOut } from '../metrics/registry.js'
import { HttpError, kafkaOff, readJsonBody, sendJson } from './respond.js'
import { type IngestControl, handleState } from './state.js'

export interface AdminLimits {
  readonly bodyBytesMax: number
  readonly consumeWaitMsMax: number
  readonly consumeRecordsMax: number
  /** Group consume streams open at once (group-stream.ts); 0 refuses them. */
  readonly groupStreamsMax?: number
  /** A group stream that writes no record for this long ends; 0: never. */
  readonly groupStreamIdleMs?: number
}

export interface AdminContext {
  readonly engine: Engine
  readonly limits: () => AdminLimits
  /** Resolves when the server starts shutting down: long consume requests return what they have. */
  readonly stopping: Promise<void>
  /** The live configuration for GET /api/config, if the server was given one. */
  readonly config?: () => unknown
  readonly log?: (event: string, fields: Record<string, unknown>) => void
  /** The event ingest's control plane for /api/state; null while there is none (ingest off). */
  readonly ingest?: () => IngestControl | null
  /** The Kafka broker (a KafkaBroker), null while it starts or when it is off: topic configs live in it (groups in the engine). */
  readonly kafka?: () => KafkaAdmin | null
}

/** What the admin API uses of the Kafka broker (a KafkaBroker; host/kafka/topic-admin.ts does the work). */
export interface KafkaAdmin {
  /** Sets (value) or resets (null) topic configs, all or nothing; rejects with a TopicAdminError. */
  alterTopicConfigs(topic: string, changes: Readonly<Record<string, string | null>>): Promise<Record<string, string>>
  describeTopicConfigs(topic: string): DescribedConfig[]
  /** Grows a topic to `count` partitions in all; rejects with a TopicAdminError. */
  createPartitions(topic: string, count: number, options?: { validateOnly?: boolean }): Promise<void>
}

export type Encoding = 'utf8' | 'base64'

/** Records per GET when ?count= is not given. */
const consumeCountDefault = 100
/** Topics listed per GET /api/topics when ?limit= is not given. */
const listLimitDefault = 10_000
/** A consume request reads at most this many partitions (one subscription each). */
const consumePartitionsMax = 4096

export interface ConsumedRecord {
  readonly partition: number
  readonly offset: number
  readonly timestamp: number
  readonly key: string | null
  readonly value: string | null
  readonly headers: ReadonlyArray<{ key: string; value: string | null }>
}

export interface ConsumeResult {
  readonly topic: string
  readonly records: readonly ConsumedRecord[]
  /** Per partition, the offset to pass as from= to continue after these records. */
  readonly nextOffsets: Readonly<Record<string, number>>
}

const decoder = new TextDecoder()

function encodeBytes(bytes: Uint8Array | null, encoding: Encoding): string | null {
  if (bytes === null) return null
  return encoding === 'base64' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') : decoder.decode(bytes)
}

function decodeField(value: unknown, encoding: Encoding, what: string): string | Uint8Array | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') throw new HttpError(400, `${what} must be a string or null, got ${typeof value}`)
  if (encoding === 'base64') {
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) throw new HttpError(400, `${what} is not base64 (the request has "encoding": "base64")`)
    return new Uint8Array(Buffer.from(value, 'base64'))
  }
  return value
}

export function parseEncoding(value: unknown): Encoding {
  if (value === undefined || value === null || value === 'utf8' || value === 'utf-8') return 'utf8'
  if (value === 'base64') return 'base64'
  throw new HttpError(400, `encoding must be "utf8" or "base64", got ${JSON.stringify(value)}`)
}

export function integerParam(name: string, text: string | null, fallback: number, min: number, max: number): number {
  if (text === null || text === '') return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new HttpError(400, `${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(text)}`)
  return value
}

export function recordBytesOf(record: { key: Uint8Array | string | null; value: Uint8Array | string | null; headers: ReadonlyArray<{ key: string; value: Uint8Array | string | null }> }): number {
  const size = (v: Uint8Array | string | null): number => (v === null ? 0 : typeof v === 'string' ? Buffer.byteLength(v) : v.byteLength)
  let bytes = size(record.key) + size(record.value)
  for (const header of record.headers) bytes += Buffer.byteLength(header.key) + size(header.value)
  return bytes
}

function topicSummary(info: TopicInfo): Record<string, unknown> {
  let records = 0
  let retained = 0
  for (const p of info.partitions) {
    records += p.nextOffset
    retained += p.nextOffset - p.headOffset
  }
  return { name: info.name, partitions: info.partitions.length, windowBytes: info.windowBytes, recordBytesMax: info.recordBytesMax, recordsAppended: records, recordsRetained: retained }
}

/** Parses produce records; every record is checked before any is published. */
export function parseProduceBody(body: unknown): Array<RecordInput & { partition?: number }> {
  const object = Array.isArray(body) ? { records: body } : (body as Record<string, unknown>)
  if (object === null || typeof object !== 'object' || !Array.isArray(object.records)) {
    throw new HttpError(400, 'the body must be {"records": [{"key"?, "value", "headers"?, "partition"?}, ...]} (or the array alone)')
  }
  const encoding = parseEncoding(object.encoding)
  return (object.records as unknown[]).map((raw, i) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new HttpError(400, `records[${i}] must be an object with a "value"`)
    const record = raw as Record<string, unknown>
    if (!('value' in record)) throw new HttpError(400, `records[${i}] has no "value" (use null for a tombstone)`)
    const out: RecordInput & { partition?: number } = { value: decodeField(record.value, encoding, `records[${i}].value`) }
    if (record.key !== undefined) out.key = decodeField(record.key, encoding, `records[${i}].key`)
    if (record.partition !== undefined) {
      if (!Number.isInteger(record.partition) || (record.partition as number) < 0) throw new HttpError(400, `records[${i}].partition must be a non-negative integer, got ${JSON.stringify(record.partition)}`)
      out.partition = record.partition as number
    }
    if (record.headers !== undefined) {
      const headers = record.headers
      if (Array.isArray(headers)) {
        out.headers = headers.map((h, j) => {
          if (h === null || typeof h !== 'object' || typeof (h as { key?: unknown }).key !== 'string') throw new HttpError(400, `records[${i}].headers[${j}] must be {"key": string, "value": string | null}`)
          return { key: (h as { key: string }).key, value: decodeField((h as { value?: unknown }).value, encoding, `records[${i}].headers[${j}].value`) }
        })
      } else if (headers !== null && typeof headers === 'object') {
        out.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, decodeField(v, encoding, `records[${i}].headers.${k}`)]))
      } else {
        throw new HttpError(400, `records[${i}].headers must be an object {"k": "v"} or an array [{"key", "value"}]`)
      }
    }
    return out
  })
}

/** Start offset per partition from ?from=. */
function startOffsets(info: TopicInfo, partitions: number[], from: string): Map<number, number> {
  const starts = new Map<number, number>()
  const byPartition = new Map(info.partitions.map((p) => [p.partition, p]))
  if (from.includes(':')) {
    const listed = new Map<number, number>()
    for (const pair of from.split(',')) {
      const match = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(pair)
      if (match === null) throw new HttpError(400, `from must be earliest, latest, an offset, or partition:offset pairs like 0:12,1:40; got ${JSON.stringify(from)}`)
      listed.set(Number(match[1]), Number(match[2]))
    }
    for (const p of partitions) starts.set(p, listed.get(p) ?? byPartition.get(p)!.headOffset)
    return starts
  }
  for (const p of partitions) {
    const info = byPartition.get(p)!
    if (from === 'earliest' || from === 'beginning') starts.set(p, info.headOffset)
    else if (from === 'latest' || from === 'end') starts.set(p, info.nextOffset)
    else {
      const offset = Number(from)
      if (from.trim() === '' || !Number.isSafeInteger(offset) || offset < 0) {
        throw new HttpError(400, `from must be earliest, latest, an offset, or partition:offset pairs like 0:12,1:40; got ${JSON.stringify(from)}`)
      }
      starts.set(p, offset)
    }
  }
  return starts
}

export function toConsumed(message: Message, encoding: Encoding): ConsumedRecord {
  return {
    partition: message.partition,
    offset: message.offset,
    timestamp: message.timestamp,
    key: encodeBytes(message.key, encoding),
    value: encodeBytes(message.value, encoding),
    headers: message.headers.map((h) => ({ key: h.key, value: encodeBytes(h.value, encoding) })),
  }
}

/** Reads up to `count` records, waiting at most `timeoutMs` for them; never holds a subscription afterwards. */
export async function consumeRecords(context: AdminContext, topic: string, url: URL): Promise<ConsumeResult> {
  const { engine } = context
  const limits = context.limits()
  const info = engine.describeTopic(topic)
  const count = integerParam('count', url.searchParams.get('count'), Math.min(consumeCountDefault, limits.consumeRecordsMax), 1, limits.consumeRecordsMax)
  const timeoutMs = integerParam('timeoutMs', url.searchParams.get('timeoutMs'), 0, 0, limits.consumeWaitMsMax)
  const encoding = parseEncoding(url.searchParams.get('encoding') ?? undefined)
  const partitionText = url.searchParams.get('partition')
  const partitions =
    partitionText === null || partitionText === '' ? info.partitions.map((p) => p.partition) : [integerParam('partition', partitionText, 0, 0, info.partitions.length - 1)]
  if (partitions.length > consumePartitionsMax) throw new HttpError(400, `topic ${topic} has ${partitions.length} partitions; consume at most ${consumePartitionsMax} at once with ?partition=`)
  const starts = startOffsets(info, partitions, url.searchParams.get('from') ?? 'earliest')

  const nextOffsets: Record<string, number> = {}
  for (const [p, offset] of starts) nextOffsets[String(p)] = offset
  const records: ConsumedRecord[] = []
  let bytes = 0
  const readers: Array<{ subscription: Subscription; pending: Promise<{ index: number; batch: Message[] }> | null; done: boolean }> = []
  try {
    for (const [partition, offset] of starts) {
      // spinMicros 0: an HTTP request must not burn a core while it waits; parking costs ~20 us of wake-up.
      readers.push({ subscription: engine.subscribe(topic, { partitions: [partition], from: { offset }, onMissed: 'skip', spinMicros: 0 }), pending: null, done: false })
    }
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
    const stopping = context.stopping.then(() => 'timeout' as const)
    try {
      while (records.length < count) {
        const waits: Array<Promise<{ index: number; batch: Message[] } | 'timeout'>> = [timeout, stopping]
        for (let index = 0; index < readers.length; index++) {
          const reader = readers[index]
          if (reader.done) continue
          reader.pending ??= reader.subscription.nextBatch().then((batch) => ({ index, batch }))
          waits.push(reader.pending)
        }
        if (waits.length === 2) break // every partition ended (topic deleted, engine closed)
        const winner = await Promise.race(waits)
        if (winner === 'timeout') break
        const reader = readers[winner.index]
        reader.pending = null
        if (winner.batch.length === 0) {
          reader.done = true
          continue
        }
        for (const message of winner.batch) {
          if (records.length >= count) break
          const record = toConsumed(message, encoding)
          records.push(record)
          bytes += recordBytesOf({ key: message.key, value: message.value, headers: message.headers })
          nextOffsets[String(message.partition)] = message.offset + 1
        }
      }
    } finally {
      clearTimeout(timer)
    }
  } finally {
    // Records a closed subscription had already read are dropped; nextOffsets only covers returned ones.
    for (const reader of readers) reader.subscription.close()
  }
  countRecordsOut(topic, records.length, bytes)
  return { topic, records, nextOffsets }
}

/** HTTP status for the Kafka error code of a refused topic change (host/kafka/topic-admin.ts TopicAdminError). */
const statusByKafkaCode: Record<number, { status: number; code: string }> = {
  3: { status: 404, code: 'UNKNOWN_TOPIC' }, // UNKNOWN_TOPIC_OR_PARTITION
  37: { status: 400, code: 'INVALID_PARTITIONS' },
  39: { status: 400, code: 'INVALID_PARTITIONS' }, // INVALID_REPLICA_ASSIGNMENT
  40: { status: 400, code: 'INVALID_CONFIG' },
  44: { status: 400, code: 'POLICY_VIOLATION' },
}

/** A TopicAdminError as an HttpError (matched by name: the broker's module is not loaded here). */
function topicAdminError(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'TopicAdminError') return error
  const known = statusByKafkaCode[(error as Error & { errorCode: number }).errorCode]
  return new HttpError(known?.status ?? 500, error.message, known?.code ?? 'TOPIC_ADMIN_FAILED')
}

/** The configs of a topic with their values and whether each is the default, when the broker runs. */
function topicConfigs(context: AdminContext, name: string): Array<{ name: string; value: string; isDefault: boolean }> | undefined {
  const kafka = context.kafka?.() ?? null
  return kafka?.describeTopicConfigs(name).map((c) => ({ name: c.name, value: c.value, isDefault: c.isDefault }))
}

/**
 * PATCH /api/topics/:name (`sluice topic alter`): configs as IncrementalAlterConfigs sets them (a value
 * sets, null returns to the default; applied to a durable topic's log by the broker), and partition
 * growth. The growth is checked before the configs change, and the configs are all or nothing.
 */
async function alterTopic(context: AdminContext, name: string, body: unknown): Promise<Record<string, unknown>> {
  const { engine } = context
  const shape = 'the body must be {"configs"?: {"key": "value" | null}, "partitions"?: N} with at least one of them'
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, shape)
  const { configs, partitions, ...unknown } = body as Record<string, unknown>
  if (Object.keys(unknown).length > 0) throw new HttpError(400, `unknown field ${JSON.stringify(Object.keys(unknown)[0])}: ${shape}`)
  if (configs === undefined && partitions === undefined) throw new HttpError(400, shape)
  const current = engine.describeTopic(name).partitions.length
  const changes: Record<string, string | null> = {}
  if (configs !== undefined) {
    if (configs === null || typeof configs !== 'object' || Array.isArray(configs)) throw new HttpError(400, '"configs" must be an object {"retention.ms": "86400000", "cleanup.policy": null, ...}')
    for (const [key, value] of Object.entries(configs)) {
      if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new HttpError(400, `configs.${key} must be a string, number, boolean or null (back to the default), got ${JSON.stringify(value)}`)
      }
      changes[key] = value === null ? null : String(value)
    }
  }
  if (partitions !== undefined) {
    // The upper limit (partitionsPerTopicMax) is the engine's to check.
    if (!Number.isSafeInteger(partitions) || (partitions as number) < 1) throw new HttpError(400, `partitions must be a positive integer, got ${JSON.stringify(partitions)}`, 'INVALID_PARTITIONS')
    if ((partitions as number) <= current) {
      throw new HttpError(400, `topic ${JSON.stringify(name)} has ${current} partition${current === 1 ? '' : 's'}; partitions can only be added (as in Kafka): ask for more than ${current}`, 'INVALID_PARTITIONS')
    }
  }
  const kafka = context.kafka?.() ?? null
  if (Object.keys(changes).length > 0 && kafka === null) throw kafkaOff('topic configs')
  try {
    if (partitions !== undefined && kafka !== null) await kafka.createPartitions(name, partitions as number, { validateOnly: true })
    if (Object.keys(changes).length > 0) await kafka!.alterTopicConfigs(name, changes)
    // Without the broker (kafka.port -1) the engine grows the topic itself: there are no Kafka ids to keep.
    if (partitions !== undefined) await (kafka !== null ? kafka.createPartitions(name, partitions as number) : engine.createPartitions(name, partitions as number))
  } catch (error) {
    throw topicAdminError(error)
  }
  context.log?.('topic altered', { topic: name, configs: Object.keys(changes).length > 0 ? changes : undefined, partitions })
  const altered = engine.describeTopic(name)
  return { ...topicSummary(altered), partitions: altered.partitions, configs: topicConfigs(context, name) }
}

function topicPath(pathname: string): { name: string; rest: string } | null {
  const match = /^\/api\/topics\/([^/]+)(\/records)?\/?$/.exec(pathname)
  if (match === null) return null
  let name: string
  try {
    name = decodeURIComponent(match[1])
  } catch {
    throw new HttpError(400, `the topic in ${pathname} is not valid percent-encoding`)
  }
  return { name, rest: match[2] ?? '' }
}

function methodNotAllowed(method: string, path: string, allowed: string): never {
  throw new HttpError(405, `${method} is not allowed on ${path}; use ${allowed}`, 'METHOD_NOT_ALLOWED')
}

/** The route pattern for metrics labels, or null when the path is not an admin route. */
export function adminRoute(pathname: string): string | null {
  if (pathname === '/api/topics' || pathname === '/api/topics/') return '/api/topics'
  if (/^\/api\/topics\/[^/]+\/records\/?$/.test(pathname)) return '/api/topics/:name/records'
  if (/^\/api\/topics\/[^/]+\/?$/.test(pathname)) return '/api/topics/:name'
  if (/^\/api\/groups\/[^/]+\/offsets\/?$/.test(pathname)) return '/api/groups/:id/offsets'
  if (/^\/api\/groups\/[^/]+\/?$/.test(pathname)) return '/api/groups/:id'
  if (pathname.startsWith('/api/groups')) return '/api/groups'
  if (/^\/api\/streams\/[^/]+\/?$/.test(pathname)) return '/api/streams/:id'
  if (pathname.startsWith('/api/state')) return '/api/state'
  if (pathname === '/api/config') return '/api/config'
  if (pathname.startsWith('/api/')) return '/api/*'
  return null
}

export async function handleAdmin(context: AdminContext, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const { engine } = context
  const method = request.method ?? 'GET'
  const path = url.pathname
  if (path === '/api/topics' || path === '/api/topics/') {
    if (method === 'GET') {
      const prefix = url.searchParams.get('prefix') ?? ''
      const limit = integerParam('limit', url.searchParams.get('limit'), listLimitDefault, 1, 1_000_000)
      const names = engine.listTopics().filter((name) => name.startsWith(prefix)).sort()
      const topics = names.slice(0, limit).map((name) => topicSummary(engine.describeTopic(name)))
      return sendJson(response, 200, { topics, total: names.length, truncated: names.length > limit })
    }
    if (method === 'POST') {
      const body = (await readJsonBody(request, context.limits().bodyBytesMax)) as Record<string, unknown>
      if (body === null || typeof body !== 'object' || typeof body.name !== 'string') throw new HttpError(400, 'the body must be {"name": string, "partitions"?: int, "windowBytes"?: int, "recordBytesMax"?: int}')
      for (const option of ['partitions', 'windowBytes', 'recordBytesMax']) {
        if (body[option] !== undefined && typeof body[option] !== 'number') throw new HttpError(400, `${option} must be a number, got ${JSON.stringify(body[option])}`)
      }
      await engine.createTopic(body.name, {
        partitions: body.partitions as number | undefined,
        windowBytes: body.windowBytes as number | undefined,
        recordBytesMax: body.recordBytesMax as number | undefined,
      })
      context.log?.('topic created', { topic: body.name, partitions: body.partitions ?? 1 })
      return sendJson(response, 201, engine.describeTopic(body.name), { location: `/api/topics/${encodeURIComponent(body.name)}` })
    }
    methodNotAllowed(method, path, 'GET or POST')
  }
  const topic = topicPath(path)
  if (topic !== null && topic.rest === '') {
    if (method === 'GET') {
      const info = engine.describeTopic(topic.name)
      return sendJson(response, 200, { ...topicSummary(info), partitions: info.partitions, configs: topicConfigs(context, topic.name) })
    }
    if (method === 'PATCH') return sendJson(response, 200, await alterTopic(context, topic.name, await readJsonBody(request, context.limits().bodyBytesMax)))
    if (method === 'DELETE') {
      await engine.deleteTopic(topic.name)
      context.log?.('topic deleted', { topic: topic.name })
      return sendJson(response, 200, { deleted: topic.name })
    }
    methodNotAllowed(method, path, 'GET, PATCH or DELETE')
  }
  if (topic !== null && topic.rest === '/records') {
    if (method === 'POST') {
      const records = parseProduceBody(await readJsonBody(request, context.limits().bodyBytesMax))
      const results = await engine.publishBatch(topic.name, records)
      let bytes = 0
      for (const record of records) {
        const headers = record.headers === undefined ? [] : Array.isArray(record.headers) ? record.headers : Object.entries(record.headers).map(([key, value]) => ({ key, value }))
        bytes += recordBytesOf({ key: (record.key ?? null) as Uint8Array | string | null, value: record.value, headers })
      }
      countRecordsIn(topic.name, records.length, bytes)
      return sendJson(response, 200, { topic: topic.name, offsets: results })
    }
    if (method === 'GET' && url.searchParams.has('group')) {
      // Loaded on first use, as groups.ts: a group stream hosts an embedded member for the response's lifetime.
      const { streamGroupRecords } = await import('./group-stream.js')
      return streamGroupRecords(context, topic.name, url, request, response)
    }
    if (method === 'GET') return sendJson(response, 200, await consumeRecords(context, topic.name, url))
    methodNotAllowed(method, path, 'GET (consume) or POST (produce)')
  }
  if (path === '/api/groups' || path.startsWith('/api/groups/')) {
    // Loaded on first use: the HTTP server starts without the coordinator's protocol code.
    const { handleGroups } = await import('./groups.js')
    return handleGroups(engine, request, response, url, context.limits().bodyBytesMax)
  }
  const stream = /^\/api\/streams\/([^/]+)\/?$/.exec(path)
  if (stream !== null) {
    if (method !== 'DELETE') methodNotAllowed(method, path, 'DELETE')
    const { stopGroupStream } = await import('./group-stream.js')
    return stopGroupStream(context, decodeURIComponent(stream[1]), response)
  }
  if (path === '/api/state' || path === '/api/state/') return handleState(context.ingest?.() ?? null, request, response, context.limits().bodyBytesMax)
  if (path === '/api/config') {
    if (method !== 'GET') methodNotAllowed(method, path, 'GET')
    if (context.config === undefined) throw new HttpError(404, 'this server was started without a configuration')
    return sendJson(response, 200, context.config())
  }
  throw new HttpError(404, `no admin route ${method} ${path}; see docs/operations.md for /api/topics, /api/topics/:name and /api/topics/:name/records`, 'NOT_FOUND')
}
