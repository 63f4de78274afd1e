// The topic directory, in shared memory so that every worker resolves and creates topics itself: a table of
// fixed topic entries, an open-addressing hash from name to entry, a heap of name bytes, and a table of
// partition entries. An idle topic costs its entry (32 B), two hash slots (8 B), its name and 16 B per
// partition; its window is allocated on first use (host/memory/window-pool.ts).
//
// Writers (create, grow, delete) take the directory lock; readers never do. An entry is filled completely
// before its state word turns live and before its hash slot is published, both with atomic stores.
//
// A topic's partitions are extents of contiguous partition entries: the one made at creation and one per
// growth (the entries right after a topic's may already be another topic's). Growth fills the new entries,
// links the new extent from the last one, and only then stores the new partition count, so a worker that
// loads the count (Atomics) finds every partition below it initialised and linked.

import { CapacityError, TopicExistsError, UnknownTopicError } from './errors.js'
import { Control, PartitionField, TopicField, TopicFlag, TopicState, partitionEntryWords, topicEntryWords } from '../memory/layout.js'
import { type SharedState } from '../memory/shared.js'
import { validateTopicName } from './topic-name.js'

const hashTombstone = -1

/** What a worker caches about a topic; `index` is stable for the topic's life (entries are never reused). */
export interface TopicRef {
  readonly index: number
  readonly name: string
  readonly partitionCount: number
  /** Global index of partition 0 (the first extent). Use `globals` for any partition of a grown topic. */
  readonly firstPartition: number
  /** Global partition entry of each partition, `partitionCount` long (several extents once grown). */
  readonly globals: Int32Array
  readonly windowBytes: number
  readonly recordBytesMax: number
  /** Persisted to the data directory by the engine that opened the memory. */
  readonly durable: boolean
}

/** FNV-1a over the name's char codes (names are ASCII by Kafka's rule). */
function hashName(name: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export class Directory {
  private readonly topicsWord: number
  private readonly hashWord: number
  private readonly hashMask: number
  private readonly namesOffset: number
  private readonly partitionsWord: number

  constructor(private readonly shared: SharedState) {
    const { layout } = shared
    this.topicsWord = layout.topics.offset >>> 2
    this.hashWord = layout.topicHash.offset >>> 2
    this.hashMask = layout.topicHashSlots - 1
    this.namesOffset = layout.topicNames.offset
    this.partitionsWord = layout.partitions.offset >>> 2
  }

  topicWord(index: number, field: number): number {
    return this.topicsWord + index * topicEntryWords + field
  }

  partitionWord(globalPartition: number, field: number): number {
    return this.partitionsWord + globalPartition * partitionEntryWords + field
  }

  /** Topic entries ever created (live and deleted); entries are appended in creation order. */
  topicCount(): number {
    return Atomics.load(this.shared.i32, this.shared.controlIndex(Control.topicCount))
  }

  isLive(index: number): boolean {
    return Atomics.load(this.shared.i32, this.topicWord(index, TopicField.state)) === TopicState.live
  }

  nameOf(index: number): string {
    const { i32, u8 } = this.shared
    const offset = i32[this.topicWord(index, TopicField.nameOffset)]
    const length = i32[this.topicWord(index, TopicField.nameLength)]
    return String.fromCharCode(...u8.subarray(this.namesOffset + offset, this.namesOffset + offset + length))
  }

  private nameEquals(index: number, name: string): boolean {
    const { i32, u8 } = this.shared
    if (i32[this.topicWord(index, TopicField.nameLength)] !== name.length) return false
    const start = this.namesOffset + i32[this.topicWord(index, TopicField.nameOffset)]
    for (let i = 0; i < name.length; i++) if (u8[start + i] !== name.charCodeAt(i)) return false
    return true
  }

  /** The partition count as published now (it only grows): compare with a cached ref's to see growth. */
  partitionCountOf(index: number): number {
    return Atomics.load(this.shared.i32, this.topicWord(index, TopicField.partitionCount))
  }

  refOf(index: number): TopicRef {
    const i32 = this.shared.i32
    const firstPartition = i32[this.topicWord(index, TopicField.firstPartition)]
    const globals = this.globalsOf(firstPartition, this.partitionCountOf(index))
    return {
      index,
      name: this.nameOf(index),
      partitionCount: globals.length,
      firstPartition,
      globals,
      windowBytes: i32[this.topicWord(index, TopicField.windowBytes)],
      recordBytesMax: i32[this.topicWord(index, TopicField.recordBytesMax)],
      durable: (i32[this.topicWord(index, TopicField.flags)] & TopicFlag.durable) !== 0,
    }
  }

  /** Walks the extents from `firstPartition` for `count` partitions (fewer only for an entry being created). */
  private globalsOf(firstPartition: number, count: number): Int32Array {
    const i32 = this.shared.i32
    const globals = new Int32Array(count)
    let extent = firstPartition
    let partition = 0
    while (partition < count) {
      const length = Atomics.load(i32, this.partitionWord(extent, PartitionField.extentLength))
      for (let i = 0; i < length && partition < count; i++) globals[partition++] = extent + i
      if (partition >= count) break
      const next = Atomics.load(i32, this.partitionWord(extent, PartitionField.extentNext))
      if (length === 0 || next === 0) return globals.subarray(0, partition)
      extent = next - 1
    }
    return globals
  }

  /** Returns the live topic's index, or -1. Lock-free. */
  lookup(name: string): number {
    const i32 = this.shared.i32
    let slot = hashName(name) & this.hashMask
    for (let probes = 0; probes <= this.hashMask; probes++) {
      const value = Atomics.load(i32, this.hashWord + slot)
      if (value === 0) return -1
      if (value !== hashTombstone) {
        const index = value - 1
        if (this.nameEquals(index, name) && this.isLive(index)) return index
      }
      slot = (slot + 1) & this.hashMask
    }
    return -1
  }

  resolve(name: string): TopicRef {
    const index = this.lookup(name)
    if (index < 0) throw new UnknownTopicError(name)
    return this.refOf(index)
  }

  create(name: string, partitions: number, windowBytes: number, recordBytesMax: number, durable = false, beforePublish?: (firstPartition: number) => void): TopicRef {
    validateTopicName(name)
    const shared = this.shared
    const { i32, u8, layout } = shared
    const lockIndex = shared.controlIndex(Control.directoryLock)
    shared.lock(lockIndex, 'topic directory')
    try {
      if (this.lookup(name) >= 0) throw new TopicExistsError(name)
      const index = i32[shared.controlIndex(Control.topicCount)]
      if (index >= layout.limits.topicsMax) {
        throw new CapacityError(`cannot create topic ${JSON.stringify(name)}: the directory holds ${index} topics`, layout.limits.topicsMax, 'raise topicsMax when opening the engine')
      }
      const firstPartition = i32[shared.controlIndex(Control.partitionCount)]
      if (firstPartition + partitions > layout.limits.partitionsMax) {
        throw new CapacityError(
          `cannot create ${partitions} partitions for ${JSON.stringify(name)}: ${firstPartition} partitions exist`,
          layout.limits.partitionsMax,
          'raise partitionsMax when opening the engine',
        )
      }
      const nameOffset = i32[shared.controlIndex(Control.nameBytesUsed)]
      if (nameOffset + name.length > layout.topicNames.bytes) {
        throw new CapacityError(`no room for the name of topic ${JSON.stringify(name)}`, layout.topicNames.bytes, 'raise topicsMax (the name heap grows with it)')
      }
      for (let i = 0; i < name.length; i++) u8[this.namesOffset + nameOffset + i] = name.charCodeAt(i)
      for (let p = 0; p < partitions; p++) {
        const global = firstPartition + p
        i32[this.partitionWord(global, PartitionField.topic)] = index
        i32[this.partitionWord(global, PartitionField.number)] = p
        Atomics.store(i32, this.partitionWord(global, PartitionField.window), 0)
      }
      i32[this.topicWord(index, TopicField.nameOffset)] = nameOffset
      i32[this.topicWord(index, TopicField.nameLength)] = name.length
      i32[this.topicWord(index, TopicField.partitionCount)] = partitions
      i32[this.topicWord(index, TopicField.firstPartition)] = firstPartition
      i32[this.topicWord(index, TopicField.windowBytes)] = windowBytes
      i32[this.topicWord(index, TopicField.recordBytesMax)] = recordBytesMax
      i32[this.topicWord(index, TopicField.flags)] = durable ? TopicFlag.durable : 0
      for (let p = 0; p < partitions; p++) this.clearPartitionEntry(firstPartition + p)
      Atomics.store(i32, this.partitionWord(firstPartition, PartitionField.extentLength), partitions)
      // The opener sets start offsets of recovered partitions here, before anyone can see the topic.
      beforePublish?.(firstPartition)
      Atomics.store(i32, this.topicWord(index, TopicField.state), TopicState.live)
      this.insertHash(name, index)
      i32[shared.controlIndex(Control.nameBytesUsed)] = nameOffset + name.length
      i32[shared.controlIndex(Control.partitionCount)] = firstPartition + partitions
      Atomics.store(i32, shared.controlIndex(Control.topicCount), index + 1)
    } finally {
      shared.unlock(lockIndex)
    }
    shared.bump(shared.controlIndex(Control.topicSequence))
    return this.resolve(name)
  }

  private clearPartitionEntry(global: number): void {
    const i32 = this.shared.i32
    for (const field of [PartitionField.startOffsetLow, PartitionField.startOffsetHigh, PartitionField.durableOffsetLow, PartitionField.durableOffsetHigh, PartitionField.durableError, PartitionField.logStartOffsetLow, PartitionField.logStartOffsetHigh, PartitionField.extentLength, PartitionField.extentNext]) {
      i32[this.partitionWord(global, field)] = 0
    }
  }

  /**
   * Grows a live topic to `partitionCount` partitions (Kafka's CreatePartitions): the new partitions are a
   * new extent of entries, initialised and linked before the count is published. `beforePublish` gets the
   * global index of the first new entry (the opener sets recovered offsets there). Returns the grown ref.
   */
  grow(name: string, partitionCount: number, beforePublish?: (firstNewPartition: number) => void): TopicRef {
    const shared = this.shared
    const { i32, layout } = shared
    const lockIndex = shared.controlIndex(Control.directoryLock)
    let index: number
    shared.lock(lockIndex, 'topic directory')
    try {
      index = this.lookup(name)
      if (index < 0) throw new UnknownTopicError(name)
      const current = i32[this.topicWord(index, TopicField.partitionCount)]
      if (!Number.isSafeInteger(partitionCount) || partitionCount <= current) {
        throw new RangeError(`topic ${JSON.stringify(name)} has ${current} partitions: a partition count can only grow, and ${String(partitionCount)} is not more`)
      }
      if (partitionCount > layout.limits.partitionsPerTopicMax) {
        throw new CapacityError(`cannot grow topic ${JSON.stringify(name)} to ${partitionCount} partitions`, layout.limits.partitionsPerTopicMax, 'a topic has at most partitionsPerTopicMax partitions')
      }
      const added = partitionCount - current
      const first = i32[shared.controlIndex(Control.partitionCount)]
      if (first + added > layout.limits.partitionsMax) {
        throw new CapacityError(`cannot add ${added} partitions to ${JSON.stringify(name)}: ${first} partitions exist`, layout.limits.partitionsMax, 'raise partitionsMax when opening the engine')
      }
      for (let p = 0; p < added; p++) {
        const global = first + p
        i32[this.partitionWord(global, PartitionField.topic)] = index
        i32[this.partitionWord(global, PartitionField.number)] = current + p
        Atomics.store(i32, this.partitionWord(global, PartitionField.window), 0)
        this.clearPartitionEntry(global)
      }
      Atomics.store(i32, this.partitionWord(first, PartitionField.extentLength), added)
      beforePublish?.(first)
      let last = i32[this.topicWord(index, TopicField.firstPartition)]
      for (let next = i32[this.partitionWord(last, PartitionField.extentNext)]; next !== 0; next = i32[this.partitionWord(last, PartitionField.extentNext)]) last = next - 1
      Atomics.store(i32, this.partitionWord(last, PartitionField.extentNext), first + 1)
      i32[shared.controlIndex(Control.partitionCount)] = first + added
      // Last: from here on workers that load the count see the new partitions, fully initialised.
      Atomics.store(i32, this.topicWord(index, TopicField.partitionCount), partitionCount)
    } finally {
      shared.unlock(lockIndex)
    }
    // Subscribers (patterns and literal topics) and the opener's durable watcher look again on this bump.
    shared.bump(shared.controlIndex(Control.topicSequence))
    return this.refOf(index)
  }

  /** Partition number of a global partition entry (its place in its topic). */
  partitionNumberOf(global: number): number {
    return this.shared.i32[this.partitionWord(global, PartitionField.number)]
  }

  private insertHash(name: string, index: number): void {
    const i32 = this.shared.i32
    let slot = hashName(name) & this.hashMask
    for (;;) {
      const value = i32[this.hashWord + slot]
      if (value === 0 || value === hashTombstone) {
        Atomics.store(i32, this.hashWord + slot, index + 1)
        return
      }
      slot = (slot + 1) & this.hashMask
    }
  }

  /**
   * Marks the topic deleted and unhooks it from the hash; returns its ref so the caller can retire and free
   * its windows. The entry itself stays (deleted) so stale refs in other workers can tell.
   */
  delete(name: string): TopicRef {
    const shared = this.shared
    const i32 = shared.i32
    const lockIndex = shared.controlIndex(Control.directoryLock)
    shared.lock(lockIndex, 'topic directory')
    let ref: TopicRef
    try {
      const index = this.lookup(name)
      if (index < 0) throw new UnknownTopicError(name)
      ref = this.refOf(index)
      Atomics.store(i32, this.topicWord(index, TopicField.state), TopicState.deleted)
      let slot = hashName(name) & this.hashMask
      while (Atomics.load(i32, this.hashWord + slot) !== index + 1) slot = (slot + 1) & this.hashMask
      Atomics.store(i32, this.hashWord + slot, hashTombstone)
    } finally {
      shared.unlock(lockIndex)
    }
    shared.bump(shared.controlIndex(Control.topicSequence))
    return ref
  }

  /** Names of live topics, in creation order. */
  liveNames(): string[] {
    const names: string[] = []
    const count = this.topicCount()
    for (let index = 0; index < count; index++) if (this.isLive(index)) names.push(this.nameOf(index))
    return names
  }
}
