// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions BrokerRegistrationRequest.json, BrokerRegistrationResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, readUuidElement, writeArray, writeUuidElement } from '../codec.js'

/*
 * BrokerRegistration Request (Version: 0) => broker_id cluster_id incarnation_id [listeners] [features] rack _tagged_fields
 *   broker_id => INT32
 *   cluster_id => COMPACT_STRING
 *   incarnation_id => UUID
 *   listeners => name host port security_protocol _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 *     security_protocol => INT16
 *   features => name min_supported_version max_supported_version _tagged_fields
 *     name => COMPACT_STRING
 *     min_supported_version => INT16
 *     max_supported_version => INT16
 *   rack => COMPACT_NULLABLE_STRING
 * BrokerRegistration Request (Version: 1) => broker_id cluster_id incarnation_id [listeners] [features] rack is_migrating_zk_broker _tagged_fields
 *   broker_id => INT32
 *   cluster_id => COMPACT_STRING
 *   incarnation_id => UUID
 *   listeners => name host port security_protocol _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 *     security_protocol => INT16
 *   features => name min_supported_version max_supported_version _tagged_fields
 *     name => COMPACT_STRING
 *     min_supported_version => INT16
 *     max_supported_version => INT16
 *   rack => COMPACT_NULLABLE_STRING
 *   is_migrating_zk_broker => BOOLEAN
 * BrokerRegistration Request (Version: 2) => broker_id cluster_id incarnation_id [listeners] [features] rack is_migrating_zk_broker [log_dirs] _tagged_fields
 *   broker_id => INT32
 *   cluster_id => COMPACT_STRING
 *   incarnation_id => UUID
 *   listeners => name host port security_protocol _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 *     security_protocol => INT16
 *   features => name min_supported_version max_supported_version _tagged_fields
 *     name => COMPACT_STRING
 *     min_supported_version => INT16
 *     max_supported_version => INT16
 *   rack => COMPACT_NULLABLE_STRING
 *   is_migrating_zk_broker => BOOLEAN
 *   log_dirs => UUID
 * BrokerRegistration Request (Versions: 3-4) => broker_id cluster_id incarnation_id [listeners] [features] rack is_migrating_zk_broker [log_dirs] previous_broker_epoch _tagged_fields
 *   broker_id => INT32
 *   cluster_id => COMPACT_STRING
 *   incarnation_id => UUID
 *   listeners => name host port security_protocol _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 *     security_protocol => INT16
 *   features => name min_supported_version max_supported_version _tagged_fields
 *     name => COMPACT_STRING
 *     min_supported_version => INT16
 *     max_supported_version => INT16
 *   rack => COMPACT_NULLABLE_STRING
 *   is_migrating_zk_broker => BOOLEAN
 *   log_dirs => UUID
 *   previous_broker_epoch => INT64
 */
/** BrokerRegistrationRequest (versions 0-4, flexible 0+) */
export interface BrokerRegistrationRequest {
  /** The broker ID. (versions 0+) */
  brokerId: number
  /** The cluster id of the broker process. (versions 0+) */
  clusterId: string
  /** The incarnation id of the broker process. (versions 0+) */
  incarnationId: string
  /** The listeners of this broker (versions 0+) */
  listeners: BrokerRegistrationRequestListener[]
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. (versions 0+) */
  features: BrokerRegistrationRequestFeature[]
  /** The rack which this broker is in. (versions 0+, nullable 0+) */
  rack: string | null
  /** If the required configurations for ZK migration are present, this value is set to true (versions 1+, default false) */
  isMigratingZkBroker: boolean
  /** Log directories configured in this broker which are available. (versions 2+, ignorable) */
  logDirs: string[]
  /** The epoch before a clean shutdown. (versions 3+, ignorable, default -1) */
  previousBrokerEpoch: bigint
  unknownTaggedFields?: TaggedField[]
}

function readBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  const o: BrokerRegistrationRequest = {
    brokerId: r.int32("BrokerId"),
    clusterId: r.string(true, "ClusterId"),
    incarnationId: r.uuid("IncarnationId"),
    listeners: readArray(r, true, v, readBrokerRegistrationRequestListener, "Listeners"),
    features: readArray(r, true, v, readBrokerRegistrationRequestFeature, "Features"),
    rack: r.nullableString(true, true, "Rack"),
    isMigratingZkBroker: v >= 1 ? r.bool("IsMigratingZkBroker") : false,
    logDirs: v >= 2 ? readArray(r, true, v, readUuidElement, "LogDirs") : [],
    previousBrokerEpoch: v >= 3 ? r.int64("PreviousBrokerEpoch") : -1n,
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBrokerRegistrationRequest(w: Writer, m: MessageInit<BrokerRegistrationRequest>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerId")
  w.string((m.clusterId ?? ""), true, "ClusterId")
  w.uuid((m.incarnationId ?? ZERO_UUID), "IncarnationId")
  writeArray(w, (m.listeners ?? EMPTY_ARRAY), true, false, v, writeBrokerRegistrationRequestListener, "Listeners")
  writeArray(w, (m.features ?? EMPTY_ARRAY), true, false, v, writeBrokerRegistrationRequestFeature, "Features")
  w.nullableString((m.rack === undefined ? "" : m.rack), true, true, "Rack")
  if (v >= 1) w.bool((m.isMigratingZkBroker ?? false), "IsMigratingZkBroker")
  else if (m.isMigratingZkBroker !== undefined && m.isMigratingZkBroker !== false) w.notInVersion("IsMigratingZkBroker")
  if (v >= 2) writeArray(w, (m.logDirs ?? EMPTY_ARRAY), true, false, v, writeUuidElement, "LogDirs")
  if (v >= 3) w.int64((m.previousBrokerEpoch ?? -1n), "PreviousBrokerEpoch")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** Listener in BrokerRegistrationRequest (versions 0-4) */
export interface BrokerRegistrationRequestListener {
  /** The name of the endpoint. (versions 0+) */
  name: string
  /** The hostname. (versions 0+) */
  host: string
  /** The port. (versions 0+) */
  port: number
  /** The security protocol. (versions 0+) */
  securityProtocol: number
  unknownTaggedFields?: TaggedField[]
}

function readBrokerRegistrationRequestListener(r: Reader, v: number): BrokerRegistrationRequestListener {
  const o: BrokerRegistrationRequestListener = {
    name: r.string(true, "Listener.Name"),
    host: r.string(true, "Listener.Host"),
    port: r.uint16("Listener.Port"),
    securityProtocol: r.int16("Listener.SecurityProtocol"),
  }
  const u = r.taggedFields("Listener._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBrokerRegistrationRequestListener(w: Writer, m: MessageInit<BrokerRegistrationRequestListener>, v: number): void {
  w.string((m.name ?? ""), true, "Listener.Name")
  w.string((m.host ?? ""), true, "Listener.Host")
  w.uint16((m.port ?? 0), "Listener.Port")
  w.int16((m.securityProtocol ?? 0), "Listener.SecurityProtocol")
  w.taggedFields(m.unknownTaggedFields, "Listener._tagged_fields")
}

/** Feature in BrokerRegistrationRequest (versions 0-4) */
export interface BrokerRegistrationRequestFeature {
  /** The feature name. (versions 0+) */
  name: string
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number
  unknownTaggedFields?: TaggedField[]
}

function readBrokerRegistrationRequestFeature(r: Reader, v: number): BrokerRegistrationRequestFeature {
  const o: BrokerRegistrationRequestFeature = {
    name: r.string(true, "Feature.Name"),
    minSupportedVersion: r.int16("Feature.MinSupportedVersion"),
    maxSupportedVersion: r.int16("Feature.MaxSupportedVersion"),
  }
  const u = r.taggedFields("Feature._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBrokerRegistrationRequestFeature(w: Writer, m: MessageInit<BrokerRegistrationRequestFeature>, v: number): void {
  w.string((m.name ?? ""), true, "Feature.Name")
  w.int16((m.minSupportedVersion ?? 0), "Feature.MinSupportedVersion")
  w.int16((m.maxSupportedVersion ?? 0), "Feature.MaxSupportedVersion")
  w.taggedFields(m.unknownTaggedFields, "Feature._tagged_fields")
}

export function decodeBrokerRegistrationRequest(r: Reader, version: number): BrokerRegistrationRequest {
  r.begin("BrokerRegistrationRequest", version, 0, 4)
  return readBrokerRegistrationRequest(r, version)
}

export function encodeBrokerRegistrationRequest(w: Writer, m: MessageInit<BrokerRegistrationRequest>, version: number): void {
  w.begin("BrokerRegistrationRequest", version, 0, 4)
  writeBrokerRegistrationRequest(w, m, version)
}

/*
 * BrokerRegistration Response (Versions: 0-4) => throttle_time_ms error_code broker_epoch _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   broker_epoch => INT64
 */
/** BrokerRegistrationResponse (versions 0-4, flexible 0+) */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** The broker's assigned epoch, or -1 if none was assigned. (versions 0+, default -1) */
  brokerEpoch: bigint
  unknownTaggedFields?: TaggedField[]
}

function readBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  const o: BrokerRegistrationResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    brokerEpoch: r.int64("BrokerEpoch"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBrokerRegistrationResponse(w: Writer, m: MessageInit<BrokerRegistrationResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeBrokerRegistrationResponse(r: Reader, version: number): BrokerRegistrationResponse {
  r.begin("BrokerRegistrationResponse", version, 0, 4)
  return readBrokerRegistrationResponse(r, version)
}

export function encodeBrokerRegistrationResponse(w: Writer, m: MessageInit<BrokerRegistrationResponse>, version: number): void {
  w.begin("BrokerRegistrationResponse", version, 0, 4)
  writeBrokerRegistrationResponse(w, m, version)
}
