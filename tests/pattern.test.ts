import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SluiceError } from '../host/engine/errors.js'
import {
  compilePattern,
  InvalidPatternError,
  isValidPattern,
  PatternIndex,
  patternLengthMax,
  type InvalidPatternReason,
  type TopicPattern,
} from '../host/engine/pattern.js'

function rejection(pattern: string): InvalidPatternError {
  try {
    compilePattern(pattern)
  } catch (error) {
    if (error instanceof InvalidPatternError) return error
    throw error
  }
  throw new Error(`expected ${JSON.stringify(pattern)} to be rejected`)
}

/**
 * An independent oracle: the pattern as an anchored regular expression. `*` is one level ([^.]*), and `>`
 * after "prefix." is any remainder at all, since any string (even "") is at least one level.
 */
function oracle(pattern: string): RegExp {
  const body = pattern
    .split('.')
    .map((level) => (level === '*' ? '[^.]*' : level === '>' ? '.*' : level.replace(/[-]/g, '\\-')))
    .join('\\.')
  return new RegExp(`^${body}$`, 's')
}

describe('compilePattern matching (NATS semantics)', () => {
  it.each([
    // pattern, topic, matches
    ['orders.eu', 'orders.eu', true],
    ['orders.eu', 'orders.us', false],
    ['orders.eu', 'orders.eu.x', false],
    ['orders.eu', 'orders', false],
    ['orders.eu', 'orders.eux', false],
    ['orders.eu', 'orders_eu', false],
    ['orders.*', 'orders.eu', true],
    ['orders.*', 'orders', false],
    ['orders.*', 'orders.eu.created', false],
    ['orders.*.created', 'orders.eu.created', true],
    ['orders.*.created', 'orders.eu.x.created', false],
    ['orders.*.created', 'orders.eu.deleted', false],
    ['*.*', 'a.b', true],
    ['*.*', 'a', false],
    ['*.*', 'a.b.c', false],
    ['*', 'anything', true],
    ['*', 'a.b', false],
    ['orders.>', 'orders.eu', true],
    ['orders.>', 'orders.eu.x.created', true],
    ['orders.>', 'orders', false],
    ['orders.>', 'ordersx.eu', false],
    ['orders.>', 'other.eu', false],
    ['>', 'a', true],
    ['>', 'a.b.c', true],
    ['*.>', 'a', false],
    ['*.>', 'a.b', true],
    ['*.b.>', 'a.b.c.d', true],
    ['*.b.>', 'a.c.c.d', false],
    // Empty levels in a (Kafka-legal) topic are levels like any other.
    ['a.*.b', 'a..b', true],
    ['*', '', true],
    ['*.*', '.', true],
    ['a.>', 'a.', true],
    ['>', '.hidden', true],
    ['*.hidden', '.hidden', true],
  ])('%j against %j -> %s', (pattern, topic, expected) => {
    expect(compilePattern(pattern).matches(topic)).toBe(expected)
    expect(oracle(pattern).test(topic)).toBe(expected) // keeps the oracle honest
  })

  it('reports literal patterns', () => {
    expect(compilePattern('orders.eu').isLiteral).toBe(true)
    expect(compilePattern('orders').isLiteral).toBe(true)
    expect(compilePattern('orders.*').isLiteral).toBe(false)
    expect(compilePattern('orders.>').isLiteral).toBe(false)
    expect(compilePattern('a_b-c.d').levels).toEqual(['a_b-c', 'd'])
    expect(compilePattern('a.*.>').source).toBe('a.*.>')
  })

  const level = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'ab', 'x-y', 'Z_9') },
    { weight: 2, arbitrary: fc.constant('*') },
  )
  const patternArb = fc
    .tuple(fc.array(level, { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(([levels, tail]) => (tail ? [...levels.slice(0, -1), '>'] : levels).join('.'))
  const topicArb = fc
    .array(fc.constantFrom('a', 'b', 'ab', 'x-y', 'Z_9', '', 'c'), { minLength: 1, maxLength: 6 })
    .map((levels) => levels.join('.'))

  it('agrees with the regular-expression oracle on random patterns and topics', () => {
    fc.assert(
      fc.property(patternArb, topicArb, (pattern, topic) => {
        expect(compilePattern(pattern).matches(topic)).toBe(oracle(pattern).test(topic))
      }),
      { numRuns: 2000 },
    )
  })

  it('a literal pattern matches exactly its own name', () => {
    fc.assert(
      fc.property(patternArb.filter((p) => !p.includes('*') && !p.includes('>')), topicArb, (pattern, topic) => {
        const compiled = compilePattern(pattern)
        expect(compiled.isLiteral).toBe(true)
        expect(compiled.matches(pattern)).toBe(true)
        expect(compiled.matches(topic)).toBe(topic === pattern)
      }),
      { numRuns: 300 },
    )
  })
})

describe('pattern validation', () => {
  it.each([
    ['', 'empty', /at least one level; use ">" to match every topic/],
    ['a..b', 'empty-level', /level 2 of 3 is empty/],
    ['.a', 'empty-level', /level 1 of 2 is empty/],
    ['a.', 'empty-level', /level 2 of 2 is empty/],
    ['.', 'empty-level', /level 1 of 2 is empty/],
    ['>.a', 'tail-not-last', /must be the last level, but it is level 1 of 2/],
    ['a.>.b', 'tail-not-last', /level 2 of 3/],
    ['a*', 'mixed-wildcard', /level 1 of 1 \("a\*"\) mixes "\*" with other characters/],
    ['a.*b.c', 'mixed-wildcard', /level 2 of 3/],
    ['a.b>', 'mixed-wildcard', /mixes ">"/],
    ['a.>>', 'mixed-wildcard', /mixes ">"/],
    ['**', 'mixed-wildcard', /mixes "\*"/],
    ['a b', 'illegal-character', /contains " ", which no topic name can contain/],
    ['a.b/c', 'illegal-character', /level 2 of 2 \("b\/c"\) contains "\/"/],
    ['café', 'illegal-character', /contains "é"/],
    ['a.🙂', 'illegal-character', /contains "🙂"/],
    ['a.#', 'illegal-character', /contains "#"/],
  ] as Array<[string, InvalidPatternReason, RegExp]>)('rejects %j (%s)', (pattern, reason, message) => {
    const error = rejection(pattern)
    expect(error.reason).toBe(reason)
    expect(error.message).toMatch(message)
    expect(isValidPattern(pattern)).toBe(false)
  })

  it('is a typed SluiceError with code INVALID_PATTERN', () => {
    const error = rejection('a.>.b')
    expect(error).toBeInstanceOf(SluiceError)
    expect(error.code).toBe('INVALID_PATTERN')
    expect(error.name).toBe('InvalidPatternError')
    expect(error.pattern).toBe('a.>.b')
    expect(error.message).toMatch(/^invalid subscription pattern "a\.>\.b": /)
  })

  it('limits length to what can still match a 249-character topic', () => {
    // 250 `*` levels (499 characters) match a topic of 249 dots, the longest legal name with the most levels.
    const longest = Array.from({ length: 250 }, () => '*').join('.')
    expect(longest.length).toBe(patternLengthMax)
    expect(compilePattern(longest).matches('.'.repeat(249))).toBe(true)
    const tooLong = `${longest}a`
    const error = rejection(tooLong)
    expect(error.reason).toBe('too-long')
    expect(error.message).toContain(`${patternLengthMax + 1} characters long; the limit is ${patternLengthMax}`)
    expect(error.message.length).toBeLessThan(300)
  })

  it('accepts every well-formed pattern', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('*'), fc.stringMatching(/^[a-zA-Z0-9_-]{1,8}$/)), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (levels, tail) => {
          const pattern = [...levels, ...(tail ? ['>'] : [])].join('.')
          expect(isValidPattern(pattern)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('PatternIndex', () => {
  it('returns the values of every matching pattern', () => {
    const index = new PatternIndex<string>()
    index.add('orders.eu', 'exact')
    index.add('orders.*', 'one-level')
    index.add('orders.>', 'tail')
    index.add('*.eu', 'any-eu')
    index.add('>', 'everything')
    index.add('payments.>', 'payments')
    expect([...index.match('orders.eu')].sort()).toEqual(['any-eu', 'everything', 'exact', 'one-level', 'tail'])
    expect([...index.match('orders.us.x')].sort()).toEqual(['everything', 'tail'])
    expect([...index.match('orders')].sort()).toEqual(['everything'])
    expect([...index.match('payments.eu')].sort()).toEqual(['any-eu', 'everything', 'payments'])
    expect(index.size).toBe(6)
  })

  it('returns a value attached under several matching patterns once', () => {
    const index = new PatternIndex<string>()
    index.add('a.*', 'subscriber')
    index.add('a.>', 'subscriber')
    index.add('a.b', 'subscriber')
    expect(index.match('a.b')).toEqual(['subscriber'])
    expect(index.size).toBe(3)
  })

  it('holds several values per pattern, and ignores a repeated pair', () => {
    const index = new PatternIndex<number>()
    expect(index.add('a.*', 1)).toBe(true)
    expect(index.add('a.*', 2)).toBe(true)
    expect(index.add('a.*', 1)).toBe(false)
    expect(index.size).toBe(2)
    expect([...index.match('a.x')].sort()).toEqual([1, 2])
  })

  it('accepts compiled patterns, and rejects invalid ones without changing', () => {
    const index = new PatternIndex<string>()
    index.add(compilePattern('x.*'), 'v')
    expect(index.match('x.y')).toEqual(['v'])
    expect(() => index.add('x..y', 'w')).toThrow(InvalidPatternError)
    const forged: TopicPattern = { source: 'a.>.b', levels: ['a', 'b'], isLiteral: true, matches: () => true }
    expect(() => index.add(forged, 'w')).toThrow(/must be the last level/)
    expect(index.size).toBe(1)
    expect(index.stats().nodeCount).toBe(2)
  })

  it('removes pairs and prunes empty branches', () => {
    const index = new PatternIndex<string>()
    index.add('a.b.c', 'v1')
    index.add('a.*.c', 'v2')
    index.add('a.>', 'v3')
    index.add('>', 'v4')
    expect(index.stats().nodeCount).toBe(5) // a, a.b, a.b.c, a.*, a.*.c
    expect(index.remove('a.b.c', 'other')).toBe(false)
    expect(index.remove('a.b.d', 'v1')).toBe(false)
    expect(index.remove('a.*', 'v2')).toBe(false)
    expect(index.remove('a.b.c', 'v1')).toBe(true)
    expect(index.remove('a.b.c', 'v1')).toBe(false)
    expect(index.stats().nodeCount).toBe(3)
    expect([...index.match('a.b.c')].sort()).toEqual(['v2', 'v3', 'v4'])
    expect(index.remove(compilePattern('a.*.c'), 'v2')).toBe(true)
    expect(index.remove('a.>', 'v3')).toBe(true)
    expect(index.stats().nodeCount).toBe(0)
    expect(index.match('a.b.c')).toEqual(['v4'])
    expect(index.remove('>', 'v4')).toBe(true)
    expect(index.size).toBe(0)
    expect(index.match('a.b.c')).toEqual([])
  })

  it('caches match results and drops the cache on any change', () => {
    const index = new PatternIndex<string>()
    index.add('a.*', 'v1')
    const first = index.match('a.b')
    expect(index.match('a.b')).toBe(first)
    expect(index.stats()).toMatchObject({ matchCacheHits: 1, matchCacheMisses: 1, matchCacheEntries: 1 })
    expect(Object.isFrozen(first)).toBe(true)

    index.add('a.b', 'v2')
    expect(index.stats().matchCacheEntries).toBe(0)
    expect([...index.match('a.b')].sort()).toEqual(['v1', 'v2'])
    index.remove('a.*', 'v1')
    expect(index.match('a.b')).toEqual(['v2'])
  })

  it('keeps at most matchCacheEntriesMax results, dropping the oldest', () => {
    const index = new PatternIndex<string>({ matchCacheEntriesMax: 2 })
    index.add('>', 'all')
    index.match('t1')
    index.match('t2')
    index.match('t3') // evicts t1
    expect(index.stats().matchCacheEntries).toBe(2)
    index.match('t2')
    index.match('t3')
    expect(index.stats().matchCacheHits).toBe(2)
    index.match('t1')
    expect(index.stats().matchCacheMisses).toBe(4)
  })

  it('can run without a cache', () => {
    const index = new PatternIndex<string>({ matchCacheEntriesMax: 0 })
    index.add('a', 'v')
    expect(index.match('a')).toEqual(['v'])
    expect(index.match('a')).toEqual(['v'])
    expect(index.stats()).toMatchObject({ matchCacheEntries: 0, matchCacheHits: 0, matchCacheMisses: 2 })
  })

  it.each([-1, 1.5, Number.NaN, 2 ** 21])('rejects matchCacheEntriesMax %s', (entriesMax) => {
    expect(() => new PatternIndex({ matchCacheEntriesMax: entriesMax })).toThrow(/matchCacheEntriesMax must be an integer from 0 to/)
  })

  // The property the index exists for: walking the tree finds exactly what testing every pattern finds,
  // through any sequence of adds, removes and (cached) matches.
  const levelArb = fc.constantFrom('a', 'b', 'c', 'ab')
  const patternArb = fc
    .tuple(fc.array(fc.oneof(levelArb, fc.constant('*')), { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([levels, tail]) => (tail ? [...levels, '>'] : levels).join('.'))
  const topicArb = fc.array(fc.oneof(levelArb, fc.constant('')), { minLength: 1, maxLength: 5 }).map((levels) => levels.join('.'))
  type Operation = { kind: 'add' | 'remove'; pattern: string; value: number } | { kind: 'match'; topic: string }
  const operationArb: fc.Arbitrary<Operation> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), pattern: patternArb, value: fc.integer({ min: 0, max: 5 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), pattern: patternArb, value: fc.integer({ min: 0, max: 5 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('match' as const), topic: topicArb }) },
  )

  it('matches exactly what brute force over compiled patterns matches', () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 60 }), fc.array(topicArb, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 4 }), (operations, probes, cacheEntriesMax) => {
        const index = new PatternIndex<number>({ matchCacheEntriesMax: cacheEntriesMax })
        const model = new Map<string, Set<number>>() // pattern -> values
        const bruteForce = (topic: string): number[] => {
          const found = new Set<number>()
          for (const [pattern, values] of model) {
            if (compilePattern(pattern).matches(topic)) for (const value of values) found.add(value)
          }
          return [...found].sort()
        }
        const check = (topic: string): void => {
          expect([...index.match(topic)].sort()).toEqual(bruteForce(topic))
        }
        for (const operation of operations) {
          if (operation.kind === 'match') {
            check(operation.topic)
          } else if (operation.kind === 'add') {
            const values = model.get(operation.pattern) ?? new Set()
            expect(index.add(operation.pattern, operation.value)).toBe(!values.has(operation.value))
            values.add(operation.value)
            model.set(operation.pattern, values)
          } else {
            const values = model.get(operation.pattern)
            expect(index.remove(operation.pattern, operation.value)).toBe(values?.delete(operation.value) ?? false)
          }
        }
        for (const topic of probes) check(topic)
        let modelSize = 0
        for (const values of model.values()) modelSize += values.size
        expect(index.size).toBe(modelSize)
        if (modelSize === 0) expect(index.stats().nodeCount).toBe(0)
      }),
      { numRuns: 300 },
    )
  })
})
