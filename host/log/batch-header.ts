// The few RecordBatch v2 header fields the log needs, read straight from the bytes. The full codec lives in
// record-batch.ts; the log reads only framing (offsets, length, timestamps) so that it stores and serves a
// producer's bytes unchanged, and checks the CRC so that it never serves a torn or corrupt batch.
//
// v2 header (big-endian): baseOffset int64 @0, batchLength int32 @8 (bytes after this field),
// partitionLeaderEpoch int32 @12, magic int8 @16, crc uint32 @17 (CRC32C of bytes 21..end), attributes
// int16 @21, lastOffsetDelta int32 @23, firstTimestamp int64 @27, maxTimestamp int64 @35, producerId int64
// @43, producerEpoch int16 @51, baseSequence int32 @53, recordCount int32 @57; records from @61.

export const batchHeaderBytes = 61
/** baseOffset (8) + batchLength (4): batchLength counts the bytes after these. */
export const batchLogOverheadBytes = 12
export const batchLengthAt = 8
export const batchMagicAt = 16
export const batchCrcAt = 17
export const batchCrcStartAt = 21
export const batchAttributesAt = 21
export const batchLastOffsetDeltaAt = 23
export const batchFirstTimestampAt = 27
export const batchMaxTimestampAt = 35
export const batchRecordCountAt = 57
export const batchMagicV2 = 2

/** attributes: bits 0-2 compression codec, bit 3 timestamp type (1 = LogAppendTime), bit 5 control batch. */
export const attributeCompressionMask = 0x07
export const attributeLogAppendTime = 0x08
export const attributeControl = 0x20

const twoPow32 = 4294967296

export function readInt32(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]
}

export function readUint32(bytes: Uint8Array, at: number): number {
  return readInt32(bytes, at) >>> 0
}

export function writeInt32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24
  bytes[at + 1] = value >>> 16
  bytes[at + 2] = value >>> 8
  bytes[at + 3] = value
}

/** int64 as a number: exact within +-2^53, which offsets and millisecond timestamps stay inside. */
export function readInt64(bytes: Uint8Array, at: number): number {
  return readInt32(bytes, at) * twoPow32 + readUint32(bytes, at + 4)
}

export function writeInt64(bytes: Uint8Array, at: number, value: number): void {
  const high = Math.floor(value / twoPow32)
  writeInt32(bytes, at, high | 0)
  writeInt32(bytes, at + 4, (value - high * twoPow32) >>> 0)
}

export const batchBaseOffset = (bytes: Uint8Array, at: number): number => readInt64(bytes, at)
/** Whole batch size in bytes, header included. */
export const batchTotalBytes = (bytes: Uint8Array, at: number): number => batchLogOverheadBytes + readInt32(bytes, at + batchLengthAt)
export const batchLastOffsetDelta = (bytes: Uint8Array, at: number): number => readInt32(bytes, at + batchLastOffsetDeltaAt)
export const batchMaxTimestamp = (bytes: Uint8Array, at: number): number => readInt64(bytes, at + batchMaxTimestampAt)
export const batchFirstTimestamp = (bytes: Uint8Array, at: number): number => readInt64(bytes, at + batchFirstTimestampAt)
export const batchAttributes = (bytes: Uint8Array, at: number): number => (bytes[at + batchAttributesAt] << 8) | bytes[at + batchAttributesAt + 1]

export type BatchProblem = 'truncated header' | 'bad length' | 'truncated batch' | 'bad magic' | 'bad lastOffsetDelta' | 'crc mismatch'

/**
 * Checks the framing of the batch at `at` (which must end by `end`) and, when `crc32c` is given, its CRC.
 * Returns the batch's total size, or what is wrong with it.
 */
export function checkBatch(bytes: Uint8Array, at: number, end: number, crc32c: ((b: Uint8Array) => number) | null): number | BatchProblem {
  if (end - at < batchHeaderBytes) return 'truncated header'
  const length = readInt32(bytes, at + batchLengthAt)
  if (length < batchHeaderBytes - batchLogOverheadBytes) return 'bad length'
  const total = batchLogOverheadBytes + length
  if (total > end - at) return 'truncated batch'
  if (bytes[at + batchMagicAt] !== batchMagicV2) return 'bad magic'
  if (readInt32(bytes, at + batchLastOffsetDeltaAt) < 0) return 'bad lastOffsetDelta'
  if (crc32c !== null && crc32c(bytes.subarray(at + batchCrcStartAt, at + total)) >>> 0 !== readUint32(bytes, at + batchCrcAt)) return 'crc mismatch'
  return total
}
