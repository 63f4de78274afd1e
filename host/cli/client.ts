// The admin API over HTTP, as the CLI uses it (topic, produce, consume) until the Kafka protocol lands.
// Failures become CommandError messages that say what to do: start the server, pass --server, create
// the topic.

import { CommandError, UsageError } from './common.js'

export const serverDefault = 'http://127.0.0.1:8080'

export const serverOption = { server: { type: 'string' as const } }

export const serverHelp = `  --server URL         the Sluice server's HTTP address (default $SLUICE_SERVER or ${serverDefault})`

/** The base URL from --server, $SLUICE_SERVER or the default, checked. */
export function serverUrl(flag: string | undefined, command: string): URL {
  const text = flag ?? process.env.SLUICE_SERVER ?? serverDefault
  const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `http://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new UsageError(`--server must be a URL like ${serverDefault}, got ${JSON.stringify(text)}`, command)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--server must be an http:// or https:// URL, got ${JSON.stringify(text)}`, command)
  return url
}

export interface ApiError {
  readonly error: string
  readonly code: string
}

export class AdminClient {
  constructor(readonly base: URL) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body)
    return this.parse<T>(response, await response.text())
  }

  /** A GET whose body the caller reads as it arrives (group streams); an error answer throws as request() does. */
  async stream(path: string, signal: AbortSignal): Promise<Response> {
    const response = await this.send('GET', path, undefined, signal)
    if (!response.ok) this.parse(response, await response.text())
    return response
  }

  private async send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    try {
      return await fetch(new URL(path, this.base), {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const reason = cause?.code ?? cause?.message ?? (error as Error).message
      throw new CommandError(`cannot reach the Sluice server at ${this.base.origin} (${reason}): start it with \`sluice serve\`, or pass --server URL (or set SLUICE_SERVER)`)
    }
  }

  private parse<T>(response: Response, text: string): T {
    let parsed: unknown
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {
      throw new CommandError(`${this.base.origin} answered ${response.status} with something that is not JSON: is --server pointing at a Sluice server?`)
    }
    if (!response.ok) {
      const apiError = parsed as Partial<ApiError> | undefined
      let message = apiError?.error ?? `HTTP ${response.status}`
      if (apiError?.code === 'UNKNOWN_TOPIC') message = message.replace(/: create it with .*$/, '') + ': create it with `sluice topic create NAME`'
      throw new CommandError(message)
    }
    return parsed as T
  }
}

export function topicPath(name: string, suffix = ''): string {
  return `/api/topics/${encodeURIComponent(name)}${suffix}`
}

export function groupPath(group: string, suffix = ''): string {
  return `/api/groups/${encodeURIComponent(group)}${suffix}`
}
