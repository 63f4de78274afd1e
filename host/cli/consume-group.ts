// `sluice consume TOPIC --group G`: one member of G for the lifetime of the command. The server hosts the
// member (GET /api/topics/:name/records?group=G streams NDJSON lines, host/http/group-stream.ts); this
// prints the record lines as they arrive and the assignments on stderr. The member commits each record
// once its line was written to this command, so to stop (SIGINT, SIGTERM) it asks the server to end the
// stream (DELETE /api/streams/:id) and prints everything up to the end line: what it printed is then what
// G committed. A second signal, or no end line within stopWaitMs, hangs up instead.

import type { AdminClient } from './client.js'
import { CommandError, note } from './common.js'

export interface MemberOptions {
  readonly topic: string
  readonly group: string
  readonly from: 'earliest' | 'latest'
  readonly count: number | undefined
  /** Stop once caught up: no record for exitIdleMs after the member got its partitions. */
  readonly exit: boolean
  readonly format: 'text' | 'json'
  readonly encoding: 'utf8' | 'base64'
}

/** With --exit: the stream ends when no record came for this long after an assignment. */
const exitIdleMs = 1_000
/** After a signal: how long to wait for the server to end the stream before hanging up. */
const stopWaitMs = 5_000

interface StreamLine {
  readonly event?: string
  readonly stream?: string
  readonly partitions?: number[]
  readonly generation?: number
  readonly reason?: string
  readonly error?: string
  readonly code?: string
  readonly value?: string | null
}

export async function consumeAsMember(client: AdminClient, options: MemberOptions): Promise<number> {
  const { topic, group } = options
  const query = new URLSearchParams({ group, from: options.from, encoding: options.encoding })
  if (options.count !== undefined) query.set('count', String(options.count))
  if (options.exit) query.set('exitIdleMs', String(exitIdleMs))
  const abort = new AbortController()
  let streamId: string | null = null
  let stopping = false
  let hangUp: ReturnType<typeof setTimeout> | undefined
  const askToStop = (): void => {
    if (streamId === null) return abort.abort()
    client.request('DELETE', `/api/streams/${encodeURIComponent(streamId)}`).catch(() => abort.abort())
    hangUp = setTimeout(() => abort.abort(), stopWaitMs)
  }
  const onSignal = (): void => {
    if (stopping) return abort.abort()
    stopping = true
    askToStop()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let ended = false
  try {
    const response = await client.stream(`/api/topics/${encodeURIComponent(topic)}/records?${query}`, abort.signal)
    const decoder = new TextDecoder()
    let buffered = ''
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true })
      const out: string[] = []
      for (let newline = buffered.indexOf('\n'); newline >= 0; newline = buffered.indexOf('\n')) {
        const text = buffered.slice(0, newline)
        buffered = buffered.slice(newline + 1)
        const line = JSON.parse(text) as StreamLine
        if (line.event === undefined) {
          out.push(options.format === 'json' ? text : (line.value ?? ''))
          continue
        }
        switch (line.event) {
          case 'open':
            streamId = line.stream ?? null
            if (stopping) askToStop()
            break
          case 'assigned':
            note(`sluice: group ${group}: assigned ${topic} partitions [${line.partitions?.join(',') ?? ''}] (generation ${line.generation})`)
            break
          case 'revoked':
            note(`sluice: group ${group}: revoked ${topic} partitions [${line.partitions?.join(',') ?? ''}]`)
            break
          case 'end':
            ended = true
            if (line.reason === 'idle') note(`sluice: group ${group}: the server ended the stream after no records for http.group_stream_idle_ms`)
            if (line.reason === 'shutdown') note(`sluice: group ${group}: the server is shutting down; this member left the group`)
            break
          case 'error':
            if (out.length > 0) process.stdout.write(out.join('\n') + '\n')
            throw new CommandError(`the member of group ${JSON.stringify(group)} stopped: ${line.error ?? 'unknown error'}${line.code === undefined ? '' : ` (${line.code})`}`)
        }
      }
      if (out.length > 0) process.stdout.write(out.join('\n') + '\n')
    }
    if (!ended && !stopping) throw new CommandError(`the server closed the stream of group ${JSON.stringify(group)} without ending it (did it stop?); records it wrote but this command did not print may be committed`)
  } catch (error) {
    if (!(stopping && (error as Error).name === 'AbortError')) throw error
  } finally {
    clearTimeout(hangUp)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  return 0
}
