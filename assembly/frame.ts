// Ingest frames (docs/ingest.md) and the idempotency-key dedup table, as pure functions over host-laid-out
// regions of the shared memory. Nothing here allocates or keeps state in globals.
//
// Frame: u32 BE length of the rest | u8 priority | u16 BE topic length | topic bytes | payload.
// Extended frame (v1): the topic field starts with 0x00 'S' 'X' 0x01, a flags byte, an optional u64 BE
// idempotency key (flag 1), an optional u32 BE ack id (flag 2), then the topic name. 0x00 is illegal in a
// topic name, so an extended frame can never be read as a plain one (an older server rejects it as an
// illegal topic instead of publishing it under a wrong name).
//
// frameScan output region (64-byte header, then tuples of frameTupleWords u32):
//   header: 0 count, 4 consumed bytes, 8 fatal code, 12 fatal offset
//   tuple:  0 frame offset, 1 status, 2 priority, 3 extension flags, 4 topic start, 5 topic length,
//           6 payload start, 7 payload length, 8 key high, 9 key low, 10 ack id, 11 topic hash
// Offsets are relative to the scanned buffer. Topic bytes are rewritten in place ('/' -> '.').

export const frameHeaderBytes: u32 = 3 // priority + topic length, counted by the length prefix
export const frameTupleWords: u32 = 12
export const frameOutHeaderBytes: u32 = 64
export const frameTopicNameBytesMax: u32 = 249

export const frameStatusOk: u32 = 0
export const frameStatusTopicLength: u32 = 1
export const frameStatusIllegalTopic: u32 = 2
export const frameStatusBadExtension: u32 = 3

export const frameFatalNone: u32 = 0
export const frameFatalLengthShort: u32 = 1
export const frameFatalLengthLong: u32 = 2

export const frameExtKey: u32 = 1
export const frameExtAck: u32 = 2
const frameExtKnown: u32 = 3
const frameExtVersion: u8 = 1

@inline function bswap32(value: u32): u32 {
  return bswap<u32>(value)
}

@inline function mix64(hash: u64, value: u64): u64 {
  return (hash ^ value) * 0x100000001b3
}

/**
 * Validates topic bytes [ptr, ptr + length) against [a-zA-Z0-9._-/], maps '/' to '.' in place and returns
 * a 32-bit hash of the mapped name, or 0xffffffff when a byte is illegal (the hash of a legal name is
 * never that). Reads whole v128 chunks only where `limit` allows (never past the scanned buffer); the
 * scalar tail builds the same zero-padded lanes, so a name hashes the same wherever it sits.
 */
function topicCheckAndMap(ptr: usize, length: u32, limit: usize): u32 {
  let hash: u64 = 0xcbf29ce484222325 ^ <u64>length
  let at: u32 = 0
  const slash = i8x16.splat(0x2f)
  const dot = i8x16.splat(0x2e)
  const iota = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
  while (at < length) {
    const chunk = ptr + <usize>at
    const remaining = length - at
    if (chunk + 16 <= limit) {
      const bytes = v128.load(chunk)
      const lanes = remaining >= 16 ? i8x16.splat(-1) : i8x16.lt_u(iota, i8x16.splat(<i8>remaining))
      const lower = v128.or(bytes, i8x16.splat(0x20))
      const alpha = v128.and(i8x16.ge_u(lower, i8x16.splat(0x61)), i8x16.le_u(lower, i8x16.splat(0x7a)))
      const digit = v128.and(i8x16.ge_u(bytes, i8x16.splat(0x30)), i8x16.le_u(bytes, i8x16.splat(0x39)))
      const isSlash = i8x16.eq(bytes, slash)
      const punct = v128.or(v128.or(i8x16.eq(bytes, dot), i8x16.eq(bytes, i8x16.splat(0x5f))), v128.or(i8x16.eq(bytes, i8x16.splat(0x2d)), isSlash))
      const legal = v128.or(v128.or(alpha, digit), punct)
      if (!i8x16.all_true(v128.or(legal, v128.not(lanes)))) return 0xffffffff
      const mapped = v128.bitselect(dot, bytes, v128.and(isSlash, lanes))
      v128.store(chunk, mapped)
      const masked = v128.and(mapped, lanes)
      hash = mix64(hash, i64x2.extract_lane(masked, 0))
      hash = mix64(hash, i64x2.extract_lane(masked, 1))
      at += 16
    } else {
      // Near the end of the buffer: the same lanes, byte by byte.
      let laneLo: u64 = 0
      let laneHi: u64 = 0
      const n: u32 = remaining < 16 ? remaining : 16
      for (let i: u32 = 0; i < n; i++) {
        let c = <u32>load<u8>(chunk + <usize>i)
        const l = c | 0x20
        const ok = (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2e || c == 0x5f || c == 0x2d || c == 0x2f
        if (!ok) return 0xffffffff
        if (c == 0x2f) {
          c = 0x2e
          store<u8>(chunk + <usize>i, 0x2e)
        }
        if (i < 8) laneLo |= (<u64>c) << (<u64>(i * 8))
        else laneHi |= (<u64>c) << (<u64>((i - 8) * 8))
      }
      hash = mix64(hash, laneLo)
      hash = mix64(hash, laneHi)
      at += n
    }
  }
  const folded = <u32>(hash ^ (hash >> 32))
  return folded == 0xffffffff ? 0xfffffffe : folded
}

/**
 * Scans every complete frame in [buf, buf + length) (at most tuplesMax) and writes one tuple per frame to
 * `out`. Stops at an incomplete frame (consumed tells the host where the remainder starts) or at a length
 * prefix it cannot trust (below frameHeaderBytes or above frameBytesMax): no later frame boundary can be
 * found then, so the fatal code tells the host to drop the rest (and close a TCP connection).
 * Returns the tuple count.
 */
export function frameScan(buf: usize, length: u32, out: usize, tuplesMax: u32, frameBytesMax: u32): u32 {
  let pos: u32 = 0
  let count: u32 = 0
  let fatal: u32 = frameFatalNone
  const limit = buf + <usize>length
  while (count < tuplesMax) {
    if (length - pos < 4) break
    const frameBytes = bswap32(load<u32>(buf + <usize>pos))
    if (frameBytes < frameHeaderBytes) { fatal = frameFatalLengthShort; break }
    if (frameBytes > frameBytesMax) { fatal = frameFatalLengthLong; break }
    if (length - pos - 4 < frameBytes) break
    const body = pos + 4
    const priority = <u32>load<u8>(buf + <usize>body)
    const topicBytes = <u32>bswap<u16>(load<u16>(buf + <usize>body + 1))
    const topicStart = body + 3
    const frameEnd = body + frameBytes
    const tuple = out + <usize>frameOutHeaderBytes + <usize>count * <usize>(frameTupleWords * 4)
    let status = frameStatusOk
    let flags: u32 = 0
    let keyHi: u32 = 0
    let keyLo: u32 = 0
    let ackId: u32 = 0
    let nameStart = topicStart
    let nameBytes = topicBytes
    let hash: u32 = 0
    if (topicBytes > frameBytes - frameHeaderBytes) {
      status = frameStatusTopicLength
      nameBytes = 0
    } else if (topicBytes > 0 && load<u8>(buf + <usize>topicStart) == 0) {
      // Extended frame: magic, version, flags, then the optional fields in flag order.
      if (topicBytes < 5 || load<u8>(buf + <usize>topicStart + 1) != 0x53 || load<u8>(buf + <usize>topicStart + 2) != 0x58 || load<u8>(buf + <usize>topicStart + 3) != frameExtVersion) {
        status = frameStatusBadExtension
      } else {
        flags = <u32>load<u8>(buf + <usize>topicStart + 4)
        let field = topicStart + 5
        const need: u32 = 5 + ((flags & frameExtKey) != 0 ? 8 : 0) + ((flags & frameExtAck) != 0 ? 4 : 0)
        if ((flags & ~frameExtKnown) != 0 || topicBytes < need) {
          status = frameStatusBadExtension
        } else {
          if ((flags & frameExtKey) != 0) {
            keyHi = bswap32(load<u32>(buf + <usize>field))
            keyLo = bswap32(load<u32>(buf + <usize>field + 4))
            field += 8
          }
          if ((flags & frameExtAck) != 0) {
            ackId = bswap32(load<u32>(buf + <usize>field))
            field += 4
          }
          nameStart = field
          nameBytes = topicBytes - need
        }
      }
    }
    if (status == frameStatusOk) {
      if (nameBytes == 0 || nameBytes > frameTopicNameBytesMax) {
        status = frameStatusIllegalTopic
      } else {
        hash = topicCheckAndMap(buf + <usize>nameStart, nameBytes, limit)
        if (hash == 0xffffffff) status = frameStatusIllegalTopic
      }
    }
    store<u32>(tuple, pos)
    store<u32>(tuple, status, 4)
    store<u32>(tuple, priority, 8)
    store<u32>(tuple, flags, 12)
    store<u32>(tuple, nameStart, 16)
    store<u32>(tuple, nameBytes, 20)
    const payloadStart = status == frameStatusTopicLength ? frameEnd : topicStart + topicBytes
    store<u32>(tuple, payloadStart, 24)
    store<u32>(tuple, frameEnd - payloadStart, 28)
    store<u32>(tuple, keyHi, 32)
    store<u32>(tuple, keyLo, 36)
    store<u32>(tuple, ackId, 40)
    store<u32>(tuple, hash, 44)
    count++
    pos = frameEnd
  }
  store<u32>(out, count)
  store<u32>(out, pos, 4)
  store<u32>(out, fatal, 8)
  store<u32>(out, pos, 12)
  return count
}

// ---- dedup table ---------------------------------------------------------------------------------------
//
// Open addressing with linear probing over 16-byte slots: u64 key (0 = empty), u32 timestamp (ms on the
// host's table clock, never 0 once written), u32 unused. Header (64 bytes): 0 magic, 4 slot count (power of
// two), 8 window ms, 12 probe limit. Every worker's instance reads and writes the same slots with atomics:
// a key is claimed by a compare-exchange on its word, so two workers inserting different keys never lose
// either. Expired slots are reused in place (claimed by a compare-exchange on the timestamp), so the table
// never needs deletion and probe chains stay intact.

const dedupMagic: u32 = 0x50444453 // "SDDP"
const dedupHeaderBytes: usize = 64
const dedupSlotBytes: usize = 16
const dedupReservedKey: u64 = 0xffffffffffffffff

export const dedupNew: i32 = 0
export const dedupDuplicate: i32 = 1
export const dedupFull: i32 = 2

export function dedupRegionBytes(slots: u32): usize {
  return dedupHeaderBytes + <usize>slots * dedupSlotBytes
}

/**
 * `alreadyZero`: the host knows the region was never used (fresh memory from the engine's pool); skipping
 * the fill keeps a 1M-slot table from becoming resident before the first key arrives.
 */
export function dedupInit(table: usize, slots: u32, windowMs: u32, probeMax: u32, alreadyZero: bool): i32 {
  if (slots < 2 || (slots & (slots - 1)) != 0 || probeMax == 0 || probeMax > slots || windowMs == 0) return -1
  if (!alreadyZero) memory.fill(table, 0, dedupRegionBytes(slots))
  store<u32>(table, slots, 4)
  store<u32>(table, windowMs, 8)
  store<u32>(table, probeMax, 12)
  atomic.store<u32>(table, dedupMagic)
  return 0
}

@inline function dedupStoredKey(keyHi: u32, keyLo: u32): u64 {
  const key = ((<u64>keyHi) << 32) | <u64>keyLo
  return key == 0 ? dedupReservedKey : key
}

@inline function dedupHome(key: u64, mask: u32): u32 {
  let h = key * 0x9e3779b97f4a7c15
  h ^= h >> 29
  return <u32>h & mask
}

/**
 * Workers read the clock independently: a key another worker stamped a moment after this one read nowMs
 * has a stamp slightly AHEAD of nowMs. Unsigned, nowMs - stamp then wraps to ~2^32, which looked expired:
 * both copies passed. Stamps up to this far ahead count as live.
 */
const dedupClockAheadMsMax: u32 = 60_000

@inline function dedupLive(nowMs: u32, stamp: u32, windowMs: u32): bool {
  return nowMs - stamp < windowMs || stamp - nowMs <= dedupClockAheadMsMax
}

/** Waits (briefly) for a slot's timestamp being written by the worker that just claimed it. */
function dedupStamp(slot: usize): u32 {
  for (let spin = 0; spin < 10000; spin++) {
    const stamp = atomic.load<u32>(slot + 8)
    if (stamp != 0) return stamp
  }
  return 0
}

/**
 * Records `key` as seen at nowMs (host clock, > windowMs and never 0). Returns dedupDuplicate when it was
 * seen less than windowMs ago, dedupNew when it was not (it is recorded), dedupFull when probeMax slots
 * from its home are all live with other keys (not recorded: the host counts it and lets the event through).
 */
export function dedupCheck(table: usize, keyHi: u32, keyLo: u32, nowMs: u32): i32 {
  const slots = load<u32>(table, 4)
  const windowMs = load<u32>(table, 8)
  const probeMax = load<u32>(table, 12)
  const mask = slots - 1
  const key = dedupStoredKey(keyHi, keyLo)
  const home = dedupHome(key, mask)
  // Pass 1: find the key (a live or expired copy) before reusing any slot, so one key never occupies two.
  let reusable: usize = 0
  let reusableStamp: u32 = 0
  for (let i: u32 = 0; i < probeMax; i++) {
    const slot = table + dedupHeaderBytes + <usize>((home + i) & mask) * dedupSlotBytes
    let stored = atomic.load<u64>(slot)
    if (stored == 0) {
      if (reusable == 0) {
        const was = atomic.cmpxchg<u64>(slot, 0, key)
        if (was == 0) {
          atomic.store<u32>(slot + 8, nowMs)
          return dedupNew
        }
        stored = was
      } else {
        break
      }
    }
    if (stored == key) {
      const stamp = dedupStamp(slot)
      if (stamp == 0 || dedupLive(nowMs, stamp, windowMs)) return dedupDuplicate
      // Expired copy of the same key: refresh it; whoever wins the exchange saw it new.
      return atomic.cmpxchg<u32>(slot + 8, stamp, nowMs) == stamp ? dedupNew : dedupDuplicate
    }
    if (reusable == 0) {
      const stamp = atomic.load<u32>(slot + 8)
      if (stamp != 0 && !dedupLive(nowMs, stamp, windowMs)) {
        reusable = slot
        reusableStamp = stamp
      }
    }
  }
  if (reusable != 0 && atomic.cmpxchg<u32>(reusable + 8, reusableStamp, 0) == reusableStamp) {
    atomic.store<u64>(reusable, key)
    atomic.store<u32>(reusable + 8, nowMs)
    return dedupNew
  }
  return dedupFull
}

/** Forgets `key` (marks it expired) so a retry of an event that failed to publish is not a duplicate. */
export function dedupForget(table: usize, keyHi: u32, keyLo: u32): void {
  const slots = load<u32>(table, 4)
  const probeMax = load<u32>(table, 12)
  const mask = slots - 1
  const key = dedupStoredKey(keyHi, keyLo)
  const home = dedupHome(key, mask)
  for (let i: u32 = 0; i < probeMax; i++) {
    const slot = table + dedupHeaderBytes + <usize>((home + i) & mask) * dedupSlotBytes
    const stored = atomic.load<u64>(slot)
    if (stored == 0) return
    if (stored == key) {
      const stamp = dedupStamp(slot)
      // Stamp 1 is older than any window on the host clock (which starts above windowMs).
      if (stamp != 0) atomic.cmpxchg<u32>(slot + 8, stamp, 1)
      return
    }
  }
}

export function dedupIsValid(table: usize): bool {
  return atomic.load<u32>(table) == dedupMagic
}

/**
 * Copies `count` spans listed at `list` as u32 triples (destination, source, bytes): the I/O thread's
 * per-frame payload copies into the class rings' staging, one call per scanned batch instead of one
 * JS copy call per frame. Spans must not overlap each other's destinations (the host stages them apart).
 */
export function frameCopySpans(list: usize, count: u32): void {
  for (let i: u32 = 0; i < count; i++) {
    const at = list + <usize>i * 12
    memory.copy(<usize>load<u32>(at), <usize>load<u32>(at, 4), <usize>load<u32>(at, 8))
  }
}
