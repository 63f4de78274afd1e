// Event ingest: binary frames over TCP and UDP into engine topics (docs/ingest.md).
export { IngestServer, type IngestServerOptions, type IngestAddresses, type IngestMetrics, type IngestTopicCounters, type IngestDeadLetterCount, type BoundAddress } from './server.js'
export { ControlPlane, ingestStates, controlThresholdsDefault, dropLevels, type IngestState, type ControlThresholds, type Threshold, type Transition } from './control.js'
export { replayDeadLetters, deadLetterTopicDefault, DeadLetterHeader, type ReplayOptions, type ReplayResult } from './dead-letters.js'
export {
  encodeFrame,
  encodeExtendedFrame,
  decodeAcks,
  classOfPriority,
  priorityClasses,
  AckStatus,
  DeadLetterReason,
  deadLetterReasonNames,
  frameBytesMaxDefault,
  type Ack,
  type ExtendedFrameOptions,
  type PriorityClass,
} from './wire.js'
