import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The speed test times the parser; files run one at a time so they do not compete for the cores.
    fileParallelism: false,
  },
});
