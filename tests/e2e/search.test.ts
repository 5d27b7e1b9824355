import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { axeCheck } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { EXPANSION_MARK, realText } from '../../src/lib/search/client/excerpt.ts';
import { openIndex, type NodeIndex } from '../fixtures/search/query.ts';
import { COMPOUND_QUERIES, MALFORM_PAIRS, NB_DOC, NN_DOC } from '../unit/search/cases.ts';
import { sharedBuild } from './helpers/build.ts';

// The search fixture site built by the real `npm run build` (Astro pages,
// every post-build step, the search step last), checked from Node and in
// Debian Chromium through the search page.
let OUT: string;
let server: StaticServer;
// This file's connection to the run's shared Chromium.
const browser = useBrowser();
let tabs: BrowserContext;
let index: NodeIndex;

beforeAll(async () => {
  // Vitest puts DEV=1 (and MODE=test) into process.env; a child build must
  // not inherit them or it builds as the dev server would, drafts included.
  const env = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };
  // Shared with security.test.ts (both only read it).
  const run = await sharedBuild({ content: ['tests/fixtures/search/content'], env });
  if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  OUT = run.outDir;
  index = await openIndex(OUT);
  server = await serveStatic(OUT);
  tabs = browser.context;
});

afterAll(async () => {
  await server?.close();
});

/**
 * Opens the search page (with a query string) in a new tab and waits for the
 * count to be announced. The tabs share one context (the site keeps no
 * storage or cookies, so nothing carries over); a new context per test cost
 * more than the page. The count is the search script's first word, so the
 * `load` event (images, fonts) is waited for only where layout is measured.
 */
async function openSearch(
  query = '',
  width = 1280,
  waitUntil: 'load' | 'domcontentloaded' = 'domcontentloaded',
): Promise<Page> {
  const page = await tabs.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}/sok/${query}`, { waitUntil });
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
  it('ships fragments without the hidden terms, which still find their documents', async () => {
    const dir = path.join(OUT, 'pagefind', 'fragment');
    const names = await readdir(dir);
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) {
      const text = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
      const { content } = JSON.parse(text.slice('pagefind_dcd'.length)) as { content: string };
      expect(content.slice(content.indexOf(EXPANSION_MARK) + EXPANSION_MARK.length), name).toBe('');
    }
    // «tjenester» is only a hidden term on the nynorsk page (it writes «tenester»).
    const hits = await index.search('tjenester');
    expect(hits.map((h) => h.url)).toContain(NN_DOC);
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
    // The list as the whole word left it: the page arrives with the newest
    // documents listed (the nynorsk one among them), and every keystroke a
    // debounce apart searches its prefix; the URL takes the word as the last
    // search starts, which marks the list busy until it is written.
    await expect.poll(() => page.url()).toContain('q=innbyggerne');
    await page.waitForFunction(isSettled);
    expect(await resultUrls(page)).toContain(NN_DOC);
    expect(await page.locator('[role=status]').textContent()).toMatch(/^\d+ treff$/);
    // The excerpt never shows the hidden terms.
    expect(await page.locator('[data-results]').textContent()).not.toContain('⁂');
    await page.close();
  });

  it('finds inflected forms (kommune → kommunane/kommunene, teneste → tenester)', async () => {
    const page = await openSearch('?q=kommune');
    await expect.poll(() => resultUrls(page)).toEqual(expect.arrayContaining([NN_DOC, NB_DOC]));
    await page.getByLabel('Søk i dokumenta').last().fill('teneste');
    // «kommune» listed the nynorsk document too: read the list «teneste» gave.
    await expect.poll(() => page.url()).toContain('q=teneste');
    await page.waitForFunction(isSettled);
    expect(await resultUrls(page)).toContain(NN_DOC);
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
    // The sorted list, not one that happens to be in that order before it.
    await expect.poll(() => page.url()).toContain('sort=oldest');
    await page.waitForFunction(isSettled);
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
    const page = await openSearch('?q=tenester', 320, 'load');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('has no axe violation with results shown, at 320 px and 1280 px', async () => {
    // Opened at 320 px, where the page's script decides how the filters
    // start; axeCheck then also checks it resized to 1280 px.
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    const failures = await axeCheck(page, server.url, ['/sok/?q=tjenester&kommune=Årdal'], {
      widths: [320, 1280],
      visit: async (tab) => {
        await tab.locator('[data-count]:not(:empty)').waitFor();
        await tab.locator('[data-results] li').first().waitFor();
      },
    });
    expect(failures).toEqual([]);
    await context.close();
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

/**
 * True in the page once the search has finished: the list is not busy and
 * holds as many results as the count says (none when the count has no number).
 */
function isSettled(): boolean {
  const list = document.querySelector('[data-results]');
  const count = /^(\d+)/.exec(document.querySelector('[data-count]')?.textContent ?? '');
  return (
    list !== null &&
    !list.hasAttribute('aria-busy') &&
    list.querySelectorAll('li').length === Number(count?.[1] ?? 0)
  );
}

/** Collects the page's Content-Security-Policy violations and console errors. */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(m.text());
  });
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}
const activeHref = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
const firstResultHref = async (page: Page): Promise<string> =>
  (await resultUrls(page))[0] ?? 'no result';

/** Tabs up to `max` times; the number of presses that reached `href`, or Infinity. */
async function tabsTo(page: Page, href: string, max = 3): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if ((await activeHref(page)) === href) return i;
  }
  return Infinity;
}

describe('issue 14: search that leads straight to results', () => {
  it.each([1280, 390])(
    'header field, Enter: focus on the count, the first result ≤ 3 Tabs away (%i px)',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors = watchViolations(page);
      await page.goto(`${server.url}${NB_DOC}`);
      if (width < 1024) await page.getByText('Søk og meny').click();
      await page.getByLabel('Søk i dokumenta').fill('tenester');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/sok\/\?q=tenester$/);
      await page.locator('[data-results] li').first().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-count')))
        .toBe(true);
      expect(await tabsTo(page, await firstResultHref(page))).toBeLessThanOrEqual(3);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("the page's own field, Enter: focus on the count, the first result one Tab away", async () => {
    const page = await openSearch();
    const field = page.getByLabel('Søk i dokumenta');
    await field.fill('kommune');
    await field.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-count')))
      .toBe(true);
    await expect.poll(() => page.locator('[data-count]').textContent()).toMatch(/treff/);
    expect(await tabsTo(page, await firstResultHref(page))).toBe(1);
    await page.close();
  });

  it('typing alone leaves focus in the field', async () => {
    const page = await openSearch();
    const field = page.getByLabel('Søk i dokumenta');
    await field.pressSequentially('tenester');
    // Focus is read once the search for the whole word is done (a count from
    // a prefix's search could come before the last search moved anything).
    await expect.poll(() => page.url()).toContain('q=tenester');
    await settled(page);
    expect(await page.locator('[data-count]').textContent()).toMatch(/treff/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pv_search_page');
    await page.close();
  });

  /** Every checkbox's value, key and the count its label shows. */
  const boxes = (page: Page): Promise<{ id: string; key: string; n: number; checked: boolean }[]> =>
    page.locator('[data-filters] input[type=checkbox]').evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).map((b) => ({
        id: b.id,
        key: b.name,
        checked: b.checked,
        n: Number(
          /\((\d+)\)$/.exec(
            document.querySelector(`label[for="${b.id}"]`)?.textContent ?? '',
          )?.[1] ?? NaN,
        ),
      })),
    );
  const shownCount = async (page: Page): Promise<number> =>
    Number(/^(\d+)/.exec((await page.locator('[data-count]').textContent()) ?? '')?.[1] ?? 0);
  /**
   * Waits until the page has settled on its state: the search script sets
   * aria-busy on the list synchronously in every change, submit and popstate
   * handler (before its first await) and removes it only once the list and
   * the count are written, so this is a condition, not a delay; it is checked
   * in the page on every frame (a poll from Node waited 100 ms or more).
   * Not for typing, whose search starts after a debounce: wait on the URL first.
   */
  const settled = async (page: Page): Promise<number> => {
    await page.waitForFunction(isSettled);
    return shownCount(page);
  };

  it.each([
    ['a query', '?q=tenester'],
    ['a query and a filter', '?q=kommune&malform=nn'],
    ['two filters', '?kommune=%C3%85rdal&status=vedtatt'],
    ['browsing', ''],
  ])("each filter's count is the number of results it gives (%s)", async (_, query) => {
    const page = await openSearch(query);
    await settled(page);
    const before = await boxes(page);
    expect(before.length).toBeGreaterThan(10);
    // A reader can reach every box (what check() made sure of, box by box).
    expect(
      await page
        .locator('[data-filters] input[type=checkbox]')
        .evaluateAll((inputs) =>
          (inputs as HTMLInputElement[])
            .filter((b) => b.disabled || !b.checkVisibility())
            .map((b) => b.id),
        ),
    ).toEqual([]);
    const keysChosen = new Set(before.filter((b) => b.checked).map((b) => b.key));
    const wanted = before.filter((box) => !box.checked && !keysChosen.has(box.key));
    // A value of a key that already has a choice widens the results: its
    // count is what it gives on its own, checked below for the other keys.
    // Each box is clicked (a real click event, the page's own change
    // handler) and the page waited for inside one call, then clicked back.
    const given = await page.evaluate(
      async (ids) => {
        const count = () =>
          Number(
            /^(\d+)/.exec(document.querySelector('[data-count]')?.textContent ?? '')?.[1] ?? 0,
          );
        // isSettled, inside the page (the site's CSP allows no eval of its source).
        const list = document.querySelector('[data-results]') as HTMLElement;
        const done = () =>
          !list.hasAttribute('aria-busy') && list.querySelectorAll('li').length === count();
        const wait = () =>
          new Promise<void>((resolve) => {
            const tick = () => (done() ? resolve() : requestAnimationFrame(tick));
            tick();
          });
        const out: Record<string, [number, boolean]> = {};
        for (const id of ids) {
          const box = document.getElementById(id) as HTMLInputElement;
          box.click();
          await wait();
          out[id] = [count(), box.checked];
          box.click();
          await wait();
        }
        return out;
      },
      wanted.map((b) => b.id),
    );
    for (const box of wanted) {
      expect(given[box.id], `${box.id} (${box.n})`).toEqual([box.n, true]);
    }
    // Every box is back off: the page is where it started.
    expect(await boxes(page)).toEqual(before);
    await page.close();
  });

  it('Tysnes + plan + oppheva: the counts warn before the 0 (issue 14 example)', async () => {
    const page = await openSearch();
    await page.getByLabel(/^Tysnes \(/).check();
    await settled(page);
    // Within Tysnes nothing is repealed: the panel says so before it is chosen.
    await expect.poll(() => page.getByText(/^Oppheva \(/).textContent()).toBe('Oppheva (0)');
    await expect.poll(() => page.getByText(/^Vedteken \(/).textContent()).toBe('Vedteken (0)');
    // Another kommune is an alternative to Tysnes, so its count is its own.
    await expect.poll(() => page.getByText(/^Årdal \(/).textContent()).toBe('Årdal (3)');
    await page.close();
  });

  it('Back and Forward step through query and filter changes; the URL reproduces the state', async () => {
    const page = await openSearch();
    const field = page.getByLabel('Søk i dokumenta');
    await field.fill('kommune');
    await field.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\?q=kommune$/);
    const all = await settled(page);
    await page.getByLabel(/^Bokmål \(/).check();
    await expect.poll(() => page.url()).toMatch(/\?q=kommune&malform=nb$/);
    const nb = await settled(page);
    await page.getByLabel(/^Tysnes \(/).check();
    await expect.poll(() => page.url()).toMatch(/kommune=Tysnes/);
    // The URL is written before the list: read the list once the page settled
    // (CI once read it in between and saw none).
    await settled(page);
    await expect.poll(() => resultUrls(page)).toEqual([NB_DOC]);
    const tysnes = await resultUrls(page);
    expect(nb).toBeGreaterThan(1);

    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?q=kommune&malform=nb$/);
    expect(await settled(page)).toBe(nb);
    expect(await page.getByLabel(/^Tysnes \(/).isChecked()).toBe(false);
    expect(await page.getByLabel(/^Bokmål \(/).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?q=kommune$/);
    expect(await settled(page)).toBe(all);
    expect(await page.getByLabel(/^Bokmål \(/).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/sok\/$/);
    await expect.poll(() => field.inputValue()).toBe('');
    expect(await settled(page)).toBe(6);
    await page.goForward();
    await page.goForward();
    await page.goForward();
    await expect.poll(() => resultUrls(page)).toEqual(tysnes);
    await expect.poll(() => field.inputValue()).toBe('kommune');

    // The same URL in a fresh tab shows the same.
    const shared = await openSearch(new URL(page.url()).search);
    await expect.poll(() => resultUrls(shared)).toEqual(tysnes);
    expect(await shared.getByLabel(/^Tysnes \(/).isChecked()).toBe(true);
    await shared.close();
    await page.close();
  });

  it('excerpts hold document text only, no interface words', async () => {
    const chrome = [
      t('nn', 'pdf'),
      t('nb', 'pdf'),
      t('nn', 'metaHeading'),
      t('nb', 'metaHeading'),
      '(PDF,',
      // The action plan's column names and its «Planlagt per …» status words.
      'Ansvar Frist Status',
      `${t('nb', 'action.planlagt')} ${t('nb', 'actionStatusPer')}`,
    ];
    for (const hit of await index.search(null)) {
      const text = realText(hit.content);
      for (const word of chrome) expect(text, `${hit.url}: «${word}»`).not.toContain(word);
    }
    // In the page: a query that matches the PDF link's words shows none of them.
    const page = await openSearch('?q=kommune');
    await settled(page);
    const shown = (await page.locator('[data-results]').textContent()) ?? '';
    for (const word of chrome) expect(shown).not.toContain(word);
    await page.close();
  });

  it("each result carries its document's lang", async () => {
    const page = await openSearch('?q=kommune');
    await expect.poll(() => resultUrls(page)).toEqual(expect.arrayContaining([NN_DOC, NB_DOC]));
    const langs = await page
      .locator('[data-results] li')
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector('a')?.getAttribute('href'), li.getAttribute('lang')]),
      );
    expect(langs).toContainEqual([NB_DOC, 'nb']);
    expect(langs).toContainEqual([NN_DOC, 'nn']);
    await page.close();
  });

  it('Escape closes the phone menu and puts focus back on its button', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors = watchViolations(page);
    await page.goto(`${server.url}${NB_DOC}`);
    const menu = page.locator('details.site-menu');
    await page.locator('.site-menu__toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pv_search_header');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-menu__toggle');
    // From a link in the menu too.
    await page.keyboard.press('Enter');
    await page.locator('.site-nav a').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-menu__toggle');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Escape on a wide screen leaves the always-open menu alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${NB_DOC}`);
    await page.getByLabel('Søk i dokumenta').focus();
    await page.keyboard.press('Escape');
    expect(await page.getByLabel('Søk i dokumenta').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pv_search_header');
    await context.close();
  });

  it('runs no inline script and breaks no CSP rule on the search and document pages', async () => {
    for (const url of ['/sok/?q=tenester&kommune=%C3%85rdal', NB_DOC, '/']) {
      const page = await tabs.newPage();
      const errors = watchViolations(page);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`${server.url}${url}`);
      // The search page's work ends when its list is written, whatever gaps
      // the network had before (networkidle alone is 500 ms without a request).
      if (url.startsWith('/sok/')) {
        await page.locator('[data-count]:not(:empty)').waitFor();
        await page.waitForFunction(isSettled);
      }
      await page.waitForLoadState('networkidle');
      const inline = await page.locator('script:not([src])').count();
      expect(inline, url).toBe(0);
      expect(errors, url).toEqual([]);
      await page.close();
    }
  });
});
