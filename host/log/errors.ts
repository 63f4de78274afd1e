// Typed errors of the durable log. Each names the partition directory, what went wrong and what to do.

import { SluiceError } from '../engine/errors.js'

/** A batch handed to append/appendAssigned is not a whole, valid RecordBatch v2. Nothing was written. */
export class InvalidBatchError extends SluiceError {
  readonly position: number
  constructor(position: number, problem: string) {
    super('INVALID_RECORD_BATCH', `the record batch at byte ${position} of the appended buffer is invalid: ${problem}. Nothing was written; send whole RecordBatch v2 (magic 2) batches`)
    this.position = position
  }
}

export class BatchTooLargeError extends SluiceError {
  constructor(batchBytes: number, batchBytesMax: number) {
    super('RECORD_BATCH_TOO_LARGE', `a record batch of ${batchBytes} bytes exceeds batchBytesMax (${batchBytesMax}): split it or raise batchBytesMax`)
  }
}

/** appendAssigned got a batch whose baseOffset is not the log's next offset: a gap or an overlap. */
export class OffsetMismatchError extends SluiceError {
  readonly expectedOffset: number
  readonly actualOffset: number
  constructor(directory: string, expectedOffset: number, actualOffset: number) {
    super(
      'OFFSET_MISMATCH',
      `log ${directory} expected a batch at offset ${expectedOffset} but got one at ${actualOffset}: ` +
        `appendAssigned needs batches in order with no gap or overlap; nothing of this call was written`,
    )
    this.expectedOffset = expectedOffset
    this.actualOffset = actualOffset
  }
}

export class OffsetOutOfRangeError extends SluiceError {
  readonly offset: number
  readonly logStartOffset: number
  readonly endOffset: number
  constructor(directory: string, offset: number, logStartOffset: number, endOffset: number) {
    super('OFFSET_OUT_OF_RANGE', `offset ${offset} is outside log ${directory}, which holds offsets ${logStartOffset}..${endOffset - 1}: read from logStartOffset or later`)
    this.offset = offset
    this.logStartOffset = logStartOffset
    this.endOffset = endOffset
  }
}

/** A write or sync failed (ENOSPC, EIO, ...): the appends it carried failed, and the log went read-only. */
export class LogDiskError extends SluiceError {
  /** The system error code (ENOSPC, EIO, EDQUOT, ...) or 'UNKNOWN'. */
  readonly systemCode: string
  constructor(directory: string, operation: string, cause: unknown) {
    const systemCode = systemCodeOf(cause)
    super(
      'LOG_DISK_ERROR',
      `${operation} failed in log ${directory} (${systemCode}: ${messageOf(cause)}); the appends it carried were not stored and ` +
        `this partition is now read-only. Free disk space or fix the device, then reopen the log`,
    )
    this.systemCode = systemCode
    this.cause = cause
  }
}

/** Appends to a partition that went read-only after a disk error. Reads keep working. */
export class LogReadOnlyError extends SluiceError {
  readonly systemCode: string
  constructor(directory: string, systemCode: string) {
    super('LOG_READ_ONLY', `log ${directory} is read-only after a disk error (${systemCode}): reads work, appends do not. Fix the disk, then reopen the log`)
    this.systemCode = systemCode
  }
}

export class LogClosedError extends SluiceError {
  constructor(directory: string, operation: string) {
    super('LOG_CLOSED', `cannot ${operation}: log ${directory} is closed`)
  }
}

/** A log directory holds something this version cannot open (bad checkpoint, overlapping segments). */
export class LogCorruptError extends SluiceError {
  constructor(directory: string, problem: string) {
    super('LOG_CORRUPT', `log ${directory} cannot be opened: ${problem}`)
  }
}

export function systemCodeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'UNKNOWN'
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
