import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `outDir` with the finished `stagingDir` by renames on one file
 * system, so a reader (or a failed build) never sees a half-written site:
 * the old dist/ is moved aside, the staged one moved in, then the old one
 * removed. Falls back to a copy when the two are on different file systems.
 */
export async function publishStaged(stagingDir: string, outDir: string): Promise<void> {
  const aside = `${outDir}.old-${process.pid}`;
  await mkdir(path.dirname(outDir), { recursive: true });
  let movedAside = false;
  try {
    await rename(outDir, aside);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(stagingDir, outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
      if (movedAside) await rename(aside, outDir);
      throw error;
    }
    const temp = path.join(
      path.dirname(outDir),
      `.${path.basename(outDir)}.incoming-${process.pid}`,
    );
    await cp(stagingDir, temp, { recursive: true });
    await rename(temp, outDir);
    await rm(stagingDir, { recursive: true, force: true });
  }
  if (movedAside) await rm(aside, { recursive: true, force: true });
}
