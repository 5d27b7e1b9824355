import { readFile } from 'node:fs/promises';
import { urlToFile } from '../core/print-urls.ts';

// Local references that load something into the print page: stylesheets,
// images and scripts, and url() in CSS (fonts, also in inline <style>). Plain
// <a href> links are left out: a link target never changes the PDF's pixels.
const HTML_REF = /<(?:link|img|script|source)\b[^>]*?\b(?:href|src)=["']([^"'#?]+)[^"']*["']/g;
const CSS_REF = /url\(\s*["']?([^"')#?]+)[^"')]*["']?\s*\)/g;

/**
 * Reads every local file a print page uses (stylesheets, the fonts and
 * images they load, the coat of arms), so the cache key changes when any of
 * them does. Returns `[url, bytes]` pairs sorted by URL; remote and data
 * URLs are skipped (the print page has none), missing files are listed
 * with empty content so a later appearance still changes the key.
 */
export async function readPageAssets(
  outDir: string,
  pageUrl: string,
  html: string,
  /** Reads one file; a caller keying many pages that share files passes one that remembers. */
  read: (file: string) => Promise<Uint8Array> = (file) => readFile(file),
): Promise<[string, Uint8Array][]> {
  const seen = new Map<string, Uint8Array>();
  const queue = [...localRefs(html, HTML_REF, pageUrl), ...localRefs(html, CSS_REF, pageUrl)];
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (seen.has(url)) continue;
    const bytes = await read(urlToFile(outDir, url)).catch(() => new Uint8Array());
    seen.set(url, bytes);
    if (url.endsWith('.css'))
      queue.push(...localRefs(Buffer.from(bytes).toString('utf8'), CSS_REF, url));
  }
  return [...seen].sort(([a], [b]) => a.localeCompare(b));
}

function localRefs(text: string, pattern: RegExp, base: string): string[] {
  const refs: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const ref = match[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue;
    refs.push(new URL(ref, `http://site${base}`).pathname);
  }
  return refs;
}
