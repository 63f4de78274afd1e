// Which runtime this is, and its built-in modules where it has them. Imported dynamically so this folder also
// loads in browsers, where `node:` specifiers do not resolve.
import type * as Fs from 'node:fs'
import type * as Module from 'node:module'
import type * as Os from 'node:os'

export type RuntimeName = 'node' | 'deno' | 'bun' | 'browser'

interface ProcessLike {
  readonly versions?: Readonly<Record<string, string | undefined>>
  readonly env?: Readonly<Record<string, string | undefined>>
}

const processLike = (globalThis as { process?: ProcessLike }).process

function detectRuntime(): RuntimeName {
  // Deno and Bun both report a Node version for compatibility, so they are told apart first.
  if ('Deno' in globalThis) return 'deno'
  if (processLike?.versions?.bun !== undefined) return 'bun'
  if (processLike?.versions?.node !== undefined) return 'node'
  return 'browser'
}

export const runtime: RuntimeName = detectRuntime()

async function importOrNull<T>(load: () => Promise<T>): Promise<T | null> {
  if (runtime === 'browser') return null
  try {
    return await load()
  } catch {
    return null
  }
}

export const fs: typeof Fs | null = await importOrNull(() => import('node:fs'))
export const os: typeof Os | null = await importOrNull(() => import('node:os'))
export const module: typeof Module | null = runtime === 'node' ? await importOrNull(() => import('node:module')) : null

/** An environment variable, or undefined where there is none or reading it is not permitted (Deno). */
export function environment(name: string): string | undefined {
  try {
    return processLike?.env?.[name]
  } catch {
    return undefined
  }
}
