// What every `sluice` subcommand shares: exit codes, the two kinds of failure, and argument parsing that
// turns node:util parseArgs errors into messages naming the option and pointing at --help.

import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Exit codes: documented in docs/operations.md and `sluice --help`. */
export const exitOk = 0
export const exitFailure = 1
export const exitUsage = 2

/** The command line was wrong: exit 2 and point at --help. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose --help to point at, e.g. "topic create". */
    readonly command = '',
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

/** The command was right but could not be done (server down, topic missing, not available yet): exit 1. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CommandError'
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>

/** The parsed values of an options table: strings, booleans, or string arrays for `multiple`. */
export type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { multiple: true } ? string[] : O[K] extends { type: 'boolean' } ? boolean : string
} & { help?: boolean }

/** parseArgs with positionals, strict options, -h/--help added, and errors as UsageError. */
export function parse<O extends Options>(args: string[], options: O, command: string): { values: ParsedValues<O>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true })
    return { values: parsed.values as ParsedValues<O>, positionals: parsed.positionals }
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '')
    throw new UsageError(message, command)
  }
}

export function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n')
}

export function note(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n')
}

/** An integer option: `--name` must be an integer in [min, max]. */
export function integerFlag(name: string, value: string | undefined, min: number, max: number, command: string): number | undefined {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`, command)
  }
  return parsed
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T, command: string): T {
  if (value === undefined) return fallback
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`, command)
  return value as T
}

/** Exactly `count` positionals, named for the message. */
export function positionals(values: string[], names: string[], command: string): string[] {
  if (values.length < names.length) throw new UsageError(`missing ${names.slice(values.length).map((n) => n.toUpperCase()).join(' ')}`, command)
  if (values.length > names.length) throw new UsageError(`unexpected argument ${JSON.stringify(values[names.length])}`, command)
  return values
}

/** Aligned plain-text table, as rpk prints. */
export function textTable(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  return cells.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n')
}
