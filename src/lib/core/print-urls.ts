import path from 'node:path';
import type { Slugged } from './urls.ts';

/**
 * Where the print layout of a document is rendered: `/utskrift/<slug>/`.
 * The PDF step prints it; the last build step (src/lib/pdf/links-step.ts)
 * removes the whole `/utskrift/` tree, so these pages are never published,
 * indexed or linked.
 */
export function printPageUrl(doc: Slugged): string {
  return `/utskrift/${doc.slug}/`;
}

/** The top-level folder of the print pages in the output, removed after printing. */
export const PRINT_ROOT = 'utskrift';

/** Turns a site-root URL (`/a/b/`) into a file under `outDir` (`index.html` for folders). */
export function urlToFile(outDir: string, url: string): string {
  const clean = decodeURIComponent(url.split(/[?#]/)[0] ?? '/');
  const file = path.join(outDir, ...clean.split('/').filter(Boolean));
  return clean.endsWith('/') ? path.join(file, 'index.html') : file;
}

/**
 * Dev server only: a PDF of the document printed on request from its print
 * layout (src/lib/pdf/preview.ts), `/utskrift/<slug>/forhandsvising.pdf`.
 */
export function previewPdfUrl(doc: Slugged): string {
  return `${printPageUrl(doc)}forhandsvising.pdf`;
}
