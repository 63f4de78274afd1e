// The browser benchmark page's script (page.ts is its HTML). It runs, in this order:
//   1. cross-worker records/s: Engine.open here, Engine.attach in a Web Worker through engine.share(); the
//      worker publishes RecordBatchBuilder batches, this page reads them with a backpressure subscription
//      (nextView + forEachValue); against a worker posting one 100-byte Uint8Array per record;
//   2. CRC32C GB/s: the wasm scalar and SIMD paths (host/crc/crc32c.ts) and the pure-JS fallback;
//   3. batch scanning: reading records already in a window with nextView + forEachValue.
// Figures are medians of rounds. The result is shown as charts and JSON, offered as a download, and left
// in window.sluiceBench for scripts (tests/browser-bench.test.ts).

import { Engine } from '../engine/engine.js'
import { RecordBatchBuilder } from '../engine/record-batch.js'
import { Crc32c, crc32cJs } from '../crc/crc32c.js'
import { createSharedMemory, instantiate, loadSluiceModule } from '../wasm/module.js'
import type { WorkerReply, WorkerTask } from './bench-worker.js'

interface ThroughputCase {
  readonly name: string
  readonly key: string
  readonly recordsPerRound: number
  readonly rounds: number[]
  recordsPerSecondMedian: number
  ratioToPostMessage?: number
}

interface CrcCase {
  readonly name: string
  readonly sizeBytes: number
  readonly rounds: number[]
  gbpsMedian: number
  readonly check: number
}

interface ScanCase {
  readonly name: string
  readonly records: number
  readonly valueBytes: number
  readonly rounds: number[]
  recordsPerSecondMedian: number
  gbpsMedian: number
}

export interface BrowserBenchResult {
  readonly bench: 'browser'
  readonly date: string
  readonly userAgent: string
  readonly crossOriginIsolated: boolean
  readonly hardwareConcurrency: number
  readonly relaxedSimd: boolean
  readonly quick: boolean
  readonly rounds: number
  readonly valueBytes: number
  readonly crossWorker: ThroughputCase[]
  readonly crc32c: CrcCase[]
  readonly scan: ScanCase[]
  readonly notes: string[]
  readonly durationSeconds: number
}

interface PageState {
  state: 'loading' | 'running' | 'done' | 'error'
  result?: BrowserBenchResult
  error?: string
}

const params = new URLSearchParams(location.search)
const quick = params.has('quick')
const rounds = Number(params.get('rounds') ?? (quick ? 2 : 5))
const valueBytes = 100
const engineRecords = quick ? 200_000 : 2_000_000
const engineBatch = 4000
const postMessageRecords = quick ? 20_000 : 200_000
const crcSizeBytes = 1024 * 1024
const crcRoundMs = quick ? 40 : 150
const scanRecords = quick ? 100_000 : 400_000

const pageState: PageState = { state: 'loading' }
;(window as unknown as { sluiceBench: PageState }).sluiceBench = pageState

const $ = (id: string): HTMLElement => document.getElementById(id)!
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

function log(line: string): void {
  $('log').textContent += line + '\n'
}

function setState(state: PageState['state'], text: string): void {
  pageState.state = state
  document.body.dataset.state = state
  const pill = $('state')
  pill.textContent = text
  pill.className = `pill ${state === 'done' ? 'ok' : state === 'error' ? 'bad' : ''}`
}

function formatNumber(value: number, digits = 3): string {
  if (value >= 1e6) return `${(value / 1e6).toPrecision(digits)} M`
  if (value >= 1e3) return `${(value / 1e3).toPrecision(digits)} k`
  return value.toPrecision(digits)
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
}

/** A horizontal bar chart as inline SVG: no library, nothing fetched. */
function barChart(bars: ReadonlyArray<{ label: string; value: number; color: string }>, unit: string): string {
  const width = 520
  const labelWidth = 210
  const barHeight = 22
  const gap = 8
  const height = bars.length * (barHeight + gap) + 24
  const max = Math.max(...bars.map((b) => b.value), 1e-9)
  const plot = width - labelWidth - 80
  const rows = bars
    .map((bar, i) => {
      const y = i * (barHeight + gap) + 4
      const w = Math.max(1, (bar.value / max) * plot)
      return (
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeXml(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" rx="3" fill="${bar.color}"></rect>` +
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 15}">${formatNumber(bar.value)} ${escapeXml(unit)}</text>`
      )
    })
    .join('')
  const axisY = bars.length * (barHeight + gap) + 8
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 ${width} ${height}" role="img">` +
    rows +
    `<line x1="${labelWidth}" y1="${axisY}" x2="${labelWidth + plot}" y2="${axisY}" stroke="#d8dde5"></line>` +
    `<text x="${labelWidth}" y="${axisY + 14}" fill="#5b6575">0</text>` +
    `<text x="${labelWidth + plot}" y="${axisY + 14}" text-anchor="end">${formatNumber(max)} ${escapeXml(unit)}</text>` +
    `</svg>`
  )
}

function table(id: string, header: string[], rows: Array<Array<string | number>>): void {
  const head = `<tr>${header.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr>`
  const body = rows.map((row) => `<tr>${row.map((cell) => (typeof cell === 'number' ? `<td class="num">${formatNumber(cell)}</td>` : `<td>${escapeXml(cell)}</td>`)).join('')}</tr>`).join('')
  $(id).innerHTML = head + body
}

/** Starts the worker with a task; resolves once it is ready. */
function startWorker(task: WorkerTask, onRecord?: () => void): Promise<{ go: () => void; done: Promise<void>; worker: Worker }> {
  return new Promise((resolveReady, rejectReady) => {
    const worker = new Worker(new URL('./bench-worker.js', import.meta.url), { type: 'module' })
    let resolveDone: () => void = () => {}
    let rejectDone: (error: Error) => void = () => {}
    const done = new Promise<void>((resolve, reject) => {
      resolveDone = resolve
      rejectDone = reject
    })
    done.catch(() => {})
    worker.onerror = (event) => {
      const error = new Error(`worker failed: ${event.message}`)
      rejectReady(error)
      rejectDone(error)
    }
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as WorkerReply | Uint8Array
      if (data instanceof Uint8Array) onRecord?.()
      else if (data === 'ready') resolveReady({ go: () => worker.postMessage('go'), done, worker })
      else if ('done' in data) resolveDone()
      else if ('error' in data) {
        rejectReady(new Error(data.error))
        rejectDone(new Error(data.error))
      }
    }
    worker.postMessage(task)
  })
}

async function engineThroughput(engine: Engine, round: number): Promise<number> {
  const topic = `bench.crossworker.${round}`
  await engine.createTopic(topic, { windowBytes: 16 * 1024 * 1024 })
  // Backpressure: a publisher faster than this page waits instead of overrunning the window.
  const subscription = engine.subscribe(topic, { from: 'earliest', backpressure: true })
  const { go, done, worker } = await startWorker({ mode: 'engine', handle: engine.share(), topic, count: engineRecords, batchSize: engineBatch, valueBytes })
  let received = 0
  let checksum = 0
  const visit = (_bytes: Uint8Array, _start: number, length: number): void => {
    checksum += length
    received++
  }
  const started = performance.now()
  go()
  while (received < engineRecords) {
    const view = await subscription.nextView()
    if (view === null) throw new Error('the subscription ended early')
    view.forEachValue(visit)
  }
  const seconds = (performance.now() - started) / 1000
  await done
  worker.terminate()
  subscription.close()
  await engine.deleteTopic(topic)
  if (checksum !== engineRecords * valueBytes) throw new Error(`engine case: checksum ${checksum}, expected ${engineRecords * valueBytes}`)
  return engineRecords / seconds
}

async function postMessageThroughput(): Promise<number> {
  let received = 0
  let finish: () => void = () => {}
  const all = new Promise<void>((resolve) => (finish = resolve))
  const { go, worker } = await startWorker({ mode: 'postMessage', count: postMessageRecords, valueBytes }, () => {
    if (++received === postMessageRecords) finish()
  })
  const started = performance.now()
  go()
  await all
  const seconds = (performance.now() - started) / 1000
  worker.terminate()
  return postMessageRecords / seconds
}

async function crcCases(notes: string[]): Promise<{ cases: CrcCase[]; relaxedSimd: boolean }> {
  const { module, relaxedSimd } = await loadSluiceModule()
  const memory = createSharedMemory(16 * 1024 * 1024)
  const exports = instantiate(module, memory)
  const base = Math.ceil((exports.heapBase() as number) / 64) * 64
  const data = new Uint8Array(memory.buffer, base, crcSizeBytes)
  // crypto.getRandomValues refuses views of a SharedArrayBuffer: a xorshift fills it instead.
  let seed = 0x9e3779b9
  for (let i = 0; i < data.length; i++) {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    data[i] = seed & 0xff
  }
  const copy = data.slice()
  const scratch = { scratchPtr: base + crcSizeBytes, scratchBytes: 1024 * 1024 }
  const measure = (compute: () => number): { rounds: number[]; check: number } => {
    let check = compute()
    // V8 tiers wasm up in the background (Liftoff, then TurboFan): run a while before timing.
    const warmUntil = performance.now() + crcRoundMs
    while (performance.now() < warmUntil) check = compute()
    const gbps: number[] = []
    for (let round = 0; round < Math.max(3, rounds); round++) {
      let calls = 0
      const started = performance.now()
      let elapsed = 0
      do {
        check = compute()
        calls++
        elapsed = performance.now() - started
      } while (elapsed < crcRoundMs)
      gbps.push((calls * crcSizeBytes) / (elapsed * 1e6))
    }
    return { rounds: gbps, check }
  }
  const cases: CrcCase[] = []
  for (const implementation of ['scalar', 'simd'] as const) {
    const crc = new Crc32c(exports, memory, { ...scratch, implementation })
    const { rounds: r, check } = measure(() => crc.ofRange(base, crcSizeBytes))
    cases.push({ name: `wasm ${implementation}${implementation === 'simd' && relaxedSimd ? ' (relaxed SIMD)' : ''}`, sizeBytes: crcSizeBytes, rounds: r, gbpsMedian: median(r), check })
    await pause()
  }
  const js = measure(() => crc32cJs(copy))
  cases.push({ name: 'pure JS slicing-by-8', sizeBytes: crcSizeBytes, rounds: js.rounds, gbpsMedian: median(js.rounds), check: js.check })
  if (new Set(cases.map((c) => c.check)).size !== 1) notes.push(`CRC32C implementations disagree: ${cases.map((c) => c.check).join(', ')}`)
  return { cases, relaxedSimd }
}

async function scanCase(engine: Engine): Promise<ScanCase> {
  const topic = 'bench.scan'
  await engine.createTopic(topic, { windowBytes: 128 * 1024 * 1024 })
  const builder = new RecordBatchBuilder()
  const value = new Uint8Array(valueBytes).fill(3)
  for (let sent = 0; sent < scanRecords; sent += engineBatch) {
    builder.clear()
    for (let i = 0; i < engineBatch && sent + i < scanRecords; i++) builder.addValue(value)
    await engine.publishRecords(topic, builder, { partition: 0 })
  }
  const perSecond: number[] = []
  for (let round = 0; round < Math.max(3, rounds); round++) {
    const subscription = engine.subscribe(topic, { from: 'earliest' })
    let seen = 0
    let sum = 0
    const visit = (bytes: Uint8Array, start: number, length: number): void => {
      sum += bytes[start] + length
      seen++
    }
    const started = performance.now()
    while (seen < scanRecords) {
      const view = await subscription.nextView()
      if (view === null) throw new Error('scan subscription ended early')
      view.forEachValue(visit)
    }
    perSecond.push(scanRecords / ((performance.now() - started) / 1000))
    subscription.close()
    if (sum !== scanRecords * (valueBytes + 3)) throw new Error(`scan checksum ${sum}`)
    await pause()
  }
  await engine.deleteTopic(topic)
  const recordsPerSecondMedian = median(perSecond)
  return { name: 'nextView + forEachValue (100 B values)', records: scanRecords, valueBytes, rounds: perSecond, recordsPerSecondMedian, gbpsMedian: (recordsPerSecondMedian * valueBytes) / 1e9 }
}

function render(result: BrowserBenchResult): void {
  $('chart-crossworker').innerHTML = barChart(
    result.crossWorker.map((c) => ({ label: c.key === 'postMessage' ? 'postMessage, 1 per message' : `engine, batches of ${engineBatch}`, value: c.recordsPerSecondMedian, color: c.key === 'postMessage' ? 'var(--post)' : 'var(--engine)' })),
    'rec/s',
  )
  table(
    'table-crossworker',
    ['case', 'records/s (median)', 'min', 'max', '× postMessage'],
    result.crossWorker.map((c) => [c.name, c.recordsPerSecondMedian, Math.min(...c.rounds), Math.max(...c.rounds), `${c.ratioToPostMessage ?? 1}×`]),
  )
  $('chart-crc').innerHTML = barChart(
    result.crc32c.map((c) => ({ label: c.name, value: c.gbpsMedian, color: c.name.startsWith('pure JS') ? 'var(--js)' : 'var(--crc)' })),
    'GB/s',
  )
  table('table-crc', ['implementation', 'GB/s (median)', 'min', 'max'], result.crc32c.map((c) => [c.name, c.gbpsMedian, Math.min(...c.rounds), Math.max(...c.rounds)]))
  $('chart-scan').innerHTML = barChart(result.scan.map((c) => ({ label: 'nextView + forEachValue', value: c.recordsPerSecondMedian, color: 'var(--scan)' })), 'rec/s')
  table('table-scan', ['case', 'records/s (median)', 'GB/s of values'], result.scan.map((c) => [c.name, c.recordsPerSecondMedian, c.gbpsMedian.toFixed(2)]))
  const json = JSON.stringify(result, null, 2)
  $('json').textContent = json
  const link = $('download') as HTMLAnchorElement
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href)
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  link.removeAttribute('aria-disabled')
}

async function runAll(): Promise<BrowserBenchResult> {
  const began = performance.now()
  const notes: string[] = []
  if (!crossOriginIsolated) throw new Error('this page is not cross-origin isolated (COOP/COEP headers missing), so SharedArrayBuffer is unavailable')
  if (quick) notes.push('quick run (?quick): fewer records and rounds; numbers are indicative only')
  log(`rounds ${rounds}; ${engineRecords.toLocaleString()} engine records and ${postMessageRecords.toLocaleString()} postMessage records per round`)

  log('CRC32C…')
  const crc = await crcCases(notes)
  $('simd').textContent = `wasm: ${crc.relaxedSimd ? 'relaxed SIMD build' : 'SIMD build'}`
  $('simd').className = 'pill ok'

  const engine = await Engine.open({ memoryBytes: 256 * 1024 * 1024, topicsMax: 64, workersMax: 4 })
  try {
    const engineRounds: number[] = []
    const postRounds: number[] = []
    for (let round = 0; round < rounds; round++) {
      engineRounds.push(await engineThroughput(engine, round))
      log(`round ${round + 1}/${rounds}: engine ${formatNumber(engineRounds[round])} rec/s`)
      await pause()
      postRounds.push(await postMessageThroughput())
      log(`round ${round + 1}/${rounds}: postMessage ${formatNumber(postRounds[round])} rec/s`)
      await pause()
    }
    const postMedian = median(postRounds)
    const crossWorker: ThroughputCase[] = [
      { name: `engine, RecordBatchBuilder(${engineBatch}) → nextView`, key: 'engineBatched', recordsPerRound: engineRecords, rounds: engineRounds, recordsPerSecondMedian: median(engineRounds) },
      { name: 'worker postMessage, 1 per message', key: 'postMessage', recordsPerRound: postMessageRecords, rounds: postRounds, recordsPerSecondMedian: postMedian },
    ]
    for (const c of crossWorker) c.ratioToPostMessage = Math.round((c.recordsPerSecondMedian / postMedian) * 10) / 10

    log('batch scanning…')
    const scan = [await scanCase(engine)]
    return {
      bench: 'browser',
      date: new Date().toISOString(),
      userAgent: navigator.userAgent,
      crossOriginIsolated,
      hardwareConcurrency: navigator.hardwareConcurrency,
      relaxedSimd: crc.relaxedSimd,
      quick,
      rounds,
      valueBytes,
      crossWorker,
      crc32c: crc.cases,
      scan,
      notes: [...notes, 'batch scanning in wasm (a scan kernel over a window) is not in the engine yet: the scan figure is the host walker'],
      durationSeconds: Math.round((performance.now() - began) / 100) / 10,
    }
  } finally {
    await engine.close()
  }
}

async function start(): Promise<void> {
  const button = $('run') as HTMLButtonElement
  button.disabled = true
  $('log').textContent = ''
  setState('running', 'running…')
  try {
    const result = await runAll()
    pageState.result = result
    render(result)
    setState('done', `done in ${result.durationSeconds} s`)
    log('done')
  } catch (error) {
    pageState.error = String((error as Error)?.stack ?? error)
    $('json').textContent = pageState.error
    setState('error', 'failed')
    log(`failed: ${(error as Error)?.message ?? String(error)}`)
  } finally {
    button.disabled = false
  }
}

const isolated = $('isolated')
isolated.textContent = `cross-origin isolation: ${crossOriginIsolated ? 'on' : 'OFF'}`
isolated.className = `pill ${crossOriginIsolated ? 'ok' : 'bad'}`
$('run').addEventListener('click', () => void start())
void start()
