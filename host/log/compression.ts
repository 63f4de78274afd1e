// The compression codecs of Kafka record batches (attribute bits 0-2): what each code means on the wire and
// which library does the work.
//
// | code | codec  | wire format                                  | library                                      |
// |------|--------|----------------------------------------------|----------------------------------------------|
// | 1    | gzip   | gzip member(s) (RFC 1952)                    | node:zlib, sync                              |
// | 2    | snappy | xerial framing (Java client) or a raw block  | `snappy` (napi-rs over the Rust snap crate)  |
// | 3    | lz4    | LZ4 frame, independent blocks, no checksums  | `lz4-napi` (napi-rs over lz4_flex)           |
// | 4    | zstd   | zstd frame(s)                                | `fzstd` decodes; `@bokuweb/zstd-wasm` encodes|
//
// Every codec decompresses synchronously. Every codec compresses synchronously except zstd before its wasm
// encoder is loaded: call `await loadCompression()` once at start-up (or use the async functions, which do
// it), after which compressSync('zstd', ...) works too. The native libraries (snappy, lz4-napi) are required
// lazily, on first use of their codec, so runtimes without them fail only when that codec is used.
//
// Decompression is bounded by `decompressedBytesMax`: gzip stops at the limit (zlib maxOutputLength), a
// snappy block's declared length is checked before it is allocated, lz4 and zstd are checked after the fact
// (neither library takes an output limit; lz4 frames expand at most 255x, and both allocate in bounded blocks
// when the frame does not declare its size).

import { createRequire } from 'node:module'
import { gunzipSync, gzipSync } from 'node:zlib'

export type Compression = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd'

/** Attribute bits 0-2 of a record batch, by codec. */
export const compressionCodes: Readonly<Record<Compression, number>> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 }
const compressionsByCode: ReadonlyArray<Compression> = ['none', 'gzip', 'snappy', 'lz4', 'zstd']

/** The codec of attribute bits 0-2, or undefined for the codes Kafka does not define (5..7). */
export function compressionFromCode(code: number): Compression | undefined {
  return compressionsByCode[code]
}

/** Default bound on one batch's decompressed records: well above Kafka's 1 MiB message.max.bytes at any ratio we expect. */
export const decompressedBytesMaxDefault = 256 * 1024 * 1024

export interface DecompressLimits {
  /** Decompressing more than this many bytes fails (a decompression bomb or a corrupt length). */
  readonly decompressedBytesMax?: number
}

/** A payload that does not decompress, or decompresses to more than the limit. */
export class CompressionError extends Error {
  readonly compression: Compression
  constructor(compression: Compression, message: string) {
    super(`${compression}: ${message}`)
    this.name = 'CompressionError'
    this.compression = compression
  }
}

/** Whatever can compress and decompress asynchronously: the inline functions below, or a CompressionPool. */
export interface AsyncCompressor {
  compress(compression: Compression, bytes: Uint8Array): Promise<Uint8Array>
  decompress(compression: Compression, bytes: Uint8Array, limits?: DecompressLimits): Promise<Uint8Array>
}

// ---- library loading ---------------------------------------------------------------------------------

interface SnappyLibrary {
  compressSync(input: Uint8Array): Uint8Array
  uncompressSync(input: Uint8Array, options?: { asBuffer?: boolean }): Uint8Array | string
}
interface Lz4Library {
  compressFrameSync(data: Uint8Array): Uint8Array
  decompressFrameSync(data: Uint8Array): Uint8Array
}
interface FzstdLibrary {
  decompress(data: Uint8Array): Uint8Array
}
interface ZstdWasmLibrary {
  init(): Promise<void>
  compress(data: Uint8Array, level?: number): Uint8Array
}

const require = createRequire(import.meta.url)
let snappyLibrary: SnappyLibrary | undefined
let lz4Library: Lz4Library | undefined
let fzstdLibrary: FzstdLibrary | undefined
let zstdEncoder: ZstdWasmLibrary | undefined
let zstdEncoderLoading: Promise<void> | undefined

function snappy(): SnappyLibrary {
  snappyLibrary ??= require('snappy') as SnappyLibrary
  return snappyLibrary
}
function lz4(): Lz4Library {
  lz4Library ??= require('lz4-napi') as Lz4Library
  return lz4Library
}
function fzstd(): FzstdLibrary {
  fzstdLibrary ??= require('fzstd') as FzstdLibrary
  return fzstdLibrary
}

/** Level of zstd compression: the library's (and Kafka's) default, a good speed/ratio balance. */
const zstdLevel = 3

/**
 * Loads what some codecs need asynchronously (the zstd wasm encoder). Idempotent; afterwards every
 * codec compresses synchronously.
 */
export function loadCompression(): Promise<void> {
  zstdEncoderLoading ??= (async () => {
    const library = require('@bokuweb/zstd-wasm') as ZstdWasmLibrary
    await library.init()
    zstdEncoder = library
  })()
  return zstdEncoderLoading
}

/** True when compressSync works for every codec (loadCompression has completed). */
export function compressionLoaded(): boolean {
  return zstdEncoder !== undefined
}

// ---- xerial snappy framing ---------------------------------------------------------------------------

// The Java client wraps snappy in org.xerial.snappy.SnappyOutputStream: a 16-byte header (magic
// 0x82 "SNAPPY" 0x00, version 1, minimum compatible version 1, both int32 big-endian), then chunks of
// [int32 big-endian compressed length][raw snappy block], each block at most 32 KiB uncompressed.
const xerialMagic = [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]
const xerialHeaderBytes = 16
/** SnappyOutputStream's default block size, which Kafka keeps. */
const xerialChunkBytes = 32 * 1024

function hasXerialHeader(bytes: Uint8Array): boolean {
  if (bytes.length < xerialHeaderBytes) return false
  for (let i = 0; i < xerialMagic.length; i++) if (bytes[i] !== xerialMagic[i]) return false
  return true
}

/** The uncompressed length a raw snappy block declares (its varint preamble), or -1 when unreadable. */
function snappyDeclaredLength(block: Uint8Array): number {
  let result = 0
  for (let i = 0, shift = 0; i < 5 && i < block.length; i++, shift += 7) {
    const byte = block[i]
    result += (byte & 0x7f) * 2 ** shift
    if ((byte & 0x80) === 0) return result
  }
  return -1
}

function snappyBlockDecompress(block: Uint8Array, bytesMax: number): Uint8Array {
  const declared = snappyDeclaredLength(block)
  if (declared < 0) throw new CompressionError('snappy', 'a block has no readable length preamble')
  if (declared > bytesMax) {
    throw new CompressionError('snappy', `a block declares ${declared} bytes, over the decompressedBytesMax left (${bytesMax})`)
  }
  if (declared === 0) return new Uint8Array(0)
  const out = snappy().uncompressSync(block, { asBuffer: true })
  if (typeof out === 'string') throw new CompressionError('snappy', 'the library returned a string')
  return out
}

export function xerialSnappyCompress(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = xerialHeaderBytes
  for (let offset = 0; offset < bytes.length; offset += xerialChunkBytes) {
    const block = snappy().compressSync(bytes.subarray(offset, Math.min(offset + xerialChunkBytes, bytes.length)))
    chunks.push(block)
    total += 4 + block.length
  }
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  out.set(xerialMagic, 0)
  view.setInt32(8, 1)
  view.setInt32(12, 1)
  let at = xerialHeaderBytes
  for (const block of chunks) {
    view.setInt32(at, block.length)
    out.set(block, at + 4)
    at += 4 + block.length
  }
  return out
}

function snappyDecompress(bytes: Uint8Array, bytesMax: number): Uint8Array {
  // Kafka clients other than Java's (librdkafka among them) may send a raw snappy block; xerial's own
  // SnappyInputStream accepts both, and so do we.
  if (!hasXerialHeader(bytes)) return snappyBlockDecompress(bytes, bytesMax)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const pieces: Uint8Array[] = []
  let total = 0
  let at = xerialHeaderBytes
  while (at < bytes.length) {
    if (at + 4 > bytes.length) throw new CompressionError('snappy', `a xerial chunk length is cut off at byte ${at}`)
    const chunkBytes = view.getInt32(at)
    if (chunkBytes < 0 || at + 4 + chunkBytes > bytes.length) {
      throw new CompressionError('snappy', `a xerial chunk of ${chunkBytes} bytes at byte ${at} runs past the ${bytes.length}-byte payload`)
    }
    const piece = snappyBlockDecompress(bytes.subarray(at + 4, at + 4 + chunkBytes), bytesMax - total)
    pieces.push(piece)
    total += piece.length
    at += 4 + chunkBytes
  }
  if (pieces.length === 1) return pieces[0]
  const out = new Uint8Array(total)
  let offset = 0
  for (const piece of pieces) {
    out.set(piece, offset)
    offset += piece.length
  }
  return out
}

// ---- the codecs ----------------------------------------------------------------------------------------

/**
 * Compresses `bytes` in the codec's Kafka wire format. Synchronous for every codec; zstd needs
 * loadCompression() to have completed first (it throws saying so otherwise).
 */
export function compressSync(compression: Compression, bytes: Uint8Array): Uint8Array {
  switch (compression) {
    case 'none':
      return bytes
    case 'gzip':
      return gzipSync(bytes)
    case 'snappy':
      return xerialSnappyCompress(bytes)
    case 'lz4':
      // lz4_flex's default frame: 64 KiB independent blocks, no block or content checksum, no content
      // size; Kafka's KafkaLZ4BlockInputStream reads exactly that (and Java writes the same).
      return lz4().compressFrameSync(bytes)
    case 'zstd':
      if (zstdEncoder === undefined) {
        throw new Error('zstd compression is not loaded yet: await loadCompression() once before compressing synchronously, or use compress()')
      }
      return zstdEncoder.compress(bytes, zstdLevel)
    default:
      throw new RangeError(`unknown compression ${String(compression)}`)
  }
}

/** compressSync, after loading what the codec needs. */
export async function compress(compression: Compression, bytes: Uint8Array): Promise<Uint8Array> {
  if (compression === 'zstd') await loadCompression()
  return compressSync(compression, bytes)
}

/**
 * Decompresses one batch's records payload. Throws CompressionError when the payload is corrupt or
 * decompresses to more than `limits.decompressedBytesMax`.
 */
export function decompressSync(compression: Compression, bytes: Uint8Array, limits: DecompressLimits = {}): Uint8Array {
  const bytesMax = limits.decompressedBytesMax ?? decompressedBytesMaxDefault
  let out: Uint8Array
  try {
    switch (compression) {
      case 'none':
        out = bytes
        break
      case 'gzip':
        out = gunzipSync(bytes, { maxOutputLength: Math.max(1, bytesMax) })
        break
      case 'snappy':
        out = snappyDecompress(bytes, bytesMax)
        break
      case 'lz4':
        out = lz4().decompressFrameSync(bytes)
        break
      case 'zstd':
        out = fzstd().decompress(bytes)
        break
      default:
        throw new RangeError(`unknown compression ${String(compression)}`)
    }
  } catch (error) {
    if (error instanceof CompressionError || error instanceof RangeError && String(error.message).startsWith('unknown compression')) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new CompressionError(compression, `cannot decompress ${bytes.length} bytes: ${message}`)
  }
  if (out.length > bytesMax) {
    throw new CompressionError(compression, `decompresses to ${out.length} bytes, over decompressedBytesMax ${bytesMax}`)
  }
  return out
}

/** decompressSync as a promise (every codec decompresses synchronously; see CompressionPool for threads). */
export async function decompress(compression: Compression, bytes: Uint8Array, limits?: DecompressLimits): Promise<Uint8Array> {
  return decompressSync(compression, bytes, limits)
}

/** The inline (same-thread) AsyncCompressor. */
export const inlineCompressor: AsyncCompressor = { compress, decompress }
