// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeConfigsRequest.json, DescribeConfigsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readNullableArray, readStringElement, writeArray, writeStringElement } from '../codec.js'

/*
 * DescribeConfigs Request (Version: 0) => [resources]
 *   resources => resource_type resource_name [configuration_keys]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configuration_keys => STRING
 * DescribeConfigs Request (Versions: 1-2) => [resources] include_synonyms
 *   resources => resource_type resource_name [configuration_keys]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configuration_keys => STRING
 *   include_synonyms => BOOLEAN
 * DescribeConfigs Request (Version: 3) => [resources] include_synonyms include_documentation
 *   resources => resource_type resource_name [configuration_keys]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configuration_keys => STRING
 *   include_synonyms => BOOLEAN
 *   include_documentation => BOOLEAN
 * DescribeConfigs Request (Version: 4) => [resources] include_synonyms include_documentation _tagged_fields
 *   resources => resource_type resource_name [configuration_keys] _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configuration_keys => COMPACT_STRING
 *   include_synonyms => BOOLEAN
 *   include_documentation => BOOLEAN
 */
/** DescribeConfigsRequest (versions 0-4, flexible 4+) */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. (versions 0+) */
  resources: DescribeConfigsRequestDescribeConfigsResource[]
  /** True if we should include all synonyms. (versions 1+, default false) */
  includeSynonyms: boolean
  /** True if we should include configuration documentation. (versions 3+, default false) */
  includeDocumentation: boolean
  unknownTaggedFields?: TaggedField[]
}

function readDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  const flex = v === 4
  const o: DescribeConfigsRequest = {
    resources: readArray(r, flex, v, readDescribeConfigsRequestDescribeConfigsResource, "Resources"),
    includeSynonyms: v >= 1 ? r.bool("IncludeSynonyms") : false,
    includeDocumentation: v >= 3 ? r.bool("IncludeDocumentation") : false,
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeConfigsRequest(w: Writer, m: MessageInit<DescribeConfigsRequest>, v: number): void {
  const flex = v === 4
  writeArray(w, (m.resources ?? EMPTY_ARRAY), flex, false, v, writeDescribeConfigsRequestDescribeConfigsResource, "Resources")
  if (v >= 1) w.bool((m.includeSynonyms ?? false), "IncludeSynonyms")
  else if (m.includeSynonyms !== undefined && m.includeSynonyms !== false) w.notInVersion("IncludeSynonyms")
  if (v >= 3) w.bool((m.includeDocumentation ?? false), "IncludeDocumentation")
  else if (m.includeDocumentation !== undefined && m.includeDocumentation !== false) w.notInVersion("IncludeDocumentation")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribeConfigsResource in DescribeConfigsRequest (versions 0-4) */
export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The configuration keys to list, or null to list all configuration keys. (versions 0+, nullable 0+) */
  configurationKeys: string[] | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource {
  const flex = v === 4
  const o: DescribeConfigsRequestDescribeConfigsResource = {
    resourceType: r.int8("DescribeConfigsResource.ResourceType"),
    resourceName: r.string(flex, "DescribeConfigsResource.ResourceName"),
    configurationKeys: readNullableArray(r, flex, true, v, readStringElement, "DescribeConfigsResource.ConfigurationKeys"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeConfigsResource._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, m: MessageInit<DescribeConfigsRequestDescribeConfigsResource>, v: number): void {
  const flex = v === 4
  w.int8((m.resourceType ?? 0), "DescribeConfigsResource.ResourceType")
  w.string((m.resourceName ?? ""), flex, "DescribeConfigsResource.ResourceName")
  writeArray(w, (m.configurationKeys === undefined ? EMPTY_ARRAY : m.configurationKeys), flex, true, v, writeStringElement, "DescribeConfigsResource.ConfigurationKeys")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeConfigsResource._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeConfigsResource._tagged_fields")
  }
}

export function decodeDescribeConfigsRequest(r: Reader, version: number): DescribeConfigsRequest {
  r.begin("DescribeConfigsRequest", version, 0, 4)
  return readDescribeConfigsRequest(r, version)
}

export function encodeDescribeConfigsRequest(w: Writer, m: MessageInit<DescribeConfigsRequest>, version: number): void {
  w.begin("DescribeConfigsRequest", version, 0, 4)
  writeDescribeConfigsRequest(w, m, version)
}

/*
 * DescribeConfigs Response (Version: 0) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value read_only is_default is_sensitive
 *       name => STRING
 *       value => NULLABLE_STRING
 *       read_only => BOOLEAN
 *       is_default => BOOLEAN
 *       is_sensitive => BOOLEAN
 * DescribeConfigs Response (Versions: 1-2) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value read_only config_source is_sensitive [synonyms]
 *       name => STRING
 *       value => NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *       synonyms => name value source
 *         name => STRING
 *         value => NULLABLE_STRING
 *         source => INT8
 * DescribeConfigs Response (Version: 3) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value read_only config_source is_sensitive [synonyms] config_type documentation
 *       name => STRING
 *       value => NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *       synonyms => name value source
 *         name => STRING
 *         value => NULLABLE_STRING
 *         source => INT8
 *       config_type => INT8
 *       documentation => NULLABLE_STRING
 * DescribeConfigs Response (Version: 4) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs] _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configs => name value read_only config_source is_sensitive [synonyms] config_type documentation _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *       synonyms => name value source _tagged_fields
 *         name => COMPACT_STRING
 *         value => COMPACT_NULLABLE_STRING
 *         source => INT8
 *       config_type => INT8
 *       documentation => COMPACT_NULLABLE_STRING
 */
/** DescribeConfigsResponse (versions 0-4, flexible 4+) */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each resource. (versions 0+) */
  results: DescribeConfigsResponseDescribeConfigsResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const flex = v === 4
  const o: DescribeConfigsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    results: readArray(r, flex, v, readDescribeConfigsResponseDescribeConfigsResult, "Results"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeConfigsResponse(w: Writer, m: MessageInit<DescribeConfigsResponse>, v: number): void {
  const flex = v === 4
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.results ?? EMPTY_ARRAY), flex, false, v, writeDescribeConfigsResponseDescribeConfigsResult, "Results")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribeConfigsResult in DescribeConfigsResponse (versions 0-4) */
export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. (versions 0+) */
  errorCode: number
  /** The error message, or null if we were able to successfully describe the configurations. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** Each listed configuration. (versions 0+) */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult {
  const flex = v === 4
  const o: DescribeConfigsResponseDescribeConfigsResult = {
    errorCode: r.int16("DescribeConfigsResult.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "DescribeConfigsResult.ErrorMessage"),
    resourceType: r.int8("DescribeConfigsResult.ResourceType"),
    resourceName: r.string(flex, "DescribeConfigsResult.ResourceName"),
    configs: readArray(r, flex, v, readDescribeConfigsResponseDescribeConfigsResourceResult, "DescribeConfigsResult.Configs"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeConfigsResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, m: MessageInit<DescribeConfigsResponseDescribeConfigsResult>, v: number): void {
  const flex = v === 4
  w.int16((m.errorCode ?? 0), "DescribeConfigsResult.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "DescribeConfigsResult.ErrorMessage")
  w.int8((m.resourceType ?? 0), "DescribeConfigsResult.ResourceType")
  w.string((m.resourceName ?? ""), flex, "DescribeConfigsResult.ResourceName")
  writeArray(w, (m.configs ?? EMPTY_ARRAY), flex, false, v, writeDescribeConfigsResponseDescribeConfigsResourceResult, "DescribeConfigsResult.Configs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeConfigsResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeConfigsResult._tagged_fields")
  }
}

/** DescribeConfigsResourceResult in DescribeConfigsResponse (versions 0-4) */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. (versions 0+) */
  name: string
  /** The configuration value. (versions 0+, nullable 0+) */
  value: string | null
  /** True if the configuration is read-only. (versions 0+) */
  readOnly: boolean
  /** True if the configuration is not set. (versions 0) */
  isDefault: boolean
  /** The configuration source. (versions 1+, ignorable, default -1) */
  configSource: number
  /** True if this configuration is sensitive. (versions 0+) */
  isSensitive: boolean
  /** The synonyms for this configuration key. (versions 1+, ignorable) */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[]
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD (versions 3+, ignorable, default 0) */
  configType: number
  /** The configuration documentation. (versions 3+, nullable 3+, ignorable) */
  documentation: string | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const flex = v === 4
  const o: DescribeConfigsResponseDescribeConfigsResourceResult = {
    name: r.string(flex, "DescribeConfigsResourceResult.Name"),
    value: r.nullableString(flex, true, "DescribeConfigsResourceResult.Value"),
    readOnly: r.bool("DescribeConfigsResourceResult.ReadOnly"),
    isDefault: v === 0 ? r.bool("DescribeConfigsResourceResult.IsDefault") : false,
    configSource: v >= 1 ? r.int8("DescribeConfigsResourceResult.ConfigSource") : -1,
    isSensitive: r.bool("DescribeConfigsResourceResult.IsSensitive"),
    synonyms: v >= 1 ? readArray(r, flex, v, readDescribeConfigsResponseDescribeConfigsSynonym, "DescribeConfigsResourceResult.Synonyms") : [],
    configType: v >= 3 ? r.int8("DescribeConfigsResourceResult.ConfigType") : 0,
    documentation: v >= 3 ? r.nullableString(flex, v >= 3, "DescribeConfigsResourceResult.Documentation") : "",
  }
  if (flex) {
    const u = r.taggedFields("DescribeConfigsResourceResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, m: MessageInit<DescribeConfigsResponseDescribeConfigsResourceResult>, v: number): void {
  const flex = v === 4
  w.string((m.name ?? ""), flex, "DescribeConfigsResourceResult.Name")
  w.nullableString((m.value === undefined ? "" : m.value), flex, true, "DescribeConfigsResourceResult.Value")
  w.bool((m.readOnly ?? false), "DescribeConfigsResourceResult.ReadOnly")
  if (v === 0) w.bool((m.isDefault ?? false), "DescribeConfigsResourceResult.IsDefault")
  else if (m.isDefault !== undefined && m.isDefault !== false) w.notInVersion("DescribeConfigsResourceResult.IsDefault")
  if (v >= 1) w.int8((m.configSource ?? -1), "DescribeConfigsResourceResult.ConfigSource")
  w.bool((m.isSensitive ?? false), "DescribeConfigsResourceResult.IsSensitive")
  if (v >= 1) writeArray(w, (m.synonyms ?? EMPTY_ARRAY), flex, false, v, writeDescribeConfigsResponseDescribeConfigsSynonym, "DescribeConfigsResourceResult.Synonyms")
  if (v >= 3) w.int8((m.configType ?? 0), "DescribeConfigsResourceResult.ConfigType")
  if (v >= 3) w.nullableString((m.documentation === undefined ? "" : m.documentation), flex, v >= 3, "DescribeConfigsResourceResult.Documentation")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeConfigsResourceResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeConfigsResourceResult._tagged_fields")
  }
}

/** DescribeConfigsSynonym in DescribeConfigsResponse (versions 1-4) */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. (versions 1+) */
  name: string
  /** The synonym value. (versions 1+, nullable 1+) */
  value: string | null
  /** The synonym source. (versions 1+) */
  source: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const flex = v === 4
  const o: DescribeConfigsResponseDescribeConfigsSynonym = {
    name: r.string(flex, "DescribeConfigsSynonym.Name"),
    value: r.nullableString(flex, true, "DescribeConfigsSynonym.Value"),
    source: r.int8("DescribeConfigsSynonym.Source"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeConfigsSynonym._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, m: MessageInit<DescribeConfigsResponseDescribeConfigsSynonym>, v: number): void {
  const flex = v === 4
  w.string((m.name ?? ""), flex, "DescribeConfigsSynonym.Name")
  w.nullableString((m.value === undefined ? "" : m.value), flex, true, "DescribeConfigsSynonym.Value")
  w.int8((m.source ?? 0), "DescribeConfigsSynonym.Source")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeConfigsSynonym._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeConfigsSynonym._tagged_fields")
  }
}

export function decodeDescribeConfigsResponse(r: Reader, version: number): DescribeConfigsResponse {
  r.begin("DescribeConfigsResponse", version, 0, 4)
  return readDescribeConfigsResponse(r, version)
}

export function encodeDescribeConfigsResponse(w: Writer, m: MessageInit<DescribeConfigsResponse>, version: number): void {
  w.begin("DescribeConfigsResponse", version, 0, 4)
  writeDescribeConfigsResponse(w, m, version)
}
