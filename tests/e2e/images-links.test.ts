/**
 * Images and links in document bodies, end to end: a fixture site with a
 * figure whose file name has æøå and a space, an SVG, links to another
 * document's heading, to a file beside the document and within the page.
 * Built once in production; Chromium shows the images (naturalWidth > 0),
 * every local link answers 200 from the static server, the PDF embeds the
 * image and tags it as a Figure with its alt text, and its links lead to the
 * public site. A second fixture with a missing image, an escaping path, a
 * remote image and broken links fails `npm run check` and the build alike.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../fixtures/config/planverk.config.ts';
import { useBrowser } from '../helpers/browser.ts';
import { fixtureProject } from '../helpers/project.ts';
import { linkUrls, pdfImages, pdfText, structElements } from '../helpers/pdf-read.ts';
import { serveStatic, type StaticServer } from '../../src/lib/server/static-server.ts';
import { E2E_DIR, listFiles, ROOT, runBuild, type BuildRun } from './helpers/build.ts';

const exec = promisify(execFile);
const FIXTURE = path.join(ROOT, 'tests/fixtures/images-links');
const PLAN = '/dokument/tysnes/digitaliseringsplan-2018-2021/';
const NOTAT = '/dokument/levanger/orienteringsnotat-om-skytenester/';
const PLAN_PDF = `${PLAN}digitaliseringsplan-2018-2021.pdf`;

let build: BuildRun;
let server: StaticServer;
const chromium = useBrowser();
let page: Page;

beforeAll(async () => {
  build = await runBuild({
    content: path.join(FIXTURE, 'content'),
    out: path.join(E2E_DIR, 'images-links-site'),
  });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(build.outDir);
  page = chromium.page;
});

afterAll(async () => {
  await server?.close();
});

describe('a built page with a figure and links', () => {
  it('shows every body image, with its size, as a figure with a caption', async () => {
    await page.goto(`${server.url}${PLAN}`, { waitUntil: 'load' });
    const images = await page.$$eval('.prose img', (list) =>
      (list as HTMLImageElement[]).map((img) => ({
        src: img.getAttribute('src'),
        alt: img.alt,
        loaded: img.complete && img.naturalWidth > 0,
        width: img.getAttribute('width'),
        caption: img.closest('figure')?.querySelector('figcaption')?.textContent,
      })),
    );
    expect(images).toEqual([
      {
        src: `${PLAN}figur-1-loysingar-pa-niva.png`,
        alt: 'Figur 1 Løysingar på ulike nivå',
        loaded: true,
        width: '240',
        caption: 'Figur 1 Løysingar på ulike nivå',
      },
      {
        src: `${PLAN}skjema.svg`,
        alt: 'Skjema over tenestene',
        loaded: true,
        width: '320',
        caption: 'Figur 2 Tenestene i Sunnhordland',
      },
    ]);
  });

  it('keeps images inside the column on a 320 px phone', async () => {
    const phone = await (
      await chromium.newContext({ viewport: { width: 320, height: 700 } })
    ).newPage();
    try {
      await phone.goto(`${server.url}${PLAN}`, { waitUntil: 'load' });
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  });

  it('rewrites every local link to a URL that answers 200, anchors included', async () => {
    const checked: string[] = [];
    for (const from of [PLAN, NOTAT]) {
      await page.goto(`${server.url}${from}`, { waitUntil: 'load' });
      const hrefs = await page.$$eval('.prose a[href]', (list) =>
        list.map((a) => a.getAttribute('href') ?? ''),
      );
      for (const href of hrefs) {
        const url = new URL(href, `${server.url}${from}`);
        const response = await fetch(url);
        expect(response.status, href).toBe(200);
        if (url.hash) {
          const html = await response.text();
          expect(html, href).toContain(`id="${url.hash.slice(1)}"`);
        }
        checked.push(href);
      }
    }
    expect(checked).toEqual([
      `${NOTAT}#bakgrunn`,
      `${PLAN}rapport-fra-ikt-gruppa.txt`,
      '#vurdering',
      `${PLAN}#samanheng`,
    ]);
  });

  it('never publishes a file only a draft uses', async () => {
    const files = await listFiles(build.outDir);
    expect(files.filter((f) => f.includes('skisse'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dokument/tysnes/'))).toContain(
      'dokument/tysnes/digitaliseringsplan-2018-2021/figur-1-loysingar-pa-niva.png',
    );
  });
});

describe('the PDF of a document with a figure', () => {
  const pdfFile = (): string => path.join(build.outDir, ...PLAN_PDF.split('/'));

  it('embeds the PNG at its pixel size', async () => {
    const sizes = (await pdfImages(pdfFile())).map((i) => `${i.width}x${i.height}`);
    expect(sizes).toContain('240x140');
  });

  it('tags the figures with their alt text and links to the public pages', async () => {
    const figures = (await structElements(pdfFile()))
      .filter((e) => e.role === 'Figure' && e.alt)
      .map((e) => e.alt);
    expect(figures).toEqual(
      expect.arrayContaining(['Figur 1 Løysingar på ulike nivå', 'Skjema over tenestene']),
    );
    const uris = await linkUrls(pdfFile());
    expect(uris).toContain(new URL(`${NOTAT}#bakgrunn`, config.baseUrl).href);
    expect(uris.filter((u) => u.includes('127.0.0.1'))).toEqual([]);
  });

  it('lists the figure captions in the text', async () => {
    const stdout = await pdfText(pdfFile());
    expect(stdout.replaceAll('\u00ad', '')).toContain('Figur 2 Tenestene i Sunnhordland');
  });
});

describe('bad images and links', () => {
  const broken = 'tests/fixtures/images-links/broken/content';

  // One CLI run, which both tests read: the same folder checks the same.
  let checked: Promise<{ code: number; stdout: string }> | undefined;
  const check = () => (checked ??= runCheck());

  async function runCheck(): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await exec(process.execPath, ['scripts/check.ts', '--dir', broken], {
        cwd: await fixtureProject('images-links-check'),
      });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  }

  it('fail `npm run check` with exit 1, naming file, line and fix', async () => {
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchSnapshot();
  });

  it('stop the build with the same problems, before Astro runs', async () => {
    const run = await runBuild({
      content: path.join(ROOT, broken),
      out: path.join(E2E_DIR, 'images-links-broken'),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/astro: \d+ pages?/);
    const lines = (await check()).stdout;
    for (const line of lines.split('\n').filter((l) => l.includes('  error  '))) {
      expect(run.stderr).toContain(line.trim());
    }
    await expect(
      readFile(path.join(E2E_DIR, 'images-links-broken', 'index.html')),
    ).rejects.toThrow();
  });
});
