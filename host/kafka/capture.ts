// Records the request frames real clients send, as test vectors for the fuzz test and for decoding
// tests (the kafkajs habit of fixtures captured from real peers). Off unless asked for: set
// SLUICE_KAFKA_CAPTURE_DIR (or the broker's captureDir option) to a directory and each distinct
// api/version is written there, up to `framesPerApiVersionMax` frames each, as
// <api>-v<version>-<n>.bin (the frame without its size prefix).

import fs from 'node:fs'
import path from 'node:path'
import { apiDescriptor } from './protocol/index.js'

export const framesPerApiVersionMax = 3

export class RequestCapture {
  private readonly counts = new Map<string, number>()

  constructor(readonly dir: string, private readonly prefix = '') {
    fs.mkdirSync(dir, { recursive: true })
  }

  record(apiKey: number, apiVersion: number, frame: Uint8Array): void {
    const name = apiDescriptor(apiKey)?.name ?? `api${apiKey}`
    const key = `${name}-v${apiVersion}`
    const n = this.counts.get(key) ?? 0
    if (n >= framesPerApiVersionMax) return
    this.counts.set(key, n + 1)
    try {
      fs.writeFileSync(path.join(this.dir, `${this.prefix}${key}-${n}.bin`), frame)
    } catch {
      // Capturing is a test aid: a full disk must not take the broker down.
    }
  }
}
