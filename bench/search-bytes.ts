/**
 * What a reader's browser fetches to open search and type a first query,
 * Planverk and Starlight measured the same way: a fresh browser context
 * (cold cache), the page that offers search is opened (Planverk's `/sok/`,
 * Starlight's front page and its search dialog), the query is typed in one
 * go (`fill`, one input event, so neither site searches for the prefixes),
 * and every response until the results are rendered is counted.
 *
 * Bytes are what a host sends: Pagefind's index files, its wasm and fonts are
 * already compressed and count as they are; HTML, CSS, JS and JSON count
 * gzipped (level 6), as any static host serves them. Each response is also
 * put in a group (pagefind.js, wasm, entry, index chunks, filters,
 * fragments, metadata, page, script, fonts…) so the table says where the
 * bytes go.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** Bytes of one journey, by group. */
export type ByteGroups = Record<string, { bytes: number; files: number }>;

/** One site's journey for one query. */
export interface Journey {
  /** Every response (page, styles, fonts, script, Pagefind). */
  total: number;
  /** Only what search adds: Pagefind's files and the site's search script. */
  search: number;
  groups: ByteGroups;
  /** Results the site showed (Planverk's count; Starlight's listed hits). */
  hits: number;
}

const TEXT = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

/** Which part of the journey a URL belongs to. */
export function groupOf(pathname: string): string {
  if (pathname.includes('/pagefind/')) {
    const name = pathname.slice(pathname.lastIndexOf('/') + 1);
    if (name.endsWith('.pf_fragment')) return 'pagefind fragments';
    if (name.endsWith('.pf_index')) return 'pagefind index chunks';
    if (name.endsWith('.pf_filter')) return 'pagefind filter chunks';
    if (name.endsWith('.pf_meta')) return 'pagefind metadata';
    if (name.startsWith('wasm.')) return 'pagefind wasm';
    if (name === 'pagefind-entry.json') return 'pagefind-entry.json';
    if (name === 'pagefind.js') return 'pagefind.js';
    if (name.endsWith('.js')) return 'pagefind UI script';
    if (name.endsWith('.css')) return 'pagefind UI styles';
    return `pagefind other (${name})`;
  }
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
  if (pathname.endsWith('.css')) return 'page styles';
  if (pathname.endsWith('.js')) return 'page scripts';
  if (/\.(svg|png|ico|jpe?g|webp)$/.test(pathname)) return 'images';
  return 'page HTML';
}

/** The bytes a host would send for a response (text gzipped). */
async function wireBytes(r: Response): Promise<number> {
  const body = await r.body().catch(() => Buffer.alloc(0));
  const type = r.headers()['content-type'] ?? '';
  return TEXT.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
}

/** A group counts as search when only search needs it. */
const isSearch = (group: string, searchScript: (p: string) => boolean, p: string): boolean =>
  group.startsWith('pagefind') || searchScript(p);

interface Site {
  /** Opens search on a fresh page and resolves once it is ready for typing. */
  open(page: import('playwright-core').Page, baseUrl: string): Promise<void>;
  /** Types the query and resolves with the number of hits once they are rendered. */
  type(page: import('playwright-core').Page, query: string): Promise<number>;
  /** Scripts that only search loads (besides /pagefind/). */
  searchScript(pathname: string): boolean;
}

/** Planverk: `/sok/` (it lists the newest documents), then the query in its field. */
export const planverkSite: Site = {
  async open(page, baseUrl) {
    await page.goto(`${baseUrl}/sok/`);
    await page.locator('[data-count]:not(:empty)').waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => !document.querySelector('[data-results]')?.hasAttribute('aria-busy'),
    );
  },
  async type(page, query) {
    await page.locator('#pv_search_page').fill(query);
    await page.waitForFunction(
      (q) =>
        new URLSearchParams(location.search).get('q') === q &&
        !document.querySelector('[data-results]')?.hasAttribute('aria-busy'),
      query,
      { timeout: 60_000 },
    );
    return Number((await page.locator('[data-count]').textContent())?.match(/\d+/)?.[0] ?? 0);
  },
  // Astro bundles the page's search script; the site's other pages load no script.
  searchScript: (p) => p.endsWith('.js') && !p.includes('/pagefind/'),
};

/** Starlight: its front page, the search button, then the query in the dialog. */
export const starlightSite: Site = {
  async open(page, baseUrl) {
    await page.goto(`${baseUrl}/`);
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog[open] input').first().waitFor({ timeout: 60_000 });
  },
  async type(page, query) {
    await page.locator('dialog[open] input').first().fill(query);
    // Pagefind UI shows «N results for …» once the results are rendered.
    const message = page.locator('dialog[open] .pagefind-ui__message');
    await page.waitForFunction(
      (q) => {
        const m = document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '';
        return m.includes(q) &&
          document.querySelectorAll('dialog[open] .pagefind-ui__result').length > 0
          ? true
          : /^0 /.test(m);
      },
      query,
      { timeout: 60_000 },
    );
    // Let the result fragments of the first page finish loading.
    await page.waitForLoadState('networkidle');
    return Number((await message.textContent())?.match(/\d+/)?.[0] ?? 0);
  },
  searchScript: () => false,
};

/** One cold-cache journey on `site` for `query`. */
export async function measureJourney(
  browser: Browser,
  baseUrl: string,
  site: Site,
  query: string,
): Promise<Journey> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<[string, number]>[] = [];
  page.on('pageerror', (e) => console.warn(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) console.warn(`HTTP ${r.status()} ${r.url()}`);
    pending.push(wireBytes(r).then((n) => [new URL(r.url()).pathname, n]));
  });
  try {
    await site.open(page, baseUrl);
    const hits = await site.type(page, query);
    await page.waitForLoadState('networkidle');
    const groups: ByteGroups = {};
    let total = 0;
    let search = 0;
    for (const [p, n] of await Promise.all(pending)) {
      const g = groupOf(p);
      const entry = (groups[g] ??= { bytes: 0, files: 0 });
      entry.bytes += n;
      entry.files += 1;
      total += n;
      if (isSearch(g, site.searchScript, p)) search += n;
    }
    return { total, search, groups, hits };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Journeys for each query; medians of totals and per group. */
export async function measureJourneys(
  browser: Browser,
  baseUrl: string,
  site: Site,
  queries: readonly string[],
): Promise<{
  total: number;
  search: number;
  groups: Record<string, number>;
  hits: Record<string, number>;
}> {
  const runs: Journey[] = [];
  const hits: Record<string, number> = {};
  for (const q of queries) {
    const j = await measureJourney(browser, baseUrl, site, q);
    runs.push(j);
    hits[q] = j.hits;
  }
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.groups)))].sort();
  return {
    total: median(runs.map((r) => r.total)),
    search: median(runs.map((r) => r.search)),
    groups: Object.fromEntries(
      names.map((n) => [n, median(runs.map((r) => r.groups[n]?.bytes ?? 0))]),
    ),
    hits,
  };
}
