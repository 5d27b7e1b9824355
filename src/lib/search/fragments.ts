import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { hashParts, type KeyedCache } from '../files/keyed-cache.ts';
import { readAhead } from '../core/read-ahead.ts';
import { EXPANSION_MARK } from './client/excerpt.ts';

/**
 * Pagefind stores each page's text in a fragment file (gzipped, a signature
 * then JSON) that the browser fetches for every result it shows. The hidden
 * expansion terms are part of that text, since Pagefind indexes only text it
 * also stores, yet the search page never shows them (excerpts stop at
 * {@link EXPANSION_MARK}). Cutting them off the stored text after indexing
 * leaves the index untouched (the words and their positions live in the
 * index chunks) and makes every fragment a reader downloads smaller.
 */

/** Pagefind 1.x's fragment signature, before the JSON. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content: string;
}

const isFragment = (x: unknown): x is Fragment =>
  typeof x === 'object' && x !== null && typeof (x as { content?: unknown }).content === 'string';

/** Cuts one fragment's content at the mark; true when it had hidden terms. */
function cutContent(fragment: Fragment): boolean {
  const at = fragment.content.indexOf(EXPANSION_MARK);
  if (at === -1) return false;
  // Keep the mark itself: the excerpt code finds the end of the real text by it.
  fragment.content = fragment.content.slice(0, at + EXPANSION_MARK.length);
  return true;
}

/**
 * The fragment file without the hidden terms, or `null` when it has none.
 * Handles a single fragment and a fragment group (an object of fragments by
 * hash, which Pagefind 1.6 can write instead). Throws on a file that is
 * neither, so a Pagefind upgrade that changes the format is noticed.
 */
export function cutFragment(raw: Buffer): Buffer | null {
  const text = gunzipSync(raw).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind 1.x fragment');
  const data = JSON.parse(text.slice(SIGNATURE.length)) as unknown;
  let changed: boolean;
  if (isFragment(data)) changed = cutContent(data);
  else if (typeof data === 'object' && data !== null && Object.values(data).every(isFragment))
    changed = Object.values(data as Record<string, Fragment>)
      .map(cutContent)
      .some(Boolean);
  else throw new Error('not a Pagefind fragment or fragment group');
  return changed ? gzipSync(SIGNATURE + JSON.stringify(data), { level: 9 }) : null;
}

/** What {@link cutFragments} did. */
export interface CutReport {
  fragments: number;
  cut: number;
  bytesBefore: number;
  bytesAfter: number;
  /** Fragments in a format this code does not know (a Pagefind upgrade): left as they were. */
  unknown: number;
}

/** Bump when what {@link cutFragments} keeps changes shape. */
const CUT_FORMAT = 'cut-1';

/**
 * Cuts the hidden terms off every fragment of the bundle in `bundle` (in
 * place). With `cache`, a fragment's cut is kept by a key of its bytes,
 * `salt` (the code fingerprint) and zlib's version (the gzip bytes), so a
 * rebuild cuts only the fragments of pages whose text changed (issue 11:
 * gzip at level 9 of every fragment was a sizeable part of the step's write
 * time); the bytes are the ones a cut without cache writes.
 */
export async function cutFragments(
  bundle: string,
  cache?: KeyedCache,
  salt = '',
): Promise<CutReport> {
  const dir = path.join(bundle, 'fragment');
  const report: CutReport = { fragments: 0, cut: 0, bytesBefore: 0, bytesAfter: 0, unknown: 0 };
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.pf_fragment'),
  );
  const shared = hashParts([CUT_FORMAT, salt, process.versions.zlib ?? '']);
  // Each fragment and its cached cut are read ahead of the one being cut
  // (core/read-ahead.ts); the cuts and writes go one at a time, in order.
  const load = async (name: string) => {
    const file = path.join(dir, name);
    const raw = await readFile(file);
    const key = cache ? hashParts([shared, raw]) : '';
    return { file, raw, key, kept: await cache?.get(key) };
  };
  for await (const [, { file, raw, key, kept }] of readAhead(names, load)) {
    report.fragments += 1;
    report.bytesBefore += raw.length;
    // An empty entry: a fragment the cut leaves as it is.
    let cut: Buffer | null;
    if (kept !== undefined) cut = kept.length === 0 ? null : kept;
    else {
      let known = true;
      try {
        cut = cutFragment(raw);
      } catch {
        report.unknown += 1;
        known = false;
        cut = null;
      }
      if (cut && cut.length >= raw.length) cut = null;
      // A fragment in an unknown format is not kept: it is reported on every build.
      if (known) await cache?.put(key, cut ?? new Uint8Array());
    }
    if (cut) {
      await writeFile(file, cut);
      report.cut += 1;
      report.bytesAfter += cut.length;
    } else report.bytesAfter += raw.length;
  }
  return report;
}
