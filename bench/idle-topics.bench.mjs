// Idle streams: what 1,000,000 topics with no traffic cost. Run in a fresh process (`node --expose-gc`) so
// the resident-set delta is this engine's: we measure RSS, V8 heap and external memory before and after
// creating the topics, and report bytes per topic for each and in total. Target: <= 512 B per idle topic.
import { writeFileSync, mkdirSync } from 'node:fs'
import { Engine } from '../dist/index.js'

const topicCount = Number(process.env.TOPICS ?? 1_000_000)
const gc = globalThis.gc ?? (() => {})

function snapshot() {
  gc()
  gc()
  const usage = process.memoryUsage()
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external + usage.arrayBuffers }
}

// memoryBytes is reserved address space: only the pages the directory touches become resident, and that is
// what RSS shows.
const engine = await Engine.open({ memoryBytes: 1024 * 1024 * 1024, topicsMax: topicCount, partitionsMax: topicCount, windowBytes: 64 * 1024 })
const before = snapshot()
const started = performance.now()
for (let i = 0; i < topicCount; i++) await engine.createTopic(`tenant-${i % 1000}.device-${i}`)
const createMs = performance.now() - started
const after = snapshot()
const perTopic = {
  rssBytes: (after.rss - before.rss) / topicCount,
  heapBytes: (after.heapUsed - before.heapUsed) / topicCount,
}
// A pattern subscription over all of them must not allocate windows or per-topic waiters while idle.
const subscription = engine.subscribe('tenant-1.>')
const withSubscription = snapshot()
subscription.close()
const topicsListed = engine.listTopics().length
await engine.close()

const result = {
  bench: 'idle-topics',
  date: new Date().toISOString(),
  runtime: `node ${process.versions.node}`,
  topics: topicCount,
  topicsListed,
  createMs: Math.round(createMs),
  createsPerSecond: Math.round(topicCount / (createMs / 1000)),
  bytesPerIdleTopic: Math.round(perTopic.rssBytes),
  heapBytesPerIdleTopic: Math.round(perTopic.heapBytes),
  patternSubscriptionRssBytes: withSubscription.rss - after.rss,
  targetBytesPerIdleTopic: 512,
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/idle-topics.json', import.meta.url), JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
