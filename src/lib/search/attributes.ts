import type { PlanDocument } from '../model/types.ts';

/** One `data-pagefind-*` attribute with the text of its element. */
export interface PagefindField {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  /** Filter, meta or sort key. */
  name: string;
  value: string;
}

/** Filter keys the search page offers, in the order it shows them. */
export const FILTER_KEYS = ['type', 'kommune', 'year', 'status', 'malform'] as const;

/** A filter key (URL parameter and Pagefind filter name alike). */
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The filters, sort key and result metadata of a document page. Values are
 * the model's canonical codes (`horing`, `nn`); the search page translates
 * them into the site's målform. One element per kommune makes `kommune` a
 * multi-valued filter.
 */
export function pagefindFields(
  doc: Pick<PlanDocument, 'title' | 'type' | 'status' | 'date' | 'kommune' | 'malform' | 'summary'>,
): PagefindField[] {
  const filter = (name: FilterKey, value: string): PagefindField => ({
    attribute: 'data-pagefind-filter',
    name,
    value,
  });
  const meta = (name: string, value: string): PagefindField => ({
    attribute: 'data-pagefind-meta',
    name,
    value,
  });
  return [
    filter('type', doc.type),
    ...doc.kommune.map((k) => filter('kommune', k)),
    filter('year', doc.date.slice(0, 4)),
    filter('status', doc.status),
    filter('malform', doc.malform),
    { attribute: 'data-pagefind-sort', name: 'date', value: doc.date },
    meta('title', doc.title),
    meta('type', doc.type),
    meta('status', doc.status),
    meta('date', doc.date),
    meta('malform', doc.malform),
    meta('summary', doc.summary),
  ];
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The fields as HTML: a `hidden` element outside the reading order that
 * Pagefind reads (it ignores CSS and `hidden`) while `data-pagefind-ignore`
 * keeps the values out of the indexed text. PagefindMeta.astro renders the
 * same markup; this string form serves tests and fixtures.
 */
export function pagefindFieldsHtml(fields: readonly PagefindField[]): string {
  const spans = fields
    .map((f) => `<span ${f.attribute}="${f.name}">${escapeHtml(f.value)}</span>`)
    .join('');
  return `<div hidden data-pagefind-ignore>${spans}</div>`;
}
