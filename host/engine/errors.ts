// Typed engine errors. Each has a stable `code` to branch on and a message that says what was wrong and
// what to do about it.

export class SluiceError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = new.target.name
    this.code = code
  }
}

export class EngineClosedError extends SluiceError {
  constructor(operation: string) {
    super('ENGINE_CLOSED', `cannot ${operation}: the engine is closed`)
  }
}

export class UnknownTopicError extends SluiceError {
  readonly topic: string
  constructor(topic: string) {
    super('UNKNOWN_TOPIC', `topic ${JSON.stringify(topic)} does not exist: create it with engine.createTopic(${JSON.stringify(topic)})`)
    this.topic = topic
  }
}

export class TopicExistsError extends SluiceError {
  readonly topic: string
  constructor(topic: string) {
    super('TOPIC_EXISTS', `topic ${JSON.stringify(topic)} already exists`)
    this.topic = topic
  }
}

export class RecordTooLargeError extends SluiceError {
  readonly recordBytes: number
  readonly recordBytesMax: number
  constructor(topic: string, recordBytes: number, recordBytesMax: number) {
    super(
      'RECORD_TOO_LARGE',
      `a record of ${recordBytes} bytes (key + value + headers + framing) exceeds topic ${JSON.stringify(topic)}'s ` +
        `recordBytesMax of ${recordBytesMax}: raise recordBytesMax (and windowBytes) or send a smaller record`,
    )
    this.recordBytes = recordBytes
    this.recordBytesMax = recordBytesMax
  }
}

export class CapacityError extends SluiceError {
  constructor(what: string, limit: number, advice: string) {
    super('CAPACITY_EXCEEDED', `${what} (limit ${limit}): ${advice}`)
  }
}

export class InvalidPartitionError extends SluiceError {
  constructor(topic: string, partition: number, partitionCount: number) {
    super('INVALID_PARTITION', `topic ${JSON.stringify(topic)} has partitions 0..${partitionCount - 1}, not ${partition}`)
  }
}

/**
 * A memory-only subscriber fell behind a partition's bounded window: `missedCount` records between
 * `fromOffset` and `resumeOffset` were evicted before it read them. The subscription continues at
 * `resumeOffset` when iterated again.
 */
export class RecordsMissedError extends SluiceError {
  readonly topic: string
  readonly partition: number
  readonly fromOffset: number
  readonly resumeOffset: number
  readonly missedCount: number
  constructor(topic: string, partition: number, fromOffset: number, resumeOffset: number) {
    const missedCount = resumeOffset - fromOffset
    super(
      'RECORDS_MISSED',
      `subscriber missed ${missedCount} records of ${topic}[${partition}] (offsets ${fromOffset}..${resumeOffset - 1}) ` +
        `that left the in-memory window before it read them; it resumes at offset ${resumeOffset}. ` +
        `Read faster, raise windowBytes, or use a durable topic`,
    )
    this.topic = topic
    this.partition = partition
    this.fromOffset = fromOffset
    this.resumeOffset = resumeOffset
    this.missedCount = missedCount
  }
}

export class NotSupportedError extends SluiceError {
  constructor(what: string) {
    super('NOT_SUPPORTED', what)
  }
}

/** A publish waited publishTimeoutMs for a backpressure subscriber to make room in a full window. */
export class PublishTimeoutError extends SluiceError {
  constructor(topic: string, partition: number, waitedMs: number) {
    super(
      'PUBLISH_TIMEOUT',
      `partition ${topic}[${partition}] stayed full for ${waitedMs} ms: a subscriber with backpressure is not reading. ` +
        `Close or speed up that subscriber, raise windowBytes, or raise publishTimeoutMs`,
    )
  }
}

/** A Kafka record batch failed validation (Kafka's CORRUPT_MESSAGE / INVALID_RECORD). */
export class CorruptBatchError extends SluiceError {
  constructor(what: string) {
    super('CORRUPT_MESSAGE', `corrupt record batch: ${what}`)
  }
}

/** A read asked for an offset outside [logStartOffset, highWatermark] (Kafka's OFFSET_OUT_OF_RANGE). */
export class OffsetOutOfRangeError extends SluiceError {
  readonly logStartOffset: number
  readonly highWatermark: number
  constructor(topic: string, partition: number, offset: number, logStartOffset: number, highWatermark: number) {
    super(
      'OFFSET_OUT_OF_RANGE',
      `offset ${offset} of ${topic}[${partition}] is outside the available range ${logStartOffset}..${highWatermark}`,
    )
    this.logStartOffset = logStartOffset
    this.highWatermark = highWatermark
  }
}
