// `sluice serve` as scripts use it: start on port 0, read the ready line, talk to it, stop it with SIGTERM.
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))

function startServer(args: string[]) {
  const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    let buffered = ''
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      const newline = buffered.indexOf('\n')
      if (newline >= 0) resolve(JSON.parse(buffered.slice(0, newline)))
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  ready.catch(() => {}) // a test that expects the server to fail never awaits it
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, ready, exited }
}

describe('sluice serve', () => {
  it('prints its bound address, answers /health, and exits 0 on SIGTERM', async () => {
    const { child, ready, exited } = startServer(['--http-port', '0', '--memory-bytes', String(64 * 1024 * 1024)])
    try {
      const line = await ready
      expect(line.ready).toBe(true)
      const address = String(line.http)
      expect(address).toMatch(/^127\.0\.0\.1:\d+$/)
      const health = await fetch(`http://${address}/health`)
      expect(await health.json()).toEqual({ status: 'ok' })
      const missing = await fetch(`http://${address}/nope`)
      expect(missing.status).toBe(404)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('rejects a bad option with a message naming it and exit code 2', async () => {
    const { exited, child } = startServer(['--http-port', 'abc'])
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    expect(await exited).toBe(2)
    expect(stderr).toMatch(/--http-port must be an integer from 0 to 65535/)
  })
})
