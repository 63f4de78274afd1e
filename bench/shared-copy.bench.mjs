// Copies of 1 MiB into and out of a shared WebAssembly.Memory: TypedArray.prototype.set with source and
// target aligned alike mod 8, the same misaligned (V8 then moves a byte at a time), and copyBytes
// (host/memory/shared-copy.ts, which stages a misaligned copy through ordinary memory), beside a copy
// between ordinary buffers as the floor. The Kafka produce path copies each batch from wherever the
// request put it into an 8-aligned window entry, and fetch and persist paths copy batches back to back
// out of the window: misaligned copies are the common case there.
//
//   npm run build && node bench/shared-copy.bench.mjs        writes bench/results/shared-copy.json
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { Bench } from 'tinybench'
import { copyBytes } from '../dist/memory/shared-copy.js'

const copyBytesPerCall = 1024 * 1024
const timeMsPerTask = 800
const room = copyBytesPerCall + 64

const shared = new Uint8Array(new WebAssembly.Memory({ initial: 32, maximum: 32, shared: true }).buffer)
const ordinary = new Uint8Array(room)
const source = new Uint8Array(room).map((_, i) => (i * 31) & 0xff)
const at = (bytes, shift) => bytes.subarray(shift, shift + copyBytesPerCall)

const cases = [
  ['ordinary -> ordinary, set (floor)', () => ordinary.set(at(source, 3), 24)],
  ['ordinary -> shared, set, aligned', () => shared.set(at(source, 0), 24)],
  ['ordinary -> shared, set, misaligned', () => shared.set(at(source, 3), 24)],
  ['ordinary -> shared, copyBytes, misaligned', () => copyBytes(shared, 24, at(source, 3))],
  ['shared -> ordinary, set, misaligned', () => ordinary.set(at(shared, 27), 0)],
  ['shared -> ordinary, copyBytes, misaligned', () => copyBytes(ordinary, 0, at(shared, 27))],
]

// The copies must agree before they are timed.
copyBytes(shared, 24, at(source, 3))
if (Buffer.compare(shared.subarray(24, 24 + copyBytesPerCall), at(source, 3)) !== 0) throw new Error('copyBytes into shared memory copied wrong bytes')
copyBytes(ordinary, 0, at(shared, 24))
if (Buffer.compare(at(ordinary, 0), at(source, 3)) !== 0) throw new Error('copyBytes out of shared memory copied wrong bytes')

const bench = new Bench({ name: 'shared-copy', time: timeMsPerTask, warmupTime: 100 })
for (const [name, fn] of cases) bench.add(name, fn)
await bench.run()

const tasks = bench.tasks.map((task) => {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state} ${result.error ?? ''}`)
  const medianMs = result.latency.p50
  return { name: task.name, samples: result.latency.samplesCount, msPerMiBMedian: Number(medianMs.toFixed(4)), gbpsMedian: Number((copyBytesPerCall / (medianMs / 1000) / 1e9).toFixed(2)) }
})
const ms = (prefix) => tasks.find((t) => t.name.startsWith(prefix)).msPerMiBMedian
const report = {
  bench: 'shared-copy',
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cpuCount: os.cpus().length,
  loadAverage1m: os.loadavg()[0],
  copyBytesPerCall,
  tasks,
  intoSharedSpeedupMedian: Number((ms('ordinary -> shared, set, misaligned') / ms('ordinary -> shared, copyBytes')).toFixed(2)),
  outOfSharedSpeedupMedian: Number((ms('shared -> ordinary, set, misaligned') / ms('shared -> ordinary, copyBytes')).toFixed(2)),
}
console.table(tasks)
console.log(`copyBytes over a misaligned set(): ${report.intoSharedSpeedupMedian}x into shared memory, ${report.outOfSharedSpeedupMedian}x out of it`)
mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
writeFileSync(new URL('./results/shared-copy.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`)
