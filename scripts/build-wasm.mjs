// Compiles assembly/ into two variants of the same module: plain SIMD for every runtime, and one that may
// also use relaxed SIMD (V8 on Node 20 needs --experimental-wasm-relaxed-simd; Deno, Bun and current
// browsers have it on). The host validates the relaxed variant at start-up and falls back to the plain one,
// so a runtime never fails to compile. `RELAXED` is a compile-time constant the assembly code branches on.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

const asc = new URL('../node_modules/.bin/asc', import.meta.url).pathname
mkdirSync(new URL('../dist/wasm/', import.meta.url), { recursive: true })
const variants = [
  ['release', 'false'],
  ['relaxed', 'true'],
]
for (const [target, relaxed] of variants) {
  execFileSync(asc, ['assembly/index.ts', '--config', 'asconfig.json', '--target', target, '--use', `RELAXED=${relaxed === "true" ? 1 : 0}`], {
    stdio: 'inherit',
    cwd: new URL('..', import.meta.url).pathname,
  })
}
