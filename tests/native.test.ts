// The native addon (affinity, NUMA topology, mmap) and the portable path behind the same Platform interface.
// Every behaviour is checked on both paths in this process; the portable path is also checked as users meet it:
// SLUICE_NATIVE=0 in a Node child, and under Deno and Bun importing the built dist/native/index.js.
// In CI (CI=true) the addon must have built: a missing addon fails the run instead of skipping the native half.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { cpus as osCpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import {
  createNativePlatform,
  createPortablePlatform,
  loadNativeWithReason,
  parseCpuList,
  platform,
  type Platform,
} from '../host/native/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const addonPath = join(root, 'native/build/Release/sluice_native.node')
const distIndex = join(root, 'dist/native/index.js')
const inCi = process.env.CI === 'true'
const { api: nativeApi, reason: nativeReason } = loadNativeWithReason()

const scratch = mkdtempSync(join(tmpdir(), 'sluice-native-'))
// Odd-sized and over a few pages, so ranges cross page boundaries and end exactly at EOF.
const fileBytes = 3 * 65536 + 4099
const filePath = join(scratch, 'segment.log')
const fileContent = new Uint8Array(fileBytes)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Deterministic xorshift32, so a failing offset/length reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x1_0000_0000
  }
}

{
  const next = random(0x5eed)
  for (let i = 0; i < fileBytes; i++) fileContent[i] = Math.floor(next() * 256)
  writeFileSync(filePath, fileContent)
}

function allCpus(): number[] {
  const online = existsSync('/sys/devices/system/cpu/online') ? parseCpuList(readFileSync('/sys/devices/system/cpu/online', 'utf8')) : null
  return online ?? osCpus().map((_, cpu) => cpu)
}

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? ((error as { code?: number }).code ?? 1) : 0 })
    })
  })
}

function lastJsonLine(stdout: string, stderr: string): Record<string, unknown> {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  expect(line, `printed no result; stderr: ${stderr}`).toMatch(/^\{/)
  return JSON.parse(line) as Record<string, unknown>
}

describe('native addon build', () => {
  it('loads the addon, or explains why not (required in CI)', () => {
    if (nativeApi === null && inCi) {
      throw new Error(
        `CI=true but the native addon did not load: ${nativeReason}. CI must test the native path, so this fails rather than ` +
          'skips; the compiler output of the last build is in native/build-native.log.',
      )
    }
    if (nativeApi === null) {
      expect(nativeReason).toMatch(/SLUICE_NATIVE=0|not built|failed to load|stale/)
      return
    }
    expect(nativeReason).toBeNull()
    expect(nativeApi.affinitySupported).toBe(process.platform === 'linux')
    expect(platform.kind).toBe(process.env.SLUICE_NATIVE === '0' ? 'portable' : 'native')
  })
})

const paths: Array<[string, Platform | null]> = [
  ['native', nativeApi === null ? null : createNativePlatform(nativeApi)],
  ['portable', createPortablePlatform('chosen by the test')],
]

for (const [name, subject] of paths) {
  describe.skipIf(subject === null)(`${name} path`, () => {
    const p = subject as Platform

    it('reports a topology of at least one node whose nodes hold every CPU exactly once', () => {
      const topology = p.numaTopology()
      expect(topology.nodes.length).toBeGreaterThanOrEqual(1)
      expect(['sysfs', 'fallback']).toContain(topology.source)
      const seen = topology.nodes.flatMap((node) => node.cpus)
      expect(new Set(seen).size, 'a CPU listed in two nodes').toBe(seen.length)
      expect([...seen].sort((a, b) => a - b)).toEqual(allCpus())
      expect(new Set(topology.nodes.map((node) => node.id)).size).toBe(topology.nodes.length)
      for (const node of topology.nodes) {
        expect(Number.isSafeInteger(node.memoryBytes) && node.memoryBytes >= 0).toBe(true)
      }
    })

    it('answers the calling thread\'s CPUs as a non-empty subset of all CPUs', () => {
      const cpus = p.getThreadAffinity()
      expect(cpus.length).toBeGreaterThan(0)
      const every = new Set(allCpus())
      for (const cpu of cpus) expect(every.has(cpu)).toBe(true)
    })

    it('rejects malformed CPU lists before touching the OS', () => {
      expect(() => p.setThreadAffinity([])).toThrow(RangeError)
      expect(() => p.setThreadAffinity([-1])).toThrow(/cpus\[0\] must be a non-negative integer/)
      expect(() => p.setThreadAffinity([0.5])).toThrow(RangeError)
    })

    it('maps ranges whose bytes equal fs.readFileSync slices at random offsets and lengths', () => {
      const next = random(name === 'native' ? 11 : 12)
      const ranges: Array<[number, number]> = [
        [0, fileBytes],
        [0, 0],
        [fileBytes, 0],
        [fileBytes - 1, 1],
        [4095, 2],
        [4096, 4096],
        [65536 - 7, 65536 + 14],
      ]
      for (let i = 0; i < 200; i++) {
        const offset = Math.floor(next() * fileBytes)
        ranges.push([offset, Math.floor(next() * (fileBytes - offset + 1))])
      }
      for (const [offset, length] of ranges) {
        const bytes = p.mapReadOnly(filePath, offset, length, { advice: 'sequential' })
        expect(bytes).toBeInstanceOf(Uint8Array)
        expect(bytes.length).toBe(length)
        expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(fileContent.subarray(offset, offset + length)), `[${offset}, +${length})`).toBe(true)
      }
    })

    it('refuses a range past the end of the file with a clear error', () => {
      for (const [offset, length] of [[0, fileBytes + 1], [fileBytes, 1], [fileBytes + 4096, 0]] as Array<[number, number]>) {
        let error: unknown
        try {
          p.mapReadOnly(filePath, offset, length)
        } catch (caught) {
          error = caught
        }
        expect(error).toBeInstanceOf(RangeError)
        expect((error as RangeError).message).toContain(`past the end of ${filePath} (${fileBytes} bytes)`)
        expect((error as { code?: string }).code).toBe('ERR_OUT_OF_RANGE')
      }
    })

    it('names the file and the reason for a missing file or a directory', () => {
      const missing = join(scratch, 'no-such-segment.log')
      expect(() => p.mapReadOnly(missing, 0, 1)).toThrow(expect.objectContaining({ code: 'ENOENT', message: expect.stringContaining(missing) }))
      expect(() => p.mapReadOnly(scratch, 0, 1)).toThrow(expect.objectContaining({ code: 'EISDIR' }))
    })

    it('rejects malformed arguments', () => {
      expect(() => p.mapReadOnly('', 0, 1)).toThrow(TypeError)
      expect(() => p.mapReadOnly(filePath, -1, 1)).toThrow(/offset must be a non-negative safe integer/)
      expect(() => p.mapReadOnly(filePath, 0, 1.5)).toThrow(/length must be a non-negative safe integer/)
      expect(() => p.mapReadOnly(filePath, 0, 1, { advice: 'never' as 'normal' })).toThrow(/advice must be one of/)
    })

    it('keeps mapped bytes valid after the file is renamed and unlinked', () => {
      const path = join(scratch, `${name}-sealed.log`)
      writeFileSync(path, fileContent)
      const bytes = p.mapReadOnly(path, 100, 70_000, { advice: 'willneed' })
      renameSync(path, `${path}.old`)
      unlinkSync(`${path}.old`)
      expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(fileContent.subarray(100, 70_100))).toBe(true)
    })
  })
}

describe.skipIf(nativeApi === null)('native path only', () => {
  it('pins a worker_threads worker to one CPU, then another, without moving the main thread', async () => {
    const native = createNativePlatform(nativeApi!)
    const before = native.getThreadAffinity()
    const [first, second = first] = before
    // CommonJS eval worker: the worker loads the addon itself, as a Sluice worker would.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads')
      const addon = require(workerData.addonPath)
      const seen = []
      for (const cpu of workerData.cpus) {
        const pinned = addon.setThreadAffinity([cpu])
        seen.push({ pinned, affinity: addon.getThreadAffinity() })
      }
      parentPort.postMessage(seen)
    `
    const worker = new Worker(source, { eval: true, workerData: { addonPath, cpus: [first, second] } })
    const seen = await new Promise<Array<{ pinned: boolean; affinity: number[] }>>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    expect(seen).toEqual([
      { pinned: true, affinity: [first] },
      { pinned: true, affinity: [second] },
    ])
    expect(native.getThreadAffinity(), 'pinning a worker moved the main thread').toEqual(before)
  })

  it('says which CPU the OS refused and why', () => {
    const native = createNativePlatform(nativeApi!)
    const before = native.getThreadAffinity()
    expect(native.setThreadAffinity(before)).toBe(true)
    expect(() => native.setThreadAffinity([Math.max(...allCpus()) + 1])).toThrow(/pthread_setaffinity_np: Invalid argument \(EINVAL\)/)
    expect(native.getThreadAffinity()).toEqual(before)
  })

  it('reads the same topology as the portable path when both read sysfs', () => {
    const native = nativeApi!.numaTopology()
    const portable = createPortablePlatform('comparison').numaTopology()
    if (native.source === 'sysfs' && portable.source === 'sysfs') expect(native).toEqual(portable)
    else expect(native.nodes.flatMap((node) => node.cpus).sort()).toEqual(portable.nodes.flatMap((node) => node.cpus).sort())
  })

  it('copies through fs instead of aborting when a synchronous loop outruns unmapping', () => {
    // Without a limit this loop reaches vm.max_map_count and V8 aborts ("Zone Allocation failed").
    const native = createNativePlatform(nativeApi!)
    const limit = nativeApi!.mappingsLiveMax
    expect(limit).toBeGreaterThan(0)
    for (let i = 0; i < limit + 500; i++) {
      const offset = (i * 4099) % (fileBytes - 64)
      const bytes = native.mapReadOnly(filePath, offset, 64)
      if (bytes[63] !== fileContent[offset + 63]) throw new Error(`wrong byte at ${offset + 63} on map ${i}`)
    }
    expect(nativeApi!.mappingsLive()).toBeLessThanOrEqual(limit)
    expect(() => nativeApi!.mmapReadOnly(filePath, 0, 1)).toThrow(expect.objectContaining({ code: 'ERR_SLUICE_MAPPINGS_LIMIT' }))
  })

  it('unmaps collected buffers: no crash and no leaked mappings in a --expose-gc loop', async () => {
    const script = join(scratch, 'gc-loop.cjs')
    writeFileSync(
      script,
      `
      const { readFileSync } = require('node:fs')
      const addon = require(${JSON.stringify(addonPath)})
      const path = ${JSON.stringify(filePath)}
      const expected = readFileSync(path)
      const mappingsOf = () => readFileSync('/proc/self/maps', 'utf8').split('\\n').filter((line) => line.endsWith(path)).length
      async function main() {
        let held = []
        let peak = 0
        for (let round = 0; round < 20; round++) {
          for (let i = 0; i < 100; i++) {
            const offset = (round * 100 + i) * 97 % 60000
            const bytes = new Uint8Array(addon.mmapReadOnly(path, offset, 65536, 'sequential'))
            if (bytes[4095] !== expected[offset + 4095]) throw new Error('wrong byte at ' + offset)
            held.push(bytes)
          }
          peak = Math.max(peak, mappingsOf())
          held = []
          globalThis.gc()
          // N-API runs finalizers of collected external buffers on a later turn of the event loop.
          await new Promise((resolve) => setImmediate(resolve))
          await new Promise((resolve) => setImmediate(resolve))
        }
        globalThis.gc()
        await new Promise((resolve) => setTimeout(resolve, 50))
        globalThis.gc()
        await new Promise((resolve) => setImmediate(resolve))
        console.log(JSON.stringify({ peak, after: mappingsOf() }))
      }
      main().catch((error) => { console.error(error); process.exit(1) })
      `,
    )
    const { stdout, stderr, code } = await run(process.execPath, ['--expose-gc', script])
    expect(code, stderr).toBe(0)
    const { peak, after } = lastJsonLine(stdout, stderr) as { peak: number; after: number }
    expect(peak, 'the loop never saw its mappings in /proc/self/maps').toBeGreaterThanOrEqual(100)
    expect(after, 'mappings survived gc: the finalizer did not munmap').toBeLessThan(10)
  })
})

describe('portable path as users meet it (built dist/native/index.js)', () => {
  const probe = join(scratch, 'probe.mjs')

  beforeAll(() => {
    // npm test builds dist first; when the whole build cannot run (others' files mid-change) or host/native is
    // newer than its output, compile just host/native into dist/ so these children test the current code.
    const sources = readdirSync(join(root, 'host/native')).map((file) => statSync(join(root, 'host/native', file)).mtimeMs)
    if (!existsSync(distIndex) || Math.max(...sources) > statSync(distIndex).mtimeMs) {
      const config = join(scratch, 'tsconfig.native.json')
      writeFileSync(
        config,
        JSON.stringify({
          extends: join(root, 'tsconfig.json'),
          compilerOptions: { rootDir: join(root, 'host'), outDir: join(root, 'dist'), typeRoots: [join(root, 'node_modules/@types')] },
          include: [join(root, 'host/native/**/*.ts')],
        }),
      )
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', config], { cwd: root, stdio: 'pipe' })
    }
    writeFileSync(
      probe,
      `
      import { readFileSync } from 'node:fs'
      const { platform, runtime } = await import(${JSON.stringify(new URL(`file://${distIndex}`).href)})
      const path = ${JSON.stringify(filePath)}
      const expected = readFileSync(path)
      let state = 7
      const next = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648 }
      let mapped = true
      for (let i = 0; i < 50; i++) {
        const offset = Math.floor(next() * expected.length)
        const length = Math.floor(next() * (expected.length - offset + 1))
        const bytes = platform.mapReadOnly(path, offset, length)
        const slice = expected.subarray(offset, offset + length)
        if (!(bytes instanceof Uint8Array) || bytes.length !== length || !bytes.every((byte, j) => byte === slice[j])) mapped = false
      }
      const codeOf = (f) => { try { f(); return null } catch (error) { return error.code ?? error.name } }
      const topology = platform.numaTopology()
      console.log(JSON.stringify({
        runtime,
        kind: platform.kind,
        reason: platform.reason,
        mapped,
        pastEnd: codeOf(() => platform.mapReadOnly(path, expected.length, 1)),
        missing: codeOf(() => platform.mapReadOnly(path + '.missing', 0, 1)),
        pinned: platform.setThreadAffinity([0]),
        affinity: platform.getThreadAffinity().length > 0,
        cpus: topology.nodes.flatMap((node) => node.cpus).sort((a, b) => a - b),
      }))
      `,
    )
  })

  const runtimes: Array<[string, string, string[], Record<string, string>]> = [
    ['node', process.execPath, [], { SLUICE_NATIVE: '0' }],
    ['deno', join(root, 'node_modules/.bin/deno'), ['run', '--allow-read', '--allow-env'], {}],
    ['bun', join(root, 'node_modules/.bin/bun'), [], {}],
  ]
  for (const [name, command, args, env] of runtimes) {
    it(`works under ${name}${env.SLUICE_NATIVE === '0' ? ' with SLUICE_NATIVE=0' : ''}`, async () => {
      const { stdout, stderr, code } = await run(command, [...args, probe], env)
      const result = lastJsonLine(stdout, stderr)
      expect(result, stderr).toMatchObject({
        runtime: name,
        kind: 'portable',
        mapped: true,
        pastEnd: 'ERR_OUT_OF_RANGE',
        missing: 'ENOENT',
        pinned: false,
        affinity: true,
      })
      // Deno reads /sys only with --allow-all, so there the one-node fallback counts CPUs from
      // navigator.hardwareConcurrency, which a cpuset may make smaller than the CPUs the kernel has online.
      if (name === 'deno') expect((result.cpus as number[]).length).toBeGreaterThan(0)
      else expect(result.cpus).toEqual(allCpus())
      expect(result.reason).toMatch(name === 'node' ? /SLUICE_NATIVE=0/ : new RegExp(`only under Node; this is ${name}`))
      expect(code).toBe(0)
    })
  }

  it.skipIf(nativeApi === null)('loads the native path from dist under Node by default', async () => {
    const { stdout, stderr, code } = await run(process.execPath, [probe], { SLUICE_NATIVE: undefined })
    expect(lastJsonLine(stdout, stderr), stderr).toMatchObject({ runtime: 'node', kind: 'native', reason: null, mapped: true, pastEnd: 'ERR_OUT_OF_RANGE', missing: 'ENOENT', pinned: true })
    expect(code).toBe(0)
  })
})
