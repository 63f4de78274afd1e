// Fetch: whole record batches from a fetch offset, every version (topic names up to v12, topic ids from
// v13), long poll with max wait / min bytes, response and per-partition byte limits (Kafka's KIP-74 rule:
// the first batch of the first non-empty partition is returned even when larger than the limits, so a
// consumer always makes progress). No fetch sessions: the response's session id 0 tells clients to keep
// sending full fetch requests. No transactions: last stable offset = high watermark, and
// read_committed reads what read_uncommitted reads.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode, errorCodeOf } from '../error-codes.js'
import type { WatchedPartition } from '../fetch-wait.js'
import type { FetchRequest, FetchResponse, FetchResponseFetchableTopicResponse, FetchResponsePartitionData } from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { OffsetOutOfRangeError } from '../../engine/errors.js'

type PartitionOut = MessageInit<FetchResponsePartitionData>

const topicIdsFetchVersionMin = 13

interface Wanted {
  readonly topicIndex: number
  readonly name: string | null
  readonly partition: number
  readonly fetchOffset: number
  readonly partitionMaxBytes: number
}

interface ReadResult {
  readonly partitions: PartitionOut[]
  readonly bytes: number
  readonly errors: boolean
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/** Reads every wanted partition once, within the response and partition limits. */
async function readOnce(ctx: BrokerContext, wanted: readonly Wanted[], responseBytesMax: number, readCommitted: boolean): Promise<ReadResult> {
  const partitions: PartitionOut[] = []
  let bytes = 0
  let errors = false
  for (const w of wanted) {
    const base = { partitionIndex: w.partition, abortedTransactions: readCommitted ? [] : null }
    if (w.name === null) {
      partitions.push({ ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_ID, highWatermark: -1n, lastStableOffset: -1n, logStartOffset: -1n, records: new Uint8Array(0) })
      errors = true
      continue
    }
    try {
      const chunks: Uint8Array[] = []
      let got = 0
      let offset = w.fetchOffset
      let logStartOffset = 0
      let highWatermark = 0
      const limit = Math.min(w.partitionMaxBytes, responseBytesMax - bytes)
      // Nothing read yet in the response: this partition may exceed the limits by one batch.
      const mayExceed = bytes === 0
      for (;;) {
        const room = limit - got
        const r = await ctx.engine.readBatches(w.name, w.partition, offset, Math.max(room, 0))
        logStartOffset = r.logStartOffset
        highWatermark = r.highWatermark
        if (r.bytes.byteLength === 0) break
        if (r.bytes.byteLength > room && !(mayExceed && got === 0)) break
        chunks.push(r.bytes)
        got += r.bytes.byteLength
        offset = r.nextOffset
        if (got >= limit || offset >= r.highWatermark) break
      }
      bytes += got
      partitions.push({
        ...base,
        errorCode: ErrorCode.NONE,
        highWatermark: BigInt(highWatermark),
        lastStableOffset: BigInt(highWatermark),
        logStartOffset: BigInt(logStartOffset),
        records: concat(chunks, got),
      })
    } catch (error) {
      errors = true
      const { code } = errorCodeOf(error)
      const range = error instanceof OffsetOutOfRangeError
      partitions.push({
        ...base,
        errorCode: code,
        highWatermark: range ? BigInt(error.highWatermark) : -1n,
        lastStableOffset: range ? BigInt(error.highWatermark) : -1n,
        logStartOffset: range ? BigInt(error.logStartOffset) : -1n,
        records: new Uint8Array(0),
      })
    }
  }
  return { partitions, bytes, errors }
}

export async function handleFetch(ctx: BrokerContext, req: RequestInfo<FetchRequest>): Promise<MessageInit<FetchResponse>> {
  const { body, apiVersion } = req
  const byIds = apiVersion >= topicIdsFetchVersionMin
  // An incremental fetch needs a session this broker never hands out.
  if (apiVersion >= 7 && body.sessionId !== 0) {
    return { errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND, sessionId: 0, responses: [] }
  }
  const wanted: Wanted[] = []
  const names: (string | null)[] = []
  body.topics.forEach((t, topicIndex) => {
    const name = byIds ? (ctx.topicIds.nameOf(t.topicId) ?? null) : t.topic
    names.push(name)
    for (const p of t.partitions) {
      wanted.push({ topicIndex, name, partition: p.partition, fetchOffset: Number(p.fetchOffset), partitionMaxBytes: p.partitionMaxBytes })
    }
  })
  if (wanted.length > ctx.settings.fetchPartitionsMax) {
    return { errorCode: ErrorCode.INVALID_REQUEST, sessionId: 0, responses: [] }
  }
  const responseBytesMax = Math.min(apiVersion >= 3 ? body.maxBytes : ctx.settings.fetchResponseBytesMax, ctx.settings.fetchResponseBytesMax)
  const readCommitted = apiVersion >= 4 && body.isolationLevel === 1
  const waitMs = Math.min(Math.max(body.maxWaitMs, 0), ctx.settings.fetchWaitMsMax)
  const deadline = performance.now() + waitMs
  const watched: WatchedPartition[] = wanted.filter((w) => w.name !== null).map((w) => ({ topic: w.name as string, partition: w.partition }))
  let result: ReadResult
  for (;;) {
    const targets = ctx.waiter.snapshot(watched)
    result = await readOnce(ctx, wanted, responseBytesMax, readCommitted)
    const left = deadline - performance.now()
    if (result.bytes >= body.minBytes || result.errors || left <= 0 || ctx.stop.stopped || wanted.length === 0) break
    await ctx.waiter.wait(targets, left, ctx.stop)
  }
  const responses: MessageInit<FetchResponseFetchableTopicResponse>[] = body.topics.map((t, i) => ({
    ...(byIds ? { topicId: t.topicId } : { topic: names[i] ?? t.topic }),
    partitions: [] as PartitionOut[],
  }))
  for (let i = 0; i < wanted.length; i++) (responses[wanted[i].topicIndex].partitions as PartitionOut[]).push(result.partitions[i])
  return { errorCode: ErrorCode.NONE, sessionId: 0, responses }
}
