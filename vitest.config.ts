import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/sim/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/visual/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
    // Vitest uses one worker fewer than the CPUs; CI has two cores, and most tests wait on
    // fake IndexedDB or pdftoppm rather than compute, so two workers halve the run.
    maxWorkers: 2,
  },
});
