// Records of the internal compacted topic `__consumer_offsets`, encoded with Apache Kafka's own schemas
// (org.apache.kafka.coordinator.group.generated OffsetCommitKey/Value, GroupMetadataKey/Value; classic
// non-flexible encoding: int16 version first, strings as int16 length + UTF-8, null as length -1, bytes and
// arrays as int32 length). The key's version tells the record kind, as in Kafka:
//   key v0/v1: OffsetCommitKey   group STRING, topic STRING, partition INT32
//   key v2:    GroupMetadataKey  group STRING
// Values written (we read the older versions too):
//   OffsetCommitValue v3: offset INT64, leaderEpoch INT32, metadata STRING, commitTimestamp INT64
//   GroupMetadataValue v3: protocolType STRING, generation INT32, protocol NULLABLE_STRING,
//     leader NULLABLE_STRING, currentStateTimestamp INT64, members [memberId STRING,
//     groupInstanceId NULLABLE_STRING, clientId STRING, clientHost STRING, rebalanceTimeout INT32,
//     sessionTimeout INT32, subscription BYTES, assignment BYTES]
// A null value is a tombstone: the offset or the group was deleted. The topic is compacted by key, so the
// last value per key is the state.

/** The internal topic these records live in (one partition, compacted, hidden from Metadata). */
export const CONSUMER_OFFSETS_TOPIC = '__consumer_offsets'

/** What the coordinator persists through; the lead backs it with a durable compacted engine topic. */
export interface CoordinatorLog {
  /** Appends one record; resolves once it is durable (or at least ordered after every earlier append). */
  append(key: Uint8Array, value: Uint8Array | null): Promise<void>
  /** Every record in log order (compaction may have dropped superseded ones). */
  readAll(): AsyncIterable<{ key: Uint8Array; value: Uint8Array | null }>
}

/** An in-memory CoordinatorLog, for tests and for brokers without a data directory. */
export class MemoryCoordinatorLog implements CoordinatorLog {
  readonly records: { key: Uint8Array; value: Uint8Array | null }[] = []
  async append(key: Uint8Array, value: Uint8Array | null): Promise<void> {
    this.records.push({ key: key.slice(), value: value === null ? null : value.slice() })
  }
  async *readAll(): AsyncIterable<{ key: Uint8Array; value: Uint8Array | null }> {
    for (const r of this.records.slice()) yield r
  }
}

export class CoordinatorRecordError extends Error {
  override readonly name = 'CoordinatorRecordError'
}

export interface OffsetKey {
  readonly kind: 'offset'
  readonly group: string
  readonly topic: string
  readonly partition: number
}

export interface GroupKey {
  readonly kind: 'group'
  readonly group: string
}

export interface OffsetValue {
  readonly offset: bigint
  readonly leaderEpoch: number
  readonly metadata: string
  readonly commitTimestampMs: number
}

export interface StoredMember {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly clientId: string
  readonly clientHost: string
  readonly rebalanceTimeoutMs: number
  readonly sessionTimeoutMs: number
  readonly subscription: Uint8Array
  readonly assignment: Uint8Array
}

export interface GroupValue {
  readonly protocolType: string
  readonly generation: number
  readonly protocol: string | null
  readonly leader: string | null
  readonly currentStateTimestampMs: number
  readonly members: readonly StoredMember[]
}

const offsetKeyVersion = 1
const groupKeyVersion = 2
const offsetValueVersion = 3
const groupValueVersion = 3
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

class Out {
  private buf = new Uint8Array(64)
  private view = new DataView(this.buf.buffer)
  private pos = 0
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n))
    next.set(this.buf.subarray(0, this.pos))
    this.buf = next
    this.view = new DataView(next.buffer)
  }
  int16(v: number): void {
    this.room(2)
    this.view.setInt16(this.pos, v)
    this.pos += 2
  }
  int32(v: number): void {
    this.room(4)
    this.view.setInt32(this.pos, v)
    this.pos += 4
  }
  int64(v: bigint): void {
    this.room(8)
    this.view.setBigInt64(this.pos, v)
    this.pos += 8
  }
  raw(b: Uint8Array): void {
    this.room(b.length)
    this.buf.set(b, this.pos)
    this.pos += b.length
  }
  string(s: string | null): void {
    if (s === null) return this.int16(-1)
    const b = encoder.encode(s)
    if (b.length > 0x7fff) throw new CoordinatorRecordError(`a string of ${b.length} bytes does not fit an int16 length (max 32767)`)
    this.int16(b.length)
    this.raw(b)
  }
  bytes(b: Uint8Array): void {
    this.int32(b.length)
    this.raw(b)
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos)
  }
}

class In {
  private readonly view: DataView
  private pos = 0
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  }
  private need(n: number, what: string): void {
    if (this.pos + n > this.buf.length) throw new CoordinatorRecordError(`record truncated reading ${what} at byte ${this.pos} of ${this.buf.length}`)
  }
  int16(what: string): number {
    this.need(2, what)
    const v = this.view.getInt16(this.pos)
    this.pos += 2
    return v
  }
  int32(what: string): number {
    this.need(4, what)
    const v = this.view.getInt32(this.pos)
    this.pos += 4
    return v
  }
  int64(what: string): bigint {
    this.need(8, what)
    const v = this.view.getBigInt64(this.pos)
    this.pos += 8
    return v
  }
  nullableString(what: string): string | null {
    const n = this.int16(what)
    if (n < 0) return null
    this.need(n, what)
    const s = decoder.decode(this.buf.subarray(this.pos, this.pos + n))
    this.pos += n
    return s
  }
  string(what: string): string {
    const s = this.nullableString(what)
    if (s === null) throw new CoordinatorRecordError(`${what} is null where a string is required`)
    return s
  }
  bytes(what: string): Uint8Array {
    const n = this.int32(what)
    if (n < 0) return new Uint8Array(0)
    this.need(n, what)
    const b = this.buf.slice(this.pos, this.pos + n)
    this.pos += n
    return b
  }
}

export function encodeOffsetKey(group: string, topic: string, partition: number): Uint8Array {
  const o = new Out()
  o.int16(offsetKeyVersion)
  o.string(group)
  o.string(topic)
  o.int32(partition)
  return o.finish()
}

export function encodeGroupKey(group: string): Uint8Array {
  const o = new Out()
  o.int16(groupKeyVersion)
  o.string(group)
  return o.finish()
}

export function decodeKey(bytes: Uint8Array): OffsetKey | GroupKey {
  const i = new In(bytes)
  const version = i.int16('key version')
  if (version === 0 || version === 1) {
    const group = i.string('OffsetCommitKey.group')
    const topic = i.string('OffsetCommitKey.topic')
    const partition = i.int32('OffsetCommitKey.partition')
    return { kind: 'offset', group, topic, partition }
  }
  if (version === 2) return { kind: 'group', group: i.string('GroupMetadataKey.group') }
  throw new CoordinatorRecordError(`unknown __consumer_offsets key version ${version} (this broker reads 0-2)`)
}

export function encodeOffsetValue(v: OffsetValue): Uint8Array {
  const o = new Out()
  o.int16(offsetValueVersion)
  o.int64(v.offset)
  o.int32(v.leaderEpoch)
  o.string(v.metadata)
  o.int64(BigInt(v.commitTimestampMs))
  return o.finish()
}

export function decodeOffsetValue(bytes: Uint8Array): OffsetValue {
  const i = new In(bytes)
  const version = i.int16('OffsetCommitValue version')
  if (version < 0 || version > 3) throw new CoordinatorRecordError(`unknown OffsetCommitValue version ${version} (this broker reads 0-3)`)
  const offset = i.int64('OffsetCommitValue.offset')
  const leaderEpoch = version >= 3 ? i.int32('OffsetCommitValue.leaderEpoch') : -1
  const metadata = i.string('OffsetCommitValue.metadata')
  const commitTimestampMs = Number(i.int64('OffsetCommitValue.commitTimestamp'))
  // v1 also holds expireTimestamp, which retention no longer uses.
  if (version === 1) i.int64('OffsetCommitValue.expireTimestamp')
  return { offset, leaderEpoch, metadata, commitTimestampMs }
}

export function encodeGroupValue(v: GroupValue): Uint8Array {
  const o = new Out()
  o.int16(groupValueVersion)
  o.string(v.protocolType)
  o.int32(v.generation)
  o.string(v.protocol)
  o.string(v.leader)
  o.int64(BigInt(v.currentStateTimestampMs))
  o.int32(v.members.length)
  for (const m of v.members) {
    o.string(m.memberId)
    o.string(m.groupInstanceId)
    o.string(m.clientId)
    o.string(m.clientHost)
    o.int32(m.rebalanceTimeoutMs)
    o.int32(m.sessionTimeoutMs)
    o.bytes(m.subscription)
    o.bytes(m.assignment)
  }
  return o.finish()
}

/** Members a stored group may hold when read back: bounds the loop over untrusted counts. */
const storedMembersMax = 1_000_000

export function decodeGroupValue(bytes: Uint8Array): GroupValue {
  const i = new In(bytes)
  const version = i.int16('GroupMetadataValue version')
  if (version < 0 || version > 3) throw new CoordinatorRecordError(`unknown GroupMetadataValue version ${version} (this broker reads 0-3)`)
  const protocolType = i.string('GroupMetadataValue.protocolType')
  const generation = i.int32('GroupMetadataValue.generation')
  const protocol = i.nullableString('GroupMetadataValue.protocol')
  const leader = i.nullableString('GroupMetadataValue.leader')
  const currentStateTimestampMs = version >= 2 ? Number(i.int64('GroupMetadataValue.currentStateTimestamp')) : -1
  const count = i.int32('GroupMetadataValue.members')
  if (count < 0 || count > storedMembersMax) throw new CoordinatorRecordError(`GroupMetadataValue holds ${count} members (0-${storedMembersMax} allowed)`)
  const members: StoredMember[] = []
  for (let k = 0; k < count; k++) {
    const memberId = i.string('member.memberId')
    const groupInstanceId = version >= 3 ? i.nullableString('member.groupInstanceId') : null
    const clientId = i.string('member.clientId')
    const clientHost = i.string('member.clientHost')
    const rebalanceTimeoutMs = version >= 1 ? i.int32('member.rebalanceTimeout') : -1
    const sessionTimeoutMs = i.int32('member.sessionTimeout')
    const subscription = i.bytes('member.subscription')
    const assignment = i.bytes('member.assignment')
    members.push({ memberId, groupInstanceId, clientId, clientHost, rebalanceTimeoutMs: rebalanceTimeoutMs < 0 ? sessionTimeoutMs : rebalanceTimeoutMs, sessionTimeoutMs, subscription, assignment })
  }
  return { protocolType, generation, protocol, leader, currentStateTimestampMs, members }
}
