// ListOffsets (earliest, latest, max timestamp, by timestamp) and OffsetForLeaderEpoch (one leader
// epoch, 0, that ends at the high watermark).

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode, errorCodeOf } from '../error-codes.js'
import type {
  ListOffsetsRequest,
  ListOffsetsResponse,
  ListOffsetsResponseListOffsetsPartitionResponse,
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochResponse,
} from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { forEachRecordInBatch } from '../../engine/record-format.js'

export const LATEST_TIMESTAMP = -1n
export const EARLIEST_TIMESTAMP = -2n
export const MAX_TIMESTAMP = -3n
export const EARLIEST_LOCAL_TIMESTAMP = -4n
export const LATEST_TIERED_TIMESTAMP = -5n

/** Bytes read per step while scanning a partition's batches for a timestamp. */
const scanStepBytes = 1024 * 1024

interface Found {
  readonly offset: number
  readonly timestamp: bigint
}

/**
 * The first record of a batch with timestamp >= `target` (compressed batches are decompressed), or null if
 * its records cannot be read (then the batch's base offset stands for it).
 */
function firstRecordAtOrAfter(batch: Uint8Array, baseOffset: number, target: bigint): Found | null {
  let found: Found | null = null
  try {
    forEachRecordInBatch(batch, 0, batch.byteLength, baseOffset, 0, (offset, timestamp) => {
      if (found === null && BigInt(timestamp) >= target) found = { offset, timestamp: BigInt(timestamp) }
    })
  } catch {
    // Compressed with no decompressor installed, or a record past the batch's end: what was found stands.
  }
  return found
}

/** Scans the partition's batches: the first record with timestamp >= target, or the one with the largest (MAX_TIMESTAMP). */
async function scan(ctx: BrokerContext, topic: string, partition: number, target: bigint): Promise<Found | null> {
  let offset = ctx.engine.describeTopic(topic).partitions[partition].headOffset
  let best: Found | null = null
  let scannedBytes = 0
  while (scannedBytes < ctx.settings.timestampScanBytesMax) {
    const r = await ctx.engine.readBatches(topic, partition, offset, scanStepBytes)
    if (r.bytes.byteLength === 0) break
    scannedBytes += r.bytes.byteLength
    const all = new DataView(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength)
    for (let at = 0; at + 61 <= r.bytes.byteLength; ) {
      const batchBytes = 12 + all.getInt32(at + 8)
      const batch = r.bytes.subarray(at, at + batchBytes)
      const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength)
      const baseOffset = Number(view.getBigInt64(0))
      const maxTimestamp = view.getBigInt64(35)
      if (target === MAX_TIMESTAMP) {
        // The last record of the batch with the largest max timestamp (batch granularity).
        if (best === null || maxTimestamp > best.timestamp) best = { offset: baseOffset + view.getInt32(23), timestamp: maxTimestamp }
      } else if (maxTimestamp >= target) {
        return firstRecordAtOrAfter(batch, baseOffset, target) ?? { offset: baseOffset, timestamp: maxTimestamp }
      }
      at += batchBytes
    }
    if (r.nextOffset <= offset) break
    offset = r.nextOffset
    if (offset >= r.highWatermark) break
  }
  return best
}

type PartitionOut = MessageInit<ListOffsetsResponseListOffsetsPartitionResponse>

export async function handleListOffsets(ctx: BrokerContext, req: RequestInfo<ListOffsetsRequest>): Promise<MessageInit<ListOffsetsResponse>> {
  const { body, apiVersion } = req
  return {
    topics: await Promise.all(body.topics.map(async (t) => ({
      name: t.name,
      partitions: await Promise.all(t.partitions.map(async (p): Promise<PartitionOut> => {
        const answer = (offset: number, timestamp: bigint): PartitionOut => ({
          partitionIndex: p.partitionIndex,
          errorCode: ErrorCode.NONE,
          ...(apiVersion === 0 ? { oldStyleOffsets: offset < 0 ? [] : [BigInt(offset)] } : { timestamp, offset: BigInt(offset) }),
          ...(apiVersion >= 4 ? { leaderEpoch: offset < 0 ? -1 : 0 } : {}),
        })
        try {
          if (apiVersion >= 4 && p.currentLeaderEpoch > 0) {
            return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH }
          }
          const info = ctx.engine.describeTopic(t.name).partitions[p.partitionIndex]
          if (info === undefined) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION }
          const ts = p.timestamp
          if (ts === LATEST_TIMESTAMP) return answer(info.nextOffset, -1n)
          if (ts === EARLIEST_TIMESTAMP || ts === EARLIEST_LOCAL_TIMESTAMP) return answer(info.headOffset, -1n)
          if (ts === LATEST_TIERED_TIMESTAMP) return answer(-1, -1n) // no tiered storage
          if (ts < 0n && ts !== MAX_TIMESTAMP) {
            return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.INVALID_REQUEST }
          }
          const found = info.nextOffset > info.headOffset ? await scan(ctx, t.name, p.partitionIndex, ts) : null
          return found === null ? answer(-1, -1n) : answer(found.offset, found.timestamp)
        } catch (error) {
          return { partitionIndex: p.partitionIndex, errorCode: errorCodeOf(error).code }
        }
      })),
    }))),
  }
}

export async function handleOffsetForLeaderEpoch(ctx: BrokerContext, req: RequestInfo<OffsetForLeaderEpochRequest>): Promise<MessageInit<OffsetForLeaderEpochResponse>> {
  const { body, apiVersion } = req
  return {
    topics: body.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => {
        const out = (errorCode: number, leaderEpoch: number, endOffset: bigint) => ({ errorCode, partition: p.partition, ...(apiVersion >= 1 ? { leaderEpoch } : {}), endOffset })
        try {
          if (apiVersion >= 2 && p.currentLeaderEpoch > 0) return out(ErrorCode.UNKNOWN_LEADER_EPOCH, -1, -1n)
          const info = ctx.engine.describeTopic(t.topic).partitions[p.partition]
          if (info === undefined) return out(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1, -1n)
          // Epoch 0 is the only epoch: it ends at the log end; a later epoch is unknown (-1, -1).
          if (p.leaderEpoch > 0) return out(ErrorCode.NONE, -1, -1n)
          return out(ErrorCode.NONE, 0, BigInt(info.nextOffset))
        } catch (error) {
          return out(errorCodeOf(error).code, -1, -1n)
        }
      }),
    })),
  }
}
