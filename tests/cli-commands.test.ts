// The `sluice` client commands against a real `sluice serve`, as a user types them: topic, produce,
// consume, config, group/state; --help everywhere; exit codes 0 ok, 1 failure, 2 usage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runSluice, startServe, type RunningServe } from './fixtures/sluice-cli.js'

let serve: RunningServe
let dir = ''

const sluice = (args: string[], input?: string, env: Record<string, string> = {}) => runSluice(serve.url, args, input, env)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sluice-cli-'))
  serve = await startServe(['--http-port', '0', '--memory-bytes', String(256 * 1024 * 1024), '--log-level', 'warn', '--data-dir', join(dir, 'data'), '--ingest-tcp-port=-1', '--ingest-udp-port=-1', '--port', '0'])
})

afterAll(async () => {
  await serve?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('sluice topic', () => {
  it('creates, lists, describes and deletes', async () => {
    expect(await sluice(['topic', 'create', 'cli.orders', '--partitions', '3'])).toMatchObject({ code: 0, stdout: 'created topic cli.orders with 3 partitions\n' })
    const list = await sluice(['topic', 'list'])
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^NAME\s+PARTITIONS\s+RECORDS/)
    expect(list.stdout).toMatch(/cli\.orders\s+3\s+0/)
    const described = JSON.parse((await sluice(['topic', 'describe', 'cli.orders', '--format', 'json'])).stdout)
    expect(described.partitions).toHaveLength(3)
    const again = await sluice(['topic', 'create', 'cli.orders'])
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('sluice: topic "cli.orders" already exists\n')
    expect(await sluice(['topic', 'delete', 'cli.orders'])).toMatchObject({ code: 0, stdout: 'deleted topic cli.orders\n' })
    const missing = await sluice(['topic', 'describe', 'cli.orders'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/does not exist: create it with `sluice topic create NAME`/)
  })
})

describe('sluice produce and consume', () => {
  it('produces lines with a key and headers, and consumes them as json and text', async () => {
    await sluice(['topic', 'create', 'cli.lines', '--partitions', '2'])
    const produced = await sluice(['produce', 'cli.lines', '--key', 'user-1', '--header', 'source=cli', '-H', 'v=2'], 'one\ntwo\nthree\n')
    expect(produced.code).toBe(0)
    expect(produced.stderr).toMatch(/^produced 3 records to cli\.lines \(partition \d\)\n$/)
    const json = await sluice(['consume', 'cli.lines', '--from', 'earliest', '--count', '3', '--format', 'json'])
    expect(json.code).toBe(0)
    const records = json.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((r) => r.value)).toEqual(['one', 'two', 'three'])
    expect(records.map((r) => r.offset)).toEqual([0, 1, 2])
    expect(records[0]).toMatchObject({ key: 'user-1', headers: [{ key: 'source', value: 'cli' }, { key: 'v', value: '2' }] })
    expect(typeof records[0].timestamp).toBe('number')
    const text = await sluice(['consume', 'cli.lines', '--exit'])
    expect(text).toMatchObject({ code: 0, stdout: 'one\ntwo\nthree\n' })
    const fromOffset = await sluice(['consume', 'cli.lines', '--from', '2', '--exit'])
    expect(fromOffset.stdout).toBe('three\n')
  })

  it('produces from files, key:value lines, and whole binary files', async () => {
    await sluice(['topic', 'create', 'cli.files'])
    const lines = join(dir, 'lines.txt')
    writeFileSync(lines, 'a:1\nb:2\nnokey\n')
    expect((await sluice(['produce', 'cli.files', '-K', ':', lines])).code).toBe(0)
    const blob = join(dir, 'blob.bin')
    const bytes = Buffer.from([0, 255, 10, 13, 0x80, 0x7f])
    writeFileSync(blob, bytes)
    expect((await sluice(['produce', 'cli.files', '--whole-file', blob])).code).toBe(0)
    const out = await sluice(['consume', 'cli.files', '--exit', '--format', 'json', '--encoding', 'base64'])
    const records = out.stdout.trim().split('\n').map((line) => JSON.parse(line))
    const decode = (v: string | null) => (v === null ? null : Buffer.from(v, 'base64').toString('latin1'))
    expect(records.map((r) => [decode(r.key), decode(r.value)])).toEqual([
      ['a', '1'],
      ['b', '2'],
      [null, 'nokey'],
      [null, bytes.toString('latin1')],
    ])
    const missing = await sluice(['produce', 'cli.files', join(dir, 'nope.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt \(ENOENT\): check the path/)
  })

  it('follows a topic until --count records arrive', async () => {
    await sluice(['topic', 'create', 'cli.follow'])
    const following = sluice(['consume', 'cli.follow', '--from', 'earliest', '--count', '2'])
    await new Promise((resolve) => setTimeout(resolve, 700))
    await sluice(['produce', 'cli.follow'], 'x\ny\n')
    expect(await following).toMatchObject({ code: 0, stdout: 'x\ny\n' })
  })

  it('says how to fix an unreachable server or a missing topic (exit 1)', async () => {
    const unreachable = await sluice(['topic', 'list', '--server', 'http://127.0.0.1:9'])
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(/cannot reach the Sluice server at http:\/\/127\.0\.0\.1:9 .*start it with `sluice serve`, or pass --server URL/)
    const noTopic = await sluice(['produce', 'cli.none'], 'x\n')
    expect(noTopic.code).toBe(1)
    expect(noTopic.stderr).toMatch(/topic "cli\.none" does not exist: create it with `sluice topic create NAME`/)
  })
})

describe('usage', () => {
  it('prints --help for every command with exit 0', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['topic', '--help'], ['topic', 'create', '--help'], ['produce', '-h'], ['consume', '--help'], ['group', '--help'], ['group', 'describe', '--help'], ['topic', 'alter', '--help'], ['state', '--help'], ['bench', '--help'], ['config', '--help'], ['config', 'check', '--help']]) {
      const result = await sluice(args)
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: sluice/)
    }
  })

  it('exits 2 on usage errors, naming the problem and the --help to read', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /unknown command "frobnicate"\nRun `sluice --help` for usage\./],
      [['topic', 'create'], /missing NAME\nRun `sluice topic create --help`/],
      [['topic', 'create', 'x', '--partitions', 'many'], /--partitions must be an integer from 1 to 65536, got "many"/],
      [['consume', 't', '--from', 'yesterday'], /--from must be earliest, latest, an offset, or partition:offset pairs/],
      [['consume', 't', '--format', 'xml'], /--format must be one of text, json, got "xml"/],
      [['produce', 't', '--header', 'novalue'], /--header must be key=value, got "novalue"/],
      [['topic', 'list', '--bogus'], /Unknown option '--bogus'/],
      [['topic', 'list', '--server', 'ftp://x'], /--server must be an http:\/\/ or https:\/\/ URL/],
    ]
    for (const [args, message] of cases) {
      const result = await sluice(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(message)
    }
  })

  it('reports an unknown group, and state on a server without the ingest (exit 1)', async () => {
    // tests/cli-groups.test.ts covers groups that Kafka consumers formed.
    const group = await sluice(['group', 'describe', 'cli.nobody'])
    expect(group.code).toBe(1)
    expect(group.stderr).toMatch(/no consumer group "cli\.nobody": list the groups with `sluice group list`/)
    // This server runs with the ingest off; tests/cli-state.test.ts covers a server with it.
    const state = await sluice(['state', 'show'])
    expect(state.code).toBe(1)
    expect(state.stderr).toMatch(/the event ingest is off on this server .*--ingest-tcp-port/)
  })
})

describe('sluice config', () => {
  it('checks a valid file, showing each value and where it came from', async () => {
    const file = join(dir, 'good.toml')
    writeFileSync(file, '[http]\nport = 9090\n')
    const result = await sluice(['config', 'check', file], undefined, { SLUICE_LOG_LEVEL: 'debug' })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`${file}: valid`)
    expect(result.stdout).toMatch(/http\.port\s+9090\s+file/)
    expect(result.stdout).toMatch(/log\.level\s+"debug"\s+env/)
    const json = JSON.parse((await sluice(['config', 'check', file, '--no-env', '--format', 'json'])).stdout)
    expect(json).toMatchObject({ valid: true, config: { 'http.port': 9090, 'log.level': 'info' } })
  })

  it('lists every problem of an invalid file with exit 1', async () => {
    const file = join(dir, 'bad.toml')
    writeFileSync(file, '[http]\nport = -1\n[engine]\nwindow_bytes = "3MiB"\n')
    const result = await sluice(['config', 'check', file])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${file}: 2 problems`)
    expect(result.stderr).toContain(`${file}: http.port must be an integer from 0 to 65535, got -1`)
    expect(result.stderr).toMatch(/engine\.window_bytes must be a power of two from 65536 to 1073741824 .* got "3MiB"/)
    expect((await sluice(['config', 'check'])).code).toBe(2)
  })

  it('lists the keys with env names and reloadability', async () => {
    const result = await sluice(['config', 'keys'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/http\.port\s+8080\s+SLUICE_HTTP_PORT\s+restart/)
    expect(result.stdout).toMatch(/log\.level\s+"info"\s+SLUICE_LOG_LEVEL\s+live/)
  })
})
