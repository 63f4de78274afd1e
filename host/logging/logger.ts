// Logs with pino, to stderr: stdout carries the machine-readable ready line of `sluice serve` (one JSON
// line with every bound address), so nothing else may be written there. JSON by default; pino-pretty when
// stderr is a terminal (log.format auto) or when asked (--log-format pretty).

import type { Logger, LevelWithSilent } from 'pino'
import type { LogFormat, LogLevel } from '../config/schema.js'

export type { Logger } from 'pino'

export interface LoggerOptions {
  readonly level: LogLevel
  readonly format: LogFormat
  /** File descriptor to write to; 2 (stderr) by default. */
  readonly fd?: number
  /** Bound into every line (e.g. { service: 'sluice' }). */
  readonly base?: Record<string, unknown>
}

/** Whether the format resolves to pretty output for this descriptor. */
export function wantsPretty(format: LogFormat, fd = 2): boolean {
  if (format === 'pretty') return true
  if (format === 'json') return false
  const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : undefined
  return stream?.isTTY === true
}

export async function createLogger(options: LoggerOptions): Promise<Logger> {
  // Loaded here, not at the top: importing pino costs ~20 ms of start-up (see DeferredLogger).
  const { pino, destination } = await import('pino')
  const fd = options.fd ?? 2
  const pinoOptions = {
    level: options.level as LevelWithSilent,
    base: { pid: process.pid, ...options.base },
    // err, error: the standard serializer keeps the message, type and stack of Error objects.
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  }
  if (wantsPretty(options.format, fd)) {
    try {
      // pino-pretty is loaded only when used: it costs start-up time and is a dev dependency.
      const { default: pretty } = await import('pino-pretty')
      const stream = pretty({ destination: fd, sync: true, colorize: fd === 2 ? process.stderr.isTTY === true : false, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      return pino(pinoOptions, stream)
    } catch (error) {
      const logger = pino(pinoOptions, destination({ dest: fd, sync: true }))
      logger.warn({ err: error }, 'pino-pretty is not installed (npm install pino-pretty); logging JSON instead')
      return logger
    }
  }
  // Synchronous writes: a log line is never lost when the process exits right after it (shutdown, crash).
  return pino(pinoOptions, destination({ dest: fd, sync: true }))
}


type LevelName = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal'
const levelValues: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity }

/** What the server's parts log through: the subset of pino's Logger they use. */
export interface LogSink {
  level: string
  isLevelEnabled(level: string): boolean
  trace(object: object | string, message?: string): void
  debug(object: object | string, message?: string): void
  info(object: object | string, message?: string): void
  warn(object: object | string, message?: string): void
  error(object: object | string, message?: string): void
  fatal(object: object | string, message?: string): void
}

/**
 * A logger usable at once that writes through pino once pino is loaded: `sluice serve` prints its ready
 * line first and loads pino (~20 ms) after, so lines logged during start-up are queued and replayed, with
 * their own timestamps, in order.
 */
export class DeferredLogger implements LogSink {
  #target: Logger | undefined
  #level: string
  #queue: Array<[LevelName, object, string | undefined]> = []

  constructor(level: LogLevel) {
    this.#level = level
  }

  get level(): string {
    return this.#target?.level ?? this.#level
  }

  set level(level: string) {
    this.#level = level
    if (this.#target !== undefined) this.#target.level = level
  }

  isLevelEnabled(level: string): boolean {
    return (levelValues[level] ?? 0) >= (levelValues[this.level] ?? 30)
  }

  attach(target: Logger): void {
    target.level = this.#level
    this.#target = target
    for (const [level, object, message] of this.#queue) target[level](object, message)
    this.#queue = []
  }

  #log(level: LevelName, object: object | string, message?: string): void {
    const [fields, text] = typeof object === 'string' ? [{}, object] : [object, message]
    if (this.#target !== undefined) this.#target[level](fields, text)
    else if (this.isLevelEnabled(level)) this.#queue.push([level, { ...fields, time: Date.now() }, text])
  }

  trace(object: object | string, message?: string): void {
    this.#log('trace', object, message)
  }
  debug(object: object | string, message?: string): void {
    this.#log('debug', object, message)
  }
  info(object: object | string, message?: string): void {
    this.#log('info', object, message)
  }
  warn(object: object | string, message?: string): void {
    this.#log('warn', object, message)
  }
  error(object: object | string, message?: string): void {
    this.#log('error', object, message)
  }
  fatal(object: object | string, message?: string): void {
    this.#log('fatal', object, message)
  }
}
