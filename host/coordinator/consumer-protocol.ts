// Kafka's "consumer" embedded protocol, the bytes that JoinGroup and SyncGroup carry for consumer groups:
// ConsumerProtocolSubscription (a member's JoinGroup metadata) and ConsumerProtocolAssignment (what the
// leader hands each member in SyncGroup), each an int16 version followed by the struct the generated codec
// reads and writes. Plus the classic client-side assignors ("range" and "roundrobin", as the Java client
// computes them), so that an embedded member can lead a group that Kafka clients are in, and the other way
// round. No node: imports: the embedded engine loads this in browsers too.

import { Reader } from '../kafka/protocol/reader.js'
import { Writer } from '../kafka/protocol/writer.js'
import { type ConsumerProtocolSubscription, decodeConsumerProtocolSubscription, encodeConsumerProtocolSubscription } from '../kafka/protocol/generated/consumer-protocol-subscription.js'
import { decodeConsumerProtocolAssignment, encodeConsumerProtocolAssignment } from '../kafka/protocol/generated/consumer-protocol-assignment.js'

/** The newest versions the generated codec knows; newer ones only add trailing fields, which we skip. */
const subscriptionVersionMax = 3
const assignmentVersionMax = 3

/** Partitions per topic. */
export type TopicPartitions = ReadonlyMap<string, readonly number[]>

function readVersion(bytes: Uint8Array): number | null {
  if (bytes.length < 2) return null
  const version = (bytes[0] << 8) | bytes[1]
  return version > 0x7fff ? null : version
}

/** A ConsumerProtocolSubscription, or null when the bytes do not decode (not a "consumer" member). */
export function decodeSubscription(metadata: Uint8Array): ConsumerProtocolSubscription | null {
  const version = readVersion(metadata)
  if (version === null) return null
  try {
    // Newer versions only add fields at the end: read them with the newest version we know, as Kafka does.
    return decodeConsumerProtocolSubscription(new Reader(metadata.subarray(2)), Math.min(version, subscriptionVersionMax))
  } catch {
    return null
  }
}

/**
 * A member's subscription as the Java client writes it (version 3): the topics, the partitions it owns
 * now and its generation (for sticky assignors of other members), no rack. User data is empty, not null:
 * kafkajs reads it as plain bytes.
 */
export function encodeSubscription(topics: readonly string[], owned: TopicPartitions, generationId: number): Uint8Array {
  const w = new Writer({ initialBytes: 128 })
  w.int16(subscriptionVersionMax, 'Version')
  encodeConsumerProtocolSubscription(
    w,
    { topics, userData: new Uint8Array(0), ownedPartitions: [...owned].map(([topic, partitions]) => ({ topic, partitions })), generationId, rackId: null },
    subscriptionVersionMax,
  )
  return w.finish()
}

export function encodeAssignment(assignment: TopicPartitions): Uint8Array {
  const w = new Writer({ initialBytes: 128 })
  w.int16(assignmentVersionMax, 'Version')
  encodeConsumerProtocolAssignment(w, { assignedPartitions: [...assignment].map(([topic, partitions]) => ({ topic, partitions })), userData: new Uint8Array(0) }, assignmentVersionMax)
  return w.finish()
}

/** The partitions of a ConsumerProtocolAssignment; an empty assignment (no bytes: no partitions) is empty. */
export function decodeAssignment(bytes: Uint8Array): Map<string, number[]> {
  const out = new Map<string, number[]>()
  if (bytes.length === 0) return out
  const version = readVersion(bytes)
  if (version === null) throw new RangeError('the assignment does not start with a valid ConsumerProtocolAssignment version')
  const decoded = decodeConsumerProtocolAssignment(new Reader(bytes.subarray(2)), Math.min(version, assignmentVersionMax))
  for (const { topic, partitions } of decoded.assignedPartitions) out.set(topic, [...(out.get(topic) ?? []), ...partitions].sort((a, b) => a - b))
  return out
}

export interface AssignorMember {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly topics: readonly string[]
}

/** The names the classic assignors go by: Java and librdkafka say "range"/"roundrobin", kafkajs "RoundRobinAssigner". */
export type AssignorName = 'range' | 'roundrobin' | 'RoundRobinAssigner'
export const assignorNames: readonly AssignorName[] = ['range', 'roundrobin', 'RoundRobinAssigner']

/** Java's MemberInfo order: static members by instance id first, then dynamic ones by member id. */
function memberOrder(a: AssignorMember, b: AssignorMember): number {
  if (a.groupInstanceId !== null && b.groupInstanceId !== null) return a.groupInstanceId < b.groupInstanceId ? -1 : a.groupInstanceId > b.groupInstanceId ? 1 : 0
  if (a.groupInstanceId !== null) return -1
  if (b.groupInstanceId !== null) return 1
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0
}

/**
 * Assigns the partitions of every subscribed topic (`partitionCount` null: the topic does not exist here,
 * nobody gets it). Returns memberId -> topic -> partitions, with an entry for every member.
 */
export function assign(name: AssignorName, members: readonly AssignorMember[], partitionCount: (topic: string) => number | null): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>()
  for (const m of members) out.set(m.memberId, new Map())
  const give = (memberId: string, topic: string, partition: number): void => {
    const topics = out.get(memberId)!
    const list = topics.get(topic)
    if (list === undefined) topics.set(topic, [partition])
    else list.push(partition)
  }
  const sorted = [...members].sort(memberOrder)
  const topics = [...new Set(members.flatMap((m) => m.topics))].sort()
  if (name === 'range') {
    // Per topic, contiguous ranges in member order; the first (partitions % members) get one more.
    for (const topic of topics) {
      const count = partitionCount(topic)
      if (count === null) continue
      const consumers = sorted.filter((m) => m.topics.includes(topic))
      const per = Math.floor(count / consumers.length)
      const extra = count % consumers.length
      consumers.forEach((m, i) => {
        const start = per * i + Math.min(i, extra)
        const length = per + (i < extra ? 1 : 0)
        for (let p = start; p < start + length; p++) give(m.memberId, topic, p)
      })
    }
    return out
  }
  // Round robin over every partition of every topic (by topic, then partition), skipping members that do
  // not subscribe to the partition's topic.
  let next = 0
  for (const topic of topics) {
    const count = partitionCount(topic)
    if (count === null) continue
    for (let p = 0; p < count; p++) {
      for (let tried = 0; tried < sorted.length; tried++) {
        const m = sorted[(next + tried) % sorted.length]
        if (!m.topics.includes(topic)) continue
        give(m.memberId, topic, p)
        next = (next + tried + 1) % sorted.length
        break
      }
    }
  }
  return out
}
