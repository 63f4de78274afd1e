/** First byte past the module's static data; the host lays out its regions from align(heapBase(), 64). */
export function heapBase(): usize {
  return __heap_base
}

/** True in the variant compiled with relaxed SIMD (scripts/build-wasm.mjs passes --use RELAXED=1|0). */
// @ts-ignore: global constant introduced on the command line
export const relaxedSimd: bool = RELAXED != 0
