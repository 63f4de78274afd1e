// CRC32C (Castagnoli) in pure JavaScript, slicing-by-8: the fallback where the wasm module is not loaded,
// and the reference the wasm paths are tested against. Same convention as assembly/crc32c.ts: `init` and
// the result are finalized CRCs, so crc32cJs(b, crc32cJs(a)) === crc32cJs(a || b), and init 0 starts fresh.

/** Polynomial of CRC32C, bit-reflected (0x1EDC6F41 reversed). */
export const crc32cPolynomialReflected = 0x82f63b78

/** 8 tables of 256 entries: table k advances a byte that is followed by k more bytes. */
const slicingTables: Uint32Array = buildSlicingTables()

function buildSlicingTables(): Uint32Array {
  const tables = new Uint32Array(8 * 256)
  for (let byte = 0; byte < 256; byte++) {
    let register = byte
    for (let bit = 0; bit < 8; bit++) register = register & 1 ? (register >>> 1) ^ crc32cPolynomialReflected : register >>> 1
    tables[byte] = register
  }
  for (let k = 1; k < 8; k++) {
    for (let byte = 0; byte < 256; byte++) {
      const previous = tables[(k - 1) * 256 + byte]
      tables[k * 256 + byte] = (previous >>> 8) ^ tables[previous & 0xff]
    }
  }
  return tables
}

/**
 * CRC32C of `bytes` continuing from the finalized CRC `init` (0 for a fresh CRC). Returns an unsigned
 * 32-bit number.
 */
export function crc32cJs(bytes: Uint8Array, init = 0): number {
  const t = slicingTables
  let register = ~init
  let i = 0
  const length = bytes.length
  const length8 = length - (length & 7)
  // Bytes are assembled by hand rather than through a DataView or Uint32Array so that any byteOffset
  // works and the result does not depend on the platform's endianness.
  while (i < length8) {
    const lo = (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) ^ register
    register =
      t[0x700 + (lo & 0xff)] ^
      t[0x600 + ((lo >>> 8) & 0xff)] ^
      t[0x500 + ((lo >>> 16) & 0xff)] ^
      t[0x400 + (lo >>> 24)] ^
      t[0x300 + bytes[i + 4]] ^
      t[0x200 + bytes[i + 5]] ^
      t[0x100 + bytes[i + 6]] ^
      t[bytes[i + 7]]
    i += 8
  }
  while (i < length) {
    register = (register >>> 8) ^ t[(register ^ bytes[i]) & 0xff]
    i++
  }
  return ~register >>> 0
}
