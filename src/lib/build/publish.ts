import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The file operations publishing uses; tests inject failing ones. */
export interface PublishFs {
  rename: (from: string, to: string) => Promise<void>;
  cp: (from: string, to: string) => Promise<void>;
}

const NODE_FS: PublishFs = {
  rename,
  cp: (from, to) => cp(from, to, { recursive: true }),
};

/**
 * Replaces `outDir` with the finished `stagingDir` by renames on one file
 * system, so a reader (or a failed build) never sees a half-written site:
 * the old dist/ is moved aside, the staged one moved in, then the old one
 * removed. Falls back to a copy when the two are on different file systems.
 * If anything fails after the old output was moved aside, it is put back.
 */
export async function publishStaged(
  stagingDir: string,
  outDir: string,
  fs: PublishFs = NODE_FS,
): Promise<void> {
  const aside = `${outDir}.old-${process.pid}`;
  await mkdir(path.dirname(outDir), { recursive: true });
  let movedAside = false;
  try {
    await fs.rename(outDir, aside);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
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
  const temp = path.join(path.dirname(outDir), `.${path.basename(outDir)}.incoming-${process.pid}`);
  try {
    await fs.cp(stagingDir, temp);
    await fs.rename(temp, outDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  await rm(stagingDir, { recursive: true, force: true });
}
