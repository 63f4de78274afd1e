// The layout table: every region of the shared memory with its size and alignment, computed once by the
// engine that creates the memory and posted (as plain numbers) to every worker that attaches.
//
// Regions, from align(heapBase, 64):
//   control         engine-wide words: magic, closed flag, locks, counters, futex sequences
//   workerSlots     one word per attachable engine instance (0 free, 1 taken)
//   scratch         per worker slot: publish staging, read buffer, read cursor
//   topics          topicsMax fixed entries (state, name, partitions, limits)
//   topicHash       open-addressing table name -> topic index + 1, a power of two >= 2 * topicsMax
//   topicNames      topic name bytes (names are ASCII by Kafka's rule), bump-allocated
//   partitions      partitionsMax fixed entries (window pointer, futex, owner topic, extent links)
//   allocationLog   partition indexes in the order their windows were allocated (subscribers tail it)
//   freeWindows     windows returned by deleted topics, reused by size
//   windowPool      the rest: partition windows, allocated on first use

import { type EngineLimits } from '../engine/options.js'

export const layoutMagic = 0x534c4345 // "SLCE"
export const layoutVersion = 1
export const cacheLineBytes = 64

/** Word indexes (Int32) inside the control region. Each group that different threads write sits apart. */
export const Control = {
  magic: 0,
  version: 1,
  closed: 2,
  durableByDefault: 3, // 1 when the opener has a data directory: new topics are durable unless asked not to be
  directoryLock: 16, // line 1: topic creation and deletion
  topicCount: 17,
  topicSequence: 18, // bumped (and notified) on every create/delete: pattern subscribers park on it
  nameBytesUsed: 19,
  partitionCount: 20,
  poolLock: 32, // line 2: the window pool
  poolBumpOffset: 33,
  freeWindowCount: 34,
  allocationCount: 48, // line 3: window allocations, tailed by subscribers
  allocationSequence: 49,
  words: 64,
} as const

export const topicEntryWords = 8
export const TopicField = {
  state: 0,
  nameOffset: 1,
  nameLength: 2,
  partitionCount: 3,
  firstPartition: 4,
  windowBytes: 5,
  recordBytesMax: 6,
  flags: 7,
} as const
export const TopicFlag = { durable: 1 } as const
export const TopicState = { empty: 0, live: 1, deleted: 2 } as const

// One cache line per partition: the window pointer and its futex, the offset the log ends at when the
// window is created (durable topics), and the durable offset publishers wait for, with its futex.
export const partitionEntryWords = 16
export const PartitionField = {
  window: 0,
  futex: 1,
  topic: 2,
  number: 3,
  startOffsetLow: 4,
  startOffsetHigh: 5,
  durableOffsetLow: 6,
  durableOffsetHigh: 7,
  durableSequence: 8,
  durableError: 9,
  logStartOffsetLow: 10,
  logStartOffsetHigh: 11,
  // A topic's partitions are runs of contiguous entries (extents): the one made at creation, then one per
  // growth (createPartitions), since the entries after a topic's may belong to later topics. On an
  // extent's first entry: its length, and the global index + 1 of the next extent's first entry (0: last).
  extentLength: 12,
  extentNext: 13,
} as const

export const freeWindowEntryWords = 2

/** Bytes of the read cursor that windowRead uses (see assembly/window.ts). */
export const readCursorBytes = 64

export interface Region {
  readonly offset: number
  readonly bytes: number
}

export interface Layout {
  readonly magic: number
  readonly version: number
  readonly memoryBytes: number
  readonly limits: EngineLimits
  readonly control: Region
  readonly workerSlots: Region
  readonly scratch: Region
  /** Bytes of one worker slot's scratch: staging, then the read buffer, then the cursor. */
  readonly scratchSlotBytes: number
  readonly topics: Region
  readonly topicHash: Region
  readonly topicHashSlots: number
  readonly topicNames: Region
  readonly partitions: Region
  readonly allocationLog: Region
  readonly freeWindows: Region
  readonly freeWindowsMax: number
  readonly windowPool: Region
}

export function alignUp(value: number, alignment: number): number {
  if (alignment <= 0 || (alignment & (alignment - 1)) !== 0) throw new RangeError(`alignment ${alignment} is not a power of two`)
  return Math.ceil(value / alignment) * alignment
}

function nextPowerOfTwo(value: number): number {
  let power = 1
  while (power < value) power *= 2
  return power
}

/** Lays out the memory for `limits`. Throws a RangeError naming the limit to change when it cannot fit. */
export function computeLayout(heapBase: number, memoryBytes: number, limits: EngineLimits): Layout {
  let cursor = alignUp(heapBase, cacheLineBytes)
  const take = (bytes: number): Region => {
    const region = { offset: cursor, bytes }
    cursor = alignUp(cursor + bytes, cacheLineBytes)
    return region
  }
  const scratchSlotBytes = alignUp(limits.stagingBytes, cacheLineBytes) + alignUp(limits.readBufferBytes, cacheLineBytes) + readCursorBytes
  const topicHashSlots = nextPowerOfTwo(limits.topicsMax * 2)
  const freeWindowsMax = limits.partitionsMax
  const control = take(Control.words * 4)
  const workerSlots = take(limits.workersMax * 4)
  const scratch = take(limits.workersMax * scratchSlotBytes)
  const topics = take(limits.topicsMax * topicEntryWords * 4)
  const topicHash = take(topicHashSlots * 4)
  const topicNames = take(limits.topicsMax * limits.topicNameBytesAverage)
  const partitions = take(limits.partitionsMax * partitionEntryWords * 4)
  const allocationLog = take(limits.partitionsMax * 4)
  const freeWindows = take(freeWindowsMax * freeWindowEntryWords * 4)
  const poolOffset = cursor
  if (poolOffset + limits.windowBytes > memoryBytes) {
    throw new RangeError(
      `memoryBytes ${memoryBytes} leaves no room for even one ${limits.windowBytes}-byte partition window after ` +
        `${poolOffset} bytes of tables and scratch: raise memoryBytes or lower topicsMax, partitionsMax or workersMax`,
    )
  }
  const windowPool = { offset: poolOffset, bytes: memoryBytes - poolOffset }
  const layout: Layout = {
    magic: layoutMagic,
    version: layoutVersion,
    memoryBytes,
    limits,
    control,
    workerSlots,
    scratch,
    scratchSlotBytes,
    topics,
    topicHash,
    topicHashSlots,
    topicNames,
    partitions,
    allocationLog,
    freeWindows,
    freeWindowsMax,
    windowPool,
  }
  assertLayout(layout)
  return layout
}

/** Checks a layout received from another worker before trusting any pointer in it. */
export function assertLayout(layout: Layout): void {
  if (layout.magic !== layoutMagic || layout.version !== layoutVersion) {
    throw new TypeError(`not a Sluice ${layoutVersion} memory layout (magic ${layout.magic}, version ${layout.version})`)
  }
  const regions: Region[] = [
    layout.control,
    layout.workerSlots,
    layout.scratch,
    layout.topics,
    layout.topicHash,
    layout.topicNames,
    layout.partitions,
    layout.allocationLog,
    layout.freeWindows,
    layout.windowPool,
  ]
  let end = 0
  for (const region of regions) {
    if (region.offset % cacheLineBytes !== 0) throw new RangeError(`region at ${region.offset} is not ${cacheLineBytes}-byte aligned`)
    if (region.offset < end) throw new RangeError(`region at ${region.offset} overlaps the previous one ending at ${end}`)
    end = region.offset + region.bytes
  }
  if (end > layout.memoryBytes) throw new RangeError(`layout ends at ${end}, past memoryBytes ${layout.memoryBytes}`)
}
