import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The file operations publishing uses; tests inject failing ones. */
export interface PublishFs {
  rename: (from: string, to: string) => Promise<void>;
  cp: (from: string, to: string) => Promise<void>;
  /**
   * Called once the old output is moved aside, before the new one is in:
   * the one instant with no output folder. The crash test stops a build here.
   */
  afterMoveAside?: () => Promise<void>;
}

const NODE_FS: PublishFs = {
  rename,
  cp: (from, to) => cp(from, to, { recursive: true }),
};

/** Where the previous output waits while the new one is moved in: `dist.old-<pid>`, beside it. */
export function asideDir(outDir: string, pid = process.pid): string {
  return `${outDir}.old-${pid}`;
}

/** Where a copy across file systems is written before it is renamed in: `.dist.incoming-<pid>`. */
export function incomingDir(outDir: string, pid = process.pid): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.incoming-${pid}`);
}

/**
 * Replaces `outDir` with the finished `stagingDir` by renames on one file
 * system, so a reader (or a failed build) never sees a half-written site:
 * the old dist/ is moved aside, the staged one moved in, then the old one
 * removed. Falls back to a copy when the two are on different file systems.
 * If anything fails after the old output was moved aside, it is put back;
 * if the process dies in between, the next build puts it back first
 * (src/lib/site/recover-publish.ts).
 */
export async function publishStaged(
  stagingDir: string,
  outDir: string,
  fs: PublishFs = NODE_FS,
): Promise<void> {
  const aside = asideDir(outDir);
  await mkdir(path.dirname(outDir), { recursive: true });
  let movedAside = false;
  try {
    await fs.rename(outDir, aside);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    if (movedAside) await fs.afterMoveAside?.();
    await moveIn(stagingDir, outDir, fs);
  } catch (error) {
    if (movedAside) await fs.rename(aside, outDir);
    throw error;
  }
  if (movedAside) await rm(aside, { recursive: true, force: true });
}

/** Moves the staged site to `outDir`: a rename, or a copy across file systems. */
async function moveIn(stagingDir: string, outDir: string, fs: PublishFs): Promise<void> {
  try {
    await fs.rename(stagingDir, outDir);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  // Copied beside outDir first, so outDir only ever appears complete.
  const temp = incomingDir(outDir);
  try {
    await fs.cp(stagingDir, temp);
    await fs.rename(temp, outDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  await rm(stagingDir, { recursive: true, force: true });
}

/**
 * File operations that stop for good once the old output is moved aside,
 * after printing `marker` and this process's pid on stdout: the crash test
 * (tests/e2e/publish-crash.test.ts) kills the build there with SIGKILL. Only used when a test asks for it.
 */
export function holdAfterMoveAside(marker: string): PublishFs {
  return {
    ...NODE_FS,
    afterMoveAside: () => {
      process.stdout.write(`${marker} (pid ${process.pid})\n`);
      return new Promise<void>(() => setInterval(() => undefined, 60_000));
    },
  };
}
