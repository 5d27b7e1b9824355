import { PDFDocument } from 'pdf-lib';
import { publishable } from '../core/unsafe-chars.ts';

/** The document information a PDF carries (what `pdfinfo` and a reader's «Properties» show). */
export interface PdfInfo {
  /** Document title; shown in the reader's window title bar. */
  title: string;
  /** The publishing kommune(r). */
  author: string;
  /** The document type in the document's målform, e.g. «Saksframlegg». */
  subject: string;
  keywords: readonly string[];
  /** Creation time; defaults to now. */
  created?: Date;
}

/** Names Planverk and the engines behind it in Creator/Producer. */
export const CREATOR = 'Planverk';
const PRODUCER = 'Planverk (Chromium, pdf-lib)';

/**
 * Sets the Info dictionary and DisplayDocTitle of a PDF Chromium printed
 * (Chromium sets only Title, from `<title>`).
 */
export function applyPdfInfo(doc: PDFDocument, info: PdfInfo): void {
  const created = info.created ?? new Date();
  // pdf-lib writes a lone surrogate into the UTF-16 string as it is: invalid text in every reader.
  doc.setTitle(publishable(info.title), { showInWindowTitleBar: true });
  doc.setAuthor(publishable(info.author));
  doc.setSubject(publishable(info.subject));
  doc.setKeywords(info.keywords.map(publishable));
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
}
