import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

let tempCount = 0;

/** Cache entries unused for this long are removed at the end of a build. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Hashes the parts that decide a PDF (page HTML, stylesheets, fonts, layout version) into a cache key. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    // Length-prefix every part so two different splits never hash alike.
    hash.update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/**
 * Printed PDFs kept between builds under `<cacheDir>/pdf/<key>.pdf`, so a
 * build reprints only documents whose print page or its assets changed.
 */
export class PdfCache {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'pdf');
  }

  /** Returns the cached PDF for `key`, or undefined; a hit refreshes the entry's age. */
  async get(key: string): Promise<Uint8Array | undefined> {
    const file = this.file(key);
    try {
      const bytes = await readFile(file);
      const now = new Date();
      await utimes(file, now, now);
      return bytes;
    } catch {
      return undefined;
    }
  }

  /** Stores a PDF; written to a temporary name first, so a killed build never leaves half a file. */
  async put(key: string, pdf: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // pid and a counter: two documents printed at once never share a temporary file.
    const temp = `${this.file(key)}.${process.pid}-${(tempCount += 1)}.tmp`;
    await writeFile(temp, pdf);
    await rename(temp, this.file(key));
  }

  /** Removes entries no build has used for 30 days; returns how many it removed. */
  async prune(now = Date.now()): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      // The TOC hints are a few bytes per document, replaced on every print.
      if (name === 'toc') continue;
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && now - info.mtimeMs > MAX_AGE_MS) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
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
    const file = this.tocFile(docId);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}-${(tempCount += 1)}.tmp`;
    await writeFile(temp, JSON.stringify(pages));
    await rename(temp, file);
  }

  private tocFile(docId: string): string {
    const name = createHash('sha256').update(docId).digest('hex').slice(0, 32);
    return path.join(this.dir, 'toc', `${name}.json`);
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.pdf`);
  }
}
