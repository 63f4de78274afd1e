// The operations HTTP endpoint: health, readiness and a JSON view of topics. Small until the operations
// issue adds metrics and the admin API; node:http is enough for that.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { type AddressInfo } from 'node:net'
import { type Engine } from '../engine/engine.js'

export interface HttpServerOptions {
  host: string
  port: number
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

function route(engine: Engine, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (request.method !== 'GET') return sendJson(response, 405, { error: `method ${request.method} not allowed; use GET` })
  if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok' })
  if (url.pathname === '/ready') return sendJson(response, engine.isOpen ? 200 : 503, { ready: engine.isOpen })
  if (url.pathname === '/topics') return sendJson(response, 200, engine.listTopics().map((name) => engine.describeTopic(name)))
  sendJson(response, 404, { error: `no route ${url.pathname}; try /health, /ready or /topics` })
}

export async function startHttpServer(engine: Engine, options: HttpServerOptions): Promise<{ server: Server; address: AddressInfo }> {
  const server = createServer((request, response) => {
    try {
      route(engine, request, response)
    } catch (error) {
      sendJson(response, 500, { error: (error as Error).message })
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  return { server, address: server.address() as AddressInfo }
}
