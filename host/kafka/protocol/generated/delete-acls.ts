// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DeleteAclsRequest.json, DeleteAclsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * DeleteAcls Request (Version: 0) => [filters]
 *   filters => resource_type_filter resource_name_filter principal_filter host_filter operation permission_type
 *     resource_type_filter => INT8
 *     resource_name_filter => NULLABLE_STRING
 *     principal_filter => NULLABLE_STRING
 *     host_filter => NULLABLE_STRING
 *     operation => INT8
 *     permission_type => INT8
 * DeleteAcls Request (Version: 1) => [filters]
 *   filters => resource_type_filter resource_name_filter pattern_type_filter principal_filter host_filter operation permission_type
 *     resource_type_filter => INT8
 *     resource_name_filter => NULLABLE_STRING
 *     pattern_type_filter => INT8
 *     principal_filter => NULLABLE_STRING
 *     host_filter => NULLABLE_STRING
 *     operation => INT8
 *     permission_type => INT8
 * DeleteAcls Request (Versions: 2-3) => [filters] _tagged_fields
 *   filters => resource_type_filter resource_name_filter pattern_type_filter principal_filter host_filter operation permission_type _tagged_fields
 *     resource_type_filter => INT8
 *     resource_name_filter => COMPACT_NULLABLE_STRING
 *     pattern_type_filter => INT8
 *     principal_filter => COMPACT_NULLABLE_STRING
 *     host_filter => COMPACT_NULLABLE_STRING
 *     operation => INT8
 *     permission_type => INT8
 */
/** DeleteAclsRequest (versions 0-3, flexible 2+) */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. (versions 0+) */
  filters: DeleteAclsRequestDeleteAclsFilter[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  const flex = v >= 2
  const o: DeleteAclsRequest = {
    filters: readArray(r, flex, v, readDeleteAclsRequestDeleteAclsFilter, "Filters"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteAclsRequest(w: Writer, m: MessageInit<DeleteAclsRequest>, v: number): void {
  const flex = v >= 2
  writeArray(w, (m.filters ?? EMPTY_ARRAY), flex, false, v, writeDeleteAclsRequestDeleteAclsFilter, "Filters")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeleteAclsFilter in DeleteAclsRequest (versions 0-3) */
export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. (versions 0+) */
  resourceTypeFilter: number
  /** The resource name. (versions 0+, nullable 0+) */
  resourceNameFilter: string | null
  /** The pattern type. (versions 1+, default 3) */
  patternTypeFilter: number
  /** The principal filter, or null to accept all principals. (versions 0+, nullable 0+) */
  principalFilter: string | null
  /** The host filter, or null to accept all hosts. (versions 0+, nullable 0+) */
  hostFilter: string | null
  /** The ACL operation. (versions 0+) */
  operation: number
  /** The permission type. (versions 0+) */
  permissionType: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteAclsRequestDeleteAclsFilter(r: Reader, v: number): DeleteAclsRequestDeleteAclsFilter {
  const flex = v >= 2
  const o: DeleteAclsRequestDeleteAclsFilter = {
    resourceTypeFilter: r.int8("DeleteAclsFilter.ResourceTypeFilter"),
    resourceNameFilter: r.nullableString(flex, true, "DeleteAclsFilter.ResourceNameFilter"),
    patternTypeFilter: v >= 1 ? r.int8("DeleteAclsFilter.PatternTypeFilter") : 3,
    principalFilter: r.nullableString(flex, true, "DeleteAclsFilter.PrincipalFilter"),
    hostFilter: r.nullableString(flex, true, "DeleteAclsFilter.HostFilter"),
    operation: r.int8("DeleteAclsFilter.Operation"),
    permissionType: r.int8("DeleteAclsFilter.PermissionType"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteAclsFilter._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteAclsRequestDeleteAclsFilter(w: Writer, m: MessageInit<DeleteAclsRequestDeleteAclsFilter>, v: number): void {
  const flex = v >= 2
  w.int8((m.resourceTypeFilter ?? 0), "DeleteAclsFilter.ResourceTypeFilter")
  w.nullableString((m.resourceNameFilter === undefined ? "" : m.resourceNameFilter), flex, true, "DeleteAclsFilter.ResourceNameFilter")
  if (v >= 1) w.int8((m.patternTypeFilter ?? 3), "DeleteAclsFilter.PatternTypeFilter")
  else if (m.patternTypeFilter !== undefined && m.patternTypeFilter !== 3) w.notInVersion("DeleteAclsFilter.PatternTypeFilter")
  w.nullableString((m.principalFilter === undefined ? "" : m.principalFilter), flex, true, "DeleteAclsFilter.PrincipalFilter")
  w.nullableString((m.hostFilter === undefined ? "" : m.hostFilter), flex, true, "DeleteAclsFilter.HostFilter")
  w.int8((m.operation ?? 0), "DeleteAclsFilter.Operation")
  w.int8((m.permissionType ?? 0), "DeleteAclsFilter.PermissionType")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteAclsFilter._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteAclsFilter._tagged_fields")
  }
}

export function decodeDeleteAclsRequest(r: Reader, version: number): DeleteAclsRequest {
  r.begin("DeleteAclsRequest", version, 0, 3)
  return readDeleteAclsRequest(r, version)
}

export function encodeDeleteAclsRequest(w: Writer, m: MessageInit<DeleteAclsRequest>, version: number): void {
  w.begin("DeleteAclsRequest", version, 0, 3)
  writeDeleteAclsRequest(w, m, version)
}

/*
 * DeleteAcls Response (Version: 0) => throttle_time_ms [filter_results]
 *   throttle_time_ms => INT32
 *   filter_results => error_code error_message [matching_acls]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     matching_acls => error_code error_message resource_type resource_name principal host operation permission_type
 *       error_code => INT16
 *       error_message => NULLABLE_STRING
 *       resource_type => INT8
 *       resource_name => STRING
 *       principal => STRING
 *       host => STRING
 *       operation => INT8
 *       permission_type => INT8
 * DeleteAcls Response (Version: 1) => throttle_time_ms [filter_results]
 *   throttle_time_ms => INT32
 *   filter_results => error_code error_message [matching_acls]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     matching_acls => error_code error_message resource_type resource_name pattern_type principal host operation permission_type
 *       error_code => INT16
 *       error_message => NULLABLE_STRING
 *       resource_type => INT8
 *       resource_name => STRING
 *       pattern_type => INT8
 *       principal => STRING
 *       host => STRING
 *       operation => INT8
 *       permission_type => INT8
 * DeleteAcls Response (Versions: 2-3) => throttle_time_ms [filter_results] _tagged_fields
 *   throttle_time_ms => INT32
 *   filter_results => error_code error_message [matching_acls] _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     matching_acls => error_code error_message resource_type resource_name pattern_type principal host operation permission_type _tagged_fields
 *       error_code => INT16
 *       error_message => COMPACT_NULLABLE_STRING
 *       resource_type => INT8
 *       resource_name => COMPACT_STRING
 *       pattern_type => INT8
 *       principal => COMPACT_STRING
 *       host => COMPACT_STRING
 *       operation => INT8
 *       permission_type => INT8
 */
/** DeleteAclsResponse (versions 0-3, flexible 2+) */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each filter. (versions 0+) */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  const flex = v >= 2
  const o: DeleteAclsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    filterResults: readArray(r, flex, v, readDeleteAclsResponseDeleteAclsFilterResult, "FilterResults"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteAclsResponse(w: Writer, m: MessageInit<DeleteAclsResponse>, v: number): void {
  const flex = v >= 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.filterResults ?? EMPTY_ARRAY), flex, false, v, writeDeleteAclsResponseDeleteAclsFilterResult, "FilterResults")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DeleteAclsFilterResult in DeleteAclsResponse (versions 0-3) */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. (versions 0+) */
  errorCode: number
  /** The error message, or null if the filter succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The ACLs which matched this filter. (versions 0+) */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[]
  unknownTaggedFields?: TaggedField[]
}

function readDeleteAclsResponseDeleteAclsFilterResult(r: Reader, v: number): DeleteAclsResponseDeleteAclsFilterResult {
  const flex = v >= 2
  const o: DeleteAclsResponseDeleteAclsFilterResult = {
    errorCode: r.int16("DeleteAclsFilterResult.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "DeleteAclsFilterResult.ErrorMessage"),
    matchingAcls: readArray(r, flex, v, readDeleteAclsResponseDeleteAclsMatchingAcl, "DeleteAclsFilterResult.MatchingAcls"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteAclsFilterResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, m: MessageInit<DeleteAclsResponseDeleteAclsFilterResult>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "DeleteAclsFilterResult.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "DeleteAclsFilterResult.ErrorMessage")
  writeArray(w, (m.matchingAcls ?? EMPTY_ARRAY), flex, false, v, writeDeleteAclsResponseDeleteAclsMatchingAcl, "DeleteAclsFilterResult.MatchingAcls")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteAclsFilterResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteAclsFilterResult._tagged_fields")
  }
}

/** DeleteAclsMatchingAcl in DeleteAclsResponse (versions 0-3) */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. (versions 0+) */
  errorCode: number
  /** The deletion error message, or null if the deletion succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The ACL resource type. (versions 0+) */
  resourceType: number
  /** The ACL resource name. (versions 0+) */
  resourceName: string
  /** The ACL resource pattern type. (versions 1+, default 3) */
  patternType: number
  /** The ACL principal. (versions 0+) */
  principal: string
  /** The ACL host. (versions 0+) */
  host: string
  /** The ACL operation. (versions 0+) */
  operation: number
  /** The ACL permission type. (versions 0+) */
  permissionType: number
  unknownTaggedFields?: TaggedField[]
}

function readDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, v: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const flex = v >= 2
  const o: DeleteAclsResponseDeleteAclsMatchingAcl = {
    errorCode: r.int16("DeleteAclsMatchingAcl.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "DeleteAclsMatchingAcl.ErrorMessage"),
    resourceType: r.int8("DeleteAclsMatchingAcl.ResourceType"),
    resourceName: r.string(flex, "DeleteAclsMatchingAcl.ResourceName"),
    patternType: v >= 1 ? r.int8("DeleteAclsMatchingAcl.PatternType") : 3,
    principal: r.string(flex, "DeleteAclsMatchingAcl.Principal"),
    host: r.string(flex, "DeleteAclsMatchingAcl.Host"),
    operation: r.int8("DeleteAclsMatchingAcl.Operation"),
    permissionType: r.int8("DeleteAclsMatchingAcl.PermissionType"),
  }
  if (flex) {
    const u = r.taggedFields("DeleteAclsMatchingAcl._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, m: MessageInit<DeleteAclsResponseDeleteAclsMatchingAcl>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "DeleteAclsMatchingAcl.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "DeleteAclsMatchingAcl.ErrorMessage")
  w.int8((m.resourceType ?? 0), "DeleteAclsMatchingAcl.ResourceType")
  w.string((m.resourceName ?? ""), flex, "DeleteAclsMatchingAcl.ResourceName")
  if (v >= 1) w.int8((m.patternType ?? 3), "DeleteAclsMatchingAcl.PatternType")
  else if (m.patternType !== undefined && m.patternType !== 3) w.notInVersion("DeleteAclsMatchingAcl.PatternType")
  w.string((m.principal ?? ""), flex, "DeleteAclsMatchingAcl.Principal")
  w.string((m.host ?? ""), flex, "DeleteAclsMatchingAcl.Host")
  w.int8((m.operation ?? 0), "DeleteAclsMatchingAcl.Operation")
  w.int8((m.permissionType ?? 0), "DeleteAclsMatchingAcl.PermissionType")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DeleteAclsMatchingAcl._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DeleteAclsMatchingAcl._tagged_fields")
  }
}

export function decodeDeleteAclsResponse(r: Reader, version: number): DeleteAclsResponse {
  r.begin("DeleteAclsResponse", version, 0, 3)
  return readDeleteAclsResponse(r, version)
}

export function encodeDeleteAclsResponse(w: Writer, m: MessageInit<DeleteAclsResponse>, version: number): void {
  w.begin("DeleteAclsResponse", version, 0, 3)
  writeDeleteAclsResponse(w, m, version)
}
