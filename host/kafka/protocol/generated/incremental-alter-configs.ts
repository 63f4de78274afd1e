// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * IncrementalAlterConfigs Request (Version: 0) => [resources] validate_only
 *   resources => resource_type resource_name [configs]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name config_operation value
 *       name => STRING
 *       config_operation => INT8
 *       value => NULLABLE_STRING
 *   validate_only => BOOLEAN
 * IncrementalAlterConfigs Request (Version: 1) => [resources] validate_only _tagged_fields
 *   resources => resource_type resource_name [configs] _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configs => name config_operation value _tagged_fields
 *       name => COMPACT_STRING
 *       config_operation => INT8
 *       value => COMPACT_NULLABLE_STRING
 *   validate_only => BOOLEAN
 */
/** IncrementalAlterConfigsRequest (versions 0-1, flexible 1+) */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. (versions 0+) */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[]
  /** True if we should validate the request, but not change the configurations. (versions 0+) */
  validateOnly: boolean
  unknownTaggedFields?: TaggedField[]
}

function readIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  const flex = v === 1
  const o: IncrementalAlterConfigsRequest = {
    resources: readArray(r, flex, v, readIncrementalAlterConfigsRequestAlterConfigsResource, "Resources"),
    validateOnly: r.bool("ValidateOnly"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeIncrementalAlterConfigsRequest(w: Writer, m: MessageInit<IncrementalAlterConfigsRequest>, v: number): void {
  const flex = v === 1
  writeArray(w, (m.resources ?? EMPTY_ARRAY), flex, false, v, writeIncrementalAlterConfigsRequestAlterConfigsResource, "Resources")
  w.bool((m.validateOnly ?? false), "ValidateOnly")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AlterConfigsResource in IncrementalAlterConfigsRequest (versions 0-1) */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The configurations. (versions 0+) */
  configs: IncrementalAlterConfigsRequestAlterableConfig[]
  unknownTaggedFields?: TaggedField[]
}

function readIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const flex = v === 1
  const o: IncrementalAlterConfigsRequestAlterConfigsResource = {
    resourceType: r.int8("AlterConfigsResource.ResourceType"),
    resourceName: r.string(flex, "AlterConfigsResource.ResourceName"),
    configs: readArray(r, flex, v, readIncrementalAlterConfigsRequestAlterableConfig, "AlterConfigsResource.Configs"),
  }
  if (flex) {
    const u = r.taggedFields("AlterConfigsResource._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, m: MessageInit<IncrementalAlterConfigsRequestAlterConfigsResource>, v: number): void {
  const flex = v === 1
  w.int8((m.resourceType ?? 0), "AlterConfigsResource.ResourceType")
  w.string((m.resourceName ?? ""), flex, "AlterConfigsResource.ResourceName")
  writeArray(w, (m.configs ?? EMPTY_ARRAY), flex, false, v, writeIncrementalAlterConfigsRequestAlterableConfig, "AlterConfigsResource.Configs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterConfigsResource._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterConfigsResource._tagged_fields")
  }
}

/** AlterableConfig in IncrementalAlterConfigsRequest (versions 0-1) */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. (versions 0+) */
  name: string
  /** The type (Set, Delete, Append, Subtract) of operation. (versions 0+) */
  configOperation: number
  /** The value to set for the configuration key. (versions 0+, nullable 0+) */
  value: string | null
  unknownTaggedFields?: TaggedField[]
}

function readIncrementalAlterConfigsRequestAlterableConfig(r: Reader, v: number): IncrementalAlterConfigsRequestAlterableConfig {
  const flex = v === 1
  const o: IncrementalAlterConfigsRequestAlterableConfig = {
    name: r.string(flex, "AlterableConfig.Name"),
    configOperation: r.int8("AlterableConfig.ConfigOperation"),
    value: r.nullableString(flex, true, "AlterableConfig.Value"),
  }
  if (flex) {
    const u = r.taggedFields("AlterableConfig._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, m: MessageInit<IncrementalAlterConfigsRequestAlterableConfig>, v: number): void {
  const flex = v === 1
  w.string((m.name ?? ""), flex, "AlterableConfig.Name")
  w.int8((m.configOperation ?? 0), "AlterableConfig.ConfigOperation")
  w.nullableString((m.value === undefined ? "" : m.value), flex, true, "AlterableConfig.Value")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AlterableConfig._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AlterableConfig._tagged_fields")
  }
}

export function decodeIncrementalAlterConfigsRequest(r: Reader, version: number): IncrementalAlterConfigsRequest {
  r.begin("IncrementalAlterConfigsRequest", version, 0, 1)
  return readIncrementalAlterConfigsRequest(r, version)
}

export function encodeIncrementalAlterConfigsRequest(w: Writer, m: MessageInit<IncrementalAlterConfigsRequest>, version: number): void {
  w.begin("IncrementalAlterConfigsRequest", version, 0, 1)
  writeIncrementalAlterConfigsRequest(w, m, version)
}

/*
 * IncrementalAlterConfigs Response (Version: 0) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => error_code error_message resource_type resource_name
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 * IncrementalAlterConfigs Response (Version: 1) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => error_code error_message resource_type resource_name _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 */
/** IncrementalAlterConfigsResponse (versions 0-1, flexible 1+) */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The responses for each resource. (versions 0+) */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[]
  unknownTaggedFields?: TaggedField[]
}

function readIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const flex = v === 1
  const o: IncrementalAlterConfigsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    responses: readArray(r, flex, v, readIncrementalAlterConfigsResponseAlterConfigsResourceResponse, "Responses"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeIncrementalAlterConfigsResponse(w: Writer, m: MessageInit<IncrementalAlterConfigsResponse>, v: number): void {
  const flex = v === 1
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.responses ?? EMPTY_ARRAY), flex, false, v, writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse, "Responses")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AlterConfigsResourceResponse in IncrementalAlterConfigsResponse (versions 0-1) */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
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

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const flex = v === 1
  const o: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = {
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

function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, m: MessageInit<IncrementalAlterConfigsResponseAlterConfigsResourceResponse>, v: number): void {
  const flex = v === 1
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

export function decodeIncrementalAlterConfigsResponse(r: Reader, version: number): IncrementalAlterConfigsResponse {
  r.begin("IncrementalAlterConfigsResponse", version, 0, 1)
  return readIncrementalAlterConfigsResponse(r, version)
}

export function encodeIncrementalAlterConfigsResponse(w: Writer, m: MessageInit<IncrementalAlterConfigsResponse>, version: number): void {
  w.begin("IncrementalAlterConfigsResponse", version, 0, 1)
  writeIncrementalAlterConfigsResponse(w, m, version)
}
