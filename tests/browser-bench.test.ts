// The browser benchmark page in a real browser: Debian's chromium, headless, driven by playwright-core.
// `sluice serve` serves /bench with cross-origin isolation; the page runs the wasm engine over a
// SharedArrayBuffer between itself and Web Workers, and must report positive figures and well-formed JSON.
// A screenshot is saved (path printed; SLUICE_ARTIFACTS_DIR chooses the directory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext } from 'playwright-core'

const chromiumPath = '/usr/bin/chromium'
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const artifacts = process.env.SLUICE_ARTIFACTS_DIR ?? join(tmpdir(), 'sluice-artifacts')
// CI installs chromium (.ci/run); elsewhere a machine without it skips rather than fails.
const available = existsSync(chromiumPath) || process.env.CI === 'true'

let server: ChildProcess
let base = ''
let context: BrowserContext
let profile = ''

beforeAll(async () => {
  if (!available) return
  server = spawn(process.execPath, [cli, 'serve', '--http-port', '0', '--memory-bytes', String(256 * 1024 * 1024), '--log-level', 'warn', '--data-dir', '', '--port=-1', '--ingest-tcp-port=-1', '--ingest-udp-port=-1'], { stdio: ['ignore', 'pipe', 'inherit'] })
  base = await new Promise<string>((resolve, reject) => {
    let buffered = ''
    server.stdout!.on('data', (chunk) => {
      buffered += chunk
      if (buffered.includes('\n')) resolve(`http://${JSON.parse(buffered.split('\n')[0]).http}`)
    })
    server.once('exit', (code) => reject(new Error(`sluice serve exited with ${code}`)))
  })
  profile = mkdtempSync(join(tmpdir(), 'sluice-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

afterAll(async () => {
  await context?.close()
  if (server !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  if (profile !== '') rmSync(profile, { recursive: true, force: true })
})

describe.skipIf(!available)('browser benchmark page', () => {
  it('runs the engine across Web Workers over a SharedArrayBuffer and reports positive figures', async () => {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const response = await page.goto(`${base}/bench?quick`)
    expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin')
    expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp')
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true)

    await page.waitForFunction(() => ['done', 'error'].includes((window as any).sluiceBench?.state), null, { timeout: 120_000 })
    const state = await page.evaluate(() => (window as any).sluiceBench)
    expect(state.error, state.error).toBeUndefined()
    expect(state.state).toBe('done')
    expect(errors).toEqual([])

    // The JSON shown (and downloaded) is well-formed and matches the result object.
    const shown = JSON.parse((await page.textContent('#json')) ?? '')
    expect(shown).toEqual(state.result)
    const result = state.result
    expect(result).toMatchObject({ bench: 'browser', crossOriginIsolated: true, valueBytes: 100 })
    expect(result.crossWorker.map((c: { key: string }) => c.key)).toEqual(['engineBatched', 'postMessage'])
    for (const c of result.crossWorker) {
      expect(c.recordsPerSecondMedian).toBeGreaterThan(0)
      expect(c.rounds.every((r: number) => Number.isFinite(r) && r > 0)).toBe(true)
    }
    expect(result.crc32c.map((c: { name: string }) => c.name)).toEqual([expect.stringMatching(/^wasm scalar/), expect.stringMatching(/^wasm simd/), 'pure JS slicing-by-8'])
    for (const c of result.crc32c) expect(c.gbpsMedian).toBeGreaterThan(0)
    // Every implementation computed the same CRC of the same bytes.
    expect(new Set(result.crc32c.map((c: { check: number }) => c.check)).size).toBe(1)
    expect(result.scan[0].recordsPerSecondMedian).toBeGreaterThan(0)

    // Charts are drawn (inline SVG, one bar per case) and the download link carries the JSON.
    expect(await page.locator('#chart-crossworker svg rect').count()).toBe(2)
    expect(await page.locator('#chart-crc svg rect').count()).toBe(3)
    const href = await page.getAttribute('#download', 'href')
    expect(href).toMatch(/^blob:/)
    const downloaded = await page.evaluate(async (url) => (await fetch(url!)).text(), href)
    expect(JSON.parse(downloaded)).toEqual(result)

    mkdirSync(artifacts, { recursive: true })
    const screenshot = join(artifacts, 'browser-bench.png')
    await page.screenshot({ path: screenshot, fullPage: true })
    writeFileSync(join(artifacts, 'browser-bench.json'), JSON.stringify(result, null, 2))
    expect(statSync(screenshot).size).toBeGreaterThan(10_000)
    console.log(`browser bench screenshot: ${screenshot}`)
    await page.close()
  })

  it('is isolated only where the server sends COOP/COEP', async () => {
    // /health carries no isolation headers: a document there has no SharedArrayBuffer, so /bench needs its own.
    const page = await context.newPage()
    await page.goto(`${base}/health`)
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false)
    await page.close()
  })
})
