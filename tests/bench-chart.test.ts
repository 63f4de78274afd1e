// The SVG chart `sluice bench` writes next to the JSON results (scripts/bench-chart.mjs).
import { describe, expect, it } from 'vitest'
import { benchChartSvg, figureValue } from '../scripts/bench-chart.mjs'

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
