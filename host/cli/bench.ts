// `sluice bench`: runs bench/run-all.mjs (every bench/*.bench.mjs in turn, with progress, then a table).
// The benchmarks live in the source repository, not in the npm package.

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CommandError, parse, write } from './common.js'

export const usage = `Usage: sluice bench [options]

Run the benchmarks (bench/*.bench.mjs) one after another with progress, print a table of the headline
figures, write each benchmark's JSON to bench/results/ and a bar chart of the figures to
bench/results/summary.svg. Needs the source repository and a build (npm run build). Takes minutes on a
small machine.

Options:
  --only NAMES       comma-separated benchmarks to run, e.g. crc32c,startup (default: all)
  --list             list the benchmarks and exit
  --json FILE        also write the table as JSON to FILE
  --readme FILE      regenerate the table between <!-- bench:start --> and <!-- bench:end --> in FILE
  -h, --help         show this help
`

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, { only: { type: 'string' }, list: { type: 'boolean' }, json: { type: 'string' }, readme: { type: 'string' } }, 'bench')
  if (values.help) {
    write(usage)
    return 0
  }
  // dist/cli/bench.js -> ../../bench/run-all.mjs (and from the sources, host/cli/ -> ../../bench/).
  const runner = fileURLToPath(new URL('../../bench/run-all.mjs', import.meta.url))
  if (!existsSync(runner)) throw new CommandError(`cannot find ${runner}: \`sluice bench\` runs from a clone of the Sluice repository (the benchmarks are not in the npm package)`)
  const forwarded: string[] = []
  if (values.only !== undefined) forwarded.push('--only', values.only as string)
  if (values.list) forwarded.push('--list')
  if (values.json !== undefined) forwarded.push('--json', values.json as string)
  if (values.readme !== undefined) forwarded.push('--readme', values.readme as string)
  const child = spawn(process.execPath, [runner, ...forwarded], { stdio: 'inherit' })
  const forward = (signal: NodeJS.Signals): void => void child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  const code = await new Promise<number>((resolve) => child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))))
  process.off('SIGINT', forward)
  process.off('SIGTERM', forward)
  return code
}
