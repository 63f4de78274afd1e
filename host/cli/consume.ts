// `sluice consume TOPIC`: reads records from a running server, like `kcat -C`: follows the topic until
// Ctrl-C, or stops after --count records or (--exit) once caught up. With --group it starts from the
// group's committed offsets and commits what it printed (through /api/groups/:id/offsets), as a
// standalone consumer: it does not join the group, so the group must have no active members.

import { AdminClient, groupPath, serverHelp, serverOption, serverUrl, topicPath } from './client.js'
import { CommandError, UsageError, integerFlag, oneOf, parse, positionals, write } from './common.js'

export const usage = `Usage: sluice consume TOPIC [options]

Print records of TOPIC from a running server. Follows the topic (waits for new records) until Ctrl-C,
unless --count or --exit says when to stop.

Options:
  -o, --from POS       earliest (default), latest, an OFFSET (in every partition), or P:O,P:O per partition
  -c, --count N        stop after N records
  -e, --exit           stop once every partition is caught up
  -p, --partition N    read only partition N
  -g, --group G        start from group G's committed offsets (--from applies to partitions without one:
                       earliest or latest) and commit each record printed. The command does not join
                       G as a Kafka consumer does: G must have no active members, and two of these
                       commands on one group do not share partitions
  -f, --format F       text (default: the value of each record per line) or json (one object per line:
                       partition, offset, timestamp, key, value, headers)
      --encoding E     utf8 (default) or base64, for keys, values and header values in json
${serverHelp}
  -h, --help           show this help

Examples:
  sluice consume orders --from earliest --count 10 --format json
  sluice consume orders --from latest            # tail -f
  sluice consume orders --group audit --exit     # what group audit has not read yet, then commit
`

const options = {
  ...serverOption,
  from: { type: 'string' as const, short: 'o' },
  count: { type: 'string' as const, short: 'c' },
  exit: { type: 'boolean' as const, short: 'e' },
  partition: { type: 'string' as const, short: 'p' },
  group: { type: 'string' as const, short: 'g' },
  format: { type: 'string' as const, short: 'f' },
  encoding: { type: 'string' as const },
}

interface Consumed {
  records: Array<{ partition: number; offset: number; timestamp: number; key: string | null; value: string | null; headers: Array<{ key: string; value: string | null }> }>
  nextOffsets: Record<string, number>
}

interface GroupView {
  readonly state: string
  readonly members: unknown[]
  readonly offsets: Array<{ topic: string; partition: number; committedOffset: number | null }>
}

/**
 * Where a group consumer starts: each partition's committed offset, else the start (earliest) or the end
 * (latest) of the partition, as a Kafka consumer's auto.offset.reset.
 */
async function groupStart(client: AdminClient, topic: string, group: string, from: string, partition: number | undefined, command: string): Promise<string> {
  if (from !== 'earliest' && from !== 'latest') throw new UsageError(`with --group, --from is where partitions without a committed offset start: earliest or latest, got ${JSON.stringify(from)}`, command)
  let view: GroupView | null = null
  try {
    view = await client.request<GroupView>('GET', groupPath(group))
  } catch (error) {
    if (!(error instanceof CommandError && /no consumer group/.test(error.message))) throw error // unknown: nothing committed yet
  }
  if (view !== null && view.state !== 'Empty') {
    throw new CommandError(`group ${JSON.stringify(group)} is ${view.state} with ${view.members.length} active member(s): \`sluice consume --group\` commits without joining, so it needs a group without members; stop those consumers or use another group`)
  }
  const committed = new Map((view?.offsets ?? []).filter((o) => o.topic === topic && o.committedOffset !== null).map((o) => [o.partition, o.committedOffset!]))
  const info = await client.request<{ partitions: Array<{ partition: number; headOffset: number; nextOffset: number }> }>('GET', topicPath(topic))
  return info.partitions
    .filter((p) => partition === undefined || p.partition === partition)
    .map((p) => `${p.partition}:${committed.get(p.partition) ?? (from === 'earliest' ? p.headOffset : p.nextOffset)}`)
    .join(',')
}

/** Records asked for per request. */
const requestRecordsMax = 1000
/** How long one request waits for records when following. */
const pollWaitMs = 1000

export async function run(args: string[]): Promise<number> {
  const command = 'consume'
  const { values, positionals: rest } = parse(args, options, command)
  if (values.help) {
    write(usage)
    return 0
  }
  const [topic] = positionals(rest, ['topic'], command)
  const from = values.from ?? 'earliest'
  if (!/^(earliest|latest|beginning|end|\d+|\d+:\d+(,\d+:\d+)*)$/.test(from)) {
    throw new UsageError(`--from must be earliest, latest, an offset, or partition:offset pairs like 0:12,1:40; got ${JSON.stringify(from)}`, command)
  }
  const count = integerFlag('count', values.count, 1, Number.MAX_SAFE_INTEGER, command)
  const partition = integerFlag('partition', values.partition, 0, 65_535, command)
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', command)
  const encoding = oneOf('encoding', values.encoding, ['utf8', 'base64'] as const, 'utf8', command)
  const client = new AdminClient(serverUrl(values.server, command))
  const group = values.group
  if (group === '') throw new UsageError('--group needs a group name', command)

  let stop = false
  const onSignal = (): void => {
    stop = true
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let position = group === undefined ? from : await groupStart(client, topic, group, from, partition, command)
  let printed = 0
  try {
    while (!stop && (count === undefined || printed < count)) {
      const ask = Math.min(requestRecordsMax, count === undefined ? requestRecordsMax : count - printed)
      const query = new URLSearchParams({ from: position, count: String(ask), timeoutMs: String(values.exit ? 0 : pollWaitMs), encoding })
      if (partition !== undefined) query.set('partition', String(partition))
      const result = await client.request<Consumed>('GET', `${topicPath(topic, '/records')}?${query}`)
      const out: string[] = []
      for (const record of result.records) {
        out.push(format === 'json' ? JSON.stringify(record) : (record.value ?? ''))
      }
      if (out.length > 0) process.stdout.write(out.join('\n') + '\n')
      printed += result.records.length
      if (group !== undefined && result.records.length > 0) {
        const offsets: Record<string, number> = {}
        for (const record of result.records) offsets[String(record.partition)] = result.nextOffsets[String(record.partition)]
        await client.request('POST', groupPath(group, '/offsets'), { topic, offsets })
      }
      position = Object.entries(result.nextOffsets)
        .map(([p, o]) => `${p}:${o}`)
        .join(',')
      if (position === '') return 0 // a topic with no partitions to read
      if (values.exit && result.records.length === 0) break
    }
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  return 0
}
