// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readNullableArray, writeArray } from '../codec.js'

/*
 * DescribeClientQuotas Request (Version: 0) => [components] strict
 *   components => entity_type match_type match
 *     entity_type => STRING
 *     match_type => INT8
 *     match => NULLABLE_STRING
 *   strict => BOOLEAN
 * DescribeClientQuotas Request (Version: 1) => [components] strict _tagged_fields
 *   components => entity_type match_type match _tagged_fields
 *     entity_type => COMPACT_STRING
 *     match_type => INT8
 *     match => COMPACT_NULLABLE_STRING
 *   strict => BOOLEAN
 */
/** DescribeClientQuotasRequest (versions 0-1, flexible 1+) */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. (versions 0+) */
  components: DescribeClientQuotasRequestComponentData[]
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. (versions 0+) */
  strict: boolean
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  const flex = v === 1
  const o: DescribeClientQuotasRequest = {
    components: readArray(r, flex, v, readDescribeClientQuotasRequestComponentData, "Components"),
    strict: r.bool("Strict"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeClientQuotasRequest(w: Writer, m: MessageInit<DescribeClientQuotasRequest>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.components ?? EMPTY_ARRAY), flex, false, v, writeDescribeClientQuotasRequestComponentData, "Components")
  w.bool((m.strict ?? false), "Strict")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ComponentData in DescribeClientQuotasRequest (versions 0-1) */
export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. (versions 0+) */
  entityType: string
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. (versions 0+) */
  matchType: number
  /** The string to match against, or null if unused for the match type. (versions 0+, nullable 0+) */
  match: string | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClientQuotasRequestComponentData(r: Reader, v: number): DescribeClientQuotasRequestComponentData {
  const flex = v === 1
  const o: DescribeClientQuotasRequestComponentData = {
    entityType: r.string(flex, "ComponentData.EntityType"),
    matchType: r.int8("ComponentData.MatchType"),
    match: r.nullableString(flex, true, "ComponentData.Match"),
  }
  if (flex) {
    const u = r.taggedFields("ComponentData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeClientQuotasRequestComponentData(w: Writer, m: MessageInit<DescribeClientQuotasRequestComponentData>, v: number): void {
  const flex = v === 1
  w.string((m.entityType ?? ""), flex, "ComponentData.EntityType")
  w.int8((m.matchType ?? 0), "ComponentData.MatchType")
  w.nullableString((m.match === undefined ? "" : m.match), flex, true, "ComponentData.Match")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ComponentData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ComponentData._tagged_fields")
  }
}

export function decodeDescribeClientQuotasRequest(r: Reader, version: number): DescribeClientQuotasRequest {
  r.begin("DescribeClientQuotasRequest", version, 0, 1)
  return readDescribeClientQuotasRequest(r, version)
}

export function encodeDescribeClientQuotasRequest(w: Writer, m: MessageInit<DescribeClientQuotasRequest>, version: number): void {
  w.begin("DescribeClientQuotasRequest", version, 0, 1)
  writeDescribeClientQuotasRequest(w, m, version)
}

/*
 * DescribeClientQuotas Response (Version: 0) => throttle_time_ms error_code error_message [entries]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   entries => [entity] [values]
 *     entity => entity_type entity_name
 *       entity_type => STRING
 *       entity_name => NULLABLE_STRING
 *     values => key value
 *       key => STRING
 *       value => FLOAT64
 * DescribeClientQuotas Response (Version: 1) => throttle_time_ms error_code error_message [entries] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   entries => [entity] [values] _tagged_fields
 *     entity => entity_type entity_name _tagged_fields
 *       entity_type => COMPACT_STRING
 *       entity_name => COMPACT_NULLABLE_STRING
 *     values => key value _tagged_fields
 *       key => COMPACT_STRING
 *       value => FLOAT64
 */
/** DescribeClientQuotasResponse (versions 0-1, flexible 1+) */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or `0` if the quota description succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or `null` if the quota description succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** A result entry. (versions 0+, nullable 0+) */
  entries: DescribeClientQuotasResponseEntryData[] | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  const flex = v === 1
  const o: DescribeClientQuotasResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(flex, true, "ErrorMessage"),
    entries: readNullableArray(r, flex, true, v, readDescribeClientQuotasResponseEntryData, "Entries"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeClientQuotasResponse(w: Writer, m: MessageInit<DescribeClientQuotasResponse>, v: number): void {
  const flex = v === 1
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "ErrorMessage")
  writeArray(w, (m.entries === undefined ? EMPTY_ARRAY : m.entries), flex, true, v, writeDescribeClientQuotasResponseEntryData, "Entries")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** EntryData in DescribeClientQuotasResponse (versions 0-1) */
export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. (versions 0+) */
  entity: DescribeClientQuotasResponseEntityData[]
  /** The quota values for the entity. (versions 0+) */
  values: DescribeClientQuotasResponseValueData[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClientQuotasResponseEntryData(r: Reader, v: number): DescribeClientQuotasResponseEntryData {
  const flex = v === 1
  const o: DescribeClientQuotasResponseEntryData = {
    entity: readArray(r, flex, v, readDescribeClientQuotasResponseEntityData, "EntryData.Entity"),
    values: readArray(r, flex, v, readDescribeClientQuotasResponseValueData, "EntryData.Values"),
  }
  if (flex) {
    const u = r.taggedFields("EntryData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeClientQuotasResponseEntryData(w: Writer, m: MessageInit<DescribeClientQuotasResponseEntryData>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.entity ?? EMPTY_ARRAY), flex, false, v, writeDescribeClientQuotasResponseEntityData, "EntryData.Entity")
  writeArray(w, (m.values ?? EMPTY_ARRAY), flex, false, v, writeDescribeClientQuotasResponseValueData, "EntryData.Values")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EntryData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EntryData._tagged_fields")
  }
}

/** EntityData in DescribeClientQuotasResponse (versions 0-1) */
export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. (versions 0+) */
  entityType: string
  /** The entity name, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClientQuotasResponseEntityData(r: Reader, v: number): DescribeClientQuotasResponseEntityData {
  const flex = v === 1
  const o: DescribeClientQuotasResponseEntityData = {
    entityType: r.string(flex, "EntityData.EntityType"),
    entityName: r.nullableString(flex, true, "EntityData.EntityName"),
  }
  if (flex) {
    const u = r.taggedFields("EntityData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeClientQuotasResponseEntityData(w: Writer, m: MessageInit<DescribeClientQuotasResponseEntityData>, v: number): void {
  const flex = v === 1
  w.string((m.entityType ?? ""), flex, "EntityData.EntityType")
  w.nullableString((m.entityName === undefined ? "" : m.entityName), flex, true, "EntityData.EntityName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EntityData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EntityData._tagged_fields")
  }
}

/** ValueData in DescribeClientQuotasResponse (versions 0-1) */
export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. (versions 0+) */
  key: string
  /** The quota configuration value. (versions 0+) */
  value: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClientQuotasResponseValueData(r: Reader, v: number): DescribeClientQuotasResponseValueData {
  const flex = v === 1
  const o: DescribeClientQuotasResponseValueData = {
    key: r.string(flex, "ValueData.Key"),
    value: r.float64("ValueData.Value"),
  }
  if (flex) {
    const u = r.taggedFields("ValueData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeClientQuotasResponseValueData(w: Writer, m: MessageInit<DescribeClientQuotasResponseValueData>, v: number): void {
  const flex = v === 1
  w.string((m.key ?? ""), flex, "ValueData.Key")
  w.float64((m.value ?? 0), "ValueData.Value")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ValueData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ValueData._tagged_fields")
  }
}

export function decodeDescribeClientQuotasResponse(r: Reader, version: number): DescribeClientQuotasResponse {
  r.begin("DescribeClientQuotasResponse", version, 0, 1)
  return readDescribeClientQuotasResponse(r, version)
}

export function encodeDescribeClientQuotasResponse(w: Writer, m: MessageInit<DescribeClientQuotasResponse>, version: number): void {
  w.begin("DescribeClientQuotasResponse", version, 0, 1)
  writeDescribeClientQuotasResponse(w, m, version)
}
