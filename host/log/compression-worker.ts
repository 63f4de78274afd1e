// The piscina worker of CompressionPool (compression-pool.ts): runs one compress or decompress per task.
// A failure comes back as { error } rather than a throw, so the pool can rethrow a CompressionError (a
// thrown error crosses threads as a plain Error and loses its class).

import { move } from 'piscina'
import { type Compression, CompressionError, compress, decompressSync } from './compression.js'

export interface CompressionTask {
  readonly op: 'compress' | 'decompress'
  readonly compression: Compression
  readonly bytes: Uint8Array
  readonly decompressedBytesMax?: number
}

export interface CompressionTaskFailure {
  readonly error: string
  readonly compressionError: boolean
}

/** Transfers (not copies) the result back; a view into a shared pool slab is copied first, since transferring would detach the slab. */
function owned(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes
  return bytes.slice()
}

export default async function run(task: CompressionTask): Promise<Uint8Array | CompressionTaskFailure> {
  try {
    const out =
      task.op === 'compress'
        ? await compress(task.compression, task.bytes)
        : decompressSync(task.compression, task.bytes, { decompressedBytesMax: task.decompressedBytesMax })
    return move(owned(out)) as unknown as Uint8Array
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), compressionError: error instanceof CompressionError }
  }
}
