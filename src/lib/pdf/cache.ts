import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashParts, KeyedCache, pruneUnused, writeAtomic } from '../files/keyed-cache.ts';

/** Hashes the parts that decide a PDF (page HTML, stylesheets, fonts, layout version) into a cache key. */
export const cacheKey: (parts: readonly (string | Uint8Array)[]) => string = hashParts;

/**
 * Printed PDFs kept between builds under `<cacheDir>/pdf/<key>.pdf`, so a
 * build reprints only documents whose print page or its assets changed.
 */
export class PdfCache {
  readonly dir: string;
  private readonly entries: KeyedCache;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'pdf');
    this.entries = new KeyedCache(this.dir, '.pdf');
  }

  /** Returns the cached PDF for `key`, or undefined; a hit refreshes the entry's age. */
  async get(key: string): Promise<Uint8Array | undefined> {
    return this.entries.get(key);
  }

  /** Copies the cached PDF for `key` to `target` (never over a file); false when there is none. */
  copyTo(key: string, target: string): Promise<boolean> {
    return this.entries.copyTo(key, target);
  }

  /** Stores a PDF; written to a temporary name first, so a killed build never leaves half a file. */
  put(key: string, pdf: Uint8Array): Promise<void> {
    return this.entries.put(key, pdf);
  }

  /** Removes entries no build has used for 30 days; returns how many it removed. */
  prune(now = Date.now()): Promise<number> {
    // The TOC hints are a few bytes per document, replaced on every print.
    return pruneUnused(this.dir, now, ['toc']);
  }

  /**
   * The TOC numbers a document settled on when last printed (a hint for its
   * next first pass, see printDocument), or undefined. Keyed by the document,
   * not by its content: the point is to be right after an edit.
   */
  async getTocPages(docId: string): Promise<Record<string, number> | undefined> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.tocFile(docId), 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      const entries = Object.entries(parsed).filter(
        (e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) > 0,
      );
      return Object.fromEntries(entries);
    } catch {
      return undefined;
    }
  }

  /** Remembers a document's settled TOC numbers (written like {@link put}). */
  async putTocPages(docId: string, pages: Record<string, number>): Promise<void> {
    await writeAtomic(this.tocFile(docId), JSON.stringify(pages));
  }

  private tocFile(docId: string): string {
    const name = createHash('sha256').update(docId).digest('hex').slice(0, 32);
    return path.join(this.dir, 'toc', `${name}.json`);
  }
}
