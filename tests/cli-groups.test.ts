// `sluice group`, `sluice consume --group` and `sluice topic alter` against a real `sluice serve`, with a
// real kafkajs consumer group on its Kafka port: the commands show the group the consumers formed, and the
// offsets `group reset-offsets --execute` writes are where the group's next consumer resumes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { readAsGroupMember, startRecordingConsumer, until } from './fixtures/kafkajs-consumer.js'
import { runSluice, startServe, type RunningServe } from './fixtures/sluice-cli.js'

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

  it('refuses a group with active Kafka members', async () => {
    await sluice(['topic', 'create', 'cli.cg.busy'])
    const consumer = await startRecordingConsumer(kafka, 'cli.cg.busy', 'cli.cg.busy', [])
    try {
      await until('the group to be stable', async () => ((await describeJson('cli.cg.busy'))?.state === 'Stable' ? true : undefined))
      const refused = await sluice(['consume', 'cli.cg.busy', '--group', 'cli.cg.busy', '--exit'])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(/group "cli\.cg\.busy" is Stable with 1 active member\(s\): `sluice consume --group` commits without joining/)
    } finally {
      await consumer.disconnect()
    }
  }, 60_000)
})

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
