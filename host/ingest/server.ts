// The ingest server: binary frames over TCP and UDP into engine topics (docs/ingest.md).
//
// Data flow: socket -> copy once into the arena's receive region -> frameScan (wasm, one call per read)
// -> route each frame tuple by priority class into the SPSC ring of the publisher that owns its topic
// -> Publisher (worker thread) -> engine.publishRecords -> ack back through the worker's ack ring.
// This thread never turns a payload into a string; topic names are decoded once per distinct name.

import { EventEmitter } from 'node:events'
import { createServer, type Server, type Socket, type AddressInfo } from 'node:net'
import { createSocket, type Socket as UdpSocket, type RemoteInfo } from 'node:dgram'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type Engine } from '../engine/engine.js'
import { isValidTopicName } from '../engine/topic-name.js'
import { DeferredLogger, createLogger } from '../logging/logger.js'
import { type SpscRing } from '../ring/spsc-ring.js'
import { IngestArena, TopicCounter, WorkerControl, WorkerCounter, dispatchHeaderBytes, nextPowerOfTwo, type ArenaLimits } from './arena.js'
import { ControlPlane, controlThresholdsDefault, dropStepMsDefault, type ControlLogger, type ControlThresholds, type IngestState, type Transition, ingestStates } from './control.js'
import { DeadLetterWriter, deadLetterTopicDefault, replayDeadLetters, type ReplayOptions, type ReplayResult } from './dead-letters.js'
import { DispatchFlag, Publisher, RingsHolder, publisherDefaults, type PublisherConfig } from './publisher.js'
import { copyBytes } from '../memory/shared-copy.js'
import {
  DeadLetterReason,
  ExtensionFlag,
  FrameFatal,
  FrameStatus,
  ackFrameBytes,
  classOfPriority,
  encodeAck,
  frameBytesMaxDefault,
  frameOutHeaderBytes,
  frameTupleWords,
  priorityClasses,
} from './wire.js'

export interface IngestServerOptions {
  /** Address to bind both sockets (default 127.0.0.1). */
  host?: string
  /** TCP port (default 8081; 0 picks a free port); null disables TCP. */
  tcpPort?: number | null
  /** UDP port (default 8082; 0 picks a free port); null disables UDP. */
  udpPort?: number | null
  /** Largest frame, the value of its length prefix (default 1 MiB). Larger frames close the connection. */
  frameBytesMax?: number
  /** Publisher worker threads (default 1); 0 publishes on this thread. */
  workers?: number
  /**
   * With workers: when a publisher worker is parked and its rings hold at most this many bytes after a
   * read, this thread publishes them itself instead of waking the worker (default 0: never; try 64 KiB). At
   * a trickle or in bursts that saves two thread wake-ups per burst (the worker's, and the reader's when
   * it waits on this thread). At most 4 times this many bytes per 10 ms are published here: beyond that
   * (~26 MB/s at 64 KiB, some 170,000 events/s of 100 bytes) the worker is woken, so a flood is
   * published on the worker thread and this one keeps reading sockets. Off by default: it lowered the
   * p50 at 100,000 events/s but not the p99 on the shared 2-vCPU machine (docs/ingest.md, Benchmarks).
   */
  inlinePublishBytesMax?: number
  /** Create topics on first use (default true) with this many partitions (default 1). */
  autoCreateTopics?: boolean
  topicPartitions?: number
  /** Dead-letter topic (default sluice.dead-letters), created at start if missing. */
  deadLetterTopic?: string
  /** Data capacity of each class ring per worker (default 8 MiB, at least 2 frames). */
  classRingBytes?: number
  /** Dedup table slots (power of two, default 2^20), key window (default 5 min), probe limit (default 64). */
  dedupSlots?: number
  dedupWindowMs?: number
  dedupProbeMax?: number
  /** Control-plane thresholds (see control.ts) and how often they are sampled (default 10 ms). */
  thresholds?: Partial<ControlThresholds>
  controlIntervalMs?: number
  /** Least time between two moves of DROPPING's drop-below priority (default 100 ms; see control.ts). */
  dropStepMs?: number
  /** Memory budget the memory thresholds are fractions of (default: none, memory is not sampled). */
  memoryRssBytesMax?: number
  /** Distinct topic names the ingest tracks (default 4096). */
  topicIdsMax?: number
  /** Logger for transitions and connection errors (default: pino on stderr). */
  logger?: ControlLogger
  /** The wasm module to instantiate over the ingest arena (default: the engine's, which must include assembly/frame.ts). */
  module?: WebAssembly.Module
  /** Publisher scheduling (see publisher.ts). */
  starvationRounds?: number
  starvationRecords?: number
}

/** Cumulative per-topic counts of the publishers (summed over workers), for metrics. */
export interface IngestTopicCounters {
  readonly topic: string
  readonly published: number
  readonly publishedBytes: number
  readonly dedupHits: number
  readonly publishFailed: number
}

/** Cumulative dead letters by original topic ("*" for names that are not topics) and reason. */
export interface IngestDeadLetterCount {
  readonly topic: string
  readonly reason: string
  readonly count: number
}

export interface BoundAddress {
  readonly address: string
  readonly port: number
}

export interface IngestAddresses {
  readonly tcp: BoundAddress | null
  readonly udp: BoundAddress | null
}

export interface IngestMetrics {
  readonly state: IngestState
  readonly operatorHeld: boolean
  readonly framesIn: number
  readonly bytesIn: number
  readonly framesInBySource: Record<'tcp' | 'udp', number>
  readonly bytesInBySource: Record<'tcp' | 'udp', number>
  readonly framesRejected: Record<'lengthShort' | 'lengthLong' | 'topicLength' | 'illegalTopic' | 'badExtension' | 'udpTruncated', number>
  readonly framesShed: Record<'dropping' | 'emergency' | 'paused' | 'draining' | 'queueFull' | 'unknownTopic', number>
  readonly enqueued: Record<'realtime' | 'transactional' | 'batch', number>
  readonly published: number
  readonly publishCalls: number
  readonly publishFailures: number
  readonly dedupHits: number
  readonly dedupFull: number
  readonly deadLetters: number
  readonly deadLettersLost: number
  readonly acksSent: number
  readonly connectionsOpen: number
  readonly connectionsAccepted: number
  readonly connectionsClosedUnrecoverable: number
  readonly udpDatagrams: number
  readonly backpressurePauses: number
  readonly queueDepth: number
  readonly lagMs: number
  /** Frames with a lower priority byte are shed now (DROPPING's level, 192 in EMERGENCY, else 0). */
  readonly dropBelowPriority: number
  /** Moves of that level within DROPPING. */
  readonly dropLevelMoves: number
  /** Times this thread took a parked worker's rings and published from them itself (inlinePublishBytesMax). */
  readonly inlineDrains: number
  readonly stateMs: Record<IngestState, number>
  readonly transitions: number
  readonly transitionsByPair: Record<string, number>
}

interface TopicEntry {
  readonly hash: number
  readonly bytes: Uint8Array
  readonly name: string
  /** Topic id in the arena's topic table; -1 when the name is illegal or the topic unknown. */
  id: number
  worker: number
  reason: number
  checkedAtMs: number
  next: TopicEntry | null
}

interface Connection {
  readonly id: number
  readonly socket: Socket
  /** Unscanned bytes (an incomplete frame, or everything after a frame the rings could not take). */
  pending: Buffer | null
  blocked: boolean
  closed: boolean
}

interface UdpPeer {
  readonly address: string
  readonly port: number
}

const silentLogger: ControlLogger = { info() {}, warn() {} }
const tcpPortDefault = 8081
const udpPortDefault = 8082
const retryBlockedMs = 1
const udpPeersMax = 65536
/** Inline publishing budget: inlineWindowBytesFactor * inlinePublishBytesMax per inlineWindowMs. */
const inlineWindowMs = 10
const inlineWindowBytesFactor = 4

/** pino on stderr, loaded in the background: importing pino costs ~20 ms that embedders need not wait for. */
function defaultLogger(): ControlLogger {
  const logger = new DeferredLogger('info')
  void createLogger({ level: 'info', format: 'json', base: { name: 'sluice-ingest' } }).then((pino) => logger.attach(pino), () => undefined)
  return logger
}

function resolveWorkerUrl(): URL {
  // Built, this file is dist/ingest/server.js beside publisher-worker.js; run from source (vitest) the
  // worker must still be the built JS: worker_threads cannot load TypeScript.
  for (const candidate of ['./publisher-worker.js', '../../dist/ingest/publisher-worker.js']) {
    const url = new URL(candidate, import.meta.url)
    if (existsSync(fileURLToPath(url))) return url
  }
  throw new Error('cannot find publisher-worker.js: run `npm run build` (or use workers: 0)')
}

export class IngestServer extends EventEmitter {
  readonly options: Required<Omit<IngestServerOptions, 'module' | 'logger' | 'thresholds' | 'memoryRssBytesMax'>> & { memoryRssBytesMax: number }
  readonly control: ControlPlane
  private readonly logger: ControlLogger
  private arena!: IngestArena
  private rings: SpscRing[][] = []
  /**
   * Per [worker][class]: 1 while the ring's last flush left records staged. Its staging may then move
   * them on the next stageRecord (compaction), so payloads for it are copied at once, not as spans.
   */
  private partialFlush: Uint8Array[] = []
  /** Payload copies staged in the arena's copySpans region, done in one wasm call per scanned batch. */
  private spanCount = 0
  private ackRings: SpscRing[] = []
  private workers: Worker[] = []
  /** Resolves once every publisher (worker thread or inline) runs; start() does not wait for it. */
  publishersReady: Promise<void> = Promise.resolve()
  private inlinePublisher: Publisher | null = null
  /** With workers and inlinePublishBytesMax > 0: per worker, this thread's publisher over its rings. */
  private sharingPublishers: Publisher[] = []
  /** Per worker: 1 while this thread holds its rings (a drainTaken is running). */
  private draining = new Uint8Array(0)
  /** Bytes this thread took from each worker's rings in the current 10 ms window (see inlinePublishBytesMax). */
  private inlineWindowBytes: number[] = []
  private inlineWindowStartMs: number[] = []
  private inlineRun: Promise<void> | null = null
  private deadLetters!: DeadLetterWriter
  private tcp: Server | null = null
  private udp: UdpSocket | null = null
  private readonly connections = new Map<number, Connection>()
  private readonly udpPeers = new Map<number, UdpPeer>()
  private readonly udpPeerIds = new Map<string, number>()
  private nextConnectionId = 1
  private nextUdpPeerId = 0x80000000
  private readonly topics = new Map<number, TopicEntry>()
  private topicCount = 0
  private controlTimer: NodeJS.Timeout | null = null
  private started = false
  private stopping = false
  private readonly classOf = new Uint8Array(256)
  /** Dead-letter reason per priority byte while the state sheds it, else 0 (see applyShedding). */
  private readonly shedByPriority = new Uint8Array(256)
  private touchedWorkers = 0
  private deadLetterFlushQueued = false
  private stagedRetryQueued = false
  private publishersStopped = false
  private readonly decoder = new TextDecoder('latin1')

  // Counters (see metrics()).
  private framesIn = 0
  private bytesIn = 0
  private framesInUdp = 0
  private bytesInUdp = 0
  /** Topic names by ingest topic id. */
  private readonly topicNames: string[] = []
  private readonly rejected = { lengthShort: 0, lengthLong: 0, topicLength: 0, illegalTopic: 0, badExtension: 0, udpTruncated: 0 }
  private readonly shed = { dropping: 0, emergency: 0, paused: 0, draining: 0, queueFull: 0, unknownTopic: 0 }
  private readonly enqueued = [0, 0, 0]
  private acksSent = 0
  private connectionsAccepted = 0
  private connectionsClosedUnrecoverable = 0
  private udpDatagrams = 0
  private backpressurePauses = 0
  private inlineDrains = 0
  private lastSample = { queueDepth: 0, lagMs: 0, memory: 0 }

  constructor(
    private readonly engine: Engine,
    options: IngestServerOptions = {},
  ) {
    super()
    const frameBytesMax = options.frameBytesMax ?? frameBytesMaxDefault
    if (!Number.isSafeInteger(frameBytesMax) || frameBytesMax < 8 || frameBytesMax > 64 * 1024 * 1024) {
      throw new RangeError(`option frameBytesMax must be an integer from 8 to ${64 * 1024 * 1024}, got ${String(options.frameBytesMax)}`)
    }
    const workers = options.workers ?? 1
    if (!Number.isSafeInteger(workers) || workers < 0 || workers > 16) throw new RangeError(`option workers must be an integer from 0 to 16, got ${String(options.workers)}`)
    const classRingBytes = nextPowerOfTwo(Math.max(options.classRingBytes ?? 8 * 1024 * 1024, 2 * (frameBytesMax + dispatchHeaderBytes + 64)))
    for (const [name, value] of [['tcpPort', options.tcpPort], ['udpPort', options.udpPort]] as const) {
      if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 0 || value > 65535)) throw new RangeError(`option ${name} must be an integer from 0 to 65535 or null, got ${String(value)}`)
    }
    this.options = {
      host: options.host ?? '127.0.0.1',
      tcpPort: options.tcpPort === undefined ? tcpPortDefault : options.tcpPort,
      udpPort: options.udpPort === undefined ? udpPortDefault : options.udpPort,
      frameBytesMax,
      workers,
      inlinePublishBytesMax: options.inlinePublishBytesMax ?? 0,
      autoCreateTopics: options.autoCreateTopics ?? true,
      topicPartitions: options.topicPartitions ?? 1,
      deadLetterTopic: options.deadLetterTopic ?? deadLetterTopicDefault,
      classRingBytes,
      dedupSlots: options.dedupSlots ?? 1 << 20,
      dedupWindowMs: options.dedupWindowMs ?? 5 * 60_000,
      dedupProbeMax: options.dedupProbeMax ?? 64,
      controlIntervalMs: options.controlIntervalMs ?? 10,
      dropStepMs: options.dropStepMs ?? dropStepMsDefault,
      memoryRssBytesMax: options.memoryRssBytesMax ?? 0,
      topicIdsMax: options.topicIdsMax ?? 4096,
      starvationRounds: options.starvationRounds ?? publisherDefaults.starvationRounds,
      starvationRecords: options.starvationRecords ?? publisherDefaults.starvationRecords,
    }
    this.moduleOverride = options.module
    this.logger = options.logger ?? defaultLogger()
    this.control = new ControlPlane({ ...controlThresholdsDefault, ...options.thresholds }, this.logger, (transition) => this.applyState(transition), {
      dropStepMs: this.options.dropStepMs,
      onDropBelow: (dropBelow) => this.applyShedding(dropBelow),
    })
    for (let p = 0; p < 256; p++) this.classOf[p] = classOfPriority(p)
    // An operator may also move the state by emitting 'control' on the server.
    this.on('control', (request: { state: IngestState; reason?: string }) => this.setState(request.state, request.reason))
  }

  private readonly moduleOverride: WebAssembly.Module | undefined

  get state(): IngestState {
    return this.control.state
  }

  /** Operator override (see ControlPlane.set): any state but RUNNING holds until RUNNING is set again. */
  setState(state: IngestState, reason = 'operator'): void {
    this.control.set(state, reason)
  }

  /** Binds the sockets and starts the publishers. Resolves with the bound addresses (ports resolved when 0). */
  async start(): Promise<IngestAddresses> {
    if (this.started) throw new Error('IngestServer.start() was already called')
    this.started = true
    const o = this.options
    const module = this.moduleOverride ?? this.engine.share().module
    const limits: ArenaLimits = {
      workers: Math.max(o.workers, 1),
      frameBytesMax: o.frameBytesMax,
      classRingBytes: o.classRingBytes,
      ackRingBytes: 1024 * 1024,
      receiveBytes: Math.max(4 * (o.frameBytesMax + 4), 1024 * 1024),
      tuplesMax: 4096,
      topicIdsMax: o.topicIdsMax,
      dedupSlots: o.dedupSlots,
      dedupWindowMs: o.dedupWindowMs,
      dedupProbeMax: o.dedupProbeMax,
    }
    // In the engine's own memory unless a test hands in another module.
    const placement = this.moduleOverride === undefined ? { memory: this.engine.shared.memory, reserve: (bytes: number) => this.engine.reserveRegion(bytes, 'the ingest arena') } : undefined
    this.arena = IngestArena.create(module, limits, placement)
    this.rings = this.arena.layout.classRings.map((places) => places.map((place) => this.arena.ring(place)))
    this.partialFlush = this.rings.map((rings) => new Uint8Array(rings.length))
    this.ackRings = this.arena.layout.ackRings.map((place) => this.arena.ring(place))
    if (!this.engine.listTopics().includes(o.deadLetterTopic)) await this.engine.createTopic(o.deadLetterTopic)
    this.deadLetters = new DeadLetterWriter(this.engine, o.deadLetterTopic)
    // Publisher workers take ~60 ms each to boot their V8 isolate: they start now but are not awaited, so
    // the sockets accept at once (start-up, issue 7) and frames routed meanwhile wait in the class rings, in
    // shared memory, until a publisher takes them; full rings push back on TCP as under load. A publisher
    // that fails to start is logged, and `publishersReady` rejects for callers that wait on it.
    this.publishersReady = this.startPublishers()
    this.publishersReady.catch((error: unknown) => this.logger.warn({ ingest: 'publisher-start', error: (error as Error).message }, 'ingest publishers failed to start: frames are queued but not published'))
    for (let w = 0; w < this.ackRings.length; w++) void this.ackLoop(w)
    const tcp = o.tcpPort === null ? null : await this.listenTcp(o.host, o.tcpPort)
    const udp = o.udpPort === null ? null : await this.bindUdp(o.host, o.udpPort)
    this.controlTimer = setInterval(() => this.sampleControl(), o.controlIntervalMs)
    this.controlTimer.unref()
    return { tcp, udp }
  }

  private publisherConfig(worker: number): PublisherConfig {
    return {
      worker,
      deadLetterTopic: this.options.deadLetterTopic,
      deadLetterRecordBytesMax: this.engine.describeTopic(this.options.deadLetterTopic).recordBytesMax,
      roundRecordsMax: publisherDefaults.roundRecordsMax,
      starvationRounds: this.options.starvationRounds,
      starvationRecords: this.options.starvationRecords,
      // On the I/O thread (workers: 0) polling would only take time from the sockets: the I/O thread wakes
      // that publisher itself after routing (Publisher.wake), so it parks as soon as it is idle.
      idleSpinRounds: this.options.workers > 0 ? publisherDefaults.idleSpinRounds : 1,
      idleSpinMicros: this.options.workers > 0 ? publisherDefaults.idleSpinMicros : 0,
      // A worker thread parks in Atomics.wait (woken by the futex directly); the I/O thread cannot block,
      // and wakes its own publisher after routing.
      park: this.options.workers > 0 ? 'wait' : 'inline',
      parkMs: publisherDefaults.parkMs,
      sharedRings: this.options.workers > 0 && this.options.inlinePublishBytesMax > 0,
    }
  }

  /** The inline publishers now; the worker publishers after this turn (see start()). */
  private startPublishers(): Promise<void> {
    if (this.options.workers === 0) {
      this.inlinePublisher = new Publisher(this.engine, this.arena, this.publisherConfig(0))
      this.inlineRun = this.inlinePublisher.run()
      return Promise.resolve()
    }
    if (this.options.inlinePublishBytesMax > 0) {
      this.sharingPublishers = Array.from({ length: this.options.workers }, (_, w) => new Publisher(this.engine, this.arena, { ...this.publisherConfig(w), park: 'inline' }))
      this.draining = new Uint8Array(this.options.workers)
      this.inlineWindowBytes = new Array<number>(this.options.workers).fill(0)
      this.inlineWindowStartMs = new Array<number>(this.options.workers).fill(0)
    }
    // Creating a Worker costs this thread 3-7 ms here: done on the next turn of the event loop, after the
    // caller has bound the sockets and printed its ready line (sluice serve), not before.
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.startPublisherWorkers())
  }

  private async startPublisherWorkers(): Promise<void> {
    if (this.stopping) return
    const url = resolveWorkerUrl()
    const engineHandle = this.engine.share()
    const ready: Promise<void>[] = []
    for (let w = 0; w < this.options.workers; w++) {
      const worker = new Worker(url, { workerData: { engine: engineHandle, arena: this.arena.handle, config: this.publisherConfig(w) } })
      this.workers.push(worker)
      ready.push(
        new Promise((resolve, reject) => {
          worker.on('message', (message: { type: string; message?: string }) => {
            if (message.type === 'ready') resolve()
            if (message.type === 'error') {
              this.logger.warn({ ingest: 'publisher-error', worker: w, error: message.message }, `ingest publisher ${w} failed`)
              reject(new Error(`ingest publisher worker ${w} failed: ${message.message}`))
            }
          })
          worker.once('error', reject)
        }),
      )
    }
    await Promise.all(ready)
  }

  private listenTcp(host: string, port: number): Promise<BoundAddress> {
    const server = createServer({ noDelay: true }, (socket) => this.accept(socket))
    this.tcp = server
    return new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => {
        server.off('error', reject)
        server.on('error', (error) => this.logger.warn({ ingest: 'tcp-error', error: error.message }, 'ingest TCP server error'))
        const address = server.address() as AddressInfo
        resolve({ address: address.address, port: address.port })
      })
    })
  }

  private bindUdp(host: string, port: number): Promise<BoundAddress> {
    const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4', recvBufferSize: 8 * 1024 * 1024 })
    this.udp = socket
    return new Promise((resolve, reject) => {
      socket.once('error', reject)
      socket.bind(port, host, () => {
        socket.off('error', reject)
        socket.on('error', (error) => this.logger.warn({ ingest: 'udp-error', error: error.message }, 'ingest UDP socket error'))
        socket.on('message', (message, remote) => this.onDatagram(message, remote))
        const address = socket.address()
        resolve({ address: address.address, port: address.port })
      })
    })
  }

  // ---- TCP -----------------------------------------------------------------------------------------

  private accept(socket: Socket): void {
    if (this.stopping || this.control.state === 'DRAINING') {
      socket.destroy()
      return
    }
    const connection: Connection = { id: this.nextConnectionId++, socket, pending: null, blocked: false, closed: false }
    if (this.nextConnectionId >= 0x80000000) this.nextConnectionId = 1
    this.connections.set(connection.id, connection)
    this.connectionsAccepted++
    socket.setNoDelay(true)
    socket.on('data', (chunk: Buffer) => this.onData(connection, chunk))
    socket.on('error', () => {})
    socket.on('close', () => {
      connection.closed = true
      this.connections.delete(connection.id)
    })
    if (this.control.state === 'PAUSED') socket.pause()
  }

  private onData(connection: Connection, chunk: Buffer): void {
    this.bytesIn += chunk.length
    this.consume(connection, chunk)
    this.afterRoute()
  }

  /** Scans pending + chunk through the receive region, routing whole frames; keeps the rest pending. */
  private consume(connection: Connection, chunk: Buffer): void {
    const arena = this.arena
    const region = arena.layout.receive
    const regionBytes = arena.layout.limits.receiveBytes
    const u8 = arena.u8
    let used = 0
    if (connection.pending !== null) {
      copyBytes(u8, region, connection.pending)
      used = connection.pending.length
      connection.pending = null
    }
    let chunkAt = 0
    for (;;) {
      const take = Math.min(chunk.length - chunkAt, regionBytes - used)
      if (take > 0) {
        copyBytes(u8, region + used, take === chunk.length ? chunk : chunk.subarray(chunkAt, chunkAt + take))
        chunkAt += take
        used += take
      }
      const { consumed, fatal, blocked } = this.scanAndRoute(used, connection.id, false)
      if (fatal !== FrameFatal.none) {
        if (fatal === FrameFatal.lengthShort) this.rejected.lengthShort++
        else this.rejected.lengthLong++
        this.connectionsClosedUnrecoverable++
        this.logger.warn(
          { ingest: 'bad-length', connection: connection.id, remote: `${connection.socket.remoteAddress}:${connection.socket.remotePort}` },
          `ingest: closing TCP connection ${connection.id}: frame length ${fatal === FrameFatal.lengthShort ? 'below the 3-byte header' : `above frameBytesMax ${this.options.frameBytesMax}`}, the stream cannot be resynchronised`,
        )
        connection.closed = true
        connection.socket.destroy()
        return
      }
      const leftover = used - consumed
      if (blocked) {
        // The rings are full: keep everything unrouted, stop reading (TCP pushes back), retry shortly.
        const rest = Buffer.allocUnsafe(leftover + chunk.length - chunkAt)
        copyBytes(rest, 0, u8.subarray(region + consumed, region + used))
        chunk.copy(rest, leftover, chunkAt)
        connection.pending = rest
        if (!connection.blocked) {
          connection.blocked = true
          this.backpressurePauses++
          connection.socket.pause()
          setTimeout(() => this.retryBlocked(connection), retryBlockedMs)
        }
        return
      }
      if (chunkAt === chunk.length) {
        if (leftover > 0) connection.pending = Buffer.from(u8.subarray(region + consumed, region + used))
        return
      }
      u8.copyWithin(region, region + consumed, region + used)
      used = leftover
    }
  }

  private retryBlocked(connection: Connection): void {
    if (connection.closed) return
    const pending = connection.pending
    connection.pending = null
    connection.blocked = false
    this.consume(connection, pending ?? Buffer.alloc(0))
    this.afterRoute()
    if (!connection.blocked && this.readingAllowed()) connection.socket.resume()
  }

  private readingAllowed(): boolean {
    const state = this.control.state
    return state !== 'PAUSED' && state !== 'DRAINING' && !this.stopping
  }

  // ---- UDP -----------------------------------------------------------------------------------------

  private onDatagram(message: Buffer, remote: RemoteInfo): void {
    this.udpDatagrams++
    this.bytesIn += message.length
    this.bytesInUdp += message.length
    const framesBefore = this.framesIn
    const arena = this.arena
    const region = arena.layout.receive
    if (message.length > arena.layout.limits.receiveBytes) {
      this.rejected.lengthLong++
      return
    }
    copyBytes(arena.u8, region, message)
    const peer = this.udpPeerId(remote)
    const { consumed, fatal } = this.scanAndRoute(message.length, peer, true)
    if (fatal === FrameFatal.lengthShort) this.rejected.lengthShort++
    else if (fatal === FrameFatal.lengthLong) this.rejected.lengthLong++
    else if (consumed < message.length) this.rejected.udpTruncated++
    this.framesInUdp += this.framesIn - framesBefore
    this.afterRoute()
  }

  private udpPeerId(remote: RemoteInfo): number {
    const key = `${remote.address}:${remote.port}`
    let id = this.udpPeerIds.get(key)
    if (id === undefined) {
      if (this.udpPeerIds.size >= udpPeersMax) {
        this.udpPeerIds.clear()
        this.udpPeers.clear()
      }
      id = this.nextUdpPeerId++
      if (this.nextUdpPeerId > 0xfffffff0) this.nextUdpPeerId = 0x80000000
      this.udpPeerIds.set(key, id)
      this.udpPeers.set(id, { address: remote.address, port: remote.port })
    }
    return id
  }

  // ---- routing -------------------------------------------------------------------------------------

  /**
   * Scans the first `length` bytes of the receive region and routes every complete frame. Stops early
   * (blocked) when a ring cannot take a frame from TCP; UDP frames that do not fit are dead-lettered.
   */
  private scanAndRoute(length: number, connectionId: number, udp: boolean): { consumed: number; fatal: number; blocked: boolean } {
    const arena = this.arena
    const { receive, scanOut, limits } = arena.layout
    const u32 = arena.u32
    const u8 = arena.u8
    const f64 = arena.f64
    const spans = arena.layout.copySpans >>> 2
    let base = 0
    const nowMs = performance.timeOrigin + performance.now()
    for (;;) {
      const count = arena.exports.frameScan(receive + base, length - base, scanOut, limits.tuplesMax, limits.frameBytesMax) >>> 0
      const consumedHere = u32[(scanOut >>> 2) + 1]
      const fatal = u32[(scanOut >>> 2) + 2]
      for (let i = 0; i < count; i++) {
        const t = ((scanOut + frameOutHeaderBytes) >>> 2) + i * frameTupleWords
        this.framesIn++
        const status = u32[t + 1]
        const priority = u32[t + 2]
        const payloadStart = receive + base + u32[t + 6]
        const payloadBytes = u32[t + 7]
        if (status !== FrameStatus.ok) {
          if (status === FrameStatus.topicLength) {
            this.rejected.topicLength++
          } else {
            const raw = this.decoder.decode(u8.subarray(receive + base + u32[t + 4], receive + base + u32[t + 4] + u32[t + 5]))
            if (status === FrameStatus.illegalTopic) this.rejected.illegalTopic++
            else this.rejected.badExtension++
            this.deadLetter(raw, u8.subarray(payloadStart, payloadStart + payloadBytes), status === FrameStatus.illegalTopic ? DeadLetterReason.illegalTopic : DeadLetterReason.badExtension, priority, nowMs)
          }
          continue
        }
        const topic = this.lookupTopic(receive + base + u32[t + 4], u32[t + 5], u32[t + 11])
        const flags = u32[t + 3]
        if (topic.id < 0) {
          if (topic.reason === DeadLetterReason.illegalTopic) this.rejected.illegalTopic++
          else this.shed.unknownTopic++
          this.deadLetter(topic.name, u8.subarray(payloadStart, payloadStart + payloadBytes), topic.reason, priority, nowMs)
          if ((flags & ExtensionFlag.ack) !== 0) this.sendAck(connectionId, u32[t + 10], 2, topic.reason, -1, -1)
          continue
        }
        const cls = this.classOf[priority]
        const shedReason = this.shedByPriority[priority]
        if (shedReason !== 0 || (udp && !this.readingAllowed())) {
          const reason = shedReason !== 0 ? shedReason : this.control.state === 'PAUSED' ? DeadLetterReason.paused : DeadLetterReason.draining
          this.countShed(reason)
          this.deadLetter(topic.name, u8.subarray(payloadStart, payloadStart + payloadBytes), reason, priority, nowMs)
          if ((flags & ExtensionFlag.ack) !== 0) this.sendAck(connectionId, u32[t + 10], 2, reason, -1, -1)
          continue
        }
        const ring = this.rings[topic.worker][cls]
        let ptr = ring.stageRecord(dispatchHeaderBytes + payloadBytes)
        if (ptr < 0) {
          this.flushRing(topic.worker, cls)
          ptr = ring.stageRecord(dispatchHeaderBytes + payloadBytes)
        }
        if (ptr < 0) {
          if (!udp) {
            this.framesIn--
            this.copyPendingSpans()
            return { consumed: base + u32[t], fatal: FrameFatal.none, blocked: true }
          }
          this.countShed(DeadLetterReason.queueFull)
          this.deadLetter(topic.name, u8.subarray(payloadStart, payloadStart + payloadBytes), DeadLetterReason.queueFull, priority, nowMs)
          if ((flags & ExtensionFlag.ack) !== 0) this.sendAck(connectionId, u32[t + 10], 2, DeadLetterReason.queueFull, -1, -1)
          continue
        }
        const w = ptr >>> 2
        u32[w] = topic.id
        u8[ptr + 4] = cls
        u8[ptr + 5] = priority
        u8[ptr + 6] = (flags & ExtensionFlag.key ? DispatchFlag.key : 0) | (flags & ExtensionFlag.ack ? DispatchFlag.ack : 0) | (udp ? DispatchFlag.udp : 0)
        u32[w + 2] = connectionId
        u32[w + 3] = u32[t + 10]
        u32[w + 4] = u32[t + 8]
        u32[w + 5] = u32[t + 9]
        f64[(ptr + 24) >>> 3] = nowMs
        if (this.partialFlush[topic.worker][cls] !== 0) {
          u8.copyWithin(ptr + dispatchHeaderBytes, payloadStart, payloadStart + payloadBytes)
        } else {
          // One JS copy call per frame cost more than the copy itself: batched into one wasm call below.
          const span = spans + this.spanCount * 3
          u32[span] = ptr + dispatchHeaderBytes
          u32[span + 1] = payloadStart
          u32[span + 2] = payloadBytes
          this.spanCount++
        }
        this.enqueued[cls]++
        this.touchedWorkers |= 1 << topic.worker
      }
      this.copyPendingSpans()
      base += consumedHere
      if (fatal !== FrameFatal.none) return { consumed: base, fatal, blocked: false }
      if (count < limits.tuplesMax) return { consumed: base, fatal: FrameFatal.none, blocked: false }
    }
  }

  /** Copies the pending payload spans (every staged record's payload must be in place before a flush). */
  private copyPendingSpans(): void {
    if (this.spanCount === 0) return
    this.arena.exports.frameCopySpans(this.arena.layout.copySpans, this.spanCount)
    this.spanCount = 0
  }

  private flushRing(worker: number, cls: number): void {
    this.copyPendingSpans()
    const ring = this.rings[worker][cls]
    ring.flushStaged()
    this.partialFlush[worker][cls] = ring.stagedBytes > 0 ? 1 : 0
  }

  /** Flushes staged ring records and rings the doorbell of every publisher that got work. */
  private afterRoute(): void {
    this.copyPendingSpans()
    let touched = this.touchedWorkers
    this.touchedWorkers = 0
    const i32 = this.arena.i32
    for (let w = 0; touched !== 0; w++, touched >>>= 1) {
      if ((touched & 1) === 0) continue
      for (let cls = 0; cls < this.rings[w].length; cls++) if (this.rings[w][cls].stagedBytes > 0) this.flushRing(w, cls)
      // This thread publishes from the worker's rings itself (see inlinePublishBytesMax): already doing so
      // (its drain loop takes what was just routed), or the worker sleeps and the burst is small.
      if (this.draining.length > 0 && (this.draining[w] !== 0 || this.takeRings(w))) continue
      const doorbell = this.arena.controlIndex(w, WorkerControl.doorbell)
      Atomics.add(i32, doorbell, 1)
      if (this.inlinePublisher !== null) this.inlinePublisher.wake()
      else if (Atomics.load(i32, this.arena.controlIndex(w, WorkerControl.sleeping)) !== 0) Atomics.notify(i32, doorbell)
    }
    // A ring that was full took only part of its staging: retry shortly, or the rest would wait for the
    // next frame to arrive (forever, for the last frames of a burst).
    if (!this.stagedRetryQueued && this.stagedAny()) {
      this.stagedRetryQueued = true
      setTimeout(() => this.retryStaged(), retryBlockedMs).unref()
    }
    if (this.deadLetters.pending > 0 && !this.deadLetterFlushQueued) {
      this.deadLetterFlushQueued = true
      setImmediate(() => {
        this.deadLetterFlushQueued = false
        void this.deadLetters.flush()
      })
    }
  }

  private takeRings(w: number): boolean {
    if (this.stopping || Atomics.load(this.arena.i32, this.arena.controlIndex(w, WorkerControl.sleeping)) === 0) return false
    const rings = this.rings[w]
    let used = 0
    for (const ring of rings) used += ring.usedBytes
    if (used > this.options.inlinePublishBytesMax) return false
    const now = performance.now()
    if (now - this.inlineWindowStartMs[w] >= inlineWindowMs) {
      this.inlineWindowStartMs[w] = now
      this.inlineWindowBytes[w] = 0
    }
    if (this.inlineWindowBytes[w] + used > inlineWindowBytesFactor * this.options.inlinePublishBytesMax) return false
    const publisher = this.sharingPublishers[w]
    if (!publisher.tryTakeRings(RingsHolder.io)) return false
    this.inlineWindowBytes[w] += used
    this.inlineDrains++
    this.draining[w] = 1
    void publisher.drainTaken().finally(() => {
      this.draining[w] = 0
      // Routed while the last publish was finishing: hand it to the worker (or take it again).
      if (publisher.queued()) {
        this.touchedWorkers |= 1 << w
        this.afterRoute()
      }
    })
    return true
  }

  private stagedAny(): boolean {
    for (const rings of this.rings) for (const ring of rings) if (ring.stagedBytes > 0) return true
    return false
  }

  private retryStaged(): void {
    this.stagedRetryQueued = false
    if (this.publishersStopped) return
    for (let w = 0; w < this.rings.length; w++) {
      for (const ring of this.rings[w]) if (ring.stagedBytes > 0) this.touchedWorkers |= 1 << w
    }
    this.afterRoute()
  }

  private countShed(reason: number): void {
    if (reason === DeadLetterReason.shedDropping) this.shed.dropping++
    else if (reason === DeadLetterReason.shedEmergency) this.shed.emergency++
    else if (reason === DeadLetterReason.paused) this.shed.paused++
    else if (reason === DeadLetterReason.draining) this.shed.draining++
    else if (reason === DeadLetterReason.queueFull) this.shed.queueFull++
  }

  private deadLetter(topic: string, payload: Uint8Array, reason: number, priority: number, receivedMs: number): void {
    this.deadLetters.add(topic, payload, reason, priority, receivedMs)
  }

  /** The cached entry for topic bytes at ptr (already mapped '/' -> '.' by frameScan). */
  private lookupTopic(ptr: number, length: number, hash: number): TopicEntry {
    const u8 = this.arena.u8
    let entry = this.topics.get(hash) ?? null
    while (entry !== null) {
      const bytes = entry.bytes
      if (bytes.length === length) {
        let same = true
        for (let i = 0; i < length; i++) {
          if (bytes[i] !== u8[ptr + i]) {
            same = false
            break
          }
        }
        if (same) {
          if (entry.id < 0 && entry.reason === DeadLetterReason.unknownTopic && Date.now() - entry.checkedAtMs > 1000) this.resolveTopic(entry)
          return entry
        }
      }
      entry = entry.next
    }
    const bytes = u8.slice(ptr, ptr + length)
    const created: TopicEntry = { hash, bytes, name: this.decoder.decode(bytes), id: -1, worker: 0, reason: DeadLetterReason.illegalTopic, checkedAtMs: 0, next: this.topics.get(hash) ?? null }
    this.topics.set(hash, created)
    this.resolveTopic(created)
    return created
  }

  private resolveTopic(entry: TopicEntry): void {
    entry.checkedAtMs = Date.now()
    if (!isValidTopicName(entry.name)) {
      entry.reason = DeadLetterReason.illegalTopic
      return
    }
    let exists = true
    try {
      this.engine.describeTopic(entry.name)
    } catch {
      exists = false
    }
    if (!exists && this.options.autoCreateTopics) {
      // createTopic does its work synchronously; a race with another creator is fine (the topic exists).
      this.engine.createTopic(entry.name, { partitions: this.options.topicPartitions }).catch(() => {})
      try {
        this.engine.describeTopic(entry.name)
        exists = true
      } catch {
        exists = false
      }
    }
    if (!exists) {
      entry.reason = DeadLetterReason.unknownTopic
      return
    }
    if (this.topicCount >= this.options.topicIdsMax) {
      entry.reason = DeadLetterReason.unknownTopic
      this.logger.warn({ ingest: 'topic-ids', topic: entry.name }, `ingest tracks at most ${this.options.topicIdsMax} topics (option topicIdsMax): dead-lettering ${entry.name}`)
      return
    }
    const id = this.topicCount++
    this.arena.writeTopic(id, entry.bytes)
    this.topicNames[id] = entry.name
    entry.id = id
    entry.worker = id % Math.max(this.options.workers, 1)
    entry.reason = DeadLetterReason.none
  }

  // ---- acks ----------------------------------------------------------------------------------------

  private sendAck(connectionId: number, ackId: number, status: number, reason: number, partition: number, offset: number): void {
    const ack = Buffer.allocUnsafe(ackFrameBytes)
    encodeAck(ack, 0, ackId, status, reason, partition, offset)
    this.acksSent++
    if (connectionId >= 0x80000000) {
      const peer = this.udpPeers.get(connectionId)
      if (peer !== undefined && this.udp !== null) this.udp.send(ack, peer.port, peer.address)
      return
    }
    const connection = this.connections.get(connectionId)
    if (connection !== undefined && !connection.closed) connection.socket.write(ack)
  }

  private async ackLoop(worker: number): Promise<void> {
    const ring = this.ackRings[worker]
    const u32 = this.arena.u32
    const f64 = this.arena.f64
    const visit = (bytes: Uint8Array, at: number): void => {
      const word = at >>> 2
      const partition = u32[word + 3]
      this.sendAck(u32[word], u32[word + 1], bytes[at + 8], bytes[at + 9], partition === 0xffffffff ? -1 : partition, f64[(at + 16) >>> 3])
    }
    while (!this.ackLoopsDone) {
      await ring.popBatchAsync(visit, { timeoutMs: 100 })
    }
    while (ring.popBatch(visit) > 0) {}
  }

  private ackLoopsDone = false

  // ---- control plane -------------------------------------------------------------------------------

  private queueDepth(): number {
    let depth = 0
    for (const rings of this.rings) {
      for (const ring of rings) {
        const fraction = ring.usedBytes / ring.capacityBytes
        if (fraction > depth) depth = fraction
      }
    }
    return depth
  }

  private queuedAny(): boolean {
    for (const rings of this.rings) for (const ring of rings) if (ring.usedBytes > 0 || ring.stagedBytes > 0) return true
    return false
  }

  private lagMs(): number {
    if (!this.queuedAny()) return 0
    let newest = 0
    for (let w = 0; w < this.rings.length; w++) {
      const value = this.arena.f64[this.arena.counterIndex(w, WorkerCounter.lastPublishedReceivedMs)]
      if (value > newest) newest = value
    }
    return newest === 0 ? 0 : Math.max(0, performance.timeOrigin + performance.now() - newest)
  }

  private sampleControl(): void {
    const memory = this.options.memoryRssBytesMax > 0 ? process.memoryUsage.rss() / this.options.memoryRssBytesMax : 0
    this.lastSample = { queueDepth: this.queueDepth(), lagMs: this.lagMs(), memory }
    this.control.evaluate(this.lastSample)
    if (this.control.state === 'DRAINING' && !this.queuedAny()) this.emit('drained')
  }

  /** What each state does, applied on every transition. */
  private applyState(transition: Transition): void {
    const reading = this.readingAllowed()
    for (const connection of this.connections.values()) {
      if (!reading) connection.socket.pause()
      else if (!connection.blocked) connection.socket.resume()
    }
    this.emit('transition', transition)
  }

  /** Sheds every priority below dropBelow (DROPPING's level, or all but realtime in EMERGENCY). */
  private applyShedding(dropBelow: number): void {
    const reason = this.control.state === 'EMERGENCY' ? DeadLetterReason.shedEmergency : DeadLetterReason.shedDropping
    for (let priority = 0; priority < 256; priority++) this.shedByPriority[priority] = priority < dropBelow ? reason : 0
  }

  // ---- metrics, dead letters, stop -----------------------------------------------------------------

  metrics(): IngestMetrics {
    const f64 = this.arena?.f64
    const sum = (counter: number): number => {
      let total = 0
      if (f64 === undefined) return 0
      for (let w = 0; w < this.arena.layout.limits.workers; w++) total += f64[this.arena.counterIndex(w, counter)]
      return total
    }
    const stateMs = this.control.stateTimes()
    return {
      state: this.control.state,
      operatorHeld: this.control.operatorHeld,
      framesIn: this.framesIn,
      bytesIn: this.bytesIn,
      framesInBySource: { tcp: this.framesIn - this.framesInUdp, udp: this.framesInUdp },
      bytesInBySource: { tcp: this.bytesIn - this.bytesInUdp, udp: this.bytesInUdp },
      framesRejected: { ...this.rejected },
      framesShed: { ...this.shed },
      enqueued: { realtime: this.enqueued[0], transactional: this.enqueued[1], batch: this.enqueued[2] },
      published: sum(WorkerCounter.published),
      publishCalls: sum(WorkerCounter.publishCalls),
      publishFailures: sum(WorkerCounter.publishFailures),
      dedupHits: sum(WorkerCounter.dedupHits),
      dedupFull: sum(WorkerCounter.dedupFull),
      deadLetters: (this.deadLetters?.written ?? 0) + sum(WorkerCounter.deadLettered),
      deadLettersLost: this.deadLetters?.lost ?? 0,
      acksSent: this.acksSent,
      connectionsOpen: this.connections.size,
      connectionsAccepted: this.connectionsAccepted,
      connectionsClosedUnrecoverable: this.connectionsClosedUnrecoverable,
      udpDatagrams: this.udpDatagrams,
      backpressurePauses: this.backpressurePauses,
      queueDepth: this.lastSample.queueDepth,
      lagMs: this.lastSample.lagMs,
      dropBelowPriority: this.control.dropBelow,
      dropLevelMoves: this.control.dropLevelMoves,
      inlineDrains: this.inlineDrains,
      stateMs,
      transitions: this.control.transitionCount,
      transitionsByPair: Object.fromEntries(this.control.transitions),
    }
  }

  /** Per-topic publisher counts, summed over workers (cumulative; a sampler diffs them). */
  topicCounters(): IngestTopicCounters[] {
    const out: IngestTopicCounters[] = []
    if (this.arena === undefined) return out
    const f64 = this.arena.f64
    const workers = this.arena.layout.limits.workers
    for (let id = 0; id < this.topicCount; id++) {
      let published = 0
      let publishedBytes = 0
      let dedupHits = 0
      let publishFailed = 0
      for (let w = 0; w < workers; w++) {
        const at = this.arena.topicCounterIndex(w, id, 0)
        published += f64[at + TopicCounter.published]
        publishedBytes += f64[at + TopicCounter.publishedBytes]
        dedupHits += f64[at + TopicCounter.dedupHits]
        publishFailed += f64[at + TopicCounter.publishFailed]
      }
      out.push({ topic: this.topicNames[id], published, publishedBytes, dedupHits, publishFailed })
    }
    return out
  }

  /** Dead letters so far by original topic and reason (cumulative): the I/O thread's, plus publish failures. */
  deadLetterCounts(): IngestDeadLetterCount[] {
    const out: IngestDeadLetterCount[] = []
    if (this.deadLetters === undefined) return out
    for (const [key, count] of this.deadLetters.tally) {
      const split = key.indexOf('\u0000')
      out.push({ topic: key.slice(0, split), reason: key.slice(split + 1), count })
    }
    for (const topic of this.topicCounters()) if (topic.publishFailed > 0) out.push({ topic: topic.topic, reason: 'publish-failed', count: topic.publishFailed })
    return out
  }

  /** Republishes dead letters originally bound for `topic` (see replayDeadLetters). */
  replay(topic: string, options: Omit<ReplayOptions, 'deadLetterTopic'> = {}): Promise<ReplayResult> {
    return replayDeadLetters(this.engine, topic, { ...options, deadLetterTopic: this.options.deadLetterTopic })
  }

  /** Resolves when everything routed so far is published (or dead-lettered) and dead letters are flushed. */
  async flush(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.queuedAny() || this.processed() < this.enqueued[0] + this.enqueued[1] + this.enqueued[2]) {
      if (Date.now() > deadline) throw new Error(`ingest flush timed out after ${timeoutMs} ms with work still queued`)
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    await this.deadLetters.flush()
  }

  /** Records the publishers have finished with (published, duplicate or dead-lettered). */
  private processed(): number {
    let total = 0
    for (let w = 0; w < this.arena.layout.limits.workers; w++) {
      for (let cls = 0; cls < priorityClasses.length; cls++) total += this.arena.f64[this.arena.counterIndex(w, WorkerCounter.dequeued0 + cls)]
    }
    return total
  }

  /**
   * Stops accepting, drains what is queued into the engine (up to drainTimeoutMs), stops the publishers
   * and closes every socket. The engine stays open (it belongs to the caller).
   */
  async stop(drainTimeoutMs = 5_000): Promise<void> {
    if (!this.started || this.stopping) return
    if (this.control.state !== 'DRAINING') this.control.set('DRAINING', 'stop()')
    this.stopping = true
    // close() stops accepting at once but calls back only after every connection ended: destroyed below.
    const tcpClosed = new Promise<void>((resolve) => (this.tcp === null ? resolve() : this.tcp.close(() => resolve())))
    for (const connection of this.connections.values()) connection.socket.pause()
    try {
      await this.flush(drainTimeoutMs)
    } catch (error) {
      this.logger.warn({ ingest: 'stop', error: (error as Error).message }, 'ingest stop: queued work was not drained in time')
    }
    if (this.controlTimer !== null) clearInterval(this.controlTimer)
    for (let w = 0; w < this.arena.layout.limits.workers; w++) {
      const index = this.arena.controlIndex(w, WorkerControl.stop)
      Atomics.store(this.arena.i32, index, 1)
      Atomics.add(this.arena.i32, this.arena.controlIndex(w, WorkerControl.doorbell), 1)
      Atomics.notify(this.arena.i32, this.arena.controlIndex(w, WorkerControl.doorbell))
    }
    this.inlinePublisher?.wake()
    if (this.inlineRun !== null) await this.inlineRun
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2_000)
            worker.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
          }),
      ),
    )
    this.ackLoopsDone = true
    this.publishersStopped = true
    for (const connection of this.connections.values()) connection.socket.destroy()
    this.connections.clear()
    await tcpClosed
    if (this.udp !== null) await new Promise<void>((resolve) => this.udp!.close(() => resolve()))
    await this.deadLetters.flush()
  }
}

export { ingestStates, priorityClasses }
