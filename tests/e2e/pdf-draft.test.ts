/**
 * The draft print that finds the TOC numbers on a cold cache
 * (src/lib/pdf/print-document.ts) paints nothing, so it must break the
 * pages exactly where a full print does: checked on a page made to move
 * headings around (long paragraphs, a table that breaks, an image, a
 * landscape named page, headings kept with what follows), in real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from '../helpers/browser.ts';
import { PDF_OPTIONS } from '../../src/lib/pdf/layout.ts';
import { readDestinationPages } from '../../src/lib/pdf/outline.ts';
import { preparePrintPage, printDraft } from '../../src/lib/pdf/print-document.ts';

const SECTIONS = 24;

/** A print page with a TOC linking to every heading, and content that breaks unevenly. */
function html(): string {
  const toc = Array.from(
    { length: SECTIONS },
    (_, i) => `<li><a href="#s${i}">Del ${i}</a></li>`,
  ).join('');
  const body = Array.from({ length: SECTIONS }, (_, i) => {
    const words = 'Levanger kommune vedtek planen for neste periode. '.repeat(8 + ((i * 7) % 23));
    const rows = Array.from(
      { length: (i * 5) % 17 },
      (_, r) => `<tr><td>${r}</td><td>${words.slice(0, 40)}</td></tr>`,
    ).join('');
    const wide =
      i % 9 === 4
        ? '<div style="page: wide; break-before: page">' +
          '<table><tr>' +
          '<td>x</td>'.repeat(30) +
          '</tr></table></div>'
        : '';
    const image =
      i % 5 === 2
        ? '<img alt="" style="display:block;width:120mm;height:70mm" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%2210%22 height=%2210%22%3E%3Crect width=%2210%22 height=%2210%22 fill=%22teal%22/%3E%3C/svg%3E">'
        : '';
    return `<h2 id="s${i}" style="break-after: avoid">Del ${i}</h2><p style="orphans:3;widows:3">${words}</p>${image}<table style="break-inside:auto">${rows}</table>${wide}`;
  }).join('');
  return `<!doctype html><html lang="nn"><head><style>
    @page { size: A4; margin: 20mm; @bottom-right { content: counter(page); } }
    @page wide { size: A4 landscape; }
    body { font: 11pt/1.5 serif; }
    tr { break-inside: avoid; }
  </style></head><body><nav><ol>${toc}</ol></nav><main>${body}</main></body></html>`;
}

describe('the TOC draft print', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await connectBrowser();
    page = await browser.newPage();
    await preparePrintPage(page);
    await page.setContent(html(), { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('puts every heading on the page a full print puts it on, painting nothing', async () => {
    const full = await page.pdf({ ...PDF_OPTIONS, tagged: false, outline: false });
    const draft = await printDraft(page);
    const fullPages = await readDestinationPages(full);
    expect(Object.keys(fullPages)).toHaveLength(SECTIONS);
    // Spread over many pages, so a shifted break would show.
    expect(new Set(Object.values(fullPages)).size).toBeGreaterThan(8);
    expect(await readDestinationPages(draft)).toEqual(fullPages);
    // Nothing painted: no fonts or images embedded.
    expect(draft.byteLength).toBeLessThan(full.byteLength / 4);
  });

  it('leaves the page as it was for the tagged print', async () => {
    const before = await page.pdf(PDF_OPTIONS);
    await printDraft(page);
    const after = await page.pdf(PDF_OPTIONS);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(after.byteLength).toBeGreaterThan(before.byteLength * 0.9);
    expect(await readDestinationPages(after)).toEqual(await readDestinationPages(before));
  });
});
