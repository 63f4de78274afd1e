// `sluice state show|set`: the control plane of the event ingest (docs/ingest.md "Control plane"), through
// the HTTP admin API of a running server (GET and POST /api/state).

import { AdminClient, serverHelp, serverOption, serverUrl } from './client.js'
import { UsageError, oneOf, parse, positionals, textTable, write } from './common.js'

const states = ['RUNNING', 'PAUSED', 'DRAINING', 'DROPPING', 'EMERGENCY'] as const

export const usage = `Usage: sluice state <show|set> [options]

The control plane of the event ingest: show its state, or move it (docs/ingest.md).

  sluice state show [--format text|json]
  sluice state set STATE [--reason TEXT] [--format text|json]

States:
  RUNNING    read sockets, publish everything; hands control back to the automatic thresholds
  PAUSED     stop reading TCP (clients are pushed back), dead-letter UDP; held until RUNNING is set
  DRAINING   publish what is queued, accept nothing new; held until RUNNING is set
  DROPPING   dead-letter the lowest priorities: the batch class, more under pressure; held until RUNNING is set
  EMERGENCY  publish realtime frames only; held until RUNNING is set

Options:
  --reason TEXT        why (logged with the transition; default "operator (HTTP)")
  --format F           text (default) or json
${serverHelp}
  -h, --help           show this help
`

interface StateView {
  readonly previous?: string
  readonly state: string
  readonly operatorHeld: boolean
  readonly transitions: number
  readonly transitionsByPair: Record<string, number>
  readonly stateMs: Record<string, number>
  readonly queueDepth: number
  readonly lagMs: number
  readonly dropBelowPriority?: number
}

const options = {
  ...serverOption,
  reason: { type: 'string' as const },
  format: { type: 'string' as const },
}

function printState(view: StateView): void {
  write(`STATE          ${view.state}${view.operatorHeld ? ' (held by an operator)' : ''}`)
  write(`QUEUE DEPTH    ${(view.queueDepth * 100).toFixed(1)}%`)
  write(`LAG            ${Math.round(view.lagMs)} ms`)
  if (view.dropBelowPriority !== undefined && view.dropBelowPriority > 0) write(`SHEDDING       priorities below ${view.dropBelowPriority}`)
  write(`TRANSITIONS    ${view.transitions}`)
  write('')
  write(textTable(['STATE', 'TIME MS'], Object.entries(view.stateMs).map(([state, ms]) => [state, Math.round(ms)])))
  const pairs = Object.entries(view.transitionsByPair)
  if (pairs.length > 0) {
    write('')
    write(textTable(['TRANSITION', 'COUNT'], pairs.map(([pair, count]) => [pair, count])))
  }
}

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args
  if (action === undefined || action === '-h' || action === '--help' || action === 'help') {
    write(usage)
    return 0
  }
  const command = `state ${action}`
  if (action !== 'show' && action !== 'set') throw new UsageError(`unknown state command ${JSON.stringify(action)}: use show or set`, 'state')
  const { values, positionals: args2 } = parse(rest, options, command)
  if (values.help) {
    write(usage)
    return 0
  }
  const client = new AdminClient(serverUrl(values.server, command))
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', command)
  if (action === 'show') {
    positionals(args2, [], command)
    if (values.reason !== undefined) throw new UsageError('--reason goes with `sluice state set`', command)
    const view = await client.request<StateView>('GET', '/api/state')
    if (format === 'json') write(JSON.stringify(view))
    else printState(view)
    return 0
  }
  const [name] = positionals(args2, ['state'], command)
  const state = name.toUpperCase()
  if (!(states as readonly string[]).includes(state)) throw new UsageError(`unknown state ${JSON.stringify(name)}: use one of ${states.join(', ')}`, command)
  const view = await client.request<StateView>('POST', '/api/state', { state, reason: values.reason })
  if (format === 'json') write(JSON.stringify(view))
  else write(view.previous === view.state ? `ingest state stays ${view.state}` : `ingest state ${view.previous} -> ${view.state}${view.operatorHeld ? ' (held until `sluice state set RUNNING`)' : ''}`)
  return 0
}
