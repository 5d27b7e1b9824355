import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chooseChromium, describeChromium, launchChromium } from '../browser/chromium.ts';
import type { BuildContext, BuildStep } from '../output/step.ts';
import { startProgress, type Progress } from '../output/progress.ts';
import type { PlanDocument } from '../model/types.ts';
import { documentPdfUrl } from '../core/urls.ts';
import { readAhead } from '../core/read-ahead.ts';
import { readPageAssets } from './assets.ts';
import { PdfCache, cacheKey } from './cache.ts';
import { printCodeVersion } from './code-version.ts';
import { PDF_OPTIONS } from './layout.ts';
import { srgbProfile } from './output-intent.ts';
import { finishPrint } from './finish.ts';
import type { PdfInfo } from './metadata.ts';
import { servePrintSite } from './print-server.ts';
import { printPageUrl, urlToFile } from '../core/print-urls.ts';
import { PrintError, preparePrintPage, printDocument } from './print-document.ts';
import { documentPdfInfo } from './document-info.ts';
import { startStepProfile } from './step-profile.ts';

/** What one run of the PDF step did, for the log and the tests. */
export interface PdfReport {
  printed: string[];
  cached: string[];
  ms: number;
}

/** The document information of a document's PDF (src/lib/pdf/document-info.ts). */
export function pdfInfoFor(doc: PlanDocument, baseUrl: string): PdfInfo {
  return documentPdfInfo(doc, baseUrl);
}

/** Everything a printed PDF depends on, for its cache key. */
export interface PdfKeyParts {
  /** Hash of this folder's code (code-version.ts). */
  codeVersion: string;
  /** Which Chromium prints (browser/chromium.ts): another Chromium may lay out differently. */
  chromiumKey: string;
  /** The ICC profile the OutputIntent embeds: a pdfkit update that changes it reprints. */
  profile: Uint8Array;
  info: PdfInfo;
  /** The print page and the files it loads (stylesheets, fonts, images). */
  html: string;
  /** Each loaded file's URL and its bytes, or a digest of them (the build passes `sha256:<hex>`). */
  assets: readonly (string | Uint8Array)[];
}

/** The cache key of one PDF: the print options plus every part it depends on. */
export function pdfCacheKey(parts: PdfKeyParts): string {
  return cacheKey([
    parts.codeVersion,
    parts.chromiumKey,
    parts.profile,
    JSON.stringify(PDF_OPTIONS),
    JSON.stringify(parts.info),
    parts.html,
    ...parts.assets,
  ]);
}

/**
 * Documents whose cache key is worked out (their print page read and hashed)
 * and cached PDF copied at once, before printing starts: with one at a time
 * the step waited on the disk and on the search step's reads beside it
 * (issue 11: 6–10 s of a 1,000-document rebuild that prints one PDF).
 */
const LOOK_UP_AHEAD = 8;

/** PDFs printed at once by default: one Chromium page per core, at most this many. */
export const MAX_PARALLEL = 4;

/** How many pages print at once: `requested`, or the cores (at most {@link MAX_PARALLEL}). */
export function pdfParallelism(requested?: number): number {
  return Math.max(1, Math.floor(requested ?? Math.min(availableParallelism(), MAX_PARALLEL)));
}

/**
 * Prints one PDF per document from its print page (`/utskrift/<slug>/`) into
 * `dokument/<slug>/<slug>.pdf`, reusing a cached PDF when the print page and
 * everything it loads are unchanged; fills the size into the document page's
 * download link; then removes `/utskrift/` from the output. One Chromium is
 * started, only if something must be printed, and closed in `finally`.
 *
 * Documents print in parallel on `context.parallel` pages of that Chromium
 * (default: the cores). Each document's PDF depends only on its own print
 * page, so the files are the same bytes as printed one after another; the
 * report lists documents in their build order either way.
 */
export async function printPdfs(context: BuildContext): Promise<PdfReport> {
  const started = performance.now();
  const { outDir, logger } = context;
  const cache = new PdfCache(context.cacheDir);
  const server = await servePrintSite(outDir);
  const total = context.documents.length;
  const outcome: ('printed' | 'cached')[] = [];
  let browser: Promise<Browser> | undefined;
  const pages: Page[] = [];
  const codeVersion = await printCodeVersion();
  const chromiumKey = await chromiumCacheKey();

  /** A page for one worker: Chromium starts with the first document that must be printed. */
  async function newPrintPage(): Promise<Page> {
    browser ??= launchChromium().then((started) => {
      logger.info(`pdf: printing with ${describeChromium(started)}`);
      return started;
    });
    const page = await (await browser).newPage();
    pages.push(page);
    await preparePrintPage(page);
    return page;
  }

  // The files print pages load (stylesheets, ~20 fonts, the coat of arms) are
  // the same for most documents: each is read and hashed once per run, and
  // its digest, not its bytes, goes into each key (issue 11: hashing every
  // font again for each of 1,000 documents was most of a rebuild's PDF step).
  // The step writes none of them, so they cannot change while it runs.
  const assetBytes = new Map<string, Promise<Uint8Array>>();
  const assetDigests = new WeakMap<Uint8Array, string>();
  const readAsset = (file: string): Promise<Uint8Array> => {
    let bytes = assetBytes.get(file);
    if (!bytes) {
      bytes = readFile(file);
      assetBytes.set(file, bytes);
    }
    return bytes;
  };
  const digestOf = (bytes: Uint8Array): string => {
    let digest = assetDigests.get(bytes);
    if (digest === undefined) {
      digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      assetDigests.set(bytes, digest);
    }
    return digest;
  };

  /** The cache key of a document's PDF: the print page, what it loads, the layout, code and ICC profile. */
  async function keyOf(doc: PlanDocument): Promise<string> {
    const pageUrl = printPageUrl(doc);
    const html = await readFile(urlToFile(outDir, pageUrl), 'utf8').catch((error: unknown) => {
      throw new PrintError(
        `The print page ${pageUrl} of ${doc.sourcePath} is missing from the build; ` +
          'src/pages/utskrift/[...slug].astro should render one per document.',
        { cause: error },
      );
    });
    const assets = await readPageAssets(outDir, pageUrl, html, readAsset);
    return pdfCacheKey({
      codeVersion,
      chromiumKey,
      profile: await srgbProfile(),
      info: pdfInfoFor(doc, context.config.baseUrl),
      html,
      assets: assets.flatMap(([url, bytes]) => [url, digestOf(bytes)]),
    });
  }

  /**
   * Puts a document's PDF in place. Its size goes into the page's download
   * link later, in the `pdf-links` step (./links-step.ts): this step writes
   * no page, so the steps that read pages run while Chromium prints.
   */
  async function publish(index: number, pdf: Uint8Array): Promise<void> {
    const target = await targetOf(index);
    // 'wx': never over a file copied before (a vedlegg named like the PDF), which check refuses.
    await writeFile(target, pdf, { flag: 'wx' });
  }

  /** Where a document's PDF goes, its folder made. */
  async function targetOf(index: number): Promise<string> {
    const target = urlToFile(outDir, documentPdfUrl(context.documents[index] as PlanDocument));
    await mkdir(path.dirname(target), { recursive: true });
    return target;
  }

  // With one line per document (PLANVERK_PDF_LOG=each): where each part's time goes, summed.
  const timings: Record<string, number> | undefined = context.logEach ? {} : undefined;

  async function print(index: number, key: string, worker: { page?: Page }): Promise<void> {
    const doc = context.documents[index] as PlanDocument;
    const info = pdfInfoFor(doc, context.config.baseUrl);
    const t0 = performance.now();
    let pdf: Uint8Array;
    try {
      worker.page ??= await newPrintPage();
      const tocPages = await cache.getTocPages(doc.id);
      const url = `${server.url}${printPageUrl(doc)}`;
      const result = await printDocument(worker.page, url, {
        tocPages,
        timings,
        finish: (printed, headings) => finishPrint(printed, info, headings, timings),
      });
      pdf = result.pdf;
      if (Object.keys(result.tocPages).length > 0) await cache.putTocPages(doc.id, result.tocPages);
      if (context.logEach) {
        logger.info(
          `pdf ${index + 1}/${total} ${doc.slug} (${result.passes} pass${result.passes > 1 ? 'es' : ''}, ` +
            `${Math.round(performance.now() - t0)} ms)`,
        );
      }
    } catch (error) {
      throw new PrintError(`Could not print the PDF of ${doc.sourcePath}.`, { cause: error });
    }
    await cache.put(key, pdf);
    outcome[index] = 'printed';
    await publish(index, pdf);
  }

  let progress: Progress | undefined;
  try {
    // Cached PDFs first (cheap); what is left is printed, with progress, on parallel pages.
    const misses: { index: number; key: string }[] = [];
    // A cached PDF is copied file to file, as publish() writes it (never over
    // a file), without passing its bytes through Node (issue 11: 160 MB read
    // and written again in every 1,000-document rebuild, beside the search
    // index). A few documents are keyed and copied at once (each its own
    // files); the outcomes are taken in document order, as one at a time.
    const lookUp = async (index: number) => {
      const key = await keyOf(context.documents[index] as PlanDocument);
      return { key, cached: await cache.copyTo(key, await targetOf(index)) };
    };
    const indexes = [...context.documents.keys()];
    for await (const [index, { key, cached }] of readAhead(indexes, lookUp, LOOK_UP_AHEAD)) {
      if (cached) outcome[index] = 'cached';
      else misses.push({ index, key });
    }
    progress = startProgress('pdf', misses.length, { log: logger.info });
    const profile = context.logEach && misses.length > 0 ? await startStepProfile() : undefined;
    let next = 0;
    let failed = false;
    const parallel = Math.min(pdfParallelism(context.parallel), misses.length);
    const workers = Array.from({ length: parallel }, async () => {
      const worker: { page?: Page } = {};
      // Each worker takes the next document until none is left (or one failed).
      for (let job = misses[next++]; job && !failed; job = misses[next++]) {
        try {
          await print(job.index, job.key, worker);
          progress?.tick();
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    });
    const settled = await Promise.allSettled(workers);
    const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
    if (profile) {
      // Before the pages close: Chromium's CPU is read from its live processes.
      logger.info(await profile.line(misses.length));
      const parts = Object.entries(timings ?? {}).map(
        ([part, ms]) => `${part} ${Math.round(ms / misses.length)}`,
      );
      logger.info(`pdf profile: ms/doc summed over the parallel pages: ${parts.join(', ')}`);
    }
  } finally {
    progress?.done();
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
    await server.close();
  }
  await cache.prune();
  const ids = context.documents.map((doc) => doc.id);
  const report: PdfReport = {
    printed: ids.filter((_, i) => outcome[i] === 'printed'),
    cached: ids.filter((_, i) => outcome[i] === 'cached'),
    ms: performance.now() - started,
  };
  logger.info(
    `pdf: ${report.printed.length} printed, ${report.cached.length} from cache ` +
      `(${(report.ms / 1000).toFixed(1)} s)`,
  );
  return report;
}

/** The PDF build step (see src/lib/build/build-steps.ts for where it runs). */
export const pdfStep: BuildStep = {
  name: 'pdf',
  async run(context) {
    await printPdfs(context);
  },
};

/**
 * Which Chromium prints, for the cache key: a PDF printed by another one
 * (system or bundled, or the system's after an upgrade) is printed again.
 * The bundled one's path names its version; an installed one is known by
 * its real file's size and time. None found: launching says why, if anything
 * needs printing.
 */
async function chromiumCacheKey(): Promise<string> {
  try {
    const choice = await chooseChromium();
    if (choice.source === 'bundled') return choice.path;
    const file = await stat(await realpath(choice.path));
    return `${choice.path} ${file.size} ${file.mtimeMs}`;
  } catch {
    return 'none';
  }
}
