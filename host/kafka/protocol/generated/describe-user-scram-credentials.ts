// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, readNullableArray, writeArray } from '../codec.js'

/*
 * DescribeUserScramCredentials Request (Version: 0) => [users] _tagged_fields
 *   users => name _tagged_fields
 *     name => COMPACT_STRING
 */
/** DescribeUserScramCredentialsRequest (versions 0, flexible 0+) */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. (versions 0+, nullable 0+) */
  users: DescribeUserScramCredentialsRequestUserName[] | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  const o: DescribeUserScramCredentialsRequest = {
    users: readNullableArray(r, true, true, v, readDescribeUserScramCredentialsRequestUserName, "Users"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeUserScramCredentialsRequest(w: Writer, m: MessageInit<DescribeUserScramCredentialsRequest>, v: number): void {
  writeArray(w, (m.users === undefined ? EMPTY_ARRAY : m.users), true, true, v, writeDescribeUserScramCredentialsRequestUserName, "Users")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** UserName in DescribeUserScramCredentialsRequest (versions 0) */
export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. (versions 0+) */
  name: string
  unknownTaggedFields?: TaggedField[]
}

function readDescribeUserScramCredentialsRequestUserName(r: Reader, v: number): DescribeUserScramCredentialsRequestUserName {
  const o: DescribeUserScramCredentialsRequestUserName = {
    name: r.string(true, "UserName.Name"),
  }
  const u = r.taggedFields("UserName._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeUserScramCredentialsRequestUserName(w: Writer, m: MessageInit<DescribeUserScramCredentialsRequestUserName>, v: number): void {
  w.string((m.name ?? ""), true, "UserName.Name")
  w.taggedFields(m.unknownTaggedFields, "UserName._tagged_fields")
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, version: number): DescribeUserScramCredentialsRequest {
  r.begin("DescribeUserScramCredentialsRequest", version, 0, 0)
  return readDescribeUserScramCredentialsRequest(r, version)
}

export function encodeDescribeUserScramCredentialsRequest(w: Writer, m: MessageInit<DescribeUserScramCredentialsRequest>, version: number): void {
  w.begin("DescribeUserScramCredentialsRequest", version, 0, 0)
  writeDescribeUserScramCredentialsRequest(w, m, version)
}

/*
 * DescribeUserScramCredentials Response (Version: 0) => throttle_time_ms error_code error_message [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   results => user error_code error_message [credential_infos] _tagged_fields
 *     user => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     credential_infos => mechanism iterations _tagged_fields
 *       mechanism => INT8
 *       iterations => INT32
 */
/** DescribeUserScramCredentialsResponse (versions 0, flexible 0+) */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The message-level error code, 0 except for user authorization or infrastructure issues. (versions 0+) */
  errorCode: number
  /** The message-level error message, if any. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The results for descriptions, one per user. (versions 0+) */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  const o: DescribeUserScramCredentialsResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    results: readArray(r, true, v, readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, "Results"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeUserScramCredentialsResponse(w: Writer, m: MessageInit<DescribeUserScramCredentialsResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DescribeUserScramCredentialsResult in DescribeUserScramCredentialsResponse (versions 0) */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. (versions 0+) */
  user: string
  /** The user-level error code. (versions 0+) */
  errorCode: number
  /** The user-level error message, if any. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** The mechanism and related information associated with the user's SCRAM credentials. (versions 0+) */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, v: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  const o: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = {
    user: r.string(true, "DescribeUserScramCredentialsResult.User"),
    errorCode: r.int16("DescribeUserScramCredentialsResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "DescribeUserScramCredentialsResult.ErrorMessage"),
    credentialInfos: readArray(r, true, v, readDescribeUserScramCredentialsResponseCredentialInfo, "DescribeUserScramCredentialsResult.CredentialInfos"),
  }
  const u = r.taggedFields("DescribeUserScramCredentialsResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, m: MessageInit<DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult>, v: number): void {
  w.string((m.user ?? ""), true, "DescribeUserScramCredentialsResult.User")
  w.int16((m.errorCode ?? 0), "DescribeUserScramCredentialsResult.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "DescribeUserScramCredentialsResult.ErrorMessage")
  writeArray(w, (m.credentialInfos ?? EMPTY_ARRAY), true, false, v, writeDescribeUserScramCredentialsResponseCredentialInfo, "DescribeUserScramCredentialsResult.CredentialInfos")
  w.taggedFields(m.unknownTaggedFields, "DescribeUserScramCredentialsResult._tagged_fields")
}

/** CredentialInfo in DescribeUserScramCredentialsResponse (versions 0) */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. (versions 0+) */
  mechanism: number
  /** The number of iterations used in the SCRAM credential. (versions 0+) */
  iterations: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, v: number): DescribeUserScramCredentialsResponseCredentialInfo {
  const o: DescribeUserScramCredentialsResponseCredentialInfo = {
    mechanism: r.int8("CredentialInfo.Mechanism"),
    iterations: r.int32("CredentialInfo.Iterations"),
  }
  const u = r.taggedFields("CredentialInfo._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, m: MessageInit<DescribeUserScramCredentialsResponseCredentialInfo>, v: number): void {
  w.int8((m.mechanism ?? 0), "CredentialInfo.Mechanism")
  w.int32((m.iterations ?? 0), "CredentialInfo.Iterations")
  w.taggedFields(m.unknownTaggedFields, "CredentialInfo._tagged_fields")
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, version: number): DescribeUserScramCredentialsResponse {
  r.begin("DescribeUserScramCredentialsResponse", version, 0, 0)
  return readDescribeUserScramCredentialsResponse(r, version)
}

export function encodeDescribeUserScramCredentialsResponse(w: Writer, m: MessageInit<DescribeUserScramCredentialsResponse>, version: number): void {
  w.begin("DescribeUserScramCredentialsResponse", version, 0, 0)
  writeDescribeUserScramCredentialsResponse(w, m, version)
}
