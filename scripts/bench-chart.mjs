#!/usr/bin/env node
// An SVG bar chart of the benchmark headline figures (the rows of scripts/bench-table.mjs), written by
// bench/run-all.mjs next to the JSON results as bench/results/summary.svg. One panel per unit, since
// records/s and milliseconds share no scale; bars are relative to the largest figure of their panel.
// Figures that are not one number ("p50 / p99") stay in the table only. No dependency: plain SVG text.
//
//   node scripts/bench-chart.mjs [--out bench/results/summary.svg]
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { benchRows } from './bench-table.mjs'

const suffixes = { k: 1e3, M: 1e6, G: 1e9 }

/** A row's figure as a number ("1.23 M" is 1230000), or null when it is not one number. */
export function figureValue(figure) {
  if (typeof figure === 'number') return Number.isFinite(figure) ? figure : null
  const match = /^\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*([kMG])?\s*$/.exec(String(figure))
  if (match === null) return null
  return Number(match[1]) * (match[2] === undefined ? 1 : suffixes[match[2]])
}

const escapeXml = (text) => String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c])

/** Bars, per unit panel, of every numeric row; a pure function of the rows. */
export function benchChartSvg(rows, { width = 960, title = 'Sluice benchmarks: headline figures (medians)' } = {}) {
  const panels = new Map()
  for (const row of rows) {
    const value = figureValue(row.figure)
    if (value === null || value < 0) continue
    const unit = row.unit === '' ? '(no unit)' : row.unit
    if (!panels.has(unit)) panels.set(unit, [])
    panels.get(unit).push({ label: `${row.bench}: ${row.case}`, value, figure: row.figure })
  }
  const barHeight = 18
  const gap = 4
  const labelWidth = Math.round(width * 0.55)
  const barMax = width - labelWidth - 110
  const parts = []
  let y = 36
  parts.push(`<text x="8" y="22" font-size="16" font-weight="bold">${escapeXml(title)}</text>`)
  for (const [unit, bars] of panels) {
    y += 14
    parts.push(`<text x="8" y="${y}" font-size="13" font-weight="bold">${escapeXml(unit)}</text>`)
    y += 8
    const max = Math.max(...bars.map((b) => b.value)) || 1
    for (const bar of bars) {
      const length = Math.max(1, Math.round((bar.value / max) * barMax))
      const label = bar.label.length > 90 ? `${bar.label.slice(0, 89)}…` : bar.label
      parts.push(
        `<text x="${labelWidth - 6}" y="${y + 13}" font-size="11" text-anchor="end">${escapeXml(label)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${length}" height="${barHeight}" fill="#3b82f6"><title>${escapeXml(`${bar.label}: ${bar.figure} ${unit}`)}</title></rect>`,
        `<text x="${labelWidth + length + 4}" y="${y + 13}" font-size="11">${escapeXml(bar.figure)}</text>`,
      )
      y += barHeight + gap
    }
  }
  if (panels.size === 0) parts.push(`<text x="8" y="${(y += 20)}" font-size="12">no numeric results in bench/results/ yet: run \`sluice bench\`</text>`)
  const height = y + 12
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, results: { type: 'string' } } })
  const out = values.out ?? fileURLToPath(new URL('../bench/results/summary.svg', import.meta.url))
  writeFileSync(out, benchChartSvg(benchRows(values.results)))
  console.error(`bench-chart: wrote ${out}`)
}
