// Consumer-group APIs and InitProducerId: the decoded requests go to the group coordinator and the
// producer-state manager (host/coordinator/, docs/groups.md), which answer in the codec's response shapes
// for the request's version. This broker coordinates every group itself.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode } from '../error-codes.js'
import { CoordinatorError } from '../../coordinator/errors.js'
import type {
  DeleteGroupsRequest,
  DescribeGroupsRequest,
  FindCoordinatorRequest,
  HeartbeatRequest,
  InitProducerIdRequest,
  JoinGroupRequest,
  LeaveGroupRequest,
  ListGroupsRequest,
  OffsetCommitRequest,
  OffsetDeleteRequest,
  OffsetFetchRequest,
  SyncGroupRequest,
} from '../protocol/index.js'

export async function handleFindCoordinator(ctx: BrokerContext, req: RequestInfo<FindCoordinatorRequest>): Promise<unknown> {
  // The coordinator is the engine's, possibly behind several listeners: each names itself.
  const { brokerId, advertisedHost, advertisedPort } = ctx.settings
  return ctx.groups.findCoordinator(req.body, req.apiVersion, { nodeId: brokerId, host: advertisedHost, port: advertisedPort })
}

/**
 * A JoinGroup/SyncGroup answer, or NOT_COORDINATOR once this broker stops (the client looks for the
 * coordinator again): the coordinator outlives the broker, with the engine, so its waits do not end here.
 */
function untilStopped<T>(ctx: BrokerContext, answer: Promise<T>, stopped: () => T): Promise<T> {
  if (ctx.stop.stopped) return Promise.resolve(stopped())
  let waker: (() => void) | undefined
  const stop = new Promise<T>((resolve) => {
    waker = () => resolve(stopped())
    ctx.stop.wakers.add(waker)
  })
  return Promise.race([answer, stop]).finally(() => ctx.stop.wakers.delete(waker!))
}

export async function handleJoinGroup(ctx: BrokerContext, req: RequestInfo<JoinGroupRequest>): Promise<unknown> {
  const answer = ctx.groups.joinGroup(req.body, req.apiVersion, { clientId: req.header.clientId ?? '', clientHost: `/${req.clientHost ?? ''}` })
  return untilStopped(ctx, answer, () => ({ throttleTimeMs: 0, errorCode: CoordinatorError.NOT_COORDINATOR, generationId: -1, protocolType: null, protocolName: req.apiVersion >= 7 ? null : '', leader: '', skipAssignment: false, memberId: req.body.memberId, members: [] }))
}

export async function handleSyncGroup(ctx: BrokerContext, req: RequestInfo<SyncGroupRequest>): Promise<unknown> {
  return untilStopped(ctx, ctx.groups.syncGroup(req.body, req.apiVersion), () => ({ throttleTimeMs: 0, errorCode: CoordinatorError.NOT_COORDINATOR, protocolType: null, protocolName: null, assignment: new Uint8Array(0) }))
}

export async function handleHeartbeat(ctx: BrokerContext, req: RequestInfo<HeartbeatRequest>): Promise<unknown> {
  return ctx.groups.heartbeat(req.body, req.apiVersion)
}

export async function handleLeaveGroup(ctx: BrokerContext, req: RequestInfo<LeaveGroupRequest>): Promise<unknown> {
  return ctx.groups.leaveGroup(req.body, req.apiVersion)
}

export async function handleOffsetCommit(ctx: BrokerContext, req: RequestInfo<OffsetCommitRequest>): Promise<unknown> {
  return ctx.groups.offsetCommit(req.body, req.apiVersion)
}

export async function handleOffsetFetch(ctx: BrokerContext, req: RequestInfo<OffsetFetchRequest>): Promise<unknown> {
  return ctx.groups.offsetFetch(req.body, req.apiVersion)
}

export async function handleOffsetDelete(ctx: BrokerContext, req: RequestInfo<OffsetDeleteRequest>): Promise<unknown> {
  return ctx.groups.offsetDelete(req.body, req.apiVersion)
}

export async function handleListGroups(ctx: BrokerContext, req: RequestInfo<ListGroupsRequest>): Promise<unknown> {
  return ctx.groups.listGroups(req.body, req.apiVersion)
}

export async function handleDescribeGroups(ctx: BrokerContext, req: RequestInfo<DescribeGroupsRequest>): Promise<unknown> {
  return ctx.groups.describeGroups(req.body, req.apiVersion)
}

export async function handleDeleteGroups(ctx: BrokerContext, req: RequestInfo<DeleteGroupsRequest>): Promise<unknown> {
  return ctx.groups.deleteGroups(req.body, req.apiVersion)
}

export async function handleInitProducerId(ctx: BrokerContext, req: RequestInfo<InitProducerIdRequest>): Promise<unknown> {
  const { producers } = await ctx.idempotence
  return producers.initProducerId(req.body, req.apiVersion)
}

/** SaslHandshake: the listener is PLAINTEXT, so no mechanism is offered. */
export async function handleSaslHandshake(): Promise<unknown> {
  return { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: [] }
}
