// The browser benchmark page (/bench) and the files it loads (/bench/lib/* = dist/*: the same ESM engine
// and .wasm that Node runs). SharedArrayBuffer, and so a shared WebAssembly.Memory, exists in a page only
// when it is cross-origin isolated: every response here carries COOP same-origin and COEP require-corp,
// and CORP same-origin so the page (and its workers) may load it under COEP.

import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ServerResponse } from 'node:http'
import { benchPageHtml } from '../browser/page.js'
import { HttpError } from './respond.js'

export const isolationHeaders: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
}

/** dist/: beside this file when built (dist/http/), or ../../dist from the sources (host/http/, vitest). */
function findDistDir(): string {
  for (const candidate of ['../', '../../dist/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(resolve(dir, 'index.js')) && existsSync(resolve(dir, 'wasm'))) return dir
  }
  return fileURLToPath(new URL('../', import.meta.url))
}

let distDir: string | undefined

/** Answers GET /bench and /bench/lib/*; false when the path is not ours. */
export async function serveBench(pathname: string, method: string, response: ServerResponse): Promise<boolean> {
  if (pathname === '/favicon.ico') {
    // Browsers ask for it with every page; an empty answer keeps the console free of 404s.
    response.writeHead(204, isolationHeaders)
    response.end()
    return true
  }
  if (pathname !== '/bench' && !pathname.startsWith('/bench/')) return false
  if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed on ${pathname}; use GET`, 'METHOD_NOT_ALLOWED')
  if (pathname === '/bench' || pathname === '/bench/' || pathname === '/bench/index.html') {
    const body = Buffer.from(benchPageHtml, 'utf8')
    response.writeHead(200, { ...isolationHeaders, 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' })
    response.end(method === 'HEAD' ? undefined : body)
    return true
  }
  if (!pathname.startsWith('/bench/lib/')) throw new HttpError(404, `no file ${pathname}; the page is at /bench`, 'NOT_FOUND')
  const relative = decodeURIComponent(pathname.slice('/bench/lib/'.length))
  const type = contentTypes[extname(relative)]
  distDir ??= findDistDir()
  const file = resolve(distDir, relative)
  // Only built .js/.wasm/.map files under dist/, never anything outside it.
  if (type === undefined || !file.startsWith(distDir.endsWith(sep) ? distDir : distDir + sep) || relative.includes('\0')) {
    throw new HttpError(404, `no file ${pathname}`, 'NOT_FOUND')
  }
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    throw new HttpError(404, `no file ${pathname} in ${distDir}: run \`npm run build\``, 'NOT_FOUND')
  }
  response.writeHead(200, { ...isolationHeaders, 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' })
  response.end(method === 'HEAD' ? undefined : body)
  return true
}
