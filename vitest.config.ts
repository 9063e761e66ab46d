import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests over pure modules and fixtures, and end-to-end tests that build the site or PDFs
// and drive real Chromium and poppler. `npm test` runs both; each can run alone with --project.
// Every test file, and every process a test starts, runs with the content guard: reading the project's own
// content/ fails, because the product's tests run on fixtures only.
export default defineConfig({
  test: {
    // A cache folder of the run's own (XDG_CACHE_HOME), removed at the end: see test/helpers/cache-home.ts.
    globalSetup: ['test/helpers/cache-home.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['test/helpers/content-guard.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
          // Hooks build signed PDFs or git repositories; on a busy 2-core machine that can take a while.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          setupFiles: ['test/helpers/content-guard.ts'],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          // The browser tests share one built site; running files one after another keeps the 2-core CI steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
