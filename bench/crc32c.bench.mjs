// CRC32C throughput: wasm scalar (slicing-by-8), wasm SIMD (plain and relaxed builds), pure JS, the host
// wrapper's copy-in path, and the native sse4_crc32 addon (hardware crc32 instruction) as the ceiling.
//
//   node bench/crc32c.bench.mjs            all of the above on this runtime, then Deno and Bun if present;
//                                          prints a Markdown table, writes bench/results/crc32c.json
//   --only=<name,...>  --json-only         used for the child runs (relaxed SIMD on Node 20, other runtimes)
//
// Needs `npm run build` (dist/wasm and dist/crc). Figures are medians over rounds; the machine is shared,
// so expect 10-30% run-to-run noise.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Crc32c, crc32cJs } from '../dist/crc/crc32c.js'

const distWasm = (file) => new URL(`../dist/wasm/${file}`, import.meta.url)
const sizesBytes = [64 * 1024, 1024 * 1024]
/** Untimed run per case so V8 tiers the wasm up to TurboFan (6-8 ms after instantiation here). */
const warmupMs = 40
const rounds = 9
/** Each round repeats the call until at least this long has passed, well above timer resolution. */
const roundMsMin = 15

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]))
const only = typeof args.get('only') === 'string' ? new Set(args.get('only').split(',')) : undefined
const jsonOnly = args.has('json-only')
const runtime = globalThis.Deno ? 'deno' : globalThis.Bun ? 'bun' : 'node'
const runtimeVersion = globalThis.Deno ? Deno.version.deno : globalThis.Bun ? Bun.version : process.versions.node

const memoryBytes = 4 * 1024 * 1024
const memory = new WebAssembly.Memory({ initial: memoryBytes / 65536, maximum: memoryBytes / 65536, shared: true })
const memoryView = new Uint8Array(memory.buffer)
const instantiate = (bytes) => new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory, abort() { throw new Error('wasm abort') } } }).exports

const plainBytes = readFileSync(distWasm('sluice.wasm'))
const relaxedBytes = readFileSync(distWasm('sluice-relaxed.wasm'))
const relaxedValid = WebAssembly.validate(relaxedBytes)
const plain = instantiate(plainBytes)
const relaxed = relaxedValid ? instantiate(relaxedBytes) : undefined
const dataPtr = Math.ceil(plain.heapBase() / 64) * 64
const scratchPtr = dataPtr + 1024 * 1024
const scratchBytes = 256 * 1024
for (let i = 0; i < 1024 * 1024; i++) memoryView[dataPtr + i] = (i * 2654435761) >>> 24

let native
let nativeNote
try {
  native = createRequire(import.meta.url)('sse4_crc32')
  nativeNote = native.hardware_support ? 'sse4_crc32 (hardware)' : 'sse4_crc32 (software table: no SSE4.2)'
} catch (error) {
  nativeNote = `sse4_crc32 unavailable: ${String(error.message ?? error).split('\n')[0]}`
}

function measure(fn, bytes) {
  const check = fn()
  const warmupEnd = performance.now() + warmupMs
  while (performance.now() < warmupEnd) fn()
  const gbps = []
  for (let r = 0; r < rounds; r++) {
    let calls = 0
    const start = performance.now()
    let elapsed = 0
    do {
      fn()
      calls++
      elapsed = performance.now() - start
    } while (elapsed < roundMsMin)
    gbps.push((calls * bytes) / (elapsed * 1e6))
  }
  gbps.sort((a, b) => a - b)
  return { check: check >>> 0, gbpsMedian: gbps[rounds >> 1], gbpsMin: gbps[0], gbpsMax: gbps[rounds - 1] }
}

function cases() {
  const list = []
  for (const sizeBytes of sizesBytes) {
    const copy = memoryView.slice(dataPtr, dataPtr + sizeBytes)
    const buffer = Buffer.from(copy)
    // The wrapper copies the input into the scratch region, then one SIMD call per scratch-full.
    const wrapperSimd = new Crc32c(relaxed ?? plain, memory, { scratchPtr, scratchBytes, implementation: 'simd' })
    const impls = [
      ['wasm-scalar', () => plain.crc32cScalar(0, dataPtr, sizeBytes)],
      ['wasm-simd', () => plain.crc32cSimd(0, dataPtr, sizeBytes)],
      ['wasm-simd-relaxed', relaxed && (() => relaxed.crc32cSimd(0, dataPtr, sizeBytes))],
      [relaxed ? 'host-ofBytes-simd-relaxed' : 'host-ofBytes-simd', () => wrapperSimd.ofBytes(copy)],
      ['js', () => crc32cJs(copy)],
      ['native', native && (() => native.calculate(buffer))],
    ]
    for (const [name, fn] of impls) {
      if (!fn || (only && !only.has(name))) continue
      list.push({ name, sizeBytes, ...measure(fn, sizeBytes) })
    }
  }
  return list
}

const result = { runtime, runtimeVersion, nodeVersion: process.versions?.node, date: new Date().toISOString(), native: nativeNote, relaxedSimdValid: relaxedValid, cases: cases() }

// Node 20 validates relaxed SIMD only behind a flag: measure that build in a child started with it.
if (runtime === 'node' && !relaxedValid && !jsonOnly) {
  const child = spawnSync(process.execPath, ['--experimental-wasm-relaxed-simd', new URL(import.meta.url).pathname, '--only=wasm-simd-relaxed,host-ofBytes-simd-relaxed', '--json-only'], { encoding: 'utf8' })
  if (child.status === 0) {
    const childResult = JSON.parse(child.stdout)
    for (const c of childResult.cases) result.cases.push({ ...c, note: 'node --experimental-wasm-relaxed-simd' })
  } else {
    result.relaxedChildError = child.stderr.slice(0, 500)
  }
}

function withRatios(r) {
  for (const c of r.cases) {
    const ref = r.cases.find((n) => n.name === 'native' && n.sizeBytes === c.sizeBytes)
    const scalar = r.cases.find((n) => n.name === 'wasm-scalar' && n.sizeBytes === c.sizeBytes)
    c.ratioToNative = ref ? c.gbpsMedian / ref.gbpsMedian : null
    c.ratioToWasmScalar = scalar ? c.gbpsMedian / scalar.gbpsMedian : null
  }
  // Every path computed the same CRC of the same bytes; a mismatch would make the figures meaningless.
  for (const size of sizesBytes) {
    const checks = new Set(r.cases.filter((c) => c.sizeBytes === size).map((c) => c.check))
    if (checks.size > 1) throw new Error(`CRC mismatch between implementations at ${size} bytes: ${[...checks].join(', ')}`)
  }
  return r
}

if (jsonOnly) {
  process.stdout.write(JSON.stringify(result))
} else {
  withRatios(result)
  result.otherRuntimes = []
  for (const [name, bin, extra] of [['deno', 'deno', ['run', '-A']], ['bun', 'bun', []]]) {
    const path = new URL(`../node_modules/.bin/${bin}`, import.meta.url).pathname
    if (!existsSync(path)) continue
    const child = spawnSync(path, [...extra, new URL(import.meta.url).pathname, '--json-only'], { encoding: 'utf8', timeout: 120_000 })
    if (child.status === 0) result.otherRuntimes.push(withRatios(JSON.parse(child.stdout)))
    else result.otherRuntimes.push({ runtime: name, error: (child.stderr || String(child.error)).slice(0, 500) })
  }
  writeFileSync(new URL('./results/crc32c.json', import.meta.url), JSON.stringify(result, null, 2) + '\n')
  const fmt = (x, d = 2) => (x == null ? '-' : x.toFixed(d))
  console.log('| runtime | implementation | size | GB/s median (min-max) | vs native | vs wasm scalar |')
  console.log('|---|---|---|---|---|---|')
  for (const r of [result, ...result.otherRuntimes]) {
    if (!r.cases) { console.log(`| ${r.runtime} | error: ${r.error.split('\n')[0]} | | | | |`); continue }
    for (const c of r.cases) {
      console.log(`| ${r.runtime} ${r.runtimeVersion} | ${c.name} | ${c.sizeBytes / 1024} KiB | ${fmt(c.gbpsMedian)} (${fmt(c.gbpsMin)}-${fmt(c.gbpsMax)}) | ${fmt(c.ratioToNative)} | ${fmt(c.ratioToWasmScalar)} |`)
    }
  }
  console.log(`\nnative: ${nativeNote}`)
}
