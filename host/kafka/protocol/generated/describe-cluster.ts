// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-kafka-protocol.mjs`.
// Source: Apache Kafka message definitions DescribeClusterRequest.json, DescribeClusterResponse.json at Kafka commit 1eb7644349cb07139d6a3c1ad1986979647cac99
// (Apache License 2.0). Semantics and wire primitives: host/kafka/protocol/reader.ts and codec.ts.

import type { Reader, TaggedField } from '../reader.js'
import type { Writer } from '../writer.js'
import { type MessageInit, EMPTY_ARRAY, readArray, writeArray } from '../codec.js'

/*
 * DescribeCluster Request (Version: 0) => include_cluster_authorized_operations _tagged_fields
 *   include_cluster_authorized_operations => BOOLEAN
 * DescribeCluster Request (Version: 1) => include_cluster_authorized_operations endpoint_type _tagged_fields
 *   include_cluster_authorized_operations => BOOLEAN
 *   endpoint_type => INT8
 */
/** DescribeClusterRequest (versions 0-1, flexible 0+) */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. (versions 0+) */
  includeClusterAuthorizedOperations: boolean
  /** The endpoint type to describe. 1=brokers, 2=controllers. (versions 1+, default 1) */
  endpointType: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  const o: DescribeClusterRequest = {
    includeClusterAuthorizedOperations: r.bool("IncludeClusterAuthorizedOperations"),
    endpointType: v === 1 ? r.int8("EndpointType") : 1,
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeClusterRequest(w: Writer, m: MessageInit<DescribeClusterRequest>, v: number): void {
  w.bool((m.includeClusterAuthorizedOperations ?? false), "IncludeClusterAuthorizedOperations")
  if (v === 1) w.int8((m.endpointType ?? 1), "EndpointType")
  else if (m.endpointType !== undefined && m.endpointType !== 1) w.notInVersion("EndpointType")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

export function decodeDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  r.begin("DescribeClusterRequest", version, 0, 1)
  return readDescribeClusterRequest(r, version)
}

export function encodeDescribeClusterRequest(w: Writer, m: MessageInit<DescribeClusterRequest>, version: number): void {
  w.begin("DescribeClusterRequest", version, 0, 1)
  writeDescribeClusterRequest(w, m, version)
}

/*
 * DescribeCluster Response (Version: 0) => throttle_time_ms error_code error_message cluster_id controller_id [brokers] cluster_authorized_operations _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   cluster_id => COMPACT_STRING
 *   controller_id => INT32
 *   brokers => broker_id host port rack _tagged_fields
 *     broker_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_authorized_operations => INT32
 * DescribeCluster Response (Version: 1) => throttle_time_ms error_code error_message endpoint_type cluster_id controller_id [brokers] cluster_authorized_operations _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   endpoint_type => INT8
 *   cluster_id => COMPACT_STRING
 *   controller_id => INT32
 *   brokers => broker_id host port rack _tagged_fields
 *     broker_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_authorized_operations => INT32
 */
/** DescribeClusterResponse (versions 0-1, flexible 0+) */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. (versions 0+) */
  throttleTimeMs: number
  /** The top-level error code, or 0 if there was no error (versions 0+) */
  errorCode: number
  /** The top-level error message, or null if there was no error. (versions 0+, nullable 0+, default null) */
  errorMessage: string | null
  /** The endpoint type that was described. 1=brokers, 2=controllers. (versions 1+, default 1) */
  endpointType: number
  /** The cluster ID that responding broker belongs to. (versions 0+) */
  clusterId: string
  /** The ID of the controller broker. (versions 0+, default -1) */
  controllerId: number
  /** Each broker in the response. (versions 0+) */
  brokers: DescribeClusterResponseDescribeClusterBroker[]
  /** 32-bit bitfield to represent authorized operations for this cluster. (versions 0+, default -2147483648) */
  clusterAuthorizedOperations: number
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  const o: DescribeClusterResponse = {
    throttleTimeMs: r.int32("ThrottleTimeMs"),
    errorCode: r.int16("ErrorCode"),
    errorMessage: r.nullableString(true, true, "ErrorMessage"),
    endpointType: v === 1 ? r.int8("EndpointType") : 1,
    clusterId: r.string(true, "ClusterId"),
    controllerId: r.int32("ControllerId"),
    brokers: readArray(r, true, v, readDescribeClusterResponseDescribeClusterBroker, "Brokers"),
    clusterAuthorizedOperations: r.int32("ClusterAuthorizedOperations"),
  }
  const u = r.taggedFields("_tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeClusterResponse(w: Writer, m: MessageInit<DescribeClusterResponse>, v: number): void {
  w.int32((m.throttleTimeMs ?? 0), "ThrottleTimeMs")
  w.int16((m.errorCode ?? 0), "ErrorCode")
  w.nullableString((m.errorMessage ?? null), true, true, "ErrorMessage")
  if (v === 1) w.int8((m.endpointType ?? 1), "EndpointType")
  else if (m.endpointType !== undefined && m.endpointType !== 1) w.notInVersion("EndpointType")
  w.string((m.clusterId ?? ""), true, "ClusterId")
  w.int32((m.controllerId ?? -1), "ControllerId")
  writeArray(w, (m.brokers ?? EMPTY_ARRAY), true, false, v, writeDescribeClusterResponseDescribeClusterBroker, "Brokers")
  w.int32((m.clusterAuthorizedOperations ?? -2147483648), "ClusterAuthorizedOperations")
  w.taggedFields(m.unknownTaggedFields, "_tagged_fields")
}

/** DescribeClusterBroker in DescribeClusterResponse (versions 0-1) */
export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. (versions 0+) */
  brokerId: number
  /** The broker hostname. (versions 0+) */
  host: string
  /** The broker port. (versions 0+) */
  port: number
  /** The rack of the broker, or null if it has not been assigned to a rack. (versions 0+, nullable 0+, default null) */
  rack: string | null
  unknownTaggedFields?: TaggedField[]
}

function readDescribeClusterResponseDescribeClusterBroker(r: Reader, v: number): DescribeClusterResponseDescribeClusterBroker {
  const o: DescribeClusterResponseDescribeClusterBroker = {
    brokerId: r.int32("DescribeClusterBroker.BrokerId"),
    host: r.string(true, "DescribeClusterBroker.Host"),
    port: r.int32("DescribeClusterBroker.Port"),
    rack: r.nullableString(true, true, "DescribeClusterBroker.Rack"),
  }
  const u = r.taggedFields("DescribeClusterBroker._tagged_fields")
  if (u !== undefined) o.unknownTaggedFields = u
  return o
}

function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, m: MessageInit<DescribeClusterResponseDescribeClusterBroker>, v: number): void {
  w.int32((m.brokerId ?? 0), "DescribeClusterBroker.BrokerId")
  w.string((m.host ?? ""), true, "DescribeClusterBroker.Host")
  w.int32((m.port ?? 0), "DescribeClusterBroker.Port")
  w.nullableString((m.rack ?? null), true, true, "DescribeClusterBroker.Rack")
  w.taggedFields(m.unknownTaggedFields, "DescribeClusterBroker._tagged_fields")
}

export function decodeDescribeClusterResponse(r: Reader, version: number): DescribeClusterResponse {
  r.begin("DescribeClusterResponse", version, 0, 1)
  return readDescribeClusterResponse(r, version)
}

export function encodeDescribeClusterResponse(w: Writer, m: MessageInit<DescribeClusterResponse>, version: number): void {
  w.begin("DescribeClusterResponse", version, 0, 1)
  writeDescribeClusterResponse(w, m, version)
}
