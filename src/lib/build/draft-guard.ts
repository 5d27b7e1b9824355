import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { PlanDocument } from '../model/types.ts';
import { documentUrl } from '../core/urls.ts';

const TEXT = /\.(html|json|xml|txt|js|mjs|css|svg|webmanifest|gz|br)$/i;

/**
 * The last gate before a production build is published: no file of the
 * staged site may contain a draft's page URL or (when long enough to be
 * distinctive) its title, whichever step put it there. Returns the leaks.
 */
export async function findDraftLeaks(
  outDir: string,
  drafts: readonly PlanDocument[],
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const needles = drafts.flatMap((d) => [
    documentUrl(d),
    ...(d.title.length >= 16 ? [d.title] : []),
  ]);
  const leaks: string[] = [];
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = await readFile(file);
    if (entry.name.endsWith('.gz')) bytes = gunzipSync(bytes);
    if (entry.name.endsWith('.br')) bytes = brotliDecompressSync(bytes);
    const text = bytes.toString('utf8');
    for (const needle of needles) {
      if (text.includes(needle)) leaks.push(`${path.relative(outDir, file)}: «${needle}»`);
    }
  }
  return leaks;
}
