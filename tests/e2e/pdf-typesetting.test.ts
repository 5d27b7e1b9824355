/**
 * The typesetting rules of the official PDF, checked on the printed pages
 * (positions per page read with pdfjs-dist) of fixtures made to provoke them
 * (tests/fixtures/pdf/typesetting, written by its make-fixture.ts; printed
 * without the rules, each one breaks its rule):
 * - a short table (≤ 12 rows) is never split across pages;
 * - no page starts or ends with a single row of a table;
 * - headings and table header cells are never hyphenated;
 * - a heading never ends a page.
 * And Ctrl+P: the web page of a 12-column table, printed by Chromium with
 * print media (what the browser's print dialog does), holds every cell,
 * each inside its page.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, WEB_INTRO } from '../fixtures/pdf/typesetting/make-fixture.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../../src/lib/server/static-server.ts';
import { fixtureDocumentsBuild } from './helpers/build.ts';
import { lines, placedText, type PlacedText } from './pdf-layout.ts';

/** Rows of the short tables: at most this many, they must never split. */
const SHORT_ROWS = 12;

const pdfs = new Map<string, PlacedText[]>();
/** The web page of `brei-nettabell` printed as Ctrl+P would, portrait A4 by default. */
let webPrint: PlacedText[] = [];

beforeAll(async () => {
  // One build with other fixtures' documents (fixtureDocumentsBuild); only
  // this fixture's own PDFs and page are read.
  const run = await fixtureDocumentsBuild();
  if (run.code !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  for (const name of Object.keys(FIXTURES)) {
    pdfs.set(name, await placedText(path.join(run.outDir, 'dokument/tysnes', name, `${name}.pdf`)));
  }
  const server = await serveStatic(run.outDir);
  const browser = await connectBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dokument/tysnes/brei-nettabell/`);
    await page.emulateMedia({ media: 'print' });
    webPrint = await placedText(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  } finally {
    await browser.close();
    await server.close();
  }
}, 600_000);

/** Per table id (`K3`): the rows it has and how many land on each page. */
function tableRows(placed: readonly PlacedText[]): Map<string, Map<number, number>> {
  const tables = new Map<string, Map<number, number>>();
  for (const run of placed) {
    const match = /^([A-Z]\d*)R\d{2}$/.exec(run.text.trim());
    if (!match) continue;
    const pages = tables.get(match[1] as string) ?? new Map<number, number>();
    pages.set(run.page, (pages.get(run.page) ?? 0) + 1);
    tables.set(match[1] as string, pages);
  }
  return tables;
}

/** Lines of the page body: without the running header (above the text block) and the footer. */
function bodyLines(placed: readonly PlacedText[]): PlacedText[] {
  return lines(placed).filter((l) => l.top > 60 && !l.text.startsWith('Offisiell versjon'));
}

/** The heading texts and table header words of a fixture's Markdown. */
function headingWords(markdown: string): string[] {
  const headings = markdown.split('\n').flatMap((line) => {
    if (/^#{2,6} /.test(line)) return [line.replace(/^#+ /, '')];
    if (/^tittel: /.test(line)) return [line.slice('tittel: '.length)];
    return [];
  });
  const headerRows = markdown
    .split('\n')
    .filter((line, i, all) => line.startsWith('|') && /^\|[-:| ]+\|$/.test(all[i + 1] ?? ''));
  return [...headings, ...headerRows].flatMap((text) => text.split(/[\s|]+/)).filter(Boolean);
}

describe('PDF typesetting', () => {
  it('keeps every short table on one page', () => {
    const tables = tableRows(pdfs.get('korte-tabellar') ?? []);
    expect(tables.size).toBe(9);
    for (const [id, pages] of tables) {
      const rows = [...pages.values()].reduce((a, b) => a + b, 0);
      expect(rows).toBeLessThanOrEqual(SHORT_ROWS);
      expect([...pages.keys()], `table ${id}`).toHaveLength(1);
    }
  });

  it('never leaves a single table row at the foot or the head of a page', () => {
    let split = 0;
    for (const name of ['lange-tabellar', 'ei-rad-for-mykje', 'ei-rad-att', 'korte-tabellar']) {
      for (const [id, pages] of tableRows(pdfs.get(name) ?? [])) {
        if (pages.size > 1) split += 1;
        for (const [page, rows] of pages) {
          expect(rows, `${name}: table ${id} on page ${page}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
    // The long tables do split (between rows): the rule is tested, not avoided.
    expect(split).toBeGreaterThan(3);
  });

  it('never hyphenates a heading or a table header cell', () => {
    for (const [name, markdown] of Object.entries(FIXTURES)) {
      const words = headingWords(markdown);
      for (const run of pdfs.get(name) ?? []) {
        const broken = /(\p{L}+)-$/u.exec(run.text.trim())?.[1];
        if (broken === undefined) continue;
        // A break at a hyphen the word has («Korona-relatert») is a line break, not hyphenation.
        const split = words.find(
          (w) => w !== broken && w.startsWith(broken) && !w.startsWith(`${broken}-`),
        );
        expect(split, `${name}: «${run.text}» on page ${run.page}`).toBeUndefined();
      }
    }
    // The headings are long enough to wrap: they would be hyphenated if the rule failed.
    const markdown = FIXTURES['lange-overskrifter'] ?? '';
    const h2 = markdown.split('\n').filter((line) => line.startsWith('## ')).length + 1; // + «Innhald»
    const h2Lines = lines(pdfs.get('lange-overskrifter') ?? []).filter((l) => l.size > 14.9);
    expect(h2Lines.length).toBeGreaterThan(h2);
  });

  it('never ends a page with a heading', () => {
    for (const [name, placed] of pdfs) {
      const body = bodyLines(placed);
      const pages = new Set(body.map((l) => l.page));
      for (const page of pages) {
        const last = body.filter((l) => l.page === page).at(-1) as PlacedText;
        // Headings are set in 12 pt and larger; body text, cells and the TOC in less.
        expect(last.size, `${name}: page ${page} ends with «${last.text}»`).toBeLessThan(11.5);
      }
    }
  });
});

describe('Ctrl+P of a web page', () => {
  it('prints every cell of a 12-column table, inside the page, without shrinking the page', () => {
    const markdown = FIXTURES['brei-nettabell'] ?? '';
    const rows = markdown.split('\n').filter((l) => l.startsWith('|') && !/^\|[-:|]+\|$/.test(l));
    const cells = rows
      .flatMap((line) => line.split('|').map((c) => c.replaceAll('**', '').trim()))
      .filter(Boolean);
    expect(cells).toHaveLength(rows.length * 12);
    const squash = (text: string): string => text.replace(/\s+/g, '');
    // Cells wrap, so a cell is its words, each printed in some run (or split after its hyphen).
    const printed = webPrint.map((r) => squash(r.text));
    const isPrinted = (piece: string): boolean => printed.some((text) => text.includes(piece));
    for (const cell of cells) {
      for (const word of cell.split(/\s+/)) {
        const whole = isPrinted(word) || word.split(/(?<=-)/).every(isPrinted);
        expect(whole, `«${word}» of cell «${cell}»`).toBe(true);
      }
    }
    // The figures are unique: each must lie wholly inside its page, not cut off at the edge.
    for (const cell of cells.filter((c) => /^\d+,\d %$/.test(c))) {
      const figure = cell.split(' ')[0] as string; // «101,0» of «101,0 %»
      // One run for the figure, or one for figure and sign, as the font's shaping groups them.
      const run = webPrint.find((r) => [figure, squash(cell)].includes(squash(r.text)));
      expect(run, cell).toBeDefined();
      expect(run?.x, cell).toBeGreaterThanOrEqual(0);
      expect((run?.x ?? 0) + (run?.width ?? 0), cell).toBeLessThanOrEqual(run?.pageWidth ?? 0);
    }
    // Chromium fits an overflowing page by scaling all of it down; the body type shows it did not.
    const first = WEB_INTRO.split(' ')[0] as string;
    const intro = webPrint.find((r) => r.text.trim() === first || r.text.startsWith(`${first} `));
    expect(intro?.size).toBeGreaterThanOrEqual(10);
  });
});
