// The shape of the native addon and of the platform object that hides whether it loaded.

/** One NUMA node: the CPUs it holds and its memory. */
export interface NumaNode {
  readonly id: number
  /** CPU numbers, ascending, as the OS numbers them (the numbers setThreadAffinity takes). */
  readonly cpus: readonly number[]
  /** Memory local to the node; 0 when the OS does not say. */
  readonly memoryBytes: number
}

export interface NumaTopology {
  readonly nodes: readonly NumaNode[]
  /** 'sysfs' when read from /sys/devices/system/node; 'fallback' when the machine is taken as one node. */
  readonly source: 'sysfs' | 'fallback'
}

/** madvise hints for a mapping; the portable path ignores them. */
export type MapAdvice = 'normal' | 'sequential' | 'random' | 'willneed'

export interface MapOptions {
  readonly advice?: MapAdvice
}

/** The functions native/src/*.cc export, as they come from the addon. */
export interface NativeApi {
  /** True where the OS has per-thread affinity (Linux). */
  readonly affinitySupported: boolean
  setThreadAffinity(cpus: readonly number[]): boolean
  getThreadAffinity(): number[]
  numaTopology(): NumaTopology
  mmapReadOnly(path: string, offset: number, length: number, advice?: MapAdvice): ArrayBuffer
  /** Mappings not yet unmapped in this process (all threads). */
  mappingsLive(): number
  /** Past this many live mappings mmapReadOnly refuses (code ERR_SLUICE_MAPPINGS_LIMIT) to stay clear of vm.max_map_count. */
  readonly mappingsLiveMax: number
}

/** What the rest of Sluice uses: the same calls whether the addon loaded or not. */
export interface Platform {
  readonly kind: 'native' | 'portable'
  /** Why the portable path is in use (for a start-up log line); null on the native path. */
  readonly reason: string | null
  /**
   * Restricts the calling thread (call it inside a worker to pin that worker) to `cpus`. Returns false where
   * pinning is not possible (portable path, non-Linux); throws when the OS refuses the CPUs.
   */
  setThreadAffinity(cpus: readonly number[]): boolean
  /** The CPUs the calling thread may run on; every CPU where that cannot be asked. */
  getThreadAffinity(): number[]
  /** At least one node; together the nodes hold every CPU. */
  numaTopology(): NumaTopology
  /**
   * Bytes [offset, offset + length) of a file. Native: a read-only mmap that stays valid after the file is
   * closed or unlinked and is unmapped when the array is collected; the file must not shrink below the range
   * meanwhile (sealed segments only). Portable: a copy read through fs. The native path also copies through fs
   * while too many mappings await collection (see NativeApi.mappingsLiveMax): map whole segments once and
   * slice them rather than mapping per read.
   */
  mapReadOnly(path: string, offset: number, length: number, options?: MapOptions): Uint8Array
}
