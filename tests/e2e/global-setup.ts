/**
 * Once per test run, before any e2e file: a fresh id for the builds that
 * several files share (sharedBuild in helpers/build.ts), and the previous
 * runs' shared builds removed.
 */
import { randomUUID } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/project.ts';
import { SHARED_DIR } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    buildRun: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await rm(SHARED_DIR, { recursive: true, force: true });
  const projects = path.join(ROOT, '.planverk', 'projects');
  for (const name of await readdir(projects).catch(() => [])) {
    if (name.startsWith('shared-')) await rm(path.join(projects, name), { recursive: true });
  }
  project.provide('buildRun', randomUUID());
}
