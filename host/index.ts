// The public API of the `sluice` package.
export { Engine, memoryBytesLimit, type EngineHandle, type PublishResult, type TopicInfo, type PartitionInfo } from './engine/engine.js'
export { Subscription, type SubscribeOptions, type StartPosition } from './engine/subscription.js'
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
} from './engine/errors.js'
export { InvalidTopicNameError, validateTopicName, isValidTopicName } from './engine/topic-name.js'
export { InvalidPatternError, compilePattern } from './engine/pattern.js'
export { murmur2, partitionForKey } from './engine/partitioner.js'
