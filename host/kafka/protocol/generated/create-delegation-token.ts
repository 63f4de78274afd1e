// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, EMPTY_BYTES, readArray, writeArray } from '../codec.js'

/*
 * CreateDelegationToken Request (Versions: 0-1) => [renewers] max_lifetime_ms
 *   renewers => principal_type principal_name
 *     principal_type => STRING
 *     principal_name => STRING
 *   max_lifetime_ms => INT64
 * CreateDelegationToken Request (Version: 2) => [renewers] max_lifetime_ms _tagged_fields
 *   renewers => principal_type principal_name _tagged_fields
 *     principal_type => COMPACT_STRING
 *     principal_name => COMPACT_STRING
 *   max_lifetime_ms => INT64
 * CreateDelegationToken Request (Version: 3) => owner_principal_type owner_principal_name [renewers] max_lifetime_ms _tagged_fields
 *   owner_principal_type => COMPACT_NULLABLE_STRING
 *   owner_principal_name => COMPACT_NULLABLE_STRING
 *   renewers => principal_type principal_name _tagged_fields
 *     principal_type => COMPACT_STRING
 *     principal_name => COMPACT_STRING
 *   max_lifetime_ms => INT64
 */
/** CreateDelegationTokenRequest (versions 0-3, flexible 2+) */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. (versions 3+, nullable 3+) */
  ownerPrincipalType: string | null
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. (versions 3+, nullable 3+) */
  ownerPrincipalName: string | null
  /** A list of those who are allowed to renew this token before it expires. (versions 0+) */
  renewers: CreateDelegationTokenRequestCreatableRenewers[]
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. (versions 0+) */
  maxLifetimeMs: bigint
  unknownTaggedFields?: TaggedField[]
}

function readCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  const flex = v >= 2
  const o: CreateDelegationTokenRequest = {
    ownerPrincipalType: v === 3 ? r.nullableString(flex, v === 3, "OwnerPrincipalType") : "",
    ownerPrincipalName: v === 3 ? r.nullableString(flex, v === 3, "OwnerPrincipalName") : "",
    renewers: readArray(r, flex, v, readCreateDelegationTokenRequestCreatableRenewers, "Renewers"),
    maxLifetimeMs: r.int64("MaxLifetimeMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateDelegationTokenRequest(w: Writer, m: MessageInit<CreateDelegationTokenRequest>, v: number): void {
  const flex = v >= 2
  if (v === 3) w.nullableString((m.ownerPrincipalType === undefined ? "" : m.ownerPrincipalType), flex, v === 3, "OwnerPrincipalType")
  else if (m.ownerPrincipalType !== undefined && m.ownerPrincipalType !== "") w.notInVersion("OwnerPrincipalType")
  if (v === 3) w.nullableString((m.ownerPrincipalName === undefined ? "" : m.ownerPrincipalName), flex, v === 3, "OwnerPrincipalName")
  else if (m.ownerPrincipalName !== undefined && m.ownerPrincipalName !== "") w.notInVersion("OwnerPrincipalName")
  writeArray(w, (m.renewers ?? EMPTY_ARRAY), flex, false, v, writeCreateDelegationTokenRequestCreatableRenewers, "Renewers")
  w.int64((m.maxLifetimeMs ?? 0n), "MaxLifetimeMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** CreatableRenewers in CreateDelegationTokenRequest (versions 0-3) */
export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. (versions 0+) */
  principalType: string
  /** The name of the Kafka principal. (versions 0+) */
  principalName: string
  unknownTaggedFields?: TaggedField[]
}

function readCreateDelegationTokenRequestCreatableRenewers(r: Reader, v: number): CreateDelegationTokenRequestCreatableRenewers {
  const flex = v >= 2
  const o: CreateDelegationTokenRequestCreatableRenewers = {
    principalType: r.string(flex, "CreatableRenewers.PrincipalType"),
    principalName: r.string(flex, "CreatableRenewers.PrincipalName"),
  }
  if (flex) {
    const u = r.taggedFields("CreatableRenewers._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateDelegationTokenRequestCreatableRenewers(w: Writer, m: MessageInit<CreateDelegationTokenRequestCreatableRenewers>, v: number): void {
  const flex = v >= 2
  w.string((m.principalType ?? ""), flex, "CreatableRenewers.PrincipalType")
  w.string((m.principalName ?? ""), flex, "CreatableRenewers.PrincipalName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "CreatableRenewers._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "CreatableRenewers._tagged_fields")
  }
}

export function decodeCreateDelegationTokenRequest(r: Reader, version: number): CreateDelegationTokenRequest {
  r.begin("CreateDelegationTokenRequest", version, 0, 3)
  return readCreateDelegationTokenRequest(r, version)
}

export function encodeCreateDelegationTokenRequest(w: Writer, m: MessageInit<CreateDelegationTokenRequest>, version: number): void {
  w.begin("CreateDelegationTokenRequest", version, 0, 3)
  writeCreateDelegationTokenRequest(w, m, version)
}

/*
 * CreateDelegationToken Response (Versions: 0-1) => error_code principal_type principal_name issue_timestamp_ms expiry_timestamp_ms max_timestamp_ms token_id hmac throttle_time_ms
 *   error_code => INT16
 *   principal_type => STRING
 *   principal_name => STRING
 *   issue_timestamp_ms => INT64
 *   expiry_timestamp_ms => INT64
 *   max_timestamp_ms => INT64
 *   token_id => STRING
 *   hmac => BYTES
 *   throttle_time_ms => INT32
 * CreateDelegationToken Response (Version: 2) => error_code principal_type principal_name issue_timestamp_ms expiry_timestamp_ms max_timestamp_ms token_id hmac throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   principal_type => COMPACT_STRING
 *   principal_name => COMPACT_STRING
 *   issue_timestamp_ms => INT64
 *   expiry_timestamp_ms => INT64
 *   max_timestamp_ms => INT64
 *   token_id => COMPACT_STRING
 *   hmac => COMPACT_BYTES
 *   throttle_time_ms => INT32
 * CreateDelegationToken Response (Version: 3) => error_code principal_type principal_name token_requester_principal_type token_requester_principal_name issue_timestamp_ms expiry_timestamp_ms max_timestamp_ms token_id hmac throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   principal_type => COMPACT_STRING
 *   principal_name => COMPACT_STRING
 *   token_requester_principal_type => COMPACT_STRING
 *   token_requester_principal_name => COMPACT_STRING
 *   issue_timestamp_ms => INT64
 *   expiry_timestamp_ms => INT64
 *   max_timestamp_ms => INT64
 *   token_id => COMPACT_STRING
 *   hmac => COMPACT_BYTES
 *   throttle_time_ms => INT32
 */
/** CreateDelegationTokenResponse (versions 0-3, flexible 2+) */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. (versions 0+) */
  errorCode: number
  /** The principal type of the token owner. (versions 0+) */
  principalType: string
  /** The name of the token owner. (versions 0+) */
  principalName: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalType: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalName: string
  /** When this token was generated. (versions 0+) */
  issueTimestampMs: bigint
  /** When this token expires. (versions 0+) */
  expiryTimestampMs: bigint
  /** The maximum lifetime of this token. (versions 0+) */
  maxTimestampMs: bigint
  /** The token UUID. (versions 0+) */
  tokenId: string
  /** HMAC of the delegation token. (versions 0+) */
  hmac: Uint8Array
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  unknownTaggedFields?: TaggedField[]
}

function readCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  const flex = v >= 2
  const o: CreateDelegationTokenResponse = {
    errorCode: r.int16("ErrorCode"),
    principalType: r.string(flex, "PrincipalType"),
    principalName: r.string(flex, "PrincipalName"),
    tokenRequesterPrincipalType: v === 3 ? r.string(flex, "TokenRequesterPrincipalType") : "",
    tokenRequesterPrincipalName: v === 3 ? r.string(flex, "TokenRequesterPrincipalName") : "",
    issueTimestampMs: r.int64("IssueTimestampMs"),
    expiryTimestampMs: r.int64("ExpiryTimestampMs"),
    maxTimestampMs: r.int64("MaxTimestampMs"),
    tokenId: r.string(flex, "TokenId"),
    hmac: r.bytesField(flex, true, "Hmac"),
    throttleTimeMs: r.int32("ThrottleTimeMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeCreateDelegationTokenResponse(w: Writer, m: MessageInit<CreateDelegationTokenResponse>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.string((m.principalType ?? ""), flex, "PrincipalType")
  w.string((m.principalName ?? ""), flex, "PrincipalName")
  if (v === 3) w.string((m.tokenRequesterPrincipalType ?? ""), flex, "TokenRequesterPrincipalType")
  else if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== "") w.notInVersion("TokenRequesterPrincipalType")
  if (v === 3) w.string((m.tokenRequesterPrincipalName ?? ""), flex, "TokenRequesterPrincipalName")
  else if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== "") w.notInVersion("TokenRequesterPrincipalName")
  w.int64((m.issueTimestampMs ?? 0n), "IssueTimestampMs")
  w.int64((m.expiryTimestampMs ?? 0n), "ExpiryTimestampMs")
  w.int64((m.maxTimestampMs ?? 0n), "MaxTimestampMs")
  w.string((m.tokenId ?? ""), flex, "TokenId")
  w.bytesField((m.hmac ?? EMPTY_BYTES), flex, "Hmac")
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeCreateDelegationTokenResponse(r: Reader, version: number): CreateDelegationTokenResponse {
  r.begin("CreateDelegationTokenResponse", version, 0, 3)
  return readCreateDelegationTokenResponse(r, version)
}

export function encodeCreateDelegationTokenResponse(w: Writer, m: MessageInit<CreateDelegationTokenResponse>, version: number): void {
  w.begin("CreateDelegationTokenResponse", version, 0, 3)
  writeCreateDelegationTokenResponse(w, m, version)
}
