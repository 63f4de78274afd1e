// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, nonEmpty, readArray, readUuidElement, writeArray, writeUuidElement } from '../codec.js'

/*
 * BrokerHeartbeat Request (Version: 0) => broker_id broker_epoch current_metadata_offset want_fence want_shut_down _tagged_fields
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   current_metadata_offset => INT64
 *   want_fence => BOOLEAN
 *   want_shut_down => BOOLEAN
 * BrokerHeartbeat Request (Version: 1) => broker_id broker_epoch current_metadata_offset want_fence want_shut_down _tagged_fields{0:offline_log_dirs}
 *   broker_id => INT32
 *   broker_epoch => INT64
 *   current_metadata_offset => INT64
 *   want_fence => BOOLEAN
 *   want_shut_down => BOOLEAN
 *   offline_log_dirs => UUID
 */
/** BrokerHeartbeatRequest (versions 0-1, flexible 0+) */
export interface BrokerHeartbeatRequest {
  /** The broker ID. (versions 0+) */
  brokerId: number
  /** The broker epoch. (versions 0+, default -1) */
  brokerEpoch: bigint
  /** The highest metadata offset which the broker has reached. (versions 0+) */
  currentMetadataOffset: bigint
  /** True if the broker wants to be fenced, false otherwise. (versions 0+) */
  wantFence: boolean
  /** True if the broker wants to be shut down, false otherwise. (versions 0+) */
  wantShutDown: boolean
  /** Log directories that failed and went offline. (versions 1+, tag 0 in 1+) */
  offlineLogDirs: string[]
  unknownTaggedFields?: TaggedField[]
}

function readBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  const o: BrokerHeartbeatRequest = {
    brokerId: r.int32("BrokerId"),
    brokerEpoch: r.int64("BrokerEpoch"),
    currentMetadataOffset: r.int64("CurrentMetadataOffset"),
    wantFence: r.bool("WantFence"),
    wantShutDown: r.bool("WantShutDown"),
    offlineLogDirs: [],
  }
  let u: TaggedField[] | undefined
  for (let n = r.taggedFieldCount("_tagged_fields"); n > 0; n--) {
    const tag = r.uvarint("_tagged_fields")
    const end = r.enterTaggedField("_tagged_fields")
    switch (tag) {
      case 0: if (v === 1) o.offlineLogDirs = readArray(r, true, v, readUuidElement, "OfflineLogDirs"); else u = r.unknownTaggedField(u, tag); break
      default: u = r.unknownTaggedField(u, tag)
    }
    r.leaveTaggedField(end, "_tagged_fields")
  }
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBrokerHeartbeatRequest(w: Writer, m: MessageInit<BrokerHeartbeatRequest>, v: number): void {
  w.int32((m.brokerId ?? 0), "BrokerId")
  w.int64((m.brokerEpoch ?? -1n), "BrokerEpoch")
  w.int64((m.currentMetadataOffset ?? 0n), "CurrentMetadataOffset")
  w.bool((m.wantFence ?? false), "WantFence")
  w.bool((m.wantShutDown ?? false), "WantShutDown")
  if (!(v === 1) && nonEmpty(m.offlineLogDirs)) w.notInVersion("OfflineLogDirs")
  const u = m.unknownTaggedFields
  const t0 = v === 1 && nonEmpty(m.offlineLogDirs)
  w.uvarint((u === undefined ? 0 : u.length) + (t0 ? 1 : 0), "_tagged_fields")
  let i = 0
  if (t0) {
    i = w.rawTaggedFields(u, i, 0, "_tagged_fields")
    w.uvarint(0, "_tagged_fields")
    const s = w.beginSized()
    writeArray(w, (m.offlineLogDirs ?? EMPTY_ARRAY), true, false, v, writeUuidElement, "OfflineLogDirs")
    w.endSized(s)
  }
  w.rawTaggedFields(u, i, Infinity, "_tagged_fields")
}

export function decodeBrokerHeartbeatRequest(r: Reader, version: number): BrokerHeartbeatRequest {
  r.begin("BrokerHeartbeatRequest", version, 0, 1)
  return readBrokerHeartbeatRequest(r, version)
}

export function encodeBrokerHeartbeatRequest(w: Writer, m: MessageInit<BrokerHeartbeatRequest>, version: number): void {
  w.begin("BrokerHeartbeatRequest", version, 0, 1)
  writeBrokerHeartbeatRequest(w, m, version)
}

/*
 * BrokerHeartbeat Response (Versions: 0-1) => throttle_time_ms error_code is_caught_up is_fenced should_shut_down _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   is_caught_up => BOOLEAN
 *   is_fenced => BOOLEAN
 *   should_shut_down => BOOLEAN
 */
/** BrokerHeartbeatResponse (versions 0-1, flexible 0+) */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The error code, or 0 if there was no error. (versions 0+) */
  errorCode: number
  /** True if the broker has approximately caught up with the latest metadata. (versions 0+, default false) */
  isCaughtUp: boolean
  /** True if the broker is fenced. (versions 0+, default true) */
  isFenced: boolean
  /** True if the broker should proceed with its shutdown. (versions 0+) */
  shouldShutDown: boolean
  unknownTaggedFields?: TaggedField[]
}

function readBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  const o: BrokerHeartbeatResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    isCaughtUp: r.bool("IsCaughtUp"),
    isFenced: r.bool("IsFenced"),
    shouldShutDown: r.bool("ShouldShutDown"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeBrokerHeartbeatResponse(w: Writer, m: MessageInit<BrokerHeartbeatResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.bool((m.isCaughtUp ?? false), "IsCaughtUp")
  w.bool((m.isFenced ?? true), "IsFenced")
  w.bool((m.shouldShutDown ?? false), "ShouldShutDown")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeBrokerHeartbeatResponse(r: Reader, version: number): BrokerHeartbeatResponse {
  r.begin("BrokerHeartbeatResponse", version, 0, 1)
  return readBrokerHeartbeatResponse(r, version)
}

export function encodeBrokerHeartbeatResponse(w: Writer, m: MessageInit<BrokerHeartbeatResponse>, version: number): void {
  w.begin("BrokerHeartbeatResponse", version, 0, 1)
  writeBrokerHeartbeatResponse(w, m, version)
}
