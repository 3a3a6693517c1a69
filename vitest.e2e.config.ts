import { defineConfig } from 'vitest/config';

// End-to-end: the BUILT extension (.output/chrome-mv3-e2e) in real Chromium via playwright-core.
// One file at a time: each launches its own browser, and two cores do not run two well.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
