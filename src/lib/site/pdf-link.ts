import type { PlanDocument } from '../model/types.ts';

/** What the document page needs to link a printed PDF. */
export interface PdfLinkInfo {
  /** `/dokument/<slug>/<slug>.pdf`, see documentPdfUrl in urls.ts. */
  url: string;
  bytes: number;
}

/**
 * Hook for the PDF step: returns the PDF to link from a document page, or
 * undefined (no link). Until PDFs are printed there is none; the PDF step
 * replaces this body (e.g. reading sizes from its cache in `.planverk/cache`).
 */
export function pdfLinkFor(_doc: PlanDocument): PdfLinkInfo | undefined {
  return undefined;
}
