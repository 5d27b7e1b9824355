import { defineConfig } from 'vitest/config';

// Three projects, all run by `npm test`: unit tests run in-process only (no
// child process, no build; `npm run test:unit` stays fast), integration tests
// start the CLI or Astro, and end-to-end tests build a fixture site once and
// check it in Debian Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
