// CPU/NUMA affinity and read-only file mapping, through the native addon where it loads and the portable path
// everywhere else. Import `platform`; the rest is exported for tests and for logging which path is in use.
import type { MapOptions, NativeApi, NumaTopology, Platform } from './api.js'
import { loadNativeWithReason } from './load.js'
import { portableGetThreadAffinity, portableSetThreadAffinity, portableTopology, readRangeFrom, type PortableHost } from './portable.js'
import { checkCpuList, checkMapArguments } from './range.js'
import { fs, os } from './runtime.js'

export type { MapAdvice, MapOptions, NativeApi, NumaNode, NumaTopology, Platform } from './api.js'
export { loadNative, loadNativeWithReason, type NativeLoad } from './load.js'
export { parseCpuList } from './portable.js'
export { runtime, type RuntimeName } from './runtime.js'

const host: PortableHost = { fs, os }

/** The portable replacement for mmap, on either path: a copy of bytes [offset, offset + length) read through fs. */
export function readRange(path: string, offset: number, length: number, options?: MapOptions): Uint8Array {
  return readRangeFrom(host, path, offset, length, options)
}

export function createPortablePlatform(reason: string): Platform {
  return {
    kind: 'portable',
    reason,
    setThreadAffinity: (cpus: readonly number[]): boolean => portableSetThreadAffinity(cpus),
    getThreadAffinity: (): number[] => portableGetThreadAffinity(host),
    numaTopology: (): NumaTopology => portableTopology(host),
    mapReadOnly: (path: string, offset: number, length: number, options?: MapOptions): Uint8Array =>
      readRangeFrom(host, path, offset, length, options),
  }
}

export function createNativePlatform(api: NativeApi): Platform {
  return {
    kind: 'native',
    reason: null,
    setThreadAffinity(cpus: readonly number[]): boolean {
      checkCpuList(cpus)
      return api.setThreadAffinity(cpus)
    },
    getThreadAffinity(): number[] {
      const cpus = api.getThreadAffinity()
      // Empty where the OS has no per-thread affinity (macOS): every CPU is allowed.
      return cpus.length > 0 ? cpus : portableGetThreadAffinity(host)
    },
    numaTopology: (): NumaTopology => api.numaTopology(),
    mapReadOnly(path: string, offset: number, length: number, options?: MapOptions): Uint8Array {
      checkMapArguments(path, offset, length, options)
      try {
        return new Uint8Array(api.mmapReadOnly(path, offset, length, options?.advice))
      } catch (error) {
        // Too many mappings await collection: a copy now beats exhausting vm.max_map_count, which aborts V8.
        if ((error as { code?: string }).code === 'ERR_SLUICE_MAPPINGS_LIMIT') return readRangeFrom(host, path, offset, length, options)
        throw error
      }
    },
  }
}

function selectPlatform(): Platform {
  const { api, reason } = loadNativeWithReason()
  return api === null ? createPortablePlatform(reason ?? 'the native addon is not available') : createNativePlatform(api)
}

/** The platform for this thread: native when the addon loaded, portable otherwise (see `platform.reason`). */
export const platform: Platform = selectPlatform()
