import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext, BuildStep } from '../output/step.ts';
import type { PlanDocument } from '../model/types.ts';
import { documentPdfUrl, documentUrl } from '../core/urls.ts';
import { PRINT_ROOT, urlToFile } from '../core/print-urls.ts';
import { fillPdfSize } from './page-link.ts';

/** Pages read and rewritten at once: enough to hide the disk, few enough to hold little. */
const AT_ONCE = 16;

/**
 * The last step of a build that printed PDFs: fills each PDF's size into its
 * document page's download link and removes the print pages (`utskrift/`),
 * which only Chromium reads.
 *
 * It is its own step, after every step that reads pages, so that the PDF step
 * writes no page and the steps that read pages (sitemap, security headers,
 * the search index) run while Chromium prints. What they read of a document
 * page does not depend on the size: the link sits in a `data-pagefind-ignore`
 * paragraph, and neither the page policy nor the sitemap looks at its text.
 */
export async function linkPdfs(context: BuildContext): Promise<string[]> {
  const unlinked: string[] = [];
  const docs = context.documents;
  for (let i = 0; i < docs.length; i += AT_ONCE) {
    const batch = docs.slice(i, i + AT_ONCE);
    const linked = await Promise.all(batch.map((doc) => linkPdf(context.outDir, doc)));
    batch.forEach((doc, j) => {
      if (linked[j] === false) unlinked.push(doc.id);
    });
  }
  await rm(path.join(context.outDir, PRINT_ROOT), { recursive: true, force: true });
  if (unlinked.length > 0) {
    context.logger.warn(`pdf: no download link to fill in on the page of ${unlinked.join(', ')}`);
  }
  return unlinked;
}

/**
 * Writes the PDF's size into the document page's download link: true when
 * filled, false when the page has no link to fill, undefined when the
 * document has no PDF (nothing printed it).
 */
async function linkPdf(outDir: string, doc: PlanDocument): Promise<boolean | undefined> {
  const pdf = await stat(urlToFile(outDir, documentPdfUrl(doc))).catch(() => undefined);
  if (!pdf?.isFile()) return undefined;
  const file = urlToFile(outDir, documentUrl(doc));
  const html = await readFile(file, 'utf8').catch(() => undefined);
  const filled = html === undefined ? undefined : fillPdfSize(html, documentPdfUrl(doc), pdf.size);
  if (filled === undefined) return false;
  if (filled !== html) await writeFile(file, filled);
  return true;
}

/** See src/lib/build/build-steps.ts for where it runs: after the PDFs and every reader of pages. */
export const pdfLinksStep: BuildStep = {
  name: 'pdf-links',
  async run(context) {
    await linkPdfs(context);
  },
};
