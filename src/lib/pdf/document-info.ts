import { documentUrl } from '../core/urls.ts';
import type { PlanDocument } from '../model/types.ts';
import type { PdfInfo } from './metadata.ts';
import { t } from '../i18n/index.ts';

/** The latest decision date of a document (`vedtak[].dato`), if any. */
export function decisionDate(doc: PlanDocument): string | undefined {
  return doc.decisions
    .flatMap((d) => (d.date ? [d.date] : []))
    .sort()
    .at(-1);
}

/**
 * The document information and archive facts of a document's PDF. Its date
 * is the document's own (`dato`, midnight UTC), so the bytes of a PDF depend
 * only on the document: a cached and a cold build agree.
 */
export function documentPdfInfo(doc: PlanDocument, baseUrl: string): PdfInfo {
  return {
    title: doc.title,
    author: t(doc.malform, 'print.kommuneLine', doc.kommune),
    subject: doc.summary,
    keywords: doc.keywords,
    language: doc.malform,
    created: new Date(`${doc.date}T00:00:00Z`),
    archive: {
      arkivsak: doc.caseNumber,
      arkivkode: doc.archiveCode,
      dokumenttype: doc.type,
      status: doc.status,
      vedtaksdato: decisionDate(doc),
      url: new URL(documentUrl(doc), baseUrl).href,
    },
  };
}
