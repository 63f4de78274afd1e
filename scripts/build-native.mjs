// Builds the optional native addon (native/) with node-gyp. Never fails the install: when the addon does not
// build (no compiler, no Node headers, Windows), it prints one line and Sluice uses the portable path
// (host/native/portable.ts). The full compiler output goes to native/build-native.log; SLUICE_NATIVE_VERBOSE=1
// also streams it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const nativeDir = join(root, 'native')
const addonPath = join(nativeDir, 'build', 'Release', 'sluice_native.node')
const logPath = join(nativeDir, 'build-native.log')
const verbose = process.env.SLUICE_NATIVE_VERBOSE === '1'
// A build here takes ~5 s on 2 cores; the limit only stops a node-gyp that hangs fetching headers offline.
const buildMsMax = 300_000

function portable(reason) {
  console.log(`sluice: native addon not built (${reason}); the portable path will be used`)
  process.exit(0)
}

// Sources newer than the built addon mean a rebuild; otherwise `prepare` reruns cost nothing.
function upToDate() {
  if (!existsSync(addonPath)) return false
  const built = statSync(addonPath).mtimeMs
  const sources = [join(nativeDir, 'binding.gyp'), ...readdirSync(join(nativeDir, 'src')).map((name) => join(nativeDir, 'src', name))]
  return sources.every((path) => statSync(path).mtimeMs <= built)
}

// Headers already on this machine, so node-gyp never needs the network: npm's `nodedir` setting, then the
// include/node/ that a system or nvm install of Node ships beside its binary.
function localNodeDir() {
  const candidates = [process.env.npm_config_nodedir, dirname(dirname(process.execPath))]
  return candidates.find((dir) => dir && existsSync(join(dir, 'include', 'node', 'node_api.h')))
}

if (process.platform === 'win32') portable('the addon uses POSIX affinity and mmap, not available on Windows')
if (!existsSync(join(nativeDir, 'binding.gyp'))) portable('native/binding.gyp is missing from this install')
if (upToDate() && process.argv[2] !== '--force') {
  console.log(`sluice: native addon up to date (${addonPath})`)
  process.exit(0)
}

// The project's node-gyp, else the one npm bundles and names to lifecycle scripts (an install from the registry,
// where devDependencies are absent).
let nodeGyp = process.env.npm_config_node_gyp
try {
  nodeGyp = createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js')
} catch {
  if (nodeGyp === undefined || !existsSync(nodeGyp)) portable('node-gyp is not installed')
}
const args = [nodeGyp, 'rebuild']
const env = { ...process.env }
const nodeDir = localNodeDir()
if (nodeDir !== undefined) {
  args.push(`--nodedir=${nodeDir}`)
  // node-gyp lets an npm_config_nodedir from the environment, even an empty one, win over the flag.
  env.npm_config_nodedir = nodeDir
}
const result = spawnSync(process.execPath, args, {
  cwd: nativeDir,
  env,
  encoding: 'utf8',
  stdio: verbose ? 'inherit' : 'pipe',
  timeout: buildMsMax,
  maxBuffer: 64 * 1024 * 1024,
})
if (!verbose) writeFileSync(logPath, `${result.stdout ?? ''}${result.stderr ?? ''}`)
if (result.error !== undefined) portable(`node-gyp did not run: ${result.error.message}`)
if (result.status !== 0 || !existsSync(addonPath)) {
  portable(`node-gyp exited with ${result.status ?? result.signal}${verbose ? '' : `, see ${logPath}`}`)
}
console.log(`sluice: native addon built (${addonPath})`)
