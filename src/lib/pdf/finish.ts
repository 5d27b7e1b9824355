import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import type { Malform } from '../model/types.ts';
import { markArtifacts } from './artifacts.ts';
import { ContentStreams } from './content-streams.ts';
import { applyPdfInfo, type PdfInfo } from './metadata.ts';
import { addOutputIntent } from './output-intent.ts';
import { outlineEntries, retitleOutline, type OutlineEntry } from './outline.ts';
import { dropSoftHyphenText } from './soft-hyphen-text.ts';
import { fixStructure } from './structure.ts';
import { useZlibInPdfLib } from './flate.ts';
import { renumberObjects } from './object-order.ts';
import { renumberStructIds } from './struct-ids.ts';
import { t } from '../i18n/index.ts';

/**
 * Turns Chromium's PDF into the published one: document information and
 * the XMP packet that declares PDF/A-2a and PDF/UA-1, the sRGB output
 * intent, running headers and footers as artifacts, a structure tree and
 * link annotations as both standards want them (docs/pdf-conformance.md),
 * clean bookmark titles, structure ids that do not depend on the renderer's
 * node counter (so a reprint is the same bytes), and a text layer without the soft hyphens that
 * set the hyphenation (so «Levanger» is found, copied and read aloud whole).
 * pdf-lib rewrites the file but keeps the catalog as it is, so the
 * structure tree, `/Lang`, `/MarkInfo` and the bookmarks' targets survive
 * (tests/e2e/pdf.test.ts and tests/e2e/pdf-conformance.test.ts read them back).
 */
export async function finishPdf(
  pdf: Uint8Array,
  info: PdfInfo,
  headings: readonly string[],
  timings?: Record<string, number>,
): Promise<Uint8Array> {
  return (await finishPrint(pdf, info, headings, timings)).pdf;
}

/** A finished PDF and the bookmarks of the print it was made from (as readOutline reads them). */
export interface FinishedPrint {
  pdf: Uint8Array;
  outline: OutlineEntry[];
}

/**
 * {@link finishPdf}, also returning the print's bookmarks, read from the
 * one parse finishing needs anyway: printDocument checks the TOC numbers
 * of its last pass with them instead of parsing the print a second time.
 */
export async function finishPrint(
  pdf: Uint8Array,
  info: PdfInfo,
  headings: readonly string[],
  timings?: Record<string, number>,
): Promise<FinishedPrint> {
  let at = performance.now();
  const lap = (name: string): void => {
    if (!timings) return;
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + now - at;
    at = now;
  };
  useZlibInPdfLib();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const outline = outlineEntries(doc);
  lap('finish:load');
  const malform: Malform = info.language === 'nn' ? 'nn' : 'nb';
  applyPdfInfo(doc, info);
  await addOutputIntent(doc);
  lap('finish:info+intent');
  // Both passes rewrite the content streams: decoded once, deflated once (flush).
  const streams = new ContentStreams(doc);
  markArtifacts(doc, streams);
  lap('finish:artifacts');
  fixStructure(doc, t(malform, 'print.internalLink'));
  lap('finish:structure');
  retitleOutline(doc, headings);
  dropSoftHyphenText(doc, streams);
  streams.flush();
  lap('finish:outline+softhyphen');
  renumberStructIds(doc);
  renumberObjects(doc);
  setFileId(doc, info);
  lap('finish:ids+order');
  const bytes = await doc.save({ useObjectStreams: true, updateFieldAppearances: false });
  lap('finish:save');
  return { pdf: bytes, outline };
}

/**
 * The trailer /ID PDF/A requires (ISO 19005-2 §6.1.3) and Chromium does not
 * write: derived from the document information, so a reprint of the same
 * document gets the same identifier (both halves equal: never revised).
 */
function setFileId(doc: PDFDocument, info: PdfInfo): void {
  const id = createHash('sha256').update(JSON.stringify(info)).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
