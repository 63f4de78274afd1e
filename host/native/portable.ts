// The portable path: what Sluice does without the addon (not built, SLUICE_NATIVE=0, Deno, Bun, browsers).
// No pinning; topology from /sys when the runtime can read it; file ranges copied through fs instead of mapped.
import type * as Fs from 'node:fs'
import type * as Os from 'node:os'
import type { MapOptions, NumaNode, NumaTopology } from './api.js'
import { checkCpuList, checkMapArguments, pastEndError } from './range.js'

const nodeRoot = '/sys/devices/system/node'
// A cpulist range beyond this is a malformed file, not a machine (same bound as native/src/numa.cc).
const cpuNumberMax = 1 << 20
// fs.readSync reads at most 2 GiB - 1 at a time; larger ranges are read in chunks of this size.
const readChunkBytesMax = 1 << 30

/** The runtime's fs and os modules, or null where there are none (browsers). */
export interface PortableHost {
  readonly fs: typeof Fs | null
  readonly os: typeof Os | null
}

/** "0-3,8,10-11\n" -> [0, 1, 2, 3, 8, 10, 11]; null when any part is malformed. */
export function parseCpuList(text: string): number[] | null {
  const cpus: number[] = []
  for (const rawPart of text.split(',')) {
    const part = rawPart.trim()
    if (part === '') continue
    const match = /^(\d+)(?:-(\d+))?$/.exec(part)
    if (match === null) return null
    const first = Number(match[1])
    const last = match[2] === undefined ? first : Number(match[2])
    if (last < first || last > cpuNumberMax) return null
    for (let cpu = first; cpu <= last; cpu++) cpus.push(cpu)
  }
  return cpus
}

function readText(fs: typeof Fs | null, path: string): string | null {
  if (fs === null) return null
  try {
    return fs.readFileSync(path, 'utf8')
  } catch {
    // Missing file, or a runtime without permission to read it (Deno without --allow-read): not an error here,
    // the caller falls back.
    return null
  }
}

function allCpus(host: PortableHost): number[] {
  const online = parseCpuList(readText(host.fs, '/sys/devices/system/cpu/online') ?? '')
  if (online !== null && online.length > 0) return online
  let count = 0
  try {
    count = host.os?.cpus().length ?? 0
  } catch {
    count = 0
  }
  if (count === 0) count = globalThis.navigator?.hardwareConcurrency ?? 1
  return Array.from({ length: Math.max(count, 1) }, (_, cpu) => cpu)
}

function totalMemoryBytes(host: PortableHost): number {
  try {
    return host.os?.totalmem() ?? 0
  } catch {
    return 0
  }
}

export function portableTopology(host: PortableHost): NumaTopology {
  const nodes: NumaNode[] = []
  let names: string[] = []
  try {
    names = host.fs?.readdirSync(nodeRoot) ?? []
  } catch {
    names = []
  }
  for (const name of names) {
    const match = /^node(\d+)$/.exec(name)
    if (match === null) continue
    const cpus = parseCpuList(readText(host.fs, `${nodeRoot}/${name}/cpulist`) ?? '')
    if (cpus === null) continue
    const memory = /MemTotal:\s*(\d+)\s*kB/.exec(readText(host.fs, `${nodeRoot}/${name}/meminfo`) ?? '')
    nodes.push({ id: Number(match[1]), cpus, memoryBytes: memory === null ? 0 : Number(memory[1]) * 1024 })
  }
  // Memory-only nodes (CXL, some HBM) have no CPUs; a topology is usable only if some node has CPUs.
  if (nodes.some((node) => node.cpus.length > 0)) {
    nodes.sort((a, b) => a.id - b.id)
    return { nodes, source: 'sysfs' }
  }
  return { nodes: [{ id: 0, cpus: allCpus(host), memoryBytes: totalMemoryBytes(host) }], source: 'fallback' }
}

export function portableGetThreadAffinity(host: PortableHost): number[] {
  // /proc/thread-self names the thread doing the read, which is the calling thread for a sync read: this
  // answers for the calling worker even without the addon (Linux only).
  const status = readText(host.fs, '/proc/thread-self/status')
  const allowed = status === null ? null : /^Cpus_allowed_list:\s*(.*)$/m.exec(status)
  const cpus = allowed === null ? null : parseCpuList(allowed[1] ?? '')
  if (cpus !== null && cpus.length > 0) return cpus
  return allCpus(host)
}

export function portableSetThreadAffinity(cpus: readonly number[]): boolean {
  checkCpuList(cpus)
  return false
}

/** The portable replacement for mmap: a copy of the range, read through fs. */
export function readRangeFrom(host: PortableHost, path: string, offset: number, length: number, options?: MapOptions): Uint8Array {
  checkMapArguments(path, offset, length, options)
  const fs = host.fs
  if (fs === null) {
    throw new Error(`mapReadOnly(${path}): this runtime has no file system access (browser); files can be read only under Node, Deno or Bun`)
  }
  const fd = fs.openSync(path, 'r')
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) {
      throw Object.assign(new Error(`mapReadOnly: ${path} is not a regular file`), { code: stat.isDirectory() ? 'EISDIR' : 'ENODEV', path })
    }
    if (offset + length > stat.size) throw pastEndError(path, offset, length, stat.size)
    const bytes = new Uint8Array(length)
    let done = 0
    while (done < length) {
      const read = fs.readSync(fd, bytes, done, Math.min(length - done, readChunkBytesMax), offset + done)
      // The file shrank between fstat and read: what the caller asked for no longer exists.
      if (read === 0) throw pastEndError(path, offset, length, offset + done)
      done += read
    }
    return bytes
  } finally {
    fs.closeSync(fd)
  }
}
