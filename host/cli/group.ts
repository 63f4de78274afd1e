// `sluice group list|describe|reset-offsets|delete`: the server's consumer groups (Kafka clients and embedded
// members, with or without the Kafka listener), through the HTTP admin API of a running server
// (/api/groups, host/http/groups.ts), printed as rpk and kafka-consumer-groups print them.

import { AdminClient, groupPath, serverHelp, serverOption, serverUrl } from './client.js'
import { UsageError, integerFlag, note, oneOf, parse, positionals, textTable, write } from './common.js'
import type { GroupDescription, GroupSummary, OffsetChange } from '../http/groups.js'

export const usage = `Usage: sluice group <list|describe|reset-offsets|delete> [options]

Consumer groups of the server (Kafka and embedded members): list them, describe members, committed offsets and lag,
reset committed offsets, delete empty groups (through the HTTP admin API).

  sluice group list [--format text|json]
  sluice group describe GROUP [--format text|json]
  sluice group reset-offsets GROUP --topic T [--partition N] (--to POS | --to-datetime ISO)
                             [--dry-run | --execute] [--format text|json]
  sluice group delete GROUP

reset-offsets sets the offsets the group's consumers resume from. As with Kafka, it needs the group to
have no active members (stop its consumers first), and without --execute it only shows what it would do.

Options:
  --topic T            the topic whose committed offsets to reset
  --partition N        only these partitions (repeatable, or N,N,...; default: every partition of T)
  --to POS             earliest, latest, or an OFFSET (kept within each partition's start and end)
  --to-datetime ISO    the first offset at or after a time, e.g. 2026-01-31T12:00:00Z (the end when
                       every record is older)
  --dry-run            show the new offsets without committing them (the default)
  --execute            commit them
  --format F           text (default) or json
${serverHelp}
  -h, --help           show this help

Exit codes: 0 ok; 1 the server refused (unknown group or topic, group still active, no Kafka broker)
or is unreachable; 2 usage error.
`

const options = {
  ...serverOption,
  format: { type: 'string' as const },
  topic: { type: 'string' as const },
  partition: { type: 'string' as const, multiple: true as const },
  to: { type: 'string' as const },
  'to-datetime': { type: 'string' as const },
  'dry-run': { type: 'boolean' as const },
  execute: { type: 'boolean' as const },
}

const actions = ['list', 'describe', 'reset-offsets', 'delete']

const dash = (value: number | string | null): string | number => (value === null || value === '' ? '-' : value)

function printDescription(d: GroupDescription): void {
  const clients = new Map(d.members.map((m) => [m.memberId, m]))
  write(`GROUP        ${d.group}`)
  write(`STATE        ${d.state}`)
  write(`PROTOCOL     ${d.protocolType === '' ? '-' : d.protocolType}${d.protocol === '' ? '' : `/${d.protocol}`}`)
  write(`GENERATION   ${d.generation}`)
  write(`MEMBERS      ${d.members.length}`)
  write(`TOTAL LAG    ${d.totalLag}`)
  if (d.offsets.length > 0) {
    write('')
    write(
      textTable(
        ['TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'MEMBER-ID', 'CLIENT-ID', 'HOST'],
        d.offsets.map((o) => {
          const member = o.memberId === null ? undefined : clients.get(o.memberId)
          return [o.topic, o.partition, dash(o.committedOffset), o.logEndOffset < 0 ? '-' : o.logEndOffset, dash(o.lag), dash(o.memberId), dash(member?.clientId ?? null), dash(member?.clientHost ?? null)]
        }),
      ),
    )
  }
  if (d.members.length > 0) {
    write('')
    write(
      textTable(
        ['MEMBER-ID', 'INSTANCE-ID', 'CLIENT-ID', 'HOST', 'ASSIGNMENT'],
        d.members.map((m) => [m.memberId, dash(m.groupInstanceId), dash(m.clientId), dash(m.clientHost), m.assignment === null ? '-' : m.assignment.map((a) => `${a.topic}:${a.partitions.join(',')}`).join(' ') || '-']),
      ),
    )
  }
}

function partitionsOf(values: string[] | undefined, command: string): number[] | undefined {
  if (values === undefined) return undefined
  const out: number[] = []
  for (const value of values) for (const part of value.split(',')) out.push(integerFlag('partition', part, 0, 65_535, command)!)
  return out
}

/** The "to" of a reset body from --to / --to-datetime. */
function resetTarget(to: string | undefined, datetime: string | undefined, command: string): string | number | { timestamp: number } {
  if ((to === undefined) === (datetime === undefined)) throw new UsageError('give exactly one of --to earliest|latest|OFFSET and --to-datetime ISO', command)
  if (datetime !== undefined) {
    const ms = Date.parse(datetime)
    if (!Number.isFinite(ms)) throw new UsageError(`--to-datetime must be an ISO date like 2026-01-31T12:00:00Z, got ${JSON.stringify(datetime)}`, command)
    return { timestamp: ms }
  }
  if (to === 'earliest' || to === 'latest') return to
  if (/^\d+$/.test(to!) && Number.isSafeInteger(Number(to))) return Number(to)
  throw new UsageError(`--to must be earliest, latest or an offset, got ${JSON.stringify(to)}`, command)
}

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args
  if (action === undefined || action === '-h' || action === '--help' || action === 'help') {
    write(usage)
    return 0
  }
  if (!actions.includes(action)) throw new UsageError(`unknown group command ${JSON.stringify(action)}: use ${actions.join(', ')}`, 'group')
  const command = `group ${action}`
  const { values, positionals: names } = parse(rest, options, command)
  if (values.help) {
    write(usage)
    return 0
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', command)
  const resetOnly = (['topic', 'partition', 'to', 'to-datetime', 'dry-run', 'execute'] as const).find((name) => values[name] !== undefined)
  if (action !== 'reset-offsets' && resetOnly !== undefined) throw new UsageError(`--${resetOnly} goes with \`sluice group reset-offsets\``, command)
  const client = new AdminClient(serverUrl(values.server, command))

  if (action === 'list') {
    positionals(names, [], command)
    const { groups } = await client.request<{ groups: GroupSummary[] }>('GET', '/api/groups')
    if (format === 'json') write(JSON.stringify({ groups }))
    else if (groups.length === 0) write('no groups')
    else write(textTable(['GROUP', 'STATE', 'PROTOCOL-TYPE', 'MEMBERS'], groups.map((g) => [g.group, g.state, dash(g.protocolType), g.members])))
    return 0
  }
  const [group] = positionals(names, ['group'], command)
  if (action === 'describe') {
    const described = await client.request<GroupDescription>('GET', groupPath(group))
    if (format === 'json') write(JSON.stringify(described))
    else printDescription(described)
    return 0
  }
  if (action === 'delete') {
    await client.request('DELETE', groupPath(group))
    if (format === 'json') write(JSON.stringify({ deleted: group }))
    else write(`deleted group ${group}`)
    return 0
  }
  if (values.topic === undefined || values.topic === '') throw new UsageError('missing --topic T: the topic whose offsets to reset', command)
  if (values['dry-run'] && values.execute) throw new UsageError('give --dry-run or --execute, not both', command)
  const to = resetTarget(values.to, values['to-datetime'], command)
  const dryRun = values.execute !== true
  const result = await client.request<{ group: string; topic: string; dryRun: boolean; partitions: OffsetChange[] }>('POST', groupPath(group, '/offsets'), {
    topic: values.topic,
    partitions: partitionsOf(values.partition, command),
    to,
    dryRun,
  })
  if (format === 'json') write(JSON.stringify(result))
  else write(textTable(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'NEW-OFFSET'], result.partitions.map((p) => [result.group, result.topic, p.partition, dash(p.previousOffset), p.newOffset])))
  if (dryRun) note('dry run: nothing was committed; add --execute to commit these offsets')
  return 0
}
