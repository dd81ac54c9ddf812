import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins: repeat preact() here.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    // Several tests compile the whole pattern library (a second or two on an idle core):
    // a busy CI machine must not turn that into a failure.
    testTimeout: 60_000,
  },
});
