// Kafka error codes the broker answers with (org.apache.kafka.common.protocol.Errors), and the mapping
// from engine errors to them. Only the codes this broker uses are listed.

import { SluiceError } from '../engine/errors.js'
import { InvalidTopicNameError } from '../engine/topic-name.js'

export const ErrorCode = {
  UNKNOWN_SERVER_ERROR: -1,
  NONE: 0,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  INVALID_FETCH_SIZE: 4,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  REQUEST_TIMED_OUT: 7,
  MESSAGE_TOO_LARGE: 10,
  COORDINATOR_NOT_AVAILABLE: 15,
  INVALID_TOPIC_EXCEPTION: 17,
  RECORD_LIST_TOO_LARGE: 18,
  INVALID_REQUIRED_ACKS: 21,
  CLUSTER_AUTHORIZATION_FAILED: 31,
  UNSUPPORTED_SASL_MECHANISM: 33,
  ILLEGAL_SASL_STATE: 34,
  UNSUPPORTED_VERSION: 35,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_REPLICA_ASSIGNMENT: 39,
  INVALID_CONFIG: 40,
  INVALID_REQUEST: 42,
  POLICY_VIOLATION: 44,
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: 53,
  SECURITY_DISABLED: 54,
  KAFKA_STORAGE_ERROR: 56,
  FETCH_SESSION_ID_NOT_FOUND: 70,
  FENCED_LEADER_EPOCH: 74,
  UNKNOWN_LEADER_EPOCH: 75,
  UNSUPPORTED_COMPRESSION_TYPE: 76,
  INVALID_RECORD: 87,
  RESOURCE_NOT_FOUND: 91,
  UNKNOWN_TOPIC_ID: 100,
} as const

/** The Kafka error code and message for an error thrown by the engine while serving one partition or topic. */
export function errorCodeOf(error: unknown): { code: number; message: string } {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof InvalidTopicNameError) return { code: ErrorCode.INVALID_TOPIC_EXCEPTION, message }
  if (error instanceof SluiceError) {
    switch (error.code) {
      case 'UNKNOWN_TOPIC':
      case 'INVALID_PARTITION':
        return { code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, message }
      case 'CORRUPT_MESSAGE':
        return { code: ErrorCode.CORRUPT_MESSAGE, message }
      case 'RECORD_TOO_LARGE':
        return { code: ErrorCode.MESSAGE_TOO_LARGE, message }
      case 'OFFSET_OUT_OF_RANGE':
        return { code: ErrorCode.OFFSET_OUT_OF_RANGE, message }
      case 'TOPIC_EXISTS':
        return { code: ErrorCode.TOPIC_ALREADY_EXISTS, message }
      case 'PUBLISH_TIMEOUT':
        return { code: ErrorCode.REQUEST_TIMED_OUT, message }
      case 'CAPACITY_EXCEEDED':
        return { code: ErrorCode.POLICY_VIOLATION, message }
      case 'NOT_SUPPORTED':
        return { code: ErrorCode.POLICY_VIOLATION, message }
      default:
        return { code: ErrorCode.UNKNOWN_SERVER_ERROR, message }
    }
  }
  if (error instanceof RangeError) return { code: ErrorCode.INVALID_REQUEST, message }
  return { code: ErrorCode.UNKNOWN_SERVER_ERROR, message }
}
