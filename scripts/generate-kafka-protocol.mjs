#!/usr/bin/env node
// Generates the Kafka wire-protocol codec (host/kafka/protocol/generated/) from Apache Kafka's own
// message definitions (the JSON files of clients/src/main/resources/common/message/).
//
// Usage: node scripts/generate-kafka-protocol.mjs [--messages DIR] [--out DIR] [--check]
//   --messages DIR  the definitions (default: $KAFKA_MESSAGES_DIR, else ../shared/kafka-messages beside the repo)
//   --out DIR       where to write (default: host/kafka/protocol/generated)
//   --check         write nothing; exit 1 if any generated file is missing or differs (for CI)
//
// The semantics follow Kafka's own generator (generator/src/main/java/org/apache/kafka/message/
// MessageDataGenerator.java): a field exists in `versions`; within those it is written in the tagged
// section in `taggedVersions` and inline otherwise; a field outside its versions is written only if it
// holds its default, else the encoder throws unless the field is `ignorable`; flexible versions use
// compact lengths and end every struct with a tagged-field section; tagged fields are written only when
// they differ from their default, in ascending tag order; non-tagged nullable structs carry an INT8
// presence marker. Plain Node, no dependencies.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const VERSION_MAX = 0x7fff

// ---------------------------------------------------------------------------------------------------
// Reading the definitions

/** Removes `//` comments outside string literals (the files are JSON with line comments). */
export function stripJsonComments(text) {
  let out = ''
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      out += c
      if (c === '\\') out += text[++i]
      else if (c === '"') inString = false
    } else if (c === '"') {
      inString = true
      out += c
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++
      out += '\n'
    } else out += c
  }
  return out
}

/** "3+" -> {lo: 3, hi: 32767}; "0-11" -> {lo: 0, hi: 11}; "5" -> {lo: 5, hi: 5}; "none"/undefined -> null. */
export function parseVersions(s) {
  if (s === undefined || s === null || s === 'none' || s === '') return null
  const str = String(s).trim()
  let m = /^(\d+)\+$/.exec(str)
  if (m) return { lo: Number(m[1]), hi: VERSION_MAX }
  m = /^(\d+)-(\d+)$/.exec(str)
  if (m) return { lo: Number(m[1]), hi: Number(m[2]) }
  m = /^(\d+)$/.exec(str)
  if (m) return { lo: Number(m[1]), hi: Number(m[1]) }
  throw new Error(`bad version range ${JSON.stringify(s)}`)
}

export function intersect(a, b) {
  if (!a || !b) return null
  const lo = Math.max(a.lo, b.lo)
  const hi = Math.min(a.hi, b.hi)
  return lo > hi ? null : { lo, hi }
}

function hull(a, b) {
  if (!a) return b
  if (!b) return a
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) }
}

function rangeText(r) {
  if (!r) return 'none'
  if (r.hi === VERSION_MAX) return `${r.lo}+`
  return r.lo === r.hi ? `${r.lo}` : `${r.lo}-${r.hi}`
}

export function loadDefinitions(dir) {
  if (!fs.existsSync(dir)) {
    throw new Error(`Kafka message definitions not found at ${dir}: pass --messages DIR or set KAFKA_MESSAGES_DIR`)
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  if (files.length === 0) throw new Error(`no *.json message definitions in ${dir}`)
  return files.map((file) => {
    const json = JSON.parse(stripJsonComments(fs.readFileSync(path.join(dir, file), 'utf8')))
    return { file, ...json }
  })
}

const PRIMITIVES = new Set(['bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'bytes', 'uuid', 'records'])

const camel = (name) => name[0].toLowerCase() + name.slice(1)
const snake = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
const kebab = (name) => snake(name).replace(/_/g, '-')

// ---------------------------------------------------------------------------------------------------
// Model: a message is a tree of structs; each struct knows the version range it can be reached in.

/**
 * Builds the struct model of one message: structs (top-level first) with resolved field types, each
 * struct's reachable version range, and TypeScript names (prefixed by the message name unless the
 * Kafka name already starts with it, so that names are unique across all generated files).
 */
export function buildMessageModel(def) {
  const valid = parseVersions(def.validVersions)
  if (!valid) throw new Error(`${def.name}: no validVersions`)
  const flexible = parseVersions(def.flexibleVersions)
  const structs = new Map()
  const tsNameOf = (kafkaName) => (kafkaName.startsWith(def.name) ? kafkaName : def.name + kafkaName)

  const addStruct = (kafkaName, fields, common) => {
    if (structs.has(kafkaName)) {
      if (fields) throw new Error(`${def.name}: struct ${kafkaName} defined twice`)
      return
    }
    const s = { kafkaName, tsName: kafkaName === def.name ? def.name : tsNameOf(kafkaName), rawFields: fields, common, range: null, fields: [] }
    structs.set(kafkaName, s)
    for (const f of fields) {
      const t = f.type.startsWith('[]') ? f.type.slice(2) : f.type
      if (!PRIMITIVES.has(t) && f.fields) addStruct(t, f.fields, false)
    }
  }
  addStruct(def.name, def.fields ?? [], false)
  for (const c of def.commonStructs ?? []) addStruct(c.name, c.fields, true)

  for (const s of structs.values()) {
    s.fields = s.rawFields.map((f) => resolveField(def, s, f, structs))
  }

  // Reachable version ranges, to a fixpoint (common structs may be reached from several places).
  const top = structs.get(def.name)
  top.range = valid
  for (let changed = true; changed; ) {
    changed = false
    for (const s of structs.values()) {
      if (!s.range) continue
      for (const f of s.fields) {
        const child = f.type.kind === 'struct' ? f.type.struct : f.type.kind === 'array' && f.type.elem.kind === 'struct' ? f.type.elem.struct : null
        if (!child) continue
        const reach = intersect(s.range, f.versions)
        const next = hull(child.range, reach)
        if (next && (!child.range || next.lo !== child.range.lo || next.hi !== child.range.hi)) {
          child.range = next
          changed = true
        }
      }
    }
  }
  for (const s of structs.values()) if (!s.range) s.range = valid // unreferenced common struct

  // Structs used as a plain (non-array) field need a default value: Kafka's `new Struct()`.
  const needDefault = new Set()
  const markDefault = (s) => {
    if (needDefault.has(s)) return
    needDefault.add(s)
    for (const f of s.fields) if (f.type.kind === 'struct' && f.default !== null) markDefault(f.type.struct)
  }
  for (const s of structs.values()) for (const f of s.fields) if (f.type.kind === 'struct') markDefault(f.type.struct)

  return { def, valid, flexible, structs: [...structs.values()], top, needDefault }
}

function resolveType(def, typeStr, structs) {
  if (typeStr.startsWith('[]')) return { kind: 'array', elem: resolveType(def, typeStr.slice(2), structs) }
  if (PRIMITIVES.has(typeStr)) return { kind: 'prim', prim: typeStr }
  const struct = structs.get(typeStr)
  if (!struct) throw new Error(`${def.name}: unknown type ${typeStr}`)
  return { kind: 'struct', struct }
}

function resolveField(def, s, f, structs) {
  const versions = parseVersions(f.versions)
  const type = resolveType(def, f.type, structs)
  const taggedVersions = f.tag !== undefined ? intersect(parseVersions(f.taggedVersions), versions) : null
  if (f.tag !== undefined && f.taggedVersions === undefined) throw new Error(`${def.name}.${f.name}: tag without taggedVersions`)
  if (taggedVersions && versions && taggedVersions.hi < versions.hi) {
    throw new Error(`${def.name}.${f.name}: taggedVersions must run to the end of versions`)
  }
  let mandatory = versions
  if (taggedVersions) mandatory = taggedVersions.lo <= versions.lo ? null : { lo: versions.lo, hi: taggedVersions.lo - 1 }
  const nullable = intersect(parseVersions(f.nullableVersions), versions)
  if (nullable && type.kind === 'prim' && !['string', 'bytes', 'records'].includes(type.prim)) {
    throw new Error(`${def.name}.${f.name}: type ${f.type} cannot be nullable`)
  }
  if (type.kind === 'array' && type.elem.kind === 'array') throw new Error(`${def.name}.${f.name}: nested arrays`)
  if (type.kind === 'prim' && type.prim === 'records' && taggedVersions) throw new Error(`${def.name}.${f.name}: tagged records`)
  return {
    name: f.name,
    camel: camel(f.name),
    snake: snake(f.name),
    path: s.kafkaName === def.name ? f.name : `${s.kafkaName}.${f.name}`,
    about: f.about ?? '',
    typeString: f.type,
    type,
    versions,
    mandatory,
    taggedVersions,
    tag: f.tag,
    nullable,
    ignorable: f.ignorable === true,
    zeroCopy: f.zeroCopy === true,
    flexibleOverride: f.flexibleVersions !== undefined ? parseVersions(f.flexibleVersions) : undefined,
    rawDefault: f.default,
    default: parseDefault(def, f, type),
  }
}

/** The default as a JS value description: {kind, js} where js is the literal to emit; null for null. */
function parseDefault(def, f, type) {
  const d = f.default
  const isNull = d === 'null'
  if (isNull && !f.nullableVersions) throw new Error(`${def.name}.${f.name}: default null on a non-nullable field`)
  if (type.kind === 'array') return isNull ? null : { js: 'EMPTY_ARRAY', empty: true }
  if (type.kind === 'struct') return isNull ? null : { js: `default${type.struct.tsName}()`, struct: true }
  switch (type.prim) {
    case 'bool':
      return { js: String(d === true || d === 'true') }
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32': {
      const n = d === undefined ? 0 : Number(d)
      if (!Number.isInteger(n)) throw new Error(`${def.name}.${f.name}: bad default ${d}`)
      return { js: String(n) }
    }
    case 'int64':
      return { js: `${d === undefined ? 0n : BigInt(d)}n` }
    case 'float64':
      return { js: String(d === undefined ? 0 : Number(d)) }
    case 'uuid':
      if (d !== undefined) throw new Error(`${def.name}.${f.name}: uuid defaults are not supported`)
      return { js: 'ZERO_UUID' }
    case 'string':
      return isNull ? null : { js: JSON.stringify(d ?? '') }
    case 'bytes':
    case 'records':
      return isNull || (type.prim === 'records' && f.nullableVersions) ? null : { js: 'EMPTY_BYTES', empty: true }
  }
  throw new Error(`${def.name}.${f.name}: no default for ${f.type}`)
}

// ---------------------------------------------------------------------------------------------------
// Code generation

/** JS condition for "version v is in `set`", simplified for v known to lie within `ctx`. */
function cond(set, ctx) {
  const i = intersect(set, ctx)
  if (!i) return 'false'
  if (i.lo === ctx.lo && i.hi === ctx.hi) return 'true'
  if (i.lo === i.hi) return `v === ${i.lo}`
  if (i.lo === ctx.lo) return `v <= ${i.hi}`
  if (i.hi === ctx.hi) return `v >= ${i.lo}`
  return `(v >= ${i.lo} && v <= ${i.hi})`
}

const PRIM_TS = {
  bool: 'boolean', int8: 'number', int16: 'number', uint16: 'number', int32: 'number', uint32: 'number',
  int64: 'bigint', float64: 'number', string: 'string', bytes: 'Uint8Array', records: 'Uint8Array', uuid: 'string',
}
const PRIM_RW = {
  bool: 'Bool', int8: 'Int8', int16: 'Int16', uint16: 'Uint16', int32: 'Int32', uint32: 'Uint32',
  int64: 'Int64', float64: 'Float64', uuid: 'Uuid', string: 'String', bytes: 'Bytes',
}
const PRIM_METHOD = {
  bool: 'bool', int8: 'int8', int16: 'int16', uint16: 'uint16', int32: 'int32', uint32: 'uint32',
  int64: 'int64', float64: 'float64', uuid: 'uuid',
}

function tsType(f) {
  const base = (t) => (t.kind === 'prim' ? PRIM_TS[t.prim] : t.kind === 'struct' ? t.struct.tsName : `${base(t.elem)}[]`)
  return base(f.type) + (f.nullable ? ' | null' : '')
}

/** Kafka protocol-guide type names, for the grammar comments. */
function guideType(t, flex, nullable) {
  const c = flex ? 'COMPACT_' : ''
  const n = nullable ? 'NULLABLE_' : ''
  switch (t.prim) {
    case 'bool': return 'BOOLEAN'
    case 'string': return `${c}${n}STRING`
    case 'bytes': return `${c}${n}BYTES`
    case 'records': return `${c}RECORDS`
    default: return t.prim.toUpperCase()
  }
}

class Emitter {
  constructor() {
    this.lines = []
    this.indent = 0
  }
  line(s = '') {
    this.lines.push(s === '' ? '' : '  '.repeat(this.indent) + s)
  }
  block(head, body, tail = '}') {
    this.line(head)
    this.indent++
    body()
    this.indent--
    this.line(tail)
  }
}

/** Per-version grammar lines in the protocol guide's notation, for one struct (recursively). */
function grammar(struct, v, flex, depth, out, title) {
  const present = struct.fields.filter((f) => f.versions && v >= f.versions.lo && v <= f.versions.hi)
  const inline = present.filter((f) => !(f.taggedVersions && v >= f.taggedVersions.lo))
  const tagged = present.filter((f) => f.taggedVersions && v >= f.taggedVersions.lo).sort((a, b) => a.tag - b.tag)
  const names = inline.map((f) => (f.type.kind === 'array' ? `[${f.snake}]` : f.snake))
  if (flex) names.push(tagged.length ? `_tagged_fields{${tagged.map((f) => `${f.tag}:${f.snake}`).join(',')}}` : '_tagged_fields')
  out.push(`${'  '.repeat(depth)}${title} =>${names.length ? ' ' + names.join(' ') : ''}`)
  for (const f of [...inline, ...tagged]) {
    const fflex = f.flexibleOverride !== undefined ? !!(f.flexibleOverride && v >= f.flexibleOverride.lo) : flex
    const nullable = !!(f.nullable && v >= f.nullable.lo && v <= f.nullable.hi)
    const t = f.type.kind === 'array' ? f.type.elem : f.type
    if (t.kind === 'struct') grammar(t.struct, v, flex, depth + 1, out, f.snake)
    else out.push(`${'  '.repeat(depth + 1)}${f.snake} => ${guideType(t, fflex, f.type.kind === 'prim' && nullable)}`)
  }
}

function grammarComment(model, em, title) {
  const { valid, flexible, top } = model
  const groups = []
  for (let v = valid.lo; v <= valid.hi; v++) {
    const flex = !!(flexible && v >= flexible.lo)
    const lines = []
    grammar(top, v, flex, 0, lines, title)
    const text = lines.join('\n')
    const last = groups[groups.length - 1]
    if (last && last.text === text) last.hi = v
    else groups.push({ lo: v, hi: v, text })
  }
  em.line('/*')
  for (const g of groups) {
    const [first, ...rest] = g.text.split('\n')
    const label = g.lo === g.hi ? `Version: ${g.lo}` : `Versions: ${g.lo}-${g.hi}`
    em.line(` * ${first.replace(/ =>/, ` (${label}) =>`)}`)
    for (const l of rest) em.line(` * ${l}`)
  }
  em.line(' */')
}

function fieldDoc(f) {
  const parts = [`versions ${rangeText(f.versions)}`]
  if (f.nullable) parts.push(`nullable ${rangeText(f.nullable)}`)
  if (f.taggedVersions) parts.push(`tag ${f.tag} in ${rangeText(f.taggedVersions)}`)
  if (f.ignorable) parts.push('ignorable')
  if (f.rawDefault !== undefined) parts.push(`default ${f.rawDefault}`)
  if (f.flexibleOverride !== undefined) parts.push(`flexible ${rangeText(f.flexibleOverride)}`)
  const about = f.about.replace(/\*\//g, '* /').trim()
  return `/** ${about}${about ? ' ' : ''}(${parts.join(', ')}) */`
}

function elementName(t, dir) {
  if (t.kind === 'struct') return `${dir}${t.struct.tsName}`
  if (t.prim === 'records') throw new Error('arrays of records are not supported')
  return `${dir}${PRIM_RW[t.prim]}Element`
}

/** Expression decoding field `f` inline (tagged=false) or as a tagged field value (tagged=true). */
function readExpr(f, C, N, tagged) {
  const P = JSON.stringify(f.path)
  const t = f.type
  if (t.kind === 'prim') {
    switch (t.prim) {
      case 'string': return f.nullable ? `r.nullableString(${C}, ${N}, ${P})` : `r.string(${C}, ${P})`
      case 'bytes': return f.nullable ? `r.nullableBytes(${C}, ${N}, ${!f.zeroCopy}, ${P})` : `r.bytesField(${C}, ${!f.zeroCopy}, ${P})`
      case 'records': return f.nullable ? `r.records(${C}, ${N}, ${P})` : `r.bytesField(${C}, false, ${P})`
      default: return `r.${PRIM_METHOD[t.prim]}(${P})`
    }
  }
  if (t.kind === 'array') {
    const el = elementName(t.elem, 'read')
    return f.nullable ? `readNullableArray(r, ${C}, ${N}, v, ${el}, ${P})` : `readArray(r, ${C}, v, ${el}, ${P})`
  }
  const rd = `read${t.struct.tsName}`
  if (!f.nullable) return `${rd}(r, v)`
  return `${tagged ? 'readTaggedNullableStruct' : 'readNullableStruct'}(r, ${N}, v, ${rd}, ${P})`
}

/** Statement encoding value expression `x` of field `f`. */
function writeStmt(f, x, C, N, tagged) {
  const P = JSON.stringify(f.path)
  const t = f.type
  if (t.kind === 'prim') {
    switch (t.prim) {
      case 'string': return f.nullable ? `w.nullableString(${x}, ${C}, ${N}, ${P})` : `w.string(${x}, ${C}, ${P})`
      case 'bytes': return f.nullable ? `w.nullableBytes(${x}, ${C}, ${N}, ${P})` : `w.bytesField(${x}, ${C}, ${P})`
      case 'records': return f.nullable ? `w.records(${x}, ${C}, ${N}, ${P})` : `w.bytesField(${x}, ${C}, ${P})`
      default: return `w.${PRIM_METHOD[t.prim]}(${x}, ${P})`
    }
  }
  if (t.kind === 'array') return `writeArray(w, ${x}, ${C}, ${f.nullable ? N : 'false'}, v, ${elementName(t.elem, 'write')}, ${P})`
  const wr = `write${t.struct.tsName}`
  if (!f.nullable) return `${wr}(w, ${x}, v)`
  return `${tagged ? 'writeTaggedNullableStruct' : 'writeNullableStruct'}(w, ${x}, ${N}, v, ${wr}, ${P})`
}

/** `m.x` with the default substituted when the caller left it undefined. */
function valueWithDefault(f) {
  const x = `m.${f.camel}`
  const d = f.default === null ? 'null' : f.type.kind === 'struct' ? '{}' : f.default.js
  if (f.nullable && f.default !== null) return `(${x} === undefined ? ${d} : ${x})`
  return `(${x} ?? ${d})`
}

/** Condition: `m.x` holds something other than the field's default. */
function nonDefault(f) {
  const x = `m.${f.camel}`
  if (f.default === null) return `${x} != null`
  if (f.type.kind === 'struct') return `!isDefaultStruct(${x}, ${f.default.js})`
  if (f.default.empty) return `nonEmpty(${x})`
  return `${x} !== undefined && ${x} !== ${f.default.js}`
}

function defaultLiteral(f) {
  return f.default === null ? 'null' : f.default.empty && f.type.kind === 'array' ? '[]' : f.default.js
}

function emitStruct(model, s, em, used) {
  const ctx = s.range
  const flexCond = cond(model.flexible, ctx)
  const canFlex = flexCond !== 'false'
  const flexVar = flexCond === 'true' || flexCond === 'false' ? flexCond : 'flex'
  const compactOf = (f) => (f.flexibleOverride !== undefined ? cond(f.flexibleOverride, ctx) : flexVar)
  const nullOf = (f) => cond(f.nullable, ctx)
  // The tagged section is only reached in flexible versions, so its conditions are relative to those.
  const flexCtx = intersect(ctx, model.flexible)
  const tagged = flexCtx ? s.fields.filter((f) => f.taggedVersions && cond(f.taggedVersions, flexCtx) !== 'false').sort((a, b) => a.tag - b.tag) : []
  const T = JSON.stringify(`${s.kafkaName === model.def.name ? '' : s.kafkaName + '.'}_tagged_fields`)

  // Interface
  em.line(`/** ${s.kafkaName === model.def.name ? `${model.def.name} (versions ${rangeText(model.valid)}, flexible ${rangeText(model.flexible)})` : `${s.kafkaName} in ${model.def.name} (versions ${rangeText(ctx)})`} */`)
  em.block(`export interface ${s.tsName} {`, () => {
    for (const f of s.fields) {
      em.line(fieldDoc(f))
      em.line(`${f.camel}: ${tsType(f)}`)
    }
    if (canFlex) em.line('unknownTaggedFields?: TaggedField[]')
  })
  em.line()

  if (model.needDefault.has(s)) {
    em.block(`export function default${s.tsName}(): ${s.tsName} {`, () => {
      em.line(`return { ${s.fields.map((f) => `${f.camel}: ${defaultLiteral(f)}`).join(', ')} }`)
    })
    em.line()
  }

  // Decoder
  const exported = ''
  em.block(`${exported}function read${s.tsName}(r: Reader, v: number): ${s.tsName} {`, () => {
    if (flexVar === 'flex') em.line(`const flex = ${flexCond}`)
    em.line(`const o: ${s.tsName} = {`)
    em.indent++
    for (const f of s.fields) {
      const M = cond(f.mandatory, ctx)
      const e = readExpr(f, compactOf(f), nullOf(f), false)
      noteUses(used, e)
      const d = defaultLiteral(f)
      noteUses(used, d)
      em.line(`${f.camel}: ${M === 'true' ? e : M === 'false' ? d : `${M} ? ${e} : ${d}`},`)
    }
    em.indent--
    em.line('}')
    if (canFlex) {
      const body = () => {
        if (tagged.length === 0) {
          em.line(`const u = r.taggedFields(${T})`)
          em.line('if (u !== undefined) o.unknownTaggedFields = u')
          return
        }
        em.line('let u: TaggedField[] | undefined')
        em.block(`for (let n = r.taggedFieldCount(${T}); n > 0; n--) {`, () => {
          em.line(`const tag = r.uvarint(${T})`)
          em.line(`const end = r.enterTaggedField(${T})`)
          em.block('switch (tag) {', () => {
            for (const f of tagged) {
              const TC = cond(f.taggedVersions, flexCtx)
              const e = readExpr(f, 'true', cond(f.nullable, flexCtx), true)
              noteUses(used, e)
              if (TC === 'true') em.line(`case ${f.tag}: o.${f.camel} = ${e}; break`)
              else em.line(`case ${f.tag}: if (${TC}) o.${f.camel} = ${e}; else u = r.unknownTaggedField(u, tag); break`)
            }
            em.line('default: u = r.unknownTaggedField(u, tag)')
          })
          em.line(`r.leaveTaggedField(end, ${T})`)
        })
        em.line('if (u !== undefined) o.unknownTaggedFields = u')
      }
      if (flexVar === 'true') body()
      else em.block('if (flex) {', body)
    }
    em.line('return o')
  })
  em.line()

  // Encoder
  em.block(`${exported}function write${s.tsName}(w: Writer, m: MessageInit<${s.tsName}>, v: number): void {`, () => {
    if (flexVar === 'flex') em.line(`const flex = ${flexCond}`)
    for (const f of s.fields) {
      const M = cond(f.mandatory, ctx)
      const V = cond(f.versions, ctx)
      const stmt = writeStmt(f, valueWithDefault(f), compactOf(f), nullOf(f), false)
      const nd = nonDefault(f)
      const check = !f.ignorable && V !== 'true'
      if (check) noteUses(used, nd)
      if (M !== 'false') noteUses(used, stmt)
      // Outside its versions a field may only hold its default, unless it is ignorable.
      const absent = V === 'false' ? nd : `!(${V}) && ${nd}`
      if (M === 'true') em.line(stmt)
      else if (M === 'false') {
        if (check) em.line(`if (${absent}) w.notInVersion(${JSON.stringify(f.path)})`)
      } else {
        em.line(`if (${M}) ${stmt}`)
        if (check) em.line(`else if (${M === V ? nd : absent}) w.notInVersion(${JSON.stringify(f.path)})`)
      }
    }
    if (canFlex) {
      const body = () => {
        if (tagged.length === 0) {
          em.line(`w.taggedFields(m.unknownTaggedFields, ${T})`)
          return
        }
        em.line('const u = m.unknownTaggedFields')
        tagged.forEach((f, i) => {
          const TC = cond(f.taggedVersions, flexCtx)
          const nd = nonDefault(f)
          noteUses(used, nd)
          em.line(`const t${i} = ${TC === 'true' ? '' : `${TC} && `}${nd}`)
        })
        em.line(`w.uvarint((u === undefined ? 0 : u.length) + ${tagged.map((_, i) => `(t${i} ? 1 : 0)`).join(' + ')}, ${T})`)
        em.line('let i = 0')
        tagged.forEach((f, i) => {
          const stmt = writeStmt(f, valueWithDefault(f), 'true', cond(f.nullable, flexCtx), true)
          noteUses(used, stmt)
          em.block(`if (t${i}) {`, () => {
            em.line(`i = w.rawTaggedFields(u, i, ${f.tag}, ${T})`)
            em.line(`w.uvarint(${f.tag}, ${T})`)
            em.line('const s = w.beginSized()')
            em.line(stmt)
            em.line('w.endSized(s)')
          })
        })
        em.line(`w.rawTaggedFields(u, i, Infinity, ${T})`)
      }
      if (flexVar === 'true') body()
      else {
        em.block('if (flex) {', body, '} else {')
        em.indent++
        em.line(`w.noTaggedFields(m.unknownTaggedFields, ${T})`)
        em.indent--
        em.line('}')
      }
    }
  })
  em.line()
}

const CODEC_HELPERS = [
  'readArray', 'readNullableArray', 'writeArray', 'readNullableStruct', 'writeNullableStruct',
  'readTaggedNullableStruct', 'writeTaggedNullableStruct', 'nonEmpty', 'isDefaultStruct', 'ZERO_UUID',
  'EMPTY_BYTES', 'EMPTY_ARRAY',
]

function noteUses(used, code) {
  for (const h of CODEC_HELPERS) if (code.includes(h)) used.add(h)
  for (const m of code.matchAll(/\b((?:read|write)[A-Z][A-Za-z0-9]*Element)\b/g)) used.add(m[1])
}

function emitMessage(model, em) {
  const { def } = model
  const title = def.type === 'request' || def.type === 'response'
    ? `${def.name.replace(/(Request|Response)$/, '')} ${def.type === 'request' ? 'Request' : 'Response'}`
    : def.name
  grammarComment(model, em, title)
  const used = new Set()
  // Structs in definition order: top-level first, then nested, then common.
  for (const s of model.structs) emitStruct(model, s, em, used)
  const N = JSON.stringify(def.name)
  em.block(`export function decode${def.name}(r: Reader, version: number): ${def.name} {`, () => {
    em.line(`r.begin(${N}, version, ${model.valid.lo}, ${model.valid.hi})`)
    em.line(`return read${def.name}(r, version)`)
  })
  em.line()
  em.block(`export function encode${def.name}(w: Writer, m: MessageInit<${def.name}>, version: number): void {`, () => {
    em.line(`w.begin(${N}, version, ${model.valid.lo}, ${model.valid.hi})`)
    em.line(`write${def.name}(w, m, version)`)
  })
  em.line()
  return used
}

function fileHeader(sources, sourceNote) {
  return [
    '// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.',
    `// Source: Apache Kafka message definitions ${sources.join(', ')}${sourceNote}`,
    '// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.',
    '',
  ]
}

function emitFile(defs, sourceNote) {
  const em = new Emitter()
  const used = new Set()
  const models = defs.map(buildMessageModel)
  const body = new Emitter()
  for (const m of models) for (const u of emitMessage(m, body)) used.add(u)
  for (const l of fileHeader(defs.map((d) => d.file), sourceNote)) em.line(l)
  em.line("import type { Reader, TaggedField } from '../reader.js'")
  em.line("import type { Writer } from '../writer.js'")
  const helpers = [...used].sort()
  em.line(`import { ${['type MessageInit', ...helpers].join(', ')} } from '../codec.js'`)
  em.line()
  em.lines.push(...body.lines)
  while (em.lines[em.lines.length - 1] === '') em.lines.pop()
  return { text: em.lines.join('\n') + '\n', models }
}

// ---------------------------------------------------------------------------------------------------
// Whole output

export function generate(messagesDir) {
  const defs = loadDefinitions(messagesDir)
  let sourceNote = ''
  const noticePath = path.join(messagesDir, 'NOTICE.md')
  if (fs.existsSync(noticePath)) {
    const m = /commit\s+([0-9a-f]{40})/.exec(fs.readFileSync(noticePath, 'utf8'))
    if (m) sourceNote = ` at Kafka commit ${m[1]}`
  }
  const byName = new Map(defs.map((d) => [d.name, d]))
  const files = new Map()
  const apis = []
  const others = []
  const allTsNames = new Map()
  const claim = (models, file) => {
    for (const model of models) {
      for (const s of model.structs) {
        const prev = allTsNames.get(s.tsName)
        if (prev) throw new Error(`type name ${s.tsName} generated twice (${prev} and ${file})`)
        allTsNames.set(s.tsName, file)
      }
    }
  }

  for (const req of defs.filter((d) => d.type === 'request')) {
    const base = req.name.replace(/Request$/, '')
    const res = byName.get(`${base}Response`)
    if (!res || res.apiKey !== req.apiKey) throw new Error(`${req.name}: no matching response`)
    const file = `${kebab(base)}.ts`
    const { text, models } = emitFile([req, res], sourceNote)
    claim(models, file)
    files.set(file, text)
    apis.push({ base, req, res, file, reqModel: models[0], resModel: models[1] })
  }
  for (const d of defs.filter((d) => d.type !== 'request' && d.type !== 'response')) {
    const file = `${kebab(d.name)}.ts`
    const { text, models } = emitFile([d], sourceNote)
    claim(models, file)
    files.set(file, text)
    others.push({ def: d, file, model: models[0] })
  }
  apis.sort((a, b) => a.req.apiKey - b.req.apiKey)
  files.set('index.ts', emitIndex(apis, others, sourceNote))
  return { files, apis, others }
}

function emitIndex(apis, others, sourceNote) {
  const em = new Emitter()
  for (const l of fileHeader(['*.json'], sourceNote)) em.line(l)
  em.line('// The api table: dispatch by api key, header versions, and every generated message.')
  em.line()
  em.line("import type { Reader } from '../reader.js'")
  em.line("import type { Writer } from '../writer.js'")
  em.line("import type { MessageInit } from '../codec.js'")
  for (const a of apis) {
    const r = a.req.name
    const s = a.res.name
    em.line(`import { type ${r}, type ${s}, decode${r}, encode${r}, decode${s}, encode${s} } from './${a.file.replace(/\.ts$/, '.js')}'`)
  }
  em.line()
  for (const a of apis) em.line(`export * from './${a.file.replace(/\.ts$/, '.js')}'`)
  for (const o of others) em.line(`export * from './${o.file.replace(/\.ts$/, '.js')}'`)
  em.line()
  em.block('export const ApiKey = {', () => {
    for (const a of apis) em.line(`${a.base}: ${a.req.apiKey},`)
  }, '} as const')
  em.line('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey]')
  em.line()
  em.line('/**')
  em.line(' * What a broker needs to dispatch one api: its versions and its codecs (decode the request, encode the')
  em.line(' * response). The other direction is apiClientCodec\'s, kept apart so that a bundle of the broker')
  em.line(' * leaves out the request encoders and response decoders it never calls (about half the codec).')
  em.line(' */')
  em.block('export interface ApiDescriptor<Req = unknown, Res = unknown> {', () => {
    em.line('readonly apiKey: number')
    em.line('/** Kafka\'s name without the Request/Response suffix, e.g. `Metadata`. */')
    em.line('readonly name: string')
    em.line('readonly minVersion: number')
    em.line('readonly maxVersion: number')
    em.line('/** First flexible version (compact encodings, tagged fields, request header v2), or -1 if none. */')
    em.line('readonly flexibleMin: number')
    em.line('/** Versions Kafka marks deprecated, or null. */')
    em.line('readonly deprecatedVersions: { readonly min: number; readonly max: number } | null')
    em.line('/** The highest version is still under development in Kafka and should not be advertised. */')
    em.line('readonly latestVersionUnstable: boolean')
    em.line('/** Listener types that serve the api in Kafka: broker, controller, zkBroker. */')
    em.line('readonly listeners: readonly string[]')
    em.line('readonly decodeRequest: (r: Reader, version: number) => Req')
    em.line('readonly encodeResponse: (w: Writer, m: MessageInit<Res>, version: number) => void')
  })
  em.line()
  em.line('/** A client\'s side of one api: encode the request, decode the response. */')
  em.block('export interface ApiClientCodec<Req = unknown, Res = unknown> {', () => {
    em.line('readonly encodeRequest: (w: Writer, m: MessageInit<Req>, version: number) => void')
    em.line('readonly decodeResponse: (r: Reader, version: number) => Res')
  })
  em.line()
  em.block('export const API_DESCRIPTORS: readonly ApiDescriptor[] = [', () => {
    for (const a of apis) {
      const dep = parseVersions(a.req.deprecatedVersions)
      if (a.req.validVersions !== a.res.validVersions) throw new Error(`${a.base}: request and response versions differ`)
      const flex = a.reqModel.flexible
      em.block('{', () => {
        em.line(`apiKey: ${a.req.apiKey}, name: '${a.base}', minVersion: ${a.reqModel.valid.lo}, maxVersion: ${a.reqModel.valid.hi}, flexibleMin: ${flex ? flex.lo : -1},`)
        em.line(`deprecatedVersions: ${dep ? `{ min: ${dep.lo}, max: ${Math.min(dep.hi, a.reqModel.valid.hi)} }` : 'null'}, latestVersionUnstable: ${a.req.latestVersionUnstable === true}, listeners: ${JSON.stringify(a.req.listeners ?? [])},`)
        em.line(`decodeRequest: decode${a.req.name}, encodeResponse: encode${a.res.name} as ApiDescriptor['encodeResponse'],`)
      }, '},')
    }
  }, ']')
  em.line()
  em.line('const BY_KEY: (ApiDescriptor | undefined)[] = []')
  em.line('for (const d of API_DESCRIPTORS) BY_KEY[d.apiKey] = d')
  em.line()
  em.line('/** The descriptor for an api key, or undefined for a key this codec does not know. */')
  em.block('export function apiDescriptor(apiKey: number): ApiDescriptor | undefined {', () => {
    em.line('return BY_KEY[apiKey]')
  })
  em.line()
  em.line('// Built on first use, not at load: an unused table (a broker\'s bundle) then drops out with its codecs.')
  em.line('let clientCodecs: (ApiClientCodec | undefined)[] | undefined')
  em.line()
  em.line('/** The client codec for an api key, or undefined for a key this codec does not know. */')
  em.block('export function apiClientCodec(apiKey: number): ApiClientCodec | undefined {', () => {
    em.line('clientCodecs ??= clientCodecTable()')
    em.line('return clientCodecs[apiKey]')
  })
  em.line()
  em.block('function clientCodecTable(): (ApiClientCodec | undefined)[] {', () => {
    em.line('const t: (ApiClientCodec | undefined)[] = []')
    for (const a of apis) {
      em.line(`t[${a.req.apiKey}] = { encodeRequest: encode${a.req.name} as ApiClientCodec['encodeRequest'], decodeResponse: decode${a.res.name} }`)
    }
    em.line('return t')
  })
  em.line()
  em.line('/**')
  em.line(' * Request header version for an api version: 2 (flexible: compact tagged-field section) for flexible')
  em.line(' * versions, 1 otherwise, 0 only for ControlledShutdown v0 (which predates the client id).')
  em.line(' */')
  em.block('export function requestHeaderVersion(apiKey: number, apiVersion: number): number {', () => {
    em.line('const d = BY_KEY[apiKey]')
    em.line("if (d === undefined) throw new RangeError(`unknown api key ${apiKey}`)")
    em.line(`if (apiKey === ${apis.find((a) => a.base === 'ControlledShutdown')?.req.apiKey ?? 7} && apiVersion === 0) return 0`)
    em.line('return d.flexibleMin >= 0 && apiVersion >= d.flexibleMin ? 2 : 1')
  })
  em.line()
  em.line('/**')
  em.line(' * Response header version: 1 for flexible versions, 0 otherwise, and always 0 for ApiVersions so that a')
  em.line(' * client that does not yet know the broker\'s versions can read the answer.')
  em.line(' */')
  em.block('export function responseHeaderVersion(apiKey: number, apiVersion: number): number {', () => {
    em.line('const d = BY_KEY[apiKey]')
    em.line("if (d === undefined) throw new RangeError(`unknown api key ${apiKey}`)")
    em.line(`if (apiKey === ${apis.find((a) => a.base === 'ApiVersions')?.req.apiKey ?? 18}) return 0`)
    em.line('return d.flexibleMin >= 0 && apiVersion >= d.flexibleMin ? 1 : 0')
  })
  return em.lines.join('\n') + '\n'
}

// ---------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const scriptDir = path.dirname(fileURLToPath(import.meta.url))
  const opts = {
    messages: process.env.KAFKA_MESSAGES_DIR || fileURLToPath(new URL('../../shared/kafka-messages/', import.meta.url)),
    out: path.join(scriptDir, '..', 'host', 'kafka', 'protocol', 'generated'),
    check: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--messages') opts.messages = argv[++i]
    else if (a === '--out') opts.out = argv[++i]
    else if (a === '--check') opts.check = true
    else throw new Error(`unknown argument ${a} (expected --messages DIR, --out DIR, --check)`)
  }
  return opts
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const { files, apis, others } = generate(opts.messages)
  if (opts.check) {
    const stale = []
    for (const [name, text] of files) {
      const p = path.join(opts.out, name)
      if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) stale.push(name)
    }
    const extra = fs.existsSync(opts.out) ? fs.readdirSync(opts.out).filter((f) => f.endsWith('.ts') && !files.has(f)) : []
    if (stale.length || extra.length) {
      console.error(`generated Kafka protocol code is stale: ${[...stale, ...extra].join(', ')}; run node scripts/generate-kafka-protocol.mjs`)
      process.exit(1)
    }
    console.log(`kafka protocol: ${files.size} generated files up to date`)
    return
  }
  fs.mkdirSync(opts.out, { recursive: true })
  for (const f of fs.readdirSync(opts.out)) if (f.endsWith('.ts') && !files.has(f)) fs.rmSync(path.join(opts.out, f))
  let lines = 0
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(opts.out, name), text)
    lines += text.split('\n').length
  }
  const versions = apis.reduce((n, a) => n + 2 * (a.reqModel.valid.hi - a.reqModel.valid.lo + 1), 0)
  console.log(`kafka protocol: ${apis.length} apis (${versions} request/response versions), ${others.length} other messages, ${files.size} files, ${lines} lines -> ${opts.out}`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main()
  } catch (e) {
    console.error(`generate-kafka-protocol: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
  }
}
