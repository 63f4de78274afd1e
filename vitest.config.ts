import { defineConfig } from 'vitest/config'

// Tests that start workers, child processes and other runtimes need more than the default 5 s on this
// 2-core machine; nothing here is timed for performance (figures come from bench/).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
})
