// Reader: bounds-checked decoding of Kafka wire primitives from a Uint8Array.
//
// Every read checks the bytes left before touching the DataView, every length is checked against the
// bytes left and against ReaderLimits, so untrusted input can only end in a KafkaProtocolError: never
// an out-of-bounds read, a RangeError from the DataView, a huge allocation or an unbounded loop (every
// loop in the generated decoders is bounded by a count that was checked against the bytes left).
//
// Wire primitives (https://kafka.apache.org/protocol.html#protocol_types):
//   INT8/INT16/INT32/INT64, UINT16/UINT32, FLOAT64: big-endian fixed width
//   BOOLEAN: one byte, non-zero is true
//   UNSIGNED_VARINT: LEB128, at most 5 bytes for 32 bits; VARINT/VARLONG: zig-zag
//   UUID: 16 bytes
//   STRING: INT16 length (-1 = null) + UTF-8; COMPACT_STRING: UNSIGNED_VARINT length+1 (0 = null) + UTF-8
//   BYTES/RECORDS: INT32 length (-1 = null); COMPACT_BYTES/COMPACT_RECORDS: UNSIGNED_VARINT length+1
//   ARRAY: INT32 count (-1 = null); COMPACT_ARRAY: UNSIGNED_VARINT count+1 (0 = null)
//   TAGGED_FIELDS: UNSIGNED_VARINT count, then per field UNSIGNED_VARINT tag, UNSIGNED_VARINT size, bytes

import { KafkaProtocolError, type KafkaProtocolErrorCode } from './errors.js'

export interface ReaderLimits {
  /** Largest element count accepted for one array. */
  readonly arrayLengthMax: number
  /** Largest UTF-8 byte length accepted for one string (Kafka itself caps strings at 32767). */
  readonly stringBytesMax: number
  /** Largest byte length accepted for one bytes or records field. */
  readonly bytesLengthMax: number
}

export const READER_LIMITS_DEFAULT: ReaderLimits = Object.freeze({
  arrayLengthMax: 1 << 20,
  stringBytesMax: 0x7fff,
  // Kafka's socket.request.max.bytes default: no single field can be larger than a request.
  bytesLengthMax: 100 * 1024 * 1024,
})

/** An unknown tagged field, kept as raw bytes so it can be written back unchanged. */
export interface TaggedField {
  readonly tag: number
  readonly data: Uint8Array
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const UTF8 = new TextDecoder('utf-8')
// Below this many bytes an ASCII loop beats TextDecoder's call overhead.
const ASCII_FAST_PATH_BYTES_MAX = 64

export class Reader {
  readonly bytes: Uint8Array
  readonly limits: ReaderLimits
  private readonly view: DataView
  /** Next byte to read. */
  pos: number
  /** One past the last readable byte; narrowed while a tagged field is read. */
  end: number
  /** Message and version being decoded, for error messages. */
  messageName = ''
  version = -1

  constructor(bytes: Uint8Array, limits: Partial<ReaderLimits> = {}) {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.pos = 0
    this.end = bytes.byteLength
    this.limits = { ...READER_LIMITS_DEFAULT, ...limits }
  }

  get remaining(): number {
    return this.end - this.pos
  }

  /** Called by every generated decoder: records the context and rejects versions it does not know. */
  begin(messageName: string, version: number, versionMin: number, versionMax: number): void {
    this.messageName = messageName
    this.version = version
    if (!Number.isInteger(version) || version < versionMin || version > versionMax) {
      this.fail('unsupported_version', '', `version ${version} is outside the valid versions ${versionMin}-${versionMax}`)
    }
  }

  fail(code: KafkaProtocolErrorCode, field: string, detail: string): never {
    throw new KafkaProtocolError(code, this.messageName, this.version, field, detail)
  }

  /** Asserts that all bytes were consumed, e.g. after decoding a whole request body. */
  expectEnd(field = ''): void {
    if (this.pos !== this.end) this.fail('invalid', field, `${this.end - this.pos} trailing bytes after the message`)
  }

  private need(byteCount: number, field: string): number {
    const at = this.pos
    if (byteCount > this.end - at) {
      this.fail('truncated', field, `needs ${byteCount} bytes at offset ${at}, only ${this.end - at} left`)
    }
    this.pos = at + byteCount
    return at
  }

  int8(field: string): number {
    return this.view.getInt8(this.need(1, field))
  }
  int16(field: string): number {
    return this.view.getInt16(this.need(2, field))
  }
  uint16(field: string): number {
    return this.view.getUint16(this.need(2, field))
  }
  int32(field: string): number {
    return this.view.getInt32(this.need(4, field))
  }
  uint32(field: string): number {
    return this.view.getUint32(this.need(4, field))
  }
  int64(field: string): bigint {
    return this.view.getBigInt64(this.need(8, field))
  }
  float64(field: string): number {
    return this.view.getFloat64(this.need(8, field))
  }
  bool(field: string): boolean {
    return this.bytes[this.need(1, field)] !== 0
  }

  /** 16 bytes as the canonical lower-case 8-4-4-4-12 form. */
  uuid(field: string): string {
    const at = this.need(16, field)
    const b = this.bytes
    let s = ''
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) s += '-'
      s += HEX[b[at + i]]
    }
    return s
  }

  /** UNSIGNED_VARINT limited to 32 bits (at most 5 bytes), as Kafka's readUnsignedVarint. */
  uvarint(field: string): number {
    let value = 0
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.end) this.fail('truncated', field, `varint runs past the end at offset ${this.pos}`)
      const byte = this.bytes[this.pos++]
      value += (byte & 0x7f) * 2 ** shift
      if ((byte & 0x80) === 0) {
        if (value > 0xffffffff) this.fail('invalid', field, 'unsigned varint exceeds 32 bits')
        return value
      }
    }
    return this.fail('invalid', field, 'unsigned varint longer than 5 bytes')
  }

  /** Zig-zag VARINT (32 bits). */
  varint(field: string): number {
    const u = this.uvarint(field)
    return (u >>> 1) ^ -(u & 1)
  }

  /** Zig-zag VARLONG (64 bits, at most 10 bytes). */
  varlong(field: string): bigint {
    let value = 0n
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.end) this.fail('truncated', field, `varlong runs past the end at offset ${this.pos}`)
      const byte = this.bytes[this.pos++]
      value |= BigInt(byte & 0x7f) << shift
      if ((byte & 0x80) === 0) {
        if (value > 0xffffffffffffffffn) this.fail('invalid', field, 'varlong exceeds 64 bits')
        return (value >> 1n) ^ -(value & 1n)
      }
    }
    return this.fail('invalid', field, 'varlong longer than 10 bytes')
  }

  /** Length prefix of a string/bytes/records/array: -1 means null. */
  private lengthPrefix(compact: boolean, wide: boolean, field: string): number {
    if (compact) return this.uvarint(field) - 1
    const n = wide ? this.int32(field) : this.int16(field)
    if (n < -1) this.fail('invalid', field, `negative length ${n}`)
    return n
  }

  private utf8(byteLength: number, field: string): string {
    if (byteLength > this.limits.stringBytesMax) {
      this.fail('limit', field, `string of ${byteLength} bytes exceeds stringBytesMax ${this.limits.stringBytesMax}`)
    }
    const at = this.need(byteLength, field)
    const b = this.bytes
    if (byteLength <= ASCII_FAST_PATH_BYTES_MAX) {
      let s = ''
      let i = 0
      for (; i < byteLength; i++) {
        const c = b[at + i]
        if (c >= 0x80) break
        s += String.fromCharCode(c)
      }
      if (i === byteLength) return s
    }
    return UTF8.decode(b.subarray(at, at + byteLength))
  }

  string(compact: boolean, field: string): string {
    const n = this.lengthPrefix(compact, false, field)
    if (n < 0) this.fail('invalid', field, 'non-nullable string was serialized as null')
    return this.utf8(n, field)
  }

  nullableString(compact: boolean, nullable: boolean, field: string): string | null {
    const n = this.lengthPrefix(compact, false, field)
    if (n < 0) {
      if (!nullable) this.fail('invalid', field, 'non-nullable string was serialized as null')
      return null
    }
    return this.utf8(n, field)
  }

  private blob(n: number, copy: boolean, field: string): Uint8Array {
    if (n > this.limits.bytesLengthMax) {
      this.fail('limit', field, `${n} bytes exceed bytesLengthMax ${this.limits.bytesLengthMax}`)
    }
    const at = this.need(n, field)
    return copy ? this.bytes.slice(at, at + n) : this.bytes.subarray(at, at + n)
  }

  /** BYTES; `copy` false returns a view into the input (Kafka's zeroCopy fields). */
  bytesField(compact: boolean, copy: boolean, field: string): Uint8Array {
    const n = this.lengthPrefix(compact, true, field)
    if (n < 0) this.fail('invalid', field, 'non-nullable bytes were serialized as null')
    return this.blob(n, copy, field)
  }

  nullableBytes(compact: boolean, nullable: boolean, copy: boolean, field: string): Uint8Array | null {
    const n = this.lengthPrefix(compact, true, field)
    if (n < 0) {
      if (!nullable) this.fail('invalid', field, 'non-nullable bytes were serialized as null')
      return null
    }
    return this.blob(n, copy, field)
  }

  /** RECORDS: always a view into the input, never a copy; a record batch is parsed elsewhere. */
  records(compact: boolean, nullable: boolean, field: string): Uint8Array | null {
    return this.nullableBytes(compact, nullable, false, field)
  }

  /** Array count, -1 for null. The count is checked against the bytes left, as Kafka does. */
  arrayLength(compact: boolean, nullable: boolean, field: string): number {
    const n = this.lengthPrefix(compact, true, field)
    if (n < 0) {
      if (!nullable) this.fail('invalid', field, 'non-nullable array was serialized as null')
      return -1
    }
    if (n > this.limits.arrayLengthMax) {
      this.fail('limit', field, `array of ${n} elements exceeds arrayLengthMax ${this.limits.arrayLengthMax}`)
    }
    if (n > this.end - this.pos) {
      this.fail('truncated', field, `array of ${n} elements but only ${this.end - this.pos} bytes left`)
    }
    return n
  }

  /** Count of a TAGGED_FIELDS section; every tagged field takes at least 2 bytes. */
  taggedFieldCount(field: string): number {
    const n = this.uvarint(field)
    if (n * 2 > this.end - this.pos) {
      this.fail('truncated', field, `${n} tagged fields but only ${this.end - this.pos} bytes left`)
    }
    return n
  }

  /**
   * Reads a tagged field's size, narrows `end` to the field and returns the previous `end`, to be
   * passed to `leaveTaggedField` once the field's value has been read.
   */
  enterTaggedField(field: string): number {
    const size = this.uvarint(field)
    const outerEnd = this.end
    if (size > outerEnd - this.pos) {
      this.fail('truncated', field, `tagged field of ${size} bytes but only ${outerEnd - this.pos} left`)
    }
    this.end = this.pos + size
    return outerEnd
  }

  leaveTaggedField(outerEnd: number, field: string): void {
    if (this.pos !== this.end) {
      this.fail('invalid', field, `tagged field value left ${this.end - this.pos} of its bytes unread`)
    }
    this.end = outerEnd
  }

  /** The rest of the current tagged field, kept (copied) as an unknown tagged field. */
  unknownTaggedField(list: TaggedField[] | undefined, tag: number): TaggedField[] {
    const data = this.bytes.slice(this.pos, this.end)
    this.pos = this.end
    const out = list ?? []
    out.push({ tag, data })
    return out
  }

  /** A whole TAGGED_FIELDS section of a struct that declares no tagged fields. */
  taggedFields(field: string): TaggedField[] | undefined {
    let list: TaggedField[] | undefined
    for (let n = this.taggedFieldCount(field); n > 0; n--) {
      const tag = this.uvarint(field)
      const outerEnd = this.enterTaggedField(field)
      list = this.unknownTaggedField(list, tag)
      this.end = outerEnd
    }
    return list
  }
}
