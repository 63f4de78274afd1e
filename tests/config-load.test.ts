// Configuration as an operator relies on it: precedence flags > env > file > defaults, messages that name
// the key, the value and the range, and live reload of the reloadable keys only.
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, type FlagValue, loadConfig } from '../host/config/load.js'
import { ConfigReloader, type ReloadOutcome } from '../host/config/reload.js'
import { defaultConfig, envNameOf, keySpecs } from '../host/config/schema.js'

const dirs: string[] = []
function tempFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-config-'))
  dirs.push(dir)
  const file = join(dir, 'sluice.toml')
  writeFileSync(file, text)
  return file
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConfigError)
  return (error as ConfigError).problems.map((p) => p.message)
}

const quietLogger = { info() {}, warn() {}, error() {} }

describe('loading', () => {
  it('uses defaults with no file, env or flags', async () => {
    const { config, sources } = await loadConfig({ env: {} })
    expect(config).toEqual(defaultConfig())
    expect(new Set(Object.values(sources))).toEqual(new Set(['default']))
  })

  it('applies flags over env over file over defaults', async () => {
    const file = tempFile('[http]\nport = 9000\nhost = "0.0.0.0"\n[log]\nlevel = "warn"\n[engine]\nmemory_bytes = "64MiB"\n')
    const env = { SLUICE_HTTP_PORT: '9100', SLUICE_LOG_LEVEL: 'debug' }
    const flags = new Map<string, FlagValue>([['http.port', { value: '9200', flag: '--http-port' }]])
    const { config, sources } = await loadConfig({ file, env, flags })
    expect(config['http.port']).toBe(9200)
    expect(sources['http.port']).toBe('flag')
    expect(config['log.level']).toBe('debug')
    expect(sources['log.level']).toBe('env')
    expect(config['http.host']).toBe('0.0.0.0')
    expect(sources['http.host']).toBe('file')
    expect(config['engine.memory_bytes']).toBe(64 * 1024 * 1024)
    expect(config['engine.topics_max']).toBe(65_536)
    expect(sources['engine.topics_max']).toBe('default')
  })

  it('names env vars SLUICE_ + the key path', () => {
    expect(envNameOf('http.port')).toBe('SLUICE_HTTP_PORT')
    expect(envNameOf('engine.memory_bytes')).toBe('SLUICE_ENGINE_MEMORY_BYTES')
    expect(envNameOf('thresholds.consumer_lag_warn_records')).toBe('SLUICE_THRESHOLDS_CONSUMER_LAG_WARN_RECORDS')
  })

  it('reports every bad value with where it came from, the value and the allowed range', async () => {
    const file = tempFile('[http]\nport = 70000\n[engine]\nwindow_bytes = 100000\n[log]\nlevel = "loud"\n')
    const problems = await problemsOf(loadConfig({ file, env: { SLUICE_ENGINE_MEMORY_BYTES: 'lots' } }))
    expect(problems).toContain(`${file}: http.port must be an integer from 0 to 65535, got 70000`)
    expect(problems.some((p) => p.startsWith(`${file}: engine.window_bytes must be a power of two from 65536 to 1073741824`) && p.endsWith('got 100000'))).toBe(true)
    expect(problems).toContain(`${file}: log.level must be one of "trace", "debug", "info", "warn", "error", "fatal", "silent", got "loud"`)
    expect(problems.some((p) => p.startsWith('SLUICE_ENGINE_MEMORY_BYTES (engine.memory_bytes) must be an integer from 1048576') && p.endsWith('got "lots"'))).toBe(true)
  })

  it('rejects unknown keys with a suggestion, and TOML syntax errors with the file name', async () => {
    const typo = tempFile('[http]\nprot = 80\n')
    expect(await problemsOf(loadConfig({ file: typo, env: {} }))).toEqual([expect.stringMatching(/unknown key http\.prot \(did you mean http\.port\?\)/)])
    const broken = tempFile('[http\nport = 1\n')
    expect((await problemsOf(loadConfig({ file: broken, env: {} })))[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid TOML`))
    const missing = join(tmpdir(), 'no-such-sluice.toml')
    expect((await problemsOf(loadConfig({ file: missing, env: {} })))[0]).toMatch(/cannot read the configuration file \(ENOENT\): check the path/)
  })

  it('warns about SLUICE_ variables that are not keys instead of failing', async () => {
    const { warnings } = await loadConfig({ env: { SLUICE_HTTP_PROT: '1', SLUICE_CONFIG: 'x.toml', SLUICE_SERVER: 'http://x' } })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/SLUICE_HTTP_PROT is not a configuration key \(did you mean http\.port\?\)/)
  })

  it('accepts exactly the integers inside each key range (property)', async () => {
    const integerKeys = keySpecs.filter((spec) => spec.kind.type === 'integer' && !spec.kind.powerOfTwo)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...integerKeys), fc.integer({ min: -10, max: 2 ** 31 }), async (spec, value) => {
        const kind = spec.kind as { min: number; max: number }
        const env = { [envNameOf(spec.key)]: String(value) }
        const inRange = value >= kind.min && value <= kind.max
        const result = await loadConfig({ env }).then(
          (loaded) => ({ ok: true as const, value: (loaded.config as unknown as Record<string, unknown>)[spec.key] }),
          (error: ConfigError) => ({ ok: false as const, message: error.problems[0].message }),
        )
        if (inRange) expect(result).toEqual({ ok: true, value })
        else {
          expect(result.ok).toBe(false)
          if (!result.ok) expect(result.message).toContain(`${envNameOf(spec.key)} (${spec.key}) must be an integer from ${kind.min} to ${kind.max}`)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('reload', () => {
  it('applies reloadable keys, reports others as needing a restart, and keeps running on an invalid file', async () => {
    const file = tempFile('[log]\nlevel = "info"\n[http]\nport = 9000\n')
    const initial = (await loadConfig({ file, env: {} })).config
    const applied: Array<Record<string, unknown>> = []
    const outcomes: ReloadOutcome[] = []
    const reloader = new ConfigReloader({
      file,
      load: () => loadConfig({ file, env: {} }),
      initial,
      logger: quietLogger,
      apply: (config, changed) => applied.push(Object.fromEntries(changed.map((key) => [key, config[key]]))),
      onOutcome: (outcome) => outcomes.push(outcome),
    })
    writeFileSync(file, '[log]\nlevel = "debug"\n[http]\nport = 9001\n[retention]\nms = 1000\n')
    const first = await reloader.reload('test')
    expect(first.outcome).toBe('applied')
    expect(applied).toEqual([{ 'log.level': 'debug', 'retention.ms': 1000 }])
    expect(first.needRestart).toEqual(['http.port'])
    // Not applied: the live port stays what the server bound.
    expect(reloader.config['http.port']).toBe(9000)
    expect(reloader.config['log.level']).toBe('debug')

    writeFileSync(file, '[log]\nlevel = "chatty"\n')
    expect((await reloader.reload('test')).outcome).toBe('invalid')
    expect(reloader.config['log.level']).toBe('debug')
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'invalid'])
    reloader.close()
  })

  it('reloads when the watched file changes', async () => {
    const file = tempFile('[log]\nlevel = "info"\n')
    const initial = (await loadConfig({ file, env: {} })).config
    let resolveApplied: (level: string) => void = () => {}
    const appliedLevel = new Promise<string>((resolve) => (resolveApplied = resolve))
    const reloader = new ConfigReloader({
      file,
      load: () => loadConfig({ file, env: {} }),
      initial,
      logger: quietLogger,
      apply: (config) => resolveApplied(config['log.level']),
    })
    reloader.watchFile()
    await new Promise((resolve) => setTimeout(resolve, 50))
    writeFileSync(file, '[log]\nlevel = "error"\n')
    expect(await appliedLevel).toBe('error')
    reloader.close()
  })
})
