import { PDFName, type PDFDocument } from 'pdf-lib';
import { publishable } from '../core/unsafe-chars.ts';
import { buildXmp, type PlanverkFields } from './xmp.ts';

/** The document information a PDF carries (what `pdfinfo` and a reader's «Properties» show). */
export interface PdfInfo {
  /** Document title; shown in the reader's window title bar. */
  title: string;
  /** The publishing kommune(r). */
  author: string;
  /** The samandrag (Info /Subject and XMP dc:description). */
  subject: string;
  keywords: readonly string[];
  /** `nb` or `nn`; written into the XMP when given. */
  language?: string;
  /**
   * Creation and modification time. The document's date, never the time of
   * printing: a cached and a cold build must give the same bytes, and an
   * archive copy printed again next year is the same document.
   */
  created?: Date;
  /** The Planverk archive facts; with them (and `language`) the PDF gets its XMP packet. */
  archive?: PlanverkFields;
}

/** Names Planverk and the engines behind it in Creator/Producer. */
export const CREATOR = 'Planverk';
export const PRODUCER = 'Planverk (Chromium, pdf-lib)';

/** Info /Keywords: the emneord joined the way XMP pdf:Keywords repeats them. */
export function keywordsLine(keywords: readonly string[]): string {
  return keywords.map(publishable).join(', ');
}

/** `2018-06-21T00:00:00Z`: the XMP form of a date, to the second, in UTC like the Info dates. */
export function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Sets the Info dictionary and DisplayDocTitle of a PDF Chromium printed
 * (Chromium sets only Title, from `<title>`), and, given the archive facts,
 * the XMP metadata stream that repeats Info exactly (ISO 19005-2 §6.6.3).
 */
export function applyPdfInfo(doc: PDFDocument, info: PdfInfo): void {
  // Second precision: Info dates carry no milliseconds, so XMP must not either.
  const created = new Date(Math.floor((info.created ?? new Date()).getTime() / 1000) * 1000);
  // pdf-lib writes a lone surrogate into the UTF-16 string as it is: invalid text in every reader.
  doc.setTitle(publishable(info.title), { showInWindowTitleBar: true });
  doc.setAuthor(publishable(info.author));
  doc.setSubject(publishable(info.subject));
  doc.setKeywords([keywordsLine(info.keywords)]);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  if (!info.archive || !info.language) return;
  const xmp = buildXmp({
    title: info.title,
    language: info.language,
    creator: info.author,
    description: info.subject,
    keywords: info.keywords,
    keywordsLine: keywordsLine(info.keywords),
    creatorTool: CREATOR,
    producer: PRODUCER,
    date: xmpDate(created),
    planverk: info.archive,
  });
  // Uncompressed: PDF/A wants the packet readable by tools that know no PDF filters.
  const stream = doc.context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
