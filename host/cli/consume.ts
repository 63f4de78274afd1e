// `sluice consume TOPIC`: reads records from a running server, like `kcat -C`: follows the topic until
// Ctrl-C, or stops after --count records or (--exit) once caught up. With --group it is a member of the
// consumer group, as `rpk topic consume -g` is: the server hosts an embedded group member for the lifetime
// of one streaming request (GET /api/topics/:name/records?group=G, host/http/group-stream.ts), so several
// of these commands and Kafka consumers of one group share its partitions, and the member commits each
// record once its line was written to this command.

import { AdminClient, serverHelp, serverOption, serverUrl, topicPath } from './client.js'
import { UsageError, integerFlag, oneOf, parse, positionals, write } from './common.js'

export const usage = `Usage: sluice consume TOPIC [options]

Print records of TOPIC from a running server. Follows the topic (waits for new records) until Ctrl-C,
unless --count or --exit says when to stop.

Options:
  -o, --from POS       earliest (default), latest, an OFFSET (in every partition), or P:O,P:O per partition
  -c, --count N        stop after N records
  -e, --exit           stop once every partition is caught up (with --group: once the member has its
                       partitions and no record came for 1 s)
  -p, --partition N    read only partition N
  -g, --group G        join consumer group G (with Kafka consumers of G and other \`sluice consume -g G\`):
                       read the partitions G assigns this member from G's committed offsets (--from
                       applies to partitions without one: earliest or latest), commit what is printed,
                       and leave G on exit (--count, --exit, Ctrl-C, SIGTERM). Assignments go to stderr
  -f, --format F       text (default: the value of each record per line) or json (one object per line:
                       partition, offset, timestamp, key, value, headers)
      --encoding E     utf8 (default) or base64, for keys, values and header values in json
${serverHelp}
  -h, --help           show this help

Examples:
  sluice consume orders --from earliest --count 10 --format json
  sluice consume orders --from latest            # tail -f
  sluice consume orders --group audit --exit     # what group audit has not read yet, then commit
  sluice consume orders -g billing -f json       # one member of billing until Ctrl-C
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

  if (group !== undefined) {
    if (from !== 'earliest' && from !== 'latest') throw new UsageError(`with --group, --from is where partitions without a committed offset start: earliest or latest, got ${JSON.stringify(from)}`, command)
    if (partition !== undefined) throw new UsageError('--partition does not go with --group: the group assigns the partitions', command)
    const { consumeAsMember } = await import('./consume-group.js')
    return consumeAsMember(client, { topic, group, from, count, exit: values.exit === true, format, encoding })
  }

  let stop = false
  const onSignal = (): void => {
    stop = true
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let position = from
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
