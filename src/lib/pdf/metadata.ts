import { PDFDocument } from 'pdf-lib';

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
 * Writes the Info dictionary and DisplayDocTitle into a PDF Chromium printed
 * (Chromium sets only Title, from `<title>`). pdf-lib rewrites the file but
 * keeps the catalog as it is, so the structure tree, `/Lang`, `/MarkInfo`
 * and the bookmarks survive; tests/unit/pdf/metadata.test.ts checks that.
 */
export async function writePdfInfo(pdf: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const created = info.created ?? new Date();
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords([...info.keywords]);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false });
}
