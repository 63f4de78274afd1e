#!/usr/bin/env node
// The `sluice` command, in the manner of rpk and kcat. Each subcommand is its own module, loaded only when
// used, so `sluice serve` starts without the client code and `sluice topic list` without the engine.
//
// Exit codes: 0 ok; 1 the command could not be done (server unreachable, topic missing, not available yet,
// invalid file in `config check`); 2 the command line or configuration was wrong.

import { CommandError, UsageError, exitFailure, exitUsage } from './common.js'

const usage = `Usage: sluice <command> [options]

Commands:
  serve                         run the engine and its endpoints until SIGTERM/SIGINT
  topic create|list|describe|alter|delete
                                manage topics on a running server
  produce TOPIC [FILE...]       produce lines (or whole files) as records
  consume TOPIC                 print records (--from, --count, --group, --format json|text)
  group list|describe|reset-offsets|delete
                                consumer groups: members, offsets, lag; reset committed offsets
  state show|set STATE          show or move the control plane of the event ingest
  bench                         run the benchmarks, print a table, write JSON and an SVG chart
  config check FILE | keys      validate a configuration file; list every key

Run \`sluice <command> --help\` for a command's options. Commands that talk to a server take
--server URL (default $SLUICE_SERVER or http://127.0.0.1:8080).

Exit codes: 0 ok, 1 failure (server unreachable, topic or group missing, not available), 2 usage error.
`

type Runner = (args: string[]) => Promise<number | 'running'>

const commands: Record<string, () => Promise<Runner>> = {
  serve: async () => (await import('./serve.js')).run,
  topic: async () => (await import('./topic.js')).run,
  topics: async () => (await import('./topic.js')).run,
  produce: async () => (await import('./produce.js')).run,
  consume: async () => (await import('./consume.js')).run,
  group: async () => (await import('./group.js')).run,
  groups: async () => (await import('./group.js')).run,
  state: async () => (await import('./state.js')).run,
  bench: async () => (await import('./bench.js')).run,
  config: async () => (await import('./config.js')).run,
}

/**
 * Node 20 validates relaxed SIMD only behind a V8 flag, which must be set before the first wasm compile;
 * host/wasm/module.ts then picks the relaxed build (CRC32C of every produced batch ~1.5x faster, see
 * bench/results/crc32c.json). Newer Node, Deno and Bun validate it without the flag.
 */
async function enableRelaxedSimd(): Promise<void> {
  if (Number(process.versions.node.split('.')[0]) !== 20) return
  const { setFlagsFromString } = await import('node:v8')
  setFlagsFromString('--experimental-wasm-relaxed-simd')
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(usage)
    return
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    const { createRequire } = await import('node:module')
    process.stdout.write(`sluice ${(createRequire(import.meta.url)('../../package.json') as { version: string }).version}\n`)
    return
  }
  const load = commands[command]
  if (load === undefined) throw new UsageError(`unknown command ${JSON.stringify(command)}`)
  if (command === 'serve') await enableRelaxedSimd()
  const code = await (await load())(rest)
  // `serve` keeps running; the others end here. Flush stdout before exiting (pipes are asynchronous).
  if (code !== 'running') process.stdout.write('', () => process.exit(code))
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    const help = error.command === '' ? 'sluice --help' : `sluice ${error.command} --help`
    process.stderr.write(`sluice: ${error.message}\nRun \`${help}\` for usage.\n`)
    process.exit(exitUsage)
  }
  if (error instanceof CommandError) {
    process.stderr.write(`sluice: ${error.message}\n`)
    process.exit(exitFailure)
  }
  process.stderr.write(`sluice: ${(error as Error)?.stack ?? String(error)}\n`)
  process.exit(exitFailure)
})
