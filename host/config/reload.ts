// Live reload of the reloadable keys (schema.ts `reloadable`): when the configuration file changes, or on
// SIGHUP, the whole configuration is loaded again (file, env, flags: the same precedence) and validated; a
// valid one has its reloadable keys applied at once, and changes to other keys are logged as needing a
// restart. An invalid file changes nothing: the server keeps running on what it had.

import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { ConfigError, changedKeys, type LoadedConfig } from './load.js'
import { type ConfigKey, type SluiceConfig, keySpecByKey } from './schema.js'

export interface ReloadLogger {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

export interface ReloadOutcome {
  readonly outcome: 'applied' | 'unchanged' | 'invalid'
  readonly applied: readonly ConfigKey[]
  readonly needRestart: readonly ConfigKey[]
}

export interface ConfigReloaderOptions {
  /** The file to watch; without one only SIGHUP (reload()) re-reads env and flags. */
  readonly file?: string
  readonly load: () => Promise<LoadedConfig>
  readonly initial: SluiceConfig
  /** Called with the new live configuration and the reloadable keys that changed. */
  readonly apply: (config: SluiceConfig, changed: readonly ConfigKey[]) => void
  readonly logger: ReloadLogger
  readonly onOutcome?: (outcome: ReloadOutcome) => void
}

/** Editors save in bursts (truncate, write, rename): reload once the file has been quiet this long. */
const debounceMs = 75

export class ConfigReloader {
  #live: SluiceConfig
  #watcher: FSWatcher | undefined
  #timer: NodeJS.Timeout | undefined
  #running: Promise<ReloadOutcome> | undefined
  #again = false

  constructor(private readonly options: ConfigReloaderOptions) {
    this.#live = options.initial
  }

  get config(): SluiceConfig {
    return this.#live
  }

  /** Watches the file's directory (an editor that saves by rename replaces the file's inode). */
  watchFile(): void {
    if (this.options.file === undefined || this.#watcher !== undefined) return
    const path = resolve(this.options.file)
    const name = basename(path)
    try {
      this.#watcher = watch(dirname(path), { persistent: false }, (_event, filename) => {
        if (filename !== null && filename.toString() !== name) return
        clearTimeout(this.#timer)
        this.#timer = setTimeout(() => void this.reload('file change'), debounceMs)
        this.#timer.unref()
      })
      this.#watcher.on('error', (error) => this.options.logger.warn({ err: error }, 'stopped watching the configuration file; SIGHUP still reloads'))
    } catch (error) {
      this.options.logger.warn({ err: error, file: path }, 'cannot watch the configuration file; SIGHUP still reloads')
    }
  }

  /** Loads and applies; concurrent calls run one after another so the last change always wins. */
  reload(reason: string): Promise<ReloadOutcome> {
    if (this.#running !== undefined) {
      this.#again = true
      return this.#running
    }
    this.#running = this.#reloadOnce(reason).finally(() => {
      this.#running = undefined
      if (this.#again) {
        this.#again = false
        void this.reload(reason)
      }
    })
    return this.#running
  }

  async #reloadOnce(reason: string): Promise<ReloadOutcome> {
    const { logger } = this.options
    let next: SluiceConfig
    try {
      next = (await this.options.load()).config
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems.map((p) => p.message) : [(error as Error).message]
      logger.error({ reason, problems }, 'configuration reload refused; still running on the previous configuration')
      return this.#report({ outcome: 'invalid', applied: [], needRestart: [] })
    }
    const changed = changedKeys(this.#live, next)
    const applied = changed.filter((key) => keySpecByKey.get(key)!.reloadable)
    const needRestart = changed.filter((key) => !keySpecByKey.get(key)!.reloadable)
    if (needRestart.length > 0) {
      logger.warn({ reason, keys: needRestart }, `configuration keys changed that apply only after a restart: ${needRestart.join(', ')}`)
    }
    if (applied.length === 0) {
      if (needRestart.length === 0) logger.info({ reason }, 'configuration reloaded: nothing changed')
      return this.#report({ outcome: 'unchanged', applied, needRestart })
    }
    const live = { ...this.#live } as Record<string, unknown>
    for (const key of applied) live[key] = next[key]
    this.#live = live as unknown as SluiceConfig
    this.options.apply(this.#live, applied)
    logger.info({ reason, changes: Object.fromEntries(applied.map((key) => [key, next[key]])) }, `configuration reloaded: ${applied.join(', ')}`)
    return this.#report({ outcome: 'applied', applied, needRestart })
  }

  #report(outcome: ReloadOutcome): ReloadOutcome {
    this.options.onOutcome?.(outcome)
    return outcome
  }

  close(): void {
    clearTimeout(this.#timer)
    this.#watcher?.close()
    this.#watcher = undefined
  }
}
