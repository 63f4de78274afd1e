#!/usr/bin/env node
// The `sluice` command. `sluice serve` runs the engine with its network endpoints and prints one JSON line
// with every bound address when ready, so scripts and tests can use port 0.
import { parseArgs } from 'node:util'
import { Engine } from '../engine/engine.js'
import { startHttpServer } from '../http/server.js'

const usage = `Usage: sluice <command> [options]

Commands:
  serve        run the engine and its endpoints until SIGTERM/SIGINT

Options for serve:
  --host HOST          address to bind (default 127.0.0.1)
  --http-port PORT     operations HTTP port: /health, /ready, /topics (default 8080; 0 picks a free port)
  --memory-bytes N     shared memory size (default 536870912)
  -h, --help           show this help
`

function fail(message: string): never {
  process.stderr.write(`sluice: ${message}\n\n${usage}`)
  process.exit(2)
}

function portOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--${name} must be an integer from 0 to 65535, got ${JSON.stringify(value)}`)
  return port
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      'http-port': { type: 'string' },
      'memory-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(usage)
    return
  }
  const memoryBytes = values['memory-bytes'] === undefined ? undefined : Number(values['memory-bytes'])
  const engine = await Engine.open({ memoryBytes })
  const http = await startHttpServer(engine, { host: values.host!, port: portOption('http-port', values['http-port'], 8080) })
  process.stdout.write(JSON.stringify({ ready: true, pid: process.pid, http: `${http.address.address}:${http.address.port}` }) + '\n')

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) process.exit(1) // a second signal: exit at once
    stopping = true
    process.stderr.write(`sluice: ${signal} received, shutting down\n`)
    await new Promise((resolve) => http.server.close(resolve))
    await engine.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(usage)
    return
  }
  if (command === 'serve') return serve(rest)
  fail(`unknown command ${JSON.stringify(command)}`)
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`sluice: ${error.message}\n`)
  process.exit(1)
})
