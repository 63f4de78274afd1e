// Shared helpers for the generated message codecs in ./generated/: arrays, nullable structs, default
// checks and the element readers/writers for arrays of primitives. Kept here so that ~90 generated
// APIs reference one copy each instead of inlining loops.

import type { Reader, TaggedField } from './reader.js'
import type { Writer } from './writer.js'


/**
 * What an encoder accepts: the message type with every field optional, at every depth. A missing
 * field is written as its default (Kafka's defaults from the JSON), so a caller only sets what it means.
 */
export type MessageInit<T> = T extends Uint8Array
  ? T
  : T extends string | number | bigint | boolean | null | undefined
    ? T
    : T extends readonly (infer E)[]
      ? readonly MessageInit<E>[]
      : { readonly [K in keyof T]?: K extends 'unknownTaggedFields' ? T[K] : MessageInit<T[K]> }

/** Reads one array element; `compact` is whether the message version is flexible. */
export type ElementReader<T> = (r: Reader, version: number, compact: boolean, field: string) => T
export type ElementWriter<T> = (w: Writer, value: T, version: number, compact: boolean, field: string) => void

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000'
export const EMPTY_BYTES = new Uint8Array(0)
/** Shared default for arrays the caller did not set (never mutated: encoders only read it). */
export const EMPTY_ARRAY: readonly never[] = Object.freeze([])

export function readArray<T>(r: Reader, compact: boolean, version: number, read: ElementReader<T>, field: string): T[] {
  const n = r.arrayLength(compact, false, field)
  const out: T[] = []
  for (let i = 0; i < n; i++) out.push(read(r, version, compact, field))
  return out
}

export function readNullableArray<T>(
  r: Reader,
  compact: boolean,
  nullable: boolean,
  version: number,
  read: ElementReader<T>,
  field: string,
): T[] | null {
  const n = r.arrayLength(compact, nullable, field)
  if (n < 0) return null
  const out: T[] = []
  for (let i = 0; i < n; i++) out.push(read(r, version, compact, field))
  return out
}

export function writeArray<T>(
  w: Writer,
  items: readonly T[] | null,
  compact: boolean,
  nullable: boolean,
  version: number,
  write: ElementWriter<T>,
  field: string,
): void {
  w.arrayLength(items, compact, nullable, field)
  if (items === null) return
  for (let i = 0; i < items.length; i++) write(w, items[i], version, compact, field)
}

/** A nullable struct outside tagged fields: INT8 -1 for null, 1 then the struct otherwise. */
export function readNullableStruct<T>(
  r: Reader,
  nullable: boolean,
  version: number,
  read: (r: Reader, version: number) => T,
  field: string,
): T | null {
  if (nullable && r.int8(field) < 0) return null
  return read(r, version)
}

export function writeNullableStruct<T>(
  w: Writer,
  value: T | null,
  nullable: boolean,
  version: number,
  write: (w: Writer, value: T, version: number) => void,
  field: string,
): void {
  if (value === null) {
    if (!nullable) w.fail('unencodable', field, 'is null but not nullable in this version')
    w.int8(-1, field)
    return
  }
  if (nullable) w.int8(1, field)
  write(w, value, version)
}

/** A nullable struct inside a tagged field: UNSIGNED_VARINT 0 for null, 1 then the struct otherwise. */
export function readTaggedNullableStruct<T>(
  r: Reader,
  nullable: boolean,
  version: number,
  read: (r: Reader, version: number) => T,
  field: string,
): T | null {
  if (nullable && r.uvarint(field) === 0) return null
  return read(r, version)
}

export function writeTaggedNullableStruct<T>(
  w: Writer,
  value: T | null,
  nullable: boolean,
  version: number,
  write: (w: Writer, value: T, version: number) => void,
  field: string,
): void {
  if (value === null) {
    if (!nullable) w.fail('unencodable', field, 'is null but not nullable in this version')
    w.uvarint(0, field)
    return
  }
  if (nullable) w.uvarint(1, field)
  write(w, value, version)
}

/** Whether a string/bytes/array value (undefined meaning "not set") differs from an empty default. */
export function nonEmpty(v: { readonly length: number } | null | undefined): boolean {
  return v !== undefined && (v === null || v.length !== 0)
}

/**
 * Whether `value` (possibly partial) equals the struct default `dflt`: every set field equals the
 * default, arrays and bytes compare by emptiness/nullness, nested structs recursively. Used only on the
 * rare paths (a struct field outside its versions, a tagged struct), so it may allocate.
 */
export function isDefaultStruct(value: unknown, dflt: unknown): boolean {
  if (value === undefined) return true
  if (value === null || dflt === null) return value === dflt
  if (typeof value !== 'object' || typeof dflt !== 'object') return value === dflt
  const v = value as Record<string, unknown>
  const d = dflt as Record<string, unknown>
  for (const key of Object.keys(v)) {
    if (key === 'unknownTaggedFields') {
      const u = v[key] as readonly TaggedField[] | undefined
      if (u !== undefined && u.length > 0) return false
      continue
    }
    const x = v[key]
    if (x === undefined) continue
    const y = d[key]
    if (Array.isArray(y) || y instanceof Uint8Array) {
      if (x === null || (x as { length: number }).length !== 0) return false
    } else if (y !== null && typeof y === 'object') {
      if (!isDefaultStruct(x, y)) return false
    } else if (x !== y) return false
  }
  return true
}

// Element readers and writers for arrays of primitives ([]int32, []string, []uuid, ...).
export const readInt8Element: ElementReader<number> = (r, _v, _c, f) => r.int8(f)
export const readInt16Element: ElementReader<number> = (r, _v, _c, f) => r.int16(f)
export const readUint16Element: ElementReader<number> = (r, _v, _c, f) => r.uint16(f)
export const readInt32Element: ElementReader<number> = (r, _v, _c, f) => r.int32(f)
export const readUint32Element: ElementReader<number> = (r, _v, _c, f) => r.uint32(f)
export const readInt64Element: ElementReader<bigint> = (r, _v, _c, f) => r.int64(f)
export const readFloat64Element: ElementReader<number> = (r, _v, _c, f) => r.float64(f)
export const readBoolElement: ElementReader<boolean> = (r, _v, _c, f) => r.bool(f)
export const readUuidElement: ElementReader<string> = (r, _v, _c, f) => r.uuid(f)
export const readStringElement: ElementReader<string> = (r, _v, c, f) => r.string(c, f)
export const readBytesElement: ElementReader<Uint8Array> = (r, _v, c, f) => r.bytesField(c, true, f)

export const writeInt8Element: ElementWriter<number> = (w, x, _v, _c, f) => w.int8(x, f)
export const writeInt16Element: ElementWriter<number> = (w, x, _v, _c, f) => w.int16(x, f)
export const writeUint16Element: ElementWriter<number> = (w, x, _v, _c, f) => w.uint16(x, f)
export const writeInt32Element: ElementWriter<number> = (w, x, _v, _c, f) => w.int32(x, f)
export const writeUint32Element: ElementWriter<number> = (w, x, _v, _c, f) => w.uint32(x, f)
export const writeInt64Element: ElementWriter<bigint> = (w, x, _v, _c, f) => w.int64(x, f)
export const writeFloat64Element: ElementWriter<number> = (w, x, _v, _c, f) => w.float64(x, f)
export const writeBoolElement: ElementWriter<boolean> = (w, x, _v, _c, f) => w.bool(x, f)
export const writeUuidElement: ElementWriter<string> = (w, x, _v, _c, f) => w.uuid(x, f)
export const writeStringElement: ElementWriter<string> = (w, x, _v, c, f) => w.string(x, c, f)
export const writeBytesElement: ElementWriter<Uint8Array> = (w, x, _v, c, f) => w.bytesField(x, c, f)
