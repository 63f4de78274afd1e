// `sluice group`: its commands are reserved now so scripts and docs can name them; they answer "not
// available yet" (exit 1) until consumer groups (issue 5) land. The owners of that work replace this.
// (`sluice state` is in state.ts.)

import { CommandError, UsageError, parse, write } from './common.js'

export const groupUsage = `Usage: sluice group <list|describe|reset-offsets> [options]

Consumer groups: list them, describe members, offsets and lag, reset committed offsets.
Not available yet: consumer groups arrive with the Kafka consumer-groups work (issue 5).

  sluice group list
  sluice group describe GROUP
  sluice group reset-offsets GROUP --topic T --to earliest|latest|OFFSET
`

function pending(args: string[], usage: string, actions: string[], what: string, name: string): number {
  const [action, ...rest] = args
  if (action === undefined || action === '-h' || action === '--help' || action === 'help') {
    write(usage)
    return 0
  }
  if (!actions.includes(action)) throw new UsageError(`unknown ${name} command ${JSON.stringify(action)}: use ${actions.join(', ')}`, name)
  // Accept any options so the message below is what the user sees, not an option error.
  const { values } = parse(rest.filter((arg) => arg === '-h' || arg === '--help'), {}, `${name} ${action}`)
  if (values.help) {
    write(usage)
    return 0
  }
  throw new CommandError(`\`sluice ${name} ${action}\` is not available yet: ${what}`)
}

export async function runGroup(args: string[]): Promise<number> {
  return pending(args, groupUsage, ['list', 'describe', 'reset-offsets'], 'consumer groups arrive with the Kafka consumer-groups work (issue 5)', 'group')
}
