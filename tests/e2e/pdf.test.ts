/**
 * The official PDFs, built once from another municipality's fixture content
 * plus PDF fixtures (a title with Sámi letters, a generated 40 × 400 table)
 * and read back in JavaScript (tests/helpers/pdf-read.ts): properties, fonts,
 * bookmarks, every paragraph and table cell, footers, TOC page numbers, page
 * sizes. Each PDF is read once (pdf-read.ts keeps what it parsed) and each
 * body rendered once for all the checks. poppler and qpdf repeat the key
 * checks where they are installed (always in CI). That a rebuild from the
 * caches prints nothing and gives every file the cold build's bytes is
 * incremental.test.ts's to check, on the same municipality's content.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFName } from 'pdf-lib';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../fixtures/other-municipality/planverk.config.ts';
import { formatBytes } from '../../src/lib/i18n/format.ts';
import { renderMarkdown } from '../../src/lib/markdown/pipeline.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { PlanDocument } from '../../src/lib/model/types.ts';
import { urlToFile } from '../../src/lib/core/print-urls.ts';
import { documentPdfUrl, documentUrl } from '../../src/lib/core/urls.ts';
import { popplerFonts, popplerInfo, popplerText, qpdfCheck } from '../helpers/poppler.ts';
import {
  actualTexts,
  outlineTitles,
  pageSizes,
  pdfFonts,
  pdfInfo,
  pdfLib,
  pdfText,
  textKey,
} from '../helpers/pdf-read.ts';
import { fixtureProject, OTHER_MUNICIPALITY } from '../helpers/project.ts';
import { crossCheck, lacks, POPPLER, QPDF } from '../helpers/system-tools.ts';
import {
  E2E_DIR,
  OTHER_SITE_CHROMIUM,
  otherSiteBuild,
  ROOT,
  runBuild,
  sharedCacheDir,
  sharedContentDir,
  type BuildRun,
} from './helpers/build.ts';
import { lines, placedText } from './pdf-layout.ts';

const CONTENT = path.join(E2E_DIR, 'pdf-content');
const OUT = path.join(E2E_DIR, 'pdf-site');
const CACHE = path.join(E2E_DIR, 'pdf-cache');
const WIDE_ID = 'pdf-prove/generated/brei-tabell';
const SAMI_ID = 'pdf-prove/samisk-tittel';
const WIDE_COLUMNS = 40;
const WIDE_ROWS = 400;
const WIDE_HEADING = 'Tal frå prøva';
const WIDE_INTRO = 'Tabellen nedanfor viser alle tala frå prøva:';

let first: BuildRun;
let documents: PlanDocument[];
/** Per document: the PDF file, its page count and its text per page. */
const printed = new Map<string, { file: string; pages: number; text: string[] }>();

/** A Markdown table of 40 numeric columns and 400 rows; cell (r, c) holds r·40 + c. */
function wideTable(): string {
  const head = `| ${Array.from({ length: WIDE_COLUMNS }, (_, c) => `K${c + 1}`).join(' | ')} |`;
  const rule = `|${'---|'.repeat(WIDE_COLUMNS)}`;
  const rows = Array.from(
    { length: WIDE_ROWS },
    (_, r) =>
      `| ${Array.from({ length: WIDE_COLUMNS }, (_, c) => r * WIDE_COLUMNS + c).join(' | ')} |`,
  );
  return [
    '---',
    'tittel: Brei tabell med førti kolonnar',
    'type: notat',
    'målform: nynorsk',
    'kommune: Voss',
    'status: vedteken',
    'dato: 2021-05-05',
    '---',
    '',
    '## Tal frå prøva',
    '',
    WIDE_INTRO,
    '',
    head,
    rule,
    ...rows,
    '',
  ].join('\n');
}

beforeAll(async () => {
  // The other municipality's site with the PDF fixture is printed once per
  // test run (otherSiteBuild, which shard.test.ts and chromium-parity.test.ts
  // read; it starts from an empty cache, so it really prints). This build is
  // that site plus the 40 × 400 table, and starts from a copy of that build's
  // cache: it prints the table (half a minute of Chromium) and takes the
  // other PDFs, which a cached build must give byte for byte as a cold one
  // does (incremental.test.ts), from the copy instead of printing them again.
  const shared = await otherSiteBuild();
  if (shared.code !== 0)
    throw new Error(`shared build failed:\n${shared.stdout}\n${shared.stderr}`);
  const project = await fixtureProject('pdf', OTHER_MUNICIPALITY);
  await rm(CACHE, { recursive: true, force: true });
  await cp(sharedCacheDir(shared), CACHE, { recursive: true });
  await rm(CONTENT, { recursive: true, force: true });
  await cp(sharedContentDir(shared), CONTENT, { recursive: true });
  await mkdir(path.join(CONTENT, path.dirname(WIDE_ID)), { recursive: true });
  await writeFile(path.join(CONTENT, `${WIDE_ID}.md`), wideTable());

  // One line per PDF as well as the progress, to see which documents were printed.
  first = await runBuild({
    content: CONTENT,
    out: OUT,
    env: {
      PLANVERK_PDF_LOG: 'each',
      PLANVERK_CHROMIUM: OTHER_SITE_CHROMIUM,
      PLANVERK_CACHE_DIR: CACHE,
    },
    project,
  });
  if (first.code !== 0) throw new Error(`PDF build failed:\n${first.stdout}\n${first.stderr}`);
  documents = (await loadContent({ root: ROOT, contentDir: CONTENT, config })).documents.filter(
    (d) => d.status !== 'utkast',
  );
  for (const doc of documents) {
    const file = urlToFile(OUT, documentPdfUrl(doc));
    const pages = Number((await pdfInfo(file))['Pages']);
    const text: string[] = [];
    for (let page = 1; page <= pages; page += 1) text.push(await pdfText(file, page));
    printed.set(doc.id, { file, pages, text });
  }
  // A build of a site with a 40 × 400 table: on a loaded two-core machine
  // with another file beside it, more than the default ten minutes. (A
  // rebuild from the caches, which must print nothing and give every file
  // the cold build's bytes, is incremental.test.ts's.)
}, 900_000);

const rendered = new Map<string, ReturnType<typeof renderMarkdown>>();

/**
 * A document's body rendered as the site renders it (links made absolute
 * with the site's address, as in print), once per document for the whole
 * file: the 40 × 400 table takes seconds to render.
 */
function bodyOf(doc: PlanDocument): ReturnType<typeof renderMarkdown> {
  let result = rendered.get(doc.id);
  if (!result) {
    result = renderMarkdown(doc.body, { malform: doc.malform, siteUrl: config.baseUrl });
    rendered.set(doc.id, result);
  }
  return result;
}

function pdfOf(doc: PlanDocument): { file: string; pages: number; text: string[] } {
  const entry = printed.get(doc.id);
  if (!entry) throw new Error(`no PDF read for ${doc.id}`);
  return entry;
}

/** The text of a PDF without running headers, footers (page numbers, official address) and printed link addresses, as one key. */
function bodyKey(doc: PlanDocument, text: string[]): string {
  const header = `· ${doc.title}`;
  return textKey(
    text
      .join('\n')
      .split('\n')
      .filter((line) => !/^Side \d+ av \d+$/.test(line) && !line.endsWith(header))
      // pdftotext may glue the footer to the last body line of a page.
      .map((line) => line.replace(/Offisiell versjon: https?:\S+$/, ''))
      .join('\n')
      .replace(/\s\(https?:[^)]*\)/g, ''),
  );
}

const parts = new Map<string, { paragraphs: string[]; cells: string[] }>();

/** Paragraph texts and table cell texts of a rendered body, as the reader sees them (once per body). */
function bodyParts(html: string): { paragraphs: string[]; cells: string[] } {
  let found = parts.get(html);
  if (!found) {
    found = readParts(html);
    parts.set(html, found);
  }
  return found;
}

function readParts(html: string): { paragraphs: string[]; cells: string[] } {
  const tree: Root = fromHtml(html, { fragment: true });
  const paragraphs: string[] = [];
  const cells: string[] = [];
  visit(tree, 'element', (node: Element) => {
    // Footnote back links are for screens; the print stylesheet hides them.
    if (node.properties['dataFootnoteBackref'] !== undefined) node.children = [];
  });
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'p') paragraphs.push(toText(node));
    if (node.tagName === 'td' || node.tagName === 'th') cells.push(toText(node));
  });
  return {
    paragraphs: paragraphs.filter((p) => textKey(p) !== ''),
    cells: cells.filter((c) => textKey(c) !== ''),
  };
}

describe('every published document gets an official PDF', () => {
  it('has one PDF per document, prints what its cache lacks and says so, with progress', () => {
    expect(documents.length).toBeGreaterThanOrEqual(7);
    const summary = /pdf: (\d+) printed, (\d+) from cache/.exec(first.stdout);
    expect(Number(summary?.[1]) + Number(summary?.[2])).toBe(documents.length);
    // The table is new to the cache copy; every other document comes from it.
    expect(Number(summary?.[1])).toBe(1);
    const wide = documents.find((d) => d.id === WIDE_ID) as PlanDocument;
    expect(first.stdout).toMatch(new RegExp(`pdf \\d+/${documents.length} ${wide.slug} `));
    // Not a TTY: the progress is plain lines, the last one for the last document printed.
    const printed = Number(summary?.[1]);
    expect(first.stdout).toMatch(new RegExp(`pdf ${printed}/${printed} \\([\\d.]+/s, 0 s left\\)`));
  });

  it('has the document properties: tagged, title, author, subject, keywords, language', async () => {
    for (const doc of documents) {
      const { file, pages } = pdfOf(doc);
      const info = await pdfInfo(file);
      expect(info['Tagged'], doc.id).toBe('yes');
      expect(info['Title'], doc.id).toBe(doc.title);
      expect(info['Author'], doc.id).toContain(doc.kommune[0]);
      expect(info['Subject'], doc.id).not.toBe('');
      for (const keyword of doc.keywords) expect(info['Keywords'], doc.id).toContain(keyword);
      expect(info['CreationDate'], doc.id).toBeTruthy();
      expect(pages, doc.id).toBeGreaterThan(0);
      const pdf = await pdfLib(file);
      expect(String(pdf.catalog.get(PDFName.of('Lang'))), doc.id).toBe(`(${doc.malform})`);
      expect(String(pdf.catalog.lookup(PDFName.of('ViewerPreferences'))), doc.id).toContain(
        '/DisplayDocTitle true',
      );
    }
  });

  it('embeds every font, all of them Noto fonts the project ships', async () => {
    for (const doc of documents) {
      const fonts = await pdfFonts(pdfOf(doc).file);
      expect(fonts.length, doc.id).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, `${doc.id}: ${font.name}`).toBe(true);
        expect(font.name, doc.id).toMatch(/^[A-Z]{6}\+Noto(Sans|Serif|SansSymbols2)-/);
      }
    }
  });

  it('has a bookmark for every heading of the body', async () => {
    for (const doc of documents) {
      const titles = (await outlineTitles(pdfOf(doc).file)).map(textKey);
      const { headings } = await bodyOf(doc);
      expect(titles[0], doc.id).toBe(textKey(doc.title));
      for (const heading of headings) {
        expect(titles, `${doc.id}: ${heading.text}`).toContain(textKey(heading.text));
      }
    }
  });

  it('contains every paragraph and every table cell of the body', async () => {
    for (const doc of documents) {
      const key = bodyKey(doc, pdfOf(doc).text);
      const { html } = await bodyOf(doc);
      const { paragraphs, cells } = bodyParts(html);
      for (const paragraph of paragraphs)
        expect(key.includes(textKey(paragraph)), `${doc.id}: «${paragraph}»`).toBe(true);
      for (const cell of cells)
        expect(key.includes(textKey(cell)), `${doc.id}: cell «${cell}»`).toBe(true);
    }
  });

  it('numbers the pages «Side X av Y» from page 2 and shows the running header', () => {
    for (const doc of documents) {
      const { pages, text } = pdfOf(doc);
      expect(text[0], doc.id).not.toMatch(/Side 1 av/);
      for (let page = 2; page <= pages; page += 1) {
        expect(text[page - 1], `${doc.id} p. ${page}`).toContain(`Side ${page} av ${pages}`);
        expect(textKey(text[page - 1] ?? ''), `${doc.id} p. ${page}`).toContain(textKey(doc.title));
      }
    }
  });

  it('puts the TOC page numbers where the headings are', async () => {
    let checked = 0;
    for (const doc of documents) {
      const { headings } = await bodyOf(doc);
      if (headings.length < 4) continue;
      const { file, text } = pdfOf(doc);
      const wanted = new Set(headings.map((h) => textKey(h.text)));
      // TOC lines in layout mode: «Heading text      7», long entries over two lines.
      const lines = (await pdfText(file, 1, 3, true))
        .split('\n')
        .filter((l) => !/Side \d+ av \d+/.test(l));
      const found: { key: string; page: number }[] = [];
      let pending = '';
      for (const line of lines) {
        const match = /^(.*?)\s+(\d+)\s*$/.exec(line);
        if (!match) {
          pending += line;
          continue;
        }
        // An entry is this line, or this line ending an entry begun on the lines before.
        const key = [textKey(pending + (match[1] ?? '')), textKey(match[1] ?? '')].find((k) =>
          wanted.has(k),
        );
        if (key) found.push({ key, page: Number(match[2]) });
        pending = '';
      }
      const tocLevels = Math.min(...headings.map((h) => h.depth)) + 1;
      const expected = headings.filter((h) => h.depth <= tocLevels).length;
      expect(found.length, `${doc.id}: TOC entries found`).toBeGreaterThanOrEqual(expected);
      for (const entry of found) {
        expect(
          textKey(text[entry.page - 1] ?? ''),
          `${doc.id}: «${entry.key}» on page ${entry.page}`,
        ).toContain(entry.key);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});

describe('wide tables and special letters', () => {
  it('prints the 40 × 400 table whole, on pages no wider than A4 landscape', async () => {
    const doc = documents.find((d) => d.id === WIDE_ID) as PlanDocument;
    const { file, pages, text } = pdfOf(doc);
    const tokens = new Set(text.join('\n').split(/\s+/));
    for (let n = 0; n < WIDE_ROWS * WIDE_COLUMNS; n += 1) {
      if (!tokens.has(String(n))) throw new Error(`cell ${n} is missing from the PDF`);
    }
    for (let c = 1; c <= WIDE_COLUMNS; c += 1) expect(tokens.has(`K${c}`)).toBe(true);
    const sizes = await pageSizes(file);
    expect(sizes).toHaveLength(pages);
    expect(
      sizes.some((s) => s.w > s.h),
      'a landscape page',
    ).toBe(true);
    for (const { w, h } of sizes) {
      expect(Math.max(w, h)).toBeLessThanOrEqual(842.5);
      expect(Math.min(w, h)).toBeLessThanOrEqual(595.5);
    }
    // The header row repeats on every page of the table.
    const tablePages = text.filter((t) => /\bK40\b/.test(t));
    expect(tablePages.length).toBeGreaterThan(1);
  });

  it('keeps the heading and intro of a landscape table on the table’s first page', async () => {
    const doc = documents.find((d) => d.id === WIDE_ID) as PlanDocument;
    const { file, text } = pdfOf(doc);
    const index = text.findIndex((t) => t.includes(WIDE_HEADING));
    expect(index, 'page with the heading').toBeGreaterThanOrEqual(0);
    const page = text[index] ?? '';
    expect(page.replace(/\s+/g, ' ')).toContain(WIDE_INTRO);
    // The table's first cells: its header row and the first row of figures.
    const tokens = new Set(page.split(/\s+/));
    for (const cell of ['K1', 'K2', '0', '1', '40']) expect(tokens.has(cell), cell).toBe(true);
    const size = (await pageSizes(file))[index];
    expect(size && size.w > size.h, 'the heading is on the landscape page').toBe(true);
  });

  it('prints the numeric emissions table of the strategy with every cell', async () => {
    const doc = documents.find((d) => d.id === 'roros/klimastrategi-2025-2030') as PlanDocument;
    const { file, text } = pdfOf(doc);
    const key = bodyKey(doc, text);
    for (const cell of ['Oppvarming av bygg', '1 240', '1 095', '-145', 'Sum', '1 939', '-197']) {
      expect(key).toContain(textKey(cell));
    }
    for (const { w, h } of await pageSizes(file)) expect(Math.max(w, h)).toBeLessThanOrEqual(842.5);
  });

  it('keeps ŋ š đ ŧ ž á č æøå in the title intact', async () => {
    const doc = documents.find((d) => d.id === SAMI_ID) as PlanDocument;
    const { file, text } = pdfOf(doc);
    expect(doc.title).toContain('ŋ š đ ŧ ž á č – æøå');
    expect(text[0]?.replace(/\s+/g, ' ')).toContain(doc.title);
    expect((await pdfInfo(file))['Title']).toBe(doc.title);
  });

  it('prints the address of an external link after its text', () => {
    const doc = documents.find((d) => d.id === SAMI_ID) as PlanDocument;
    const all = pdfOf(doc).text.join('\n').replace(/\s+/g, '');
    expect(all).toContain('Sametinget(https://sametinget.no/sprak/)');
  });

  it('sets innstilling and vedtak as numbered points, with saksgang and case facts', () => {
    const doc = documents.find((d) => d.id === SAMI_ID) as PlanDocument;
    const all = pdfOf(doc).text.join('\n').replace(/\s+/g, ' ');
    for (const word of [
      'Saksgang',
      'Innstilling frå Kommunedirektøren',
      'Vedtak i Kommunestyret',
      'Arkivsak',
      '20/1234',
      '26. mars 2020',
      'Ánde Ŋuvvu',
    ]) {
      expect(all).toContain(word);
    }
    expect(all).toMatch(/1\. Kommunestyret godkjenner/);
    expect(all).toMatch(/2\. Kommunedirektøren får fullmakt/);
  });
});

describe('typesetting of the example PDFs (tests/e2e/pdf-typesetting.test.ts has the provoking fixtures)', () => {
  it('never ends a page with a heading, and never hyphenates one', async () => {
    for (const [id, { file }] of printed) {
      const body = lines(await placedText(file)).filter(
        (l) => l.top > 60 && !l.text.startsWith('Offisiell versjon'),
      );
      for (const page of new Set(body.map((l) => l.page))) {
        const last = body.filter((l) => l.page === page).at(-1);
        // Headings are 12 pt and larger; body text, cells and the TOC smaller.
        expect(last?.size, `${id}: page ${page} ends with «${last?.text}»`).toBeLessThan(11.5);
      }
      for (const [i, line] of body.entries()) {
        const next = body[i + 1];
        // A heading line ending in «øko-» and going on in lower case on the next heading line.
        const hyphenated =
          line.size >= 11.5 &&
          /\p{Ll}-$/u.test(line.text) &&
          next?.page === line.page &&
          Math.abs(next.size - line.size) < 0.1 &&
          /^\p{Ll}/u.test(next.text);
        expect(hyphenated, `${id}: heading «${line.text}» «${next?.text}»`).toBe(false);
      }
    }
  });
});

describe('regression: soft hyphens broke words in the PDF text layer', () => {
  // Chromium wrote each soft hyphen as ActualText U+00AD, so pdftotext, Ctrl+F,
  // copy-paste and screen readers got «Le\u00ADvan\u00ADger» (31 of 43 in the
  // Levanger orienteringsnotat of the example site; tests/examples has that
  // count). Hyphenation must stay in the layout only.
  it('has no U+00AD in the text of any PDF, nor in its ActualText', async () => {
    for (const doc of documents) {
      pdfOf(doc).text.forEach((page, i) => {
        expect(page.includes('\u00AD'), `${doc.id} p. ${i + 1}`).toBe(false);
      });
      // Readers that honour ActualText (poppler, Acrobat, screen readers) read these instead.
      expect((await actualTexts(pdfOf(doc).file)).join('').includes('\u00AD'), doc.id).toBe(false);
    }
  });

  it('finds every long word of every paragraph whole in the PDF text', async () => {
    for (const doc of documents) {
      const { html } = await bodyOf(doc);
      const pdf = pdfOf(doc).text.join('\n').replace(/-\n/g, '').normalize('NFKC');
      for (const paragraph of bodyParts(html).paragraphs) {
        for (const word of paragraph.normalize('NFKC').match(/\p{L}{8,}/gu) ?? []) {
          expect(pdf.includes(word), `${doc.id}: «${word}»`).toBe(true);
        }
      }
    }
  });
});

describe('the published site', () => {
  it('links each PDF from its page with its size, lists it in the manifest and drops the print pages', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(OUT, 'data', 'dokument.json'), 'utf8'),
    ) as {
      dokument: { id: string; pdf?: string }[];
    };
    for (const doc of documents) {
      const bytes = (await stat(urlToFile(OUT, documentPdfUrl(doc)))).size;
      const page = await readFile(urlToFile(OUT, documentUrl(doc)), 'utf8');
      expect(page, doc.id).toContain(`href="${documentPdfUrl(doc)}"`);
      expect(page, doc.id).toContain(`(PDF, ${formatBytes(bytes)})`);
      expect(manifest.dokument.find((row) => row.id === doc.id)?.pdf, doc.id).toBe(
        documentPdfUrl(doc),
      );
    }
    await expect(stat(path.join(OUT, 'utskrift'))).rejects.toThrow();
  });
});

describe('the tools archives use read the same PDFs', () => {
  const skipPoppler = lacks(POPPLER);
  const skipQpdf = lacks(QPDF);

  it.skipIf(skipPoppler)(
    crossCheck('pdfinfo and pdffonts: tagged, titled, every font embedded', POPPLER),
    async () => {
      for (const doc of documents) {
        const { file, pages } = pdfOf(doc);
        const info = await popplerInfo(file);
        expect(info['Tagged'], doc.id).toBe('yes');
        expect(info['Title'], doc.id).toBe(doc.title);
        expect(Number(info['Pages']), doc.id).toBe(pages);
        for (const font of await popplerFonts(file)) expect(font.embedded, doc.id).toBe(true);
      }
    },
  );

  it.skipIf(skipPoppler)(
    crossCheck('pdftotext: every paragraph and table cell, no soft hyphen', POPPLER),
    async () => {
      for (const doc of documents) {
        const text = await popplerText(pdfOf(doc).file);
        expect(text.includes('\u00AD'), doc.id).toBe(false);
        const key = bodyKey(doc, [text]);
        const { html } = await bodyOf(doc);
        const { paragraphs, cells } = bodyParts(html);
        for (const part of [...paragraphs, ...cells])
          expect(key.includes(textKey(part)), `${doc.id}: «${part}»`).toBe(true);
      }
    },
  );

  it.skipIf(skipQpdf)(crossCheck('qpdf --check finds no damage', QPDF), async () => {
    for (const doc of documents) {
      await expect(qpdfCheck(pdfOf(doc).file), doc.id).resolves.toContain('No syntax or stream');
    }
  });
});
