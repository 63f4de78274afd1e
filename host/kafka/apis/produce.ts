// Produce: record batches appended as the producer sent them (validated by the engine: magic 2, lengths,
// offsets, CRC32C), acks 0 / 1 / -1. With one replica, acks=all is acknowledged once this broker has
// appended, like acks=1; acks=0 gets no response at all. Batches of idempotent producers (producer id >= 0)
// are checked against the partition's producer state: a retried batch answers its original base offset
// without being written again, a sequence gap OUT_OF_ORDER_SEQUENCE_NUMBER, an old epoch
// INVALID_PRODUCER_EPOCH.

import type { BrokerContext, RequestInfo } from '../context.js'
import { ErrorCode, errorCodeOf } from '../error-codes.js'
import type { ProduceRequest, ProduceResponse, ProduceResponsePartitionProduceResponse, ProduceResponseTopicProduceResponse } from '../protocol/index.js'
import type { MessageInit } from '../protocol/codec.js'
import { CLOSE_CONNECTION } from '../context.js'

type PartitionOut = MessageInit<ProduceResponsePartitionProduceResponse>

/** Compression codecs of RecordBatch attributes bits 0-2: none, gzip, snappy, lz4, zstd. */
const compressionCodecMax = 4
const zstdCodec = 4
/** zstd batches need Produce v7+ (KIP-110): older clients could not read them back. */
const zstdProduceVersionMin = 7

/** Checks what the engine does not: the topic's max.message.bytes and the compression codec. */
function precheck(records: Uint8Array, maxMessageBytes: number, apiVersion: number): { code: number; message: string } | null {
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength)
  for (let at = 0; at + 61 <= records.byteLength; ) {
    const batchBytes = 12 + view.getInt32(at + 8)
    if (batchBytes < 61) return null // the engine reports the bad length
    if (batchBytes > maxMessageBytes) {
      return { code: ErrorCode.MESSAGE_TOO_LARGE, message: `a record batch of ${batchBytes} bytes exceeds the topic's max.message.bytes of ${maxMessageBytes}` }
    }
    const codec = view.getInt16(at + 21) & 7
    if (codec > compressionCodecMax) return { code: ErrorCode.CORRUPT_MESSAGE, message: `unknown compression codec ${codec} in batch attributes` }
    if (codec === zstdCodec && apiVersion < zstdProduceVersionMin) {
      return { code: ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, message: `zstd batches need Produce v${zstdProduceVersionMin}+, got v${apiVersion}` }
    }
    at += batchBytes
  }
  return null
}

export async function handleProduce(ctx: BrokerContext, req: RequestInfo<ProduceRequest>): Promise<MessageInit<ProduceResponse> | null | typeof CLOSE_CONNECTION> {
  const { body, apiVersion } = req
  const acks = body.acks
  const acksValid = acks === 0 || acks === 1 || acks === -1
  const responses: MessageInit<ProduceResponseTopicProduceResponse>[] = []
  // Idempotent batches are checked against producer state, and every append of a partition is serialised
  // with the others (idempotent-appends.ts).
  const { appender } = await ctx.idempotence
  for (const topic of body.topicData) {
    const partitionResponses: PartitionOut[] = []
    let logStartOffsets: readonly { headOffset: number }[] | null = null
    for (const p of topic.partitionData) {
      const out = (errorCode: number, errorMessage: string | null, baseOffset = -1n, logStartOffset = -1n): PartitionOut => ({
        index: p.index,
        errorCode,
        baseOffset,
        logAppendTimeMs: -1n,
        logStartOffset,
        ...(apiVersion >= 8 ? { errorMessage } : {}),
      })
      if (!acksValid) {
        partitionResponses.push(out(ErrorCode.INVALID_REQUIRED_ACKS, `acks must be 0, 1 or -1 (all), got ${acks}`))
        continue
      }
      if (p.records === null || p.records.byteLength === 0) {
        partitionResponses.push(out(ErrorCode.CORRUPT_MESSAGE, 'the partition data holds no record batch'))
        continue
      }
      try {
        const problem = precheck(p.records, ctx.configs.maxMessageBytes(topic.name), apiVersion)
        if (problem !== null) {
          partitionResponses.push(out(problem.code, problem.message))
          continue
        }
        const appended = await appender.append(topic.name, p.index, p.records)
        if (appended.kind === 'error') {
          partitionResponses.push(out(appended.code, appended.message))
          continue
        }
        const baseOffset = appended.baseOffset
        logStartOffsets ??= ctx.engine.describeTopic(topic.name).partitions
        partitionResponses.push(out(ErrorCode.NONE, null, BigInt(baseOffset), BigInt(logStartOffsets[p.index]?.headOffset ?? 0)))
      } catch (error) {
        const { code, message } = errorCodeOf(error)
        partitionResponses.push(out(code, message))
      }
    }
    responses.push({ name: topic.name, partitionResponses })
  }
  if (acks === 0) {
    // No response to carry an error: Kafka closes the connection instead, so the producer notices
    // (it refreshes metadata and reconnects).
    const failed = responses.some((t) => (t.partitionResponses ?? []).some((p) => p.errorCode !== ErrorCode.NONE))
    return failed ? CLOSE_CONNECTION : null
  }
  return { responses }
}
