/**
 * The TOC numbers of a cold print are guessed from the page's own layout
 * (src/lib/pdf/estimate-pages.ts) and checked on the bookmarks of the
 * tagged print: a right guess prints once, a wrong one prints again, and
 * either way every TOC number is the page its heading prints on. In real
 * Chromium, on print pages served as the PDF step serves them.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../helpers/browser.ts';
import { readDestinationPages } from '../../src/lib/pdf/outline.ts';
import { preparePrintPage, printDocument } from '../../src/lib/pdf/print-document.ts';
import { servePrintSite, type PrintServer } from '../../src/lib/pdf/print-server.ts';

const SECTIONS = 14;

/**
 * A print page with a TOC of every section and sections of uneven length,
 * paged like the print layout (its margins are the ones the guess assumes).
 * With `shifted`, a block the page's own layout never shows is added for
 * the print only (beforeprint), so every heading lands later than guessed.
 */
function html(shifted: boolean): string {
  const toc = Array.from(
    { length: SECTIONS },
    (_, i) =>
      `<li><a href="#s${i}"><span>Del ${i}</span> <span data-toc-page="s${i}" style="display:inline-block;width:3em"></span></a></li>`,
  ).join('');
  const body = Array.from({ length: SECTIONS }, (_, i) => {
    const words = 'Levanger kommune vedtek planen for neste periode. '.repeat(10 + ((i * 7) % 19));
    return `<h2 id="s${i}" style="break-after: avoid">Del ${i}</h2><p>${words}</p><p>${words.slice(0, 300)}</p>`;
  }).join('');
  const shift = shifted
    ? `<script>
        addEventListener('beforeprint', () => {
          const block = document.createElement('div');
          block.id = 'shift';
          block.style.height = '160mm';
          document.querySelector('main').prepend(block);
        });
        addEventListener('afterprint', () => document.getElementById('shift')?.remove());
      </script>`
    : '';
  return `<!doctype html><html lang="nn"><head><title>Prøve</title><style>
    @page { size: A4; margin: 22mm 20mm 20mm 20mm; }
    html { font: 10.5pt/1.45 serif; }
    body { margin: 0; }
    p { orphans: 3; widows: 3; margin: 0 0 2.5mm; }
  </style>${shift}</head><body><h1>Prøve</h1><nav><ol>${toc}</ol></nav><main>${body}</main></body></html>`;
}

describe('the TOC guess', () => {
  let dir: string;
  let server: PrintServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'planverk-toc-guess-'));
    for (const [name, shifted] of [
      ['right', false],
      ['wrong', true],
    ] as const) {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, 'index.html'), html(shifted));
    }
    server = await servePrintSite(dir);
    browser = await connectBrowser();
    page = await browser.newPage();
    await preparePrintPage(page);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Each TOC anchor's page in the printed PDF (its link destination). */
  async function printedPages(pdf: Uint8Array): Promise<Record<string, number>> {
    const found = await readDestinationPages(pdf);
    return Object.fromEntries(
      Array.from({ length: SECTIONS }, (_, i) => [`s${i}`, found[`s${i}`] as number]),
    );
  }

  it('prints once when the guess holds, with every number right', async () => {
    const result = await printDocument(page, `${server.url}/right/`);
    const pages = await printedPages(result.pdf);
    // Spread over several pages, so a guess that ignored the breaks would show.
    expect(new Set(Object.values(pages)).size).toBeGreaterThan(4);
    expect(result.tocPages).toEqual(pages);
    expect(result.passes).toBe(1);
  });

  it('prints again when the guess is wrong, and the numbers are the printed pages', async () => {
    const result = await printDocument(page, `${server.url}/wrong/`);
    const pages = await printedPages(result.pdf);
    expect(result.tocPages).toEqual(pages);
    expect(result.passes).toBe(2);
    // The same page without the print-only block: every heading earlier, so the guess was off.
    const right = await printedPages((await printDocument(page, `${server.url}/right/`)).pdf);
    expect(Object.keys(pages).some((id) => (pages[id] as number) > (right[id] as number))).toBe(
      true,
    );
  });
});
