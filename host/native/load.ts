// Loads native/build/Release/sluice_native.node, under Node only. Deno and Bun could load some N-API addons,
// but each runtime's own affinity and mapping semantics are untested here, so they take the portable path.
import type { NativeApi } from './api.js'
import { environment, module, runtime } from './runtime.js'

// Built, this file is dist/native/load.js; run from source (vitest), it is host/native/load.ts. Both are two
// levels below the package root.
const addonUrl = new URL('../../native/build/Release/sluice_native.node', import.meta.url)
const addonFunctions = ['setThreadAffinity', 'getThreadAffinity', 'numaTopology', 'mmapReadOnly', 'mappingsLive'] as const

export interface NativeLoad {
  readonly api: NativeApi | null
  /** Why the addon is not used, for a start-up log line; null when it loaded. */
  readonly reason: string | null
}

let cached: NativeLoad | undefined

function attempt(): NativeLoad {
  // Runtime first: reading the environment needs a permission under Deno.
  if (runtime !== 'node') return { api: null, reason: `the native addon is used only under Node; this is ${runtime}` }
  if (environment('SLUICE_NATIVE') === '0') return { api: null, reason: 'SLUICE_NATIVE=0 forces the portable path' }
  if (module === null) return { api: null, reason: 'node:module could not be imported' }
  let addon: Partial<NativeApi>
  try {
    const require = module.createRequire(import.meta.url)
    addon = require(decodeURIComponent(addonUrl.pathname)) as Partial<NativeApi>
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'MODULE_NOT_FOUND') {
      return { api: null, reason: `the native addon is not built (${decodeURIComponent(addonUrl.pathname)}); run \`node scripts/build-native.mjs\` to build it` }
    }
    return { api: null, reason: `the native addon failed to load: ${(error as Error).message}` }
  }
  const missing = addonFunctions.filter((name) => typeof addon[name] !== 'function')
  if (missing.length > 0) {
    return { api: null, reason: `the native addon is stale (missing ${missing.join(', ')}); rebuild it with \`node scripts/build-native.mjs\`` }
  }
  return { api: addon as NativeApi, reason: null }
}

/** The addon and, when it is not used, why. Tried once per thread; later calls return the same answer. */
export function loadNativeWithReason(): NativeLoad {
  cached ??= attempt()
  return cached
}

/** The addon, or null where it is missing, failed to load, is disabled by SLUICE_NATIVE=0, or this is not Node. */
export function loadNative(): NativeApi | null {
  return loadNativeWithReason().api
}
