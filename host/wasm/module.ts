// Loads the one Sluice wasm module and instantiates it over a shared memory.
//
// We instantiate with plain WebAssembly.Instance and typed-array views rather than @assemblyscript/loader:
// the loader's string/array helpers allocate through the module's allocator, which is per instance and
// hands out the same addresses in every worker over the shared memory (see docs/architecture.md). Nothing
// in assembly/ allocates; every region it touches is laid out by the host (host/memory/layout.ts).

/** WebAssembly pages are 64 KiB. */
export const wasmPageBytes = 65536
/** The module is compiled with this maximum (asconfig.json); a host memory may not declare more. */
export const wasmPagesMax = 65536

/** The exports of assembly/index.ts, typed. Pointers and lengths are byte addresses in the shared memory. */
export interface SluiceExports {
  readonly heapBase: () => number
  readonly [name: string]: unknown
}

export interface WasmVariant {
  readonly module: WebAssembly.Module
  /** True when the module uses relaxed SIMD (faster CRC32C swizzles); false for the portable variant. */
  readonly relaxedSimd: boolean
}

// Built, this file is dist/wasm/module.js beside the .wasm files; run from source (vitest), it is
// host/wasm/module.ts and the build output is in ../../dist/wasm/.
const wasmDirectories = ['./', '../../dist/wasm/']

async function readWasmBytes(fileName: string): Promise<Uint8Array<ArrayBuffer>> {
  for (const directory of wasmDirectories) {
    const url = new URL(directory + fileName, import.meta.url)
    if (url.protocol === 'file:') {
      // Node, Deno and Bun all provide node:fs/promises; Node 20's fetch() cannot read file: URLs.
      const { readFile } = await import('node:fs/promises')
      const bytes = await readFile(url).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null
        throw error
      })
      if (bytes === null) continue
      return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    }
    const response = await fetch(url)
    if (response.ok) return new Uint8Array(await response.arrayBuffer())
  }
  throw new Error(`cannot find ${fileName} beside ${import.meta.url}: run \`npm run build\` first`)
}

let variantPromise: Promise<WasmVariant> | undefined

/**
 * Compiles the module once per realm, picking the relaxed-SIMD build when this runtime validates it.
 * Post the returned module to workers (WebAssembly.Module is structured-cloneable) instead of compiling
 * again there.
 */
export function loadSluiceModule(): Promise<WasmVariant> {
  variantPromise ??= (async () => {
    const relaxedBytes = await readWasmBytes('sluice-relaxed.wasm')
    if (WebAssembly.validate(relaxedBytes)) {
      return { module: await WebAssembly.compile(relaxedBytes), relaxedSimd: true }
    }
    const plainBytes = await readWasmBytes('sluice.wasm')
    return { module: await WebAssembly.compile(plainBytes), relaxedSimd: false }
  })()
  return variantPromise
}

/** A shared memory of exactly `bytes` (rounded up to pages), reserved up front so it never grows. */
export function createSharedMemory(bytes: number): WebAssembly.Memory {
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new RangeError(`memoryBytes must be a positive integer, got ${bytes}`)
  const pages = Math.ceil(bytes / wasmPageBytes)
  if (pages > wasmPagesMax) {
    throw new RangeError(`memoryBytes ${bytes} exceeds the wasm32 limit of ${wasmPagesMax * wasmPageBytes} bytes (4 GiB)`)
  }
  return new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true })
}

/** Instantiates the module over `memory`. Cheap: do it once per worker, then keep the exports. */
export function instantiate(module: WebAssembly.Module, memory: WebAssembly.Memory): SluiceExports {
  const instance = new WebAssembly.Instance(module, {
    env: {
      memory,
      abort(messagePtr: number, filePtr: number, line: number, column: number): never {
        // Strings cannot be decoded without the module's runtime; the position is what matters.
        throw new Error(`wasm assertion failed at line ${line}:${column} (message@${messagePtr}, file@${filePtr})`)
      },
    },
  })
  return instance.exports as unknown as SluiceExports
}
