// The operations HTTP server: /health, /ready, /metrics (Prometheus), the JSON admin API (/api, admin.ts)
// and the browser benchmark page (/bench, bench-assets.ts). node:http is enough: nothing here is on the
// records' hot path except the admin produce/consume, which batch.
//
// Shutdown (shutdown()): stop accepting, let in-flight requests finish (consume requests waiting for
// records return what they have at once), cut whatever is left after the grace period.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { type AddressInfo } from 'node:net'
import { type Engine } from '../engine/engine.js'
import type { LogSink } from '../logging/logger.js'
import { metricsText, observeHttpRequest, setEngineSource } from '../metrics/registry.js'
import { type AdminLimits, type KafkaAdmin, adminRoute, handleAdmin } from './admin.js'
import { serveBench } from './bench-assets.js'
import { HttpError, errorResponse, sendJson } from './respond.js'
import type { IngestControl } from './state.js'

export interface HttpLimits extends AdminLimits {
  /** Requests slower than this are logged as warnings; 0 disables. */
  readonly requestLatencyWarnMs: number
}

export const httpLimitsDefault: HttpLimits = { bodyBytesMax: 16 * 1024 * 1024, consumeWaitMsMax: 30_000, consumeRecordsMax: 10_000, groupStreamsMax: 64, groupStreamIdleMs: 0, requestLatencyWarnMs: 1_000 }

export interface HttpServerOptions {
  host: string
  port: number
  logger?: LogSink
  /** Read per request, so reloaded values apply at once. */
  limits?: () => HttpLimits
  /** The live configuration, served at GET /api/config. */
  config?: () => unknown
  /** The event ingest's control plane for /api/state (read per request: the ingest starts after HTTP). */
  ingest?: () => IngestControl | null
  /** The Kafka broker for /api/groups and topic configs (read per request: the broker starts after HTTP). */
  kafka?: () => KafkaAdmin | null
}

export interface HttpServer {
  readonly server: Server
  readonly address: AddressInfo
  /** Stops accepting, waits for in-flight requests up to graceMs, then cuts the rest. */
  shutdown(graceMs: number): Promise<{ inFlightAtStart: number; cut: number }>
}

const routesIndex = {
  health: '/health',
  ready: '/ready',
  metrics: '/metrics',
  topics: '/api/topics',
  topic: '/api/topics/:name',
  records: '/api/topics/:name/records',
  config: '/api/config',
  state: '/api/state',
  groups: '/api/groups',
  group: '/api/groups/:id',
  groupOffsets: '/api/groups/:id/offsets',
  groupStream: '/api/topics/:name/records?group=G',
  stream: '/api/streams/:id',
  bench: '/bench',
}

function routeOf(pathname: string): string {
  if (pathname === '/health' || pathname === '/ready' || pathname === '/metrics' || pathname === '/topics' || pathname === '/') return pathname
  if (pathname === '/bench' || pathname.startsWith('/bench/')) return pathname.startsWith('/bench/lib/') ? '/bench/lib/*' : '/bench'
  return adminRoute(pathname) ?? 'unknown'
}

export async function startHttpServer(engine: Engine, options: HttpServerOptions): Promise<HttpServer> {
  const limits = options.limits ?? (() => httpLimitsDefault)
  const logger = options.logger
  let stopping = false
  let signalStopping: () => void = () => {}
  const stoppingPromise = new Promise<void>((resolve) => (signalStopping = resolve))
  const context = {
    engine,
    limits,
    stopping: stoppingPromise,
    config: options.config,
    ingest: options.ingest,
    kafka: options.kafka,
    log: (event: string, fields: Record<string, unknown>) => logger?.info(fields, event),
  }
  let inFlight = 0
  const responses = new Set<ServerResponse>()
  let drained: (() => void) | undefined

  setEngineSource((seriesMax) => {
    if (!engine.isOpen) return { open: false, memoryBytes: engine.shared.memory.buffer.byteLength, topicCount: 0, topics: [] }
    const names = engine.listTopics()
    const topics = []
    let partitions = 0
    for (const name of names) {
      if (topics.length >= seriesMax || partitions >= seriesMax) break
      const info = engine.describeTopic(name)
      partitions += info.partitions.length
      topics.push({ name, partitions: info.partitions })
    }
    return { open: true, memoryBytes: engine.shared.memory.buffer.byteLength, topicCount: names.length, topics }
  })

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? 'GET'
    const path = url.pathname
    if (path.startsWith('/api/')) return handleAdmin(context, request, response, url)
    if (await serveBench(path, method, response)) return
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `method ${method} not allowed on ${path}; use GET`, 'METHOD_NOT_ALLOWED')
    if (path === '/health') return sendJson(response, 200, { status: 'ok' })
    if (path === '/ready') {
      const ready = engine.isOpen && !stopping
      return sendJson(response, ready ? 200 : 503, ready ? { ready: true } : { ready: false, reason: stopping ? 'shutting down' : 'engine closed' })
    }
    if (path === '/metrics') {
      const { contentType, body } = await metricsText()
      response.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
      response.end(body)
      return
    }
    // Kept from the first `sluice serve`: the same as GET /api/topics but the full description of each.
    if (path === '/topics') return sendJson(response, 200, engine.listTopics().map((name) => engine.describeTopic(name)))
    if (path === '/') return sendJson(response, 200, { service: 'sluice', routes: routesIndex })
    throw new HttpError(404, `no route ${path}; try /health, /ready, /metrics, /api/topics or /bench`, 'NOT_FOUND')
  }

  const server = createServer((request, response) => {
    const started = performance.now()
    inFlight++
    responses.add(response)
    if (stopping) response.setHeader('connection', 'close')
    let url: URL
    try {
      url = new URL(request.url ?? '/', 'http://localhost')
    } catch {
      url = new URL('http://localhost/')
    }
    const done = (): void => {
      inFlight--
      responses.delete(response)
      // Its socket goes idle once this response is written: close it rather than keep it alive.
      if (stopping) setImmediate(() => server.closeIdleConnections())
      const seconds = (performance.now() - started) / 1000
      const status = response.statusCode
      observeHttpRequest(request.method ?? 'GET', routeOf(url.pathname), status, seconds)
      const warnMs = limits().requestLatencyWarnMs
      if (warnMs > 0 && seconds * 1000 > warnMs && !url.pathname.endsWith('/records')) {
        logger?.warn({ method: request.method, path: url.pathname, status, ms: Math.round(seconds * 1000) }, 'slow HTTP request')
      } else if (logger?.isLevelEnabled('debug')) {
        logger.debug({ method: request.method, path: url.pathname, status, ms: +(seconds * 1000).toFixed(2) }, 'http request')
      }
      if (inFlight === 0) drained?.()
    }
    response.once('close', done)
    route(request, response, url).catch((error: unknown) => {
      const { status, body } = errorResponse(error)
      if (status >= 500 && status !== 501 && status !== 503) logger?.error({ err: error, method: request.method, path: url.pathname }, 'request failed')
      if (response.headersSent) {
        response.destroy()
        return
      }
      // A body we did not read must not be parsed as the next request on this connection.
      if (!request.complete) response.setHeader('connection', 'close')
      sendJson(response, status, body)
    })
  })
  // Node's defaults: headers within 60 s, whole request within 300 s; long-polling consumers fit in that.
  server.keepAliveTimeout = 5_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })

  return {
    server,
    address: server.address() as AddressInfo,
    async shutdown(graceMs: number) {
      stopping = true
      signalStopping()
      const inFlightAtStart = inFlight
      for (const response of responses) if (!response.headersSent) response.setHeader('connection', 'close')
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // close() stops accepting and (Node >= 19) closes idle keep-alive connections; busy ones close after
      // their response because every response from now on says connection: close.
      server.closeIdleConnections()
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve))
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)))
      const outcome = await Promise.race([Promise.all([idle, closed]).then(() => 'done' as const), timedOut])
      clearTimeout(timer)
      let cut = 0
      if (outcome === 'timeout') {
        cut = inFlight
        server.closeAllConnections()
        await closed
      }
      setEngineSource(undefined)
      return { inFlightAtStart, cut }
    },
  }
}
