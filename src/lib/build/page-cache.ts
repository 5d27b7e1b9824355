import { copyFile, mkdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { documentUrl } from '../core/urls.ts';
import { printPageUrl, urlToFile } from '../core/print-urls.ts';
import type { Slugged } from '../core/urls.ts';
import { pruneUnused } from '../files/keyed-cache.ts';

let tempCount = 0;

/** The two pages Astro renders per document, by their name in a cache entry. */
const PAGES = [
  ['page.html', documentUrl],
  ['print.html', printPageUrl],
] as const;

/**
 * A document's two pages as Astro rendered them (before any post-build step
 * touched them), kept between builds under `<cacheDir>/pages/<key>/`, keyed
 * by everything they read (src/lib/build/page-keys.ts). A rebuild copies
 * them into its staging folder instead of asking Astro for them; the steps
 * then run over them exactly as over fresh pages.
 */
export class PageCache {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'pages');
  }

  /** True when both pages of `key` are stored. */
  async has(key: string): Promise<boolean> {
    for (const [name] of PAGES) {
      const found = await stat(path.join(this.dir, key, name)).catch(() => undefined);
      if (!found?.isFile()) return false;
    }
    return true;
  }

  /** Copies the pages of `key` into `outDir` where Astro would have written them; refreshes their age. */
  async restore(key: string, doc: Slugged, outDir: string): Promise<void> {
    const entry = path.join(this.dir, key);
    for (const [name, url] of PAGES) {
      const target = urlToFile(outDir, url(doc));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(entry, name), target);
    }
    const now = new Date();
    await utimes(entry, now, now);
  }

  /** Stores the pages Astro just wrote into `outDir`; a folder renamed into place, never half an entry. */
  async store(key: string, doc: Slugged, outDir: string): Promise<void> {
    const entry = path.join(this.dir, key);
    const temp = `${entry}.${process.pid}-${(tempCount += 1)}.tmp`;
    await mkdir(temp, { recursive: true });
    try {
      for (const [name, url] of PAGES)
        await copyFile(urlToFile(outDir, url(doc)), path.join(temp, name));
      await rm(entry, { recursive: true, force: true });
      await rename(temp, entry);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  /** Removes entries no build has used for 30 days; returns how many. */
  prune(now = Date.now()): Promise<number> {
    return pruneUnused(this.dir, now);
  }
}
