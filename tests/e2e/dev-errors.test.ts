/**
 * `npm run dev` on content with errors: every page is a readable list of
 * the problems (file:line, field, message, in the site's målform) instead of
 * a bare HTTP 500, and once the clerk saves the fixed file the site is back.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/browser/chromium.ts';
import { fixtureProject } from '../helpers/project.ts';
import { devEnv, freePort, poll, stop } from './helpers/dev-server.ts';
import { ROOT } from './helpers/build.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/site/broken-status/content');
const UPDATE = path.join('statusoppdateringar', 'haust-2025.yaml');

/**
 * Opens `url` in Chromium and returns the Content-Security-Policy violations
 * it raised (events and console errors) and the colour of its <h1>, which
 * shows whether its styles were allowed to apply. Both pages load Vite's
 * client, whose last step after the load is its WebSocket to the dev server
 * (what `connect-src` could refuse): the page is read once the client of its
 * latest document says it connected, or that it could not. Vite reloads the
 * page when it has bundled dependencies it found late (seen under load: the
 * read then met a destroyed page), so a reload means waiting again.
 */
async function underPolicy(url: string): Promise<{ violations: string[]; h1: string }> {
  // One browser for the file; a page of its own per visit.
  browser ??= launchChromium();
  const page = await (await browser).newPage();
  try {
    const violations: string[] = [];
    let documents = 0;
    let connectedIn = -1;
    let wake: (() => void) | undefined;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) documents += 1;
    });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
      if (/^\[vite\] (connected\.|failed to connect)/.test(m.text())) {
        connectedIn = documents;
        wake?.();
      }
    });
    const clientDone = async (): Promise<void> => {
      while (connectedIn !== documents) await new Promise<void>((resolve) => (wake = resolve));
    };
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content-Security-Policy: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(url, { waitUntil: 'load' });
    for (let reloads = 0; ; reloads += 1) {
      await clientDone();
      const seen = documents;
      try {
        // A round trip through the page: a violation event queued before the
        // client's message has been dispatched (and logged) by the time it returns.
        await page.evaluate(() => new Promise((done) => setTimeout(done)));
        const h1 = await page
          .locator('h1')
          .first()
          .evaluate((e) => getComputedStyle(e).color);
        return { violations, h1 };
      } catch (error) {
        const reloaded =
          documents !== seen || /Execution context was destroyed/.test(String(error));
        if (!reloaded || reloads >= 3) throw error;
      }
    }
  } finally {
    await page.close();
  }
}

let browser: Promise<Browser> | undefined;
afterAll(async () => {
  await (await browser)?.close();
});

describe('the dev server on content with errors', () => {
  it('shows the problem list, then the site once the file is fixed', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'planverk-dev-'));
    await cp(FIXTURE, content, { recursive: true });
    const port = await freePort();
    let log = '';
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
      {
        cwd: await fixtureProject('dev-errors'),
        detached: true,
        env: devEnv({ PLANVERK_CONTENT_DIR: content, PLANVERK_TODAY: '2025-10-01' }),
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      // Deadlines for a hang, not for speed: astro dev beside another file's
      // build on two busy cores takes well over its idle ~5 s to answer.
      const broken = await poll(`${base}/tiltak/`, (s) => s === 500, 90_000);
      expect(broken.html).toContain('<html lang="nn">');
      expect(broken.html).toContain('<h1>Innhaldet har feil</h1>');
      expect(broken.html).toContain(`${UPDATE.split(path.sep).join('/')}:6`);
      expect(broken.html).toContain('<code>oppdateringar[0].tiltak</code>');
      expect(broken.html).toContain('Meinte du «meirope-bibliotek»?');
      expect(broken.html).toContain('Datoen «31.02.2025» finst ikkje i kalenderen.');
      expect(broken.html).not.toMatch(/\sat .+:\d+:\d+/);
      // The problem page carries its own policy; its hashed style applies, nothing is refused.
      expect(broken.html).toContain('http-equiv="Content-Security-Policy"');
      expect(await underPolicy(`${base}/tiltak/`)).toEqual({
        violations: [],
        h1: 'rgb(164, 22, 26)',
      });
      // The front page is held back too: it is not the site while the content is wrong.
      expect((await poll(`${base}/`, (s) => s === 500, 60_000)).html).toContain(
        'Innhaldet har feil',
      );

      const file = path.join(content, UPDATE);
      const fixed = (await readFile(file, 'utf8'))
        .replace('meirope-bibloitek', 'meirope-bibliotek')
        .replace('31.02.2025', '26.09.2025');
      await writeFile(file, fixed);
      const page = await poll(`${base}/tiltak/`, (s) => s === 200, 60_000);
      expect(page.html).toContain('Meiropent bibliotek på laurdagar.');
      // The dev site under its (dev) policy: Vite's injected styles and scripts are allowed.
      expect(page.html).toContain('http-equiv="Content-Security-Policy"');
      expect((await underPolicy(`${base}/tiltak/`)).violations).toEqual([]);
    } catch (error) {
      throw new Error(`dev server log:\n${log}`, { cause: error });
    } finally {
      stop(child);
      await rm(content, { recursive: true, force: true });
    }
  });
});
