// What every api handler sees: the engine, this broker's identity and settings, and the broker-side
// state that the engine does not hold (topic ids, topic configs).

import type { Engine } from '../engine/engine.js'
import type { RequestHeader } from './protocol/generated/request-header.js'
import type { FetchWaiter } from './fetch-wait.js'
import type { TopicConfigStore } from './topic-configs.js'
import type { TopicIds } from './topic-ids.js'
import type { TopicAdmin } from './topic-admin.js'
import type { GroupCoordinator } from '../coordinator/group-coordinator.js'
import type { ProducerStateManager } from '../coordinator/producer-state.js'
import type { IdempotentAppender } from './idempotent-appends.js'

export interface BrokerSettings {
  readonly brokerId: number
  /** Host and port clients are told to connect to (Metadata, DescribeCluster, FindCoordinator). */
  readonly advertisedHost: string
  readonly advertisedPort: number
  readonly clusterId: string
  /** Metadata requests create missing topics (Kafka's auto.create.topics.enable). */
  readonly autoCreateTopics: boolean
  /** Partitions of auto-created topics and of CreateTopics with num_partitions -1 (Kafka's num.partitions). */
  readonly defaultPartitions: number
  /** Cap on a Fetch's max_wait_ms. */
  readonly fetchWaitMsMax: number
  /** Cap on the records bytes of one Fetch response (Kafka's fetch.max.bytes). */
  readonly fetchResponseBytesMax: number
  /** Cap on how many partitions a Fetch may name, so one request cannot ask for unbounded work. */
  readonly fetchPartitionsMax: number
  /** How many batches a ListOffsets by timestamp reads per partition before giving up on the scan. */
  readonly timestampScanBytesMax: number
}

export interface BrokerContext {
  readonly engine: Engine
  readonly settings: BrokerSettings
  readonly topicIds: TopicIds
  readonly configs: TopicConfigStore
  /** Topic changes that keep the Kafka state with the topic: CreatePartitions, Alter*Configs. */
  readonly admin: TopicAdmin
  readonly waiter: FetchWaiter
  /** Set when the broker stops: long polls return at once with what they have. */
  readonly stop: StopSignal
  /** The group coordinator; it answers COORDINATOR_LOAD_IN_PROGRESS until `__consumer_offsets` is loaded. */
  readonly groups: GroupCoordinator
  /** Idempotent-producer state, once the producer-id blocks are read (quick: one small internal topic). */
  readonly idempotence: Promise<Idempotence>
  /** Creates a topic (auto-creation, CreateTopics) with the broker's defaults; throws engine errors. */
  createTopic(name: string, partitions: number, configs: Map<string, string>): Promise<void>
  deleteTopic(name: string): Promise<void>
}

export interface Idempotence {
  readonly producers: ProducerStateManager
  readonly appender: IdempotentAppender
}

/**
 * The broker's stop, as a flag and a set of wake-ups (not a promise: racing a never-settled promise in
 * every long poll would leave a reaction behind each time).
 */
export interface StopSignal {
  readonly stopped: boolean
  readonly wakers: Set<() => void>
}

export interface RequestInfo<Req> {
  readonly apiKey: number
  readonly apiVersion: number
  readonly header: RequestHeader
  readonly body: Req
  /** The client's address as this broker sees it (JoinGroup's client host). */
  readonly clientHost?: string
}

/** A handler's answer meaning: send nothing and close the connection (Produce acks=0 that failed). */
export const CLOSE_CONNECTION: unique symbol = Symbol('close connection')
