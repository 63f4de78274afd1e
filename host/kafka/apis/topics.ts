// CreateTopics, DeleteTopics, CreatePartitions and DeleteRecords.
//
// One broker: replication factor 1 (or -1 for the default), replica assignments naming this broker only.
// CreatePartitions grows a topic through the engine (topic-admin.ts: counts only grow, up to the engine's
// partitionsPerTopicMax; assignments may name this broker only). DeleteRecords
// moves a durable partition's log start (engine.deleteRecordsBefore); a memory-only partition cannot
// drop part of its window on request, and answers with the engine's NOT_SUPPORTED mapping.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode, errorCodeOf } from '../error-codes.js'
import type {
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  CreateTopicsResponseCreatableTopicResult,
  DeleteRecordsRequest,
  DeleteRecordsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  DeleteTopicsResponseDeletableTopicResult,
} from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { ConfigError } from '../topic-configs.js'
import { ZERO_TOPIC_ID } from '../topic-ids.js'
import { TopicAdminError } from '../topic-admin.js'
import { validateTopicName } from '../../engine/topic-name.js'

type CreateResult = MessageInit<CreateTopicsResponseCreatableTopicResult>

export async function handleCreateTopics(ctx: BrokerContext, req: RequestInfo<CreateTopicsRequest>): Promise<MessageInit<CreateTopicsResponse>> {
  const { body, apiVersion } = req
  const counts = new Map<string, number>()
  for (const t of body.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1)
  const topics: CreateResult[] = []
  const self = ctx.settings.brokerId
  for (const t of body.topics) {
    const fail = (errorCode: number, errorMessage: string): CreateResult => ({
      name: t.name,
      errorCode,
      ...(apiVersion >= 1 ? { errorMessage } : {}),
      ...(apiVersion >= 5 ? { numPartitions: -1, replicationFactor: -1, configs: null } : {}),
    })
    if ((counts.get(t.name) ?? 0) > 1) {
      topics.push(fail(ErrorCode.INVALID_REQUEST, `topic ${t.name} is named more than once in this request`))
      continue
    }
    try {
      validateTopicName(t.name)
    } catch (error) {
      topics.push(fail(ErrorCode.INVALID_TOPIC_EXCEPTION, (error as Error).message))
      continue
    }
    let partitions = t.numPartitions === -1 ? ctx.settings.defaultPartitions : t.numPartitions
    if (t.assignments.length > 0) {
      if (t.numPartitions !== -1 || t.replicationFactor !== -1) {
        topics.push(fail(ErrorCode.INVALID_REQUEST, 'give either replica assignments or num_partitions and replication_factor, not both'))
        continue
      }
      const bad = t.assignments.find((a) => a.brokerIds.length !== 1 || a.brokerIds[0] !== self)
      if (bad !== undefined) {
        topics.push(fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `partition ${bad.partitionIndex} is assigned to brokers [${bad.brokerIds.join(', ')}]; this cluster has one broker, ${self}`))
        continue
      }
      partitions = t.assignments.length
    } else if (t.replicationFactor !== -1 && t.replicationFactor !== 1) {
      topics.push(fail(ErrorCode.INVALID_REPLICATION_FACTOR, `replication factor ${t.replicationFactor} is larger than the 1 available broker`))
      continue
    }
    if (!Number.isInteger(partitions) || partitions < 1) {
      topics.push(fail(ErrorCode.INVALID_PARTITIONS, `number of partitions must be at least 1 (or -1 for the default), got ${t.numPartitions}`))
      continue
    }
    let configs: Map<string, string>
    try {
      configs = ctx.configs.validateAll(t.configs)
    } catch (error) {
      topics.push(fail(ErrorCode.INVALID_CONFIG, (error as Error).message))
      continue
    }
    if (ctx.engine.listTopics().includes(t.name)) {
      topics.push(fail(ErrorCode.TOPIC_ALREADY_EXISTS, `topic ${JSON.stringify(t.name)} already exists`))
      continue
    }
    try {
      if (!body.validateOnly) await ctx.createTopic(t.name, partitions, configs)
    } catch (error) {
      const { code, message } = error instanceof RangeError ? { code: ErrorCode.INVALID_PARTITIONS, message: error.message } : errorCodeOf(error)
      topics.push(fail(code, message))
      continue
    }
    topics.push({
      name: t.name,
      errorCode: ErrorCode.NONE,
      ...(apiVersion >= 1 ? { errorMessage: null } : {}),
      ...(apiVersion >= 7 && !body.validateOnly ? { topicId: ctx.topicIds.idOf(t.name) } : {}),
      ...(apiVersion >= 5
        ? {
            numPartitions: partitions,
            replicationFactor: 1,
            configs: ctx.configs.describeValues(configs).map((c) => ({ name: c.name, value: c.value, readOnly: false, configSource: c.source, isSensitive: false })),
          }
        : {}),
    })
  }
  return { topics }
}

export async function handleDeleteTopics(ctx: BrokerContext, req: RequestInfo<DeleteTopicsRequest>): Promise<MessageInit<DeleteTopicsResponse>> {
  const { body, apiVersion } = req
  const targets: Array<{ name: string | null; topicId: string }> =
    apiVersion >= 6 ? body.topics.map((t) => ({ name: t.name, topicId: t.topicId })) : body.topicNames.map((name) => ({ name, topicId: ZERO_TOPIC_ID }))
  const responses: MessageInit<DeleteTopicsResponseDeletableTopicResult>[] = []
  for (const target of targets) {
    const byId = target.name === null || target.name === ''
    const name = byId ? (ctx.topicIds.nameOf(target.topicId) ?? null) : target.name
    const out = (errorCode: number, errorMessage: string | null): MessageInit<DeleteTopicsResponseDeletableTopicResult> => ({
      name,
      ...(apiVersion >= 6 ? { topicId: name === null ? target.topicId : ctx.topicIds.idOf(name) } : {}),
      errorCode,
      ...(apiVersion >= 5 ? { errorMessage } : {}),
    })
    if (name === null) {
      responses.push(out(ErrorCode.UNKNOWN_TOPIC_ID, `no topic has id ${target.topicId}`))
      continue
    }
    try {
      const result = out(ErrorCode.NONE, null)
      await ctx.deleteTopic(name)
      responses.push(result)
    } catch (error) {
      const { code, message } = errorCodeOf(error)
      responses.push(out(code, message))
    }
  }
  return { responses }
}

export async function handleCreatePartitions(ctx: BrokerContext, req: RequestInfo<CreatePartitionsRequest>): Promise<MessageInit<CreatePartitionsResponse>> {
  const { body } = req
  const counts = new Map<string, number>()
  for (const t of body.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1)
  const results = []
  for (const t of body.topics) {
    const out = (errorCode: number, errorMessage: string | null) => ({ name: t.name, errorCode, errorMessage })
    if ((counts.get(t.name) ?? 0) > 1) {
      results.push(out(ErrorCode.INVALID_REQUEST, `topic ${t.name} is named more than once in this request`))
      continue
    }
    try {
      const assignments = t.assignments === null ? null : t.assignments.map((a) => a.brokerIds)
      await ctx.admin.createPartitions(t.name, t.count, { validateOnly: body.validateOnly, assignments })
      results.push(out(ErrorCode.NONE, null))
    } catch (error) {
      const { code, message } = error instanceof TopicAdminError ? { code: error.errorCode, message: error.message } : errorCodeOf(error)
      results.push(out(code, message))
    }
  }
  return { results }
}

export async function handleDeleteRecords(ctx: BrokerContext, req: RequestInfo<DeleteRecordsRequest>): Promise<MessageInit<DeleteRecordsResponse>> {
  const { body } = req
  return {
    topics: await Promise.all(
      body.topics.map(async (t) => ({
        name: t.name,
        partitions: await Promise.all(
          t.partitions.map(async (p) => {
            const out = (errorCode: number, lowWatermark: number) => ({ partitionIndex: p.partitionIndex, lowWatermark: BigInt(lowWatermark), errorCode })
            try {
              const info = ctx.engine.describeTopic(t.name).partitions[p.partitionIndex]
              if (info === undefined) return out(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1)
              // -1: up to the high watermark.
              const offset = p.offset === -1n ? info.nextOffset : Number(p.offset)
              if (offset < 0 || offset > info.nextOffset) return out(ErrorCode.OFFSET_OUT_OF_RANGE, -1)
              if (offset <= info.headOffset) return out(ErrorCode.NONE, info.headOffset)
              // Durable partitions move their log start (whole segments below it go); memory-only ones
              // cannot delete part of a window, and say so.
              return out(ErrorCode.NONE, await ctx.engine.deleteRecordsBefore(t.name, p.partitionIndex, offset))
            } catch (error) {
              return out(errorCodeOf(error).code, -1)
            }
          }),
        ),
      })),
    ),
  }
}
