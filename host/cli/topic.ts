// `sluice topic create|list|describe|alter|delete`, through the admin API of a running server.

import type { TopicInfo } from '../engine/engine.js'
import { AdminClient, serverHelp, serverOption, serverUrl, topicPath } from './client.js'
import { UsageError, integerFlag, oneOf, parse, positionals, textTable, write } from './common.js'

export const usage = `Usage: sluice topic <create|list|describe|alter|delete> [options]

Manage topics on a running server (through its HTTP admin API).

  sluice topic create NAME [--partitions N] [--window-bytes N] [--record-bytes-max N]
  sluice topic list [--prefix P] [--format text|json]
  sluice topic describe NAME [--format text|json]
  sluice topic alter NAME [--config KEY=VALUE ...] [--delete-config KEY ...] [--partitions N]
  sluice topic delete NAME

Options:
  --partitions N       partitions of a new topic (default 1); with alter, the new total (only grows)
  --config KEY=VALUE   alter: set a topic config, e.g. retention.ms=86400000 (repeatable; the keys are
                       Kafka's: cleanup.policy, max.message.bytes, retention.bytes, segment.bytes, ...)
  --delete-config KEY  alter: return a config to its default (repeatable)
  --window-bytes N     in-memory window per partition, a power of two >= 65536 (default: the server's engine.window_bytes)
  --record-bytes-max N largest record (default: a quarter of the window, at most 1 MiB)
  --prefix P           list only topics whose name starts with P
  --format F           text (default) or json
${serverHelp}
  -h, --help           show this help
`

interface TopicSummary {
  readonly name: string
  readonly partitions: number
  readonly windowBytes: number
  readonly recordBytesMax: number
  readonly recordsAppended: number
  readonly recordsRetained: number
}

const options = {
  ...serverOption,
  partitions: { type: 'string' as const },
  'window-bytes': { type: 'string' as const },
  'record-bytes-max': { type: 'string' as const },
  prefix: { type: 'string' as const },
  format: { type: 'string' as const },
  config: { type: 'string' as const, multiple: true as const },
  'delete-config': { type: 'string' as const, multiple: true as const },
}

interface TopicConfigView {
  readonly name: string
  readonly value: string
  readonly isDefault: boolean
}

/** The PATCH /api/topics/:name body of `topic alter`. */
function alterBody(values: { config?: string[]; 'delete-config'?: string[]; partitions?: string }, command: string): { configs?: Record<string, string | null>; partitions?: number } {
  const configs: Record<string, string | null> = {}
  for (const pair of values.config ?? []) {
    const at = pair.indexOf('=')
    if (at <= 0) throw new UsageError(`--config must be KEY=VALUE, got ${JSON.stringify(pair)}`, command)
    configs[pair.slice(0, at).trim()] = pair.slice(at + 1)
  }
  for (const key of values['delete-config'] ?? []) {
    if (key in configs) throw new UsageError(`${key} is both set with --config and deleted with --delete-config`, command)
    configs[key] = null
  }
  const partitions = integerFlag('partitions', values.partitions, 1, 65_536, command)
  if (Object.keys(configs).length === 0 && partitions === undefined) throw new UsageError('nothing to alter: give --config KEY=VALUE, --delete-config KEY or --partitions N', command)
  return { ...(Object.keys(configs).length > 0 ? { configs } : {}), ...(partitions === undefined ? {} : { partitions }) }
}

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args
  if (action === undefined || action === '-h' || action === '--help' || action === 'help') {
    write(usage)
    return 0
  }
  const command = `topic ${action}`
  if (!['create', 'list', 'describe', 'alter', 'delete'].includes(action)) throw new UsageError(`unknown topic command ${JSON.stringify(action)}: use create, list, describe, alter or delete`, 'topic')
  const { values, positionals: names } = parse(rest, options, command)
  if (values.help) {
    write(usage)
    return 0
  }
  if (action !== 'alter' && (values.config !== undefined || values['delete-config'] !== undefined)) throw new UsageError('--config and --delete-config go with `sluice topic alter`', command)
  const client = new AdminClient(serverUrl(values.server, command))
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', command)

  if (action === 'create') {
    const [name] = positionals(names, ['name'], command)
    const body = {
      name,
      partitions: integerFlag('partitions', values.partitions, 1, 65_536, command),
      windowBytes: integerFlag('window-bytes', values['window-bytes'], 65_536, 2 ** 30, command),
      recordBytesMax: integerFlag('record-bytes-max', values['record-bytes-max'], 40, 2 ** 30, command),
    }
    const info = await client.request<TopicInfo>('POST', '/api/topics', body)
    if (format === 'json') write(JSON.stringify(info))
    else write(`created topic ${info.name} with ${info.partitions.length} partition${info.partitions.length === 1 ? '' : 's'}`)
    return 0
  }
  if (action === 'list') {
    positionals(names, [], command)
    const query = values.prefix === undefined ? '' : `?prefix=${encodeURIComponent(values.prefix)}`
    const { topics, total, truncated } = await client.request<{ topics: TopicSummary[]; total: number; truncated: boolean }>('GET', `/api/topics${query}`)
    if (format === 'json') {
      write(JSON.stringify({ topics, total, truncated }))
      return 0
    }
    if (topics.length === 0) {
      write('no topics')
      return 0
    }
    write(textTable(['NAME', 'PARTITIONS', 'RECORDS', 'RETAINED', 'WINDOW BYTES'], topics.map((t) => [t.name, t.partitions, t.recordsAppended, t.recordsRetained, t.windowBytes])))
    if (truncated) write(`(${topics.length} of ${total} shown: narrow with --prefix)`)
    return 0
  }
  const [name] = positionals(names, ['name'], command)
  if (action === 'alter') {
    const body = alterBody(values, command)
    const info = await client.request<{ partitions: TopicInfo['partitions']; configs?: TopicConfigView[] }>('PATCH', topicPath(name), body)
    if (format === 'json') {
      write(JSON.stringify(info))
      return 0
    }
    const changed = Object.entries(body.configs ?? {}).map(([key, value]) => (value === null ? `${key} (default ${info.configs?.find((c) => c.name === key)?.value ?? '?'})` : `${key}=${value}`))
    if (changed.length > 0) write(`altered topic ${name}: ${changed.join(', ')}`)
    if (body.partitions !== undefined) write(`topic ${name} now has ${info.partitions.length} partitions`)
    return 0
  }
  if (action === 'describe') {
    const info = await client.request<TopicSummary & { partitions: TopicInfo['partitions']; configs?: TopicConfigView[] }>('GET', topicPath(name))
    if (format === 'json') {
      write(JSON.stringify(info))
      return 0
    }
    write(`NAME              ${info.name}`)
    write(`PARTITIONS        ${info.partitions.length}`)
    write(`WINDOW BYTES      ${info.windowBytes}`)
    write(`RECORD BYTES MAX  ${info.recordBytesMax}`)
    write(`RECORDS           ${info.recordsAppended} appended, ${info.recordsRetained} in memory`)
    write('')
    write(textTable(['PARTITION', 'START OFFSET', 'END OFFSET', 'RECORDS'], info.partitions.map((p) => [p.partition, p.headOffset, p.nextOffset, p.nextOffset - p.headOffset])))
    if (info.configs !== undefined) {
      write('')
      write(textTable(['CONFIG', 'VALUE', 'SOURCE'], info.configs.map((c) => [c.name, c.value, c.isDefault ? 'default' : 'topic'])))
    }
    return 0
  }
  await client.request('DELETE', topicPath(name))
  if (format === 'json') write(JSON.stringify({ deleted: name }))
  else write(`deleted topic ${name}`)
  return 0
}
