// The ingest wire format (docs/ingest.md), host side: constants mirrored from assembly/frame.ts, the
// priority-class mapping, and encoders/decoders for clients, tests and benchmarks.
//
// Frame  => length:u32be priority:u8 topic_length:u16be topic:bytes payload:bytes
//           (length counts everything after itself)
// Extended frame (v1) => the topic field is  0x00 'S' 'X' 0x01 flags:u8 [key:u64be] [ack_id:u32be] name
//           flags: 1 = idempotency key present, 2 = ack requested
// Ack (server -> client, v1) => length:u32be(=20) 0x00 'S' 'A' 0x01 ack_id:u32be status:u8 reason:u8
//           reserved:u16 offset:i64be (-1 unless published)

export const frameHeaderBytes = 3
export const frameTupleWords = 12
export const frameOutHeaderBytes = 64
export const FrameStatus = { ok: 0, topicLength: 1, illegalTopic: 2, badExtension: 3 } as const
export const FrameFatal = { none: 0, lengthShort: 1, lengthLong: 2 } as const
export const ExtensionFlag = { key: 1, ack: 2 } as const
export const extensionMagic = Uint8Array.of(0x00, 0x53, 0x58, 0x01)
export const ackMagic = Uint8Array.of(0x00, 0x53, 0x41, 0x01)
export const ackFrameBytes = 24

/** Default largest frame (length prefix value) accepted. */
export const frameBytesMaxDefault = 1024 * 1024

/** Priority classes, most urgent first; the index is the class number used in rings and counters. */
export const priorityClasses = ['realtime', 'transactional', 'batch'] as const
export type PriorityClass = (typeof priorityClasses)[number]
export const ClassIndex = { realtime: 0, transactional: 1, batch: 2 } as const

/**
 * The priority byte's meaning: higher is more urgent. 192-255 realtime, 64-191 transactional, 0-63 batch.
 * (The seed client's priority 5 is batch.) Within a class the byte orders nothing: classes are queues.
 */
export function classOfPriority(priority: number): number {
  return priority >= 192 ? ClassIndex.realtime : priority >= 64 ? ClassIndex.transactional : ClassIndex.batch
}

export const AckStatus = { published: 0, duplicate: 1, deadLettered: 2 } as const
export type AckStatusName = 'published' | 'duplicate' | 'dead-lettered'
const ackStatusNames: AckStatusName[] = ['published', 'duplicate', 'dead-lettered']

/** Why an event went to the dead-letter topic; the code is the ack's reason byte. */
export const DeadLetterReason = {
  none: 0,
  illegalTopic: 1,
  unknownTopic: 2,
  shedDropping: 3,
  shedEmergency: 4,
  paused: 5,
  draining: 6,
  queueFull: 7,
  publishFailed: 8,
  badExtension: 9,
} as const
export const deadLetterReasonNames = ['none', 'illegal-topic', 'unknown-topic', 'shed-dropping', 'shed-emergency', 'paused', 'draining', 'queue-full', 'publish-failed', 'bad-extension'] as const

const encoder = new TextEncoder()

function bytesOf(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value
}

/** A plain frame, byte for byte what the Python client sends. */
export function encodeFrame(topic: string, payload: string | Uint8Array, priority = 5): Uint8Array {
  const topicBytes = bytesOf(topic)
  const payloadBytes = bytesOf(payload)
  const frame = new Uint8Array(4 + frameHeaderBytes + topicBytes.length + payloadBytes.length)
  const view = new DataView(frame.buffer)
  view.setUint32(0, frame.length - 4)
  view.setUint8(4, priority)
  view.setUint16(5, topicBytes.length)
  frame.set(topicBytes, 7)
  frame.set(payloadBytes, 7 + topicBytes.length)
  return frame
}

export interface ExtendedFrameOptions {
  priority?: number
  /** Idempotency key, 0 .. 2^64-1 (0 and 2^64-1 are the same key to the dedup table). */
  key?: bigint
  /** Correlation id echoed in the ack; requesting one makes the server answer this frame. */
  ackId?: number
}

/** An extended (v1) frame: idempotency key and/or ack request. */
export function encodeExtendedFrame(topic: string, payload: string | Uint8Array, options: ExtendedFrameOptions): Uint8Array {
  const name = bytesOf(topic)
  const payloadBytes = bytesOf(payload)
  const flags = (options.key !== undefined ? ExtensionFlag.key : 0) | (options.ackId !== undefined ? ExtensionFlag.ack : 0)
  const topicFieldBytes = 5 + (options.key !== undefined ? 8 : 0) + (options.ackId !== undefined ? 4 : 0) + name.length
  const frame = new Uint8Array(4 + frameHeaderBytes + topicFieldBytes + payloadBytes.length)
  const view = new DataView(frame.buffer)
  view.setUint32(0, frame.length - 4)
  view.setUint8(4, options.priority ?? 5)
  view.setUint16(5, topicFieldBytes)
  frame.set(extensionMagic, 7)
  view.setUint8(11, flags)
  let at = 12
  if (options.key !== undefined) {
    view.setBigUint64(at, BigInt.asUintN(64, options.key))
    at += 8
  }
  if (options.ackId !== undefined) {
    view.setUint32(at, options.ackId >>> 0)
    at += 4
  }
  frame.set(name, at)
  frame.set(payloadBytes, at + name.length)
  return frame
}

export interface Ack {
  readonly ackId: number
  readonly status: AckStatusName
  /** Dead-letter reason name when status is 'dead-lettered', else 'none'. */
  readonly reason: string
  /** Partition and offset of the published record; -1 unless status is 'published'. */
  readonly partition: number
  readonly offset: number
}

export function encodeAck(target: Uint8Array, at: number, ackId: number, status: number, reason: number, partition: number, offset: number): void {
  const view = new DataView(target.buffer, target.byteOffset + at, ackFrameBytes)
  view.setUint32(0, ackFrameBytes - 4)
  target.set(ackMagic, at + 4)
  view.setUint32(8, ackId >>> 0)
  view.setUint8(12, status)
  view.setUint8(13, reason)
  view.setUint16(14, partition < 0 ? 0xffff : Math.min(partition, 0xfffe))
  view.setBigInt64(16, BigInt(offset))
}

/** Decodes the acks in `bytes` (whole ack frames only); returns them and the bytes consumed. */
export function decodeAcks(bytes: Uint8Array): { acks: Ack[]; consumed: number } {
  const acks: Ack[] = []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 0
  while (bytes.length - at >= ackFrameBytes) {
    if (view.getUint32(at) !== ackFrameBytes - 4 || bytes[at + 4] !== 0 || bytes[at + 5] !== 0x53 || bytes[at + 6] !== 0x41 || bytes[at + 7] !== 1) {
      throw new Error(`not an ingest ack at byte ${at}`)
    }
    const status = view.getUint8(at + 12)
    const partition = view.getUint16(at + 14)
    acks.push({
      ackId: view.getUint32(at + 8),
      status: ackStatusNames[status] ?? 'dead-lettered',
      reason: deadLetterReasonNames[view.getUint8(at + 13)] ?? 'unknown',
      partition: partition === 0xffff ? -1 : partition,
      offset: Number(view.getBigInt64(at + 16)),
    })
    at += ackFrameBytes
  }
  return { acks, consumed: at }
}
