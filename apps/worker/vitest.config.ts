import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Judging is CPU-timed; files run one at a time so isolates do not outnumber cores.
    fileParallelism: false,
  },
});
