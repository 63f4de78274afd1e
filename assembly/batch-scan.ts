// Walks a buffer of concatenated Kafka RecordBatch v2 batches (a Produce request's records, a log segment's
// tail after a crash) and checks each header, one wasm call for the whole buffer. Layout of a batch: see
// host/log/record-batch.ts; all its integers are big-endian.
//
// Nothing here allocates or touches globals (see docs/architecture.md): the host provides the input range
// and an output region in the shared memory, and reads the results from it.
//
// Output region at outPtr (little-endian, as wasm stores):
//   +0  u32 stop reason (batchScanStop*)       +4  u32 stop position, relative to bufPtr
//   +8  u32 entries written                    +12 reserved (0)
//   +16 entries, batchScanEntryBytes each:
//     +0  u32 position of the batch, relative to bufPtr
//     +4  u32 batchLength (the batch spans 12 + batchLength bytes)
//     +8  i32 lastOffsetDelta                  +12 i32 recordCount
//     +16 u32 baseOffset low 32 bits           +20 u32 baseOffset high 32 bits
//     +24 u16 attributes   +26 u8 magic   +27 u8 CRC status (0 not checked, 1 ok, 2 mismatch)
//     +28 u32 the CRC32C the batch carries
//
// The header checks are exactly those of readRecordBatchHeader (record-batch.ts): 61 header bytes present,
// batchLength >= 49, magic 2, compression code 0..4, baseOffset in [0, 2^53). The scan stops at the first
// batch that fails one, or that runs past the buffer; a CRC mismatch does not stop it (the host decides).

import { crc32cScalar, crc32cSimd } from './crc32c'

export const batchScanHeaderBytes: u32 = 16
export const batchScanEntryBytes: u32 = 32

/** The buffer ended exactly after the last batch. */
export const batchScanStopEnd: u32 = 0
/** entriesMax entries were written; scan again from the stop position. */
export const batchScanStopOutputFull: u32 = 1
/** Fewer than 61 bytes remain: a cut-off header. */
export const batchScanStopTruncatedHeader: u32 = 2
/** The batch's batchLength runs past the end of the buffer. */
export const batchScanStopTruncatedBatch: u32 = 3
/** batchLength below 49. */
export const batchScanStopBadLength: u32 = 4
/** magic is not 2. */
export const batchScanStopBadMagic: u32 = 5
/** Compression code 5..7. */
export const batchScanStopBadCompression: u32 = 6
/** baseOffset negative or >= 2^53. */
export const batchScanStopBadOffset: u32 = 7

/** crcMode: do not compute CRCs. */
export const batchScanCrcNone: u32 = 0
/** crcMode: slicing-by-8. */
export const batchScanCrcScalar: u32 = 1
/** crcMode: 16-lane SIMD. */
export const batchScanCrcSimd: u32 = 2

const headerBytes: usize = 61
const batchLengthMin: u32 = 49

@inline
function loadBe32(ptr: usize): u32 {
  return bswap<u32>(load<u32>(ptr))
}

@inline
function finish(outPtr: usize, reason: u32, position: usize, entries: u32): u32 {
  store<u32>(outPtr, reason)
  store<u32>(outPtr, <u32>position, 4)
  store<u32>(outPtr, entries, 8)
  store<u32>(outPtr, 0, 12)
  return entries
}

/**
 * Scans [bufPtr, bufPtr + bufBytes) for batches, writing at most entriesMax entries at outPtr + 16.
 * crcMode: batchScanCrcNone, batchScanCrcScalar or batchScanCrcSimd. Returns the number of entries.
 */
export function batchScan(bufPtr: usize, bufBytes: usize, outPtr: usize, entriesMax: u32, crcMode: u32): u32 {
  let position: usize = 0
  let entries: u32 = 0
  while (position < bufBytes) {
    if (entries >= entriesMax) return finish(outPtr, batchScanStopOutputFull, position, entries)
    const remaining = bufBytes - position
    if (remaining < headerBytes) return finish(outPtr, batchScanStopTruncatedHeader, position, entries)
    const batch = bufPtr + position
    const batchLength = loadBe32(batch + 8)
    if (<i32>batchLength < <i32>batchLengthMin) return finish(outPtr, batchScanStopBadLength, position, entries)
    const magic = load<u8>(batch + 16)
    if (magic != 2) return finish(outPtr, batchScanStopBadMagic, position, entries)
    const baseOffsetHigh = loadBe32(batch)
    if (baseOffsetHigh >= 0x200000) return finish(outPtr, batchScanStopBadOffset, position, entries)
    const attributes = <u32>load<u8>(batch + 21) << 8 | <u32>load<u8>(batch + 22)
    if ((attributes & 7) > 4) return finish(outPtr, batchScanStopBadCompression, position, entries)
    const totalBytes = <u64>batchLength + 12
    if (totalBytes > <u64>remaining) return finish(outPtr, batchScanStopTruncatedBatch, position, entries)

    const storedCrc = loadBe32(batch + 17)
    let crcStatus: u32 = 0
    if (crcMode != batchScanCrcNone) {
      const crcBytes = <usize>totalBytes - 21
      const crc = crcMode == batchScanCrcSimd ? crc32cSimd(0, batch + 21, crcBytes) : crc32cScalar(0, batch + 21, crcBytes)
      crcStatus = crc == storedCrc ? 1 : 2
    }

    const entry = outPtr + batchScanHeaderBytes + <usize>entries * batchScanEntryBytes
    store<u32>(entry, <u32>position)
    store<u32>(entry, batchLength, 4)
    store<u32>(entry, loadBe32(batch + 23), 8)
    store<u32>(entry, loadBe32(batch + 57), 12)
    store<u32>(entry, loadBe32(batch + 4), 16)
    store<u32>(entry, baseOffsetHigh, 20)
    store<u16>(entry, <u16>attributes, 24)
    store<u8>(entry, magic, 26)
    store<u8>(entry, <u8>crcStatus, 27)
    store<u32>(entry, storedCrc, 28)
    entries++
    position += <usize>totalBytes
  }
  return finish(outPtr, batchScanStopEnd, position, entries)
}
