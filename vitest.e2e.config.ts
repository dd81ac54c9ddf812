import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium with the built extension (tests/e2e/harness.ts). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: CI machines have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
