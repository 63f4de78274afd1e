// How sealed segments are mapped: through the native addon's read-only mmap where it loaded (Node with the
// addon built, SLUICE_NATIVE unset), and not at all on the portable path (Deno, Bun, no addon,
// SLUICE_NATIVE=0), where segments keep plain file reads: the portable mapReadOnly copies the range, and a
// copy of a whole 1 GiB segment per reader would be worse than reading what is asked.
import { loadNative, platform, type MapAdvice } from '../native/index.js'
import type { SegmentMapper } from './segment.js'

/**
 * Mappings left for other users of the addon: past mappingsLiveMax minus this, segments are read through
 * files instead (the addon's own fallback copies the whole range, which for a segment is far too much).
 */
const mappingsHeadroom = 1024

/**
 * Catch-up readers walk a segment forward: 'sequential' lets the kernel read ahead further on faults.
 * Random reads (Kafka fetches at arbitrary offsets) cost a little more readahead, never correctness.
 */
const segmentAdvice: MapAdvice = 'sequential'

/** The mapper for this thread, or null on the portable path. */
export function defaultSegmentMapper(): SegmentMapper | null {
  if (platform.kind !== 'native') return null
  const api = loadNative()
  return (path, length) => {
    if (api !== null && api.mappingsLive() >= api.mappingsLiveMax - mappingsHeadroom) return null
    return platform.mapReadOnly(path, 0, length, { advice: segmentAdvice })
  }
}

/** Resolves the `mapSegments` option: true (default) the platform's mapper, false none, or the given one. */
export function resolveSegmentMapper(option: boolean | SegmentMapper | undefined): SegmentMapper | null {
  if (option === false) return null
  if (typeof option === 'function') return option
  return defaultSegmentMapper()
}
