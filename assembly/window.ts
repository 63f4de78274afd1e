// A partition's in-memory window: a ring of Kafka record batches with offsets in the shared memory.
//
// One writer at a time appends (the lock word serialises publishers in different workers; the critical
// section is one batch of memory.copy, so a short spin is enough), any number of readers in any worker read
// by offset without taking the lock. When the ring is full the writer evicts the oldest records: the window
// is bounded, and a reader that falls behind it learns how many records it missed.
//
// Readers are optimistic (a seqlock on positions): they copy a span, then re-load the head position; if the
// writer evicted any byte of the span meanwhile, the copy is discarded and the reader is told it was
// overrun. The writer publishes the new head BEFORE it overwrites, and every atomic here is seq-cst.
//
// Layout (all offsets in bytes from the window pointer, which the host aligns to 64):
//   line 0 (writer):  0 lock i32 | 8 tail position u64 | 16 next offset i64 | 24 last timestamp i64
//   line 1 (readers): 64 head position u64 | 72 head offset i64 | 80 waiters i32 | 84 sequence i32
//   line 2 (constants): 128 capacity bytes u32 | 132 record bytes max u32 | 136 owner i32 (the partition
//   index it serves; -1 once retired, so a publisher or reader holding a stale pointer to a window that was
//   freed and reused by another partition is refused instead of mixing topics)
//   line 3 (backpressure): 192 writers waiting i32 | 196 progress sequence i32 (gated readers bump it)
//   line 4 (gates): 256 + 8 * slot: position + 1 (u64) of a reader that publishers must not overrun; 0 free
//   data: 320 .. 320 + capacity, capacity a power of two
//
// Gates are how backpressure works: a subscriber that asks for it holds a gate at its read position, and an
// append that would evict past the lowest gate is refused whole (WINDOW_FULL) until that reader moves.
// Positions are byte counts since the window was created (u64, never wrap in practice); the data index is
// position & (capacity - 1).
//
// An entry (8-byte aligned; the entry header is little-endian, the batch is Kafka's big-endian):
//   0 entry bytes u32 (24 + batch, padded to 8) | 4 flags u32 (bit 0: wrap filler)
//   8 base offset i64 | 16 offsets used u32 (the batch's lastOffsetDelta + 1) | 20 batch bytes u32
//   24 a Kafka RecordBatch v2, exactly the bytes a producer sends and a consumer fetches; the append writes
//      its baseOffset (outside the batch CRC, so the CRC stays valid)
// One format from publisher to window to disk to the Kafka wire: no re-encoding between them.

export const WINDOW_HEADER_BYTES: u32 = 320
export const WINDOW_GATES_MAX: i32 = 8
export const ENTRY_HEADER_BYTES: u32 = 24
// A RecordBatch v2 header is 61 bytes; an entry is at least that plus its own header.
const ENTRY_BYTES_MIN: u32 = 24 + 61

const LOCK: usize = 0
const TAIL: usize = 8
const NEXT_OFFSET: usize = 16
const LAST_TIMESTAMP: usize = 24
const HEAD: usize = 64
const HEAD_OFFSET: usize = 72
const WAITERS: usize = 80
const SEQUENCE: usize = 84
const CAPACITY: usize = 128
const ENTRY_BYTES_MAX: usize = 132
const OWNER: usize = 136
const WRITERS_WAITING: usize = 192
const PROGRESS: usize = 196
const GATES: usize = 256

const FLAG_FILLER: u32 = 1

// Error codes returned instead of offsets or counts (negative, so they cannot be confused with results).
export const WINDOW_BUSY: i32 = -1 // the lock stayed taken for the whole spin: the host yields and retries
export const WINDOW_BAD_BATCH: i32 = -2 // a staged record is malformed or over the limit: nothing written
export const WINDOW_MISSED: i32 = -3 // the requested offset is older than the window's head
export const WINDOW_OVERRUN: i32 = -4 // the writer evicted the span while it was being copied
export const WINDOW_GONE: i32 = -5 // the window was retired (its topic deleted) or now serves another partition
export const WINDOW_FULL: i32 = -6 // the batch would overrun a gated (backpressure) reader: nothing written
export const WINDOW_TOO_BIG: i32 = -7 // the batch is larger than the window could ever hold at once

// How long a publisher spins on a taken lock before it hands control back to the host. The holder copies at
// most one staged batch (bounded by the host's staging area), so this is long enough unless the holder's
// thread was descheduled, in which case spinning longer only burns the core it needs.
const LOCK_SPINS_MAX: i32 = 4096

/** Bytes a window needs for `capacityBytes` of data (a power of two, at least 64 KiB). */
export function windowRegionBytes(capacityBytes: u32): u32 {
  return WINDOW_HEADER_BYTES + capacityBytes
}

export function windowInit(window: usize, capacityBytes: u32, entryBytesMax: u32, owner: i32, startOffsetFloat: f64, persisterGate: bool): void {
  // A durable partition's window starts at its log's end offset; a memory-only one at 0.
  const startOffset = <i64>startOffsetFloat
  assert(window % 64 == 0, 'window must be 64-byte aligned')
  assert(capacityBytes >= 65536 && popcnt(capacityBytes) == 1, 'capacity must be a power of two >= 64 KiB')
  assert(entryBytesMax >= ENTRY_BYTES_MIN && entryBytesMax <= capacityBytes / 2, 'entry limit out of range')
  memory.fill(window, 0, WINDOW_HEADER_BYTES)
  store<u32>(window + CAPACITY, capacityBytes)
  store<u32>(window + ENTRY_BYTES_MAX, entryBytesMax)
  atomic.store<i32>(window + OWNER, owner)
  // Constants first, then the positions with atomics: a reader that sees the window pointer sees both.
  atomic.store<i64>(window + HEAD_OFFSET, startOffset)
  atomic.store<i64>(window + NEXT_OFFSET, startOffset)
  // A durable partition's window holds gate 0 for its persister from the first byte: nothing is evicted
  // before it is on disk, whichever worker appends first.
  if (persisterGate) atomic.store<u64>(window + GATES, 1)
}

// @inline
function dataAt(window: usize, position: u64, capacityBytes: u32): usize {
  return window + WINDOW_HEADER_BYTES + <usize>(position & <u64>(capacityBytes - 1))
}

function lockAcquire(window: usize): bool {
  for (let spins = 0; spins < LOCK_SPINS_MAX; spins++) {
    if (atomic.cmpxchg<i32>(window + LOCK, 0, 1) == 0) return true
  }
  return false
}

/** Evicts whole records from the head until `bytesNeeded` more fit. Runs under the lock. */
function evictFor(window: usize, tail: u64, bytesNeeded: u64, capacityBytes: u32): void {
  let head = atomic.load<u64>(window + HEAD)
  let headOffset = atomic.load<i64>(window + HEAD_OFFSET)
  let moved = false
  while (tail + bytesNeeded - head > <u64>capacityBytes) {
    const at = dataAt(window, head, capacityBytes)
    const recordBytes = load<u32>(at)
    if ((load<u32>(at, 4) & FLAG_FILLER) == 0) headOffset = load<i64>(at, 8) + <i64>load<u32>(at, 16)
    head += <u64>recordBytes
    moved = true
  }
  if (moved) {
    // Offset before position: a reader that checks the position after copying sees an eviction either way.
    atomic.store<i64>(window + HEAD_OFFSET, headOffset)
    atomic.store<u64>(window + HEAD, head)
  }
}

/**
 * Appends `entryCount` staged entries (laid out as above, back to back; base offsets left for this function
 * to fill) from `stagingPtr`. Returns the base offset of the first, WINDOW_BUSY when the lock could not be
 * taken, WINDOW_BAD_BATCH when any staged entry is malformed, WINDOW_FULL / WINDOW_TOO_BIG when a gated
 * reader would be overrun; in every error case nothing is written (the whole staging area is validated,
 * and its end position computed, before the first byte moves).
 */
export function windowAppend(window: usize, owner: i32, stagingPtr: usize, stagingBytes: u32, entryCount: u32, timestampMsFloat: f64): f64 {
  // Offsets and times cross the boundary as f64 (exact below 2^53) so the host never allocates a BigInt.
  const timestampMs = <i64>timestampMsFloat
  const capacityBytes = load<u32>(window + CAPACITY)
  const entryBytesMax = load<u32>(window + ENTRY_BYTES_MAX)
  // Validate outside the lock: the staging area is private to the calling worker.
  let cursor: u32 = 0
  for (let i: u32 = 0; i < entryCount; i++) {
    if (cursor > stagingBytes || stagingBytes - cursor < ENTRY_BYTES_MIN) return <f64>WINDOW_BAD_BATCH
    const entryBytes = load<u32>(stagingPtr + cursor)
    if (entryBytes < ENTRY_BYTES_MIN || entryBytes > entryBytesMax || (entryBytes & 7) != 0) return <f64>WINDOW_BAD_BATCH
    if (entryBytes > stagingBytes - cursor) return <f64>WINDOW_BAD_BATCH
    if (load<u32>(stagingPtr + cursor, 16) == 0) return <f64>WINDOW_BAD_BATCH
    if (load<u32>(stagingPtr + cursor, 20) + ENTRY_HEADER_BYTES > entryBytes) return <f64>WINDOW_BAD_BATCH
    cursor += entryBytes
  }
  if (cursor != stagingBytes) return <f64>WINDOW_BAD_BATCH

  if (!lockAcquire(window)) return <f64>WINDOW_BUSY
  if (atomic.load<i32>(window + OWNER) != owner) {
    atomic.store<i32>(window + LOCK, 0)
    return <f64>WINDOW_GONE
  }
  let tail = load<u64>(window + TAIL)
  const gate = lowestGate(window)
  if (gate != u64.MAX_VALUE) {
    // The batch goes in whole or not at all: find where it would end, fillers included, before copying.
    let end = tail
    cursor = 0
    for (let i: u32 = 0; i < entryCount; i++) {
      const recordBytes = load<u32>(stagingPtr + cursor)
      const untilEnd = capacityBytes - <u32>(end & <u64>(capacityBytes - 1))
      if (recordBytes > untilEnd) end += <u64>untilEnd
      end += <u64>recordBytes
      cursor += recordBytes
    }
    if (end - gate > <u64>capacityBytes) {
      atomic.store<i32>(window + LOCK, 0)
      return <f64>(end - tail > <u64>capacityBytes ? WINDOW_TOO_BIG : WINDOW_FULL)
    }
  }
  const firstOffset = load<i64>(window + NEXT_OFFSET)
  let offset = firstOffset
  cursor = 0
  for (let i: u32 = 0; i < entryCount; i++) {
    const source = stagingPtr + cursor
    const recordBytes = load<u32>(source)
    const index = <u32>(tail & <u64>(capacityBytes - 1))
    const untilEnd = capacityBytes - index
    if (recordBytes > untilEnd) {
      // The record would straddle the end: fill the rest with a filler record and start at index 0.
      evictFor(window, tail, <u64>untilEnd + <u64>recordBytes, capacityBytes)
      const filler = dataAt(window, tail, capacityBytes)
      store<u32>(filler, untilEnd)
      store<u32>(filler, FLAG_FILLER, 4)
      tail += <u64>untilEnd
    } else {
      evictFor(window, tail, <u64>recordBytes, capacityBytes)
    }
    const target = dataAt(window, tail, capacityBytes)
    memory.copy(target, source, recordBytes)
    store<u32>(target, 0, 4)
    store<i64>(target, offset, 8)
    store<u64>(target + ENTRY_HEADER_BYTES, bswap<u64>(<u64>offset)) // the batch's own baseOffset, big-endian
    tail += <u64>recordBytes
    offset += <i64>load<u32>(target, 16)
    cursor += recordBytes
  }
  store<i64>(window + LAST_TIMESTAMP, timestampMs)
  // Publish: offset first so a reader that sees the new tail also sees offsets up to it.
  atomic.store<i64>(window + NEXT_OFFSET, offset)
  atomic.store<u64>(window + TAIL, tail)
  atomic.store<i32>(window + LOCK, 0)
  atomic.add<i32>(window + SEQUENCE, 1)
  // Readers increment WAITERS before they re-check and park; seq-cst order means either they see the new
  // sequence or we see them waiting.
  if (atomic.load<i32>(window + WAITERS) > 0) atomic.notify(window + SEQUENCE, -1)
  return <f64>firstOffset
}

/** The lowest gated reader position, or u64.MAX_VALUE when no reader holds a gate. */
function lowestGate(window: usize): u64 {
  let lowest = u64.MAX_VALUE
  for (let slot: usize = 0; slot < <usize>WINDOW_GATES_MAX; slot++) {
    const value = atomic.load<u64>(window + GATES + slot * 8)
    if (value != 0 && value - 1 < lowest) lowest = value - 1
  }
  return lowest
}

/** Claims a gate at `position` for a backpressure reader; returns the slot, or -1 when all are taken. */
export function windowGateClaim(window: usize, positionFloat: f64): i32 {
  const value = <u64>positionFloat + 1
  for (let slot: i32 = 0; slot < WINDOW_GATES_MAX; slot++) {
    if (atomic.cmpxchg<u64>(window + GATES + <usize>slot * 8, 0, value) == 0) return slot
  }
  return -1
}

/** Frees a gate and wakes publishers that waited for it. */
export function windowGateRelease(window: usize, slot: i32): void {
  if (slot < 0 || slot >= WINDOW_GATES_MAX) return
  atomic.store<u64>(window + GATES + <usize>slot * 8, 0)
  wakeWriters(window)
}

function wakeWriters(window: usize): void {
  if (atomic.load<i32>(window + WRITERS_WAITING) > 0) {
    atomic.add<i32>(window + PROGRESS, 1)
    atomic.notify(window + PROGRESS, -1)
  }
}

/** Registers (+1) or unregisters (-1) a publisher parked on the progress word. */
export function windowWritersWaiting(window: usize, delta: i32): i32 {
  return atomic.add<i32>(window + WRITERS_WAITING, delta) + delta
}

/** Byte index of the progress word (the futex publishers park on while a gated reader holds them up). */
export function windowProgressAddress(window: usize): usize {
  return window + PROGRESS
}

/** Retires a window before its memory is freed: later appends and reads through stale pointers fail. */
export function windowRetire(window: usize): void {
  while (atomic.cmpxchg<i32>(window + LOCK, 0, 1) != 0) {}
  atomic.store<i32>(window + OWNER, -1)
  atomic.store<i32>(window + LOCK, 0)
  atomic.add<i32>(window + SEQUENCE, 1)
  atomic.notify(window + SEQUENCE, -1)
  atomic.add<i32>(window + PROGRESS, 1)
  atomic.notify(window + PROGRESS, -1)
}

/**
 * Finds the byte position of the entry holding `offset`, scanning from the head (the window is bounded, and seeks are rare:
 * a reader keeps its position between reads). Returns the position, or u64.MAX_VALUE when `offset` is
 * older than the head (missed: -1) and the tail position when it is at or past the next offset.
 */
export function windowSeek(window: usize, offsetFloat: f64): f64 {
  const offset = <i64>offsetFloat
  const capacityBytes = load<u32>(window + CAPACITY)
  for (let attempt = 0; attempt < 8; attempt++) {
    const head = atomic.load<u64>(window + HEAD)
    const headOffset = atomic.load<i64>(window + HEAD_OFFSET)
    const tail = atomic.load<u64>(window + TAIL)
    if (offset < headOffset) return -1
    let position = head
    let found = tail
    while (position < tail) {
      const at = dataAt(window, position, capacityBytes)
      const recordBytes = load<u32>(at)
      const isFiller = (load<u32>(at, 4) & FLAG_FILLER) != 0
      const entryOffset = load<i64>(at, 8)
      const entryEnd = entryOffset + <i64>load<u32>(at, 16)
      if (atomic.load<u64>(window + HEAD) != head) break // evicted under us: rescan
      if (!isFiller && entryEnd > offset) {
        found = position
        break
      }
      position += <u64>(recordBytes == 0 ? 8 : recordBytes)
    }
    if (atomic.load<u64>(window + HEAD) == head) return <f64>found
  }
  // The writer keeps evicting faster than we scan: report a miss so the reader restarts at the head.
  return -1
}

// Where windowRead reports its cursor: the host reads these from `cursorPtr` after the call.
//   0 position u64 (in/out) | 8 offset i64 (in/out) | 16 bytes copied u32 | 20 sequence seen i32
//   24 head offset i64 (out, on WINDOW_MISSED) | 32 next offset i64 (out)

/**
 * Copies whole entries starting at the cursor into `dstPtr`, at most `dstCapacityBytes` and `entriesMax`
 * entries, skipping fillers, as one memory.copy per contiguous span. With a gate slot (>= 0; -1 for none),
 * moves the reader's gate to the new position and wakes publishers waiting for space. Returns the entry count, WINDOW_MISSED
 * when the cursor's offset is no longer in the window (head offset written to the cursor), or
 * WINDOW_OVERRUN when the writer evicted the span during the copy (retry after a seek).
 */
export function windowRead(window: usize, owner: i32, gateSlot: i32, cursorPtr: usize, dstPtr: usize, dstCapacityBytes: u32, entriesMax: u32): i32 {
  if (atomic.load<i32>(window + OWNER) != owner) return WINDOW_GONE
  const capacityBytes = load<u32>(window + CAPACITY)
  // Sequence before tail: a reader that finds nothing can park on this sequence value without a lost wake-up.
  const sequence = atomic.load<i32>(window + SEQUENCE)
  store<i32>(cursorPtr, sequence, 20)
  const tail = atomic.load<u64>(window + TAIL)
  store<i64>(cursorPtr, atomic.load<i64>(window + NEXT_OFFSET), 32)
  let position = load<u64>(cursorPtr)
  const offset = load<i64>(cursorPtr, 8)
  const head = atomic.load<u64>(window + HEAD)
  if (position < head) {
    store<i64>(cursorPtr, atomic.load<i64>(window + HEAD_OFFSET), 24)
    store<u32>(cursorPtr, 0, 16)
    return WINDOW_MISSED
  }
  const startPosition = position
  let copied: u32 = 0
  let count: u32 = 0
  let nextOffset = offset
  let spanStart = position
  let spanBytes: u32 = 0
  while (position < tail && count < entriesMax) {
    const at = dataAt(window, position, capacityBytes)
    const recordBytes = load<u32>(at)
    if (recordBytes < 8 || recordBytes > capacityBytes) break // torn by an eviction: the check below tells
    if ((load<u32>(at, 4) & FLAG_FILLER) != 0) {
      // End of the data area: flush the span so far and continue from index 0.
      if (spanBytes > 0) memory.copy(dstPtr + copied - spanBytes, dataAt(window, spanStart, capacityBytes), spanBytes)
      position += <u64>recordBytes
      spanStart = position
      spanBytes = 0
      continue
    }
    if (copied + recordBytes > dstCapacityBytes) break
    nextOffset = load<i64>(at, 8) + <i64>load<u32>(at, 16)
    copied += recordBytes
    spanBytes += recordBytes
    position += <u64>recordBytes
    count++
  }
  if (spanBytes > 0) memory.copy(dstPtr + copied - spanBytes, dataAt(window, spanStart, capacityBytes), spanBytes)
  if (atomic.load<i32>(window + OWNER) != owner) return WINDOW_GONE
  if (atomic.load<u64>(window + HEAD) > startPosition) {
    store<u32>(cursorPtr, 0, 16)
    store<i64>(cursorPtr, atomic.load<i64>(window + HEAD_OFFSET), 24)
    return WINDOW_OVERRUN
  }
  if (gateSlot >= 0 && gateSlot < WINDOW_GATES_MAX && count > 0) {
    // The copy is private now: let publishers reuse the space up to our new position.
    atomic.store<u64>(window + GATES + <usize>gateSlot * 8, position + 1)
    wakeWriters(window)
  }
  store<u64>(cursorPtr, position)
  store<i64>(cursorPtr, nextOffset, 8)
  store<u32>(cursorPtr, copied, 16)
  return <i32>count
}

/** Registers (+1) or unregisters (-1) a parked reader; the writer notifies only while some are registered. */
export function windowWaiters(window: usize, delta: i32): i32 {
  return atomic.add<i32>(window + WAITERS, delta) + delta
}

export function windowNextOffset(window: usize): f64 {
  return <f64>atomic.load<i64>(window + NEXT_OFFSET)
}

export function windowHeadOffset(window: usize): f64 {
  return <f64>atomic.load<i64>(window + HEAD_OFFSET)
}

/** Byte index of the sequence word (the futex readers park on), for the host's Int32Array view. */
export function windowSequenceAddress(window: usize): usize {
  return window + SEQUENCE
}
