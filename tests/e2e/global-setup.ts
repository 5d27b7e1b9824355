/**
 * Once per test run, before any e2e file: a fresh id for the builds that
 * several files share (sharedBuild in helpers/build.ts), and the previous
 * runs' shared builds removed; and one Chromium that every browser test
 * connects to (tests/helpers/browser.ts).
 */
import { randomUUID } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import {
  bundledChromiumEnv,
  locateBundledChromium,
  unpackBundledChromium,
} from '../../src/lib/browser/bundled-chromium.ts';
import { CHROMIUM_ARGS, CHROMIUM_ENV, chooseChromium } from '../../src/lib/browser/chromium.ts';
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
  const browser = await startSharedChromium().catch(() => undefined);
  if (browser) project.provide('chromiumWs', browser.wsEndpoint());
  return async () => {
    await browser?.close();
  };
}

/**
 * The run's one Chromium, chosen as the engine chooses (launchChromium:
 * PLANVERK_CHROMIUM, else the system's, else the bundled one, which also
 * stands in for a system one that will not start), as a server the test
 * files connect to.
 */
async function startSharedChromium(): Promise<BrowserServer> {
  const launch = async (source?: 'bundled'): Promise<BrowserServer> => {
    const choice = await chooseChromium(source ? { [CHROMIUM_ENV]: source } : process.env);
    const bundled = choice.source === 'bundled' ? await locateBundledChromium() : undefined;
    if (bundled) await unpackBundledChromium(bundled);
    return chromium.launchServer({
      executablePath: choice.path,
      headless: true,
      args: [...CHROMIUM_ARGS],
      ...(bundled ? { env: { ...process.env, ...bundledChromiumEnv(bundled) } } : {}),
    });
  };
  try {
    return await launch();
  } catch (error) {
    if (process.env[CHROMIUM_ENV]?.trim()) throw error;
    return launch('bundled');
  }
}
