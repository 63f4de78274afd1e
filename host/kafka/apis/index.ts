// The api table: which apis and versions this broker serves, and the handler of each. ApiVersions
// advertises exactly what is here (`advertised`), so clients pick versions the handlers implement.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode } from '../error-codes.js'
import { ApiKey, apiDescriptor, type ApiVersionsRequest, type ApiVersionsResponse } from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { handleDescribeCluster, handleMetadata } from './metadata.js'
import { handleProduce } from './produce.js'
import { handleFetch } from './fetch.js'
import { handleListOffsets, handleOffsetForLeaderEpoch } from './offsets.js'
import { handleCreatePartitions, handleCreateTopics, handleDeleteRecords, handleDeleteTopics } from './topics.js'
import { handleAlterConfigs, handleIncrementalAlterConfigs, makeDescribeConfigs } from './configs.js'
import {
  handleDeleteGroups,
  handleDescribeGroups,
  handleFindCoordinator,
  handleHeartbeat,
  handleInitProducerId,
  handleJoinGroup,
  handleLeaveGroup,
  handleListGroups,
  handleOffsetCommit,
  handleOffsetDelete,
  handleOffsetFetch,
  handleSaslHandshake,
  handleSyncGroup,
} from './groups.js'

/** A handler returns the response body, or null for no response (Produce with acks=0). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (ctx: BrokerContext, req: RequestInfo<any>) => Promise<unknown>

export interface ApiEntry {
  readonly apiKey: number
  readonly minVersion: number
  readonly maxVersion: number
  /** Listed in ApiVersions; unlisted entries are still answered if a client sends them. */
  readonly advertised: boolean
  readonly handler: Handler
}

/**
 * Versions below Kafka 4.0's floor (KIP-896) are not served: Produce v0-2 and Fetch v0-3 carry the
 * message formats v0/v1 that the engine does not store, ListOffsets v0 and Metadata v0-3 are gone from
 * every maintained client.
 */
const floor: Partial<Record<number, number>> = { [ApiKey.Produce]: 3, [ApiKey.Fetch]: 4, [ApiKey.ListOffsets]: 1 }

function entry(apiKey: number, handler: Handler, advertised = true): ApiEntry {
  const d = apiDescriptor(apiKey)
  if (d === undefined) throw new Error(`the generated codec has no api ${apiKey}`)
  // A latest version Kafka marks unstable is not advertised (nor served): its schema may still change.
  const maxVersion = d.latestVersionUnstable ? d.maxVersion - 1 : d.maxVersion
  return { apiKey, minVersion: Math.max(d.minVersion, floor[apiKey] ?? 0), maxVersion, advertised, handler }
}

export function buildApiTable(requestBytesMax: number): Map<number, ApiEntry> {
  const entries: ApiEntry[] = [
    entry(ApiKey.ApiVersions, handleApiVersionsPlaceholder),
    entry(ApiKey.Metadata, handleMetadata),
    entry(ApiKey.Produce, handleProduce),
    entry(ApiKey.Fetch, handleFetch),
    entry(ApiKey.ListOffsets, handleListOffsets),
    entry(ApiKey.OffsetForLeaderEpoch, handleOffsetForLeaderEpoch),
    entry(ApiKey.CreateTopics, handleCreateTopics),
    entry(ApiKey.DeleteTopics, handleDeleteTopics),
    entry(ApiKey.CreatePartitions, handleCreatePartitions),
    entry(ApiKey.DeleteRecords, handleDeleteRecords),
    entry(ApiKey.DescribeConfigs, makeDescribeConfigs(requestBytesMax)),
    entry(ApiKey.AlterConfigs, handleAlterConfigs),
    entry(ApiKey.IncrementalAlterConfigs, handleIncrementalAlterConfigs),
    entry(ApiKey.DescribeCluster, handleDescribeCluster),
    entry(ApiKey.FindCoordinator, handleFindCoordinator),
    entry(ApiKey.JoinGroup, handleJoinGroup),
    entry(ApiKey.SyncGroup, handleSyncGroup),
    entry(ApiKey.Heartbeat, handleHeartbeat),
    entry(ApiKey.LeaveGroup, handleLeaveGroup),
    entry(ApiKey.OffsetCommit, handleOffsetCommit),
    entry(ApiKey.OffsetFetch, handleOffsetFetch),
    entry(ApiKey.OffsetDelete, handleOffsetDelete),
    entry(ApiKey.DescribeGroups, handleDescribeGroups),
    entry(ApiKey.ListGroups, handleListGroups),
    entry(ApiKey.DeleteGroups, handleDeleteGroups),
    entry(ApiKey.InitProducerId, handleInitProducerId),
    entry(ApiKey.SaslHandshake, handleSaslHandshake, false),
  ]
  const table = new Map(entries.map((e) => [e.apiKey, e]))
  const apiKeys = entries.filter((e) => e.advertised).map((e) => ({ apiKey: e.apiKey, minVersion: e.minVersion, maxVersion: e.maxVersion }))
  table.set(ApiKey.ApiVersions, { ...table.get(ApiKey.ApiVersions)!, handler: async (_ctx, req) => apiVersionsResponse(apiKeys, req.apiVersion, ErrorCode.NONE) })
  return table
}

async function handleApiVersionsPlaceholder(): Promise<unknown> {
  throw new Error('replaced in buildApiTable')
}

/** The ApiVersions answer; with UNSUPPORTED_VERSION it is written as v0, which every client reads. */
export function apiVersionsResponse(
  apiKeys: ReadonlyArray<{ apiKey: number; minVersion: number; maxVersion: number }>,
  _apiVersion: number,
  errorCode: number,
): MessageInit<ApiVersionsResponse> {
  return { errorCode, apiKeys }
}

export type { ApiVersionsRequest }
