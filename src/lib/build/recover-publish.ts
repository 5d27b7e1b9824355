import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StepLogger } from '../output/step.ts';

/** What {@link recoverInterruptedPublish} did. */
export interface Recovery {
  /** The folder put back as the output (a build died with the old site set aside). */
  restored?: string;
  /** Leftovers removed: old sites set aside, half-copied incoming sites. */
  removed: string[];
}

/**
 * Finishes or undoes a publish that a crash, an OOM kill or a power cut
 * interrupted (src/lib/site/publish.ts): when `outDir` is missing and an old
 * site was set aside (`dist.old-<pid>`), that one is renamed back (the newest,
 * if several); then every other set-aside or half-copied folder
 * (`.dist.incoming-<pid>`) is removed. Renames are atomic, so at every
 * instant `outDir` is either absent or complete. Run it under the build lock,
 * before anything else a build or a preview does.
 */
export async function recoverInterruptedPublish(outDir: string): Promise<Recovery> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  const aside = names.filter((n) => n.startsWith(`${base}.old-`)).map((n) => path.join(parent, n));
  const incoming = names
    .filter((n) => n.startsWith(`.${base}.incoming-`))
    .map((n) => path.join(parent, n));
  const recovery: Recovery = { removed: [] };
  const exists = await stat(outDir).then(
    () => true,
    () => false,
  );
  if (!exists && aside.length > 0) {
    const dated = await Promise.all(aside.map(async (p) => ({ p, t: (await stat(p)).mtimeMs })));
    const newest = dated.sort((a, b) => b.t - a.t)[0]?.p;
    if (newest) {
      await rename(newest, outDir);
      recovery.restored = newest;
    }
  }
  for (const leftover of [...aside, ...incoming]) {
    if (leftover === recovery.restored) continue;
    await rm(leftover, { recursive: true, force: true });
    recovery.removed.push(leftover);
  }
  return recovery;
}

/** Puts back an output folder an interrupted publish left aside, and removes leftovers. */
export async function restoreOutput(
  outDir: string,
  root: string,
  logger: Pick<StepLogger, 'info' | 'warn'>,
): Promise<void> {
  const recovery = await recoverInterruptedPublish(outDir);
  const rel = (p: string): string => path.relative(root, p) || p;
  if (recovery.restored)
    logger.warn(`restored ${rel(outDir)} from ${rel(recovery.restored)} (a build was interrupted)`);
  if (recovery.removed.length > 0)
    logger.info(
      `removed leftovers of an interrupted build: ${recovery.removed.map(rel).join(', ')}`,
    );
}
