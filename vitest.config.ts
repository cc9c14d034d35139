import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests start whole Astro builds; keep them from competing for the two cores.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
