// Argument checks shared by both paths, so a bad call fails the same way whichever path is in use.
import type { MapAdvice, MapOptions } from './api.js'

const adviceNames: readonly MapAdvice[] = ['normal', 'sequential', 'random', 'willneed']

export function checkMapArguments(path: string, offset: number, length: number, options: MapOptions | undefined): void {
  if (typeof path !== 'string' || path.length === 0 || path.includes('\0')) {
    throw new TypeError(`mapReadOnly(path, offset, length): path must be a non-empty string without NUL bytes, got ${String(path)}`)
  }
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RangeError(`mapReadOnly(${path}, offset, length): offset must be a non-negative safe integer, got ${offset}`)
  }
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new RangeError(`mapReadOnly(${path}, offset, length): length must be a non-negative safe integer, got ${length}`)
  }
  const advice = options?.advice
  if (advice !== undefined && !adviceNames.includes(advice)) {
    throw new TypeError(`mapReadOnly: advice must be one of ${adviceNames.join(', ')}, got ${String(advice)}`)
  }
}

/** The error both paths give for a range the file does not hold. */
export function pastEndError(path: string, offset: number, length: number, fileBytes: number): RangeError {
  const error = new RangeError(
    `mapReadOnly: range [${offset}, ${offset + length}) is past the end of ${path} (${fileBytes} bytes); map only data the file already holds`,
  )
  Object.assign(error, { code: 'ERR_OUT_OF_RANGE', path })
  return error
}

export function checkCpuList(cpus: readonly number[]): void {
  if (!Array.isArray(cpus) || cpus.length === 0) {
    throw new RangeError('setThreadAffinity(cpus): cpus must be a non-empty array of CPU numbers, e.g. [0]')
  }
  for (const [index, cpu] of cpus.entries()) {
    if (!Number.isSafeInteger(cpu) || cpu < 0) {
      throw new RangeError(`setThreadAffinity(cpus): cpus[${index}] must be a non-negative integer, got ${cpu}`)
    }
  }
}
