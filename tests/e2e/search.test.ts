import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { openIndex, type NodeIndex } from '../fixtures/search/query.ts';
import { COMPOUND_QUERIES, MALFORM_PAIRS, NB_DOC, NN_DOC } from '../unit/search/cases.ts';
import { E2E_DIR, runBuild } from './helpers/build.ts';

// The search fixture site built by the real `npm run build` (Astro pages,
// every post-build step, the search step last), checked from Node and in
// Debian Chromium through the search page.
const OUT = path.join(E2E_DIR, 'search');
let server: StaticServer;
let browser: Browser;
let index: NodeIndex;

beforeAll(async () => {
  // Vitest puts DEV=1 (and MODE=test) into process.env; a child build must
  // not inherit them or it builds as the dev server would, drafts included.
  const env = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };
  const run = await runBuild({ content: 'tests/fixtures/search/content', out: OUT, env });
  if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  index = await openIndex(OUT);
  server = await serveStatic(OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the search page (with a query string) and waits for the count to be announced. */
async function openSearch(query = '', width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => void context.close());
  await page.goto(`${server.url}/sok/${query}`);
  await page.locator('[data-count]:not(:empty)').waitFor();
  return page;
}
const resultUrls = (page: Page): Promise<string[]> =>
  page
    .locator('[data-results] h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

describe('the index of the built site (from Node)', () => {
  it('indexes vedtak points and tiltak as the document page renders them', async () => {
    expect((await index.search('gangbru')).map((h) => h.url)).toEqual([
      '/dokument/ardal/saksframlegg-gangbru-2019/',
    ]);
    expect((await index.search('ladestasjoner')).map((h) => h.url)).toContain(
      '/dokument/laerdal/okonomiplan-2023/',
    );
  });
  it('leaves the site chrome out (header, footer, list pages)', async () => {
    // Skip link and footer (contact address). Probes must share no prefix with
    // body words: when nothing matches, Pagefind retries with a shorter prefix
    // («Framsida» finds «fram»).
    for (const q of ['hopp', 'postmottak']) expect(await index.search(q), q).toEqual([]);
  });
  it('has no trace of the draft in the output, compressed files included', async () => {
    expect(await index.search('Hemmelegmerke7731')).toEqual([]);
    for (const f of await readdir(OUT, { recursive: true })) {
      const bytes = await readFile(path.join(OUT, f)).catch(() => undefined);
      if (!bytes) continue;
      const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
      expect(
        (gz ? gunzipSync(bytes) : bytes).toString('latin1').includes('Hemmelegmerke7731'),
        f,
      ).toBe(false);
    }
  });
  it('lists every published document when browsing', async () => {
    expect(await index.search(null)).toHaveLength(6);
  });
});

describe('the search page in Chromium', () => {
  it("runs every målform pair and compound query through the page's own pagefind.js", async () => {
    const page = await openSearch();
    // A string, so Vitest leaves the dynamic import alone; it runs in the page.
    const script = `(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const find = async (q) => Promise.all((await pf.search(q)).results.map(async (r) => (await r.data()).raw_url));
      const out = [];
      for (const [b, n] of ${JSON.stringify(MALFORM_PAIRS)}) {
        if (!(await find(b)).includes(${JSON.stringify(NN_DOC)})) out.push(b);
        if (!(await find(n)).includes(${JSON.stringify(NB_DOC)})) out.push(n);
      }
      for (const [q, url] of ${JSON.stringify(COMPOUND_QUERIES)}) if (!(await find(q)).includes(url)) out.push(q);
      return out;
    })()`;
    const misses: unknown = await page.evaluate(script);
    expect(misses).toEqual([]);
    await page.close();
  });

  it('finds nynorsk text for a bokmål word typed into the field, and announces the count', async () => {
    const page = await openSearch();
    await page.getByLabel('Søk i dokumenta').last().fill('');
    await page.getByLabel('Søk i dokumenta').last().pressSequentially('innbyggerne');
    await expect.poll(() => resultUrls(page)).toContain(NN_DOC);
    await expect.poll(() => page.locator('[role=status]').textContent()).toMatch(/^\d+ treff$/);
    expect(page.url()).toContain('q=innbyggerne');
    // The excerpt never shows the hidden terms.
    expect(await page.locator('[data-results]').textContent()).not.toContain('⁂');
    await page.close();
  });

  it('finds inflected forms (kommune → kommunane/kommunene, teneste → tenester)', async () => {
    const page = await openSearch('?q=kommune');
    await expect.poll(() => resultUrls(page)).toEqual(expect.arrayContaining([NN_DOC, NB_DOC]));
    await page.getByLabel('Søk i dokumenta').last().fill('teneste');
    await expect.poll(() => resultUrls(page)).toContain(NN_DOC);
    await page.close();
  });

  it('browses with an empty query, narrows with the keyboard, and sorts', async () => {
    const page = await openSearch();
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('6 dokument');
    const tysnes = page.getByLabel('Tysnes (1)');
    await tysnes.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => resultUrls(page)).toEqual([NB_DOC]);
    expect(page.url()).toContain('kommune=Tysnes');
    await page.keyboard.press('Space');
    await page.getByLabel('Nynorsk (3)').check();
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('3 dokument');
    await page.getByLabel('Sorter').selectOption('oldest');
    await expect
      .poll(() => resultUrls(page))
      .toEqual([
        '/dokument/ardal/saksframlegg-gangbru-2019/',
        NN_DOC,
        '/dokument/ardal/digitalisering-og-velferd/',
      ]);
    await page.close();
  });

  it.each([
    ['type', '?type=notat', 2],
    ['year', '?year=2019', 1],
    ['status', '?status=horing', 1],
    ['malform', '?malform=nb', 3],
    ['kommune (several)', '?kommune=Tysnes&kommune=Levanger', 2],
  ])('filters by %s from the URL', async (_, query, n) => {
    const page = await openSearch(query);
    await expect.poll(async () => (await resultUrls(page)).length).toBe(n);
    await page.close();
  });

  it('works at 320 px without horizontal scrolling', async () => {
    const page = await openSearch('?q=tenester', 320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('has no axe violation (WCAG 2.1 A/AA) with results shown', async () => {
    for (const width of [320, 1280]) {
      const page = await openSearch('?q=tjenester&kommune=Årdal', width);
      await page.locator('[data-results] li').first().waitFor();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
      await page.close();
    }
  });

  it('has a search form on every page that works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${NB_DOC}`);
    await page.getByLabel('Søk i dokumenta').fill('vatn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=vatn$/);
    expect(await page.locator('h1').textContent()).toBe('Søk');
    // Without JavaScript the page offers the document list instead of dead controls.
    expect(await page.locator('.pv-search__layout').isVisible()).toBe(false);
    expect(await page.locator('noscript a[href="/dokument/"]').count()).toBe(1);
    await context.close();
  });
});
