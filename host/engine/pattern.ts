// Subscription patterns over dot-separated topic names, with NATS subject semantics:
//
//   orders.*.created   `*` matches exactly one level:        orders.eu.created, not orders.eu.x.created
//   orders.>           `>` matches one or more final levels:  orders.eu, orders.eu.x.created, not orders
//   orders.eu          no wildcard: matches that exact name and nothing else
//
// A topic's levels are its name split at every '.', so "a..b" has the three levels "a", "" and "b"; `*` and
// `>` match empty levels like any other (Kafka allows such names), while a pattern's literal levels must be
// non-empty. PatternIndex holds many patterns, each with attached values, in a level-by-level tree like
// NATS's sublist, and answers "which values' patterns match this topic" without testing every pattern.

import { SluiceError } from './errors.js'
import { topicNameLengthMax } from './topic-name.js'

const levelSeparator = '.'
const singleLevelWildcard = '*'
const tailWildcard = '>'

/**
 * Longest pattern accepted. Every wildcard level is 1 character in the pattern and at least 0 in a topic, and
 * at most half (rounded up) of a pattern's characters can be wildcards, so a pattern longer than
 * 2 * 249 + 1 could only match a topic longer than Kafka's 249-character limit: it can never match anything.
 */
export const patternLengthMax = 2 * topicNameLengthMax + 1

export type InvalidPatternReason = 'empty' | 'too-long' | 'empty-level' | 'tail-not-last' | 'mixed-wildcard' | 'illegal-character'

export class InvalidPatternError extends SluiceError {
  declare readonly code: 'INVALID_PATTERN'
  readonly pattern: string
  readonly reason: InvalidPatternReason
  constructor(pattern: string, reason: InvalidPatternReason, detail: string) {
    super('INVALID_PATTERN', `invalid subscription pattern ${quotePattern(pattern)}: ${detail}`)
    this.pattern = pattern
    this.reason = reason
  }
}

const quotedPatternLengthMax = 64

function quotePattern(pattern: string): string {
  if (pattern.length <= quotedPatternLengthMax) return JSON.stringify(pattern)
  return `${JSON.stringify(pattern.slice(0, quotedPatternLengthMax))}... (${pattern.length} characters)`
}

// A literal level may hold what a topic level can: Kafka's legal characters minus the separator.
function isLegalLevelCharCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x5f || // _
    code === 0x2d // -
  )
}

/** Throws the InvalidPatternError describing the first problem with level `levelIndex`, if it has one. */
function assertLevel(pattern: string, level: string, levelIndex: number, levelCount: number): void {
  const where = `level ${levelIndex + 1} of ${levelCount}`
  if (level.length === 0) {
    throw new InvalidPatternError(
      pattern,
      'empty-level',
      `${where} is empty; levels are separated by single dots, with none at the start or end (use "*" to match any one level)`,
    )
  }
  if (level === tailWildcard) {
    if (levelIndex !== levelCount - 1) {
      throw new InvalidPatternError(pattern, 'tail-not-last', `">" matches all remaining levels, so it must be the last level, but it is ${where}`)
    }
    return
  }
  if (level === singleLevelWildcard) return
  for (let i = 0; i < level.length; i++) {
    const code = level.charCodeAt(i)
    if (isLegalLevelCharCode(code)) continue
    const character = String.fromCodePoint(level.codePointAt(i) ?? code)
    if (character === singleLevelWildcard || character === tailWildcard) {
      throw new InvalidPatternError(
        pattern,
        'mixed-wildcard',
        `${where} (${JSON.stringify(level)}) mixes "${character}" with other characters; a wildcard must be a whole level, as in "a.${character}"`,
      )
    }
    throw new InvalidPatternError(
      pattern,
      'illegal-character',
      `${where} (${JSON.stringify(level)}) contains ${JSON.stringify(character)}, which no topic name can contain; ` +
        `use ASCII letters, digits, '_' and '-', with '.' between levels`,
    )
  }
}

function parseLevels(pattern: string): string[] {
  if (pattern.length === 0) {
    throw new InvalidPatternError(pattern, 'empty', 'a pattern needs at least one level; use ">" to match every topic')
  }
  if (pattern.length > patternLengthMax) {
    throw new InvalidPatternError(
      pattern,
      'too-long',
      `it is ${pattern.length} characters long; the limit is ${patternLengthMax}, beyond which no legal topic name can match`,
    )
  }
  const levels = pattern.split(levelSeparator)
  for (let i = 0; i < levels.length; i++) assertLevel(pattern, levels[i], i, levels.length)
  return levels
}

export interface TopicPattern {
  /** The pattern as written. */
  readonly source: string
  /** The pattern's levels, wildcards included. */
  readonly levels: readonly string[]
  /** True when the pattern has no wildcard and so matches only the topic named `source`. */
  readonly isLiteral: boolean
  matches(topic: string): boolean
}

class CompiledPattern implements TopicPattern {
  readonly source: string
  readonly levels: readonly string[]
  readonly isLiteral: boolean

  constructor(source: string, levels: readonly string[]) {
    this.source = source
    this.levels = levels
    this.isLiteral = !levels.some((level) => level === singleLevelWildcard || level === tailWildcard)
  }

  matches(topic: string): boolean {
    if (this.isLiteral) return topic === this.source
    // Walks the topic by index instead of splitting it, so testing one pattern allocates nothing.
    // `start` is where the topic's next level begins; start > topic.length means no levels are left.
    const levels = this.levels
    let start = 0
    for (let i = 0; i < levels.length; i++) {
      if (start > topic.length) return false
      const level = levels[i]
      if (level === tailWildcard) return true
      const dot = topic.indexOf(levelSeparator, start)
      const end = dot === -1 ? topic.length : dot
      if (level !== singleLevelWildcard && (end - start !== level.length || !topic.startsWith(level, start))) return false
      start = end + 1
    }
    return start > topic.length
  }
}

/** Parses and validates `pattern`; throws InvalidPatternError naming the first problem. */
export function compilePattern(pattern: string): TopicPattern {
  return new CompiledPattern(pattern, parseLevels(pattern))
}

export function isValidPattern(pattern: string): boolean {
  try {
    parseLevels(pattern)
    return true
  } catch (error) {
    if (error instanceof InvalidPatternError) return false
    throw error
  }
}

interface TrieNode<V> {
  /** Children for literal levels, by level text. */
  literals: Map<string, TrieNode<V>> | null
  /** Child for a `*` level. */
  star: TrieNode<V> | null
  /** Values of patterns that end at this node. */
  endValues: Set<V> | null
  /** Values of patterns whose next and last level is `>`: they match when at least one topic level remains. */
  tailValues: Set<V> | null
}

function newNode<V>(): TrieNode<V> {
  return { literals: null, star: null, endValues: null, tailValues: null }
}

function isEmptyNode<V>(node: TrieNode<V>): boolean {
  return (
    (node.literals === null || node.literals.size === 0) &&
    node.star === null &&
    (node.endValues === null || node.endValues.size === 0) &&
    (node.tailValues === null || node.tailValues.size === 0)
  )
}

function addAll<V>(values: Set<V> | null, out: Set<V>): void {
  if (values === null) return
  for (const value of values) out.add(value)
}

/** Depth-first over the topic's levels; a node is reached once per distinct way the patterns can align. */
function collectMatches<V>(node: TrieNode<V>, topicLevels: readonly string[], levelIndex: number, out: Set<V>): void {
  if (levelIndex === topicLevels.length) {
    addAll(node.endValues, out)
    return
  }
  addAll(node.tailValues, out)
  const literal = node.literals?.get(topicLevels[levelIndex])
  if (literal !== undefined) collectMatches(literal, topicLevels, levelIndex + 1, out)
  if (node.star !== null) collectMatches(node.star, topicLevels, levelIndex + 1, out)
}

export interface PatternIndexOptions {
  /**
   * Most topics whose match results are remembered. Default 1024 (NATS's sublist cache size). 0 disables the
   * cache. When full, the oldest entry is dropped; any add or remove empties it.
   */
  matchCacheEntriesMax?: number
}

export interface PatternIndexStats {
  /** Distinct (pattern, value) pairs held. */
  readonly entryCount: number
  /** Tree nodes below the root; returns to 0 when every pattern is removed, as empty branches are pruned. */
  readonly nodeCount: number
  readonly matchCacheEntries: number
  readonly matchCacheHits: number
  readonly matchCacheMisses: number
}

export const matchCacheEntriesDefault = 1024
/** Beyond this the cache costs more memory than re-walking the tree saves. */
export const matchCacheEntriesLimit = 1 << 20

const emptyMatch: readonly never[] = Object.freeze([])

/**
 * Many patterns, each with attached values, answering `match(topic)`: every distinct value attached to a
 * pattern that matches `topic`, in no particular order. A value attached under several matching patterns is
 * returned once, because a subscriber with "a.*" and "a.>" should learn of topic "a.b" once.
 *
 * Matching walks only the branches the topic's levels select (at each level: the literal child for that
 * level, the `*` child, and any `>` values), so its cost follows the number of patterns that could match,
 * not the number held. Results are cached per topic, since the same topics are looked up repeatedly.
 */
export class PatternIndex<V> {
  private readonly root: TrieNode<V> = newNode()
  private readonly matchCache = new Map<string, readonly V[]>()
  private readonly matchCacheEntriesMax: number
  private entryCount = 0
  private nodeCount = 0
  private matchCacheHits = 0
  private matchCacheMisses = 0

  constructor(options: PatternIndexOptions = {}) {
    const entriesMax = options.matchCacheEntriesMax ?? matchCacheEntriesDefault
    if (!Number.isInteger(entriesMax) || entriesMax < 0 || entriesMax > matchCacheEntriesLimit) {
      throw new RangeError(`option matchCacheEntriesMax must be an integer from 0 to ${matchCacheEntriesLimit}, got ${String(options.matchCacheEntriesMax)}`)
    }
    this.matchCacheEntriesMax = entriesMax
  }

  /** Attaches `value` to `pattern`. Returns false (and changes nothing) if that pair is already held. */
  add(pattern: string | TopicPattern, value: V): boolean {
    const levels = levelsOf(pattern)
    let node = this.root
    const last = levels.length - 1
    for (let i = 0; i < last; i++) node = this.childFor(node, levels[i])
    let values: Set<V>
    if (levels[last] === tailWildcard) {
      values = node.tailValues ??= new Set()
    } else {
      node = this.childFor(node, levels[last])
      values = node.endValues ??= new Set()
    }
    if (values.has(value)) return false
    values.add(value)
    this.entryCount++
    this.matchCache.clear()
    return true
  }

  /** Detaches `value` from `pattern`, pruning branches left empty. Returns false if the pair was not held. */
  remove(pattern: string | TopicPattern, value: V): boolean {
    const levels = levelsOf(pattern)
    const path: TrieNode<V>[] = [this.root]
    let node: TrieNode<V> | undefined = this.root
    const last = levels.length - 1
    const endsInTail = levels[last] === tailWildcard
    const walkCount = endsInTail ? last : levels.length
    for (let i = 0; i < walkCount; i++) {
      node = childOf(node, levels[i])
      if (node === undefined) return false
      path.push(node)
    }
    const values = endsInTail ? node.tailValues : node.endValues
    if (values === null || !values.delete(value)) return false
    this.entryCount--
    this.matchCache.clear()
    // Prune from the deepest node up; path[i] is the child of path[i - 1] reached through levels[i - 1].
    for (let i = path.length - 1; i > 0 && isEmptyNode(path[i]); i--) {
      const parent = path[i - 1]
      const level = levels[i - 1]
      if (level === singleLevelWildcard) parent.star = null
      else parent.literals?.delete(level)
      this.nodeCount--
    }
    return true
  }

  /** Every distinct value whose pattern matches `topic`. The array is frozen and may be shared with later calls. */
  match(topic: string): readonly V[] {
    const cached = this.matchCache.get(topic)
    if (cached !== undefined) {
      this.matchCacheHits++
      return cached
    }
    this.matchCacheMisses++
    const out = new Set<V>()
    if (this.entryCount > 0) collectMatches(this.root, topic.split(levelSeparator), 0, out)
    const result: readonly V[] = out.size === 0 ? emptyMatch : Object.freeze(Array.from(out))
    this.remember(topic, result)
    return result
  }

  get size(): number {
    return this.entryCount
  }

  stats(): PatternIndexStats {
    return {
      entryCount: this.entryCount,
      nodeCount: this.nodeCount,
      matchCacheEntries: this.matchCache.size,
      matchCacheHits: this.matchCacheHits,
      matchCacheMisses: this.matchCacheMisses,
    }
  }

  private childFor(node: TrieNode<V>, level: string): TrieNode<V> {
    if (level === singleLevelWildcard) {
      if (node.star === null) {
        node.star = newNode()
        this.nodeCount++
      }
      return node.star
    }
    const literals = (node.literals ??= new Map())
    let child = literals.get(level)
    if (child === undefined) {
      child = newNode()
      literals.set(level, child)
      this.nodeCount++
    }
    return child
  }

  private remember(topic: string, result: readonly V[]): void {
    if (this.matchCacheEntriesMax === 0) return
    if (this.matchCache.size >= this.matchCacheEntriesMax) {
      // Maps iterate in insertion order, so the first key is the oldest entry.
      const oldest = this.matchCache.keys().next()
      if (oldest.done !== true) this.matchCache.delete(oldest.value)
    }
    this.matchCache.set(topic, result)
  }
}

// Re-parses a TopicPattern's source rather than trusting its levels: the interface can be implemented by
// anyone, and a malformed level (say "" or a mid-pattern ">") would corrupt the tree for every later match.
function levelsOf(pattern: string | TopicPattern): readonly string[] {
  return parseLevels(typeof pattern === 'string' ? pattern : pattern.source)
}

function childOf<V>(node: TrieNode<V>, level: string): TrieNode<V> | undefined {
  if (level === singleLevelWildcard) return node.star ?? undefined
  return node.literals?.get(level)
}
