// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ApiVersionsRequest.json, ApiVersionsResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, writeArray } from '../codec.js'

/*
 * ApiVersions Request (Versions: 0-2) =>
 * ApiVersions Request (Versions: 3-4) => client_software_name client_software_version _tagged_fields
 *   client_software_name => COMPACT_STRING
 *   client_software_version => COMPACT_STRING
 */
/** ApiVersionsRequest (versions 0-4, flexible 3+) */
export interface ApiVersionsRequest {
  /** The name of the client. (versions 3+, ignorable) */
  clientSoftwareName: string
  /** The version of the client. (versions 3+, ignorable) */
  clientSoftwareVersion: string
  unknownTaggedFields?: TaggedField[]
}

function readApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const flex = v >= 3
  const o: ApiVersionsRequest = {
    clientSoftwareName: v >= 3 ? r.string(flex, "ClientSoftwareName") : "",
    clientSoftwareVersion: v >= 3 ? r.string(flex, "ClientSoftwareVersion") : "",
  }
  if (flex) {
    const u = r.taggedFields("_tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeApiVersionsRequest(w: Writer, m: MessageInit<ApiVersionsRequest>, v: number): void {
  const flex = v >= 3
  if (v >= 3) w.string((m.clientSoftwareName ?? ""), flex, "ClientSoftwareName")
  if (v >= 3) w.string((m.clientSoftwareVersion ?? ""), flex, "ClientSoftwareVersion")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

export function decodeApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  r.begin("ApiVersionsRequest", version, 0, 4)
  return readApiVersionsRequest(r, version)
}

export function encodeApiVersionsRequest(w: Writer, m: MessageInit<ApiVersionsRequest>, version: number): void {
  w.begin("ApiVersionsRequest", version, 0, 4)
  writeApiVersionsRequest(w, m, version)
}

/*
 * ApiVersions Response (Version: 0) => error_code [api_keys]
 *   error_code => INT16
 *   api_keys => api_key min_version max_version
 *     api_key => INT16
 *     min_version => INT16
 *     max_version => INT16
 * ApiVersions Response (Versions: 1-2) => error_code [api_keys] throttle_time_ms
 *   error_code => INT16
 *   api_keys => api_key min_version max_version
 *     api_key => INT16
 *     min_version => INT16
 *     max_version => INT16
 *   throttle_time_ms => INT32
 * ApiVersions Response (Versions: 3-4) => error_code [api_keys] throttle_time_ms _tagged_fields{0:supported_features,1:finalized_features_epoch,2:finalized_features,3:zk_migration_ready}
 *   error_code => INT16
 *   api_keys => api_key min_version max_version _tagged_fields
 *     api_key => INT16
 *     min_version => INT16
 *     max_version => INT16
 *   throttle_time_ms => INT32
 *   supported_features => name min_version max_version _tagged_fields
 *     name => COMPACT_STRING
 *     min_version => INT16
 *     max_version => INT16
 *   finalized_features_epoch => INT64
 *   finalized_features => name max_version_level min_version_level _tagged_fields
 *     name => COMPACT_STRING
 *     max_version_level => INT16
 *     min_version_level => INT16
 *   zk_migration_ready => BOOLEAN
 */
/** ApiVersionsResponse (versions 0-4, flexible 3+) */
export interface ApiVersionsResponse {
  /** The top-level error code. (versions 0+) */
  errorCode: number
  /** The APIs supported by the broker. (versions 0+) */
  apiKeys: ApiVersionsResponseApiVersion[]
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 1+, ignorable) */
  throttleTimeMs: number
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 3+, tag 0 in 3+, ignorable) */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[]
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. (versions 3+, tag 1 in 3+, ignorable, default -1) */
  finalizedFeaturesEpoch: bigint
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. (versions 3+, tag 2 in 3+, ignorable) */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[]
  /** Set by a KRaft controller if the required configurations for ZK migration are present (versions 3+, tag 3 in 3+, ignorable, default false) */
  zkMigrationReady: boolean
  unknownTaggedFields?: TaggedField[]
}

function readApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const flex = v >= 3
  const o: ApiVersionsResponse = {
    errorCode: r.int16("ErrorCode"),
    apiKeys: readArray(r, flex, v, readApiVersionsResponseApiVersion, "ApiKeys"),
    throttleTimeMs: v >= 1 ? r.int32("ThrottleTimeMs") : 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  }
  if (flex) {
    let u: TaggedField[] | undefined
    for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
      const tag = r.uvarint("_tagged_fields")
      const end = r.enterTaggedField("_tagged_fields")
      switch (tag) {
        case 0: o.supportedFeatures = readArray(r, true, v, readApiVersionsResponseSupportedFeatureKey, "SupportedFeatures"); break
        case 1: o.finalizedFeaturesEpoch = r.int64("FinalizedFeaturesEpoch"); break
        case 2: o.finalizedFeatures = readArray(r, true, v, readApiVersionsResponseFinalizedFeatureKey, "FinalizedFeatures"); break
        case 3: o.zkMigrationReady = r.bool("ZkMigrationReady"); break
        default: u = r.unknownTaggedField(u, tag)
      }
      r.leaveTaggedField(end, "_tagged_fields")
    }
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeApiVersionsResponse(w: Writer, m: MessageInit<ApiVersionsResponse>, v: number): void {
  const flex = v >= 3
  w.int16((m.errorCode ?? 0), "ErrorCode")
  writeArray(w, (m.apiKeys ?? EMPTY_ARRAY), flex, false, v, writeApiVersionsResponseApiVersion, "ApiKeys")
  if (v >= 1) w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  if (flex) {
    const u = m.unknownTaggedFields
    const t0 = nonEmpty(m.supportedFeatures)
    const t1 = m.finalizedFeaturesEpoch !== undefined && m.finalizedFeaturesEpoch !== -1n
    const t2 = nonEmpty(m.finalizedFeatures)
    const t3 = m.zkMigrationReady !== undefined && m.zkMigrationReady !== false
    w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0) + (t1 ? 1 : 0) + (t2 ? 1 : 0) + (t3 ? 1 : 0), "_tagged_fields")
    let i = 0
    if (t0) {
      i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
      w.uvarint(0, "_tagged_fields")
      const s = w.beginSized()
      writeArray(w, (m.supportedFeatures ?? EMPTY_ARRAY), true, false, v, writeApiVersionsResponseSupportedFeatureKey, "SupportedFeatures")
      w.endSized(s)
    }
    if (t1) {
      i = w.rawTaggedFields(u, i, 1, "_tagged_fields")
      w.uvarint(1, "_tagged_fields")
      const s = w.beginSized()
      w.int64((m.finalizedFeaturesEpoch ?? -1n), "FinalizedFeaturesEpoch")
      w.endSized(s)
    }
    if (t2) {
      i = w.rawTaggedFields(u, i, 2, "_tagged_fields")
      w.uvarint(2, "_tagged_fields")
      const s = w.beginSized()
      writeArray(w, (m.finalizedFeatures ?? EMPTY_ARRAY), true, false, v, writeApiVersionsResponseFinalizedFeatureKey, "FinalizedFeatures")
      w.endSized(s)
    }
    if (t3) {
      i = w.rawTaggedFields(u, i, 3, "_tagged_fields")
      w.uvarint(3, "_tagged_fields")
      const s = w.beginSized()
      w.bool((m.zkMigrationReady ?? false), "ZkMigrationReady")
      w.endSized(s)
    }
    w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "_tagged_fields")
  }
}

/** ApiVersion in ApiVersionsResponse (versions 0-4) */
export interface ApiVersionsResponseApiVersion {
  /** The API index. (versions 0+) */
  apiKey: number
  /** The minimum supported version, inclusive. (versions 0+) */
  minVersion: number
  /** The maximum supported version, inclusive. (versions 0+) */
  maxVersion: number
  unknownTaggedFields?: TaggedField[]
}

function readApiVersionsResponseApiVersion(r: Reader, v: number): ApiVersionsResponseApiVersion {
  const flex = v >= 3
  const o: ApiVersionsResponseApiVersion = {
    apiKey: r.int16("ApiVersion.ApiKey"),
    minVersion: r.int16("ApiVersion.MinVersion"),
    maxVersion: r.int16("ApiVersion.MaxVersion"),
  }
  if (flex) {
    const u = r.taggedFields("ApiVersion._tagged_fields")
    if (u !== undefined) o.unknownTaggedFields = u
  }
  return o
}

function writeApiVersionsResponseApiVersion(w: Writer, m: MessageInit<ApiVersionsResponseApiVersion>, v: number): void {
  const flex = v >= 3
  w.int16((m.apiKey ?? 0), "ApiVersion.ApiKey")
  w.int16((m.minVersion ?? 0), "ApiVersion.MinVersion")
  w.int16((m.maxVersion ?? 0), "ApiVersion.MaxVersion")
  if (flex) {
    w.taggedFields(m.unknownTaggedFields, "ApiVersion._tagged_fields")
  } else {
    w.noTaggedFields(m.unknownTaggedFields, "ApiVersion._tagged_fields")
  }
}

/** SupportedFeatureKey in ApiVersionsResponse (versions 3-4) */
export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. (versions 3+) */
  name: string
  /** The minimum supported version for the feature. (versions 3+) */
  minVersion: number
  /** The maximum supported version for the feature. (versions 3+) */
  maxVersion: number
  unknownTaggedFields?: TaggedField[]
}

function readApiVersionsResponseSupportedFeatureKey(r: Reader, v: number): ApiVersionsResponseSupportedFeatureKey {
  const o: ApiVersionsResponseSupportedFeatureKey = {
    name: r.string(true, "SupportedFeatureKey.Name"),
    minVersion: r.int16("SupportedFeatureKey.MinVersion"),
    maxVersion: r.int16("SupportedFeatureKey.MaxVersion"),
  }
  const u = r.taggedFields("SupportedFeatureKey._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeApiVersionsResponseSupportedFeatureKey(w: Writer, m: MessageInit<ApiVersionsResponseSupportedFeatureKey>, v: number): void {
  w.string((m.name ?? ""), true, "SupportedFeatureKey.Name")
  w.int16((m.minVersion ?? 0), "SupportedFeatureKey.MinVersion")
  w.int16((m.maxVersion ?? 0), "SupportedFeatureKey.MaxVersion")
  w.taggedFields(m.unknownTaggedFields, "SupportedFeatureKey._tagged_fields")
}

/** FinalizedFeatureKey in ApiVersionsResponse (versions 3-4) */
export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. (versions 3+) */
  name: string
  /** The cluster-wide finalized max version level for the feature. (versions 3+) */
  maxVersionLevel: number
  /** The cluster-wide finalized min version level for the feature. (versions 3+) */
  minVersionLevel: number
  unknownTaggedFields?: TaggedField[]
}

function readApiVersionsResponseFinalizedFeatureKey(r: Reader, v: number): ApiVersionsResponseFinalizedFeatureKey {
  const o: ApiVersionsResponseFinalizedFeatureKey = {
    name: r.string(true, "FinalizedFeatureKey.Name"),
    maxVersionLevel: r.int16("FinalizedFeatureKey.MaxVersionLevel"),
    minVersionLevel: r.int16("FinalizedFeatureKey.MinVersionLevel"),
  }
  const u = r.taggedFields("FinalizedFeatureKey._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, m: MessageInit<ApiVersionsResponseFinalizedFeatureKey>, v: number): void {
  w.string((m.name ?? ""), true, "FinalizedFeatureKey.Name")
  w.int16((m.maxVersionLevel ?? 0), "FinalizedFeatureKey.MaxVersionLevel")
  w.int16((m.minVersionLevel ?? 0), "FinalizedFeatureKey.MinVersionLevel")
  w.taggedFields(m.unknownTaggedFields, "FinalizedFeatureKey._tagged_fields")
}

export function decodeApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  r.begin("ApiVersionsResponse", version, 0, 4)
  return readApiVersionsResponse(r, version)
}

export function encodeApiVersionsResponse(w: Writer, m: MessageInit<ApiVersionsResponse>, version: number): void {
  w.begin("ApiVersionsResponse", version, 0, 4)
  writeApiVersionsResponse(w, m, version)
}
