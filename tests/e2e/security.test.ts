import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../fixtures/config/planverk.config.ts';
import { launchChromium } from '../../src/lib/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { sitePolicy } from '../../src/lib/site/csp.ts';
import { E2E_DIR, listFiles, pageUrls, runBuild, sharedBuild } from './helpers/build.ts';

// Two fixture sites built by the real `npm run build`, served with the
// headers of their own `_headers` file, opened in Debian Chromium:
// - fiendtleg: an author who writes script everywhere they can (titles,
//   names, raw HTML, links, attachments). No script of theirs may run on any
//   published page or file, and nothing may load from outside the site.
// - search: an example-like site, which must work under its policy (search
//   from the real Pagefind index, filters, the phone menu, social cards).
// Every page fails the test on a `securitypolicyviolation` event or a CSP
// error on the console.
const HOSTILE = path.join(E2E_DIR, 'security-hostile');
let SITE: string;
const ENV = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };

let browser: Browser;
let hostile: StaticServer;
let site: StaticServer;

beforeAll(async () => {
  const runs = [
    await runBuild({ content: 'tests/fixtures/site/fiendtleg/content', out: HOSTILE, env: ENV }),
    // The search fixture's build is shared with search.test.ts (both only read it).
    await sharedBuild({ content: ['tests/fixtures/search/content'], env: ENV }),
  ];
  for (const run of runs) {
    if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  }
  SITE = runs[1]?.outDir ?? '';
  hostile = await serveStatic(HOSTILE, { headersFile: true });
  site = await serveStatic(SITE, { headersFile: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hostile?.close();
  await site?.close();
});

/** What a watched browser context saw that it must not. */
interface Report {
  outside: string[];
  dialogs: string[];
  console: string[];
  errors: string[];
}

/**
 * A context that aborts and records every request leaving `origin`, records
 * dialogs, console CSP errors and page errors, and collects
 * `securitypolicyviolation` events in `window.__csp` from before any script runs.
 */
async function watched(
  origin: string,
  width = 1280,
): Promise<{ context: BrowserContext; report: Report }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const report: Report = { outside: [], dialogs: [], console: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    report.outside.push(url);
    return route.abort();
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __csp: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  context.on('page', (page) => watchPage(page, report));
  return { context, report };
}

function watchPage(page: Page, report: Report): void {
  page.on('dialog', (dialog) => {
    report.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    // Chromium's own viewer for text and XML files styles its <pre> inline,
    // which their sandbox policy refuses: that is the browser, not the site.
    if (/\.(txt|xml)$/.test(page.url())) return;
    if (/Content.Security.Policy|Refused to/i.test(message.text()))
      report.console.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.errors.push(error.message));
}

/** The author's markers and the policy violations seen by the page now open. */
const probe = (page: Page): Promise<{ pwned: unknown; csp: string[] }> =>
  page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __csp?: string[] };
    return { pwned: w.__pwned, csp: w.__csp ?? [] };
  });

describe('a hostile author (fiendtleg fixture)', () => {
  it('runs no script of theirs and loads nothing from outside, on any published HTML, SVG or text file', async () => {
    const files = await listFiles(HOSTILE);
    const pages = await pageUrls(HOSTILE);
    const opened = [
      ...pages,
      ...files.filter((f) => /\.(svg|txt|xml)$/i.test(f)).map((f) => `/${f}`),
    ];
    expect(opened.length).toBeGreaterThan(10);
    expect(files).toContain('dokument/tysnes/farleg-plan/skjema.svg');
    expect(files).toContain('dokument/tysnes/farleg-plan/skjema-vedlegg.svg');
    const { context, report } = await watched(hostile.url);
    const page = await context.newPage();
    const seen: Record<string, unknown> = {};
    for (const url of opened) {
      const response = await page.goto(`${hostile.url}${url}`, { waitUntil: 'load' });
      expect(response?.status(), url).toBeLessThan(400);
      if (/\.svg$/.test(url))
        expect(response?.headers()['content-security-policy'], url).toMatch(/sandbox/);
      // Give a delayed payload (a timer, an image error) the time to fire.
      await page.waitForTimeout(50);
      const { pwned, csp } = await probe(page);
      if (pwned !== undefined) seen[url] = pwned;
      if (url.endsWith('/') || url.endsWith('.html')) expect(csp, url).toEqual([]);
    }
    expect(seen).toEqual({});
    expect(report).toEqual({ outside: [], dialogs: [], console: [], errors: [] });
    await context.close();
  });

  it('shows the title’s markup as text, never as elements', async () => {
    const { context } = await watched(hostile.url);
    const page = await context.newPage();
    await page.goto(`${hostile.url}/dokument/tysnes/farleg-plan/`);
    expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(
      await page.locator('main script, main img[onerror], main iframe, main form').count(),
    ).toBe(0);
    await context.close();
  });
});

describe('the site under its Content-Security-Policy (search fixture)', () => {
  const policy = sitePolicy(config);

  it('carries the policy first in <head> on every page, and every page loads without a violation', async () => {
    const { context, report } = await watched(site.url);
    const page = await context.newPage();
    const urls = [...(await pageUrls(SITE)), '/finst-ikkje/'];
    for (const url of urls) {
      await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
      const meta = await page.evaluate(() => {
        const head = [...document.head.children].map((e) => e.outerHTML);
        const at = head.findIndex((h) => /http-equiv="Content-Security-Policy"/i.test(h));
        const el = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
        return { at, content: el?.getAttribute('content') };
      });
      expect(meta, url).toEqual({ at: 1, content: policy }); // right after <meta charset>
      expect((await probe(page)).csp, url).toEqual([]);
    }
    expect(report).toEqual({ outside: [], dialogs: [], console: [], errors: [] });
    await context.close();
  });

  it('searches the real Pagefind index and filters the results', async () => {
    const { context, report } = await watched(site.url);
    const page = await context.newPage();
    await page.goto(`${site.url}/sok/`);
    await page.locator('[data-count]:not(:empty)').waitFor();
    await page.getByLabel('Søk i dokumenta').last().fill('gangbru');
    await expect
      .poll(() =>
        page
          .locator('[data-results] h3 a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      )
      .toEqual(['/dokument/ardal/saksframlegg-gangbru-2019/']);
    await page.getByLabel('Søk i dokumenta').last().fill('');
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('6 dokument');
    await page.getByLabel('Nynorsk (3)').check();
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('3 dokument');
    expect((await probe(page)).csp).toEqual([]);
    expect(report).toEqual({ outside: [], dialogs: [], console: [], errors: [] });
    await context.close();
  });

  it('opens the phone menu at 390 px and loads every social card', async () => {
    const { context, report } = await watched(site.url, 390);
    const page = await context.newPage();
    const docs = (await pageUrls(SITE)).filter((u) => /^\/dokument\/.+\/.+\//.test(u));
    expect(docs.length).toBeGreaterThan(3);
    for (const url of docs) {
      await page.goto(`${site.url}${url}`);
      const card = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(card, url).toMatch(/^https:\/\/.+\/bilde\/.+\.png$/);
      // The card through the page itself, so the policy's img-src is what allows it.
      const width = await page.evaluate(
        async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img.naturalWidth;
        },
        new URL(card ?? '').pathname,
      );
      expect(width, url).toBe(1200);
    }
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    expect(await page.locator('.site-nav a').last().isVisible()).toBe(true);
    expect((await probe(page)).csp).toEqual([]);
    expect(report).toEqual({ outside: [], dialogs: [], console: [], errors: [] });
    await context.close();
  });
});
