// Consumer groups over HTTP, read from and written through the engine's group coordinator
// (host/engine/groups.ts: the one that Kafka clients, through the broker, and embedded members share), with
// the same public calls the Kafka APIs make, so what this shows and writes is what every member sees. It
// works with the Kafka listener off too: the coordinator belongs to the engine, not to the broker.
//
//   GET    /api/groups                 list: [{group, state, protocolType, members}]
//   GET    /api/groups/:id             describe: state, protocol, members with their assigned partitions,
//                                      committed offsets with the log end offset and lag
//   POST   /api/groups/:id/offsets     set committed offsets (reset-offsets): {"topic", "partitions"?,
//                                      "to": "earliest"|"latest"|OFFSET|{"timestamp": ms|ISO}} or
//                                      {"topic", "offsets": {"P": O}}, "dryRun"?; only while the group has
//                                      no active members (Kafka's rule), else 409
//   DELETE /api/groups/:id             delete an empty group and its offsets
//
// Loaded on the first /api/groups request (admin.ts), so the HTTP server starts without the protocol code.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Engine } from '../engine/engine.js'
import { EngineGroups } from '../engine/groups.js'
import { CoordinatorError } from '../coordinator/errors.js'
import { decodeAssignment } from '../coordinator/consumer-protocol.js'
import { HttpError, readJsonBody, sendJson } from './respond.js'

export interface GroupSummary {
  readonly group: string
  readonly state: string
  readonly protocolType: string
  readonly members: number
}

export interface GroupMemberView {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly clientId: string
  readonly clientHost: string
  /** Decoded when the group's protocol type is "consumer" and the group is Stable; null otherwise. */
  readonly assignment: Array<{ topic: string; partitions: number[] }> | null
}

export interface GroupOffsetView {
  readonly topic: string
  readonly partition: number
  /** null: assigned to a member but nothing committed yet. */
  readonly committedOffset: number | null
  /** -1 when the partition no longer exists. */
  readonly logEndOffset: number
  readonly lag: number | null
  readonly memberId: string | null
}

export interface GroupDescription {
  readonly group: string
  readonly state: string
  readonly protocolType: string
  readonly protocol: string
  readonly generation: number
  readonly leader: string | null
  readonly members: GroupMemberView[]
  readonly offsets: GroupOffsetView[]
  readonly totalLag: number
}

export interface OffsetChange {
  readonly partition: number
  readonly previousOffset: number | null
  readonly newOffset: number
}

/** Partitions one reset may name; a topic has at most 65536 (engine limit). */
const resetPartitionsMax = 65_536
/** How long a request waits for `__consumer_offsets` to load (the first request may create the coordinator). */
const loadWaitMs = 2_000

/**
 * The engine's group service, created here if nothing (broker, embedded member) has yet, so groups kept in
 * `__consumer_offsets` show up without a Kafka listener. Waits up to loadWaitMs for the log to be read.
 */
async function groupsOf(engine: Engine): Promise<EngineGroups> {
  const service = EngineGroups.of(engine)
  if (!service.coordinator.isLoaded) {
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([service.loaded.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, loadWaitMs)))])
    clearTimeout(timer)
  }
  if (!service.coordinator.isLoaded) throw new HttpError(503, 'the group coordinator is still loading __consumer_offsets: retry in a moment', 'COORDINATOR_LOADING')
  return service
}

function notFound(group: string): never {
  throw new HttpError(404, `no consumer group ${JSON.stringify(group)}: list the groups with \`sluice group list\` (GET /api/groups)`, 'UNKNOWN_GROUP')
}

export async function listGroups(engine: Engine): Promise<GroupSummary[]> {
  const groups = (await groupsOf(engine)).coordinator
  const listed = groups.listGroups({ statesFilter: [], typesFilter: [] }, 5)
  if (listed.errorCode !== CoordinatorError.NONE) throw new HttpError(503, `the group coordinator answered error ${listed.errorCode}: retry in a moment`, 'COORDINATOR_LOADING')
  return (listed.groups ?? [])
    .map((g) => ({ group: g.groupId!, state: g.groupState!, protocolType: g.protocolType ?? '', members: groups.describe(g.groupId!)?.members.length ?? 0 }))
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
}

function decodedAssignment(protocolType: string, bytes: Uint8Array): Array<{ topic: string; partitions: number[] }> | null {
  if (protocolType !== 'consumer' || bytes.length === 0) return null
  try {
    return [...decodeAssignment(bytes)].map(([topic, partitions]) => ({ topic, partitions })).sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0))
  } catch {
    return null // a client that calls its protocol "consumer" but writes something else
  }
}

function endOffsetOf(engine: Engine, topic: string, partition: number): number {
  try {
    return engine.describeTopic(topic).partitions[partition]?.nextOffset ?? -1
  } catch {
    return -1
  }
}

export async function describeGroup(engine: Engine, groupId: string): Promise<GroupDescription> {
  const service = await groupsOf(engine)
  const groups = service.coordinator
  const snapshot = groups.describe(groupId)
  if (snapshot === undefined || snapshot.state === 'Dead') notFound(groupId)
  // DescribeGroups (as Kafka answers it) for what the snapshot lacks: client id and host, and the
  // assignments only while Stable (mid-rebalance they are stale).
  const described = groups.describeGroups({ groups: [groupId], includeAuthorizedOperations: false }, 5).groups?.[0]
  const protocolType = snapshot.protocolType ?? ''
  const members: GroupMemberView[] = (described?.members ?? []).map((m) => ({
    memberId: m.memberId!,
    groupInstanceId: m.groupInstanceId ?? null,
    clientId: m.clientId ?? '',
    clientHost: m.clientHost ?? '',
    assignment: decodedAssignment(protocolType, (m.memberAssignment as Uint8Array | undefined) ?? new Uint8Array(0)),
  }))
  const owner = new Map<string, string>()
  for (const m of members) for (const a of m.assignment ?? []) for (const p of a.partitions) owner.set(`${a.topic}\u0000${p}`, m.memberId)

  const offsets: GroupOffsetView[] = []
  let totalLag = 0
  const seen = new Set<string>()
  for (const entry of service.consumerLag(groupId)) {
    const key = `${entry.topic}\u0000${entry.partition}`
    seen.add(key)
    const lag = entry.lag < 0n ? null : Number(entry.lag)
    if (lag !== null) totalLag += lag
    offsets.push({ topic: entry.topic, partition: entry.partition, committedOffset: Number(entry.committedOffset), logEndOffset: Number(entry.endOffset), lag, memberId: owner.get(key) ?? null })
  }
  // Assigned partitions with nothing committed yet, as kafka-consumer-groups shows them ("-").
  for (const m of members) {
    for (const a of m.assignment ?? []) {
      for (const partition of a.partitions) {
        if (seen.has(`${a.topic}\u0000${partition}`)) continue
        offsets.push({ topic: a.topic, partition, committedOffset: null, logEndOffset: endOffsetOf(engine, a.topic, partition), lag: null, memberId: m.memberId })
      }
    }
  }
  offsets.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition))
  return {
    group: groupId,
    state: snapshot.state,
    protocolType,
    protocol: snapshot.protocolName ?? '',
    generation: snapshot.generationId,
    leader: snapshot.leaderId,
    members,
    offsets,
    totalLag,
  }
}

/** The offsets to commit per partition, from a reset body; clamped to each partition's range, as Kafka does. */
async function resolveOffsets(engine: Engine, body: Record<string, unknown>): Promise<{ topic: string; targets: Map<number, number> }> {
  if (typeof body.topic !== 'string' || body.topic === '') throw new HttpError(400, 'the body needs "topic": the topic whose committed offsets to set')
  const topic = body.topic
  const info = engine.describeTopic(topic)
  const count = info.partitions.length
  const targets = new Map<number, number>()
  const clamp = (partition: number, offset: number): number => {
    const { headOffset, nextOffset } = info.partitions[partition]
    return Math.min(Math.max(offset, headOffset), nextOffset)
  }
  const checkPartition = (value: unknown, what: string): number => {
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= count) {
      throw new HttpError(400, `${what} must be a partition of ${topic} (0 to ${count - 1}), got ${JSON.stringify(value)}`, 'INVALID_PARTITION')
    }
    return value as number
  }
  if (body.offsets !== undefined) {
    if (body.to !== undefined || body.partitions !== undefined) throw new HttpError(400, 'give either "offsets": {"P": O} or "to" (with "partitions"?), not both')
    if (body.offsets === null || typeof body.offsets !== 'object' || Array.isArray(body.offsets)) throw new HttpError(400, '"offsets" must be an object {"partition": offset}')
    for (const [p, o] of Object.entries(body.offsets as Record<string, unknown>)) {
      const partition = checkPartition(Number(p), `"offsets" key ${JSON.stringify(p)}`)
      if (!Number.isSafeInteger(o) || (o as number) < 0) throw new HttpError(400, `"offsets"."${p}" must be a non-negative integer, got ${JSON.stringify(o)}`)
      targets.set(partition, clamp(partition, o as number))
    }
    if (targets.size === 0) throw new HttpError(400, '"offsets" names no partition')
    return { topic, targets }
  }
  let partitions: number[]
  if (body.partitions === undefined || body.partitions === null) partitions = info.partitions.map((p) => p.partition)
  else {
    if (!Array.isArray(body.partitions) || body.partitions.length === 0 || body.partitions.length > resetPartitionsMax) throw new HttpError(400, '"partitions" must be a non-empty array of partition numbers')
    partitions = [...new Set(body.partitions.map((p, i) => checkPartition(p, `partitions[${i}]`)))]
  }
  const to = body.to
  const toHelp = '"to" must be "earliest", "latest", an offset, or {"timestamp": milliseconds or ISO date}'
  for (const partition of partitions) {
    const { headOffset, nextOffset } = info.partitions[partition]
    if (to === 'earliest') targets.set(partition, headOffset)
    else if (to === 'latest') targets.set(partition, nextOffset)
    else if (typeof to === 'number') {
      if (!Number.isSafeInteger(to) || to < 0) throw new HttpError(400, `${toHelp}; got ${to}`)
      targets.set(partition, clamp(partition, to))
    } else if (to !== null && typeof to === 'object' && 'timestamp' in to) {
      const raw = (to as { timestamp: unknown }).timestamp
      const ms = typeof raw === 'number' ? raw : typeof raw === 'string' ? Date.parse(raw) : NaN
      if (!Number.isFinite(ms)) throw new HttpError(400, `"to"."timestamp" must be milliseconds since 1970 or an ISO date like 2026-01-31T12:00:00Z, got ${JSON.stringify(raw)}`)
      // Kafka: the first offset at or after the time; the log end when every record is older.
      const found = await engine.offsetForTimestamp(topic, partition, ms)
      targets.set(partition, found === null ? nextOffset : clamp(partition, found))
    } else throw new HttpError(400, `${toHelp}; got ${JSON.stringify(to)}`)
  }
  return { topic, targets }
}

const commitErrors: Record<number, { status: number; code: string; message: string }> = {
  [CoordinatorError.UNKNOWN_MEMBER_ID]: { status: 409, code: 'GROUP_ACTIVE', message: 'members joined the group meanwhile: stop its consumers and try again' },
  [CoordinatorError.COORDINATOR_LOAD_IN_PROGRESS]: { status: 503, code: 'COORDINATOR_LOADING', message: 'the group coordinator is still loading: retry in a moment' },
  [CoordinatorError.COORDINATOR_NOT_AVAILABLE]: { status: 503, code: 'COORDINATOR_NOT_AVAILABLE', message: 'writing to __consumer_offsets failed or the group is being deleted: retry' },
  [CoordinatorError.UNKNOWN_TOPIC_OR_PARTITION]: { status: 404, code: 'UNKNOWN_TOPIC', message: 'the partition no longer exists' },
}

/**
 * Sets a group's committed offsets for one topic through the coordinator (a "simple" commit, generation -1
 * and no member id, which Kafka allows only for groups without members), so they land in
 * __consumer_offsets like a client's commit. Returns what changes; with dryRun nothing is written.
 */
export async function setGroupOffsets(engine: Engine, groupId: string, body: Record<string, unknown>): Promise<{ group: string; topic: string; dryRun: boolean; partitions: OffsetChange[] }> {
  const groups = (await groupsOf(engine)).coordinator
  if (body.dryRun !== undefined && typeof body.dryRun !== 'boolean') throw new HttpError(400, `"dryRun" must be true or false, got ${JSON.stringify(body.dryRun)}`)
  const dryRun = body.dryRun === true
  const snapshot = groups.describe(groupId)
  if (snapshot !== undefined && snapshot.state !== 'Empty' && snapshot.state !== 'Dead') {
    throw new HttpError(
      409,
      `offsets of group ${JSON.stringify(groupId)} can only be set while it has no active members, but it is ${snapshot.state} with ${snapshot.members.length} member${snapshot.members.length === 1 ? '' : 's'}: stop its consumers (their sessions end after session.timeout.ms) and try again`,
      'GROUP_ACTIVE',
    )
  }
  const { topic, targets } = await resolveOffsets(engine, body)
  const partitions: OffsetChange[] = [...targets]
    .sort((a, b) => a[0] - b[0])
    .map(([partition, newOffset]) => {
      const previous = groups.offsets.get(groupId, topic, partition)
      return { partition, previousOffset: previous === undefined ? null : Number(previous.offset), newOffset }
    })
  if (!dryRun) {
    const answer = await groups.offsetCommit(
      {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [{ name: topic, partitions: partitions.map((p) => ({ partitionIndex: p.partition, committedOffset: BigInt(p.newOffset), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })) }],
      },
      8,
    )
    for (const t of answer.topics ?? []) {
      for (const p of t.partitions ?? []) {
        const code = p.errorCode ?? 0
        if (code === CoordinatorError.NONE) continue
        const known = commitErrors[code]
        throw new HttpError(known?.status ?? 500, `committing offsets of group ${JSON.stringify(groupId)} for ${topic} partition ${p.partitionIndex} failed: ${known?.message ?? `Kafka error ${code}`}`, known?.code ?? 'COMMIT_FAILED')
      }
    }
  }
  return { group: groupId, topic, dryRun, partitions }
}

export async function deleteGroup(engine: Engine, groupId: string): Promise<void> {
  const groups = (await groupsOf(engine)).coordinator
  const result = (await groups.deleteGroups({ groupsNames: [groupId] }, 2)).results?.[0]
  const code = result?.errorCode ?? CoordinatorError.UNKNOWN_SERVER_ERROR
  if (code === CoordinatorError.NONE) return
  if (code === CoordinatorError.GROUP_ID_NOT_FOUND) notFound(groupId)
  if (code === CoordinatorError.NON_EMPTY_GROUP) {
    throw new HttpError(409, `group ${JSON.stringify(groupId)} still has active members: stop its consumers (their sessions end after session.timeout.ms) and try again`, 'GROUP_ACTIVE')
  }
  throw new HttpError(503, `deleting group ${JSON.stringify(groupId)} failed with Kafka error ${code}: retry in a moment`, 'COORDINATOR_NOT_AVAILABLE')
}

function groupPath(pathname: string): { id: string; rest: string } | null {
  const match = /^\/api\/groups\/([^/]+)(\/offsets)?\/?$/.exec(pathname)
  if (match === null) return null
  try {
    return { id: decodeURIComponent(match[1]), rest: match[2] ?? '' }
  } catch {
    throw new HttpError(400, `the group in ${pathname} is not valid percent-encoding`)
  }
}

export async function handleGroups(engine: Engine, request: IncomingMessage, response: ServerResponse, url: URL, bodyBytesMax: number): Promise<void> {
  const method = request.method ?? 'GET'
  const path = url.pathname
  const notAllowed = (allowed: string): never => {
    throw new HttpError(405, `${method} is not allowed on ${path}; use ${allowed}`, 'METHOD_NOT_ALLOWED')
  }
  if (path === '/api/groups' || path === '/api/groups/') {
    if (method !== 'GET') notAllowed('GET')
    return sendJson(response, 200, { groups: await listGroups(engine) })
  }
  const group = groupPath(path)
  if (group === null) throw new HttpError(404, `no admin route ${method} ${path}; see docs/operations.md for /api/groups, /api/groups/:id and /api/groups/:id/offsets`, 'NOT_FOUND')
  if (group.rest === '') {
    if (method === 'GET') return sendJson(response, 200, await describeGroup(engine, group.id))
    if (method === 'DELETE') {
      await deleteGroup(engine, group.id)
      return sendJson(response, 200, { deleted: group.id })
    }
    notAllowed('GET or DELETE')
  }
  if (method !== 'POST') notAllowed('POST')
  const body = (await readJsonBody(request, bodyBytesMax)) as Record<string, unknown> | null
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'the body must be {"topic", "partitions"?, "to": "earliest"|"latest"|OFFSET|{"timestamp"}, "dryRun"?} or {"topic", "offsets": {"P": O}}')
  }
  return sendJson(response, 200, await setGroupOffsets(engine, group.id, body))
}
