/**
 * Child process of bench/build-bench.ts: per-PDF print times of the example
 * documents, Planverk's print (fit tables, keep headings with landscape
 * tables, TOC passes, finishing with pdf-lib) against a bare `page.pdf()` of
 * the same print page in the same browser (the baseline). Renders the print
 * pages with Astro alone (no post-build steps, so `/utskrift/` stays), in
 * its own process so its Astro state never meets the search bench's.
 * Prints one JSON line: `{ "docs": PrintFigures[] }`.
 *
 *   npx node bench/print-bench.ts --out bench/corpus/print-site [--repeat 3]
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** Median print times of one document, in milliseconds. */
export interface PrintFigures {
  slug: string;
  /** Load, fonts, one `page.pdf()`: what Chromium costs by itself. */
  bareMs: number;
  /** `printDocument` plus `finishPdf`, as the build step does it. */
  planverkMs: number;
  passes: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, repeat: { type: 'string', default: '3' } },
  });
  if (!values.out) throw new Error('print-bench: --out DIR is required');
  const root = process.cwd();
  const site = path.resolve(root, values.out);
  const repeat = Math.max(1, Number(values.repeat));

  const { siteOptions } = await import('../src/lib/site/options.ts');
  const { renderPages } = await import('../src/lib/build/build-site.ts');
  await rm(site, { recursive: true, force: true });
  const options = siteOptions(root, false, path.join(root, 'content'));
  await renderPages({ command: 'build', options }, site);

  const { launchChromium } = await import('../src/lib/browser/chromium.ts');
  const { servePrintSite } = await import('../src/lib/pdf/print-server.ts');
  const { preparePrintPage, printDocument } = await import('../src/lib/pdf/print-document.ts');
  const { finishPdf } = await import('../src/lib/pdf/finish.ts');
  const { PDF_OPTIONS } = await import('../src/lib/pdf/layout.ts');
  const { PRINT_ROOT } = await import('../src/lib/core/print-urls.ts');

  const printRoot = path.join(site, PRINT_ROOT);
  const slugs = (await readdir(printRoot, { recursive: true }))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.dirname(file).split(path.sep).join('/'))
    .sort();
  // The PDF step's server (assets cached by Chromium), for both sides.
  const server = await servePrintSite(site);
  const browser = await launchChromium();
  const docs: PrintFigures[] = [];
  try {
    const page = await browser.newPage();
    await preparePrintPage(page);
    for (const slug of slugs) {
      const url = `${server.url}/${PRINT_ROOT}/${slug}/`;
      const bare: number[] = [];
      const full: number[] = [];
      let passes = 0;
      // One untimed round first: the first print of a page warms fonts and caches.
      for (let round = 0; round <= repeat; round += 1) {
        let t = performance.now();
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.pdf(PDF_OPTIONS);
        const bareMs = performance.now() - t;
        t = performance.now();
        const result = await printDocument(page, url);
        await finishPdf(
          result.pdf,
          {
            title: slug,
            author: 'bench',
            subject: 'bench',
            keywords: [],
            // With archive facts, so the XMP packet and the PDF/A work are timed too.
            language: 'nb',
            created: new Date('2020-01-01T00:00:00Z'),
            archive: {
              dokumenttype: 'plan',
              status: 'vedtatt',
              url: `https://bench.invalid/${slug}/`,
            },
          },
          result.headings,
        );
        const fullMs = performance.now() - t;
        passes = result.passes;
        if (round > 0) {
          bare.push(bareMs);
          full.push(fullMs);
        }
      }
      docs.push({ slug, bareMs: median(bare), planverkMs: median(full), passes });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(JSON.stringify({ docs }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
