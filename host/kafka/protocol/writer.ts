// Writer: encoding of Kafka wire primitives into a growable buffer (grammar of each primitive in
// reader.ts). Values are checked before they are written (an int32 field holding 2**31 or undefined is
// a KafkaProtocolError naming the field, not a silently wrapped number).
//
// Large byte blobs (records) are not copied: once a blob of at least `externalBytesMin` bytes is
// written, the bytes so far become one chunk, the blob another, and `chunks()` hands the list to a
// vectored socket write. `finish()` concatenates when one contiguous Uint8Array is wanted.

import { KafkaProtocolError, type KafkaProtocolErrorCode } from './errors.js'
import type { TaggedField } from './reader.js'

export interface WriterOptions {
  /** Size of the first buffer; it doubles when full. */
  readonly initialBytes?: number
  /** Blobs at least this large are referenced as their own chunk instead of copied. */
  readonly externalBytesMin?: number
}

/** Kafka refuses to serialize strings longer than this (the INT16 length of STRING). */
export const STRING_BYTES_MAX = 0x7fff

const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const UTF8 = new TextEncoder()

/** UTF-8 byte length of a JS string (lone surrogates count 3 bytes, as TextEncoder writes U+FFFD). */
export function utf8ByteLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

export function uvarintByteLength(value: number): number {
  let n = 1
  while (value >= 0x80) {
    value = Math.floor(value / 128)
    n++
  }
  return n
}

export class Writer {
  private buf: Uint8Array
  private view: DataView
  private pos = 0
  /** Start, in `buf`, of the bytes not yet moved into `done`. */
  private segmentStart = 0
  private readonly done: Uint8Array[] = []
  private doneBytes = 0
  /** Open size-prefixed sections (tagged fields): blobs must be copied while any is open. */
  private sizedDepth = 0
  private readonly externalBytesMin: number
  messageName = ''
  version = -1

  constructor(options: WriterOptions = {}) {
    this.buf = new Uint8Array(options.initialBytes ?? 1024)
    this.view = new DataView(this.buf.buffer)
    this.externalBytesMin = options.externalBytesMin ?? 16 * 1024
  }

  /** Bytes written so far. */
  get length(): number {
    return this.doneBytes + this.pos - this.segmentStart
  }

  /** Called by every generated encoder: records the context and rejects versions it does not know. */
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

  /** The field does not exist in this version and holds a value other than its default. */
  notInVersion(field: string): never {
    return this.fail('unencodable', field, 'holds a non-default value but does not exist in this version (and is not ignorable)')
  }

  /** The message was written as a list of chunks (views, not copies), for a vectored write. */
  chunks(): Uint8Array[] {
    const out = this.done.slice()
    if (this.pos > this.segmentStart) out.push(this.buf.subarray(this.segmentStart, this.pos))
    return out
  }

  /** The message as one contiguous array (a view when nothing was written as a separate chunk). */
  finish(): Uint8Array {
    if (this.done.length === 0) return this.buf.subarray(this.segmentStart, this.pos)
    const out = new Uint8Array(this.length)
    let at = 0
    for (const c of this.chunks()) {
      out.set(c, at)
      at += c.byteLength
    }
    return out
  }

  /** Forgets everything written; the buffer is kept for reuse (views returned earlier become invalid). */
  reset(): void {
    this.pos = 0
    this.segmentStart = 0
    this.done.length = 0
    this.doneBytes = 0
    this.sizedDepth = 0
  }

  private ensure(byteCount: number): void {
    if (this.pos + byteCount <= this.buf.byteLength) return
    let size = this.buf.byteLength * 2
    while (size < this.pos + byteCount) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(this.segmentStart, this.pos), this.segmentStart)
    // Chunks already in `done` keep referencing the old buffer, whose bytes never change.
    this.buf = next
    this.view = new DataView(next.buffer)
  }

  int8(v: number, field: string): void {
    if (v !== ((v << 24) >> 24)) this.fail('unencodable', field, `${v} is not an int8`)
    this.ensure(1)
    this.view.setInt8(this.pos, v)
    this.pos += 1
  }
  int16(v: number, field: string): void {
    if (v !== ((v << 16) >> 16)) this.fail('unencodable', field, `${v} is not an int16`)
    this.ensure(2)
    this.view.setInt16(this.pos, v)
    this.pos += 2
  }
  uint16(v: number, field: string): void {
    if (v !== (v & 0xffff)) this.fail('unencodable', field, `${v} is not a uint16`)
    this.ensure(2)
    this.view.setUint16(this.pos, v)
    this.pos += 2
  }
  int32(v: number, field: string): void {
    if (v !== (v | 0)) this.fail('unencodable', field, `${v} is not an int32`)
    this.ensure(4)
    this.view.setInt32(this.pos, v)
    this.pos += 4
  }
  uint32(v: number, field: string): void {
    if (v !== v >>> 0) this.fail('unencodable', field, `${v} is not a uint32`)
    this.ensure(4)
    this.view.setUint32(this.pos, v)
    this.pos += 4
  }
  int64(v: bigint, field: string): void {
    if (typeof v !== 'bigint' || v !== BigInt.asIntN(64, v)) this.fail('unencodable', field, `${String(v)} is not an int64 bigint`)
    this.ensure(8)
    this.view.setBigInt64(this.pos, v)
    this.pos += 8
  }
  float64(v: number, field: string): void {
    if (typeof v !== 'number') this.fail('unencodable', field, `${String(v)} is not a number`)
    this.ensure(8)
    this.view.setFloat64(this.pos, v)
    this.pos += 8
  }
  bool(v: boolean, field: string): void {
    if (typeof v !== 'boolean') this.fail('unencodable', field, `${String(v)} is not a boolean`)
    this.ensure(1)
    this.buf[this.pos++] = v ? 1 : 0
  }

  uuid(v: string, field: string): void {
    if (typeof v !== 'string' || !UUID_PATTERN.test(v)) this.fail('unencodable', field, `${String(v)} is not a UUID`)
    this.ensure(16)
    let at = this.pos
    for (let i = 0; i < 36; i += 2) {
      if (v.charCodeAt(i) === 45 /* - */) i++
      this.buf[at++] = parseInt(v.substring(i, i + 2), 16)
    }
    this.pos = at
  }

  uvarint(v: number, field = ''): void {
    if (!(Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) this.fail('unencodable', field, `${v} is not an unsigned 32-bit varint`)
    this.ensure(5)
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80
      v = Math.floor(v / 128)
    }
    this.buf[this.pos++] = v
  }

  varint(v: number, field = ''): void {
    if (v !== (v | 0)) this.fail('unencodable', field, `${v} is not an int32`)
    this.uvarint(((v << 1) ^ (v >> 31)) >>> 0, field)
  }

  varlong(v: bigint, field = ''): void {
    if (typeof v !== 'bigint' || v !== BigInt.asIntN(64, v)) this.fail('unencodable', field, `${String(v)} is not an int64 bigint`)
    let u = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n))
    this.ensure(10)
    while (u >= 0x80n) {
      this.buf[this.pos++] = Number(u & 0x7fn) | 0x80
      u >>= 7n
    }
    this.buf[this.pos++] = Number(u)
  }

  /** Length prefix of a string/bytes/records/array; -1 writes null. */
  private lengthPrefix(n: number, compact: boolean, wide: boolean, field: string): void {
    if (compact) this.uvarint(n + 1, field)
    else if (wide) this.int32(n, field)
    else this.int16(n, field)
  }

  private utf8(v: string, compact: boolean, field: string): void {
    if (typeof v !== 'string') this.fail('unencodable', field, `${String(v)} is not a string`)
    const n = utf8ByteLength(v)
    if (n > STRING_BYTES_MAX) this.fail('unencodable', field, `string of ${n} bytes is longer than ${STRING_BYTES_MAX}`)
    this.lengthPrefix(n, compact, false, field)
    this.ensure(n)
    if (n === v.length) {
      const b = this.buf
      let at = this.pos
      for (let i = 0; i < n; i++) b[at++] = v.charCodeAt(i)
    } else {
      UTF8.encodeInto(v, this.buf.subarray(this.pos, this.pos + n))
    }
    this.pos += n
  }

  string(v: string, compact: boolean, field: string): void {
    if (v === null) this.fail('unencodable', field, 'is null but not nullable')
    this.utf8(v, compact, field)
  }

  nullableString(v: string | null, compact: boolean, nullable: boolean, field: string): void {
    if (v === null) {
      if (!nullable) this.fail('unencodable', field, 'is null but not nullable in this version')
      this.lengthPrefix(-1, compact, false, field)
    } else this.utf8(v, compact, field)
  }

  /** Raw bytes with no length prefix; large ones become their own chunk instead of being copied. */
  raw(v: Uint8Array): void {
    const n = v.byteLength
    if (n >= this.externalBytesMin && this.sizedDepth === 0) {
      if (this.pos > this.segmentStart) {
        this.done.push(this.buf.subarray(this.segmentStart, this.pos))
        this.doneBytes += this.pos - this.segmentStart
      }
      this.done.push(v)
      this.doneBytes += n
      this.segmentStart = this.pos
      return
    }
    this.ensure(n)
    this.buf.set(v, this.pos)
    this.pos += n
  }

  private blob(v: Uint8Array, compact: boolean, field: string): void {
    if (!(v instanceof Uint8Array)) this.fail('unencodable', field, `${String(v)} is not a Uint8Array`)
    this.lengthPrefix(v.byteLength, compact, true, field)
    this.raw(v)
  }

  bytesField(v: Uint8Array, compact: boolean, field: string): void {
    if (v === null) this.fail('unencodable', field, 'is null but not nullable')
    this.blob(v, compact, field)
  }

  nullableBytes(v: Uint8Array | null, compact: boolean, nullable: boolean, field: string): void {
    if (v === null) {
      if (!nullable) this.fail('unencodable', field, 'is null but not nullable in this version')
      this.lengthPrefix(-1, compact, true, field)
    } else this.blob(v, compact, field)
  }

  records(v: Uint8Array | null, compact: boolean, nullable: boolean, field: string): void {
    this.nullableBytes(v, compact, nullable, field)
  }

  /** Array count; null (when allowed) writes -1 / 0. */
  arrayLength(v: readonly unknown[] | null, compact: boolean, nullable: boolean, field: string): void {
    if (v === null) {
      if (!nullable) this.fail('unencodable', field, 'is null but not nullable in this version')
      this.lengthPrefix(-1, compact, true, field)
    } else {
      if (!Array.isArray(v)) this.fail('unencodable', field, `${String(v)} is not an array`)
      this.lengthPrefix(v.length, compact, true, field)
    }
  }

  /** Opens a section whose UNSIGNED_VARINT byte size is written in front of it by `endSized`. */
  beginSized(): number {
    this.sizedDepth++
    return this.pos
  }

  endSized(start: number): void {
    this.sizedDepth--
    const size = this.pos - start
    const prefix = uvarintByteLength(size)
    this.ensure(prefix)
    this.buf.copyWithin(start + prefix, start, this.pos)
    let at = start
    let rest = size
    while (rest >= 0x80) {
      this.buf[at++] = (rest & 0x7f) | 0x80
      rest = Math.floor(rest / 128)
    }
    this.buf[at] = rest
    this.pos += prefix
  }

  /** Writes unknown tagged fields from `list[from]` on whose tag is below `tagLimit`; returns the next index. */
  rawTaggedFields(list: readonly TaggedField[] | undefined, from: number, tagLimit: number, field: string): number {
    if (list === undefined) return from
    let i = from
    for (; i < list.length && list[i].tag < tagLimit; i++) {
      const t = list[i]
      this.uvarint(t.tag, field)
      this.uvarint(t.data.byteLength, field)
      this.ensure(t.data.byteLength)
      this.buf.set(t.data, this.pos)
      this.pos += t.data.byteLength
    }
    return i
  }

  /** The TAGGED_FIELDS section of a struct that declares no tagged fields of its own. */
  taggedFields(list: readonly TaggedField[] | undefined, field: string): void {
    this.uvarint(list === undefined ? 0 : list.length, field)
    this.rawTaggedFields(list, 0, Infinity, field)
  }

  /** A non-flexible version has no place for tagged fields: refuse rather than drop them silently. */
  noTaggedFields(list: readonly TaggedField[] | undefined, field: string): void {
    if (list !== undefined && list.length > 0) {
      this.fail('unencodable', field, 'has unknown tagged fields but this version is not flexible')
    }
  }
}
