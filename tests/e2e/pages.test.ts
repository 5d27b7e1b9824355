/**
 * Issue 14 (pages) on a fixture site (tests/fixtures/site/pages): registers
 * that never scroll sideways on a phone, wide document tables that show
 * they scroll, the vedtak register's kommune column, long documents with a
 * table of contents in reach and footnotes last, honest tiltak dates, the
 * open-data licence, and axe (WCAG 2.2 AA + best practice) on every page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { useBrowser } from '../helpers/browser.ts';
import { AXE_TAGS, AXE_WIDTHS, axeCheck, compareWithAxeBuilder } from '../helpers/axe.ts';
import { E2E_DIR, pageUrls, ROOT, runBuild, type BuildRun } from './helpers/build.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/site/pages/content');
const STRATEGY = '/dokument/ardal-laerdal/strategi-for-tenester-2021-2024/';
const PLAN = '/dokument/ardal-laerdal/handlingsplan-2021/';

let build: BuildRun;
let server: StaticServer;
// A context of this file's own on the run's shared Chromium.
const chromium = useBrowser();
let page: Page;

beforeAll(async () => {
  build = await runBuild({ content: CONTENT, out: path.join(E2E_DIR, 'pages') });
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(build.outDir);
  page = chromium.page;
});

afterAll(async () => {
  await server?.close();
});

/**
 * Elements in <main> wider than the viewport, or reaching past its right
 * edge, that a reader can see (a visually hidden header row is clipped and
 * does not count).
 */
async function tooWide(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (getComputedStyle(e).clipPath !== 'none') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('main *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.width > width + 0.5 || box.right > width + 0.5);
      })
      .filter((el) => !clipped(el))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)}px`,
      );
  });
}

describe('registers on a phone', () => {
  it('have no element wider than the screen at 390 px and 320 px', async () => {
    const registers = (await pageUrls(build.outDir)).filter((u) =>
      /^\/(vedtak|tiltak|rapport|satsingsomrade)\//.test(u),
    );
    expect(registers.length).toBeGreaterThan(8);
    const wide: string[] = [];
    for (const url of registers) {
      // One load, then each width: the layout is CSS, no script reads the width.
      await page.goto(server.url + url);
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 800 });
        for (const w of await tooWide(page)) wide.push(`${width}px ${url}: ${w}`);
      }
    }
    expect(wide).toEqual([]);
  });

  it('shows the vedtak register as labelled cards with the kommune, and the year filter as «År»', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(server.url + '/vedtak/');
    const rows = await page.$$eval('[data-vedtak-table] tbody tr', (trs) =>
      trs.map((tr) => ({
        kommune: tr.querySelector('[data-kommune]')?.textContent?.trim(),
        display: getComputedStyle(tr).display,
        height: tr.getBoundingClientRect().height,
      })),
    );
    expect(rows.map((r) => r.kommune)).toEqual(['Tysnes', 'Årdal, Lærdal', 'Årdal, Lærdal']);
    expect(rows.every((r) => r.display === 'block')).toBe(true);
    // No row is a tall strip of empty space (the first row was 256 px of nothing).
    for (const r of rows) expect(r.height).toBeLessThan(400);
    const label = await page.$$eval(
      '[data-kommune]',
      (tds) => getComputedStyle(tds[0] as Element, '::before').content,
    );
    expect(label).toContain('Kommune');
    const filters = await page.$$eval('nav.filter-nav', (navs) =>
      navs.map((n) => n.getAttribute('aria-label')),
    );
    expect(filters).toEqual(['Organ', 'År']);
    await page.setViewportSize({ width: 1280, height: 900 });
    const headers = await page.locator('[data-vedtak-table] thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toContain('Kommune');
  });
});

describe('a wide document table', () => {
  it('is a labelled, focusable region that shows a scroll cue only when it scrolls', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(server.url + STRATEGY);
    const boxes = await page.$$eval('.prose .table-scroll', (els) =>
      els.map((el) => ({
        role: el.getAttribute('role'),
        tabindex: el.getAttribute('tabindex'),
        label: el.getAttribute('aria-label'),
        scrolls: el.scrollWidth > el.clientWidth,
        hint: getComputedStyle(el, '::before').display,
        text: getComputedStyle(el, '::before').content,
      })),
    );
    expect(boxes).toHaveLength(2);
    const [wide, narrow] = boxes;
    expect(wide).toMatchObject({ role: 'region', tabindex: '0', scrolls: true, hint: 'block' });
    expect(wide?.label).toMatch(/^Tabell 1: Enhet, Jan/);
    expect(wide?.text).toContain('rull sidelengs for å se alle kolonnene');
    expect(narrow).toMatchObject({ role: 'region', tabindex: '0', scrolls: false, hint: 'none' });
    // The hint is no text of the document: not in the search index's body.
    expect(await page.locator('main').innerText()).not.toContain('rull sidelengs');
    // Reachable by keyboard: Tab lands on the region.
    await page.focus('.prose .table-scroll');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
  });

  it('uses the full column width on a wide screen and then needs no scrolling', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url + STRATEGY);
    const box = await page.$eval('.prose .table-scroll', (el) => ({
      scrolls: el.scrollWidth > el.clientWidth,
      width: el.getBoundingClientRect().width,
      column: (el.closest('.doc-layout__main') as HTMLElement).getBoundingClientRect().width,
      hint: getComputedStyle(el, '::before').display,
    }));
    expect(box.scrolls).toBe(false);
    expect(box.hint).toBe('none');
    expect(box.width).toBeGreaterThan(box.column - 1);
  });
});

describe('a long document', () => {
  it('keeps the table of contents in reach: sticky on wide screens, «Til innhold» on phones', async () => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(server.url + STRATEGY);
    // Halfway down the text, the contents stand at the top of the screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const toc = await page.locator('nav.toc').boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect(toc && toc.y >= 0 && toc.y < 100).toBe(true);
    // The way back up sticks with the contents; nothing floats over the text.
    expect(await page.locator('.doc-jump').isVisible()).toBe(false);
    const top = page.locator('nav.toc .toc__top a');
    expect(await top.isVisible()).toBe(true);
    await top.click();
    // Waited for, not read once: the click only starts the fragment navigation.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);

    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(server.url + STRATEGY);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const jump = page.locator('.doc-jump__toc');
    expect(await jump.isVisible()).toBe(true);
    const box = await jump.boundingBox();
    expect(box && box.y > 0 && box.y + box.height <= 700).toBe(true);
    expect(box && box.height >= 44).toBe(true);
    expect((await jump.textContent())?.trim()).toBe('Til innhold');
    await jump.click();
    // The jump puts the heading at the top (give or take a sub-pixel).
    await page.waitForFunction(() => location.hash === '#pv_toc');
    const heading = await page.locator('#pv_toc').boundingBox();
    expect(heading && Math.abs(heading.y) < 200, `heading at ${heading?.y}`).toBe(true);
    await page.locator('.doc-jump__top').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
  });

  it('links a strategy to its status report and its satsingsområde pages', async () => {
    await page.goto(server.url + STRATEGY);
    const report = await page.locator('[data-report-link]').getAttribute('href');
    expect(report).toBe('/rapport/ardal-laerdal/strategi-for-tenester-2021-2024/');
    const areas = await page
      .locator('[data-area-link]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(areas).toEqual([
      '/satsingsomrade/ardal-laerdal/strategi-for-tenester-2021-2024/dialog/',
      '/satsingsomrade/ardal-laerdal/strategi-for-tenester-2021-2024/kompetanse/',
    ]);
    for (const href of [report, ...areas]) {
      expect((await fetch(server.url + href)).status, href ?? '').toBe(200);
    }
  });

  it('puts the footnotes last, after the handlingsplan', async () => {
    await page.goto(server.url + PLAN);
    const order = await page.$$eval('.doc-layout__main > *', (els) =>
      els.map((el) =>
        el.matches('.action-plan')
          ? 'plan'
          : el.querySelector('.footnotes')
            ? 'footnotes'
            : el.matches('.prose')
              ? 'body'
              : el.className,
      ),
    );
    const plan = order.indexOf('plan');
    expect(plan).toBeGreaterThan(order.indexOf('body'));
    expect(order.indexOf('footnotes')).toBeGreaterThan(plan);
    // Footnote references still reach their notes and back.
    await page.click('a[data-footnote-ref]');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#fotnote_1');
  });
});

describe('honest dates', () => {
  it('labels the status at adoption as such, a later one by its update, and a one-year periode as one year', async () => {
    await page.goto(server.url + PLAN);
    const since = await page.$$eval('.action-table tbody tr', (trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          tr.id,
          tr.querySelector('[data-since]')?.textContent?.replace(/\s+/g, ' ').trim(),
        ]),
      ),
    );
    expect(since).toEqual({
      'tiltak-chat': 'ved vedtak',
      'tiltak-skjema': 'ved vedtak',
      'tiltak-kurs': 'per 15. september 2021',
    });
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(
      /10\. desember 2020\s*\n?\s*(Fullført|Planlagt)|frå 10\. desember 2020/,
    );
    const period = await page.$$eval('.doc-meta dt', (dts) =>
      dts.find((dt) => dt.textContent === 'Periode')?.nextElementSibling?.textContent?.trim(),
    );
    expect(period).toBe('2021');

    await page.goto(server.url + '/tiltak/');
    const cells = await page.$$eval('[data-tiltak-table] tbody tr', (trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          tr.getAttribute('data-key'),
          tr.querySelector('[data-since]')?.textContent?.replace(/\s+/g, ' ').trim(),
        ]),
      ),
    );
    expect(cells).toEqual({
      'ardal-laerdal/handlingsplan-2021#chat': 'ved vedtak',
      'ardal-laerdal/handlingsplan-2021#skjema': 'ved vedtak',
      'ardal-laerdal/handlingsplan-2021#kurs': 'frå 15. september 2021',
    });
  });
});

describe('open data', () => {
  it('names and links the licence (NLOD 2.0 by default) on the page and in dokument.json', async () => {
    await page.goto(server.url + '/opne-data/');
    const link = page.locator('[data-licence] a[rel="license"]');
    expect(await link.textContent()).toContain('NLOD');
    expect(await link.getAttribute('href')).toBe('https://data.norge.no/nlod/no/2.0');
    const manifest = JSON.parse(
      await readFile(path.join(build.outDir, 'data/dokument.json'), 'utf8'),
    ) as { lisens: { namn: string; url: string } };
    expect(manifest.lisens).toEqual({
      namn: 'Norsk lisens for offentlige data (NLOD) 2.0',
      url: 'https://data.norge.no/nlod/no/2.0',
    });
  });
});

describe('axe', () => {
  it(`finds no violations on any page at ${AXE_WIDTHS.join(' px and ')} px (${AXE_TAGS.join(', ')}), and no page scrolls sideways at 320 px or 390 px`, async () => {
    const urls = await pageUrls(build.outDir);
    expect(urls.length).toBeGreaterThan(20);
    // The sideways check shares axe's page load (it used to load every page twice more).
    const scrollsSideways = async (tab: Page, url: string): Promise<string[]> => {
      const wide: string[] = [];
      for (const width of [320, 390]) {
        await tab.setViewportSize({ width, height: 800 });
        const over = await tab.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (over > 0) wide.push(`${width}px ${url}: scrolls sideways by ${over}px`);
      }
      return wide;
    };
    expect(await axeCheck(page, server.url, urls, { visit: scrollsSideways })).toEqual([]);
  }, 600_000);

  it('checks a real page as AxeBuilder does (same axe-core, same rules passed and failed)', async () => {
    // tests/e2e/axe-helper.test.ts compares pages with faults; this is a whole document page.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(server.url + STRATEGY);
    const { ours, theirs } = await compareWithAxeBuilder(page);
    expect(ours.violations).toEqual(theirs.violations);
    expect(ours.passes).toEqual(theirs.passes);
    expect(ours.passes.length).toBeGreaterThan(20);
  });
});
