import type { PlanDocument } from '../model/types.ts';
import { cardUrl } from '../core/card-url.ts';
import { documentUrl } from '../core/urls.ts';

/*
 * What identifies a draft in published text, shared by the build's draft
 * gate (src/lib/site/draft-guard.ts, over the staged files) and the checker
 * (src/lib/check/draft-mentions.ts, over each document's source), so both
 * refuse the same things.
 */

/** A character that may continue a slug or id: a match followed by one is another name. */
const NAME_CHAR = /[\p{L}\p{N}_.-]/u;

/** One thing that identifies a draft, and how it is matched. */
export interface Needle {
  text: string;
  /** Matched against the lower-cased text (URLs), else as written (ids). */
  folded: boolean;
}

/** The needles of the drafts, and the longer published names that merely start like one. */
export function draftNeedles(
  drafts: readonly Pick<PlanDocument, 'id' | 'slug'>[],
  published: readonly Pick<PlanDocument, 'id' | 'slug'>[],
): { needles: Needle[]; excuses: string[] } {
  const needles: Needle[] = drafts.flatMap((d) => [
    { text: documentUrl(d).slice(0, -1), folded: true },
    { text: cardUrl(d), folded: true },
    // An id without a folder (`strategi`) is a common word, not a name of its own.
    ...(d.id.includes('/') ? [{ text: d.id.normalize('NFC'), folded: false }] : []),
  ]);
  const excuses = published.flatMap((d) => [documentUrl(d).slice(0, -1), d.id.normalize('NFC')]);
  return { needles, excuses };
}

/** The needles found in `text` as whole names, not as the start of a longer published one. */
export function findNeedles(
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
