import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [solid()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: the browser flows and the judge are CPU-timed on small machines.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          globalSetup: ['src/testing/global-setup.ts'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'browser', environment: 'node', include: ['e2e/**/*.test.ts'] },
      },
    ],
  },
});
