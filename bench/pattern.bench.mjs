// Subscription-pattern matching: which of 1,000 patterns match each of 10,000 topics, through PatternIndex
// (subject tree, without and with its match cache) against testing every compiled pattern.
//
//   npx tsc -p tsconfig.json && node bench/pattern.bench.mjs
//
// Writes bench/results/pattern.json. One task iteration matches all 10,000 topics, so topics per second is
// iterations per second * 10,000.

import { writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import { Bench } from 'tinybench'
import { compilePattern, PatternIndex } from '../dist/engine/pattern.js'

const topicCount = 10_000
const patternCount = 1_000
const timeMsPerTask = 1_500

// A fixed-seed generator so every run measures the same topics and patterns (mulberry32).
function makeRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = makeRandom(0x5eed)
const pick = (items) => items[Math.floor(random() * items.length)]
const names = (prefix, count) => Array.from({ length: count }, (_, i) => `${prefix}${i}`)

// Topics shaped like <domain>.<region>.<entity>.<event>, with some one level deeper.
const domains = names('domain', 20)
const regions = names('region', 10)
const entities = names('entity', 50)
const events = names('event', 10)
const shards = names('shard', 4)

const topics = []
for (let i = 0; i < topicCount; i++) {
  const levels = [pick(domains), pick(regions), pick(entities), pick(events)]
  if (random() < 0.2) levels.push(pick(shards))
  topics.push(levels.join('.'))
}

// Patterns: 30% exact names, 50% with `*` levels, 20% ending in `>`.
const patterns = []
for (let i = 0; i < patternCount; i++) {
  const levels = [pick(domains), pick(regions), pick(entities), pick(events)]
  const kind = random()
  if (kind < 0.3) {
    patterns.push(levels.join('.'))
  } else if (kind < 0.8) {
    for (let level = 1; level < levels.length; level++) if (random() < 0.5) levels[level] = '*'
    patterns.push(levels.join('.'))
  } else {
    patterns.push([...levels.slice(0, 1 + Math.floor(random() * 3)), '>'].join('.'))
  }
}

const compiled = patterns.map((pattern, value) => ({ pattern: compilePattern(pattern), value }))

function bruteForce(topic) {
  const found = []
  for (const entry of compiled) if (entry.pattern.matches(topic)) found.push(entry.value)
  return found
}

function buildIndex(matchCacheEntriesMax) {
  const index = new PatternIndex({ matchCacheEntriesMax })
  patterns.forEach((pattern, value) => index.add(pattern, value))
  return index
}
const uncached = buildIndex(0)
const cached = buildIndex(16_384) // holds every topic: measures the steady state of repeated lookups

// Check the contenders agree before timing them, and record how many matches there are to find.
let matchesTotal = 0
for (const topic of topics) {
  const expected = bruteForce(topic).sort((a, b) => a - b)
  const actual = [...uncached.match(topic)].sort((a, b) => a - b)
  if (expected.join() !== actual.join()) throw new Error(`PatternIndex disagrees with brute force on ${topic}`)
  matchesTotal += expected.length
}

// Keeps results observable so the work cannot be optimised away.
let sink = 0
const bench = new Bench({ name: 'pattern', time: timeMsPerTask, iterations: 5, warmupIterations: 2, warmupTime: 200 })
bench
  .add('brute force: 1,000 compiled patterns per topic', () => {
    for (const topic of topics) sink += bruteForce(topic).length
  })
  .add('PatternIndex, no cache', () => {
    for (const topic of topics) sink += uncached.match(topic).length
  })
  .add('PatternIndex, warm cache', () => {
    for (const topic of topics) sink += cached.match(topic).length
  })

await bench.run()

const tasks = bench.tasks.map((task) => {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state} ${result.error ?? ''}`)
  const meanMs = result.latency.mean
  return {
    name: task.name,
    iterations: result.latency.samplesCount,
    meanMsPerIteration: Number(meanMs.toFixed(3)),
    p99MsPerIteration: Number(result.latency.p99.toFixed(3)),
    rmePercent: Number(result.latency.rme.toFixed(2)),
    topicsPerSecond: Math.round((topicCount * 1000) / meanMs),
    nsPerTopic: Number(((meanMs * 1e6) / topicCount).toFixed(1)),
  }
})
const bruteMs = tasks[0].meanMsPerIteration
for (const task of tasks) task.speedupVsBruteForce = Number((bruteMs / task.meanMsPerIteration).toFixed(1))

const report = {
  bench: 'pattern',
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cpuCount: os.cpus().length,
  topicCount,
  patternCount,
  matchesTotal,
  matchesPerTopicMean: Number((matchesTotal / topicCount).toFixed(2)),
  tasks,
}
if (sink === 0) throw new Error('no matches were counted: the benchmark measured nothing')
console.table(tasks)
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/pattern.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`)
