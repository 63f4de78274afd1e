// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions ControllerRegistrationRequest.json, ControllerRegistrationResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, ZERO_UUID, readArray, writeArray } from '../codec.js'

/*
 * ControllerRegistration Request (Version: 0) => controller_id incarnation_id zk_migration_ready [listeners] [features] _tagged_fields
 *   controller_id => INT32
 *   incarnation_id => UUID
 *   zk_migration_ready => BOOLEAN
 *   listeners => name host port security_protocol _tagged_fields
 *     name => COMPACT_STRING
 *     host => COMPACT_STRING
 *     port => UINT16
 *     security_protocol => INT16
 *   features => name min_supported_version max_supported_version _tagged_fields
 *     name => COMPACT_STRING
 *     min_supported_version => INT16
 *     max_supported_version => INT16
 */
/** ControllerRegistrationRequest (versions 0, flexible 0+) */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. (versions 0+) */
  controllerId: number
  /** The controller incarnation ID, which is unique to each process run. (versions 0+) */
  incarnationId: string
  /** Set if the required configurations for ZK migration are present. (versions 0+) */
  zkMigrationReady: boolean
  /** The listeners of this controller (versions 0+) */
  listeners: ControllerRegistrationRequestListener[]
  /** The features on this controller (versions 0+) */
  features: ControllerRegistrationRequestFeature[]
  unknownTaggedFields?: TaggedField[]
}

function readControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  const o: ControllerRegistrationRequest = {
    controllerId: r.int32("ControllerId"),
    incarnationId: r.uuid("IncarnationId"),
    zkMigrationReady: r.bool("ZkMigrationReady"),
    listeners: readArray(r, true, v, readControllerRegistrationRequestListener, "Listeners"),
    features: readArray(r, true, v, readControllerRegistrationRequestFeature, "Features"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeControllerRegistrationRequest(w: Writer, m: MessageInit<ControllerRegistrationRequest>, v: number): void {
  w.int32((m.controllerId ?? 0), "ControllerId")
  w.uuid((m.incarnationId ?? ZERO_UUID), "IncarnationId")
  w.bool((m.zkMigrationReady ?? false), "ZkMigrationReady")
  writeArray(w, (m.listeners ?? EMPTY_ARRAY), true, false, v, writeControllerRegistrationRequestListener, "Listeners")
  writeArray(w, (m.features ?? EMPTY_ARRAY), true, false, v, writeControllerRegistrationRequestFeature, "Features")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** Listener in ControllerRegistrationRequest (versions 0) */
export interface ControllerRegistrationRequestListener {
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

function readControllerRegistrationRequestListener(r: Reader, v: number): ControllerRegistrationRequestListener {
  const o: ControllerRegistrationRequestListener = {
    name: r.string(true, "Listener.Name"),
    host: r.string(true, "Listener.Host"),
    port: r.uint16("Listener.Port"),
    securityProtocol: r.int16("Listener.SecurityProtocol"),
  }
  const u = r.taggedFields("Listener._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeControllerRegistrationRequestListener(w: Writer, m: MessageInit<ControllerRegistrationRequestListener>, v: number): void {
  w.string((m.name ?? ""), true, "Listener.Name")
  w.string((m.host ?? ""), true, "Listener.Host")
  w.uint16((m.port ?? 0), "Listener.Port")
  w.int16((m.securityProtocol ?? 0), "Listener.SecurityProtocol")
  w.taggedFields(m.unknownTaggedFields, "Listener._tagged_fields")
}

/** Feature in ControllerRegistrationRequest (versions 0) */
export interface ControllerRegistrationRequestFeature {
  /** The feature name. (versions 0+) */
  name: string
  /** The minimum supported feature level. (versions 0+) */
  minSupportedVersion: number
  /** The maximum supported feature level. (versions 0+) */
  maxSupportedVersion: number
  unknownTaggedFields?: TaggedField[]
}

function readControllerRegistrationRequestFeature(r: Reader, v: number): ControllerRegistrationRequestFeature {
  const o: ControllerRegistrationRequestFeature = {
    name: r.string(true, "Feature.Name"),
    minSupportedVersion: r.int16("Feature.MinSupportedVersion"),
    maxSupportedVersion: r.int16("Feature.MaxSupportedVersion"),
  }
  const u = r.taggedFields("Feature._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeControllerRegistrationRequestFeature(w: Writer, m: MessageInit<ControllerRegistrationRequestFeature>, v: number): void {
  w.string((m.name ?? ""), true, "Feature.Name")
  w.int16((m.minSupportedVersion ?? 0), "Feature.MinSupportedVersion")
  w.int16((m.maxSupportedVersion ?? 0), "Feature.MaxSupportedVersion")
  w.taggedFields(m.unknownTaggedFields, "Feature._tagged_fields")
}

export function decodeControllerRegistrationRequest(r: Reader, version: number): ControllerRegistrationRequest {
  r.begin("ControllerRegistrationRequest", version, 0, 0)
  return readControllerRegistrationRequest(r, version)
}

export function encodeControllerRegistrationRequest(w: Writer, m: MessageInit<ControllerRegistrationRequest>, version: number): void {
  w.begin("ControllerRegistrationRequest", version, 0, 0)
  writeControllerRegistrationRequest(w, m, version)
}

/*
 * ControllerRegistration Response (Version: 0) => throttle_time_ms error_code error_message _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 */
/** ControllerRegistrationResponse (versions 0, flexible 0+) */
export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The response error code. (versions 0+) */
  errorCode: number
  /** The response error message, or null if there was no error. (versions 0+, nullable 0+) */
  errorMessage: string | null
  unknownTaggedFields?: TaggedField[]
}

function readControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
  const o: ControllerRegistrationResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeControllerRegistrationResponse(w: Writer, m: MessageInit<ControllerRegistrationResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage === undefined ? "" : m.errorMessage), true, true, "ErrorMessage")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeControllerRegistrationResponse(r: Reader, version: number): ControllerRegistrationResponse {
  r.begin("ControllerRegistrationResponse", version, 0, 0)
  return readControllerRegistrationResponse(r, version)
}

export function encodeControllerRegistrationResponse(w: Writer, m: MessageInit<ControllerRegistrationResponse>, version: number): void {
  w.begin("ControllerRegistrationResponse", version, 0, 0)
  writeControllerRegistrationResponse(w, m, version)
}
