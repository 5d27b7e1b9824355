import { PDFDocument } from 'pdf-lib';
import { applyPdfInfo, type PdfInfo } from './metadata.ts';
import { retitleOutline } from './outline.ts';
import { dropSoftHyphenText } from './soft-hyphen-text.ts';

/**
 * Turns Chromium's PDF into the published one: document information, clean
 * bookmark titles, and a text layer without the soft hyphens that set the
 * hyphenation (so «Levanger» is found, copied and read aloud whole).
 * pdf-lib rewrites the file but keeps the catalog as it is, so the
 * structure tree, `/Lang`, `/MarkInfo` and the bookmarks' targets survive
 * (tests/e2e/pdf.test.ts reads them back with poppler/qpdf).
 */
export async function finishPdf(
  pdf: Uint8Array,
  info: PdfInfo,
  headings: readonly string[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  applyPdfInfo(doc, info);
  retitleOutline(doc, headings);
  dropSoftHyphenText(doc);
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false });
}
