// Crash recovery for real: a child process appends with durability 'fsync' from 8 concurrent appenders and
// reports each acknowledged append; the parent SIGKILLs it at a random moment, reopens the log (running
// recovery), and checks that every acknowledged record is present exactly once, at the offset it was
// acknowledged with, in order, and that every batch served passes its CRC32C. Repeated over many rounds on
// the same directory, with small segments so that kills also land around segment rolls.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { crc32cJs } from '../host/crc/crc32c-js.js'
import { PartitionLog } from '../host/log/partition-log.js'
import { buildLogForChildren } from './fixtures/log-build.js'
// @ts-expect-error plain JS fixture
import { decodeBatches, encodeBatch } from './fixtures/log-batches.mjs'

const rounds = 20
const crc32c = (bytes: Uint8Array): number => crc32cJs(bytes, 0)
const child = resolve(import.meta.dirname, 'fixtures', 'log-crash-writer.mjs')
let buildDir: string
let scratch: string

beforeAll(() => {
  buildDir = buildLogForChildren()
  scratch = mkdtempSync(join(tmpdir(), 'sluice-log-crash-'))
})

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  rmSync(resolve(buildDir, '..'), { recursive: true, force: true })
})

interface Ack {
  firstSeq: number
  count: number
  baseOffset: number
}

function runAndKill(logDir: string, firstSeq: number, killAfterMs: number): Promise<{ acks: Ack[]; readyOffset: number }> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, [child, buildDir, logDir, String(firstSeq), '8', String(256 * 1024)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acks: Ack[] = []
    let readyOffset = -1
    let pending = ''
    let stderr = ''
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    proc.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const parts = line.split(' ')
        if (parts[0] === 'ready') {
          readyOffset = Number(parts[1])
          setTimeout(() => proc.kill('SIGKILL'), killAfterMs)
        } else if (parts[0] === 'ack') {
          acks.push({ firstSeq: Number(parts[1]), count: Number(parts[2]), baseOffset: Number(parts[3]) })
        }
      }
    })
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code}/${signal}: ${stderr}`))
      else resolvePromise({ acks, readyOffset })
    })
  })
}

test(`every acknowledged record survives ${rounds} SIGKILLs, exactly once and in order`, { timeout: 120_000 }, async () => {
  const logDir = join(scratch, 'topic-0')
  const acknowledged = new Map<number, number>() // seq -> offset
  const events: Array<Record<string, unknown>> = []
  let totalAcks = 0
  let truncations = 0
  for (let round = 0; round < rounds; round++) {
    const killAfterMs = 20 + Math.floor(Math.random() * 300)
    const { acks } = await runAndKill(logDir, round * 10_000_000, killAfterMs)
    totalAcks += acks.length
    for (const ack of acks) for (let i = 0; i < ack.count; i++) acknowledged.set(ack.firstSeq + i, ack.baseOffset + i)
    // Every third round also simulates a write torn by the crash: part of a batch after the last whole one.
    if (round % 3 === 1) {
      const segments = readdirSync(logDir).filter((name) => name.endsWith('.log')).sort()
      const torn = encodeBatch([{ key: 'torn', value: new Uint8Array(300) }], { baseOffset: 1e12 }) as Uint8Array
      appendFileSync(join(logDir, segments[segments.length - 1]), torn.subarray(0, 20 + Math.floor(Math.random() * 300)))
    }

    const log = await PartitionLog.open(logDir, { durability: 'fsync', segmentBytes: 256 * 1024, indexIntervalBytes: 1024 }, { logger: (event) => events.push(event as Record<string, unknown>) })
    const seen = new Map<number, number>()
    const problems: string[] = []
    let offset = log.logStartOffset
    while (true) {
      const result = await log.read(offset, 1024 * 1024)
      if (result === null) break
      // decodeBatches throws on a CRC mismatch or a torn batch: no corrupt batch may be served.
      for (const batch of decodeBatches(result.bytes, crc32c) as Array<{ baseOffset: number; lastOffset: number; records: Array<{ offset: number; value: Uint8Array }> }>) {
        if (batch.baseOffset !== offset) problems.push(`batch at ${batch.baseOffset}, expected ${offset}`)
        for (const record of batch.records) {
          const seq = Number(new DataView(record.value.buffer, record.value.byteOffset).getBigUint64(0))
          if (seen.has(seq)) problems.push(`seq ${seq} appears twice`)
          seen.set(seq, record.offset)
        }
        offset = batch.lastOffset + 1
      }
    }
    expect(offset).toBe(log.nextOffset)
    for (const [seq, ackedOffset] of acknowledged) {
      if (seen.get(seq) !== ackedOffset) problems.push(`acknowledged seq ${seq} (offset ${ackedOffset}) is at ${seen.get(seq)} after round ${round}`)
    }
    expect(problems.slice(0, 5)).toEqual([])
    await log.close()
  }
  truncations = events.filter((event) => event.event === 'log-tail-truncated').length
  const recovered = events.filter((event) => event.event === 'log-recovered')
  console.log(
    `${rounds} kills, ${totalAcks} acknowledged appends, ${acknowledged.size} acknowledged records, ` +
      `${truncations} torn tails cut, recovery scans ${recovered.map((event) => event.scanMs).join(',')} ms`,
  )
  expect(acknowledged.size).toBeGreaterThan(1000)
  expect(truncations).toBeGreaterThanOrEqual(Math.floor(rounds / 3))
  expect(recovered.every((event) => event.clean === false)).toBe(true)
})
