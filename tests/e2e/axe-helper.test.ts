/**
 * The axe helper (tests/helpers/axe.ts) every browser test relies on must not
 * pass what it cannot see: on small hostile pages it reports exactly their
 * faults, each at the width where it is one, and finds what
 * @axe-core/playwright's AxeBuilder finds with the same axe-core.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { axeCheck, compareWithAxeBuilder } from '../helpers/axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { E2E_DIR } from './helpers/build.ts';

const DIR = path.join(E2E_DIR, 'axe-helper');

/** A page that is clean but for `body` (and `style`). */
const html = (body: string, style = '') => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prøve</title><style>body { margin: 0; font: 16px/1.5 sans-serif; } ${style}</style></head>
<body><main><h1>Prøve</h1>${body}</main></body></html>`;

const PAGES: Record<string, string> = {
  'clean/index.html': html('<p>Ein heilt vanleg side.</p>'),
  // Grey #aaa on white is 2.3:1; AA needs 4.5:1 — at every width.
  'contrast/index.html': html('<p class="pale">Blek tekst.</p>', '.pale { color: #aaa; }'),
  // Two links that shrink to 12 px side by side on a narrow screen only:
  // axe's target-size (WCAG 2.2 AA, 2.5.8), at 390 px and not at 1280 px.
  'narrow/index.html': html(
    '<p class="icons"><a href="/clean/" id="first">A</a><a href="/contrast/">B</a></p>',
    '.icons a { display: inline-block; padding: 12px; }' +
      ' @media (max-width: 600px) { .icons a { padding: 0; width: 12px; height: 12px; overflow: hidden; } }',
  ),
  'framed/index.html': html('<iframe src="/clean/" title="Ei anna side"></iframe>'),
  '404.html': html('<p>Finst ikkje.</p>'),
};

let server: StaticServer;
const chromium = useBrowser();
let page: Page;

beforeAll(async () => {
  await rm(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(PAGES)) {
    await mkdir(path.dirname(path.join(DIR, file)), { recursive: true });
    await writeFile(path.join(DIR, file), text);
  }
  server = await serveStatic(DIR);
  page = chromium.page;
});

afterAll(async () => {
  await server?.close();
});

describe('axeCheck', () => {
  it('reports exactly the faults of hostile pages, at the width where each is one', async () => {
    const failures = await axeCheck(page, server.url, [
      '/clean/',
      '/contrast/',
      '/narrow/',
      '/framed/',
      '/finst-ikkje/',
    ]);
    expect(failures).toEqual([
      '/finst-ikkje/: HTTP 404',
      '/framed/: has frames, which this check does not enter',
      '1280px /contrast/: color-contrast (1) p',
      '390px /contrast/: color-contrast (1) p',
      '390px /narrow/: target-size (2) #first',
    ]);
  });

  it('spreads the URLs over the tabs asked for and closes the extra ones', async () => {
    const seen = new Map<Page, string[]>();
    const urls = ['/clean/', '/contrast/', '/narrow/', '/clean/?2', '/contrast/?2', '/narrow/?2'];
    const failures = await axeCheck(page, server.url, urls, {
      tabs: 3,
      visit: async (tab, url) => void seen.set(tab, [...(seen.get(tab) ?? []), url]),
    });
    expect(seen.size).toBe(3);
    expect([...seen.values()].flat().sort()).toEqual([...urls].sort());
    expect(page.context().pages()).toEqual([page]);
    // Same faults from every copy, whichever tab had it.
    expect(failures.filter((f) => f.includes('/contrast/'))).toHaveLength(4);
    expect(failures.filter((f) => f.includes('/narrow/'))).toHaveLength(2);
  });

  it('adds the lines a visit returns and accepts the status it is told to', async () => {
    const failures = await axeCheck(page, server.url, ['/finst-ikkje/'], {
      status: (status) => status === 404,
      visit: async (tab, url) => [`${url}: ${await tab.locator('p').textContent()}`],
    });
    expect(failures).toEqual(['/finst-ikkje/: Finst ikkje.']);
  });

  it('finds the same rules as AxeBuilder with the same axe-core', async () => {
    for (const url of ['/contrast/', '/narrow/']) {
      await page.setViewportSize({ width: 390, height: 900 });
      await page.goto(server.url + url);
      const { ours, theirs } = await compareWithAxeBuilder(page);
      expect(ours.violations, url).toEqual(theirs.violations);
      expect(ours.passes, url).toEqual(theirs.passes);
      expect(ours.violations.length, url).toBeGreaterThan(0);
    }
  });
});
