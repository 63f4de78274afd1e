// Loads the configuration from defaults, a TOML file, SLUICE_* environment variables and flags, in that
// order of increasing precedence (flags > env > file > defaults), and validates every value against
// schema.ts. Every problem is collected, so one run of `sluice config check` reports all of them, each
// naming where the value came from, the value and the allowed range.

import { readFile } from 'node:fs/promises'
import { type ConfigKey, type ConfigValue, type KeySpec, type SluiceConfig, defaultConfig, describeKind, envNameOf, keySpecByKey, keySpecs } from './schema.js'

export type ConfigSource = 'default' | 'file' | 'env' | 'flag'

export interface ConfigProblem {
  /** Where the bad value came from: the file path, the env var name, or the flag. */
  readonly where: string
  readonly key: string
  readonly message: string
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((p) => p.message).join('\n'))
    this.name = 'ConfigError'
  }
}

/** A value given on the command line, with the flag as the user typed it (for messages). */
export interface FlagValue {
  readonly value: string
  readonly flag: string
}

export interface LoadOptions {
  /** A TOML file; absent or undefined: none. */
  readonly file?: string
  /** Environment to read SLUICE_* from (process.env by default; tests pass their own). */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Flag values by key path. */
  readonly flags?: ReadonlyMap<string, FlagValue>
}

export interface LoadedConfig {
  readonly config: SluiceConfig
  readonly sources: Readonly<Record<string, ConfigSource>>
  /** Things that are not errors but deserve a line in the log (unknown SLUICE_* variables). */
  readonly warnings: readonly string[]
}

const sizeSuffixes: Record<string, number> = { kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }
/** Environment variables that are not configuration keys but are ours. */
const envNotKeys = new Set(['SLUICE_CONFIG'])

/** Parses "512MiB", "64KiB", "1_000" and plain integers; null when it is none of these. */
function parseIntegerText(text: string, allowSize: boolean): number | null {
  const match = /^\s*(-?[0-9][0-9_]*)\s*([a-zA-Z]*)\s*$/.exec(text)
  if (match === null) return null
  const digits = match[1].replace(/_/g, '')
  const suffix = match[2].toLowerCase()
  let factor = 1
  if (suffix !== '') {
    if (!allowSize || !(suffix in sizeSuffixes)) return null
    factor = sizeSuffixes[suffix]
  }
  return Number(digits) * factor
}

/** Checks one value against its key; returns the parsed value or a message. `fromText`: env vars and flags are strings. */
export function parseValue(spec: KeySpec, raw: unknown, where: string, fromText: boolean): { value: ConfigValue } | { problem: string } {
  const range = describeKind(spec.kind)
  const shown = typeof raw === 'string' ? JSON.stringify(raw) : String(raw)
  const bad = (): { problem: string } => ({ problem: `${where} must be ${range}, got ${shown}` })
  if (spec.kind.type === 'string') {
    // A TOML boolean for a key whose allowed values are "true"/"false".
    if (typeof raw === 'boolean' && spec.kind.allowed?.includes(String(raw))) return { value: String(raw) }
    if (typeof raw !== 'string') return bad()
    if (spec.kind.allowed && !spec.kind.allowed.includes(raw)) return bad()
    return { value: raw }
  }
  let value: number | null
  if (typeof raw === 'number' || typeof raw === 'bigint') value = Number(raw)
  else if (typeof raw === 'string' && (fromText || spec.kind.unit === 'bytes')) value = parseIntegerText(raw, spec.kind.unit === 'bytes')
  else value = null
  if (value === null || !Number.isSafeInteger(value) || value < spec.kind.min || value > spec.kind.max) return bad()
  if (spec.kind.powerOfTwo && (value & (value - 1)) !== 0) return bad()
  return { value }
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

/** " (did you mean http.port?)" when a known key is close, else "". */
export function suggestKey(unknown: string): string {
  let best = ''
  let bestDistance = Infinity
  for (const spec of keySpecs) {
    const distance = levenshtein(unknown, spec.key)
    if (distance < bestDistance) {
      best = spec.key
      bestDistance = distance
    }
  }
  return bestDistance <= Math.max(2, Math.floor(unknown.length / 4)) ? ` (did you mean ${best}?)` : ''
}

/** Flattens parsed TOML tables into dotted keys: { http: { port: 1 } } -> http.port. */
function flatten(table: Record<string, unknown>, prefix: string, out: Map<string, unknown>): void {
  for (const [name, value] of Object.entries(table)) {
    const key = prefix === '' ? name : `${prefix}.${name}`
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !keySpecByKey.has(key)) {
      flatten(value as Record<string, unknown>, key, out)
    } else {
      out.set(key, value)
    }
  }
}

/** Reads and parses a TOML file into dotted keys; syntax errors and unknown keys become problems. */
export async function readConfigFile(path: string, problems: ConfigProblem[]): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>()
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const hint = code === 'ENOENT' ? 'check the path given to --config or SLUICE_CONFIG' : (error as Error).message
    problems.push({ where: path, key: '', message: `${path}: cannot read the configuration file (${code ?? 'error'}): ${hint}` })
    return values
  }
  // Loaded only when a file is given: it costs ~12 ms of start-up.
  const { parse } = await import('smol-toml')
  let parsed: Record<string, unknown>
  try {
    parsed = parse(text) as Record<string, unknown>
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]
    problems.push({ where: path, key: '', message: `${path}: not valid TOML: ${message}` })
    return values
  }
  flatten(parsed, '', values)
  for (const key of [...values.keys()]) {
    if (!keySpecByKey.has(key)) {
      problems.push({ where: path, key, message: `${path}: unknown key ${key}${suggestKey(key)}; see \`sluice config check --help\` for the keys` })
      values.delete(key)
    }
  }
  return values
}

/** Loads and validates; throws ConfigError listing every problem. */
export async function loadConfig(options: LoadOptions = {}): Promise<LoadedConfig> {
  const problems: ConfigProblem[] = []
  const warnings: string[] = []
  const config = defaultConfig() as unknown as Record<string, ConfigValue>
  const sources: Record<string, ConfigSource> = Object.fromEntries(keySpecs.map((spec) => [spec.key, 'default' as ConfigSource]))

  const apply = (key: string, raw: unknown, where: string, source: ConfigSource, fromText: boolean): void => {
    const spec = keySpecByKey.get(key)!
    const result = parseValue(spec, raw, where, fromText)
    if ('problem' in result) problems.push({ where, key, message: result.problem })
    else {
      config[key] = result.value
      sources[key] = source
    }
  }

  if (options.file !== undefined) {
    const fileValues = await readConfigFile(options.file, problems)
    for (const [key, raw] of fileValues) apply(key, raw, `${options.file}: ${key}`, 'file', false)
  }

  const env = options.env ?? process.env
  const envKeys = new Map(keySpecs.map((spec) => [envNameOf(spec.key), spec.key]))
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith('SLUICE_') || raw === undefined || envNotKeys.has(name)) continue
    const key = envKeys.get(name)
    if (key === undefined) {
      warnings.push(`environment variable ${name} is not a configuration key${suggestKey(name.slice(7).toLowerCase().replace(/_/g, '.'))}; it is ignored`)
      continue
    }
    apply(key, raw, `${name} (${key})`, 'env', true)
  }

  for (const [key, { value, flag }] of options.flags ?? []) {
    if (!keySpecByKey.has(key)) {
      problems.push({ where: flag, key, message: `${flag}: unknown key ${key}${suggestKey(key)}` })
      continue
    }
    apply(key, value, flag, 'flag', true)
  }

  if (problems.length > 0) throw new ConfigError(problems)
  return { config: config as unknown as SluiceConfig, sources, warnings }
}

/** The keys whose values differ between two configurations. */
export function changedKeys(before: SluiceConfig, after: SluiceConfig): ConfigKey[] {
  return keySpecs.map((spec) => spec.key as ConfigKey).filter((key) => before[key] !== after[key])
}
