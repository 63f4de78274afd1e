// `sluice group`, `sluice consume --group` and `sluice topic alter` against a real `sluice serve`, with a
// real kafkajs consumer group on its Kafka port: the commands show the group the consumers formed, and the
// offsets `group reset-offsets --execute` writes are where the group's next consumer resumes.
// `sluice consume --group` commands are members of their group: they split its partitions with each other
// and with kafkajs consumers, hand them over when stopped, and commit exactly what they printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { readAsGroupMember, startRecordingConsumer, until } from './fixtures/kafkajs-consumer.js'
import { runSluice, startServe, startSluice, type RunningServe, type RunningSluice } from './fixtures/sluice-cli.js'

let serve: RunningServe
let dir = ''
let kafka: Kafka

const sluice = (args: string[], input?: string) => runSluice(serve.url, args, input)

async function describeJson(group: string): Promise<any> {
  const result = await sluice(['group', 'describe', group, '--format', 'json'])
  return result.code === 0 ? JSON.parse(result.stdout) : undefined
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-cli-groups-'))
  serve = await startServe(['--http-port', '0', '--port', '0', '--memory-bytes', String(256 * 1024 * 1024), '--log-level', 'warn', '--data-dir', join(dir, 'data'), '--ingest-tcp-port=-1', '--ingest-udp-port=-1'])
  kafka = new Kafka({ clientId: 'cli-groups-test', brokers: [serve.ready.kafka], logLevel: logLevel.NOTHING, retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 } })
  // The broker loads its protocol code just after the ready line; groups answer once it is in.
  await until('the Kafka broker', async () => ((await sluice(['group', 'list'])).code === 0 ? true : undefined))
})

afterAll(async () => {
  await serve?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('sluice group', () => {
  it('lists and describes a kafkajs group, resets its offsets once it is empty, and its next consumer resumes there', async () => {
    const topic = 'cli.g.orders'
    expect((await sluice(['topic', 'create', topic, '--partitions', '2'])).code).toBe(0)
    for (const p of [0, 1]) expect((await sluice(['produce', topic, '--partition', String(p)], 'a\nb\nc\n')).code).toBe(0)

    const seen: Array<[number, number]> = []
    const first = await startRecordingConsumer(kafka, 'cli.g', topic, seen)
    try {
      await until('everything committed', async () => {
        const d = await describeJson('cli.g')
        const committed = d?.offsets.length === 2 && d.offsets.every((o: { committedOffset: number | null }) => o.committedOffset !== null)
        return committed && d.state === 'Stable' && d.totalLag === 0 ? d : undefined
      })
      expect(seen).toHaveLength(6)
      const list = await sluice(['group', 'list'])
      expect(list.code).toBe(0)
      expect(list.stdout).toMatch(/^GROUP\s+STATE\s+PROTOCOL-TYPE\s+MEMBERS\n/)
      expect(list.stdout).toMatch(/cli\.g\s+Stable\s+consumer\s+1/)
      const text = await sluice(['group', 'describe', 'cli.g'])
      expect(text.code).toBe(0)
      expect(text.stdout).toMatch(/STATE\s+Stable/)
      expect(text.stdout).toMatch(/PROTOCOL\s+consumer\/\w+/)
      expect(text.stdout).toMatch(/TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG\s+MEMBER-ID\s+CLIENT-ID\s+HOST/)
      expect(text.stdout).toMatch(/cli\.g\.orders\s+0\s+3\s+3\s+0\s+cli-groups-test-\S+\s+cli-groups-test\s+\/127\.0\.0\.1/)
      expect(text.stdout).toMatch(/cli\.g\.orders\s+1\s+3\s+3\s+0\s/)
      expect(text.stdout).toMatch(/cli-groups-test\s+\/127\.0\.0\.1\s+cli\.g\.orders:0,1/)

      const active = await sluice(['group', 'reset-offsets', 'cli.g', '--topic', topic, '--to', 'earliest', '--execute'])
      expect(active.code).toBe(1)
      expect(active.stderr).toMatch(/can only be set while it has no active members, but it is Stable with 1 member: stop its consumers/)
    } finally {
      await first.disconnect()
    }
    await until('the group to be empty', async () => ((await describeJson('cli.g'))?.state === 'Empty' ? true : undefined))

    // Without --execute: a plan, nothing committed.
    const plan = await sluice(['group', 'reset-offsets', 'cli.g', '--topic', topic, '--to', '1'])
    expect(plan.code).toBe(0)
    expect(plan.stdout).toMatch(/^GROUP\s+TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+NEW-OFFSET\ncli\.g\s+cli\.g\.orders\s+0\s+3\s+1\ncli\.g\s+cli\.g\.orders\s+1\s+3\s+1\n$/)
    expect(plan.stderr).toMatch(/dry run: nothing was committed; add --execute/)
    expect((await describeJson('cli.g')).offsets.map((o: { committedOffset: number }) => o.committedOffset)).toEqual([3, 3])

    const one = await sluice(['group', 'reset-offsets', 'cli.g', '--topic', topic, '--partition', '0', '--to', '1', '--execute', '--format', 'json'])
    expect(JSON.parse(one.stdout)).toEqual({ group: 'cli.g', topic, dryRun: false, partitions: [{ partition: 0, previousOffset: 3, newOffset: 1 }] })
    const byTime = await sluice(['group', 'reset-offsets', 'cli.g', '--topic', topic, '--partition', '1', '--to-datetime', '2001-01-01T00:00:00Z', '--execute'])
    expect(byTime.code).toBe(0)
    expect(byTime.stderr).toBe('')
    const after = await describeJson('cli.g')
    expect(after.offsets.map((o: { partition: number; committedOffset: number; lag: number }) => [o.partition, o.committedOffset, o.lag])).toEqual([
      [0, 1, 2],
      [1, 0, 3],
    ])

    // The group's next consumer starts where the reset put it: offsets 1-2 of partition 0, 0-2 of partition 1.
    expect(await readAsGroupMember(kafka, 'cli.g', topic, 5)).toEqual([
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ])
    await until('the group to be empty', async () => ((await describeJson('cli.g'))?.state === 'Empty' ? true : undefined))
    expect(await sluice(['group', 'delete', 'cli.g'])).toMatchObject({ code: 0, stdout: 'deleted group cli.g\n' })
    const gone = await sluice(['group', 'describe', 'cli.g'])
    expect(gone.code).toBe(1)
    expect(gone.stderr).toMatch(/no consumer group "cli\.g": list the groups with `sluice group list`/)
  }, 90_000)

  it('names usage errors (exit 2) and prints --help', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['group', 'reset-offsets', 'g', '--to', 'earliest'], /missing --topic T/],
      [['group', 'reset-offsets', 'g', '--topic', 't'], /give exactly one of --to earliest\|latest\|OFFSET and --to-datetime ISO/],
      [['group', 'reset-offsets', 'g', '--topic', 't', '--to', 'yesterday'], /--to must be earliest, latest or an offset, got "yesterday"/],
      [['group', 'reset-offsets', 'g', '--topic', 't', '--to-datetime', 'noon'], /--to-datetime must be an ISO date/],
      [['group', 'reset-offsets', 'g', '--topic', 't', '--to', '0', '--dry-run', '--execute'], /--dry-run or --execute, not both/],
      [['group', 'describe'], /missing GROUP/],
      [['group', 'describe', 'g', '--to', '0'], /--to goes with `sluice group reset-offsets`/],
      [['group', 'rebalance'], /unknown group command "rebalance"/],
      [['consume', 't', '--group', 'g', '--from', '3'], /with --group, --from is where partitions without a committed offset start: earliest or latest/],
      [['consume', 't', '--group', 'g', '--partition', '1'], /--partition does not go with --group: the group assigns the partitions/],
      [['topic', 'alter', 't'], /nothing to alter: give --config KEY=VALUE, --delete-config KEY or --partitions N/],
      [['topic', 'alter', 't', '--config', 'retention.ms'], /--config must be KEY=VALUE/],
      [['topic', 'create', 't', '--config', 'a=b'], /--config and --delete-config go with `sluice topic alter`/],
    ]
    for (const [args, message] of cases) {
      const result = await sluice(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(message)
    }
    for (const args of [['group', '--help'], ['group', 'reset-offsets', '--help'], ['topic', 'alter', '--help']]) {
      const help = await sluice(args)
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(/^Usage: sluice/)
    }
  })
})

describe('sluice consume --group', () => {
  it('starts from the committed offsets and commits what it printed', async () => {
    await sluice(['topic', 'create', 'cli.cg'])
    await sluice(['produce', 'cli.cg'], 'one\ntwo\nthree\nfour\n')
    expect(await sluice(['consume', 'cli.cg', '--group', 'cli.cg.readers', '--count', '2'])).toMatchObject({ code: 0, stdout: 'one\ntwo\n' })
    expect((await describeJson('cli.cg.readers')).offsets).toEqual([{ topic: 'cli.cg', partition: 0, committedOffset: 2, logEndOffset: 4, lag: 2, memberId: null }])
    expect(await sluice(['consume', 'cli.cg', '--group', 'cli.cg.readers', '--exit'])).toMatchObject({ code: 0, stdout: 'three\nfour\n' })
    expect(await sluice(['consume', 'cli.cg', '--group', 'cli.cg.readers', '--exit'])).toMatchObject({ code: 0, stdout: '' })
    expect((await describeJson('cli.cg.readers')).totalLag).toBe(0)
    await sluice(['produce', 'cli.cg'], 'five\n')
    // A new group with --from latest starts at the end; the first group goes on where it committed.
    expect(await sluice(['consume', 'cli.cg', '--group', 'cli.cg.tail', '--from', 'latest', '--exit'])).toMatchObject({ code: 0, stdout: '' })
    expect(await sluice(['consume', 'cli.cg', '--group', 'cli.cg.readers', '--exit'])).toMatchObject({ code: 0, stdout: 'five\n' })
  })

  it('is a real member: two commands split a 4-partition topic, one stopped hands its partitions to the other, offsets match what each printed', async () => {
    const topic = 'cli.cg.split'
    const group = 'cli.cg.split.g'
    expect((await sluice(['topic', 'create', topic, '--partitions', '4'])).code).toBe(0)
    const a = member(['consume', topic, '--group', group, '--format', 'json'])
    const b = member(['consume', topic, '--group', group, '--format', 'json'])
    try {
      const split = await assignedPerMember(group, 2)
      expect(split.map((m) => m.length)).toEqual([2, 2])
      await produceEach(topic, 4, 'first')
      await until('every first record printed', async () => (printed(a).length + printed(b).length >= 20 ? true : undefined))
      await new Promise((resolve) => setTimeout(resolve, 300)) // a duplicate would show now
      const [fromA, fromB] = [printed(a), printed(b)]
      expect(fromA).toHaveLength(10)
      expect(fromB).toHaveLength(10)
      const partitionsA = new Set(fromA.map((r) => r.partition))
      const partitionsB = new Set(fromB.map((r) => r.partition))
      expect(partitionsA.size).toBe(2)
      expect([...partitionsB].filter((p) => partitionsA.has(p))).toEqual([])
      expect(keys([...fromA, ...fromB])).toEqual(allKeys(4, 5, 0))
      expect(a.stderr()).toMatch(/sluice: group cli\.cg\.split\.g: assigned cli\.cg\.split partitions \[\d,\d\]/)

      // SIGTERM: a leaves the group; b takes its partitions and reads what comes next in all four.
      a.child.kill('SIGTERM')
      expect(await a.exited).toBe(0)
      expect(printed(a)).toEqual(fromA)
      expect(await assignedPerMember(group, 1)).toEqual([[0, 1, 2, 3]])
      for (const [partition, offset] of committedOf(await describeJson(group))) {
        if (partitionsA.has(partition)) expect(offset).toBe(5) // what a printed: offsets 0-4
      }
      await produceEach(topic, 4, 'second')
      await until('b to print the second records', async () => (printed(b).length >= 30 ? true : undefined))
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(keys(printed(b))).toEqual([...keys(fromB), ...allKeys(4, 5, 5)].sort())
    } finally {
      a.child.kill('SIGTERM')
      b.child.kill('SIGTERM')
    }
    expect(await b.exited).toBe(0)
    const after = await describeJson(group)
    expect(after.state).toBe('Empty')
    expect(after.members).toEqual([])
    // Committed = printed: the offset after the last record each command printed, per partition.
    expect(committedOf(after)).toEqual(lastPrinted([...printed(a), ...printed(b)]))
    expect(committedOf(after)).toEqual([[0, 10], [1, 10], [2, 10], [3, 10]])
  }, 90_000)

  it('shares a group with a kafkajs consumer, and commits exactly what --count printed', async () => {
    const topic = 'cli.cg.mixed'
    const group = 'cli.cg.mixed.g'
    expect((await sluice(['topic', 'create', topic, '--partitions', '4'])).code).toBe(0)
    const seen: Array<[number, number]> = []
    const consumer = await startRecordingConsumer(kafka, group, topic, seen)
    const cli = member(['consume', topic, '--group', group, '--format', 'json'])
    try {
      const split = await assignedPerMember(group, 2)
      expect(split.map((m) => m.length)).toEqual([2, 2])
      await produceEach(topic, 4, 'm')
      await until('every record read', async () => (seen.length + printed(cli).length >= 20 ? true : undefined))
      await new Promise((resolve) => setTimeout(resolve, 300))
      const fromCli = printed(cli)
      expect(fromCli).toHaveLength(10)
      expect(seen).toHaveLength(10)
      const kafkaPartitions = new Set(seen.map(([p]) => p))
      expect(fromCli.filter((r) => kafkaPartitions.has(r.partition))).toEqual([])
      expect(new Set(fromCli.map((r) => r.partition)).size).toBe(2)
      expect(printedPartitionsHint(cli)).toEqual([...new Set(fromCli.map((r) => r.partition))].sort())
      expect([...fromCli.map((r) => `${r.partition}:${r.offset}`), ...seen.map(([p, o]) => `${p}:${o}`)].sort()).toEqual(allKeys(4, 5, 0))
    } finally {
      cli.child.kill('SIGTERM')
    }
    expect(await cli.exited).toBe(0)
    // The kafkajs consumer gets the command's partitions.
    await until('kafkajs to own every partition', async () => {
      const d = await describeJson(group)
      return d?.state === 'Stable' && d.members.length === 1 && d.members[0].assignment?.[0]?.partitions.length === 4 ? true : undefined
    })
    await consumer.disconnect()
    await until('the group to be empty', async () => ((await describeJson(group))?.state === 'Empty' ? true : undefined))
    expect(committedOf(await describeJson(group))).toEqual([[0, 5], [1, 5], [2, 5], [3, 5]])

    // --count: exactly N printed, exactly N committed, the member gone when the command exits.
    await produceEach(topic, 4, 'n')
    const three = await sluice(['consume', topic, '--group', group, '--count', '3', '--format', 'json'])
    expect(three.code).toBe(0)
    const records = three.stdout.trim().split('\n').map((line) => JSON.parse(line) as Printed)
    expect(records).toHaveLength(3)
    const d = await describeJson(group)
    expect(d.members).toEqual([])
    const expected = new Map(committedOf(d).map(([p]) => [p, 5]))
    for (const [p, o] of lastPrinted(records)) expected.set(p, o)
    expect(committedOf(d)).toEqual([...expected].sort((x, y) => x[0] - y[0]))
  }, 90_000)
})

interface Printed {
  partition: number
  offset: number
  value: string
}

function member(args: string[]): RunningSluice {
  const running = startSluice(serve.url, args)
  members.push(running)
  return running
}

const members: RunningSluice[] = []
afterAll(() => {
  for (const m of members) if (m.child.exitCode === null) m.child.kill('SIGKILL')
})

function printed(running: RunningSluice): Printed[] {
  return running
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Printed)
}

/** Partitions named in the command's last "assigned" note. */
function printedPartitionsHint(running: RunningSluice): number[] {
  const notes = [...running.stderr().matchAll(/assigned \S+ partitions \[([\d,]*)\]/g)]
  return (notes.at(-1)?.[1] ?? '').split(',').filter(Boolean).map(Number)
}

const keys = (records: Printed[]): string[] => records.map((r) => `${r.partition}:${r.offset}`).sort()
const allKeys = (partitions: number, perPartition: number, first: number): string[] =>
  Array.from({ length: partitions }, (_, p) => Array.from({ length: perPartition }, (_, i) => `${p}:${first + i}`)).flat().sort()

/** `count` records into each partition. */
async function produceEach(topic: string, partitions: number, prefix: string, count = 5): Promise<void> {
  for (let p = 0; p < partitions; p++) {
    const lines = Array.from({ length: count }, (_, i) => `${prefix}-${p}-${i}`).join('\n') + '\n'
    expect((await sluice(['produce', topic, '--partition', String(p)], lines)).code).toBe(0)
  }
}

/** Waits for the group to be Stable with `members` members, and returns each member's partitions. */
async function assignedPerMember(group: string, members: number): Promise<number[][]> {
  return until(`group ${group} stable with ${members} members`, async () => {
    const d = await describeJson(group)
    if (d?.state !== 'Stable' || d.members.length !== members) return undefined
    const owned: number[][] = d.members.map((m: { assignment: Array<{ partitions: number[] }> | null }) => (m.assignment ?? []).flatMap((a) => a.partitions).sort())
    return owned.flat().length === 4 ? owned.sort((x, y) => x[0] - y[0]) : undefined
  })
}

function committedOf(description: { offsets: Array<{ partition: number; committedOffset: number | null }> }): Array<[number, number | null]> {
  return description.offsets.map((o) => [o.partition, o.committedOffset])
}

function lastPrinted(records: Printed[]): Array<[number, number]> {
  const last = new Map<number, number>()
  for (const r of records) last.set(r.partition, Math.max(last.get(r.partition) ?? 0, r.offset + 1))
  return [...last].sort((a, b) => a[0] - b[0])
}

describe('sluice topic alter', () => {
  it('sets and deletes configs, grows partitions, shows them in describe, and explains what it cannot do', async () => {
    await sluice(['topic', 'create', 'cli.alter', '--partitions', '2'])
    const set = await sluice(['topic', 'alter', 'cli.alter', '--config', 'retention.ms=86400000', '--config', 'cleanup.policy=compact'])
    expect(set).toMatchObject({ code: 0, stdout: 'altered topic cli.alter: retention.ms=86400000, cleanup.policy=compact\n' })
    const described = await sluice(['topic', 'describe', 'cli.alter'])
    expect(described.stdout).toMatch(/CONFIG\s+VALUE\s+SOURCE/)
    expect(described.stdout).toMatch(/retention\.ms\s+86400000\s+topic/)
    expect(described.stdout).toMatch(/cleanup\.policy\s+compact\s+topic/)
    expect(await sluice(['topic', 'alter', 'cli.alter', '--delete-config', 'retention.ms'])).toMatchObject({ code: 0, stdout: 'altered topic cli.alter: retention.ms (default 604800000)\n' })
    const json = JSON.parse((await sluice(['topic', 'describe', 'cli.alter', '--format', 'json'])).stdout)
    expect(json.configs.find((c: { name: string }) => c.name === 'retention.ms')).toEqual({ name: 'retention.ms', value: '604800000', isDefault: true })

    const bad = await sluice(['topic', 'alter', 'cli.alter', '--config', 'retention.ms=soon'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/invalid value for topic config retention\.ms: must be an integer, got "soon"/)
    const shrink = await sluice(['topic', 'alter', 'cli.alter', '--partitions', '1'])
    expect(shrink.code).toBe(1)
    expect(shrink.stderr).toMatch(/partitions can only be added \(as in Kafka\): ask for more than 2/)
    expect(await sluice(['topic', 'alter', 'cli.alter', '--partitions', '4', '--config', 'retention.bytes=1048576'])).toMatchObject({
      code: 0,
      stdout: 'altered topic cli.alter: retention.bytes=1048576\ntopic cli.alter now has 4 partitions\n',
    })
    expect(JSON.parse((await sluice(['topic', 'describe', 'cli.alter', '--format', 'json'])).stdout).partitions).toHaveLength(4)
    const missing = await sluice(['topic', 'alter', 'cli.none', '--config', 'retention.ms=1'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/does not exist: create it with `sluice topic create NAME`/)
  })
})
