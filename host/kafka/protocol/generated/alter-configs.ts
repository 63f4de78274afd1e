// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions AlterConfigsRequest.json, AlterConfigsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * AlterConfigs Request (Versions: 0-1) => [resources] validate_only
 *   resources => resource_type resource_name [configs]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value
 *       name => STRING
 *       value => NULLABLE_STRING
 *   validate_only => BOOLEAN
 * AlterConfigs Request (Version: 2) => [resources] validate_only _tagged_fields
 *   resources => resource_type resource_name [configs] _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configs => name value _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *   validate_only => BOOLEAN
 */
/** AlterConfigsRequest (versions 0-2, flexible 2+) */
export interface AlterConfigsRequest {
  /** The updates for each resource. (versions 0+) */
  resources: AlterConfigsRequestAlterConfigsResource[]
  /** True if we should validate the request, but not change the configurations. (versions 0+) */
  validateOnly: boolean
  unknownTaggedFields?: TaggedField[]
}

function readAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  const flex = v === 2
  const o: AlterConfigsRequest = {
    resources: readArray(r, flex, v, readAlterConfigsRequestAlterConfigsResource, "Resources"),
    validateOnly: r.bool("ValidateOnly"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterConfigsRequest(w: Writer, m: MessageInit<AlterConfigsRequest>, v: number): void {
  const flex = v === 2
  writeArray(w, (m.resources ?? EMPTY_ARRAY), flex, false, v, writeAlterConfigsRequestAlterConfigsResource, "Resources")
  w.bool((m.validateOnly ?? false), "ValidateOnly")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AlterConfigsResource in AlterConfigsRequest (versions 0-2) */
export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The configurations. (versions 0+) */
  configs: AlterConfigsRequestAlterableConfig[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): AlterConfigsRequestAlterConfigsResource {
  const flex = v === 2
  const o: AlterConfigsRequestAlterConfigsResource = {
    resourceType: r.int8("AlterConfigsResource.ResourceType"),
    resourceName: r.string(flex, "AlterConfigsResource.ResourceName"),
    configs: readArray(r, flex, v, readAlterConfigsRequestAlterableConfig, "AlterConfigsResource.Configs"),
  }
  if (flex) {
    const u = r.taggedFields("AlterConfigsResource._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterConfigsRequestAlterConfigsResource(w: Writer, m: MessageInit<AlterConfigsRequestAlterConfigsResource>, v: number): void {
  const flex = v === 2
  w.int8((m.resourceType ?? 0), "AlterConfigsResource.ResourceType")
  w.string((m.resourceName ?? ""), flex, "AlterConfigsResource.ResourceName")
  writeArray(w, (m.configs ?? EMPTY_ARRAY), flex, false, v, writeAlterConfigsRequestAlterableConfig, "AlterConfigsResource.Configs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterConfigsResource._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterConfigsResource._tagged_fields")
  }
}

/** AlterableConfig in AlterConfigsRequest (versions 0-2) */
export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. (versions 0+) */
  name: string
  /** The value to set for the configuration key. (versions 0+, nullable 0+) */
  value: string | null
  unknownTaggedFields?: TaggedField[]
}

function readAlterConfigsRequestAlterableConfig(r: Reader, v: number): AlterConfigsRequestAlterableConfig {
  const flex = v === 2
  const o: AlterConfigsRequestAlterableConfig = {
    name: r.string(flex, "AlterableConfig.Name"),
    value: r.nullableString(flex, true, "AlterableConfig.Value"),
  }
  if (flex) {
    const u = r.taggedFields("AlterableConfig._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterConfigsRequestAlterableConfig(w: Writer, m: MessageInit<AlterConfigsRequestAlterableConfig>, v: number): void {
  const flex = v === 2
  w.string((m.name ?? ""), flex, "AlterableConfig.Name")
  w.nullableString((m.value === undefined ? "" : m.value), flex, true, "AlterableConfig.Value")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterableConfig._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterableConfig._tagged_fields")
  }
}

export function decodeAlterConfigsRequest(r: Reader, version: number): AlterConfigsRequest {
  r.begin("AlterConfigsRequest", version, 0, 2)
  return readAlterConfigsRequest(r, version)
}

export function encodeAlterConfigsRequest(w: Writer, m: MessageInit<AlterConfigsRequest>, version: number): void {
  w.begin("AlterConfigsRequest", version, 0, 2)
  writeAlterConfigsRequest(w, m, version)
}

/*
 * AlterConfigs Response (Versions: 0-1) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => error_code error_message resource_type resource_name
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 * AlterConfigs Response (Version: 2) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => error_code error_message resource_type resource_name _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 */
/** AlterConfigsResponse (versions 0-2, flexible 2+) */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The responses for each resource. (versions 0+) */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const flex = v === 2
  const o: AlterConfigsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    responses: readArray(r, flex, v, readAlterConfigsResponseAlterConfigsResourceResponse, "Responses"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterConfigsResponse(w: Writer, m: MessageInit<AlterConfigsResponse>, v: number): void {
  const flex = v === 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), flex, false, v, writeAlterConfigsResponseAlterConfigsResourceResponse, "Responses")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AlterConfigsResourceResponse in AlterConfigsResponse (versions 0-2) */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. (versions 0+) */
  errorCode: number
  /** The resource error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  unknownTaggedFields?: TaggedField[]
}

function readAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): AlterConfigsResponseAlterConfigsResourceResponse {
  const flex = v === 2
  const o: AlterConfigsResponseAlterConfigsResourceResponse = {
    errorCode: r.int16("AlterConfigsResourceResponse.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "AlterConfigsResourceResponse.ErrorMessage"),
    resourceType: r.int8("AlterConfigsResourceResponse.ResourceType"),
    resourceName: r.string(flex, "AlterConfigsResourceResponse.ResourceName"),
  }
  if (flex) {
    const u = r.taggedFields("AlterConfigsResourceResponse._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, m: MessageInit<AlterConfigsResponseAlterConfigsResourceResponse>, v: number): void {
  const flex = v === 2
  w.int16((m.errorCode ?? 0), "AlterConfigsResourceResponse.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "AlterConfigsResourceResponse.ErrorMessage")
  w.int8((m.resourceType ?? 0), "AlterConfigsResourceResponse.ResourceType")
  w.string((m.resourceName ?? ""), flex, "AlterConfigsResourceResponse.ResourceName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterConfigsResourceResponse._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterConfigsResourceResponse._tagged_fields")
  }
}

export function decodeAlterConfigsResponse(r: Reader, version: number): AlterConfigsResponse {
  r.begin("AlterConfigsResponse", version, 0, 2)
  return readAlterConfigsResponse(r, version)
}

export function encodeAlterConfigsResponse(w: Writer, m: MessageInit<AlterConfigsResponse>, version: number): void {
  w.begin("AlterConfigsResponse", version, 0, 2)
  writeAlterConfigsResponse(w, m, version)
}
