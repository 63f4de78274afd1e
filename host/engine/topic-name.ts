// Kafka's rule for legal topic names (org.apache.kafka.common.internals.Topic), applied to every topic
// Sluice creates so that any topic can be served unchanged over the Kafka protocol, and so that names stay
// ASCII: the shared-memory directory stores them one byte per character.

import { SluiceError } from './errors.js'

/** Kafka's Topic.MAX_NAME_LENGTH: a topic's log directory is "<name>-<partition>", kept under 255 bytes. */
export const topicNameLengthMax = 249

/** Kafka's Topic.LEGAL_CHARS, for messages and documentation. */
export const topicNameLegalChars = '[a-zA-Z0-9._-]'

/** Longest slice of an offending name quoted back in an error, so a huge name cannot flood a log. */
const quotedNameLengthMax = 64

export type InvalidTopicNameReason = 'empty' | 'dot' | 'too-long' | 'illegal-character'

export class InvalidTopicNameError extends SluiceError {
  declare readonly code: 'INVALID_TOPIC_NAME'
  readonly topic: string
  readonly reason: InvalidTopicNameReason
  constructor(topic: string, reason: InvalidTopicNameReason, detail: string) {
    super('INVALID_TOPIC_NAME', `invalid topic name ${quoteName(topic)}: ${detail}`)
    this.topic = topic
    this.reason = reason
  }
}

function quoteName(name: string): string {
  if (name.length <= quotedNameLengthMax) return JSON.stringify(name)
  return `${JSON.stringify(name.slice(0, quotedNameLengthMax))}... (${name.length} characters)`
}

// Character-code tests rather than a RegExp: this runs on every createTopic and every Kafka metadata request
// naming a topic, and the loop also yields the position of the first bad character for the message.
function isLegalTopicCharCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x2d // -
  )
}

/** Index of the first character outside [a-zA-Z0-9._-], or -1 if there is none. */
function firstIllegalIndex(name: string): number {
  for (let i = 0; i < name.length; i++) {
    if (!isLegalTopicCharCode(name.charCodeAt(i))) return i
  }
  return -1
}

function describeCharacter(name: string, index: number): string {
  // codePointAt keeps an emoji or other astral character whole instead of quoting half a surrogate pair.
  const codePoint = name.codePointAt(index) ?? 0
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
  return `${JSON.stringify(String.fromCodePoint(codePoint))} (U+${hex})`
}

/**
 * Why `name` is not a legal Kafka topic name, or null if it is. Checks in Kafka's order (empty, "." or "..",
 * length, characters) so both report the same problem first.
 */
function findProblem(name: string): InvalidTopicNameError | null {
  if (name.length === 0) {
    return new InvalidTopicNameError(name, 'empty', 'a topic name must have at least 1 character')
  }
  if (name === '.' || name === '..') {
    return new InvalidTopicNameError(name, 'dot', `"." and ".." are reserved (they are directory names on disk); choose another name`)
  }
  if (name.length > topicNameLengthMax) {
    return new InvalidTopicNameError(
      name,
      'too-long',
      `it is ${name.length} characters long; the limit is ${topicNameLengthMax}`,
    )
  }
  const illegalIndex = firstIllegalIndex(name)
  if (illegalIndex !== -1) {
    return new InvalidTopicNameError(
      name,
      'illegal-character',
      `character ${describeCharacter(name, illegalIndex)} at position ${illegalIndex} is not allowed; ` +
        `use only ASCII letters, digits, '.', '_' and '-'`,
    )
  }
  return null
}

/** Throws InvalidTopicNameError unless `name` is 1 to 249 characters of [a-zA-Z0-9._-] and not "." or "..". */
export function validateTopicName(name: string): void {
  const problem = findProblem(name)
  if (problem !== null) throw problem
}

export function isValidTopicName(name: string): boolean {
  if (name.length === 0 || name.length > topicNameLengthMax) return false
  if (name === '.' || name === '..') return false
  return firstIllegalIndex(name) === -1
}

/**
 * Kafka's Topic.unifyCollisionChars: metric names turn '.' into '_', so "a.b" and "a_b" would report into
 * the same metrics. Two topics collide when their keys are equal; Kafka refuses to create the second one
 * (and warns about any name containing '.' or '_'). Use this as the key of a set of existing names.
 */
export function topicCollisionKey(name: string): string {
  return name.replaceAll('.', '_')
}

/** Kafka's Topic.hasCollision. */
export function topicNamesCollide(nameA: string, nameB: string): boolean {
  return topicCollisionKey(nameA) === topicCollisionKey(nameB)
}
