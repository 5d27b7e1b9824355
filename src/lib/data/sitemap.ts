/**
 * The sitemap build step: lists every public HTML page of the staged output
 * in `sitemap.xml`. Left out: the 404 page, pages that ask not to be indexed
 * (`<meta name="robots" content="noindex">`, which print-only pages must
 * carry) and the pages of drafts (only present in preview builds).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { siteFiles } from '../files/site-files.ts';
import path from 'node:path';
import type { BuildStep } from '../output/step.ts';
import { count } from '../core/log-count.ts';
import { documentUrl } from '../core/urls.ts';
import { lastChanged } from './atom.ts';
import { absoluteUrl } from './open-data.ts';
import { statusDataFor } from './step.ts';
import { xmlEscape } from '../core/xml.ts';

const NOINDEX = /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i;

/** The site path of an HTML file under the output directory: `a/b/index.html` → `/a/b/`. */
export function pagePath(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Serialises the sitemap (sitemaps.org 0.9). */
export function sitemapXml(urls: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const esc = xmlEscape;
  const body = urls
    .map(
      (u) =>
        `  <url><loc>${esc(u.loc)}</loc>${u.lastmod ? `<lastmod>${esc(u.lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Writes sitemap.xml from the pages actually built. Run after every step that writes pages. */
export const sitemapStep: BuildStep = {
  name: 'sitemap',
  async run(context) {
    const { updates } = await statusDataFor(context);
    const drafts = new Set(context.documents.filter((d) => d.status === 'utkast').map(documentUrl));
    const lastmod = new Map(
      context.documents.map((d) => [documentUrl(d), lastChanged(d, updates)]),
    );
    const files = (await siteFiles(context.outDir)).filter((f) => f.endsWith('.html'));
    const urls: { loc: string; lastmod?: string | undefined }[] = [];
    for (const file of files) {
      const page = pagePath(file);
      if (page === '/404.html' || drafts.has(page)) continue;
      const html = await readFile(path.join(context.outDir, file), 'utf8');
      if (NOINDEX.test(html)) continue;
      urls.push({ loc: absoluteUrl(context.config.baseUrl, page), lastmod: lastmod.get(page) });
    }
    await writeFile(path.join(context.outDir, 'sitemap.xml'), sitemapXml(urls));
    context.logger.info(
      `sitemap: ${count(urls.length, 'page')} (${files.length - urls.length} left out)`,
    );
  },
};
