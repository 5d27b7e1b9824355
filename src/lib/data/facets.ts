/**
 * The filter values of the tiltak overview (status, ansvar, year) and of the
 * vedtak register (organ, year), each with a URL-safe slug, so every filter
 * is a pre-rendered page that works without JavaScript.
 */
import { ACTION_STATUS_CODES } from '../core/action-status.ts';
import { slugify } from '../core/slug.ts';
import type { ActionStatus } from '../model/types.ts';
import type { TiltakRow } from './tiltak.ts';

/** The order tiltak statuses are shown in. */
export const STATUS_ORDER: readonly ActionStatus[] = ACTION_STATUS_CODES;

/** One filter value: its label, URL slug and how many rows match it. */
export interface Facet {
  slug: string;
  label: string;
  count: number;
}

/** Groups items by a label (items may have none); slugs are unique and sorted by label. */
export function facetsOf<T>(
  items: readonly T[],
  labelOf: (item: T) => string | undefined,
): Facet[] {
  const counts = new Map<string, Facet>();
  for (const item of items) {
    const label = labelOf(item)?.trim();
    if (!label) continue;
    const slug = slugify(label) || 'x';
    const facet = counts.get(slug) ?? { slug, label, count: 0 };
    facet.count++;
    counts.set(slug, facet);
  }
  return [...counts.values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'nb', { numeric: true }),
  );
}

/** The slug a row's label gets, matching {@link facetsOf}. */
export function facetSlug(label: string | undefined): string | undefined {
  const trimmed = label?.trim();
  return trimmed ? slugify(trimmed) || 'x' : undefined;
}

/** The year a tiltak belongs to: its deadline's year. */
export function tiltakYear(row: TiltakRow): string | undefined {
  return row.item.deadline ? String(row.item.deadline.year) : undefined;
}

/** Counts of rows by current status, in {@link STATUS_ORDER}, zeros included. */
export function countByStatus(
  rows: readonly TiltakRow[],
): { status: ActionStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    count: rows.filter((r) => r.state.status === status).length,
  }));
}
