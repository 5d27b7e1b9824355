/**
 * Once per test run, before any e2e file: a fresh id for the builds that
 * several files share (sharedBuild in helpers/build.ts), and the previous
 * runs' shared builds removed; and one Chromium that every browser test
 * connects to (tests/helpers/browser.ts).
 */
import { randomUUID } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../src/lib/browser/chromium.ts';
import { ROOT } from '../helpers/project.ts';
import { SHARED_DIR } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    buildRun: string;
    /** The shared Chromium's endpoint (tests/helpers/browser.ts connects to it). */
    chromiumWs: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await rm(SHARED_DIR, { recursive: true, force: true });
  const projects = path.join(ROOT, '.planverk', 'projects');
  for (const name of await readdir(projects).catch(() => [])) {
    if (name.startsWith('shared-')) await rm(path.join(projects, name), { recursive: true });
  }
  project.provide('buildRun', randomUUID());
  // One that will not start is left to the browser tests to report (each
  // then launches its own and fails with the engine's message); the files
  // without a browser still run.
  const browser = await launchChromiumServer().catch(() => undefined);
  if (browser) project.provide('chromiumWs', browser.wsEndpoint());
  return async () => {
    await browser?.close();
  };
}
