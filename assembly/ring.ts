// SPSC ring of variable-length records in a host-laid-out region of the shared memory.
//
// One producer and one consumer, each possibly in a different worker, each with its own instance of this
// module. Nothing here allocates and nothing lives in globals: all state is in the region, so every
// instance sees the same ring (see docs/architecture.md).
//
// Region layout (byte offsets from the region pointer, which must be 64-byte aligned):
//   line 0   [0, 64)    constants, written once by ringInit:
//                         0 magic u32, 4 capacityBytes u32, 8 recordBytesMax u32, 12 stagingBytes u32
//   line 1   [64, 128)  producer-shared: 64 tail u32 (futex word), 68 producerSleeping i32
//   line 2   [128, 192) consumer-shared: 128 head u32 (futex word), 132 consumerSleeping i32
//   line 3   [192, 256) producer-private: 192 cachedHead u32, 196 lastPushBytes u32
//   line 4   [256, 320) consumer-private: 256 cachedTail u32, 260 lastPopBytes u32
//   [320, 320 + capacityBytes)                      record data
//   [.., + stagingBytes)                            producer staging (host writes batches here)
//   [.., + stagingBytes)                            consumer staging (ringPopBatch writes here)
// Shared fields are split by writer so the producer's stores never invalidate the consumer's line and
// vice versa; the "private" lines keep per-side scratch off the lines the other side polls.
//
// Positions (head, tail) are byte counters that wrap modulo 2^32; capacityBytes is a power of two no
// larger than 2^30, so `tail - head` in u32 arithmetic is always the used byte count.
//
// Record format, identical in the ring and in the staging areas: u32 length, u32 reserved, payload, zero or
// more pad bytes up to the next multiple of 8. A record never wraps around the end of the data area: when it does
// not fit in the remaining contiguous bytes, the producer writes ringPadMarker there and puts the record
// at offset 0. Because the formats match, batches move with one memory.copy per contiguous span.
//
// Ordering: wasm atomics are sequentially consistent. Record bytes are plain stores followed by an atomic
// store of tail; the consumer's atomic load of tail therefore sees every byte written before it. Same
// for head in the other direction (the producer may reuse the bytes only after it observes head).

const ringMagic: u32 = 0x474e5253 // "SRNG"
const ringOffsetMagic: usize = 0
const ringOffsetCapacityBytes: usize = 4
const ringOffsetRecordBytesMax: usize = 8
const ringOffsetStagingBytes: usize = 12
const ringOffsetTail: usize = 64
const ringOffsetProducerSleeping: usize = 68
const ringOffsetHead: usize = 128
const ringOffsetConsumerSleeping: usize = 132
const ringOffsetCachedHead: usize = 192
const ringOffsetLastPushBytes: usize = 196
const ringOffsetCachedTail: usize = 256
const ringOffsetLastPopBytes: usize = 260
const ringHeaderBytesConst: usize = 320

/** Length value that marks the unused bytes at the end of the data area before a wrapped record. */
export const ringPadMarker: u32 = 0xffffffff
/** Smallest and largest data area. 2^30 keeps u32 position differences unambiguous. */
export const ringCapacityBytesMin: u32 = 64
export const ringCapacityBytesMax: u32 = 1 << 30
/** Bytes of the prefix in front of every record: u32 length, u32 reserved (0). 8 rather than 4 so payloads
 * are 8-byte aligned: the host's TypedArray.set into shared memory runs at half speed on targets that are
 * not (measured: 44 ns vs 21 ns per 100-byte record, Node 20), and aligned payloads can hold f64/u64 fields. */
export const ringRecordPrefixBytes: u32 = 8

/** Return codes (negative values are errors the host turns into exceptions). */
export const ringErrRecordTooLong: i32 = -1
export const ringErrMalformedBatch: i32 = -2
export const ringErrDestinationTooSmall: i32 = -3
export const ringErrBadConfig: i32 = -4
/** ringPop's "nothing to pop" (not an error). */
export const ringEmpty: i32 = -5

@inline function ringSlotBytes(payloadBytes: u32): u32 {
  return (payloadBytes + ringRecordPrefixBytes + 7) & ~(7 as u32)
}

@inline function ringDataPtr(ring: usize): usize {
  return ring + ringHeaderBytesConst
}

/** Bytes of the header in front of the data area. */
export function ringHeaderBytes(): usize {
  return ringHeaderBytesConst
}

/** Largest payload a ring of this capacity can carry (capacityBytes / 2 - 8): a slot of at most half the
 * data area always fits into an empty ring, even behind a pad at the end. */
export function ringRecordBytesLimit(capacityBytes: u32): u32 {
  return (capacityBytes >> 1) - ringRecordPrefixBytes
}

/** Whole region size for the given data capacity and per-side staging size; 0 if the pair is invalid. */
export function ringRegionBytes(capacityBytes: u32, stagingBytes: u32): usize {
  if (!ringConfigValid(capacityBytes, ringRecordBytesLimit(capacityBytes), stagingBytes)) return 0
  return ringHeaderBytesConst + <usize>capacityBytes + 2 * <usize>stagingBytes
}

function ringConfigValid(capacityBytes: u32, recordBytesMax: u32, stagingBytes: u32): bool {
  if (capacityBytes < ringCapacityBytesMin || capacityBytes > ringCapacityBytesMax) return false
  if ((capacityBytes & (capacityBytes - 1)) != 0) return false
  if (recordBytesMax > ringRecordBytesLimit(capacityBytes)) return false
  // Staging must hold the largest record (prefix and padding included) and keep 64-byte alignment.
  if ((stagingBytes & 63) != 0 || stagingBytes > ringCapacityBytesMax) return false
  if (stagingBytes < ringSlotBytes(recordBytesMax)) return false
  return true
}

/**
 * Writes the header of an empty ring. Call once, before any worker attaches. Returns 0 or ringErrBadConfig.
 * recordBytesMax <= ringRecordBytesLimit(capacityBytes); stagingBytes a multiple of 64 that holds one
 * maximal record.
 */
export function ringInit(ring: usize, capacityBytes: u32, recordBytesMax: u32, stagingBytes: u32): i32 {
  assert((ring & 63) == 0, 'ring region must be 64-byte aligned')
  if (!ringConfigValid(capacityBytes, recordBytesMax, stagingBytes)) return ringErrBadConfig
  memory.fill(ring, 0, ringHeaderBytesConst)
  store<u32>(ring + ringOffsetCapacityBytes, capacityBytes)
  store<u32>(ring + ringOffsetRecordBytesMax, recordBytesMax)
  store<u32>(ring + ringOffsetStagingBytes, stagingBytes)
  // Magic last: an attaching worker that sees it sees the rest.
  atomic.store<u32>(ring + ringOffsetMagic, ringMagic)
  return 0
}

/** True if the region holds an initialised ring. */
export function ringIsValid(ring: usize): bool {
  return (ring & 63) == 0 && atomic.load<u32>(ring + ringOffsetMagic) == ringMagic
}

export function ringProducerStagingPtr(ring: usize): usize {
  return ringDataPtr(ring) + <usize>load<u32>(ring + ringOffsetCapacityBytes)
}

export function ringConsumerStagingPtr(ring: usize): usize {
  return ringProducerStagingPtr(ring) + <usize>load<u32>(ring + ringOffsetStagingBytes)
}

/** Bytes currently in the ring (records, prefixes, padding); a snapshot when called concurrently. */
export function ringUsedBytes(ring: usize): u32 {
  return atomic.load<u32>(ring + ringOffsetTail) - atomic.load<u32>(ring + ringOffsetHead)
}

/** Bytes of source consumed by the last ringPushBatch (producer side scratch). */
export function ringLastPushBytes(ring: usize): u32 {
  return load<u32>(ring + ringOffsetLastPushBytes)
}

/** Bytes written to the destination by the last ringPopBatch (consumer side scratch). */
export function ringLastPopBytes(ring: usize): u32 {
  return load<u32>(ring + ringOffsetLastPopBytes)
}

/**
 * Copies length-prefixed records (the ring's own format, 8-byte aligned) from srcPtr into the ring until
 * the source is consumed or the ring is full. Never overwrites unread records. Returns the number of
 * records pushed (0 when full) and leaves the source bytes consumed in ringLastPushBytes. A record over
 * recordBytesMax or a truncated record stops the batch before it; if it is the first, returns
 * ringErrRecordTooLong / ringErrMalformedBatch.
 */
export function ringPushBatch(ring: usize, srcPtr: usize, srcBytes: u32): i32 {
  assert((srcPtr & 7) == 0, 'ringPushBatch: source must be 8-byte aligned')
  const capacityBytes = load<u32>(ring + ringOffsetCapacityBytes)
  const recordBytesMax = load<u32>(ring + ringOffsetRecordBytesMax)
  const mask = capacityBytes - 1
  const data = ringDataPtr(ring)
  // The producer owns tail: a plain load returns its own last store.
  let writePos = load<u32>(ring + ringOffsetTail)
  let freeBytes = capacityBytes - (writePos - load<u32>(ring + ringOffsetCachedHead))
  let consumedBytes: u32 = 0
  let records: i32 = 0
  let spanSrc = srcPtr
  let spanDst = data + <usize>(writePos & mask)
  let spanBytes: u32 = 0
  let error: i32 = 0
  while (consumedBytes < srcBytes) {
    if (srcBytes - consumedBytes < ringRecordPrefixBytes) { error = ringErrMalformedBatch; break }
    const payloadBytes = load<u32>(srcPtr + <usize>consumedBytes)
    if (payloadBytes > recordBytesMax) { error = ringErrRecordTooLong; break }
    const slotBytes = ringSlotBytes(payloadBytes)
    if (slotBytes > srcBytes - consumedBytes) { error = ringErrMalformedBatch; break }
    const offset = writePos & mask
    const contiguousBytes = capacityBytes - offset
    const padBytes: u32 = slotBytes > contiguousBytes ? contiguousBytes : 0
    if (padBytes + slotBytes > freeBytes) {
      // Refresh our view of the consumer only when the cached one says full: one shared-line read per
      // batch instead of one per record.
      const head = atomic.load<u32>(ring + ringOffsetHead)
      store<u32>(ring + ringOffsetCachedHead, head)
      freeBytes = capacityBytes - (writePos - head)
      if (padBytes + slotBytes > freeBytes) break
    }
    if (padBytes != 0) {
      store<u32>(data + <usize>offset, ringPadMarker)
      writePos += padBytes
      freeBytes -= padBytes
    }
    const recordDst = data + <usize>(writePos & mask)
    if (spanDst + <usize>spanBytes != recordDst) {
      memory.copy(spanDst, spanSrc, spanBytes)
      spanSrc = srcPtr + <usize>consumedBytes
      spanDst = recordDst
      spanBytes = 0
    }
    spanBytes += slotBytes
    writePos += slotBytes
    freeBytes -= slotBytes
    consumedBytes += slotBytes
    records++
  }
  memory.copy(spanDst, spanSrc, spanBytes)
  store<u32>(ring + ringOffsetLastPushBytes, consumedBytes)
  if (records == 0 && error != 0) return error
  // Publish: everything above happens-before a consumer's atomic load that sees this tail.
  atomic.store<u32>(ring + ringOffsetTail, writePos)
  return records
}

/**
 * Copies records from the ring to dstPtr (8-byte aligned), in the same length-prefixed format, until
 * recordsMax records are out, the next one would not fit in dstCapacityBytes, or the ring is empty.
 * Returns the number of records (0 when empty) and leaves the bytes written in ringLastPopBytes.
 * Returns ringErrDestinationTooSmall if the first record alone does not fit.
 */
export function ringPopBatch(ring: usize, dstPtr: usize, dstCapacityBytes: u32, recordsMax: u32): i32 {
  assert((dstPtr & 7) == 0, 'ringPopBatch: destination must be 8-byte aligned')
  const capacityBytes = load<u32>(ring + ringOffsetCapacityBytes)
  const mask = capacityBytes - 1
  const data = ringDataPtr(ring)
  let readPos = load<u32>(ring + ringOffsetHead)
  let availableBytes = load<u32>(ring + ringOffsetCachedTail) - readPos
  let writtenBytes: u32 = 0
  let records: u32 = 0
  let spanSrc = data + <usize>(readPos & mask)
  let spanDst = dstPtr
  let spanBytes: u32 = 0
  let error: i32 = 0
  while (records < recordsMax) {
    if (availableBytes == 0) {
      const tail = atomic.load<u32>(ring + ringOffsetTail)
      store<u32>(ring + ringOffsetCachedTail, tail)
      availableBytes = tail - readPos
      if (availableBytes == 0) break
    }
    const offset = readPos & mask
    const payloadBytes = load<u32>(data + <usize>offset)
    if (payloadBytes == ringPadMarker) {
      const padBytes = capacityBytes - offset
      readPos += padBytes
      availableBytes -= padBytes
      continue
    }
    const slotBytes = ringSlotBytes(payloadBytes)
    if (slotBytes > dstCapacityBytes - writtenBytes) {
      if (records == 0) error = ringErrDestinationTooSmall
      break
    }
    const recordSrc = data + <usize>offset
    if (spanSrc + <usize>spanBytes != recordSrc) {
      memory.copy(spanDst, spanSrc, spanBytes)
      spanDst = dstPtr + <usize>writtenBytes
      spanSrc = recordSrc
      spanBytes = 0
    }
    spanBytes += slotBytes
    readPos += slotBytes
    availableBytes -= slotBytes
    writtenBytes += slotBytes
    records++
  }
  memory.copy(spanDst, spanSrc, spanBytes)
  store<u32>(ring + ringOffsetLastPopBytes, writtenBytes)
  // Release the bytes (pads skipped included) to the producer after they are copied out.
  atomic.store<u32>(ring + ringOffsetHead, readPos)
  if (error != 0) return error
  return <i32>records
}

/**
 * Pushes one record whose payload (no prefix) is srcBytes at srcPtr. Returns 1, 0 when full, or
 * ringErrRecordTooLong. For latency-sensitive single sends; batch with ringPushBatch for throughput.
 */
export function ringPush(ring: usize, srcPtr: usize, srcBytes: u32): i32 {
  const capacityBytes = load<u32>(ring + ringOffsetCapacityBytes)
  if (srcBytes > load<u32>(ring + ringOffsetRecordBytesMax)) return ringErrRecordTooLong
  const mask = capacityBytes - 1
  const data = ringDataPtr(ring)
  let writePos = load<u32>(ring + ringOffsetTail)
  const slotBytes = ringSlotBytes(srcBytes)
  const offset = writePos & mask
  const contiguousBytes = capacityBytes - offset
  const padBytes: u32 = slotBytes > contiguousBytes ? contiguousBytes : 0
  let freeBytes = capacityBytes - (writePos - load<u32>(ring + ringOffsetCachedHead))
  if (padBytes + slotBytes > freeBytes) {
    const head = atomic.load<u32>(ring + ringOffsetHead)
    store<u32>(ring + ringOffsetCachedHead, head)
    freeBytes = capacityBytes - (writePos - head)
    if (padBytes + slotBytes > freeBytes) return 0
  }
  if (padBytes != 0) {
    store<u32>(data + <usize>offset, ringPadMarker)
    writePos += padBytes
  }
  const recordPtr = data + <usize>(writePos & mask)
  store<u64>(recordPtr, <u64>srcBytes)
  memory.copy(recordPtr + ringRecordPrefixBytes, srcPtr, srcBytes)
  atomic.store<u32>(ring + ringOffsetTail, writePos + slotBytes)
  return 1
}

/**
 * Pops one record's payload (no prefix) into dstPtr. Returns its length, ringEmpty, or
 * ringErrDestinationTooSmall (the record stays in the ring).
 */
export function ringPop(ring: usize, dstPtr: usize, dstCapacityBytes: u32): i32 {
  const capacityBytes = load<u32>(ring + ringOffsetCapacityBytes)
  const mask = capacityBytes - 1
  const data = ringDataPtr(ring)
  let readPos = load<u32>(ring + ringOffsetHead)
  let tail = load<u32>(ring + ringOffsetCachedTail)
  if (tail == readPos) {
    tail = atomic.load<u32>(ring + ringOffsetTail)
    store<u32>(ring + ringOffsetCachedTail, tail)
    if (tail == readPos) return ringEmpty
  }
  let offset = readPos & mask
  let payloadBytes = load<u32>(data + <usize>offset)
  if (payloadBytes == ringPadMarker) {
    // A pad is always published together with the record after it, so that record is there.
    readPos += capacityBytes - offset
    offset = 0
    payloadBytes = load<u32>(data)
  }
  if (payloadBytes > dstCapacityBytes) {
    // Skipping the pad is harmless to publish; the record itself stays.
    atomic.store<u32>(ring + ringOffsetHead, readPos)
    return ringErrDestinationTooSmall
  }
  memory.copy(dstPtr, data + <usize>offset + ringRecordPrefixBytes, payloadBytes)
  atomic.store<u32>(ring + ringOffsetHead, readPos + ringSlotBytes(payloadBytes))
  return <i32>payloadBytes
}
