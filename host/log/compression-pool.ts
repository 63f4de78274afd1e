// Compression off the calling thread: a piscina pool of worker threads for large payloads, inline below a
// size threshold (handing a small payload to a thread costs more than compressing it: two copies, a
// message each way and a thread wake-up of ~20 us on this kind of VM).
//
//   const pool = new CompressionPool()
//   const batch = await encodeRecordBatchAsync(records, { ..., compression: 'zstd', compressor: pool })
//   await pool.close()
//
// The worker is compression-worker.js beside this file once built (dist/log/); run from source (vitest),
// the built one in ../../dist/log/ is used, so `npm run build` first.

import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import {
  type AsyncCompressor,
  type Compression,
  CompressionError,
  type DecompressLimits,
  compress as compressInline,
  decompressSync,
  decompressedBytesMaxDefault,
} from './compression.js'
import type { CompressionTask, CompressionTaskFailure } from './compression-worker.js'

export interface CompressionPoolOptions {
  /** Payloads up to this size are (de)compressed on the calling thread. Default 64 KiB. */
  readonly inlineBytesMax?: number
  /** Worker threads at most. Default: the cores less one (at least 1). */
  readonly threadsMax?: number
  /** Threads kept alive while idle. Default 0: a pool that is not used costs nothing. */
  readonly threadsMin?: number
  /** An idle thread above threadsMin exits after this long. Default 30 s. */
  readonly idleTimeoutMs?: number
  /** The worker module; by default the built compression-worker.js (see the file comment). */
  readonly workerUrl?: URL
}

const workerCandidates = ['./compression-worker.js', '../../dist/log/compression-worker.js']

function findWorker(): URL {
  for (const candidate of workerCandidates) {
    const url = new URL(candidate, import.meta.url)
    if (url.protocol !== 'file:' || existsSync(fileURLToPath(url))) return url
  }
  throw new Error(`cannot find compression-worker.js beside ${import.meta.url}: run \`npm run build\` first`)
}

export class CompressionPool implements AsyncCompressor {
  readonly inlineBytesMax: number
  readonly #piscina: Piscina<CompressionTask, Uint8Array | CompressionTaskFailure>
  #closed = false

  constructor(options: CompressionPoolOptions = {}) {
    this.inlineBytesMax = options.inlineBytesMax ?? 64 * 1024
    if (!Number.isSafeInteger(this.inlineBytesMax) || this.inlineBytesMax < 0) {
      throw new RangeError(`inlineBytesMax must be a non-negative integer, got ${this.inlineBytesMax}`)
    }
    const threadsMax = options.threadsMax ?? Math.max(1, availableParallelism() - 1)
    const threadsMin = options.threadsMin ?? 0
    if (!Number.isSafeInteger(threadsMax) || threadsMax < 1) throw new RangeError(`threadsMax must be >= 1, got ${threadsMax}`)
    if (!Number.isSafeInteger(threadsMin) || threadsMin < 0 || threadsMin > threadsMax) {
      throw new RangeError(`threadsMin must be in 0..threadsMax (${threadsMax}), got ${threadsMin}`)
    }
    this.#piscina = new Piscina({
      filename: (options.workerUrl ?? findWorker()).href,
      minThreads: threadsMin,
      maxThreads: threadsMax,
      idleTimeout: options.idleTimeoutMs ?? 30_000,
    })
  }

  /** Worker threads running now. */
  get threadCount(): number {
    return this.#piscina.threads.length
  }

  compress(compression: Compression, bytes: Uint8Array): Promise<Uint8Array> {
    this.#checkOpen()
    if (compression === 'none' || bytes.length <= this.inlineBytesMax) return compressInline(compression, bytes)
    return this.#run({ op: 'compress', compression, bytes })
  }

  decompress(compression: Compression, bytes: Uint8Array, limits: DecompressLimits = {}): Promise<Uint8Array> {
    this.#checkOpen()
    const decompressedBytesMax = limits.decompressedBytesMax ?? decompressedBytesMaxDefault
    if (compression === 'none' || bytes.length <= this.inlineBytesMax) {
      try {
        return Promise.resolve(decompressSync(compression, bytes, { decompressedBytesMax }))
      } catch (error) {
        return Promise.reject(error)
      }
    }
    return this.#run({ op: 'decompress', compression, bytes, decompressedBytesMax })
  }

  /** Waits for queued tasks, then stops the threads. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#piscina.close()
  }

  async #run(task: CompressionTask): Promise<Uint8Array> {
    // The caller keeps its bytes: a view of part of a larger buffer is copied (structured clone would send
    // the whole buffer) and the copy transferred; a whole buffer is cloned; shared memory is shared as is.
    const bytes = task.bytes
    let result: Uint8Array | CompressionTaskFailure
    if (bytes.buffer instanceof ArrayBuffer && bytes.byteLength !== bytes.buffer.byteLength) {
      const copy = bytes.slice()
      result = await this.#piscina.run({ ...task, bytes: copy }, { transferList: [copy.buffer] })
    } else {
      result = await this.#piscina.run(task)
    }
    if (result instanceof Uint8Array) return result
    if (result.compressionError) throw new CompressionError(task.compression, result.error.replace(/^\w+: /, ''))
    throw new Error(result.error)
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error('the CompressionPool is closed')
  }
}
