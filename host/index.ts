// The public API of the `sluice` package.
export { Engine, memoryBytesLimit, type EngineHandle, type PublishResult, type BatchPublishResult, type TopicInfo, type PartitionInfo } from './engine/engine.js'
export { RecordBatchBuilder, RecordBatchView } from './engine/record-batch.js'
export { Subscription, type SubscribeOptions, type StartPosition } from './engine/subscription.js'
export { GroupSubscription, GroupError, type GroupSubscribeOptions, type TopicPartition } from './engine/group-member.js'
export type { AssignorName } from './coordinator/consumer-protocol.js'
export type { EngineOptions, TopicOptions } from './engine/options.js'
export type { Message, MessageHeader, RecordInput, HeaderInput } from './engine/record-format.js'
export {
  SluiceError,
  EngineClosedError,
  UnknownTopicError,
  TopicExistsError,
  RecordTooLargeError,
  RecordsMissedError,
  CapacityError,
  InvalidPartitionError,
  NotSupportedError,
  PublishTimeoutError,
  CorruptBatchError,
  OffsetOutOfRangeError,
} from './engine/errors.js'
export { InvalidTopicNameError, validateTopicName, isValidTopicName } from './engine/topic-name.js'
export { InvalidPatternError, compilePattern } from './engine/pattern.js'
export { murmur2, partitionForKey } from './engine/partitioner.js'
export { Crc32c, crc32cJs, type Crc32cOptions, type Crc32cImplementation } from './crc/crc32c.js'
export { SpscRing } from './ring/spsc-ring.js'
export { MpmcQueue } from './ring/mpmc-queue.js'
export { loadSluiceModule, createSharedMemory, instantiate } from './wasm/module.js'
