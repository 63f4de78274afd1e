// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions CreateAclsRequest.json, CreateAclsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * CreateAcls Request (Version: 0) => [creations]
 *   creations => resource_type resource_name principal host operation permission_type
 *     resource_type => INT8
 *     resource_name => STRING
 *     principal => STRING
 *     host => STRING
 *     operation => INT8
 *     permission_type => INT8
 * CreateAcls Request (Version: 1) => [creations]
 *   creations => resource_type resource_name resource_pattern_type principal host operation permission_type
 *     resource_type => INT8
 *     resource_name => STRING
 *     resource_pattern_type => INT8
 *     principal => STRING
 *     host => STRING
 *     operation => INT8
 *     permission_type => INT8
 * CreateAcls Request (Versions: 2-3) => [creations] _tagged_fields
 *   creations => resource_type resource_name resource_pattern_type principal host operation permission_type _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     resource_pattern_type => INT8
 *     principal => COMPACT_STRING
 *     host => COMPACT_STRING
 *     operation => INT8
 *     permission_type => INT8
 */
/** CreateAclsRequest (versions 0-3, flexible 2+) */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. (versions 0+) */
  creations: CreateAclsRequestAclCreation[]
  unknownTaggedFields?: TaggedField[]
}

function readCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  const flex = v >= 2
  const o: CreateAclsRequest = {
    creations: readArray(r, flex, v, readCreateAclsRequestAclCreation, "Creations"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateAclsRequest(w: Writer, m: MessageInit<CreateAclsRequest>, v: number): void {
  const flex = v >= 2
  writeArray(w, (m.creations ?? EMPTY_ARRAY), flex, false, v, writeCreateAclsRequestAclCreation, "Creations")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AclCreation in CreateAclsRequest (versions 0-3) */
export interface CreateAclsRequestAclCreation {
  /** The type of the resource. (versions 0+) */
  resourceType: number
  /** The resource name for the ACL. (versions 0+) */
  resourceName: string
  /** The pattern type for the ACL. (versions 1+, default 3) */
  resourcePatternType: number
  /** The principal for the ACL. (versions 0+) */
  principal: string
  /** The host for the ACL. (versions 0+) */
  host: string
  /** The operation type for the ACL (read, write, etc.). (versions 0+) */
  operation: number
  /** The permission type for the ACL (allow, deny, etc.). (versions 0+) */
  permissionType: number
  unknownTaggedFields?: TaggedField[]
}

function readCreateAclsRequestAclCreation(r: Reader, v: number): CreateAclsRequestAclCreation {
  const flex = v >= 2
  const o: CreateAclsRequestAclCreation = {
    resourceType: r.int8("AclCreation.ResourceType"),
    resourceName: r.string(flex, "AclCreation.ResourceName"),
    resourcePatternType: v >= 1 ? r.int8("AclCreation.ResourcePatternType") : 3,
    principal: r.string(flex, "AclCreation.Principal"),
    host: r.string(flex, "AclCreation.Host"),
    operation: r.int8("AclCreation.Operation"),
    permissionType: r.int8("AclCreation.PermissionType"),
  }
  if (flex) {
    const u = r.taggedFields("AclCreation._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateAclsRequestAclCreation(w: Writer, m: MessageInit<CreateAclsRequestAclCreation>, v: number): void {
  const flex = v >= 2
  w.int8((m.resourceType ?? 0), "AclCreation.ResourceType")
  w.string((m.resourceName ?? ""), flex, "AclCreation.ResourceName")
  if (v >= 1) w.int8((m.resourcePatternType ?? 3), "AclCreation.ResourcePatternType")
  else if (m.resourcePatternType !== undefined && m.resourcePatternType !== 3) w.notInVersion("AclCreation.ResourcePatternType")
  w.string((m.principal ?? ""), flex, "AclCreation.Principal")
  w.string((m.host ?? ""), flex, "AclCreation.Host")
  w.int8((m.operation ?? 0), "AclCreation.Operation")
  w.int8((m.permissionType ?? 0), "AclCreation.PermissionType")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AclCreation._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AclCreation._tagged_fields")
  }
}

export function decodeCreateAclsRequest(r: Reader, version: number): CreateAclsRequest {
  r.begin("CreateAclsRequest", version, 0, 3)
  return readCreateAclsRequest(r, version)
}

export function encodeCreateAclsRequest(w: Writer, m: MessageInit<CreateAclsRequest>, version: number): void {
  w.begin("CreateAclsRequest", version, 0, 3)
  writeCreateAclsRequest(w, m, version)
}

/*
 * CreateAcls Response (Versions: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 * CreateAcls Response (Versions: 2-3) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => error_code error_message _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
/** CreateAclsResponse (versions 0-3, flexible 2+) */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The results for each ACL creation. (versions 0+) */
  results: CreateAclsResponseAclCreationResult[]
  unknownTaggedFields?: TaggedField[]
}

function readCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  const flex = v >= 2
  const o: CreateAclsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    results: readArray(r, flex, v, readCreateAclsResponseAclCreationResult, "Results"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateAclsResponse(w: Writer, m: MessageInit<CreateAclsResponse>, v: number): void {
  const flex = v >= 2
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  writeArray(w, (m.results ?? EMPTY_ARRAY), flex, false, v, writeCreateAclsResponseAclCreationResult, "Results")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** AclCreationResult in CreateAclsResponse (versions 0-3) */
export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The result message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readCreateAclsResponseAclCreationResult(r: Reader, v: number): CreateAclsResponseAclCreationResult {
  const flex = v >= 2
  const o: CreateAclsResponseAclCreationResult = {
    errorCode: r.int16("AclCreationResult.ErrorCode"),
    errorMessage: r.nullableString(flex, true, "AclCreationResult.ErrorMessage"),
  }
  if (flex) {
    const u = r.taggedFields("AclCreationResult._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateAclsResponseAclCreationResult(w: Writer, m: MessageInit<CreateAclsResponseAclCreationResult>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "AclCreationResult.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), flex, true, "AclCreationResult.ErrorMessage")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "AclCreationResult._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "AclCreationResult._tagged_fields")
  }
}

export function decodeCreateAclsResponse(r: Reader, version: number): CreateAclsResponse {
  r.begin("CreateAclsResponse", version, 0, 3)
  return readCreateAclsResponse(r, version)
}

export function encodeCreateAclsResponse(w: Writer, m: MessageInit<CreateAclsResponse>, version: number): void {
  w.begin("CreateAclsResponse", version, 0, 3)
  writeCreateAclsResponse(w, m, version)
}
