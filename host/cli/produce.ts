// `sluice produce TOPIC [FILE...]`: records from lines (stdin or files) or whole files, like `kcat -P`.

import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { AdminClient, serverHelp, serverOption, serverUrl, topicPath } from './client.js'
import { CommandError, UsageError, integerFlag, note, oneOf, parse, write } from './common.js'

export const usage = `Usage: sluice produce TOPIC [FILE...] [options]

Produce records to TOPIC on a running server. Each line of stdin (or of each FILE; "-" is stdin) is one
record; with --whole-file each FILE is one record.

Options:
  -k, --key K            key of every record
  -K, --key-separator S  split each line at the first S into key and value (kcat -K)
  -H, --header k=v       a header on every record (repeatable)
  -p, --partition N      send every record to partition N (default: by key, or one partition per batch)
      --whole-file       each FILE is one record (binary-safe)
      --batch N          records per request (default 1000)
      --format F         text (default: a summary on stderr) or json (offsets of every record on stdout)
${serverHelp}
  -h, --help             show this help

Examples:
  printf 'a\\nb\\n' | sluice produce orders
  sluice produce orders --key user-1 --header source=cli events.txt
  sluice produce images --whole-file cat.png dog.png
`

const options = {
  ...serverOption,
  key: { type: 'string' as const, short: 'k' },
  'key-separator': { type: 'string' as const, short: 'K' },
  header: { type: 'string' as const, short: 'H', multiple: true as const },
  partition: { type: 'string' as const, short: 'p' },
  'whole-file': { type: 'boolean' as const },
  batch: { type: 'string' as const },
  format: { type: 'string' as const },
}

interface OutRecord {
  key?: string | null
  value: string
  headers?: Record<string, string>
  partition?: number
}

async function* lines(files: string[]): AsyncGenerator<string> {
  const sources = files.length === 0 ? ['-'] : files
  for (const file of sources) {
    const stream = file === '-' ? process.stdin : createReadStream(file)
    const opened = new Promise<void>((resolve, reject) => {
      if (file === '-') resolve()
      stream.once('open', () => resolve())
      stream.once('error', (error: NodeJS.ErrnoException) => reject(new CommandError(`cannot read ${file} (${error.code ?? error.message}): check the path`)))
    })
    await opened
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) yield line
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function run(args: string[]): Promise<number> {
  const command = 'produce'
  const { values, positionals } = parse(args, options, command)
  if (values.help) {
    write(usage)
    return 0
  }
  const [topic, ...files] = positionals
  if (topic === undefined) throw new UsageError('missing TOPIC', command)
  if (values.key !== undefined && values['key-separator'] !== undefined) throw new UsageError('use either --key or --key-separator, not both', command)
  if (values['whole-file'] && files.length === 0) throw new UsageError('--whole-file needs at least one FILE', command)
  const headers: Record<string, string> = {}
  for (const header of values.header ?? []) {
    const at = header.indexOf('=')
    if (at <= 0) throw new UsageError(`--header must be key=value, got ${JSON.stringify(header)}`, command)
    headers[header.slice(0, at)] = header.slice(at + 1)
  }
  const partition = integerFlag('partition', values.partition, 0, 65_535, command)
  const batchSize = integerFlag('batch', values.batch, 1, 100_000, command) ?? 1000
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text', command)
  const client = new AdminClient(serverUrl(values.server, command))
  const hasHeaders = Object.keys(headers).length > 0

  let produced = 0
  const partitions = new Set<number>()
  const send = async (records: OutRecord[], encoding: 'utf8' | 'base64'): Promise<void> => {
    if (records.length === 0) return
    const { offsets } = await client.request<{ offsets: Array<{ partition: number; offset: number }> }>('POST', topicPath(topic, '/records'), { records, encoding })
    produced += offsets.length
    for (const o of offsets) partitions.add(o.partition)
    if (format === 'json') for (const o of offsets) write(JSON.stringify({ topic, ...o }))
  }
  const make = (value: string, key: string | null | undefined, encoding: 'utf8' | 'base64'): OutRecord => {
    const record: OutRecord = { value }
    if (key !== undefined) record.key = key
    if (hasHeaders) record.headers = encoding === 'base64' ? Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v).toString('base64')])) : headers
    if (partition !== undefined) record.partition = partition
    return record
  }

  if (values['whole-file']) {
    for (const file of files) {
      let bytes: Buffer
      try {
        bytes = file === '-' ? await readStdin() : await readFile(file)
      } catch (error) {
        throw new CommandError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path`)
      }
      const key = values.key === undefined ? undefined : Buffer.from(values.key).toString('base64')
      await send([make(bytes.toString('base64'), key, 'base64')], 'base64')
    }
  } else {
    let batch: OutRecord[] = []
    const separator = values['key-separator']
    for await (const line of lines(files)) {
      if (separator !== undefined) {
        const at = line.indexOf(separator)
        batch.push(at < 0 ? make(line, null, 'utf8') : make(line.slice(at + separator.length), line.slice(0, at), 'utf8'))
      } else {
        batch.push(make(line, values.key, 'utf8'))
      }
      if (batch.length >= batchSize) {
        await send(batch, 'utf8')
        batch = []
      }
    }
    await send(batch, 'utf8')
  }
  if (format === 'text') note(`produced ${produced} record${produced === 1 ? '' : 's'} to ${topic}${partitions.size > 0 ? ` (partition${partitions.size === 1 ? '' : 's'} ${[...partitions].sort((a, b) => a - b).join(', ')})` : ''}`)
  return 0
}
