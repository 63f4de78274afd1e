// `sluice config check FILE` and `sluice config keys`: validate a configuration file (with the
// environment's SLUICE_* variables on top, as `sluice serve` would see it) and list every key.

import { ConfigError, loadConfig } from '../config/load.js'
import { describeKind, envNameOf, keySpecs } from '../config/schema.js'
import { UsageError, oneOf, parse, positionals, textTable, write, note } from './common.js'

export const usage = `Usage: sluice config <check|keys> [options]

  sluice config check FILE [--no-env] [--format text|json]
      Validate FILE (TOML) as \`sluice serve --config FILE\` would, with SLUICE_* environment variables on
      top unless --no-env, and print the effective configuration with where each value came from.
      Exit 0 when valid, 1 when not (every problem is listed), 2 on a usage error.
  sluice config keys [--format text|json]
      List every key: type and range, default, env variable, and whether it reloads without a restart.

Precedence: flags > environment (SLUICE_ + key path, e.g. SLUICE_HTTP_PORT) > file > defaults.
Reloadable keys apply on a file change or SIGHUP; others need a restart.
`

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args
  if (action === undefined || action === '-h' || action === '--help' || action === 'help') {
    write(usage)
    return 0
  }
  const command = `config ${action}`
  if (action !== 'check' && action !== 'keys') throw new UsageError(`unknown config command ${JSON.stringify(action)}: use check or keys`, 'config')
  const { values, positionals: files } = parse(rest, { format: { type: 'string' }, 'no-env': { type: 'boolean' } }, command)
  if (values.help) {
    write(usage)
    return 0
  }
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text', command)

  if (action === 'keys') {
    positionals(files, [], command)
    if (format === 'json') {
      write(JSON.stringify(keySpecs.map((spec) => ({ ...spec, env: envNameOf(spec.key), range: describeKind(spec.kind) }))))
      return 0
    }
    write(textTable(['KEY', 'DEFAULT', 'ENV', 'RELOAD', 'ALLOWED'], keySpecs.map((spec) => [spec.key, JSON.stringify(spec.default), envNameOf(spec.key), spec.reloadable ? 'live' : 'restart', describeKind(spec.kind)])))
    return 0
  }

  const [file] = positionals(files, ['file'], command)
  try {
    const loaded = await loadConfig({ file, env: values['no-env'] ? {} : process.env })
    if (format === 'json') {
      write(JSON.stringify({ valid: true, file, config: loaded.config, sources: loaded.sources, warnings: loaded.warnings }))
      return 0
    }
    for (const warning of loaded.warnings) note(`warning: ${warning}`)
    write(`${file}: valid`)
    write(textTable(['KEY', 'VALUE', 'FROM'], keySpecs.map((spec) => [spec.key, JSON.stringify((loaded.config as unknown as Record<string, unknown>)[spec.key]), loaded.sources[spec.key]])))
    return 0
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    if (format === 'json') write(JSON.stringify({ valid: false, file, problems: error.problems }))
    else {
      note(`${file}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}`)
      for (const problem of error.problems) note(`  ${problem.message}`)
    }
    return 1
  }
}
