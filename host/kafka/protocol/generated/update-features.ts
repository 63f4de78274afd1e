// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions UpdateFeaturesRequest.json, UpdateFeaturesResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * UpdateFeatures Request (Version: 0) => timeout_ms [feature_updates] _tagged_fields
 *   timeout_ms => INT32
 *   feature_updates => feature max_version_level allow_downgrade _tagged_fields
 *     feature => COMPACT_STRING
 *     max_version_level => INT16
 *     allow_downgrade => BOOLEAN
 * UpdateFeatures Request (Versions: 1-2) => timeout_ms [feature_updates] validate_only _tagged_fields
 *   timeout_ms => INT32
 *   feature_updates => feature max_version_level upgrade_type _tagged_fields
 *     feature => COMPACT_STRING
 *     max_version_level => INT16
 *     upgrade_type => INT8
 *   validate_only => BOOLEAN
 */
/** UpdateFeaturesRequest (versions 0-2, flexible 0+) */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. (versions 0+, default 60000) */
  timeoutMs: number
  /** The list of updates to finalized features. (versions 0+) */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[]
  /** True if we should validate the request, but not perform the upgrade or downgrade. (versions 1+, default false) */
  validateOnly: boolean
  unknownTaggedFields?: TaggedField[]
}

function readUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  const o: UpdateFeaturesRequest = {
    timeoutMs: r.int32("timeoutMs"),
    featureUpdates: readArray(r, true, v, readUpdateFeaturesRequestFeatureUpdateKey, "FeatureUpdates"),
    validateOnly: v >= 1 ? r.bool("ValidateOnly") : false,
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateFeaturesRequest(w: Writer, m: MessageInit<UpdateFeaturesRequest>, v: number): void {
  w.int32((m.timeoutMs ?? 60000), "timeoutMs")
  writeArray(w, (m.featureUpdates ?? EMPTY_ARRAY), true, false, v, writeUpdateFeaturesRequestFeatureUpdateKey, "FeatureUpdates")
  if (v >= 1) w.bool((m.validateOnly ?? false), "ValidateOnly")
  else if (m.validateOnly !== undefined && m.validateOnly !== false) w.notInVersion("ValidateOnly")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** FeatureUpdateKey in UpdateFeaturesRequest (versions 0-2) */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. (versions 0+) */
  feature: string
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. (versions 0+) */
  maxVersionLevel: number
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. (versions 0) */
  allowDowngrade: boolean
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (versions 1+, default 1) */
  upgradeType: number
  unknownTaggedFields?: TaggedField[]
}

function readUpdateFeaturesRequestFeatureUpdateKey(r: Reader, v: number): UpdateFeaturesRequestFeatureUpdateKey {
  const o: UpdateFeaturesRequestFeatureUpdateKey = {
    feature: r.string(true, "FeatureUpdateKey.Feature"),
    maxVersionLevel: r.int16("FeatureUpdateKey.MaxVersionLevel"),
    allowDowngrade: v === 0 ? r.bool("FeatureUpdateKey.AllowDowngrade") : false,
    upgradeType: v >= 1 ? r.int8("FeatureUpdateKey.UpgradeType") : 1,
  }
  const u = r.taggedFields("FeatureUpdateKey._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, m: MessageInit<UpdateFeaturesRequestFeatureUpdateKey>, v: number): void {
  w.string((m.feature ?? ""), true, "FeatureUpdateKey.Feature")
  w.int16((m.maxVersionLevel ?? 0), "FeatureUpdateKey.MaxVersionLevel")
  if (v === 0) w.bool((m.allowDowngrade ?? false), "FeatureUpdateKey.AllowDowngrade")
  else if (m.allowDowngrade !== undefined && m.allowDowngrade !== false) w.notInVersion("FeatureUpdateKey.AllowDowngrade")
  if (v >= 1) w.int8((m.upgradeType ?? 1), "FeatureUpdateKey.UpgradeType")
  else if (m.upgradeType !== undefined && m.upgradeType !== 1) w.notInVersion("FeatureUpdateKey.UpgradeType")
  w.taggedFields(m.unknownTaggedFields, "FeatureUpdateKey._tagged_fields")
}

export function decodeUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  r.begin("UpdateFeaturesRequest", version, 0, 2)
  return readUpdateFeaturesRequest(r, version)
}

export function encodeUpdateFeaturesRequest(w: Writer, m: MessageInit<UpdateFeaturesRequest>, version: number): void {
  w.begin("UpdateFeaturesRequest", version, 0, 2)
  writeUpdateFeaturesRequest(w, m, version)
}

/*
 * UpdateFeatures Response (Versions: 0-1) => throttle_time_ms error_code error_message [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   results => feature error_code error_message _tagged_fields
 *     feature => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 * UpdateFeatures Response (Version: 2) => throttle_time_ms error_code error_message _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 */
/** UpdateFeaturesResponse (versions 0-2, flexible 0+) */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or `0` if there was no top-level error. (versions 0+) */
  errorCode: number
  /** The top-level error message, or `null` if there was no top-level error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  /** Results for each feature update. (versions 0-1, ignorable) */
  results: UpdateFeaturesResponseUpdatableFeatureResult[]
  unknownTaggedFields?: TaggedField[]
}

function readUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  const o: UpdateFeaturesResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    results: v <= 1 ? readArray(r, true, v, readUpdateFeaturesResponseUpdatableFeatureResult, "Results") : [],
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateFeaturesResponse(w: Writer, m: MessageInit<UpdateFeaturesResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  if (v <= 1) writeArray(w, (m.results ?? EMPTY_ARRAY), true, false, v, writeUpdateFeaturesResponseUpdatableFeatureResult, "Results")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** UpdatableFeatureResult in UpdateFeaturesResponse (versions 0-1) */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. (versions 0+) */
  feature: string
  /** The feature update error code or `0` if the feature update succeeded. (versions 0+) */
  errorCode: number
  /** The feature update error, or `null` if the feature update succeeded. (versions 0+, nullable 0+) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, v: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const o: UpdateFeaturesResponseUpdatableFeatureResult = {
    feature: r.string(true, "UpdatableFeatureResult.Feature"),
    errorCode: r.int16("UpdatableFeatureResult.ErrorCode"),
    errorMessage: r.nullableString(true, true, "UpdatableFeatureResult.ErrorMessage"),
  }
  const u = r.taggedFields("UpdatableFeatureResult._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, m: MessageInit<UpdateFeaturesResponseUpdatableFeatureResult>, v: number): void {
  w.string((m.feature ?? ""), true, "UpdatableFeatureResult.Feature")
  w.int16((m.errorCode ?? 0), "UpdatableFeatureResult.ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "UpdatableFeatureResult.ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "UpdatableFeatureResult._tagged_fields")
}

export function decodeUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  r.begin("UpdateFeaturesResponse", version, 0, 2)
  return readUpdateFeaturesResponse(r, version)
}

export function encodeUpdateFeaturesResponse(w: Writer, m: MessageInit<UpdateFeaturesResponse>, version: number): void {
  w.begin("UpdateFeaturesResponse", version, 0, 2)
  writeUpdateFeaturesResponse(w, m, version)
}
