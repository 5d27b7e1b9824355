import type { PlanDocument } from '../model/types.ts';
import { siteRun } from './handover.ts';
import { documentPdfUrl } from '../core/urls.ts';

/** What the document page needs to link a printed PDF. */
export interface PdfLinkInfo {
  /** `/dokument/<slug>/<slug>.pdf`, see documentPdfUrl in urls.ts. */
  url: string;
  bytes: number;
}

/**
 * Hook for the PDF step: the PDF to link from a document page, or undefined
 * (no link). A build prints every document's PDF after Astro has rendered
 * the pages, so the size is not known yet: the page is rendered with 0 and
 * the PDF step (src/lib/pdf/page-link.ts) writes the real size into the
 * built page. `npm run dev` prints nothing, so it shows no link. (Not
 * import.meta.env.DEV: a build started from Vitest inherits DEV=1; the run
 * says which it is, see handover.ts.)
 */
export function pdfLinkFor(
  doc: PlanDocument,
  dev: boolean = siteRun().command === 'dev',
): PdfLinkInfo | undefined {
  return dev ? undefined : { url: documentPdfUrl(doc), bytes: 0 };
}
