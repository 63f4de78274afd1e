// Metadata and DescribeCluster: one broker that leads every partition, with topic auto-creation.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode, errorCodeOf } from '../error-codes.js'
import type { DescribeClusterRequest, DescribeClusterResponse, MetadataRequest, MetadataResponse, MetadataResponsePartition, MetadataResponseTopic } from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { ZERO_TOPIC_ID } from '../topic-ids.js'
import { isInternalTopic } from '../internal-topics.js'

type TopicOut = MessageInit<MetadataResponseTopic>

/** The partitions of a live topic, each led by this broker with itself as the only replica and ISR. */
export function partitionsOf(ctx: BrokerContext, name: string): MessageInit<MetadataResponsePartition>[] {
  const info = ctx.engine.describeTopic(name)
  const self = [ctx.settings.brokerId]
  return info.partitions.map((p) => ({
    errorCode: ErrorCode.NONE,
    partitionIndex: p.partition,
    leaderId: ctx.settings.brokerId,
    leaderEpoch: 0,
    replicaNodes: self,
    isrNodes: self,
    offlineReplicas: [],
  }))
}

function topicOut(ctx: BrokerContext, name: string): TopicOut {
  return { errorCode: ErrorCode.NONE, name, topicId: ctx.topicIds.idOf(name), isInternal: isInternalTopic(name), partitions: partitionsOf(ctx, name) }
}

export async function handleMetadata(ctx: BrokerContext, req: RequestInfo<MetadataRequest>): Promise<MessageInit<MetadataResponse>> {
  const { body, apiVersion } = req
  const live = ctx.engine.listTopics()
  ctx.topicIds.retain(live)
  // v0: an empty list means every topic; v1+: null means every topic.
  const all = body.topics === null || (apiVersion === 0 && body.topics.length === 0)
  const topics: TopicOut[] = []
  if (all) {
    // Internal topics (__consumer_offsets) are listed only when asked for by name, as Kafka does.
    for (const name of live.sort()) if (!isInternalTopic(name)) topics.push(topicOut(ctx, name))
  } else {
    const allowCreate = ctx.settings.autoCreateTopics && (apiVersion < 4 || body.allowAutoTopicCreation)
    for (const t of body.topics ?? []) {
      let name = t.name
      if (name === null) {
        name = ctx.topicIds.nameOf(t.topicId) ?? null
        if (name === null) {
          topics.push({ errorCode: ErrorCode.UNKNOWN_TOPIC_ID, name: null, topicId: t.topicId, partitions: [] })
          continue
        }
      }
      try {
        if (!live.includes(name)) {
          if (!allowCreate) {
            topics.push({ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name, topicId: ZERO_TOPIC_ID, partitions: [] })
            continue
          }
          try {
            await ctx.createTopic(name, ctx.settings.defaultPartitions, new Map())
          } catch (error) {
            // Created meanwhile by another request or the embedded API: describe it.
            if (!(error instanceof Error && (error as { code?: string }).code === 'TOPIC_EXISTS')) throw error
          }
        }
        topics.push(topicOut(ctx, name))
      } catch (error) {
        topics.push({ errorCode: errorCodeOf(error).code, name, topicId: ZERO_TOPIC_ID, partitions: [] })
      }
    }
  }
  const { brokerId, advertisedHost, advertisedPort, clusterId } = ctx.settings
  return {
    brokers: [{ nodeId: brokerId, host: advertisedHost, port: advertisedPort, rack: null }],
    clusterId,
    controllerId: brokerId,
    topics,
  }
}

export async function handleDescribeCluster(ctx: BrokerContext, req: RequestInfo<DescribeClusterRequest>): Promise<MessageInit<DescribeClusterResponse>> {
  const { brokerId, advertisedHost, advertisedPort, clusterId } = ctx.settings
  // endpointType 1 = brokers, 2 = controllers (v1+): this node is both.
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    ...(req.apiVersion >= 1 ? { endpointType: req.body.endpointType } : {}),
    clusterId,
    controllerId: brokerId,
    brokers: [{ brokerId, host: advertisedHost, port: advertisedPort, rack: null }],
  }
}
