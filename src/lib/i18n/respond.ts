/**
 * How to respond to a høring, as one sentence with at most one link: to the
 * `høringssvar` address or form when the document names one, else to the
 * kommune. The page banner, the front page's høring box and the PDF notice
 * all word it here.
 */
import type { ConsultationResponse, Malform } from '../core/types.ts';
import { t } from './index.ts';

/** The sentence around the link; `link` is absent for the generic wording. */
export interface RespondWords {
  before: string;
  link?: { href: string; text: string };
  after: string;
}

/** The respond sentence for a document on høring. */
export function respondWords(
  doc: {
    consultationResponse?: ConsultationResponse;
    kommune: readonly string[];
    caseNumber?: string;
  },
  malform: Malform,
): RespondWords {
  const response = doc.consultationResponse;
  const caseNote = doc.caseNumber
    ? ` ${t(malform, 'respondCase', { caseNumber: doc.caseNumber })}`
    : '';
  if (!response) {
    const kommune = t(malform, 'print.kommuneLine', [...doc.kommune]);
    return { before: `${t(malform, 'respondGeneric', { kommune })}${caseNote}`, after: '' };
  }
  const sentence =
    response.kind === 'email' ? t(malform, 'respondEmail') : t(malform, 'respondForm');
  const [before = '', after = ''] = sentence.split('{link}');
  const text = response.kind === 'email' ? response.address : t(malform, 'respondFormLink');
  return { before, link: { href: response.href, text }, after: `${after}${caseNote}` };
}
