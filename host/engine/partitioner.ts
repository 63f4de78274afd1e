// Partition choice for published records, compatible with Kafka's Java producer.
//
// A keyed record goes where the Java client (and librdkafka with partitioner=murmur2_random, and kafkajs's
// DefaultPartitioner since 2.0) would send it: murmur2 of the key bytes, sign bit cleared, modulo the
// partition count. Matching byte for byte matters because users mix Sluice's Kafka endpoint with ordinary
// Kafka clients and Kafka Streams, which all assume one key lives on one partition.

/** Kafka's Utils.murmur2 seed (org.apache.kafka.common.utils.Utils). */
const murmur2Seed = 0x9747b28c | 0
/** MurmurHash2's mixing constants, as in Austin Appleby's original and Kafka's port of it. */
const murmur2Multiplier = 0x5bd1e995
const murmur2Shift = 24

/**
 * Kafka's murmur2 exactly as `org.apache.kafka.common.utils.Utils.murmur2(byte[])` computes it, returned as
 * a signed 32-bit integer like Java's `int`. Math.imul and `| 0` give Java's wrapping int arithmetic; `>>>`
 * is Java's unsigned shift.
 */
export function murmur2(bytes: Uint8Array): number {
  const length = bytes.length
  const wholeWordsBytes = length & ~3
  let h = murmur2Seed ^ length

  for (let i = 0; i < wholeWordsBytes; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)
    k = Math.imul(k, murmur2Multiplier)
    k ^= k >>> murmur2Shift
    k = Math.imul(k, murmur2Multiplier)
    h = Math.imul(h, murmur2Multiplier)
    h ^= k
  }

  // The Java switch falls through from case 3 to case 1; the multiply happens once, only when a tail exists.
  const tailBytes = length & 3
  if (tailBytes === 3) h ^= bytes[wholeWordsBytes + 2] << 16
  if (tailBytes >= 2) h ^= bytes[wholeWordsBytes + 1] << 8
  if (tailBytes >= 1) {
    h ^= bytes[wholeWordsBytes]
    h = Math.imul(h, murmur2Multiplier)
  }

  h ^= h >>> 13
  h = Math.imul(h, murmur2Multiplier)
  h ^= h >>> 15
  return h | 0
}

/**
 * Kafka's `Utils.toPositive`: clears the sign bit rather than taking Math.abs, so Integer.MIN_VALUE maps to 0
 * instead of staying negative. Using abs here would send some keys to a different partition than Java does.
 */
export function toPositive(hash: number): number {
  return hash & 0x7fffffff
}

/** Kafka keeps partition ids in an int32; a topic cannot have more partitions than that. */
export const partitionCountMax = 0x7fffffff

function assertPartitionCount(partitionCount: number): void {
  if (!Number.isInteger(partitionCount) || partitionCount < 1 || partitionCount > partitionCountMax) {
    throw new RangeError(`partitionCount must be an integer from 1 to ${partitionCountMax}, got ${String(partitionCount)}`)
  }
}

/**
 * The partition the Java producer's default partitioner picks for a record with this key:
 * `toPositive(murmur2(key)) % partitionCount`. An empty key is a key (it hashes to 0x106e08d9); a record
 * with no key at all goes through UnkeyedPartitioner instead, as in Kafka.
 */
export function partitionForKey(key: Uint8Array, partitionCount: number): number {
  assertPartitionCount(partitionCount)
  return toPositive(murmur2(key)) % partitionCount
}

/**
 * Chooses partitions for records that have no key.
 *
 * Kafka before 2.4 sent each unkeyed record to the next partition in turn; that spreads records evenly but
 * makes every batch one record per partition, so batches stay small. KIP-480 (Kafka 2.4+) made the producer
 * "sticky": all unkeyed records go to one partition until that batch is sent, then it switches (at random;
 * KIP-794 in 3.3 weights the choice by broker load).
 *
 * Sluice takes the sticky idea with a deterministic switch: call `next` once per batch (one publishBatch,
 * one produce request) and put every unkeyed record of that batch on the partition it returns; successive
 * batches rotate round-robin. Round-robin instead of random keeps the spread exactly even and tests
 * repeatable, and with no broker load to weigh there is nothing for KIP-794's adaptivity to use.
 *
 * Each engine instance (worker) holds its own chooser; give each a different `startPartition` so that
 * workers started together do not all begin on partition 0.
 */
export class UnkeyedPartitioner {
  // The partition returned last; -1 before the first call so the first batch lands on startPartition.
  private lastPartition: number

  constructor(startPartition = 0) {
    if (!Number.isInteger(startPartition) || startPartition < 0 || startPartition > partitionCountMax) {
      throw new RangeError(`startPartition must be an integer from 0 to ${partitionCountMax}, got ${String(startPartition)}`)
    }
    this.lastPartition = startPartition - 1
  }

  /**
   * The partition for the next batch of unkeyed records. The count is passed on every call because a topic
   * can gain partitions while the chooser lives; it keeps rotating from where it was, wrapped into range.
   */
  next(partitionCount: number): number {
    assertPartitionCount(partitionCount)
    // Stepping from the last partition (not a growing counter) never overflows and keeps the rotation
    // unbroken when partitionCount changes.
    const partition = (this.lastPartition + 1) % partitionCount
    this.lastPartition = partition
    return partition
  }
}
