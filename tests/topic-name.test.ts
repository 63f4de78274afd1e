import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SluiceError } from '../host/engine/errors.js'
import {
  InvalidTopicNameError,
  isValidTopicName,
  topicCollisionKey,
  topicNameLengthMax,
  topicNamesCollide,
  validateTopicName,
} from '../host/engine/topic-name.js'

function errorFor(name: string): InvalidTopicNameError {
  try {
    validateTopicName(name)
  } catch (error) {
    if (error instanceof InvalidTopicNameError) return error
    throw error
  }
  throw new Error(`expected ${JSON.stringify(name)} to be rejected`)
}

const legalChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-'
const legalName = fc
  .string({ unit: fc.constantFrom(...legalChars), minLength: 1, maxLength: topicNameLengthMax })
  .filter((name) => name !== '.' && name !== '..')

describe('legal topic names (Kafka TopicTest)', () => {
  it.each([
    'valid',
    'TOPIC',
    'nAmEs',
    'ar6',
    'VaL1d',
    'na.me',
    'na_me',
    'na-me',
    '...',
    '.hidden',
    '__consumer_offsets',
    'a',
    'x'.repeat(249),
  ])('accepts %j', (name) => {
    expect(() => validateTopicName(name)).not.toThrow()
    expect(isValidTopicName(name)).toBe(true)
  })

  it('accepts every name of 1..249 legal characters other than "." and ".."', () => {
    fc.assert(
      fc.property(legalName, (name) => {
        expect(isValidTopicName(name)).toBe(true)
        validateTopicName(name)
      }),
      { numRuns: 300 },
    )
  })
})

describe('illegal topic names', () => {
  it('rejects the empty name', () => {
    const error = errorFor('')
    expect(error.reason).toBe('empty')
    expect(error.message).toMatch(/at least 1 character/)
    expect(isValidTopicName('')).toBe(false)
  })

  it.each(['.', '..'])('rejects %j', (name) => {
    const error = errorFor(name)
    expect(error.reason).toBe('dot')
    expect(error.message).toContain(`"." and ".." are reserved`)
    expect(isValidTopicName(name)).toBe(false)
  })

  it('rejects 250 characters, naming the length and the limit', () => {
    const name = 'a'.repeat(250)
    const error = errorFor(name)
    expect(error.reason).toBe('too-long')
    expect(error.message).toContain('250 characters long; the limit is 249')
    expect(isValidTopicName(name)).toBe(false)
  })

  it('does not echo a huge name in full', () => {
    const error = errorFor('b'.repeat(100_000))
    expect(error.message.length).toBeLessThan(300)
    expect(error.message).toContain('(100000 characters)')
  })

  it.each([
    ['name with space', ' ', 4, 'U+0020'],
    ['bad/name', '/', 3, 'U+002F'],
    ['*', '*', 0, 'U+002A'],
    ['a:b', ':', 1, 'U+003A'],
    ['topic\u0000', '\u0000', 5, 'U+0000'],
    ['café', 'é', 3, 'U+00E9'],
    ['ok-🙂', '🙂', 3, 'U+1F642'],
    ['first#then$', '#', 5, 'U+0023'],
  ])('rejects %j at its first illegal character', (name, character, position, codePoint) => {
    const error = errorFor(name)
    expect(error.reason).toBe('illegal-character')
    expect(error.message).toContain(`character ${JSON.stringify(character)} (${codePoint}) at position ${position}`)
    expect(error.message).toContain("use only ASCII letters, digits, '.', '_' and '-'")
    expect(isValidTopicName(name)).toBe(false)
  })

  it('reports length before characters, as Kafka does', () => {
    expect(errorFor('!'.repeat(300)).reason).toBe('too-long')
  })

  it('rejects any name containing a character outside [a-zA-Z0-9._-], at the right position', () => {
    const illegalChar = fc
      .integer({ min: 0, max: 0x10ffff })
      .filter((codePoint) => codePoint < 0xd800 || codePoint > 0xdfff)
      .map((codePoint) => String.fromCodePoint(codePoint))
      .filter((ch) => !legalChars.includes(ch))
    const legalPart = fc.string({ unit: fc.constantFrom(...legalChars), maxLength: 100 })
    fc.assert(
      fc.property(legalPart, illegalChar, fc.string({ maxLength: 50 }), (before, bad, after) => {
        const name = before + bad + after
        expect(isValidTopicName(name)).toBe(false)
        const error = errorFor(name)
        expect(error.reason).toBe('illegal-character')
        expect(error.message).toContain(`at position ${before.length} `)
      }),
      { numRuns: 300 },
    )
  })

  it('is a typed SluiceError with code INVALID_TOPIC_NAME carrying the name', () => {
    const error = errorFor('bad name')
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(SluiceError)
    expect(error.code).toBe('INVALID_TOPIC_NAME')
    expect(error.name).toBe('InvalidTopicNameError')
    expect(error.topic).toBe('bad name')
    expect(error.message).toMatch(/^invalid topic name "bad name": /)
  })

  it('validateTopicName and isValidTopicName always agree', () => {
    fc.assert(
      fc.property(fc.oneof(legalName, fc.string({ maxLength: 260 }), fc.constantFrom('', '.', '..', 'a'.repeat(250))), (name) => {
        let threw = false
        try {
          validateTopicName(name)
        } catch {
          threw = true
        }
        expect(threw).toBe(!isValidTopicName(name))
      }),
      { numRuns: 500 },
    )
  })
})

describe('topic name collisions (Kafka Topic.hasCollision)', () => {
  it("maps '.' to '_' and leaves the rest alone", () => {
    expect(topicCollisionKey('metrics.cpu_load')).toBe('metrics_cpu_load')
    expect(topicCollisionKey('a.b.c')).toBe('a_b_c')
    expect(topicCollisionKey('plain-name')).toBe('plain-name')
  })

  it.each([
    ['topic.1', 'topic_1', true],
    ['a.b_c', 'a_b.c', true],
    ['topic.1', 'topic.1', true],
    ['topic.1', 'topic-1', false],
    ['topic1', 'Topic1', false],
    ['a.b', 'a.bc', false],
  ])('%j and %j collide: %s', (nameA, nameB, collide) => {
    expect(topicNamesCollide(nameA, nameB)).toBe(collide)
    expect(topicCollisionKey(nameA) === topicCollisionKey(nameB)).toBe(collide)
  })

  it('collide exactly when the names differ only by swapping . and _ at some positions', () => {
    const swappable = fc.string({ unit: fc.constantFrom('a', 'b', '.', '_'), minLength: 1, maxLength: 20 })
    fc.assert(
      fc.property(swappable, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (name, flips) => {
        const swapped = Array.from(name, (ch, i) => (flips[i] && (ch === '.' || ch === '_') ? (ch === '.' ? '_' : '.') : ch)).join('')
        expect(topicNamesCollide(name, swapped)).toBe(true)
        expect(topicNamesCollide(name, `${swapped}x`)).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})
