/**
 * How often the TOC guess (src/lib/pdf/estimate-pages.ts) is right: on the
 * print pages of a rendered site (`/utskrift/` kept, e.g. by
 * bench/pdf-step-bench.ts --render), each page is prepared as printDocument
 * prepares it, guessed, then printed as a draft whose link destinations give
 * the real pages. A wrong guess costs a document one more tagged print.
 * Prints one line per wrong guess and the counts.
 *
 *   npx node bench/toc-guess.ts --site DIR [--limit 200]
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, limit: { type: 'string', default: '100000' } },
  });
  if (!values.site) throw new Error('toc-guess: --site DIR is required');
  const site = path.resolve(values.site);
  const { launchChromium } = await import('../src/lib/browser/chromium.ts');
  const { servePrintSite } = await import('../src/lib/pdf/print-server.ts');
  const pd = await import('../src/lib/pdf/print-document.ts');
  const { fitTables } = await import('../src/lib/pdf/fit-tables.ts');
  const { keepLeadWithWideTables } = await import('../src/lib/pdf/wide-lead.ts');
  const { listTocAnchors } = await import('../src/lib/pdf/toc-pages.ts');
  const { readDestinationPages } = await import('../src/lib/pdf/outline.ts');
  const { estimateTocPages } = await import('../src/lib/pdf/estimate-pages.ts');
  const layout = await import('../src/lib/pdf/layout.ts');
  const { PRINT_ROOT } = await import('../src/lib/core/print-urls.ts');
  const slugs = (await readdir(path.join(site, PRINT_ROOT), { recursive: true }))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.dirname(file).split(path.sep).join('/'))
    .sort()
    .slice(0, Number(values.limit));
  const server = await servePrintSite(site);
  const browser = await launchChromium();
  const counts = { right: 0, wrong: 0, notGuessed: 0, noToc: 0 };
  let guessMs = 0;
  try {
    const page = await browser.newPage();
    await pd.preparePrintPage(page);
    for (const slug of slugs) {
      await pd.openPrintPage(page, `${server.url}/${PRINT_ROOT}/${slug}/`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.evaluate(fitTables, {
        portraitPx: layout.PORTRAIT_CONTENT_PX,
        landscapePx: layout.LANDSCAPE_CONTENT_PX,
        landscapeColumns: pd.LANDSCAPE_COLUMNS,
      });
      await page.evaluate(keepLeadWithWideTables, { maxIntroChars: 300 });
      const anchors = await page.evaluate(listTocAnchors);
      if (anchors.length === 0) {
        counts.noToc += 1;
        continue;
      }
      const t = performance.now();
      const guess = await page.evaluate(estimateTocPages, {
        anchors,
        pageHeightPx: layout.PORTRAIT_CONTENT_HEIGHT_PX,
      });
      guessMs += performance.now() - t;
      if (!guess) {
        counts.notGuessed += 1;
        continue;
      }
      const found = await readDestinationPages(await pd.printDraft(page));
      if (anchors.every((a) => guess[a] === found[a])) counts.right += 1;
      else {
        counts.wrong += 1;
        console.log(
          `wrong ${slug}: guessed ${JSON.stringify(anchors.map((a) => guess[a]))}, ` +
            `printed ${JSON.stringify(anchors.map((a) => found[a]))}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const guessed = counts.right + counts.wrong;
  console.log(
    `${JSON.stringify(counts)}; guess ${Math.round(guessMs / Math.max(1, guessed))} ms per document`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
