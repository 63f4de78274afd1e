// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, EMPTY_BYTES, readArray, readNullableArray, writeArray } from '../codec.js'

/*
 * DescribeDelegationToken Request (Versions: 0-1) => [owners]
 *   owners => principal_type principal_name
 *     principal_type => STRING
 *     principal_name => STRING
 * DescribeDelegationToken Request (Versions: 2-3) => [owners] _tagged_fields
 *   owners => principal_type principal_name _tagged_fields
 *     principal_type => COMPACT_STRING
 *     principal_name => COMPACT_STRING
 */
/** DescribeDelegationTokenRequest (versions 0-3, flexible 2+) */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. (versions 0+, nullable 0+) */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  const flex = v >= 2
  const o: DescribeDelegationTokenRequest = {
    owners: readNullableArray(r, flex, true, v, readDescribeDelegationTokenRequestDescribeDelegationTokenOwner, "Owners"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeDelegationTokenRequest(w: Writer, m: MessageInit<DescribeDelegationTokenRequest>, v: number): void {
  const flex = v >= 2
  writeArray(w, (m.owners === undefined ? EMPTY_ARRAY : m.owners), flex, true, v, writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner, "Owners")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribeDelegationTokenOwner in DescribeDelegationTokenRequest (versions 0-3) */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. (versions 0+) */
  principalType: string
  /** The owner principal name. (versions 0+) */
  principalName: string
  unknownTaggedFields?: TaggedField[]
}

function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, v: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const flex = v >= 2
  const o: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = {
    principalType: r.string(flex, "DescribeDelegationTokenOwner.PrincipalType"),
    principalName: r.string(flex, "DescribeDelegationTokenOwner.PrincipalName"),
  }
  if (flex) {
    const u = r.taggedFields("DescribeDelegationTokenOwner._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, m: MessageInit<DescribeDelegationTokenRequestDescribeDelegationTokenOwner>, v: number): void {
  const flex = v >= 2
  w.string((m.principalType ?? ""), flex, "DescribeDelegationTokenOwner.PrincipalType")
  w.string((m.principalName ?? ""), flex, "DescribeDelegationTokenOwner.PrincipalName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribeDelegationTokenOwner._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribeDelegationTokenOwner._tagged_fields")
  }
}

export function decodeDescribeDelegationTokenRequest(r: Reader, version: number): DescribeDelegationTokenRequest {
  r.begin("DescribeDelegationTokenRequest", version, 0, 3)
  return readDescribeDelegationTokenRequest(r, version)
}

export function encodeDescribeDelegationTokenRequest(w: Writer, m: MessageInit<DescribeDelegationTokenRequest>, version: number): void {
  w.begin("DescribeDelegationTokenRequest", version, 0, 3)
  writeDescribeDelegationTokenRequest(w, m, version)
}

/*
 * DescribeDelegationToken Response (Versions: 0-1) => error_code [tokens] throttle_time_ms
 *   error_code => INT16
 *   tokens => principal_type principal_name issue_timestamp expiry_timestamp max_timestamp token_id hmac [renewers]
 *     principal_type => STRING
 *     principal_name => STRING
 *     issue_timestamp => INT64
 *     expiry_timestamp => INT64
 *     max_timestamp => INT64
 *     token_id => STRING
 *     hmac => BYTES
 *     renewers => principal_type principal_name
 *       principal_type => STRING
 *       principal_name => STRING
 *   throttle_time_ms => INT32
 * DescribeDelegationToken Response (Version: 2) => error_code [tokens] throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   tokens => principal_type principal_name issue_timestamp expiry_timestamp max_timestamp token_id hmac [renewers] _tagged_fields
 *     principal_type => COMPACT_STRING
 *     principal_name => COMPACT_STRING
 *     issue_timestamp => INT64
 *     expiry_timestamp => INT64
 *     max_timestamp => INT64
 *     token_id => COMPACT_STRING
 *     hmac => COMPACT_BYTES
 *     renewers => principal_type principal_name _tagged_fields
 *       principal_type => COMPACT_STRING
 *       principal_name => COMPACT_STRING
 *   throttle_time_ms => INT32
 * DescribeDelegationToken Response (Version: 3) => error_code [tokens] throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   tokens => principal_type principal_name token_requester_principal_type token_requester_principal_name issue_timestamp expiry_timestamp max_timestamp token_id hmac [renewers] _tagged_fields
 *     principal_type => COMPACT_STRING
 *     principal_name => COMPACT_STRING
 *     token_requester_principal_type => COMPACT_STRING
 *     token_requester_principal_name => COMPACT_STRING
 *     issue_timestamp => INT64
 *     expiry_timestamp => INT64
 *     max_timestamp => INT64
 *     token_id => COMPACT_STRING
 *     hmac => COMPACT_BYTES
 *     renewers => principal_type principal_name _tagged_fields
 *       principal_type => COMPACT_STRING
 *       principal_name => COMPACT_STRING
 *   throttle_time_ms => INT32
 */
/** DescribeDelegationTokenResponse (versions 0-3, flexible 2+) */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The tokens. (versions 0+) */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[]
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  const flex = v >= 2
  const o: DescribeDelegationTokenResponse = {
    errorCode: r.int16("ErrorCode"),
    tokens: readArray(r, flex, v, readDescribeDelegationTokenResponseDescribedDelegationToken, "Tokens"),
    throttleTimeMs: r.int32("ThrottleTimeMs"),
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeDelegationTokenResponse(w: Writer, m: MessageInit<DescribeDelegationTokenResponse>, v: number): void {
  const flex = v >= 2
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.tokens ?? EMPTY_ARRAY), flex, false, v, writeDescribeDelegationTokenResponseDescribedDelegationToken, "Tokens")
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** DescribedDelegationToken in DescribeDelegationTokenResponse (versions 0-3) */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. (versions 0+) */
  principalType: string
  /** The token principal name. (versions 0+) */
  principalName: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalType: string
  /** The principal type of the requester of the token. (versions 3+) */
  tokenRequesterPrincipalName: string
  /** The token issue timestamp in milliseconds. (versions 0+) */
  issueTimestamp: bigint
  /** The token expiry timestamp in milliseconds. (versions 0+) */
  expiryTimestamp: bigint
  /** The token maximum timestamp length in milliseconds. (versions 0+) */
  maxTimestamp: bigint
  /** The token ID. (versions 0+) */
  tokenId: string
  /** The token HMAC. (versions 0+) */
  hmac: Uint8Array
  /** Those who are able to renew this token before it expires. (versions 0+) */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[]
  unknownTaggedFields?: TaggedField[]
}

function readDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const flex = v >= 2
  const o: DescribeDelegationTokenResponseDescribedDelegationToken = {
    principalType: r.string(flex, "DescribedDelegationToken.PrincipalType"),
    principalName: r.string(flex, "DescribedDelegationToken.PrincipalName"),
    tokenRequesterPrincipalType: v === 3 ? r.string(flex, "DescribedDelegationToken.TokenRequesterPrincipalType") : "",
    tokenRequesterPrincipalName: v === 3 ? r.string(flex, "DescribedDelegationToken.TokenRequesterPrincipalName") : "",
    issueTimestamp: r.int64("DescribedDelegationToken.IssueTimestamp"),
    expiryTimestamp: r.int64("DescribedDelegationToken.ExpiryTimestamp"),
    maxTimestamp: r.int64("DescribedDelegationToken.MaxTimestamp"),
    tokenId: r.string(flex, "DescribedDelegationToken.TokenId"),
    hmac: r.bytesField(flex, true, "DescribedDelegationToken.Hmac"),
    renewers: readArray(r, flex, v, readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer, "DescribedDelegationToken.Renewers"),
  }
  if (flex) {
    const u = r.taggedFields("DescribedDelegationToken._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, m: MessageInit<DescribeDelegationTokenResponseDescribedDelegationToken>, v: number): void {
  const flex = v >= 2
  w.string((m.principalType ?? ""), flex, "DescribedDelegationToken.PrincipalType")
  w.string((m.principalName ?? ""), flex, "DescribedDelegationToken.PrincipalName")
  if (v === 3) w.string((m.tokenRequesterPrincipalType ?? ""), flex, "DescribedDelegationToken.TokenRequesterPrincipalType")
  else if (m.tokenRequesterPrincipalType !== undefined && m.tokenRequesterPrincipalType !== "") w.notInVersion("DescribedDelegationToken.TokenRequesterPrincipalType")
  if (v === 3) w.string((m.tokenRequesterPrincipalName ?? ""), flex, "DescribedDelegationToken.TokenRequesterPrincipalName")
  else if (m.tokenRequesterPrincipalName !== undefined && m.tokenRequesterPrincipalName !== "") w.notInVersion("DescribedDelegationToken.TokenRequesterPrincipalName")
  w.int64((m.issueTimestamp ?? 0n), "DescribedDelegationToken.IssueTimestamp")
  w.int64((m.expiryTimestamp ?? 0n), "DescribedDelegationToken.ExpiryTimestamp")
  w.int64((m.maxTimestamp ?? 0n), "DescribedDelegationToken.MaxTimestamp")
  w.string((m.tokenId ?? ""), flex, "DescribedDelegationToken.TokenId")
  w.bytesField((m.hmac ?? EMPTY_BYTES), flex, "DescribedDelegationToken.Hmac")
  writeArray(w, (m.renewers ?? EMPTY_ARRAY), flex, false, v, writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer, "DescribedDelegationToken.Renewers")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribedDelegationToken._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribedDelegationToken._tagged_fields")
  }
}

/** DescribedDelegationTokenRenewer in DescribeDelegationTokenResponse (versions 0-3) */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type (versions 0+) */
  principalType: string
  /** The renewer principal name (versions 0+) */
  principalName: string
  unknownTaggedFields?: TaggedField[]
}

function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const flex = v >= 2
  const o: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = {
    principalType: r.string(flex, "DescribedDelegationTokenRenewer.PrincipalType"),
    principalName: r.string(flex, "DescribedDelegationTokenRenewer.PrincipalName"),
  }
  if (flex) {
    const u = r.taggedFields("DescribedDelegationTokenRenewer._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, m: MessageInit<DescribeDelegationTokenResponseDescribedDelegationTokenRenewer>, v: number): void {
  const flex = v >= 2
  w.string((m.principalType ?? ""), flex, "DescribedDelegationTokenRenewer.PrincipalType")
  w.string((m.principalName ?? ""), flex, "DescribedDelegationTokenRenewer.PrincipalName")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "DescribedDelegationTokenRenewer._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "DescribedDelegationTokenRenewer._tagged_fields")
  }
}

export function decodeDescribeDelegationTokenResponse(r: Reader, version: number): DescribeDelegationTokenResponse {
  r.begin("DescribeDelegationTokenResponse", version, 0, 3)
  return readDescribeDelegationTokenResponse(r, version)
}

export function encodeDescribeDelegationTokenResponse(w: Writer, m: MessageInit<DescribeDelegationTokenResponse>, version: number): void {
  w.begin("DescribeDelegationTokenResponse", version, 0, 3)
  writeDescribeDelegationTokenResponse(w, m, version)
}
