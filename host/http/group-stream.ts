// Group consume streams: `GET /api/topics/:name/records?group=G` (what `sluice consume --group G` opens)
// hosts an embedded group member (engine.subscribe(topic, { group }), host/engine/group-member.ts) for the
// lifetime of one HTTP response, as `rpk topic consume -g` and kafka-console-consumer --group are members
// for the lifetime of their process. The member joins G in the engine's coordinator (shared with Kafka
// clients), reads the partitions G assigns it from G's committed offsets, and the response streams NDJSON:
//
//   {"event":"open","stream":ID,"group":G,"topic":T}       first line; DELETE /api/streams/ID ends it
//   {"event":"assigned","partitions":[0,2],"memberId":M,"generation":N}   after each rebalance
//   {"event":"revoked","partitions":[0,2]}
//   {"partition":0,"offset":12,"timestamp":...,"key":...,"value":...,"headers":[...]}   one per record
//   {"event":"keepalive"}                                  every keepaliveMs without records
//   {"event":"end","reason":"count"|"caught-up"|"stopped"|"idle"|"shutdown"|"closed"}   last line
//   {"event":"error","error":MESSAGE,"code":CODE}           last line when the member failed
//
// Commits: the member does not auto-commit. After a batch of record lines has been handed to the socket
// (the write callback), the member commits the offset after the last of them per partition. So a record
// is committed only once its line was written; lines written but not committed when a rebalance moves the
// partition are read again by its next owner (at-least-once). The stream ends when the client disconnects
// too; lines in flight then may be committed without being printed, which is why the CLI stops through
// DELETE /api/streams/ID and reads to the end line instead of hanging up.

import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { GroupSubscription, TopicPartition } from '../engine/group-member.js'
import type { Message } from '../engine/record-format.js'
import { countRecordsOut } from '../metrics/registry.js'
import { type AdminContext, integerParam, parseEncoding, recordBytesOf, toConsumed } from './admin.js'
import { HttpError, errorResponse, sendJson } from './respond.js'

/** A line every this often without records, so a dead peer is found (the write fails) and proxies keep the stream. */
const keepaliveMs = 10_000
/** Longest ?exitIdleMs= (how long "caught up" waits for more records). */
const exitIdleMsMax = 300_000
/** How long close() of the member may take before the response ends anyway. */
const closeWaitMs = 5_000

type EndReason = 'count' | 'caught-up' | 'stopped' | 'idle' | 'shutdown' | 'closed' | 'disconnected'

interface OpenStream {
  stop(reason: EndReason): void
}

/** The open streams of each server (its admin context), by id: the limit and DELETE /api/streams/:id. */
const streamsByContext = new WeakMap<AdminContext, Map<string, OpenStream>>()

function streamsOf(context: AdminContext): Map<string, OpenStream> {
  let streams = streamsByContext.get(context)
  if (streams === undefined) {
    const open = new Map<string, OpenStream>()
    streamsByContext.set(context, open)
    // One handler per server, not one per stream on a promise that lives as long as the server.
    void context.stopping.then(() => {
      for (const stream of open.values()) stream.stop('shutdown')
    })
    streams = open
  }
  return streams
}

/** DELETE /api/streams/:id: ends a group stream as --count would (the member commits what was written, then leaves). */
export function stopGroupStream(context: AdminContext, id: string, response: ServerResponse): void {
  const stream = streamsOf(context).get(id)
  if (stream === undefined) throw new HttpError(404, `no open group stream ${JSON.stringify(id)}: it ended already, or it was opened on another server`, 'UNKNOWN_STREAM')
  stream.stop('stopped')
  sendJson(response, 200, { stopped: id })
}

export async function streamGroupRecords(context: AdminContext, topic: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const params = url.searchParams
  const group = params.get('group') ?? ''
  if (group === '') throw new HttpError(400, 'group= needs a group id')
  if (params.get('partition') !== null) throw new HttpError(400, 'partition= does not go with group=: the group assigns the partitions', 'INVALID_PARTITION')
  const from = params.get('from') ?? 'earliest'
  if (from !== 'earliest' && from !== 'latest') {
    throw new HttpError(400, `with group=, from= is where partitions without a committed offset start (auto.offset.reset): earliest or latest, got ${JSON.stringify(from)}`)
  }
  const count = params.get('count') === null ? Infinity : integerParam('count', params.get('count'), 1, 1, Number.MAX_SAFE_INTEGER)
  const exitIdleMs = params.get('exitIdleMs') === null ? Infinity : integerParam('exitIdleMs', params.get('exitIdleMs'), 0, 0, exitIdleMsMax)
  const encoding = parseEncoding(params.get('encoding') ?? undefined)
  const limits = context.limits()
  const streamsMax = limits.groupStreamsMax ?? 64
  const idleMs = limits.groupStreamIdleMs ?? 0
  const streams = streamsOf(context)
  if (streams.size >= streamsMax) {
    throw new HttpError(
      429,
      `this server already has ${streams.size} group consume stream${streams.size === 1 ? '' : 's'} open, its limit (http.group_streams_max = ${streamsMax}): stop one, or raise the limit`,
      'GROUP_STREAMS_MAX',
    )
  }

  const id = randomUUID()
  let reason: EndReason | null = null
  let wake: () => void = () => {}
  const stop = (why: EndReason): void => {
    reason ??= why
    wake()
  }
  streams.set(id, { stop })
  let member: GroupSubscription | null = null
  let lastRecordAt = Date.now()
  let assignedAt: number | null = null
  // Lines go out in order: the member's callbacks and the read loop both write.
  const write = (lines: string[]): Promise<void> =>
    new Promise((resolve, reject) => {
      if (response.destroyed || response.writableEnded) return reject(new Error('the client disconnected'))
      response.write(lines.join('\n') + '\n', (error) => (error ? reject(error) : resolve()))
    })
  const control = (fields: Record<string, unknown>): string => JSON.stringify(fields)
  const partitionsOf = (list: TopicPartition[]): number[] => list.filter((p) => p.topic === topic).map((p) => p.partition).sort((a, b) => a - b)
  try {
    member = context.engine.subscribe(topic, {
      group,
      autoOffsetReset: from,
      autoCommit: false, // committed below, after the lines are written
      clientId: 'sluice-cli',
      spinMicros: 0, // an HTTP stream must not burn a core while it waits
      onAssigned: async (partitions) => {
        assignedAt = Date.now()
        await write([control({ event: 'assigned', partitions: partitionsOf(partitions), memberId: member?.memberId, generation: member?.generationId })]).catch(() => {})
      },
      onRevoked: async (partitions) => {
        assignedAt = null
        await write([control({ event: 'revoked', partitions: partitionsOf(partitions) })]).catch(() => {})
      },
    })
  } catch (error) {
    streams.delete(id)
    throw error
  }
  const joined = member
  response.once('close', () => stop('disconnected'))
  response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-sluice-stream': id })
  context.log?.('group stream opened', { stream: id, group, topic, clientAddress: request.socket.remoteAddress })

  let written = 0
  let failure: unknown = null
  let pending: Promise<Message[]> | null = null
  let lastLineAt = Date.now()
  try {
    await write([control({ event: 'open', stream: id, group, topic })])
    while (reason === null) {
      if (pending === null) {
        pending = joined.nextBatch()
        pending.catch(() => {}) // a read left behind when the stream ends may reject (the member failed)
      }
      const now = Date.now()
      const deadlines = [lastLineAt + keepaliveMs]
      if (idleMs > 0) deadlines.push(lastRecordAt + idleMs)
      if (exitIdleMs !== Infinity && assignedAt !== null) deadlines.push(Math.max(assignedAt, lastRecordAt) + exitIdleMs)
      let timer: ReturnType<typeof setTimeout> | undefined
      const woken = new Promise<null>((resolve) => {
        wake = () => resolve(null)
        timer = setTimeout(() => resolve(null), Math.max(1, Math.min(...deadlines) - now))
      })
      const batch = await Promise.race([pending, woken])
      clearTimeout(timer)
      if (reason !== null) break
      if (batch === null) {
        const at = Date.now()
        if (idleMs > 0 && at - lastRecordAt >= idleMs) stop('idle')
        else if (exitIdleMs !== Infinity && assignedAt !== null && at - Math.max(assignedAt, lastRecordAt) >= exitIdleMs) stop('caught-up')
        else if (at - lastLineAt >= keepaliveMs) {
          await write([control({ event: 'keepalive' })])
          lastLineAt = at
        }
        continue
      }
      pending = null
      if (batch.length === 0) {
        stop('closed') // the engine closed, or the topic was deleted
        break
      }
      const taken = batch.length > count - written ? batch.slice(0, count - written) : batch
      const lines: string[] = []
      const positions = new Map<number, number>()
      let bytes = 0
      for (const message of taken) {
        lines.push(JSON.stringify(toConsumed(message, encoding)))
        positions.set(message.partition, message.offset + 1)
        bytes += recordBytesOf(message)
      }
      await write(lines)
      written += taken.length
      lastRecordAt = lastLineAt = Date.now()
      countRecordsOut(topic, taken.length, bytes)
      // Refused when a rebalance moved the partitions meanwhile: their next owner reads these records again.
      await joined.commit([...positions].map(([partition, offset]) => ({ topic, partition, offset }))).catch((error: unknown) => {
        if ((error as { name?: string }).name !== 'GroupError') throw error
        context.log?.('group stream commit refused', { stream: id, group, topic, error: (error as Error).message })
      })
      if (written >= count) stop('count')
    }
  } catch (error) {
    failure = error
  } finally {
    streams.delete(id)
    // Leave before the last line, so a client that reads it finds the group without this member.
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([joined.close().catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, closeWaitMs)))])
    clearTimeout(timer)
  }
  context.log?.('group stream closed', { stream: id, group, topic, records: written, reason: failure === null ? reason : 'error' })
  if (response.destroyed || response.writableEnded) return
  if (failure !== null) {
    const { body } = errorResponse(failure)
    response.end(control({ event: 'error', ...body }) + '\n')
  } else response.end(control({ event: 'end', reason }) + '\n')
}
