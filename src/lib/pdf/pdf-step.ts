import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import type { BuildContext, BuildStep } from '../output/step.ts';
import type { PlanDocument } from '../model/types.ts';
import { serveStatic } from '../server/static-server.ts';
import { documentPdfUrl, documentUrl } from '../core/urls.ts';
import { readPageAssets } from './assets.ts';
import { PdfCache, cacheKey } from './cache.ts';
import { printCodeVersion } from './code-version.ts';
import { PDF_OPTIONS } from './layout.ts';
import { finishPdf } from './finish.ts';
import type { PdfInfo } from './metadata.ts';
import { fillPdfSize } from './page-link.ts';
import { PRINT_ROOT, printPageUrl, urlToFile } from '../core/print-urls.ts';
import { PrintError, preparePrintPage, printDocument } from './print-document.ts';
import { documentPdfInfo } from './document-info.ts';

/** What one run of the PDF step did, for the log and the tests. */
export interface PdfReport {
  printed: string[];
  cached: string[];
  /** Document pages without a PDF download link to fill in. */
  unlinked: string[];
  ms: number;
}

/** The document information of a document's PDF (src/lib/pdf/document-info.ts). */
export function pdfInfoFor(doc: PlanDocument, baseUrl: string): PdfInfo {
  return documentPdfInfo(doc, baseUrl);
}

/**
 * Prints one PDF per document from its print page (`/utskrift/<slug>/`) into
 * `dokument/<slug>/<slug>.pdf`, reusing a cached PDF when the print page and
 * everything it loads are unchanged; fills the size into the document page's
 * download link; then removes `/utskrift/` from the output. One Chromium is
 * started, only if something must be printed, and closed in `finally`.
 */
export async function printPdfs(context: BuildContext): Promise<PdfReport> {
  const started = performance.now();
  const { outDir, logger } = context;
  const report: PdfReport = { printed: [], cached: [], unlinked: [], ms: 0 };
  const cache = new PdfCache(context.cacheDir);
  const server = await serveStatic(outDir);
  let browser: Browser | undefined;
  let page: Page | undefined;
  try {
    const total = context.documents.length;
    for (const [index, doc] of context.documents.entries()) {
      const pageUrl = printPageUrl(doc);
      const html = await readFile(urlToFile(outDir, pageUrl), 'utf8').catch((error: unknown) => {
        throw new PrintError(
          `The print page ${pageUrl} of ${doc.sourcePath} is missing from the build; ` +
            'src/pages/utskrift/[...slug].astro should render one per document.',
          { cause: error },
        );
      });
      const info = pdfInfoFor(doc, context.config.baseUrl);
      const assets = await readPageAssets(outDir, pageUrl, html);
      const key = cacheKey([
        await printCodeVersion(),
        JSON.stringify(PDF_OPTIONS),
        JSON.stringify(info),
        html,
        ...assets.flat(),
      ]);
      let pdf = await cache.get(key);
      if (pdf) {
        report.cached.push(doc.id);
      } else {
        const one = performance.now();
        if (!page) {
          browser = await launchChromium();
          page = await browser.newPage();
          await preparePrintPage(page);
        }
        try {
          const result = await printDocument(page, `${server.url}${pageUrl}`);
          pdf = await finishPdf(result.pdf, info, result.headings);
          logger.info(
            `pdf ${index + 1}/${total} ${doc.slug} (${result.passes} pass${result.passes > 1 ? 'es' : ''}, ` +
              `${Math.round(performance.now() - one)} ms)`,
          );
        } catch (error) {
          throw new PrintError(`Could not print the PDF of ${doc.sourcePath}.`, { cause: error });
        }
        await cache.put(key, pdf);
        report.printed.push(doc.id);
      }
      const target = urlToFile(outDir, documentPdfUrl(doc));
      await mkdir(path.dirname(target), { recursive: true });
      // 'wx': never over a file copied before (a vedlegg named like the PDF), which check refuses.
      await writeFile(target, pdf, { flag: 'wx' });
      if (!(await linkPdf(outDir, doc, pdf.byteLength))) report.unlinked.push(doc.id);
    }
  } finally {
    await page?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server.close();
  }
  await rm(path.join(outDir, PRINT_ROOT), { recursive: true, force: true });
  await cache.prune();
  report.ms = performance.now() - started;
  logger.info(
    `pdf: ${report.printed.length} printed, ${report.cached.length} from cache ` +
      `(${(report.ms / 1000).toFixed(1)} s)`,
  );
  if (report.unlinked.length > 0) {
    logger.warn(`pdf: no download link to fill in on the page of ${report.unlinked.join(', ')}`);
  }
  return report;
}

/** Writes the PDF's size into the document page's download link; false when the page has none. */
async function linkPdf(outDir: string, doc: PlanDocument, bytes: number): Promise<boolean> {
  const file = urlToFile(outDir, documentUrl(doc));
  const html = await readFile(file, 'utf8').catch(() => undefined);
  const filled = html === undefined ? undefined : fillPdfSize(html, documentPdfUrl(doc), bytes);
  if (filled === undefined) return false;
  if (filled !== html) await writeFile(file, filled);
  return true;
}

/** The PDF build step (see src/lib/build/build-steps.ts for where it runs). */
export const pdfStep: BuildStep = {
  name: 'pdf',
  async run(context) {
    await printPdfs(context);
  },
};
