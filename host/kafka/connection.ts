// One client connection: a framing state machine over the receive buffer, and the requests it yields
// answered one at a time, in order, as Kafka does (a client may pipeline; answers keep its order, and a
// connection's Produce requests append in the order they were sent).
//
// States: SIZE (need the 4-byte size prefix) -> BODY (need `size` bytes) -> a frame is queued -> SIZE.
// Received chunks are kept as a list and copied only when a frame spans chunks. A size outside
// [requestHeaderBytesMin, requestBytesMax] closes the connection: after a bad size the stream cannot be
// resynchronised. Reading pauses while the queue of unanswered frames or the socket's unsent bytes are
// over their limits, so a client that sends faster than it reads holds only itself back.

import { observeKafkaRequest } from '../metrics/registry.js'
import type { Socket } from 'node:net'
import { BufferPool } from '../memory/buffer-pool.js'
import type { KafkaLog } from './log.js'
import { KafkaProtocolError, Writer, apiDescriptor, decodeRequest, encodeResponse, peekRequestHeader, sizePrefixed, ApiKey } from './protocol/index.js'
import type { ApiEntry } from './apis/index.js'
import { apiVersionsResponse } from './apis/index.js'
import { CLOSE_CONNECTION, type BrokerContext } from './context.js'
import { ErrorCode } from './error-codes.js'
import type { RequestCapture } from './capture.js'

/** Broker-wide counts, for metrics and for tests that assert nothing failed inside the broker. */
export interface BrokerCounters {
  requests: number
  /** Connections closed for bad input (framing, unparseable requests, unserved apis). */
  rejectedConnections: number
  /** Handlers that threw (a bug: expected failures are error codes). */
  handlerFailures: number
  /** Responses the codec refused to encode (a bug in a handler). */
  encodeFailures: number
}

export interface ConnectionLimits {
  /** Largest request frame (Kafka's socket.request.max.bytes). */
  readonly requestBytesMax: number
  /** Frames received but not yet answered before reading pauses. */
  readonly queuedRequestsMax: number
  /** Bytes of such frames before reading pauses. */
  readonly queuedBytesMax: number
  /** Unsent response bytes before the next request waits for the socket to drain. */
  readonly unsentBytesMax: number
  /** A connection with no traffic for this long is closed (Kafka's connections.max.idle.ms). */
  readonly idleMs: number
}

/** api key (2) + api version (2) + correlation id (4) + client id length (2). */
const requestHeaderBytesMin = 10
const sizePrefixBytes = 4

const enum State {
  Size,
  Body,
}

/**
 * Requests that span socket reads are reassembled here: produce requests of a MiB each would otherwise
 * allocate a fresh buffer per request (see BufferPool). Kept: up to 32 MiB, for the whole broker.
 */
const requestFrames = new BufferPool({ keptBytesMax: 32 * 1024 * 1024, classBytesMin: 64 * 1024, classBytesMax: 16 * 1024 * 1024 })

export class Connection {
  private state = State.Size
  private readonly chunks: Buffer[] = []
  private bufferedBytes = 0
  private frameBytes = 0
  private readonly queue: Uint8Array[] = []
  private queuedBytes = 0
  private processing = false
  private paused = false
  private closed = false
  /** Resolves when the request being processed (if any) is answered: stop() waits for it. */
  idle: Promise<void> = Promise.resolve()
  private resolveIdle: (() => void) | null = null

  constructor(
    readonly socket: Socket,
    readonly id: number,
    private readonly ctx: BrokerContext,
    private readonly table: ReadonlyMap<number, ApiEntry>,
    private readonly limits: ConnectionLimits,
    private readonly log: KafkaLog,
    private readonly capture: RequestCapture | null,
    private readonly counters: BrokerCounters,
    private readonly onClose: (connection: Connection) => void,
  ) {
    socket.setNoDelay(true)
    socket.setTimeout(limits.idleMs, () => this.close('idle timeout', false))
    socket.on('data', (chunk: Buffer) => this.onData(chunk))
    socket.on('error', (error) => this.log.debug({ connection: id, err: error }, 'kafka connection error'))
    socket.on('close', () => {
      this.closed = true
      this.queue.length = 0
      this.onClose(this)
    })
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Closes the connection (the reason goes to the log). */
  close(reason: string, rejected = true): void {
    if (this.closed) return
    if (rejected) this.counters.rejectedConnections++
    this.closed = true
    this.queue.length = 0
    this.log.debug({ connection: this.id, reason }, 'closing kafka connection')
    this.socket.destroy()
  }

  /** Stops reading and ends the socket once the in-flight request is answered. */
  async drainAndEnd(): Promise<void> {
    this.socket.pause()
    this.queue.length = 0
    await this.idle
    if (!this.closed) this.socket.end()
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return
    this.chunks.push(chunk)
    this.bufferedBytes += chunk.byteLength
    for (;;) {
      if (this.state === State.Size) {
        if (this.bufferedBytes < sizePrefixBytes) break
        const size = this.take(sizePrefixBytes)
        const frameBytes = new DataView(size.buffer, size.byteOffset, 4).getInt32(0)
        if (frameBytes < requestHeaderBytesMin || frameBytes > this.limits.requestBytesMax) {
          this.close(`request size ${frameBytes} is outside ${requestHeaderBytesMin}..${this.limits.requestBytesMax} bytes`)
          return
        }
        this.frameBytes = frameBytes
        this.state = State.Body
      }
      if (this.bufferedBytes < this.frameBytes) break
      const frame = this.take(this.frameBytes)
      this.state = State.Size
      this.queue.push(frame)
      this.queuedBytes += frame.byteLength
    }
    if (!this.paused && (this.queue.length >= this.limits.queuedRequestsMax || this.queuedBytes >= this.limits.queuedBytesMax)) {
      this.paused = true
      this.socket.pause()
    }
    if (!this.processing && this.queue.length > 0) void this.processQueue()
  }

  /** The next `n` buffered bytes: a view when they sit in one chunk, a copy when they span several. */
  private take(n: number): Uint8Array {
    const first = this.chunks[0]
    let out: Uint8Array
    if (first.byteLength >= n) {
      out = first.subarray(0, n)
      if (first.byteLength === n) this.chunks.shift()
      else this.chunks[0] = first.subarray(n)
    } else {
      out = requestFrames.acquire(n)
      let at = 0
      while (at < n) {
        const c = this.chunks[0]
        const use = Math.min(c.byteLength, n - at)
        out.set(c.subarray(0, use), at)
        at += use
        if (use === c.byteLength) this.chunks.shift()
        else this.chunks[0] = c.subarray(use)
      }
    }
    this.bufferedBytes -= n
    return out
  }

  private async processQueue(): Promise<void> {
    this.processing = true
    this.idle = new Promise((resolve) => { this.resolveIdle = resolve })
    try {
      while (!this.closed && this.queue.length > 0) {
        const frame = this.queue.shift() as Uint8Array
        this.queuedBytes -= frame.byteLength
        if (this.paused && this.queue.length < this.limits.queuedRequestsMax / 2 && this.queuedBytes < this.limits.queuedBytesMax / 2) {
          this.paused = false
          this.socket.resume()
        }
        await this.handleFrame(frame)
        // A Produce request's bytes are copied into the partition window before its handler resolves and
        // nothing keeps a view of them, so its buffer is reused. Other requests' decoded bodies may keep
        // views (group protocol metadata, for one); a capture keeps every frame.
        if (frame[0] === 0 && frame[1] === ApiKey.Produce && this.capture === null) requestFrames.release(frame)
        if (!this.closed && this.socket.writableLength > this.limits.unsentBytesMax) {
          await new Promise<void>((resolve) => {
            const done = () => { this.socket.off('drain', done); this.socket.off('close', done); resolve() }
            this.socket.on('drain', done)
            this.socket.on('close', done)
          })
        }
      }
    } finally {
      this.processing = false
      this.resolveIdle?.()
      this.resolveIdle = null
    }
  }

  private send(apiKey: number, apiVersion: number, correlationId: number, body: unknown): void {
    const api = apiDescriptor(apiKey)!
    const w = new Writer()
    encodeResponse(w, api, apiVersion, correlationId, body as never)
    const chunks = sizePrefixed(w)
    this.socket.cork()
    for (const c of chunks) this.socket.write(c)
    this.socket.uncork()
  }

  private async handleFrame(frame: Uint8Array): Promise<void> {
    const peek = peekRequestHeader(frame)
    if (peek === null) return this.close('request shorter than its header')
    this.counters.requests++
    this.capture?.record(peek.apiKey, peek.apiVersion, frame)
    const entry = this.table.get(peek.apiKey)
    if (entry === undefined || peek.apiVersion < entry.minVersion || peek.apiVersion > entry.maxVersion) {
      return this.answerUnsupported(frame, peek.apiKey, peek.apiVersion, peek.correlationId)
    }
    let decoded
    try {
      decoded = decodeRequest(frame)
    } catch (error) {
      // Kafka closes a connection whose request it cannot parse.
      return this.close(`unparseable request: ${error instanceof Error ? error.message : String(error)}`)
    }
    let body: unknown
    const started = performance.now()
    const apiName = apiDescriptor(peek.apiKey)?.name ?? String(peek.apiKey)
    try {
      body = await entry.handler(this.ctx, { apiKey: peek.apiKey, apiVersion: peek.apiVersion, header: decoded.header, body: decoded.body, clientHost: this.socket.remoteAddress ?? '' })
      // Handler time per API, long polls included (a Fetch that waited shows its wait): /metrics.
      observeKafkaRequest(apiName, (performance.now() - started) / 1000)
    } catch (error) {
      observeKafkaRequest(apiName, (performance.now() - started) / 1000, 'error')
      this.counters.handlerFailures++
      this.log.error({ connection: this.id, apiKey: peek.apiKey, apiVersion: peek.apiVersion, err: error }, 'kafka request handler failed')
      return this.close('handler failed')
    }
    if (body === CLOSE_CONNECTION) return this.close('a request without a response (Produce acks=0) failed', false)
    if (body === null || this.closed) return
    try {
      this.send(peek.apiKey, peek.apiVersion, peek.correlationId, body)
    } catch (error) {
      this.counters.encodeFailures++
      this.log.error({ connection: this.id, apiKey: peek.apiKey, apiVersion: peek.apiVersion, err: error }, 'kafka response could not be encoded')
      this.close('response encoding failed')
    }
  }

  /**
   * An api or version this broker does not serve. ApiVersions gets Kafka's answer: a v0 response with
   * UNSUPPORTED_VERSION and the versions served, so the client can pick one. Other apis the codec knows,
   * whose response carries a top-level error code, get UNSUPPORTED_VERSION there; the rest (unknown api
   * keys, responses without such a field) close the connection, as Kafka does.
   */
  private answerUnsupported(frame: Uint8Array, apiKey: number, apiVersion: number, correlationId: number): void {
    if (apiKey === ApiKey.ApiVersions) {
      const apiKeys = [...this.table.values()].filter((e) => e.advertised).map((e) => ({ apiKey: e.apiKey, minVersion: e.minVersion, maxVersion: e.maxVersion }))
      this.send(ApiKey.ApiVersions, 0, correlationId, apiVersionsResponse(apiKeys, 0, ErrorCode.UNSUPPORTED_VERSION))
      return
    }
    const api = apiDescriptor(apiKey)
    if (api === undefined || apiVersion < api.minVersion || apiVersion > api.maxVersion) {
      return this.close(`api key ${apiKey} version ${apiVersion} is not served`)
    }
    try {
      decodeRequest(frame)
    } catch (error) {
      return this.close(`unparseable request: ${error instanceof KafkaProtocolError ? error.message : String(error)}`)
    }
    if (!hasTopLevelErrorCode(apiKey, apiVersion)) return this.close(`api ${api.name} v${apiVersion} is not served`)
    this.send(apiKey, apiVersion, correlationId, { errorCode: ErrorCode.UNSUPPORTED_VERSION })
  }
}

const topLevelErrorCode = new Map<string, boolean>()

/** Whether a response at this version has a top-level error code: encoding one changes the bytes. */
function hasTopLevelErrorCode(apiKey: number, apiVersion: number): boolean {
  const key = `${apiKey}:${apiVersion}`
  let has = topLevelErrorCode.get(key)
  if (has === undefined) {
    const api = apiDescriptor(apiKey)!
    try {
      const a = new Writer()
      api.encodeResponse(a, {}, apiVersion)
      const b = new Writer()
      api.encodeResponse(b, { errorCode: ErrorCode.UNSUPPORTED_VERSION } as never, apiVersion)
      const x = a.finish()
      const y = b.finish()
      has = x.byteLength !== y.byteLength || x.some((v, i) => v !== y[i])
    } catch {
      has = false
    }
    topLevelErrorCode.set(key, has)
  }
  return has
}
