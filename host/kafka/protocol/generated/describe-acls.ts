// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeAclsRequest.json, DescribeAclsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * DescribeAcls Request (Version: 0) => resource_type_filter resource_name_filter principal_filter host_filter operation permission_type
 *   resource_type_filter => INT8
 *   resource_name_filter => NULLABLE_STRING
 *   principal_filter => NULLABLE_STRING
 *   host_filter => NULLABLE_STRING
 *   operation => INT8
 *   permission_type => INT8
 * DescribeAcls Request (Version: 1) => resource_type_filter resource_name_filter pattern_type_filter principal_filter host_filter operation permission_type
 *   resource_type_filter => INT8
 *   resource_name_filter => NULLABLE_STRING
 *   pattern_type_filter => INT8
 *   principal_filter => NULLABLE_STRING
 *   host_filter => NULLABLE_STRING
 *   operation => INT8
 *   permission_type => INT8
 * DescribeAcls Request (Versions: 2-3) => resource_type_filter resource_name_filter pattern_type_filter principal_filter host_filter operation permission_type _tagged_fields
 *   resource_type_filter => INT8
 *   resource_name_filter => COMPACT_NULLABLE_STRING
 *   pattern_type_filter => INT8
 *   principal_filter => COMPACT_NULLABLE_STRING
 *   host_filter => COMPACT_NULLABLE_STRING
 *   operation => INT8
 *   permission_type => INT8
 */
/** DescribeAclsRequest (versions 0-3, flexible 2+) */
export interface DescribeAclsRequest {
  /** The resource type. (versions 0+) */
  resourceTypeFilter: number
  /** The resource name, or null to match any resource name. (versions 0+, nullable 0+) */
  resourceNameFilter: string | null
  /** The resource pattern to match. (versions 1+, default 3) */
  patternTypeFilter: number
  /** The principal to match, or null to match any principal. (versions 0+, nullable 0+) */
  principalFilter: string | null
  /** The host to match, or null to match any host. (versions 0+, nullable 0+) */
  hostFilter: string | null
  /** The operation to match. (versions 0+) */
  operation: number
  /** The permission type to match. (versions 0+) */
  permissionType: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  const flex = v >= 2
  const o: DescribeAclsRequest = {
    resourceTypeFilter: r.int8("ResourceTypeFilter"),
    resourceNameFilter: r.nullableString(flex, true, "ResourceNameFilter"),
    patternTypeFilter: v >= 1 ? r.int8("PatternTypeFilter") : 3,
    principalFilter: r.nullableString(flex, true, "PrincipalFilter"),
    hostFilter: r.nullableString(flex, true, "HostFilter"),
    operation: r.int8("Operation"),
    permissionType: r.int8("PermissionType"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeAclsRequest(w: Writer, m: MessageInit<DescribeAclsRequest>, v: number): void {
  const flex = v >= 2
  w.int8((m.resourceTypeFilter ?? 0), "ResourceTypeFilter")
  w.nullableString((m.resourceNameFilter === undefined ? "" : m.resourceNameFilter), flex, true, "ResourceNameFilter")
  if (v >= 1) w.int8((m.patternTypeFilter ?? 3), "PatternTypeFilter")
  else if (m.patternTypeFilter !== undefined && m.patternTypeFilter !== 3) w.notInVersion("PatternTypeFilter")
  w.nullableString((m.principalFilter === undefined ? "" : m.principalFilter), flex, true, "PrincipalFilter")
  w.nullableString((m.hostFilter === undefined ? "" : m.hostFilter), flex, true, "HostFilter")
  w.int8((m.operation ?? 0), "Operation")
  w.int8((m.permissionType ?? 0), "PermissionType")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeDescribeAclsRequest(r: Reader, version: number): DescribeAclsRequest {
  r.begin("DescribeAclsRequest", version, 0, 3)
  return readDescribeAclsRequest(r, version)
}

export function encodeDescribeAclsRequest(w: Writer, m: MessageInit<DescribeAclsRequest>, version: number): void {
  w.begin("DescribeAclsRequest", version, 0, 3)
  writeDescribeAclsRequest(w, m, version)
}

/*
 * DescribeAcls Response (Version: 0) => throttle_time_ms error_code error_message [resources]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   resources => resource_type resource_name [acls]
 *     resource_type => INT8
 *     resource_name => STRING
 *     acls => principal host operation permission_type
 *       principal => STRING
 *       host => STRING
 *       operation => INT8
 *       permission_type => INT8
 * DescribeAcls Response (Version: 1) => throttle_time_ms error_code error_message [resources]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   resources => resource_type resource_name pattern_type [acls]
 *     resource_type => INT8
 *     resource_name => STRING
 *     pattern_type => INT8
 *     acls => principal host operation permission_type
 *       principal => STRING
 *       host => STRING
 *       operation => INT8
 *       permission_type => INT8
 * DescribeAcls Response (Versions: 2-3) => throttle_time_ms error_code error_message [resources] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   resources => resource_type resource_name pattern_type [acls] _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     pattern_type => INT8
 *     acls => principal host operation permission_type _tagged_fields
 *       principal => COMPACT_STRING
 *       host => COMPACT_STRING
 *       operation => INT8
 *       permission_type => INT8
 */
/** DescribeAclsResponse (versions 0-3, flexible 2+) */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** Each Resource that is referenced in an ACL. (versions 0+) */
  resources: DescribeAclsResponseDescribeAclsResource[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  const flex = v >= 2
  const o: DescribeAclsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(flex, true, "ErrorMessage"),
    resources: readArray(r, flex, v, readDescribeAclsResponseDescribeAclsResource, "Resources"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeAclsResponse(w: Writer, m: MessageInit<DescribeAclsResponse>, v: number): void {
  const flex = v >= 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "ErrorMessage")
  writeArray(w, (m.resources ?? EMPTY_ARRAY), flex, false, v, writeDescribeAclsResponseDescribeAclsResource, "Resources")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribeAclsResource in DescribeAclsResponse (versions 0-3) */
export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. (versions 0+) */
  resourceType: number
  /** The resource name. (versions 0+) */
  resourceName: string
  /** The resource pattern type. (versions 1+, default 3) */
  patternType: number
  /** The ACLs. (versions 0+) */
  acls: DescribeAclsResponseAclDescription[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeAclsResponseDescribeAclsResource(r: Reader, v: number): DescribeAclsResponseDescribeAclsResource {
  const flex = v >= 2
  const o: DescribeAclsResponseDescribeAclsResource = {
    resourceType: r.int8("DescribeAclsResource.ResourceType"),
    resourceName: r.string(flex, "DescribeAclsResource.ResourceName"),
    patternType: v >= 1 ? r.int8("DescribeAclsResource.PatternType") : 3,
    acls: readArray(r, flex, v, readDescribeAclsResponseAclDescription, "DescribeAclsResource.Acls"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeAclsResource._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeAclsResponseDescribeAclsResource(w: Writer, m: MessageInit<DescribeAclsResponseDescribeAclsResource>, v: number): void {
  const flex = v >= 2
  w.int8((m.resourceType ?? 0), "DescribeAclsResource.ResourceType")
  w.string((m.resourceName ?? ""), flex, "DescribeAclsResource.ResourceName")
  if (v >= 1) w.int8((m.patternType ?? 3), "DescribeAclsResource.PatternType")
  else if (m.patternType !== undefined && m.patternType !== 3) w.notInVersion("DescribeAclsResource.PatternType")
  writeArray(w, (m.acls ?? EMPTY_ARRAY), flex, false, v, writeDescribeAclsResponseAclDescription, "DescribeAclsResource.Acls")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeAclsResource._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeAclsResource._tagged_fields")
  }
}

/** AclDescription in DescribeAclsResponse (versions 0-3) */
export interface DescribeAclsResponseAclDescription {
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

function readDescribeAclsResponseAclDescription(r: Reader, v: number): DescribeAclsResponseAclDescription {
  const flex = v >= 2
  const o: DescribeAclsResponseAclDescription = {
    principal: r.string(flex, "AclDescription.Principal"),
    host: r.string(flex, "AclDescription.Host"),
    operation: r.int8("AclDescription.Operation"),
    permissionType: r.int8("AclDescription.PermissionType"),
  }
  if (flex) {
    const u = r.taggedFields("AclDescription._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeAclsResponseAclDescription(w: Writer, m: MessageInit<DescribeAclsResponseAclDescription>, v: number): void {
  const flex = v >= 2
  w.string((m.principal ?? ""), flex, "AclDescription.Principal")
  w.string((m.host ?? ""), flex, "AclDescription.Host")
  w.int8((m.operation ?? 0), "AclDescription.Operation")
  w.int8((m.permissionType ?? 0), "AclDescription.PermissionType")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AclDescription._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AclDescription._tagged_fields")
  }
}

export function decodeDescribeAclsResponse(r: Reader, version: number): DescribeAclsResponse {
  r.begin("DescribeAclsResponse", version, 0, 3)
  return readDescribeAclsResponse(r, version)
}

export function encodeDescribeAclsResponse(w: Writer, m: MessageInit<DescribeAclsResponse>, version: number): void {
  w.begin("DescribeAclsResponse", version, 0, 3)
  writeDescribeAclsResponse(w, m, version)
}
