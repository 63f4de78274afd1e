// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AlterClientQuotasRequest.json, AlterClientQuotasResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * AlterClientQuotas Request (Version: 0) => [entries] validate_only
 *   entries => [entity] [ops]
 *     entity => entity_type entity_name
 *       entity_type => STRING
 *       entity_name => NULLABLE_STRING
 *     ops => key value remove
 *       key => STRING
 *       value => FLOAT64
 *       remove => BOOLEAN
 *   validate_only => BOOLEAN
 * AlterClientQuotas Request (Version: 1) => [entries] validate_only _tagged_fields
 *   entries => [entity] [ops] _tagged_fields
 *     entity => entity_type entity_name _tagged_fields
 *       entity_type => COMPACT_STRING
 *       entity_name => COMPACT_NULLABLE_STRING
 *     ops => key value remove _tagged_fields
 *       key => COMPACT_STRING
 *       value => FLOAT64
 *       remove => BOOLEAN
 *   validate_only => BOOLEAN
 */
/** AlterClientQuotasRequest (versions 0-1, flexible 1+) */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. (versions 0+) */
  entries: AlterClientQuotasRequestEntryData[]
  /** Whether the alteration should be validated, but not performed. (versions 0+) */
  validateOnly: boolean
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  const flex = v === 1
  const o: AlterClientQuotasRequest = {
    entries: readArray(r, flex, v, readAlterClientQuotasRequestEntryData, "Entries"),
    validateOnly: r.bool("ValidateOnly"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasRequest(w: Writer, m: MessageInit<AlterClientQuotasRequest>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.entries ?? EMPTY_ARRAY), flex, false, v, writeAlterClientQuotasRequestEntryData, "Entries")
  w.bool((m.validateOnly ?? false), "ValidateOnly")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** EntryData in AlterClientQuotasRequest (versions 0-1) */
export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. (versions 0+) */
  entity: AlterClientQuotasRequestEntityData[]
  /** An individual quota configuration entry to alter. (versions 0+) */
  ops: AlterClientQuotasRequestOpData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasRequestEntryData(r: Reader, v: number): AlterClientQuotasRequestEntryData {
  const flex = v === 1
  const o: AlterClientQuotasRequestEntryData = {
    entity: readArray(r, flex, v, readAlterClientQuotasRequestEntityData, "EntryData.Entity"),
    ops: readArray(r, flex, v, readAlterClientQuotasRequestOpData, "EntryData.Ops"),
  }
  if (flex) {
    const u = r.taggedFields("EntryData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasRequestEntryData(w: Writer, m: MessageInit<AlterClientQuotasRequestEntryData>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.entity ?? EMPTY_ARRAY), flex, false, v, writeAlterClientQuotasRequestEntityData, "EntryData.Entity")
  writeArray(w, (m.ops ?? EMPTY_ARRAY), flex, false, v, writeAlterClientQuotasRequestOpData, "EntryData.Ops")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EntryData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EntryData._tagged_fields")
  }
}

/** EntityData in AlterClientQuotasRequest (versions 0-1) */
export interface AlterClientQuotasRequestEntityData {
  /** The entity type. (versions 0+) */
  entityType: string
  /** The name of the entity, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasRequestEntityData(r: Reader, v: number): AlterClientQuotasRequestEntityData {
  const flex = v === 1
  const o: AlterClientQuotasRequestEntityData = {
    entityType: r.string(flex, "EntityData.EntityType"),
    entityName: r.nullableString(flex, true, "EntityData.EntityName"),
  }
  if (flex) {
    const u = r.taggedFields("EntityData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasRequestEntityData(w: Writer, m: MessageInit<AlterClientQuotasRequestEntityData>, v: number): void {
  const flex = v === 1
  w.string((m.entityType ?? ""), flex, "EntityData.EntityType")
  w.nullableString((m.entityName === undefined ? "" : m.entityName), flex, true, "EntityData.EntityName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EntityData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EntityData._tagged_fields")
  }
}

/** OpData in AlterClientQuotasRequest (versions 0-1) */
export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. (versions 0+) */
  key: string
  /** The value to set, otherwise ignored if the value is to be removed. (versions 0+) */
  value: number
  /** Whether the quota configuration value should be removed, otherwise set. (versions 0+) */
  remove: boolean
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasRequestOpData(r: Reader, v: number): AlterClientQuotasRequestOpData {
  const flex = v === 1
  const o: AlterClientQuotasRequestOpData = {
    key: r.string(flex, "OpData.Key"),
    value: r.float64("OpData.Value"),
    remove: r.bool("OpData.Remove"),
  }
  if (flex) {
    const u = r.taggedFields("OpData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasRequestOpData(w: Writer, m: MessageInit<AlterClientQuotasRequestOpData>, v: number): void {
  const flex = v === 1
  w.string((m.key ?? ""), flex, "OpData.Key")
  w.float64((m.value ?? 0), "OpData.Value")
  w.bool((m.remove ?? false), "OpData.Remove")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "OpData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "OpData._tagged_fields")
  }
}

export function decodeAlterClientQuotasRequest(r: Reader, version: number): AlterClientQuotasRequest {
  r.begin("AlterClientQuotasRequest", version, 0, 1)
  return readAlterClientQuotasRequest(r, version)
}

export function encodeAlterClientQuotasRequest(w: Writer, m: MessageInit<AlterClientQuotasRequest>, version: number): void {
  w.begin("AlterClientQuotasRequest", version, 0, 1)
  writeAlterClientQuotasRequest(w, m, version)
}

/*
 * AlterClientQuotas Response (Version: 0) => throttle_time_ms [entries]
 *   throttle_time_ms => INT32
 *   entries => error_code error_message [entity]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     entity => entity_type entity_name
 *       entity_type => STRING
 *       entity_name => NULLABLE_STRING
 * AlterClientQuotas Response (Version: 1) => throttle_time_ms [entries] _tagged_fields
 *   throttle_time_ms => INT32
 *   entries => error_code error_message [entity] _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     entity => entity_type entity_name _tagged_fields
 *       entity_type => COMPACT_STRING
 *       entity_name => COMPACT_NULLABLE_STRING
 */
/** AlterClientQuotasResponse (versions 0-1, flexible 1+) */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The quota configuration entries to alter. (versions 0+) */
  entries: AlterClientQuotasResponseEntryData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  const flex = v === 1
  const o: AlterClientQuotasResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    entries: readArray(r, flex, v, readAlterClientQuotasResponseEntryData, "Entries"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasResponse(w: Writer, m: MessageInit<AlterClientQuotasResponse>, v: number): void {
  const flex = v === 1
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.entries ?? EMPTY_ARRAY), flex, false, v, writeAlterClientQuotasResponseEntryData, "Entries")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** EntryData in AlterClientQuotasResponse (versions 0-1) */
export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or `null` if the quota alteration succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The quota entity to alter. (versions 0+) */
  entity: AlterClientQuotasResponseEntityData[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasResponseEntryData(r: Reader, v: number): AlterClientQuotasResponseEntryData {
  const flex = v === 1
  const o: AlterClientQuotasResponseEntryData = {
    errorCode: r.int16("EntryData.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "EntryData.ErrorMessage"),
    entity: readArray(r, flex, v, readAlterClientQuotasResponseEntityData, "EntryData.Entity"),
  }
  if (flex) {
    const u = r.taggedFields("EntryData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasResponseEntryData(w: Writer, m: MessageInit<AlterClientQuotasResponseEntryData>, v: number): void {
  const flex = v === 1
  w.int16((m.errorCode ?? 0), "EntryData.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "EntryData.ErrorMessage")
  writeArray(w, (m.entity ?? EMPTY_ARRAY), flex, false, v, writeAlterClientQuotasResponseEntityData, "EntryData.Entity")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EntryData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EntryData._tagged_fields")
  }
}

/** EntityData in AlterClientQuotasResponse (versions 0-1) */
export interface AlterClientQuotasResponseEntityData {
  /** The entity type. (versions 0+) */
  entityType: string
  /** The name of the entity, or null if the default. (versions 0+, nullable 0+) */
  entityName: string | null
  unknownTaggedFields?: TaggedField[]
}

function readAlterClientQuotasResponseEntityData(r: Reader, v: number): AlterClientQuotasResponseEntityData {
  const flex = v === 1
  const o: AlterClientQuotasResponseEntityData = {
    entityType: r.string(flex, "EntityData.EntityType"),
    entityName: r.nullableString(flex, true, "EntityData.EntityName"),
  }
  if (flex) {
    const u = r.taggedFields("EntityData._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterClientQuotasResponseEntityData(w: Writer, m: MessageInit<AlterClientQuotasResponseEntityData>, v: number): void {
  const flex = v === 1
  w.string((m.entityType ?? ""), flex, "EntityData.EntityType")
  w.nullableString((m.entityName === undefined ? "" : m.entityName), flex, true, "EntityData.EntityName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "EntityData._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "EntityData._tagged_fields")
  }
}

export function decodeAlterClientQuotasResponse(r: Reader, version: number): AlterClientQuotasResponse {
  r.begin("AlterClientQuotasResponse", version, 0, 1)
  return readAlterClientQuotasResponse(r, version)
}

export function encodeAlterClientQuotasResponse(w: Writer, m: MessageInit<AlterClientQuotasResponse>, version: number): void {
  w.begin("AlterClientQuotasResponse", version, 0, 1)
  writeAlterClientQuotasResponse(w, m, version)
}
