/**
 * The one label of a document status, for every consumer: the document page,
 * the list cards and their badge, the search filters and result lines, the
 * PDF cover, the social card, the feeds and dokument.json. A status code has
 * one label per målform, so a filter value and the page it finds say the same.
 */
import { canonicalStatus, DOC_STATUS_CODES } from '../core/doc-status.ts';
import type { DocStatus, DocType, Malform } from '../core/types.ts';
import { nb, type Dictionary } from './nb.ts';
import { nn } from './nn.ts';

const DICTIONARIES: Record<Malform, Dictionary> = { nb, nn };

/**
 * The status label of a document: «Lagt fram» for an orientering or notat
 * (also when written `vedtatt`), «Vedtatt»/«Vedteken» for the types that are
 * adopted, and the draft mark for `utkast`.
 */
export function docStatusLabel(
  doc: { type: DocType; status: DocStatus },
  malform: Malform,
): string {
  const ui = DICTIONARIES[malform].ui;
  const status = canonicalStatus(doc.type, doc.status);
  return status === 'utkast' ? ui.draft : ui[`status.${status}`];
}

/** Every status code with its label, for the search page's filter and result words. */
export function statusLabels(malform: Malform): Record<DocStatus, string> {
  // Any type that allows the code gives the same label: the label depends on the code alone.
  const type = (status: DocStatus): DocType => (status === 'lagt-fram' ? 'notat' : 'plan');
  return Object.fromEntries(
    DOC_STATUS_CODES.map((s) => [s, docStatusLabel({ type: type(s), status: s }, malform)]),
  ) as Record<DocStatus, string>;
}
