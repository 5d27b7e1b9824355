/**
 * printDocument writes every print page after the first into the document
 * already open in its Playwright page (openPrintPage) instead of navigating:
 * the finished PDF must be the same bytes as from a fresh page, and the
 * document must behave as if navigated to (its URL, relative links, its
 * own fonts and page rules, nothing left from the page before). Real
 * Chromium, the PDF step's print server, a small site written here.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from '../helpers/browser.ts';
import { finishPrint } from '../../src/lib/pdf/finish.ts';
import { readOutline } from '../../src/lib/pdf/outline.ts';
import { servePrintSite, type PrintServer } from '../../src/lib/pdf/print-server.ts';
import {
  PrintError,
  openPrintPage,
  preparePrintPage,
  printDocument,
} from '../../src/lib/pdf/print-document.ts';
import type { PdfInfo } from '../../src/lib/pdf/metadata.ts';

const FONT = 'node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2';

/** A print page: a TOC over `sections` headings, its own running header, a relative link. */
function printPage(title: string, lang: string, sections: number, words: number): string {
  const toc = Array.from(
    { length: sections },
    (_, i) =>
      `<li><a href="#s${i}">Del ${i}</a> <span data-toc-page="s${i}" style="display:inline-block;width:3em"></span></li>`,
  ).join('');
  const body = Array.from(
    { length: sections },
    (_, i) =>
      `<h2 id="s${i}">Del ${i}</h2><p>${'Levanger kommune vedtek planen for neste periode. '.repeat(words + i * 3)}</p>`,
  ).join('');
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title>
    <link rel="stylesheet" href="/print.css">
    <style>@page { @top-left { content: "${title}"; } }</style></head>
    <body><nav><ol>${toc}</ol></nav><main><h1>${title}</h1>${body}
    <p><a id="rel" href="vedlegg/a.pdf">vedlegg</a></p></main></body></html>`;
}

const info = (title: string): PdfInfo => ({
  title,
  author: 'Planverk',
  subject: 'Test',
  keywords: [],
  language: 'nb',
  created: new Date('2020-01-01T00:00:00Z'),
});

let dir: string;
let server: PrintServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'planverk-pdf-reuse-'));
  await copyFile(FONT, path.join(dir, 'serif.woff2'));
  await writeFile(
    path.join(dir, 'print.css'),
    '@font-face { font-family: T; src: url(/serif.woff2) format("woff2"); }\n' +
      '@page { size: A4; margin: 20mm; @bottom-right { content: counter(page); } }\n' +
      'body { font: 11pt/1.5 T; }',
  );
  const pages: [string, string][] = [
    ['a', printPage('Første dokument', 'nb', 6, 40)],
    ['b', printPage('Andre dokumentet', 'nn', 9, 25)],
    [
      'csp',
      printPage('Strengt', 'nb', 1, 5).replace(
        '<head>',
        `<head><meta http-equiv="Content-Security-Policy" content="style-src 'none'; font-src 'none'">`,
      ),
    ],
  ];
  for (const [slug, html] of pages) {
    await mkdir(path.join(dir, 'utskrift', slug), { recursive: true });
    await writeFile(path.join(dir, 'utskrift', slug, 'index.html'), html);
  }
  server = await servePrintSite(dir);
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a print page written into the open document', () => {
  it('gives the same PDF, byte for byte, as a fresh page', async () => {
    const url = `${server.url}/utskrift/b/`;
    const print = async (before: string | undefined) => {
      const page = await browser.newPage();
      await preparePrintPage(page);
      if (before) await printDocument(page, `${server.url}/utskrift/${before}/`);
      const result = await printDocument(page, url, {
        finish: (pdf, headings) => finishPrint(pdf, info('Andre dokumentet'), headings),
      });
      await page.close();
      return result;
    };
    const fresh = await print(undefined);
    const reused = await print('a');
    expect(Buffer.from(reused.pdf).equals(Buffer.from(fresh.pdf))).toBe(true);
    // It is b's PDF: b's headings, TOC numbers where b's headings are.
    expect(reused.headings).toContain('Andre dokumentet');
    expect(reused.headings).not.toContain('Første dokument');
    expect(Object.keys(reused.tocPages)).toHaveLength(9);
    const outline = await readOutline(reused.pdf);
    expect(outline.map((entry) => entry.title)).toContain('Del 8');
  });

  it('has the URL, language, links and fonts a navigation would give it', async () => {
    const page = await browser.newPage();
    await preparePrintPage(page);
    await openPrintPage(page, `${server.url}/utskrift/a/`);
    await page.evaluate(() => {
      document.body.dataset['left'] = 'over';
    });
    await openPrintPage(page, `${server.url}/utskrift/b/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const state = await page.evaluate(() => ({
      path: location.pathname,
      lang: document.documentElement.lang,
      title: document.title,
      link: (document.getElementById('rel') as HTMLAnchorElement).href,
      left: document.body.dataset['left'],
      font: document.fonts.check('11pt T'),
    }));
    expect(state).toEqual({
      path: '/utskrift/b/',
      lang: 'nn',
      title: 'Andre dokumentet',
      link: `${server.url}/utskrift/b/vedlegg/a.pdf`,
      left: undefined,
      font: true,
    });
    await page.close();
  });

  it('navigates after a page whose <meta> policy would carry over to the next', async () => {
    const page = await browser.newPage();
    await preparePrintPage(page);
    await openPrintPage(page, `${server.url}/utskrift/a/`);
    await openPrintPage(page, `${server.url}/utskrift/csp/`);
    // The policy holds on its own page: print.css is blocked there.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).not.toBe(
      '14.6667px',
    );
    await openPrintPage(page, `${server.url}/utskrift/b/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(
      await page.evaluate(() => ({
        size: getComputedStyle(document.body).fontSize,
        font: document.fonts.check('11pt T'),
        title: document.title,
      })),
    ).toEqual({ size: '14.6667px', font: true, title: 'Andre dokumentet' });
    await page.close();
  });

  it('refuses a print page the server does not have, as a navigation does', async () => {
    const page = await browser.newPage();
    await preparePrintPage(page);
    await openPrintPage(page, `${server.url}/utskrift/a/`);
    await expect(openPrintPage(page, `${server.url}/utskrift/none/`)).rejects.toThrow(PrintError);
    await expect(openPrintPage(page, `${server.url}/utskrift/none/`)).rejects.toThrow(/404/);
    await page.close();
  });
});
