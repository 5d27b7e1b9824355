/**
 * Where a PDF's time goes, per document, on the print pages of a content
 * folder: load + fonts, the page scripts (table fitting, TOC lists), each
 * `page.pdf()` pass, reading the bookmarks, and each part of `finishPdf`
 * (wall ms), and the CPU the Node side spent on it (Chromium's is not in
 * it: time the whole run with /usr/bin/time for that).
 * Prints a table of medians over the documents (ms) and one JSON line.
 * One page and finishing on this thread; for the build's own step (parallel
 * pages, finishing on a worker thread) run a build with
 * `PLANVERK_PDF_LOG=each`: it logs the main thread's busy share, Node's and
 * Chromium's CPU per document and each part's ms (src/lib/pdf/step-profile.ts).
 *
 *   npx node bench/pdf-profile.ts --content DIR --out DIR [--limit 30] [--skip-render]
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string', default: '30' },
      'skip-render': { type: 'boolean', default: false },
    },
  });
  if (!values.out || !values.content)
    throw new Error('pdf-profile: --content and --out are required');
  const root = process.cwd();
  const site = path.resolve(root, values.out);
  if (!values['skip-render']) {
    const { siteOptions } = await import('../src/lib/site/options.ts');
    const { renderPages } = await import('../src/lib/build/build-site.ts');
    await rm(site, { recursive: true, force: true });
    await renderPages(
      { command: 'build', options: siteOptions(root, false, path.resolve(values.content)) },
      site,
    );
  }
  const { launchChromium } = await import('../src/lib/browser/chromium.ts');
  const { servePrintSite } = await import('../src/lib/pdf/print-server.ts');
  const pd = await import('../src/lib/pdf/print-document.ts');
  const { PDF_OPTIONS } = await import('../src/lib/pdf/layout.ts');
  const { PRINT_ROOT } = await import('../src/lib/core/print-urls.ts');
  const fin = await import('../src/lib/pdf/finish.ts');

  const printRoot = path.join(site, PRINT_ROOT);
  const slugs = (await readdir(printRoot, { recursive: true }))
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.dirname(file).split(path.sep).join('/'))
    .sort()
    .slice(0, Number(values.limit));
  const server = await servePrintSite(site);
  const browser = await launchChromium();
  const rows: Record<string, number>[] = [];
  const info = (slug: string) => ({
    title: slug,
    author: 'bench',
    subject: 'bench',
    keywords: [],
    language: 'nb' as const,
    created: new Date('2020-01-01T00:00:00Z'),
    archive: { dokumenttype: 'plan', status: 'vedtatt', url: `https://bench.invalid/${slug}/` },
  });
  try {
    const page = await browser.newPage();
    await pd.preparePrintPage(page);
    // Warm-up: fonts and caches.
    await page.goto(`${server.url}/${PRINT_ROOT}/${slugs[0]}/`, { waitUntil: 'load' });
    await page.pdf(PDF_OPTIONS);
    for (const slug of slugs) {
      const url = `${server.url}/${PRINT_ROOT}/${slug}/`;
      const row: Record<string, number> = {};
      const time = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
        const t = performance.now();
        const r = await f();
        row[name] = (row[name] ?? 0) + performance.now() - t;
        return r;
      };
      await time('navigate+fonts (bare)', async () => {
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
      });
      await time('bare tagged pdf', () => page.pdf(PDF_OPTIONS));
      // As the PDF step prints: finishing inside, timed by part. The page is
      // at the server already, so printDocument writes the print page into
      // the open document (openPrintPage) as the PDF step does from its
      // second document on.
      const cpu = process.cpuUsage();
      const full = await time('printDocument (with finish)', () =>
        pd.printDocument(page, url, {
          timings: row,
          finish: (pdf, headings) => fin.finishPrint(pdf, info(slug), headings, row),
        }),
      );
      const used = process.cpuUsage(cpu);
      row['node cpu (printDocument)'] = (used.user + used.system) / 1000;
      row['passes'] = full.passes;
      row['kB'] = full.pdf.byteLength / 1024;
      rows.push(row);
      console.error(
        slug,
        JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Math.round(v)]))),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  console.log(`\n| part (${rows.length} docs) | median ms | sum ms |\n|---|---:|---:|`);
  for (const k of keys) {
    const xs = rows.map((r) => r[k] ?? 0);
    console.log(
      `| ${k} | ${median(xs).toFixed(0)} | ${xs.reduce((a, b) => a + b, 0).toFixed(0)} |`,
    );
  }
  console.log(`passes: ${JSON.stringify(rows.map((r) => r['passes']))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
