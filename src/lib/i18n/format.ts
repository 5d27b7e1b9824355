import type { Deadline, Malform, Period } from '../core/types.ts';
import { plainNumber } from '../core/plain-number.ts';
import { t } from './index.ts';

// Dates live in their own module, free of the dictionaries, so the search
// page's script can format them without shipping every message.
import { formatDate } from './date.ts';

export { formatDate };

/** No-break space: keeps «57 060 kr» and «26. mars 2020» from breaking mid-number. */
const NBSP = '\u00a0';

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/**
 * Groups the digits of an integer in threes with no-break spaces: «16 087 178».
 * Exact for every finite number (BigInt digits, never «1e+23»); empty for NaN
 * and ±Infinity, which the checker never lets through.
 */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(Math.abs(value));
  const sign = value < 0 && rounded !== 0 ? '\u2212' : '';
  return sign + group(BigInt(rounded).toString());
}

/**
 * Formats kroner: «57 060 kr», with øre when there are any: «57 060,50 kr».
 * The digits are those of the number's shortest decimal form, which the
 * checker (money.ts) makes sure is the amount as written.
 */
export function formatKroner(value: number, malform: Malform): string {
  const kr = `${NBSP}${t(malform, 'kr')}`;
  const [whole = '', fraction = ''] = plainNumber(Math.abs(value)).split('.');
  if (fraction === '' || fraction.length > 2 || /^0+$/.test(fraction))
    return groupDigits(value) + kr;
  const sign = value < 0 ? '\u2212' : '';
  return `${sign}${group(whole)},${fraction.padEnd(2, '0')}${kr}`;
}

/** Formats a tiltak deadline: a date, a year, «2. tertial 2021» or «3. kvartal 2021». */
export function formatDeadline(deadline: Deadline, malform: Malform): string {
  switch (deadline.kind) {
    case 'date':
      return formatDate(deadline.date ?? deadline.endDate, malform);
    case 'year':
      return String(deadline.year);
    case 'tertial':
      return t(malform, 'tertial', { n: deadline.part ?? 1, year: deadline.year });
    case 'quarter':
      return t(malform, 'quarter', { n: deadline.part ?? 1, year: deadline.year });
  }
}

/** Formats a period as «2020–2025» (en dash); a one-year period is that year («2021»). */
export function formatPeriod(period: Period): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** Formats a file size the way Norwegian sites do: «48 kB», «1,2 MB». */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes}${NBSP}B`;
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))}${NBSP}kB`;
  const mb = bytes / 1_000_000;
  const text = mb < 10 ? mb.toFixed(1).replace('.', ',') : String(Math.round(mb));
  return `${text}${NBSP}MB`;
}

/** The status label of a document: see status-label.ts, the one place it is decided. */
export { docStatusLabel } from './status-label.ts';
