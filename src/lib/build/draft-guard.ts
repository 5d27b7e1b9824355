import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { PlanDocument } from '../model/types.ts';
import { decodeText, draftNeedles, findNeedles } from '../assets/draft-needles.ts';

const TEXT = /(\.(html|json|xml|txt|js|mjs|css|svg|webmanifest|csv|gz|br|pf_\w+)|^_headers)$/i;
/**
 * The last gate before a production build is published: no file of the
 * staged site may carry what identifies a draft, whichever step put it
 * there: its id, its page URL in any form (with or without the trailing
 * slash, absolute, percent- or entity-encoded, upper case), any file under
 * it (the PDF, vedlegg, body files) or its social card; and no such file may
 * exist. A draft's title is not a needle: a published document may quote it.
 * `published` excuses a longer URL or id that merely starts with a draft's
 * (`tysnes/plan/del-2` beside the draft `tysnes/plan`). Returns the leaks.
 */
export async function findDraftLeaks(
  outDir: string,
  drafts: readonly Pick<PlanDocument, 'id' | 'slug'>[],
  published: readonly Pick<PlanDocument, 'id' | 'slug'>[] = [],
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const { needles, excuses } = draftNeedles(drafts, published);
  const leaks: string[] = [];
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    for (const needle of findNeedles(`/${rel}`, needles, excuses))
      leaks.push(`${rel}: the file itself is «${needle}»`);
    if (!TEXT.test(entry.name)) continue;
    let bytes = await readFile(file);
    // Pagefind's index and fragments are gzip whatever their extension.
    if (entry.name.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b))
      bytes = gunzipSync(bytes);
    else if (entry.name.endsWith('.br')) bytes = brotliDecompressSync(bytes);
    for (const needle of findNeedles(decodeText(bytes.toString('utf8')), needles, excuses))
      leaks.push(`${rel}: «${needle}»`);
  }
  return leaks;
}
