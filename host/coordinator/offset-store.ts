// Committed offsets per (group, topic, partition), kept in the compacted `__consumer_offsets` log
// (records.ts), and the OffsetCommit, OffsetFetch and OffsetDelete requests that read and change them.
// Group membership checks (generation, member id) are asked of the group coordinator through GroupAccess,
// so this module knows offsets and the log, nothing of rebalancing.

import type { MessageInit } from '../kafka/protocol/codec.js'
import type {
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetCommitResponseTopic,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetDeleteResponseTopic,
  OffsetFetchRequest,
  OffsetFetchResponse,
  OffsetFetchResponseGroup,
  OffsetFetchResponsePartition,
  OffsetFetchResponseTopic,
} from '../kafka/protocol/index.js'
import type { Clock } from './clock.js'
import { CoordinatorError } from './errors.js'
import { type CoordinatorLog, type OffsetValue, encodeOffsetKey, encodeOffsetValue } from './records.js'

export interface CommittedOffset extends OffsetValue {}

export interface OffsetStoreLimits {
  /** Committed offsets held across all groups; a commit of a new partition beyond it gets INVALID_COMMIT_OFFSET_SIZE. */
  readonly offsetsMax: number
  /** Kafka's offset.metadata.max.bytes (compared, like Kafka, with the metadata string's length). */
  readonly offsetMetadataCharsMax: number
}

export const OFFSET_STORE_LIMITS_DEFAULT: OffsetStoreLimits = Object.freeze({ offsetsMax: 1_000_000, offsetMetadataCharsMax: 4096 })

/** What the offset requests need to know of groups; implemented by GroupCoordinator. */
export interface GroupAccess {
  /** COORDINATOR_LOAD_IN_PROGRESS until the log has been read, then NONE. */
  loadError(): number
  /**
   * Checks a commit against the group (Kafka's validateOffsetCommit): members commit with their member id and
   * the current generation; generation -1 with no member id is a "simple" commit, allowed while the group
   * has no members (and it creates the group if it does not exist). Refreshes the member's session.
   * Returns NONE or the error for every partition of the commit.
   */
  validateOffsetCommit(groupId: string, generationId: number, memberId: string, groupInstanceId: string | null): number
  /** OffsetDelete: the group-level error, or which topics the group's members subscribe to. */
  offsetDeleteCheck(groupId: string): { errorCode: number; subscribed: (topic: string) => boolean }
}

/** Whether a topic partition exists (the broker checks its engine). */
export type PartitionExists = (topic: string, partition: number) => boolean

export interface LagEntry {
  readonly topic: string
  readonly partition: number
  readonly committedOffset: bigint
  /** The partition's end offset (the next offset to be written), or -1n when the partition is gone. */
  readonly endOffset: bigint
  /** endOffset - committedOffset, never below 0; -1n when endOffset is unknown. */
  readonly lag: bigint
}

const keyOf = (group: string, topic: string, partition: number): string => `${group}\u0000${topic}\u0000${partition}`

export class OffsetStore {
  /** group -> topic -> partition -> offset */
  private readonly byGroup = new Map<string, Map<string, Map<number, CommittedOffset>>>()
  private offsetsHeld = 0
  /**
   * Appends complete in any order; memory must end as the log does. Each append takes a sequence number
   * and only the latest issued for its key is applied when it completes.
   */
  private appendSeq = 0
  private readonly latestIssued = new Map<string, number>()

  constructor(
    private readonly log: CoordinatorLog,
    private readonly clock: Clock,
    readonly limits: OffsetStoreLimits = OFFSET_STORE_LIMITS_DEFAULT,
  ) {}

  /** Offsets held across all groups. */
  get size(): number {
    return this.offsetsHeld
  }

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.byGroup.get(group)?.get(topic)?.get(partition)
  }

  /** Every committed offset of a group, by topic then partition. */
  offsetsOf(group: string): ReadonlyMap<string, ReadonlyMap<number, CommittedOffset>> {
    return this.byGroup.get(group) ?? new Map()
  }

  hasOffsets(group: string): boolean {
    return this.byGroup.has(group)
  }

  groupIds(): IterableIterator<string> {
    return this.byGroup.keys()
  }

  /** Applies a record read from the log while loading. */
  applyLoaded(group: string, topic: string, partition: number, value: CommittedOffset | null): void {
    this.set(group, topic, partition, value)
  }

  private set(group: string, topic: string, partition: number, value: CommittedOffset | null): void {
    let topics = this.byGroup.get(group)
    if (value === null) {
      const parts = topics?.get(topic)
      if (parts === undefined || !parts.delete(partition)) return
      this.offsetsHeld--
      if (parts.size === 0) topics!.delete(topic)
      if (topics!.size === 0) this.byGroup.delete(group)
      return
    }
    if (topics === undefined) this.byGroup.set(group, (topics = new Map()))
    let parts = topics.get(topic)
    if (parts === undefined) topics.set(topic, (parts = new Map()))
    if (!parts.has(partition)) this.offsetsHeld++
    parts.set(partition, value)
  }

  /** Writes one offset (or a tombstone) to the log, then to memory. Rejects if the log append fails. */
  async write(group: string, topic: string, partition: number, value: CommittedOffset | null): Promise<void> {
    const key = keyOf(group, topic, partition)
    const seq = ++this.appendSeq
    this.latestIssued.set(key, seq)
    try {
      await this.log.append(encodeOffsetKey(group, topic, partition), value === null ? null : encodeOffsetValue(value))
    } catch (error) {
      if (this.latestIssued.get(key) === seq) this.latestIssued.delete(key)
      throw error
    }
    if (this.latestIssued.get(key) !== seq) return
    this.latestIssued.delete(key)
    this.set(group, topic, partition, value)
  }

  /** Tombstones every offset of a group (DeleteGroups). */
  async deleteGroup(group: string): Promise<void> {
    const writes: Promise<void>[] = []
    for (const [topic, parts] of this.offsetsOf(group)) {
      for (const partition of parts.keys()) writes.push(this.write(group, topic, partition, null))
    }
    await Promise.all(writes)
  }

  /** Removes, with tombstones, offsets committed longer than `retentionMs` ago, for groups that `expirable` allows. */
  async expire(retentionMs: number, expirable: (group: string) => boolean): Promise<number> {
    const nowMs = this.clock.now()
    const writes: Promise<void>[] = []
    for (const [group, topics] of this.byGroup) {
      if (!expirable(group)) continue
      for (const [topic, parts] of topics) {
        for (const [partition, v] of parts) {
          if (v.commitTimestampMs + retentionMs <= nowMs) writes.push(this.write(group, topic, partition, null))
        }
      }
    }
    await Promise.all(writes)
    return writes.length
  }

  /** Consumer lag of a group per committed partition, against the end offsets the broker reports. */
  lag(group: string, endOffset: (topic: string, partition: number) => bigint | number | null): LagEntry[] {
    const out: LagEntry[] = []
    for (const [topic, parts] of this.offsetsOf(group)) {
      for (const [partition, v] of parts) {
        const end = endOffset(topic, partition)
        if (end === null) {
          out.push({ topic, partition, committedOffset: v.offset, endOffset: -1n, lag: -1n })
          continue
        }
        const endBig = BigInt(end)
        const lag = endBig - v.offset
        out.push({ topic, partition, committedOffset: v.offset, endOffset: endBig, lag: lag < 0n ? 0n : lag })
      }
    }
    out.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition))
    return out
  }

  // ---- requests ---------------------------------------------------------------------------------------

  async handleOffsetCommit(req: OffsetCommitRequest, version: number, groups: GroupAccess, partitionExists: PartitionExists): Promise<MessageInit<OffsetCommitResponse>> {
    const loadError = groups.loadError()
    const topicsOut: MessageInit<OffsetCommitResponseTopic>[] = []
    const pending: Promise<void>[] = []
    let groupError: number | null = loadError !== CoordinatorError.NONE ? loadError : null
    const nowMs = this.clock.now()
    // New keys this request adds, so that one request cannot pass offsetsMax by many partitions at once.
    let newKeys = 0
    for (const t of req.topics) {
      const partitionsOut: { partitionIndex: number; errorCode: number }[] = []
      topicsOut.push({ name: t.name, partitions: partitionsOut })
      for (const p of t.partitions) {
        const out = { partitionIndex: p.partitionIndex, errorCode: CoordinatorError.NONE as number }
        partitionsOut.push(out)
        // As Kafka's KafkaApis: partitions that do not exist are answered before the group is consulted.
        if (loadError === CoordinatorError.NONE && !partitionExists(t.name, p.partitionIndex)) {
          out.errorCode = CoordinatorError.UNKNOWN_TOPIC_OR_PARTITION
          continue
        }
        if (groupError === null) groupError = groups.validateOffsetCommit(req.groupId, req.generationIdOrMemberEpoch, req.memberId, req.groupInstanceId)
        if (groupError !== CoordinatorError.NONE) {
          out.errorCode = groupError
          continue
        }
        const metadata = p.committedMetadata ?? ''
        if (metadata.length > this.limits.offsetMetadataCharsMax) {
          out.errorCode = CoordinatorError.OFFSET_METADATA_TOO_LARGE
          continue
        }
        if (this.get(req.groupId, t.name, p.partitionIndex) === undefined) {
          if (this.offsetsHeld + newKeys >= this.limits.offsetsMax) {
            out.errorCode = CoordinatorError.INVALID_COMMIT_OFFSET_SIZE
            continue
          }
          newKeys++
        }
        const commitTimestampMs = version === 1 && p.commitTimestamp >= 0n ? Number(p.commitTimestamp) : nowMs
        const value: CommittedOffset = { offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch, metadata, commitTimestampMs }
        pending.push(
          this.write(req.groupId, t.name, p.partitionIndex, value).catch(() => {
            // Kafka answers a failed write to __consumer_offsets with a retriable error.
            out.errorCode = CoordinatorError.COORDINATOR_NOT_AVAILABLE
          }),
        )
      }
    }
    await Promise.all(pending)
    return { throttleTimeMs: 0, topics: topicsOut }
  }

  handleOffsetFetch(req: OffsetFetchRequest, version: number, groups: GroupAccess): MessageInit<OffsetFetchResponse> {
    const loadError = groups.loadError()
    if (version >= 8) {
      const groupsOut: MessageInit<OffsetFetchResponseGroup>[] = req.groups.map((g) => {
        if (loadError !== CoordinatorError.NONE) return { groupId: g.groupId, topics: [], errorCode: loadError }
        return { groupId: g.groupId, topics: this.fetchTopics(g.groupId, g.topics, CoordinatorError.NONE), errorCode: CoordinatorError.NONE }
      })
      return { throttleTimeMs: 0, groups: groupsOut }
    }
    if (loadError !== CoordinatorError.NONE) {
      // v0-1 have no top-level error code: the error goes on every partition asked for.
      if (version < 2) return { throttleTimeMs: 0, topics: this.fetchTopics(req.groupId, req.topics, loadError) }
      return { throttleTimeMs: 0, topics: [], errorCode: loadError }
    }
    return { throttleTimeMs: 0, topics: this.fetchTopics(req.groupId, req.topics, CoordinatorError.NONE), errorCode: CoordinatorError.NONE }
  }

  private fetchTopics(group: string, topics: readonly { name: string; partitionIndexes: number[] }[] | null, errorCode: number): MessageInit<OffsetFetchResponseTopic>[] {
    const none = (partitionIndex: number): MessageInit<OffsetFetchResponsePartition> => ({
      partitionIndex,
      committedOffset: -1n,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode,
    })
    const one = (partitionIndex: number, v: CommittedOffset | undefined): MessageInit<OffsetFetchResponsePartition> =>
      v === undefined || errorCode !== CoordinatorError.NONE
        ? none(partitionIndex)
        : { partitionIndex, committedOffset: v.offset, committedLeaderEpoch: v.leaderEpoch, metadata: v.metadata, errorCode }
    if (topics === null) {
      const out: MessageInit<OffsetFetchResponseTopic>[] = []
      for (const [name, parts] of this.offsetsOf(group)) {
        out.push({ name, partitions: [...parts].sort((a, b) => a[0] - b[0]).map(([p, v]) => one(p, v)) })
      }
      return out
    }
    return topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => one(p, this.get(group, t.name, p))) }))
  }

  async handleOffsetDelete(req: OffsetDeleteRequest, groups: GroupAccess, partitionExists: PartitionExists): Promise<MessageInit<OffsetDeleteResponse>> {
    const loadError = groups.loadError()
    if (loadError !== CoordinatorError.NONE) return { errorCode: loadError, throttleTimeMs: 0, topics: [] }
    const check = groups.offsetDeleteCheck(req.groupId)
    if (check.errorCode !== CoordinatorError.NONE) return { errorCode: check.errorCode, throttleTimeMs: 0, topics: [] }
    const topicsOut: MessageInit<OffsetDeleteResponseTopic>[] = []
    const pending: Promise<void>[] = []
    for (const t of req.topics) {
      const partitions: { partitionIndex: number; errorCode: number }[] = []
      topicsOut.push({ name: t.name, partitions })
      const subscribed = check.subscribed(t.name)
      for (const p of t.partitions) {
        const out = { partitionIndex: p.partitionIndex, errorCode: CoordinatorError.NONE as number }
        partitions.push(out)
        if (!partitionExists(t.name, p.partitionIndex)) out.errorCode = CoordinatorError.UNKNOWN_TOPIC_OR_PARTITION
        else if (subscribed) out.errorCode = CoordinatorError.GROUP_SUBSCRIBED_TO_TOPIC
        else if (this.get(req.groupId, t.name, p.partitionIndex) !== undefined) {
          pending.push(
            this.write(req.groupId, t.name, p.partitionIndex, null).catch(() => {
              out.errorCode = CoordinatorError.COORDINATOR_NOT_AVAILABLE
            }),
          )
        }
      }
    }
    await Promise.all(pending)
    return { errorCode: CoordinatorError.NONE, throttleTimeMs: 0, topics: topicsOut }
  }
}
