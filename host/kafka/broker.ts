// KafkaBroker: a Kafka-protocol TCP listener over an Engine. Unmodified Kafka clients produce to and
// fetch from the engine's partitions, which hold Kafka RecordBatch v2 bytes as producers sent them, so
// records published through the embedded API are read by Kafka consumers and the other way round.
//
// socket -> Connection (framing, in-order answers) -> api table (apis/) -> engine methods.

import net from 'node:net'
import type { KafkaLog } from './log.js'
import type { Engine } from '../engine/engine.js'
import { silentLog } from './log.js'
import { buildApiTable, type ApiEntry } from './apis/index.js'
import { RequestCapture } from './capture.js'
import { Connection, type BrokerCounters, type ConnectionLimits } from './connection.js'
import type { BrokerContext, BrokerSettings, StopSignal } from './context.js'
import { FetchWaiter } from './fetch-wait.js'
import { TopicConfigStore, type DescribedConfig } from './topic-configs.js'
import { TopicAdmin, TopicAdminError } from './topic-admin.js'
import { ErrorCode } from './error-codes.js'
import { TopicIds } from './topic-ids.js'
import type { GroupCoordinator, GroupCoordinatorLimits } from '../coordinator/group-coordinator.js'
import type { LagEntry } from '../coordinator/offset-store.js'
import { ProducerStateManager } from '../coordinator/producer-state.js'
import { systemClock } from '../coordinator/clock.js'
import { CONSUMER_OFFSETS_TOPIC, ProducerIdBlocks } from './internal-topics.js'
import { EngineGroups } from '../engine/groups.js'
import { IdempotentAppender, type IdempotenceCounters } from './idempotent-appends.js'
import type { Idempotence } from './context.js'

export interface KafkaBrokerOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  readonly host?: string
  /**
   * A listener already bound by the caller, created with `pauseOnConnect: true`, to use instead of binding
   * one (sockets it accepted before the broker existed go through adopt()). host/port are then unused.
   */
  readonly server?: net.Server
  /** Port; 0 picks a free one. Default 9092. */
  readonly port?: number
  /** This broker's node id in Metadata. Default 0. */
  readonly brokerId?: number
  /** Host clients are told to connect to. Default: the listen host, or 127.0.0.1 when listening on all interfaces. */
  readonly advertisedHost?: string
  /** Port clients are told to connect to. Default: the bound port. */
  readonly advertisedPort?: number
  /** Cluster id in Metadata and DescribeCluster. Default 'sluice'. */
  readonly clusterId?: string
  /** Create topics that Metadata asks for (auto.create.topics.enable). Default true. */
  readonly autoCreateTopics?: boolean
  /** Partitions of auto-created topics and of CreateTopics with -1 (num.partitions). Default 1. */
  readonly defaultPartitions?: number
  /** Largest request frame; larger ones close their connection. Default 100 MiB. */
  readonly requestBytesMax?: number
  /** Most connections at once; more are refused. Default 10,000. */
  readonly connectionsMax?: number
  /** Unanswered requests per connection before it stops reading. Default 64. */
  readonly queuedRequestsMax?: number
  /** Bytes of unanswered requests per connection before it stops reading. Default 64 MiB. */
  readonly queuedBytesMax?: number
  /** Unsent response bytes per connection before it waits for the socket to drain. Default 16 MiB. */
  readonly unsentBytesMax?: number
  /** Idle connections are closed after this long. Default 600,000 ms (Kafka's connections.max.idle.ms). */
  readonly idleMs?: number
  /** Cap on a Fetch's max wait. Default 30,000 ms. */
  readonly fetchWaitMsMax?: number
  /** Cap on the records bytes of one Fetch response. Default 55 MiB (Kafka's fetch.max.bytes). */
  readonly fetchResponseBytesMax?: number
  /** Cap on partitions named in one Fetch. Default 10,000. */
  readonly fetchPartitionsMax?: number
  /** Cap on the bytes a ListOffsets by timestamp scans per partition. Default 1 GiB. */
  readonly timestampScanBytesMax?: number
  /** How long stop() waits for in-flight requests before closing sockets. Default 5,000 ms. */
  readonly stopGraceMs?: number
  /** Write received request frames here (test vectors); default $SLUICE_KAFKA_CAPTURE_DIR or off. */
  readonly captureDir?: string
  /** Group coordinator limits (session timeouts, initial rebalance delay, group sizes; docs/groups.md). */
  readonly groupLimits?: Partial<GroupCoordinatorLimits>
  readonly logger?: KafkaLog
}

function integerOption(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new RangeError(`Kafka broker option ${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
  return v
}

const MiB = 1024 * 1024

export class KafkaBroker {
  private readonly server: net.Server
  private readonly connections = new Set<Connection>()
  private readonly table: Map<number, ApiEntry>
  private readonly limits: ConnectionLimits
  private readonly connectionsMax: number
  private readonly stopGraceMs: number
  private readonly log: KafkaLog
  private readonly capture: RequestCapture | null
  private readonly stopSignal: { stopped: boolean; wakers: Set<() => void> } = { stopped: false, wakers: new Set() }
  private readonly host: string
  private readonly port: number
  private settings: BrokerSettings | null = null
  private ctx: BrokerContext | null = null
  private nextConnectionId = 1
  private started = false
  private groups: GroupCoordinator | null = null
  private idempotence: Promise<Idempotence> | null = null
  private loaded: Promise<void> | null = null

  readonly counters: BrokerCounters = { requests: 0, rejectedConnections: 0, handlerFailures: 0, encodeFailures: 0 }
  /** Ids made on first sight of a topic are kept with it (topic attributes) through the topic admin. */
  readonly topicIds = new TopicIds((name) => this.topicAdmin.persistId(name))
  readonly configs = new TopicConfigStore()
  /** Topic creation, growth and config changes, kept with the topic (host/kafka/topic-admin.ts). */
  readonly topicAdmin: TopicAdmin

  constructor(readonly engine: Engine, private readonly options: KafkaBrokerOptions = {}) {
    this.host = options.host ?? '127.0.0.1'
    this.port = integerOption('port', options.port, 9092, 0, 65535)
    integerOption('brokerId', options.brokerId, 0, 0, 2 ** 31 - 1)
    integerOption('defaultPartitions', options.defaultPartitions, 1, 1, 65536)
    const requestBytesMax = integerOption('requestBytesMax', options.requestBytesMax, 100 * MiB, 1024, 2 ** 31 - 1)
    this.limits = {
      requestBytesMax,
      queuedRequestsMax: integerOption('queuedRequestsMax', options.queuedRequestsMax, 64, 1, 1_000_000),
      queuedBytesMax: integerOption('queuedBytesMax', options.queuedBytesMax, 64 * MiB, 1024, 2 ** 40),
      unsentBytesMax: integerOption('unsentBytesMax', options.unsentBytesMax, 16 * MiB, 1024, 2 ** 40),
      idleMs: integerOption('idleMs', options.idleMs, 600_000, 1, 2 ** 31 - 1),
    }
    this.connectionsMax = integerOption('connectionsMax', options.connectionsMax, 10_000, 1, 1_000_000)
    this.stopGraceMs = integerOption('stopGraceMs', options.stopGraceMs, 5_000, 0, 600_000)
    this.log = options.logger ?? silentLog
    this.topicAdmin = new TopicAdmin(engine, this.configs, this.topicIds, () => this.settings?.brokerId ?? options.brokerId ?? 0, this.log)
    const captureDir = options.captureDir ?? process.env.SLUICE_KAFKA_CAPTURE_DIR
    this.capture = captureDir !== undefined && captureDir !== '' ? new RequestCapture(captureDir) : null
    this.table = buildApiTable(requestBytesMax)
    if (options.server !== undefined) {
      // A listener the caller bound before loading this module (sluice serve prints its ready line first):
      // sockets it accepted so far arrive through adopt(), later ones here. It was made with
      // pauseOnConnect, so each socket is resumed once its Connection listens.
      this.server = options.server
      this.server.on('connection', (socket) => this.adopt(socket))
    } else {
      this.server = net.createServer((socket) => this.accept(socket))
    }
    this.server.maxConnections = this.connectionsMax
  }

  /** Takes over a socket accepted (paused) by the listener handed in as `options.server`. */
  adopt(socket: net.Socket): void {
    this.accept(socket)
    socket.resume()
  }

  /** Listens; resolves with the bound address (port 0 resolves to the port picked). */
  async start(): Promise<{ address: string; port: number }> {
    if (this.started) throw new Error('KafkaBroker.start was called twice')
    this.started = true
    if (!this.server.listening) {
      await new Promise<void>((resolve, reject) => {
        this.server.once('error', reject)
        this.server.listen(this.port, this.host, () => {
          this.server.off('error', reject)
          resolve()
        })
      })
    }
    this.server.on('error', (error) => this.log.error({ err: error }, 'kafka listener error'))
    const bound = this.server.address() as net.AddressInfo
    const o = this.options
    const wildcard = this.host === '0.0.0.0' || this.host === '::' || this.host === ''
    this.settings = {
      brokerId: o.brokerId ?? 0,
      advertisedHost: o.advertisedHost ?? (wildcard ? '127.0.0.1' : this.host),
      advertisedPort: o.advertisedPort ?? bound.port,
      clusterId: o.clusterId ?? 'sluice',
      autoCreateTopics: o.autoCreateTopics ?? true,
      defaultPartitions: o.defaultPartitions ?? 1,
      fetchWaitMsMax: integerOption('fetchWaitMsMax', o.fetchWaitMsMax, 30_000, 0, 600_000),
      fetchResponseBytesMax: integerOption('fetchResponseBytesMax', o.fetchResponseBytesMax, 55 * MiB, 1024, 2 ** 31 - 1),
      fetchPartitionsMax: integerOption('fetchPartitionsMax', o.fetchPartitionsMax, 10_000, 1, 1_000_000),
      timestampScanBytesMax: integerOption('timestampScanBytesMax', o.timestampScanBytesMax, 1024 * MiB, 1, 2 ** 50),
    }
    const engine = this.engine
    const topicIds = this.topicIds
    const configs = this.configs
    // The engine's coordinator (one per engine, shared with embedded group members; created here if no
    // member came first). It answers COORDINATOR_LOAD_IN_PROGRESS until __consumer_offsets is read.
    const groupService = EngineGroups.of(engine, { limits: o.groupLimits })
    if (o.groupLimits !== undefined && groupService.limits !== o.groupLimits) {
      this.log.info({ groupLimits: o.groupLimits }, 'the engine already has a group coordinator: its limits apply, not this broker\'s groupLimits')
    }
    const groups = groupService.coordinator
    this.groups = groups
    const idempotence = ProducerIdBlocks.open(engine).then((blocks) => {
      const producers = new ProducerStateManager({ clock: systemClock(), producerIdStart: blocks.blockEnd, persistProducerIdBlock: (end) => blocks.persist(end) })
      return { producers, appender: new IdempotentAppender(engine, producers) }
    })
    this.idempotence = idempotence
    idempotence.catch((error: unknown) => this.log.error({ err: error }, 'reading the producer-id blocks failed'))
    const groupsLoaded = groupService.loaded
    groupsLoaded.catch((error: unknown) => this.log.error({ err: error }, `loading ${CONSUMER_OFFSETS_TOPIC} failed: groups answer COORDINATOR_LOAD_IN_PROGRESS`))
    this.loaded = Promise.all([groupsLoaded, idempotence]).then(() => {})
    // Topic ids and configs kept with the topics of the data directory, before any client asks.
    this.topicAdmin.load()
    const admin = this.topicAdmin
    this.ctx = {
      admin,
      groups,
      idempotence,
      engine,
      settings: this.settings,
      topicIds,
      configs,
      waiter: new FetchWaiter(engine),
      stop: this.stopSignal,
      async createTopic(name, partitions, topicConfigs) {
        // A new id (a new topic under an old name gets a new one), configs applied to its log and kept.
        await admin.createTopic(name, partitions, topicConfigs)
      },
      async deleteTopic(name) {
        await admin.deleteTopic(name, async (partitions) => (await idempotence).appender.forgetTopic(name, partitions))
      },
    }
    this.log.info({ address: bound.address, port: bound.port, brokerId: this.settings.brokerId }, 'kafka listener ready')
    return { address: bound.address, port: bound.port }
  }

  /**
   * Grows `topic` to `count` partitions in all, as Kafka's CreatePartitions does (for the HTTP admin API).
   * Fails with TopicAdminError, whose `errorCode` is the Kafka code (INVALID_PARTITIONS when the count does
   * not grow or passes the per-topic limit, UNKNOWN_TOPIC_OR_PARTITION, ...).
   */
  createPartitions(topic: string, count: number, options: { validateOnly?: boolean } = {}): Promise<void> {
    return this.topicAdmin.createPartitions(topic, count, options)
  }

  /**
   * Sets topic configs as IncrementalAlterConfigs does (for the HTTP admin API): a value sets a config, null
   * returns it to its default. Validated first (all or nothing); retention, segment and cleanup configs
   * apply to a durable topic's log at once. Kept with the topic. Resolves with the explicit configs now in
   * force; fails with TopicAdminError (INVALID_CONFIG, UNKNOWN_TOPIC_OR_PARTITION).
   */
  async alterTopicConfigs(topic: string, changes: Readonly<Record<string, string | null>>): Promise<Record<string, string>> {
    return Object.fromEntries(await this.topicAdmin.alterTopicConfigs(topic, changes))
  }

  /** Every config of a topic with its value and source, as DescribeConfigs answers (for the HTTP admin API). */
  describeTopicConfigs(topic: string): DescribedConfig[] {
    if (!this.engine.listTopics().includes(topic)) throw new TopicAdminError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${JSON.stringify(topic)} does not exist`)
    return this.topicAdmin.describeConfigs(topic, null)
  }

  /** Resolves once `__consumer_offsets` and the producer-id blocks are loaded (groups answer until then with COORDINATOR_LOAD_IN_PROGRESS). */
  async ready(): Promise<void> {
    if (this.loaded === null) throw new Error('KafkaBroker.ready needs start() first')
    await this.loaded
  }

  /**
   * Consumer lag of a group per committed partition: the partition's end offset (next offset to be written)
   * minus the committed offset. Partitions that no longer exist have endOffset and lag -1. For metrics.
   */
  consumerLag(groupId: string): LagEntry[] {
    if (this.groups === null) return []
    return this.engine.groupService?.consumerLag(groupId) ?? []
  }

  /** The group coordinator, null before start(): the HTTP admin API lists, describes and resets groups through it. */
  get groupCoordinator(): GroupCoordinator | null {
    return this.groups
  }

  /** Group ids the coordinator knows (for metrics: lag per group). */
  groupIds(): string[] {
    return this.groups?.groupIds() ?? []
  }

  /** Retried duplicate batches answered without a write, and partitions whose producer state was rebuilt. */
  async idempotenceCounters(): Promise<IdempotenceCounters> {
    if (this.idempotence === null) return { duplicateBatches: 0, partitionsRebuilt: 0 }
    return (await this.idempotence).appender.counters
  }

  /**
   * Closes every client connection at once, as a network cut would (requests being handled still finish;
   * their answers are lost). Clients reconnect. Returns how many were closed. For fault-injection tests.
   */
  dropConnections(): number {
    const open = [...this.connections]
    for (const c of open) c.close('dropped on request', false)
    return open.length
  }

  /** Bound address, or null before start. */
  address(): { address: string; port: number } | null {
    const a = this.server.address()
    return a !== null && typeof a === 'object' ? { address: a.address, port: a.port } : null
  }

  get connectionCount(): number {
    return this.connections.size
  }

  private accept(socket: net.Socket): void {
    if (this.ctx === null || this.stopSignal.stopped) {
      socket.destroy()
      return
    }
    const connection = new Connection(socket, this.nextConnectionId++, this.ctx, this.table, this.limits, this.log, this.capture, this.counters, (c) => this.connections.delete(c))
    this.connections.add(connection)
  }

  /** Stops accepting, lets in-flight requests finish (long polls return at once), then closes every socket. */
  async stop(): Promise<void> {
    if (this.stopSignal.stopped) return
    this.stopSignal.stopped = true
    for (const wake of this.stopSignal.wakers) wake()
    // Pending JoinGroup/SyncGroup of this listener's clients answer NOT_COORDINATOR at the stop signal
    // (apis/groups.ts), so the drain below does not wait on rebalances. The coordinator itself is the
    // engine's: it closes with the engine, and embedded members keep their group meanwhile.
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    const drained = Promise.all([...this.connections].map((c) => c.drainAndEnd()))
    let timer: NodeJS.Timeout | undefined
    await Promise.race([drained, new Promise<void>((resolve) => { timer = setTimeout(resolve, this.stopGraceMs) })])
    clearTimeout(timer)
    for (const c of this.connections) c.close('broker stopping', false)
    await closed
    // Loads still running finish before the engine may close under them.
    await this.loaded?.catch(() => {})
  }
}
