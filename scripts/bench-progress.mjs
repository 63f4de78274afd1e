// The progress line `sluice bench` (bench/run-all.mjs) draws for the running benchmark: elapsed time
// against how long the benchmark took last time, as a bar on a terminal and as a plain line elsewhere.
// Pure functions, so the drawing is unit-tested (tests/bench-chart.test.ts); run-all owns the timer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where run-all keeps each benchmark's last duration (TSV: name, seconds), for results without durationSeconds. */
export const durationsFile = 'run-durations.tsv'

const formatSeconds = (seconds) => (seconds < 10 ? seconds.toFixed(1) : seconds.toFixed(0))

/**
 * One line for a running benchmark. `previousSeconds` null (never run, or no record of it): elapsed time
 * only, with a bar that does not claim to know the end. Past the previous duration the bar stays full
 * and says by how much it is over. `tty` false: no bar, for logs.
 */
export function progressLine({ name, index, total, elapsedSeconds, previousSeconds, width = 80, tty = true, note = '' }) {
  const counter = `${index + 1}/${total}`
  if (!tty) return `${counter} ${name}${previousSeconds === null ? '' : ` (last run ${formatSeconds(previousSeconds)} s)`} ...`
  let timing
  let fraction
  if (previousSeconds === null || !(previousSeconds > 0)) {
    timing = `${formatSeconds(elapsedSeconds)} s`
    fraction = null
  } else {
    fraction = Math.min(1, elapsedSeconds / previousSeconds)
    const over = elapsedSeconds - previousSeconds
    timing = `${formatSeconds(elapsedSeconds)} / ${formatSeconds(previousSeconds)} s${over > 0 ? ` (+${formatSeconds(over)} s)` : ''}`
  }
  const head = `${counter} ${name} `
  const barWidth = Math.max(10, Math.min(30, width - head.length - timing.length - 4))
  let bar
  if (fraction === null) {
    // Unknown length: a block that moves with the seconds, so the line shows it is alive.
    const at = Math.floor(elapsedSeconds * 2) % barWidth
    bar = '░'.repeat(at) + '█' + '░'.repeat(barWidth - at - 1)
  } else {
    const filled = Math.round(fraction * barWidth)
    bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled)
  }
  const line = `${head}[${bar}] ${timing}${note === '' ? '' : ` ${note}`}`
  return line.length > width ? line.slice(0, Math.max(0, width - 1)) + '…' : line
}

/** The benchmark's previous duration: `durationSeconds` of its last result, else run-all's record, else null. */
export function previousDuration(resultsDir, name) {
  try {
    const seconds = JSON.parse(readFileSync(join(resultsDir, `${name}.json`), 'utf8')).durationSeconds
    if (typeof seconds === 'number' && seconds > 0) return seconds
  } catch {
    // no result yet, or unreadable: fall back to the record
  }
  return readDurations(resultsDir).get(name) ?? null
}

/** run-all's record of durations: name -> seconds. */
export function readDurations(resultsDir) {
  const durations = new Map()
  let text = ''
  try {
    text = readFileSync(join(resultsDir, durationsFile), 'utf8')
  } catch {
    return durations
  }
  for (const line of text.split('\n')) {
    const [name, seconds] = line.split('\t')
    if (name && Number(seconds) > 0) durations.set(name, Number(seconds))
  }
  return durations
}

/** The record with `name` set to `seconds`, as the file's text. */
export function durationsText(durations, name, seconds) {
  const next = new Map(durations).set(name, seconds)
  return [...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, s]) => `${n}\t${s}`).join('\n') + '\n'
}
