/**
 * The bundled example content (content/ with planverk.config.ts), built for
 * production once: every document page carries all the words and tables of
 * its source, every page passes axe (WCAG 2.2 A/AA and best practice) at phone and desktop
 * widths, the seeds' tables survive in the PDFs, and content/ is untouched.
 * `npm run test:examples`: a municipality with its own content drops or
 * rewrites this file; the engine's tests are in tests/unit and tests/e2e.
 */
import type { Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../planverk.config.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { PlanDocument } from '../../src/lib/model/types.ts';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { renderMarkdown } from '../../src/lib/markdown/pipeline.ts';
import { urlToFile } from '../../src/lib/core/print-urls.ts';
import { documentPdfUrl, documentUrl } from '../../src/lib/core/urls.ts';
import {
  E2E_DIR,
  hashTree,
  pageUrls,
  ROOT,
  runBuild,
  type BuildRun,
} from '../e2e/helpers/build.ts';
import { recordedBuild } from './build-record.ts';
import { axeCheck } from '../helpers/axe.ts';
import { pageSizes, pdfText, textKey } from '../helpers/pdf-read.ts';

const CONTENT = path.join(ROOT, 'content');
const STRATEGY = '/dokument/ardal-laerdal/felles-digitaliseringstrategi-2020-2025/';
let build: BuildRun;
let contentBefore: string;
let documents: PlanDocument[];
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const out = path.join(E2E_DIR, 'examples');
  // The `npm run build` .ci/run has just made, when it provably is the build
  // of these sources (tests/examples/build-record.ts); else a build of our own.
  const recorded = await recordedBuild();
  if (recorded) {
    console.log(`site-examples: checking ${recorded.out}/, the recorded build of these sources`);
    contentBefore = recorded.contentBefore;
    await rm(out, { recursive: true, force: true });
    await cp(path.join(ROOT, recorded.out), out, { recursive: true });
    build = { code: 0, stdout: '', stderr: '', outDir: out };
  } else {
    contentBefore = await hashTree(CONTENT);
    build = await runBuild({ content: CONTENT, out, project: ROOT });
  }
  if (build.code !== 0) throw new Error(`example build failed:\n${build.stdout}\n${build.stderr}`);
  documents = (await loadContent({ root: ROOT, config })).documents.filter(
    (d) => d.status !== 'utkast',
  );
  server = await serveStatic(build.outDir);
  browser = await connectBrowser();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Words (letters and digits) of a text, soft hyphens removed, counted. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text
    .replaceAll('\u00ad', '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

const cell = (text: string) =>
  text
    .replaceAll('\u00ad', '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();

/**
 * The body's text via mdast-util-to-string, block by block: to-string joins
 * sibling paragraphs without a space, which would fuse their edge words.
 */
function blockText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (['paragraph', 'heading', 'tableCell', 'code'].includes(node.type)) {
      // Line breaks and inline HTML (<br>, <sup>) separate words; tags are not words.
      const parts: string[] = [];
      visit(node, (leaf) => {
        if (leaf.type === 'break' || leaf.type === 'html') parts.push(' ');
        else if (leaf.type === 'text' || leaf.type === 'inlineCode') parts.push(toString(leaf));
      });
      blocks.push(parts.join(''));
    }
  });
  return blocks.join('\n');
}

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

describe('the example site', () => {
  it('publishes every example document and no draft', async () => {
    expect(documents.length).toBeGreaterThan(3);
    const manifest = JSON.parse(
      await readFile(path.join(build.outDir, 'data/dokument.json'), 'utf8'),
    ) as {
      dokument: { id: string; url: string; status: string }[];
    };
    expect(manifest.dokument.map((d) => d.id).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(manifest.dokument.every((d) => d.status !== 'utkast')).toBe(true);
    for (const row of manifest.dokument) expect(row.url).toMatch(/^\/dokument\/[a-z0-9/-]+\/$/);
  });

  it('renders all the words and every table of each source body', async () => {
    for (const doc of documents) {
      await page.goto(server.url + documentUrl(doc));
      // innerText, not textContent, so block elements do not run words
      // together; a space before each <sup> keeps «oppdateringa²» two words,
      // as the source's footnote reference is.
      const main = await page.evaluate(() => {
        const clone = document.querySelector('main')?.cloneNode(true) as HTMLElement;
        for (const sup of clone.querySelectorAll('sup')) sup.before(' ');
        // A lettered list shows its letters as list markers, which innerText
        // leaves out; the source wrote them as text («a. …»).
        for (const ol of clone.querySelectorAll('ol[type="a"]')) {
          [...ol.children].forEach((li, i) => li.prepend(`${String.fromCharCode(97 + i)}. `));
        }
        document.body.append(clone);
        const text = clone.innerText;
        clone.remove();
        return text;
      });
      const have = words(main);
      const tree = parse(doc.body);
      const missing = [...words(blockText(tree))].filter(([w, n]) => (have.get(w) ?? 0) < n);
      expect(missing, `${doc.id}: words missing or too few on the page`).toEqual([]);

      const pageTables = await page.$$eval('main table', (tables) =>
        tables.map((t) =>
          [...t.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => c.textContent ?? '')),
        ),
      );
      const normalised = pageTables.map((rows) => rows.map((r) => r.map(cell)));
      const sourceTables: Table[] = [];
      visit(tree, 'table', (t) => void sourceTables.push(t));
      for (const table of sourceTables) {
        const rows = table.children.map((row) =>
          row.children.map((c) => cell(toString(c, { includeHtml: false }))),
        );
        const found = normalised.some((t) =>
          rows.every((r, i) =>
            r.every((c, j) => t[i]?.[j] === c || (t[i]?.[j] ?? '').startsWith(c)),
          ),
        );
        expect(
          found,
          `${doc.id}: table starting «${rows[0]?.join(' | ')}» not found on the page`,
        ).toBe(true);
      }
    }
  });

  it('has no WCAG 2.2 A/AA or axe best-practice violations on any page at 390 px and 1280 px, and no horizontal page scroll at 320 px', async () => {
    const urls = await pageUrls(build.outDir);
    expect(urls.length).toBeGreaterThan(documents.length);
    // The 320 px check shares axe's page load (it used to load every page once more).
    const scrollsSideways = async (tab: Page, url: string): Promise<string[]> => {
      await tab.setViewportSize({ width: 320, height: 800 });
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      return overflow > 0 ? [`320px ${url}: scrolls sideways by ${overflow}px`] : [];
    };
    expect(await axeCheck(page, server.url, urls, { visit: scrollsSideways })).toEqual([]);
  }, 600_000);

  it('does not number table-of-contents entries whose headings carry numbers («1. 1. Kvifor»)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url + STRATEGY);
    const toc = await page.$$eval('nav.toc li', (items) =>
      items.map((li) => ({ marker: getComputedStyle(li).listStyleType, ol: !!li.closest('ol') })),
    );
    expect(toc.length).toBeGreaterThan(10);
    expect(toc.filter((li) => li.ol || li.marker !== 'none')).toEqual([]);
    expect(await page.locator('nav.toc a').first().isVisible()).toBe(true);
  });

  it('keeps the header to one calm row on desktop and a compact one on phones', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url + STRATEGY);
    const box = async (selector: string) => {
      const b = await page.locator(selector).boundingBox();
      if (!b) throw new Error(`${selector} is not shown`);
      return b;
    };
    const brand = await box('.site-brand');
    const search = await box('.site-header input[type=search]');
    expect(search.y).toBeLessThan(brand.y + brand.height); // beside the name, not below it
    expect((await box('.site-header')).height).toBeLessThan(130);
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);

    await page.setViewportSize({ width: 320, height: 800 });
    expect((await box('.site-header')).height).toBeLessThan(120);
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(false);
    const toggle = page.locator('.site-menu > summary');
    await toggle.click();
    expect(await page.locator('.site-nav a').last().isVisible()).toBe(true);
    expect(await page.locator('.site-header input[type=search]').isVisible()).toBe(true);
    // A summary is exposed as an expandable button; the target is at least 44 px.
    const target = await box('.site-menu > summary');
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
  });

  it('labels an orientering and a notat «Lagt fram», not «Vedteken»', async () => {
    for (const doc of documents.filter((d) => d.type === 'orientering' || d.type === 'notat')) {
      await page.goto(server.url + documentUrl(doc));
      const status = await page.$$eval('.doc-meta dt', (dts) =>
        dts.find((dt) => dt.textContent === 'Status')?.nextElementSibling?.textContent?.trim(),
      );
      expect(status, doc.id).toBe('Lagt fram');
    }
  });

  it('prints a document page without the menu, with external URLs spelt out', async () => {
    await page.goto(server.url + STRATEGY);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(build.outDir, '..', 'site-print-check.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const text = await pdfText(file, 1, 999);
    expect(text).toContain('Felles digitaliseringstrategi');
    expect(text).not.toMatch(/Søk og meny|Søk i dokumenta|Opne data/);
    // The footnote's link text is its address: printed once, not followed by «(address)».
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed.split('https://www.forde.kommune.no/velferdsteknologi/').length - 1).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const rows = await page.$$eval(
      'main tr',
      (trs) => trs.filter((tr) => getComputedStyle(tr).breakInside !== 'avoid').length,
    );
    await page.emulateMedia({ media: 'screen' });
    expect(rows, 'table rows that may split across pages').toBe(0);
  });

  it('never writes into content/', async () => {
    expect(await hashTree(CONTENT)).toBe(contentBefore);
  });
});

describe('the PDFs of the example site', () => {
  const NOTAT = 'levanger/orienteringsnotat-til-kontrollutvalget-2022';
  const pdfOf = (id: string): string =>
    urlToFile(build.outDir, documentPdfUrl(documents.find((d) => d.id === id) as PlanDocument));

  it('prints the 8-column budget table of seed 000 on A4 pages with every cell', async () => {
    const key = textKey(await pdfText(pdfOf(NOTAT)));
    for (const cell of [
      '6766',
      'Veibelysning',
      '1 298 012',
      '2 390 000',
      '1 091 988',
      '-590 880',
      'SUM Teknisk enhet',
      '38 849 119',
    ]) {
      expect(key).toContain(textKey(cell));
    }
    for (const { w, h } of await pageSizes(pdfOf(NOTAT)))
      expect(Math.max(w, h)).toBeLessThanOrEqual(842.5);
  });

  // Regression: Chromium wrote each soft hyphen as ActualText U+00AD, so
  // «Levanger» was broken in 31 of 43 places in this document's text layer.
  it('finds «Levanger» whole as often as the body of the orienteringsnotat has it', async () => {
    const doc = documents.find((d) => d.id === NOTAT) as PlanDocument;
    const count = (text: string): number => text.match(/Levanger/g)?.length ?? 0;
    const { text: body } = await renderMarkdown(doc.body, { malform: doc.malform });
    // A word hyphenated at a line end reads as «Le-\nvanger»; a reader's search joins it.
    const pdf = (await pdfText(pdfOf(NOTAT))).replace(/-\n/g, '');
    expect(count(body)).toBeGreaterThan(10);
    expect(count(pdf)).toBeGreaterThanOrEqual(count(body));
  });
});
