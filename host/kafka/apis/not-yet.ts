// Consumer-group and producer-id APIs, which arrive with issue 5. Until then they answer with the error
// code clients handle best:
// - the group APIs with COORDINATOR_NOT_AVAILABLE, a retriable error: group consumers keep looking for a
//   coordinator instead of failing, and consumers that assign partitions themselves never ask;
// - InitProducerId is not advertised in ApiVersions, so idempotent and transactional producers fail at
//   once with "not supported by the broker" (Java, librdkafka); if sent anyway it gets UNSUPPORTED_VERSION;
// - SaslHandshake answers UNSUPPORTED_SASL_MECHANISM with no mechanisms: the listener is PLAINTEXT.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode } from '../error-codes.js'
import type {
  DeleteGroupsRequest,
  DescribeGroupsRequest,
  FindCoordinatorRequest,
  OffsetCommitRequest,
  OffsetFetchRequest,
} from '../protocol/index.js'

const NOT_AVAILABLE = ErrorCode.COORDINATOR_NOT_AVAILABLE
const message = 'consumer groups are not implemented in this Sluice version yet: assign partitions explicitly'

export async function handleFindCoordinator(_ctx: BrokerContext, req: RequestInfo<FindCoordinatorRequest>): Promise<unknown> {
  const { body, apiVersion } = req
  if (apiVersion >= 4) {
    return { coordinators: body.coordinatorKeys.map((key) => ({ key, nodeId: -1, host: '', port: -1, errorCode: NOT_AVAILABLE, errorMessage: message })) }
  }
  return { errorCode: NOT_AVAILABLE, ...(apiVersion >= 1 ? { errorMessage: message } : {}), nodeId: -1, host: '', port: -1 }
}

/** JoinGroup, SyncGroup, Heartbeat, LeaveGroup: one top-level error code. */
export async function handleGroupError(): Promise<unknown> {
  return { errorCode: NOT_AVAILABLE }
}

export async function handleOffsetCommit(_ctx: BrokerContext, req: RequestInfo<OffsetCommitRequest>): Promise<unknown> {
  return {
    topics: req.body.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: NOT_AVAILABLE })) })),
  }
}

export async function handleOffsetFetch(_ctx: BrokerContext, req: RequestInfo<OffsetFetchRequest>): Promise<unknown> {
  const { body, apiVersion } = req
  if (apiVersion >= 8) return { groups: body.groups.map((g) => ({ groupId: g.groupId, topics: [], errorCode: NOT_AVAILABLE })) }
  const partitions = (body.topics ?? []).map((t) => ({
    name: t.name,
    partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, committedOffset: -1n, metadata: '', errorCode: NOT_AVAILABLE })),
  }))
  return { topics: partitions, ...(apiVersion >= 2 ? { errorCode: NOT_AVAILABLE } : {}) }
}

export async function handleDescribeGroups(_ctx: BrokerContext, req: RequestInfo<DescribeGroupsRequest>): Promise<unknown> {
  return { groups: req.body.groups.map((groupId) => ({ errorCode: NOT_AVAILABLE, groupId, groupState: '', protocolType: '', protocolData: '', members: [] })) }
}

export async function handleListGroups(): Promise<unknown> {
  return { errorCode: ErrorCode.NONE, groups: [] }
}

export async function handleDeleteGroups(_ctx: BrokerContext, req: RequestInfo<DeleteGroupsRequest>): Promise<unknown> {
  return { results: req.body.groupsNames.map((groupId) => ({ groupId, errorCode: NOT_AVAILABLE })) }
}

export async function handleInitProducerId(): Promise<unknown> {
  return { errorCode: ErrorCode.UNSUPPORTED_VERSION, producerId: -1n, producerEpoch: -1 }
}

export async function handleSaslHandshake(): Promise<unknown> {
  return { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: [] }
}
