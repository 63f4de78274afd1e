// DescribeConfigs, AlterConfigs and IncrementalAlterConfigs over the topic config store, and the
// broker's own settings as read-only broker configs.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode } from '../error-codes.js'
import type {
  AlterConfigsRequest,
  AlterConfigsResponse,
  DescribeConfigsRequest,
  DescribeConfigsResponse,
  DescribeConfigsResponseDescribeConfigsResult,
  IncrementalAlterConfigsRequest,
  IncrementalAlterConfigsResponse,
} from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { ConfigOperation, ConfigSource, ConfigType, type ConfigChange, type DescribedConfig } from '../topic-configs.js'
import { TopicAdminError } from '../topic-admin.js'

/** Kafka's ConfigResource.Type codes. */
export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const

function brokerConfigs(ctx: BrokerContext, requestBytesMax: number): DescribedConfig[] {
  const s = ctx.settings
  const config = (name: string, value: string, type: number): DescribedConfig => ({ name, value, isDefault: false, source: ConfigSource.STATIC_BROKER_CONFIG, type, documentation: '' })
  return [
    config('broker.id', String(s.brokerId), ConfigType.INT),
    config('node.id', String(s.brokerId), ConfigType.INT),
    config('advertised.listeners', `PLAINTEXT://${s.advertisedHost}:${s.advertisedPort}`, ConfigType.STRING),
    config('auto.create.topics.enable', String(s.autoCreateTopics), ConfigType.BOOLEAN),
    config('num.partitions', String(s.defaultPartitions), ConfigType.INT),
    config('default.replication.factor', '1', ConfigType.INT),
    config('fetch.max.bytes', String(s.fetchResponseBytesMax), ConfigType.INT),
    config('socket.request.max.bytes', String(requestBytesMax), ConfigType.INT),
  ]
}

function brokerMatches(ctx: BrokerContext, name: string): boolean {
  return name === '' || name === String(ctx.settings.brokerId)
}

export function makeDescribeConfigs(requestBytesMax: number) {
  return async function handleDescribeConfigs(ctx: BrokerContext, req: RequestInfo<DescribeConfigsRequest>): Promise<MessageInit<DescribeConfigsResponse>> {
    const { body, apiVersion } = req
    const results: MessageInit<DescribeConfigsResponseDescribeConfigsResult>[] = body.resources.map((r) => {
      const fail = (errorCode: number, errorMessage: string) => ({ errorCode, errorMessage, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] })
      let configs: DescribedConfig[]
      let readOnly = false
      if (r.resourceType === ResourceType.TOPIC) {
        if (!ctx.engine.listTopics().includes(r.resourceName)) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${JSON.stringify(r.resourceName)} does not exist`)
        configs = ctx.admin.describeConfigs(r.resourceName, r.configurationKeys)
      } else if (r.resourceType === ResourceType.BROKER) {
        if (!brokerMatches(ctx, r.resourceName)) return fail(ErrorCode.INVALID_REQUEST, `this is broker ${ctx.settings.brokerId}, not ${r.resourceName}`)
        configs = brokerConfigs(ctx, requestBytesMax).filter((c) => r.configurationKeys === null || r.configurationKeys.includes(c.name))
        readOnly = true
      } else {
        return fail(ErrorCode.INVALID_REQUEST, `resource type ${r.resourceType} is not supported: topics (2) and brokers (4) are`)
      }
      return {
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        resourceType: r.resourceType,
        resourceName: r.resourceName,
        configs: configs.map((c) => ({
          name: c.name,
          value: c.value,
          readOnly,
          ...(apiVersion === 0 ? { isDefault: c.isDefault } : { configSource: c.source }),
          isSensitive: false,
          ...(apiVersion >= 1 && body.includeSynonyms ? { synonyms: [{ name: c.name, value: c.value, source: c.source }] } : {}),
          ...(apiVersion >= 3 ? { configType: c.type, documentation: body.includeDocumentation ? c.documentation : null } : {}),
        })),
      }
    })
    return { results }
  }
}

type AlterResult = { errorCode: number; errorMessage: string | null; resourceType: number; resourceName: string }

async function alter(ctx: BrokerContext, resourceType: number, resourceName: string, changes: ConfigChange[], replace: boolean, validateOnly: boolean): Promise<AlterResult> {
  const out = (errorCode: number, errorMessage: string | null): AlterResult => ({ errorCode, errorMessage, resourceType, resourceName })
  if (resourceType === ResourceType.BROKER) return out(ErrorCode.INVALID_REQUEST, 'broker configs are read-only here: set them with sluice serve options')
  if (resourceType !== ResourceType.TOPIC) return out(ErrorCode.INVALID_REQUEST, `resource type ${resourceType} is not supported: topics (2) are`)
  if (!ctx.engine.listTopics().includes(resourceName)) return out(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${JSON.stringify(resourceName)} does not exist`)
  try {
    // Validated, applied to the topic's durable log (retention, segments, cleanup) and kept with the topic.
    await ctx.admin.alterConfigs(resourceName, changes, replace, validateOnly)
    return out(ErrorCode.NONE, null)
  } catch (error) {
    return out(error instanceof TopicAdminError ? error.errorCode : ErrorCode.INVALID_CONFIG, (error as Error).message)
  }
}

export async function handleAlterConfigs(ctx: BrokerContext, req: RequestInfo<AlterConfigsRequest>): Promise<MessageInit<AlterConfigsResponse>> {
  const { body } = req
  return {
    responses: await Promise.all(
      body.resources.map((r) =>
        alter(ctx, r.resourceType, r.resourceName, r.configs.map((c) => ({ name: c.name, value: c.value, operation: ConfigOperation.SET })), true, body.validateOnly),
      ),
    ),
  }
}

export async function handleIncrementalAlterConfigs(ctx: BrokerContext, req: RequestInfo<IncrementalAlterConfigsRequest>): Promise<MessageInit<IncrementalAlterConfigsResponse>> {
  const { body } = req
  return {
    responses: await Promise.all(
      body.resources.map((r) =>
        alter(ctx, r.resourceType, r.resourceName, r.configs.map((c) => ({ name: c.name, value: c.value, operation: c.configOperation })), false, body.validateOnly),
      ),
    ),
  }
}
