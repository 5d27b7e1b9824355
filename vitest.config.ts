import { defineConfig } from 'vitest/config';

// Four projects. `npm test` runs the first three, which guard the engine and
// never read content/ or planverk.config.ts (see tests/helpers/project.ts):
// unit tests run in-process only (no child process, no build; `npm run
// test:unit` stays fast), integration tests start the CLI or Astro, and
// end-to-end tests build fixture sites and check them in Chromium. The fourth,
// `npm run test:examples`, tests the example site itself, which a municipality
// that replaces content/ drops or rewrites.
//
// Integration and e2e files spend most of their time waiting on child
// processes (a build, astro dev, Chromium), so two run side by side
// even on two cores: one file's build uses the CPU while the
// other waits on its browser. Files never share an output directory or a
// scratch project (runScript's is per worker); builds that several files only
// read are made once per run (sharedBuild, tests/e2e/global-setup.ts).
const WORKERS = 2;
// Timeouts catch a hang, not slowness: with another file's build beside it
// on a loaded machine (load 25 on two cores seen), an axe pass took over
// 120 s and a fixture build 495 s. expect.poll waits up to 10 s (Vitest's
// default is 1 s) for what a browser shows.
const e2e = {
  testTimeout: 300_000,
  hookTimeout: 900_000,
  expect: { poll: { timeout: 10_000 } },
};
export default defineConfig({
  test: {
    // Vitest's default on two cores is one worker; the unit project gets
    // two threads too (every project must have the same maxWorkers).
    maxWorkers: WORKERS,
    projects: [
      {
        // isolate: false: test files share a worker's module cache, so the
        // pipeline, the dictionaries and zod load once per worker instead of
        // once per file (more than half the time went on imports). Unit
        // tests keep no module state between files; each builds its own.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          // Vitest's 10 s default is too little for a hook that makes a
          // scratch project (fixtureProject: ~1 s idle, far more beside
          // two builds on two busy cores).
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          ...e2e,
        },
      },
      { test: { name: 'examples', include: ['tests/examples/**/*.test.ts'], ...e2e } },
    ],
  },
});
