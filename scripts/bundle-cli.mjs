// Bundles the built CLI (dist/cli/main.js) and the ingest's publisher worker into dist/bundle/ with
// rolldown, for start-up time: Node 20's ESM loader resolves, reads and compiles each of the ~90 dist
// modules `sluice serve` loads one by one (~20 ms and ~3 MB of resident memory on this machine; see
// bench/startup.bench.mjs). Node 20 has no module compile cache (module.enableCompileCache is 22.1+).
//
// dist/bundle/ sits at the same depth as dist/cli/, so every path the code resolves against
// import.meta.url ('../../dist/wasm/', '../../native/...', '../../package.json', '../../bench/') still
// lands in the package. npm packages stay external: they load from node_modules as usual (pino's
// transports, for one, need their own files). Dynamic imports (the Kafka broker, each CLI command) stay
// separate chunks, loaded when used, as they are unbundled; chunks stay in dist/bundle/ itself, since a
// chunk one folder deeper would resolve those paths wrongly.
//
//   node scripts/bundle-cli.mjs        (run by `npm run build` after tsc)
import { build } from 'rolldown'
import { existsSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const entries = { main: 'dist/cli/main.js', 'publisher-worker': 'dist/ingest/publisher-worker.js' }
for (const file of Object.values(entries)) {
  if (!existsSync(root + file)) throw new Error(`bundle-cli: ${file} is missing: run \`npm run build:ts\` first`)
}

const outDir = root + 'dist/bundle'
rmSync(outDir, { recursive: true, force: true })
await build({
  cwd: root,
  input: entries,
  platform: 'node',
  // Bare specifiers (npm packages) and node: builtins load at run time; only our own modules are bundled.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith(root),
  output: { dir: outDir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
  logLevel: 'warn',
})
