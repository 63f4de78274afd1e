// Bounded multi-producer multi-consumer queue of fixed-size cells (Dmitry Vyukov's design) in a
// host-laid-out region of the shared memory. Any number of workers enqueue and dequeue; nothing here
// allocates or uses globals.
//
// Region layout (byte offsets from the region pointer, 64-byte aligned):
//   line 0   [0, 64)     constants: 0 magic, 4 capacityCells, 8 payloadBytes, 12 cellBytes, 16 handlesMax,
//                        20 stagingCells, 24 cellsOffset, 28 stagingOffset, 32 stagingStrideBytes
//   line 1   [64, 128)   enqueuePos u32 (producers CAS it)
//   line 2   [128, 192)  dequeuePos u32 (consumers CAS it)
//   line 3   [192, 256)  producer parking: 192 producersSleeping i32, 196 spaceEpoch i32 (futex word)
//   line 4   [256, 320)  consumer parking: 256 consumersSleeping i32, 260 itemsEpoch i32 (futex word)
//   line 5   [320, 384)  handle claim words, one i32 per handle (handlesMax <= 16)
//   [384, 384 + capacityCells * cellBytes)                 cells: u32 sequence, 4 bytes unused, payload
//   then handlesMax staging areas of stagingStrideBytes    (each stagingCells * payloadBytes, 64-aligned)
// The host owns the parking words and the handle claims; this file only moves cells.
//
// Cell protocol (Vyukov): cell i starts with sequence i. A producer that holds position p may write the
// cell at p & mask when its sequence == p, then publishes sequence p + 1. A consumer that holds position p
// may read when sequence == p + 1, then frees it with sequence p + capacity. Positions are u32 counters that
// wrap; capacityCells <= 2^30 keeps the signed difference meaningful. Batches claim k consecutive cells with
// one CAS after checking that all k are ready; sequences only move forward, and only the holder of a
// position can move its cell's sequence past that position, so a cell seen ready stays ready until we use it.

const mpmcMagic: u32 = 0x434d504d // "MPMC"
const mpmcOffsetMagic: usize = 0
const mpmcOffsetCapacityCells: usize = 4
const mpmcOffsetPayloadBytes: usize = 8
const mpmcOffsetCellBytes: usize = 12
const mpmcOffsetHandlesMax: usize = 16
const mpmcOffsetStagingCells: usize = 20
const mpmcOffsetCellsOffset: usize = 24
const mpmcOffsetStagingOffset: usize = 28
const mpmcOffsetStagingStrideBytes: usize = 32
const mpmcOffsetEnqueuePos: usize = 64
const mpmcOffsetDequeuePos: usize = 128
const mpmcHeaderBytesConst: usize = 384
/** Sequence u32 plus 4 bytes so the payload is 8-byte aligned. */
const mpmcCellPrefixBytes: u32 = 8

export const mpmcCapacityCellsMax: u32 = 1 << 30
export const mpmcPayloadBytesMax: u32 = 1024
export const mpmcHandlesMax: u32 = 16
export const mpmcErrBadConfig: i32 = -4

@inline function mpmcAlign64(bytes: usize): usize {
  return (bytes + 63) & ~(63 as usize)
}

function mpmcConfigValid(capacityCells: u32, payloadBytes: u32, handlesMax: u32, stagingCells: u32): bool {
  if (capacityCells < 2 || capacityCells > mpmcCapacityCellsMax) return false
  if ((capacityCells & (capacityCells - 1)) != 0) return false
  if (payloadBytes == 0 || payloadBytes > mpmcPayloadBytesMax || (payloadBytes & 7) != 0) return false
  if (handlesMax == 0 || handlesMax > mpmcHandlesMax) return false
  if (stagingCells == 0) return false
  // The whole region must stay addressable in wasm32 (usize arithmetic below must not wrap).
  const regionBytes: u64 = <u64>mpmcHeaderBytesConst + <u64>capacityCells * <u64>(payloadBytes + mpmcCellPrefixBytes) +
    <u64>handlesMax * (<u64>stagingCells * <u64>payloadBytes + 64) + 64
  if (regionBytes > (<u64>1 << 31)) return false
  return true
}

@inline function mpmcCellsBytes(capacityCells: u32, payloadBytes: u32): usize {
  return mpmcAlign64(<usize>capacityCells * <usize>(payloadBytes + mpmcCellPrefixBytes))
}

@inline function mpmcStagingStrideBytes(payloadBytes: u32, stagingCells: u32): usize {
  return mpmcAlign64(<usize>stagingCells * <usize>payloadBytes)
}

/** Whole region size; 0 if the configuration is invalid (see mpmcInit). */
export function mpmcRegionBytes(capacityCells: u32, payloadBytes: u32, handlesMax: u32, stagingCells: u32): usize {
  if (!mpmcConfigValid(capacityCells, payloadBytes, handlesMax, stagingCells)) return 0
  return mpmcHeaderBytesConst + mpmcCellsBytes(capacityCells, payloadBytes) +
    <usize>handlesMax * mpmcStagingStrideBytes(payloadBytes, stagingCells)
}

/**
 * Writes an empty queue: capacityCells a power of two in [2, 2^30], payloadBytes a multiple of 8 in
 * [8, 1024], handlesMax in [1, 16] (one staging area per attached host object), stagingCells >= 1.
 * Returns 0 or mpmcErrBadConfig.
 */
export function mpmcInit(queue: usize, capacityCells: u32, payloadBytes: u32, handlesMax: u32, stagingCells: u32): i32 {
  assert((queue & 63) == 0, 'mpmc region must be 64-byte aligned')
  if (!mpmcConfigValid(capacityCells, payloadBytes, handlesMax, stagingCells)) return mpmcErrBadConfig
  memory.fill(queue, 0, mpmcHeaderBytesConst)
  const cellBytes = payloadBytes + mpmcCellPrefixBytes
  const stagingOffset = mpmcHeaderBytesConst + mpmcCellsBytes(capacityCells, payloadBytes)
  store<u32>(queue + mpmcOffsetCapacityCells, capacityCells)
  store<u32>(queue + mpmcOffsetPayloadBytes, payloadBytes)
  store<u32>(queue + mpmcOffsetCellBytes, cellBytes)
  store<u32>(queue + mpmcOffsetHandlesMax, handlesMax)
  store<u32>(queue + mpmcOffsetStagingCells, stagingCells)
  store<u32>(queue + mpmcOffsetCellsOffset, <u32>mpmcHeaderBytesConst)
  store<u32>(queue + mpmcOffsetStagingOffset, <u32>stagingOffset)
  store<u32>(queue + mpmcOffsetStagingStrideBytes, <u32>mpmcStagingStrideBytes(payloadBytes, stagingCells))
  const cells = queue + mpmcHeaderBytesConst
  for (let i: u32 = 0; i < capacityCells; i++) {
    store<u32>(cells + <usize>i * <usize>cellBytes, i)
  }
  atomic.store<u32>(queue + mpmcOffsetMagic, mpmcMagic)
  return 0
}

export function mpmcIsValid(queue: usize): bool {
  return (queue & 63) == 0 && atomic.load<u32>(queue + mpmcOffsetMagic) == mpmcMagic
}

/** Staging area of handle `handle` (the host claims handles; see host/ring/mpmc-queue.ts). */
export function mpmcStagingPtr(queue: usize, handle: u32): usize {
  assert(handle < load<u32>(queue + mpmcOffsetHandlesMax), 'mpmcStagingPtr: handle out of range')
  return queue + <usize>load<u32>(queue + mpmcOffsetStagingOffset) +
    <usize>handle * <usize>load<u32>(queue + mpmcOffsetStagingStrideBytes)
}

/** Items in the queue, a snapshot (claimed-but-unpublished cells count as present). */
export function mpmcSizeApprox(queue: usize): u32 {
  const dequeuePos = atomic.load<u32>(queue + mpmcOffsetDequeuePos)
  const enqueuePos = atomic.load<u32>(queue + mpmcOffsetEnqueuePos)
  const size = <i32>(enqueuePos - dequeuePos)
  return size < 0 ? 0 : <u32>size
}

@inline function mpmcCellPtr(queue: usize, position: u32): usize {
  const mask = load<u32>(queue + mpmcOffsetCapacityCells) - 1
  return queue + mpmcHeaderBytesConst + <usize>(position & mask) * <usize>load<u32>(queue + mpmcOffsetCellBytes)
}

@inline function mpmcCopyPayload(dst: usize, src: usize, payloadBytes: u32): void {
  // The common small payloads as plain word moves; memory.copy for the rest.
  if (payloadBytes == 8) {
    store<u64>(dst, load<u64>(src))
  } else if (payloadBytes == 16) {
    store<u64>(dst, load<u64>(src))
    store<u64>(dst, load<u64>(src, 8), 8)
  } else {
    memory.copy(dst, src, payloadBytes)
  }
}

/**
 * Claims up to countMax consecutive positions on the counter at counterOffset whose cells have sequence
 * position + sequenceBias. Returns (firstPosition << 32) | count; count 0 means full (producers) or
 * empty (consumers).
 */
@inline function mpmcClaim(queue: usize, counterOffset: usize, sequenceBias: u32, countMax: u32): u64 {
  let position = atomic.load<u32>(queue + counterOffset)
  while (true) {
    let count: u32 = 0
    let firstDifference: i32 = 0
    while (count < countMax) {
      const sequence = atomic.load<u32>(mpmcCellPtr(queue, position + count))
      const difference = <i32>(sequence - (position + count + sequenceBias))
      if (count == 0) firstDifference = difference
      if (difference != 0) break
      count++
    }
    if (count == 0) {
      // Behind: the cell is still a lap old, so the queue is full (producers) or empty (consumers).
      if (firstDifference < 0) return 0
      // Ahead: another thread took this position; start again from the counter.
      position = atomic.load<u32>(queue + counterOffset)
      continue
    }
    const previous = atomic.cmpxchg<u32>(queue + counterOffset, position, position + count)
    if (previous == position) return (<u64>position << 32) | <u64>count
    position = previous
  }
  return 0
}

/**
 * Enqueues up to count payloads (payloadBytes each, packed) from srcPtr. Returns how many went in, taken
 * in order from the start of the source; 0 when full.
 */
export function mpmcEnqueueBatch(queue: usize, srcPtr: usize, count: u32): u32 {
  if (count == 0) return 0
  const payloadBytes = load<u32>(queue + mpmcOffsetPayloadBytes)
  const claim = mpmcClaim(queue, mpmcOffsetEnqueuePos, 0, count)
  const claimed = <u32>claim
  const first = <u32>(claim >> 32)
  for (let i: u32 = 0; i < claimed; i++) {
    const cell = mpmcCellPtr(queue, first + i)
    mpmcCopyPayload(cell + mpmcCellPrefixBytes, srcPtr + <usize>i * <usize>payloadBytes, payloadBytes)
    atomic.store<u32>(cell, first + i + 1)
  }
  return claimed
}

/** Dequeues up to countMax payloads into dstPtr (packed). Returns how many; 0 when empty. */
export function mpmcDequeueBatch(queue: usize, dstPtr: usize, countMax: u32): u32 {
  if (countMax == 0) return 0
  const payloadBytes = load<u32>(queue + mpmcOffsetPayloadBytes)
  const capacityCells = load<u32>(queue + mpmcOffsetCapacityCells)
  const claim = mpmcClaim(queue, mpmcOffsetDequeuePos, 1, countMax)
  const claimed = <u32>claim
  const first = <u32>(claim >> 32)
  for (let i: u32 = 0; i < claimed; i++) {
    const cell = mpmcCellPtr(queue, first + i)
    mpmcCopyPayload(dstPtr + <usize>i * <usize>payloadBytes, cell + mpmcCellPrefixBytes, payloadBytes)
    atomic.store<u32>(cell, first + i + capacityCells)
  }
  return claimed
}

/** Enqueues one payload from srcPtr. Returns 1, or 0 when full. */
export function mpmcEnqueue(queue: usize, srcPtr: usize): u32 {
  return mpmcEnqueueBatch(queue, srcPtr, 1)
}

/** Dequeues one payload into dstPtr. Returns 1, or 0 when empty. */
export function mpmcDequeue(queue: usize, dstPtr: usize): u32 {
  return mpmcDequeueBatch(queue, dstPtr, 1)
}
