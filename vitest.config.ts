import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each file gets its own databases; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
