// The SVG chart `sluice bench` writes next to the JSON results (scripts/bench-chart.mjs), and its progress
// line per benchmark (scripts/bench-progress.mjs).
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchChartSvg, figureValue } from '../scripts/bench-chart.mjs'
import { durationsFile, durationsText, previousDuration, progressLine, readDurations } from '../scripts/bench-progress.mjs'

describe('bench chart', () => {
  it('reads the table figures as numbers, and leaves out what is not one number', () => {
    expect(figureValue(2.89)).toBe(2.89)
    expect(figureValue('14.9 M')).toBeCloseTo(14.9e6)
    expect(figureValue('565 k')).toBe(565_000)
    expect(figureValue('3 / 12')).toBeNull()
    expect(figureValue('')).toBeNull()
  })

  it('draws one bar per numeric row, scaled within its unit, with labels escaped', () => {
    const svg: string = benchChartSvg([
      { bench: 'crc32c', case: 'wasm <simd>', figure: 3, unit: 'GB/s' },
      { bench: 'crc32c', case: 'js', figure: 1.5, unit: 'GB/s' },
      { bench: 'ring', case: 'batched', figure: '30.0 M', unit: 'records/s' },
      { bench: 'ring', case: 'latency p50 / p99', figure: '1 / 4', unit: 'µs' },
    ])
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    const bars = [...svg.matchAll(/<rect x="\d+" y="\d+" width="(\d+)" height="18"/g)].map((m) => Number(m[1]))
    expect(bars).toHaveLength(3)
    expect(bars[0]).toBe(2 * bars[1]) // 3 against 1.5 GB/s
    expect(bars[2]).toBe(bars[0]) // the largest of its own unit: full length
    expect(svg).toContain('crc32c: wasm &lt;simd&gt;')
    expect(svg).toMatch(/>GB\/s<\/text>[\s\S]*>records\/s<\/text>/)
    expect(svg).not.toContain('µs')
  })
})

describe('bench progress line', () => {
  const base = { name: 'crc32c', index: 1, total: 4, width: 80 }
  const filled = (line: string): number => (/\[([█░]+)\]/.exec(line)?.[1].match(/█/g) ?? []).length
  const barWidth = (line: string): number => /\[([█░]+)\]/.exec(line)![1].length

  it('fills the bar with elapsed time against the previous duration, full and "+N s" once over it', () => {
    const half = progressLine({ ...base, elapsedSeconds: 30, previousSeconds: 60 })
    expect(half).toMatch(/^2\/4 crc32c \[[█░]+\] 30 \/ 60 s$/)
    expect(filled(half)).toBe(barWidth(half) / 2)
    expect(filled(progressLine({ ...base, elapsedSeconds: 0, previousSeconds: 60 }))).toBe(0)
    const over = progressLine({ ...base, elapsedSeconds: 75, previousSeconds: 60 })
    expect(filled(over)).toBe(barWidth(over))
    expect(over).toMatch(/75 \/ 60 s \(\+15 s\)$/)
    expect(progressLine({ ...base, elapsedSeconds: 1.25, previousSeconds: 2.5 })).toMatch(/1\.3 \/ 2\.5 s$/)
  })

  it('without a previous duration shows elapsed time and a moving block; without a TTY a plain line', () => {
    const first = progressLine({ ...base, elapsedSeconds: 0, previousSeconds: null })
    const later = progressLine({ ...base, elapsedSeconds: 2, previousSeconds: null })
    expect(filled(first)).toBe(1)
    expect(filled(later)).toBe(1)
    expect(first).not.toBe(later)
    expect(later).toMatch(/\] 2\.0 s$/)
    expect(progressLine({ ...base, elapsedSeconds: 5, previousSeconds: 60, tty: false })).toBe('2/4 crc32c (last run 60 s) ...')
    expect(progressLine({ ...base, elapsedSeconds: 5, previousSeconds: null, tty: false })).toBe('2/4 crc32c ...')
  })

  it('fits the terminal width, shortening the note', () => {
    const line = progressLine({ ...base, width: 50, elapsedSeconds: 3, previousSeconds: 9, note: 'x'.repeat(200) })
    expect(line.length).toBeLessThanOrEqual(50)
    expect(line.endsWith('…')).toBe(true)
  })

  it('reads the previous duration from the result, else from run-all\'s record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-progress-'))
    try {
      expect(previousDuration(dir, 'startup')).toBeNull()
      writeFileSync(join(dir, durationsFile), durationsText(readDurations(dir), 'startup', 12.5))
      writeFileSync(join(dir, durationsFile), durationsText(readDurations(dir), 'crc32c', 4))
      expect(previousDuration(dir, 'startup')).toBe(12.5)
      writeFileSync(join(dir, 'startup.json'), JSON.stringify({ durationSeconds: 40 }))
      expect(previousDuration(dir, 'startup')).toBe(40)
      writeFileSync(join(dir, 'crc32c.json'), JSON.stringify({ cases: [] }))
      expect(previousDuration(dir, 'crc32c')).toBe(4)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
