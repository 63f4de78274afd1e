// The same cross-worker program, unchanged, under Node (worker_threads), Deno and Bun (Web Workers), with
// the runtimes installed from npm as dev dependencies.
import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const smoke = fileURLToPath(new URL('./fixtures/smoke.mjs', import.meta.url))

const runtimes: Array<[string, string, string[]]> = [
  ['node', process.execPath, [smoke]],
  ['deno', `${root}node_modules/.bin/deno`, ['run', '--allow-read', '--allow-env', smoke]],
  ['bun', `${root}node_modules/.bin/bun`, [smoke]],
]

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? ((error as { code?: number }).code ?? 1) : 0 })
    })
  })
}

describe('portability', () => {
  for (const [name, command, args] of runtimes) {
    it(`publishes from a worker and subscribes on the main thread under ${name}`, async () => {
      const { stdout, stderr, code } = await run(command, args)
      const line = stdout.trim().split('\n').at(-1) ?? ''
      expect(line, `${name} printed no result; stderr: ${stderr}`).toMatch(/^\{/)
      const result = JSON.parse(line)
      expect(result, stderr).toMatchObject({ runtime: name, ok: true, received: 20_000, ordered: true })
      expect(code).toBe(0)
    })
  }
})
