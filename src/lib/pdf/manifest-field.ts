import { stat } from 'node:fs/promises';
import type { ManifestField } from '../output/manifest.ts';
import { urlToFile } from '../core/print-urls.ts';
import { documentPdfUrl } from '../core/urls.ts';

/**
 * Adds `pdf` (the PDF's URL relative to the site root) to a document's row of
 * `data/dokument.json`, when the PDF step has written the file.
 */
export const pdfManifestField: ManifestField = async (doc, context) => {
  const url = documentPdfUrl(doc);
  const found = await stat(urlToFile(context.outDir, url)).catch(() => undefined);
  return found?.isFile() ? { pdf: url } : undefined;
};
