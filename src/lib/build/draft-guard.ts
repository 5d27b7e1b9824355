import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { PlanDocument } from '../model/types.ts';
import { cardUrl } from '../core/card-url.ts';
import { documentUrl } from '../core/urls.ts';

const TEXT = /(\.(html|json|xml|txt|js|mjs|css|svg|webmanifest|csv|gz|br|pf_\w+)|^_headers)$/i;
/** A character that may continue a slug or id: a match followed by one is another name. */
const NAME_CHAR = /[\p{L}\p{N}_.-]/u;

/** One thing that identifies a draft, and how it is matched. */
interface Needle {
  text: string;
  /** Matched against the lower-cased text (URLs), else as written (ids). */
  folded: boolean;
}

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
  const needles: Needle[] = drafts.flatMap((d) => [
    { text: documentUrl(d).slice(0, -1), folded: true },
    { text: cardUrl(d), folded: true },
    { text: d.id.normalize('NFC'), folded: false },
  ]);
  const excuses = published.flatMap((d) => [documentUrl(d).slice(0, -1), d.id.normalize('NFC')]);
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

/** The needles found in `text` as whole names, not as the start of a longer published one. */
function findNeedles(
  text: string,
  needles: readonly Needle[],
  excuses: readonly string[],
): string[] {
  const folded = text.toLowerCase();
  const found = new Set<string>();
  for (const needle of needles) {
    const hay = needle.folded ? folded : text;
    const wanted = needle.folded ? needle.text.toLowerCase() : needle.text;
    for (let at = hay.indexOf(wanted); at >= 0; at = hay.indexOf(wanted, at + 1)) {
      const next = hay.charAt(at + wanted.length);
      if (next && NAME_CHAR.test(next)) continue;
      // An id is a name of its own only when nothing of a name comes before it either.
      const before = hay.charAt(at - 1);
      if (!needle.folded && before && NAME_CHAR.test(before)) continue;
      const excused = excuses.some((e) => {
        const ex = needle.folded ? e.toLowerCase() : e;
        return ex.length > wanted.length && ex.startsWith(wanted) && hay.startsWith(ex, at);
      });
      if (!excused) found.add(needle.text);
    }
  }
  return [...found];
}

/**
 * Undoes the encodings a URL or name may hide behind in a text file:
 * percent escapes, HTML character references, JSON `\/` and `\uXXXX`, and
 * Unicode normalisation, so `/dokument/tysnes/%75tkast` is found too.
 */
export function decodeText(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\\//g, '/')
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => fromCode(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => fromCode(parseInt(dec, 10)))
    .replace(/&sol;/gi, '/')
    .replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    })
    .normalize('NFC');
}

function fromCode(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
