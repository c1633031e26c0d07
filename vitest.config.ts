import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // No test may depend on how busy the machine is (timings are `npm run bench:ui`'s job): the
    // time limits below are hang guards, generous because on two busy cores a PDF test took 22 s
    // and a component test 14 s; waits for something to happen get 15 s instead of 1 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/fuzz/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/support/componentSetup.ts'],
        },
      },
      {
        // Property-based fuzzing of the reader: FUZZ_RUNS cases (a few by default; `npm run fuzz`: 10,000).
        extends: true,
        test: {
          name: 'fuzz',
          environment: 'node',
          include: ['tests/fuzz/**/*.test.ts'],
        },
      },
      {
        // Real Chromium (Debian's /usr/bin/chromium) against the built web app.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          // After the other projects: the heaviest tests run alone.
          sequence: { groupOrder: 1 },
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
