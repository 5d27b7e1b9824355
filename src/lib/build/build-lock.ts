import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from '../core/process-alive.ts';

/**
 * Serialises builds of one project. Two Astro builds from the same root at
 * once share Astro's and Vite's intermediate files and can publish each
 * other's pages (seen: a preview build's drafts in a parallel production
 * build), so a second build waits for the first. The lock is a directory
 * (mkdir is atomic) holding the owner's pid; a lock whose owner is gone is taken over.
 */
export async function withBuildLock<T>(
  root: string,
  run: () => Promise<T>,
  log: (message: string) => void,
  timeoutMs = 15 * 60_000,
): Promise<T> {
  const lock = path.join(root, '.planverk', 'build.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'));
      if (owner > 0 && !isProcessAlive(owner)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `Another build (pid ${owner}) holds ${lock}; remove it if no build is running.`,
          { cause: error },
        );
      }
      if (!announced)
        log(`waiting for another build of this project (pid ${owner || '?'}) to finish`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  await writeFile(path.join(lock, 'pid'), String(process.pid));
  try {
    return await run();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
