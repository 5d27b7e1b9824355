import type { Malform } from '../core/types.ts';

/*
 * Dates, without the dictionaries: the search page's browser script imports
 * this module, and format.ts (which needs t()) re-exports it for the pages.
 */

// Intl.DateTimeFormat has no reliable nynorsk data in every runtime (it falls
// back to bokmål or English), so month names are spelled out here. The month
// names happen to be the same in bokmål and nynorsk.
const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;
const MONTHS: Record<Malform, readonly string[]> = { nb: MONTH_NAMES, nn: MONTH_NAMES };

/** Formats an ISO date (`2020-03-26`) the Norwegian way: «26. mars 2020». */
export function formatDate(iso: string, malform: Malform): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)}. ${MONTHS[malform][Number(month) - 1]} ${year}`;
}
