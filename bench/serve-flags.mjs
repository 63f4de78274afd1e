// The node flags `sluice serve` runs with under `npm start`, for the benchmarks that start the server.
import { readFileSync } from 'node:fs'

let flagsRead = null

/**
 * The node flags `npm start` runs `sluice serve` with (package.json scripts.start), so that the bench
 * measures the server as it is started.
 */
export function serveNodeFlags() {
  flagsRead ??= readStartFlags() // once per bench, not once per spawn
  return flagsRead
}

function readStartFlags() {
  const start = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start
  const flags = /^node((?: --\S+)*) dist\/bundle\/main\.js serve$/.exec(start)
  if (flags === null) throw new Error(`package.json scripts.start is not "node [--flag ...] dist/bundle/main.js serve": ${start}`)
  return flags[1].split(' ').filter(Boolean)
}
