import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The judge measures CPU time through isolated-vm, which counts time an
    // isolate runs; more busy isolates than cores would inflate it. Test files
    // run one at a time so time limits mean the same as in production.
    fileParallelism: false,
  },
});
