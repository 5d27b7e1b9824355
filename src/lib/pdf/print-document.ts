import type { Page } from 'playwright-core';
import { fitTables, type FitResult } from './fit-tables.ts';
import { estimateTocPages } from './estimate-pages.ts';
import {
  LANDSCAPE_CONTENT_PX,
  PDF_OPTIONS,
  PORTRAIT_CONTENT_HEIGHT_PX,
  PORTRAIT_CONTENT_PX,
} from './layout.ts';
import type { FinishedPrint } from './finish.ts';
import { headingPages, readDestinationPages, readOutline } from './outline.ts';
import { listPageHeadings, listTocAnchors, writeTocPages } from './toc-pages.ts';
import { keepLeadWithWideTables } from './wide-lead.ts';

/**
 * Tables with more columns than this go straight to a landscape page; up to
 * it, a table that fits portrait in small type stays on the portrait page
 * (a 12-column table of short figures should not get a page to itself).
 */
export const LANDSCAPE_COLUMNS = 16;

/** A paragraph before a landscape table moves onto its page when at most this long (~3 lines). */
const MAX_INTRO_CHARS = 300;

/** How often the TOC may be re-numbered before the numbers must be stable. */
const MAX_TOC_PASSES = 3;

/** A printed document and what it took to get there. */
export interface PrintResult {
  /** Finished by `options.finish` when given. */
  pdf: Uint8Array;
  /**
   * Print passes: 1 without a TOC or when the remembered or guessed TOC
   * numbers hold; 2 when the guess was wrong (a tagged print to learn the
   * pages, then the one published) or a draft was printed to learn them.
   */
  passes: number;
  fit: FitResult;
  /** Page of each TOC anchor, as written into the TOC. */
  tocPages: Record<string, number>;
  /** Text of every heading (h1–h6) in document order, for clean bookmark titles. */
  headings: string[];
}

/** Error for a print page that could not be printed; `cause` has the browser's reason. */
export class PrintError extends Error {
  override name = 'PrintError';
}

/**
 * Prepares a Playwright page for printing print pages: the print media type
 * and a viewport as wide as the A4 text block, so the table-fitting script
 * measures what paper will show.
 */
export async function preparePrintPage(page: Page): Promise<void> {
  // esbuild with keepNames (tsx, a bundler) wraps functions in __name();
  // Playwright sends their source to the page, where __name must exist. A
  // no-op where nothing wraps (Node runs the build's TypeScript as it is).
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PORTRAIT_CONTENT_PX, height: 1100 });
}

/** Options of {@link printDocument}. */
export interface PrintOptions {
  /**
   * The TOC numbers this document settled on when it was last printed (the
   * PDF cache remembers them). Written before the first print, so a document
   * whose headings stay on the same pages prints once instead of twice.
   * Only a guess: the numbers of the print are always checked against its
   * bookmarks, and printed again until they agree.
   */
  tocPages?: Readonly<Record<string, number>> | undefined;
  /**
   * Turns a print into the published PDF (finishPdf) and returns the
   * bookmarks it read from it, which check the TOC numbers, so a final
   * pass is parsed once, not once to check and once to finish. Without
   * it, the PDF is Chromium's as printed.
   */
  finish?: (pdf: Uint8Array, headings: readonly string[]) => Promise<FinishedPrint>;
  /** Adds the milliseconds of each part (load, page scripts, passes) here, for the bench. */
  timings?: Record<string, number> | undefined;
}

/**
 * Prints one print page (`url`) to PDF. Waits for the fonts, fits the tables
 * (keeping each landscape table's heading on its page), and for a page with
 * a TOC prints until every TOC number equals the page its heading lands on
 * (the bookmarks of the printed PDF tell where). With `options.finish`,
 * the result is the finished PDF.
 */
export async function printDocument(
  page: Page,
  url: string,
  options: PrintOptions = {},
): Promise<PrintResult> {
  let t = performance.now();
  const lap = (name: string): void => {
    if (!options.timings) return;
    const now = performance.now();
    options.timings[name] = (options.timings[name] ?? 0) + now - t;
    t = now;
  };
  await openPrintPage(page, url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  lap('pd:load+fonts');
  const fit = await page.evaluate(fitTables, {
    portraitPx: PORTRAIT_CONTENT_PX,
    landscapePx: LANDSCAPE_CONTENT_PX,
    landscapeColumns: LANDSCAPE_COLUMNS,
  });
  await page.evaluate(keepLeadWithWideTables, { maxIntroChars: MAX_INTRO_CHARS });
  const anchors = await page.evaluate(listTocAnchors);
  const pageHeadings = await page.evaluate(listPageHeadings);
  const headings = pageHeadings.map((h) => h.text);
  lap('pd:evaluate');
  const finish = options.finish ?? bareFinish;
  if (anchors.length === 0) {
    const finished = await finish(await page.pdf(PDF_OPTIONS), headings);
    lap('pd:pdf+finish');
    return { pdf: finished.pdf, passes: 1, fit, tocPages: {}, headings };
  }

  // The remembered numbers, limited to this TOC's anchors (a heading may be gone).
  let written: Record<string, number> | undefined;
  if (options.tocPages) {
    const remembered = options.tocPages;
    written = Object.fromEntries(
      anchors.flatMap((a) => (remembered[a] === undefined ? [] : [[a, remembered[a]]])),
    );
    await page.evaluate(writeTocPages, written);
  }
  // A guess may be wrong once more than printed numbers can.
  let tries = MAX_TOC_PASSES;
  let drafted = false;
  if (!written) {
    // Nothing remembered: the pages guessed from the page's own layout
    // (estimate-pages.ts). The tagged print below is checked on its
    // bookmarks as always; a wrong guess costs one more tagged print, a
    // draft on every document cost more (issue 11: the guess is right for
    // 188 of the 200 documents of the peer corpus).
    // A guess that fails (a page the script did not foresee) is no guess:
    // the draft below finds the pages, and its own failure says why.
    const guessed = await page
      .evaluate(estimateTocPages, { anchors, pageHeightPx: PORTRAIT_CONTENT_HEIGHT_PX })
      .catch(() => undefined);
    lap('pd:estimate');
    if (guessed) {
      written = Object.fromEntries(
        anchors.flatMap((a) => (guessed[a] === undefined ? [] : [[a, guessed[a]]])),
      );
      await page.evaluate(writeTocPages, written);
      tries += 1;
    }
  }
  if (!written) {
    // Nothing remembered and no guess: a draft print only to learn each TOC
    // heading's page from its link destination. The TOC's page cells have a
    // fixed width (print-pdf.css), so writing the numbers moves nothing, and
    // the tagged pass below is checked all the same.
    const draft = await printDraft(page);
    lap('pd:draft pdf');
    const found = await readDestinationPages(draft);
    written = Object.fromEntries(
      anchors.flatMap((a) => (found[a] === undefined ? [] : [[a, found[a]]])),
    );
    await page.evaluate(writeTocPages, written);
    drafted = true;
    lap('pd:readDestinations');
  }
  for (let pass = 1; pass <= tries; pass += 1) {
    const printed = await page.pdf(PDF_OPTIONS);
    lap('pd:pdf');
    // Checked on the bookmarks of the finished PDF (finishing parses it anyway).
    const finished = await finish(printed, headings);
    const found = headingPages(pageHeadings, finished.outline);
    lap('pd:finish');
    const wanted = Object.fromEntries(
      anchors.flatMap((a) => (found[a] === undefined ? [] : [[a, found[a]]])),
    );
    if (sameNumbers(written, wanted))
      return {
        pdf: finished.pdf,
        passes: pass + (drafted ? 1 : 0),
        fit,
        tocPages: written,
        headings,
      };
    await page.evaluate(writeTocPages, wanted);
    written = wanted;
    lap('pd:evaluate');
  }
  throw new PrintError(`The table of contents of ${url} did not settle after ${tries} passes.`);
}

/**
 * Opens a print page in `page`. The first print page of a Playwright page
 * is navigated to; every later one from the same server is written into
 * the document already open there (`setContent`, after `replaceState` has
 * given the document the print page's URL, so its links resolve as after
 * a navigation). A navigation commits a new document, which costs more
 * than half a tagged print (≈150–300 ms on the 2-core machine, issue 11),
 * and its fonts are decoded again; written into the open document, the
 * stylesheets, the web fonts and the coat of arms come decoded from the
 * renderer's memory cache. The print is the same: the same HTML gives the
 * same DOM, and finishing renumbers the structure ids that count the
 * renderer's nodes (struct-ids.ts). A page that brings its own
 * Content-Security-Policy in a `<meta>` (the print pages do not) is always
 * navigated to, and so is the one after it.
 */
export async function openPrintPage(page: Page, url: string): Promise<void> {
  const target = new URL(url);
  if (writable.get(page) !== target.origin) {
    writable.delete(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw notBuilt(url, response?.status());
    if (!hasMetaPolicy(await response.text())) writable.set(page, target.origin);
    return;
  }
  const response = await fetch(target);
  if (!response.ok) throw notBuilt(url, response.status);
  const html = await response.text();
  if (hasMetaPolicy(html)) {
    // A policy delivered by <meta> stays with the document it was written
    // into and would apply to every later print page: navigate instead.
    writable.delete(page);
    await openPrintPage(page, url);
    return;
  }
  await page.evaluate((path) => {
    history.replaceState(null, '', path);
  }, `${target.pathname}${target.search}`);
  await page.setContent(html, { waitUntil: 'load' });
}

/**
 * The origin whose print pages may be written into each page's open
 * document: set by a navigation to a page without a `<meta>` policy.
 */
const writable = new WeakMap<Page, string>();

/** Whether a page sets a Content-Security-Policy in a `<meta http-equiv>`. */
function hasMetaPolicy(html: string): boolean {
  return /http-equiv\s*=\s*["']?content-security-policy/i.test(html);
}

function notBuilt(url: string, status: number | undefined): PrintError {
  return new PrintError(`The print page ${url} answered ${status ?? 'nothing'}; is it built?`);
}

/**
 * Hides everything for the draft: `visibility` changes no box (CSS 2 §11.2),
 * so the pages break where the tagged print's will, but Chromium paints no
 * text, image or border, so it subsets and serialises no fonts or images
 * (the draft shrinks from ~150 KB to ~3 KB and costs about half a tagged
 * print, most of it layout). Chromium still writes a named destination for
 * every element a link points at, which is all the draft is read for.
 */
export const DRAFT_STYLE = '*, *::before, *::after { visibility: hidden !important; }';

/**
 * An untagged print without bookmarks, with {@link DRAFT_STYLE} in force for
 * the print only (the tagged pass prints the page as it was), whose named
 * destinations give each TOC heading's page. The style is a constructed
 * sheet, not a `<style>` element: nothing enters the DOM the tagged print
 * and the heading list read, and a page's Content-Security-Policy does not
 * apply to it.
 */
export async function printDraft(page: Page): Promise<Uint8Array> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, DRAFT_STYLE);
  try {
    return await page.pdf({ ...PDF_OPTIONS, tagged: false, outline: false });
  } finally {
    await page.evaluate(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
    });
  }
}

/** No finishing: Chromium's bytes as they are, with their bookmarks. */
async function bareFinish(pdf: Uint8Array): Promise<FinishedPrint> {
  return { pdf, outline: await readOutline(pdf) };
}

function sameNumbers(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
