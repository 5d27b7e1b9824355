import type { Deadline, IsoDate } from './types.ts';

/** Result of reading a date: the ISO date, or why it could not be read. */
export type DateResult =
  { ok: true; iso: IsoDate } | { ok: false; reason: 'format' | 'impossible' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;

/**
 * Expands a two-digit year. Rule: `yy` up to ten years after this year's
 * two digits means 20yy, anything later 19yy. In 2025, `26.03.20` is 2020,
 * `01.01.35` is 2035 and `01.01.36` is 1936. `now` is injectable for tests.
 */
export function expandYear(yy: number, now: Date = new Date()): number {
  const pivot = (now.getFullYear() % 100) + 10;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Builds an ISO date, or undefined when the day or month does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date written as ISO (`2020-03-26`) or Norwegian (`26.03.2020`,
 * `26.3.20`). `31.02.2020` is `impossible`; `März 2020` is `format`.
 */
export function parseDate(input: string, now: Date = new Date()): DateResult {
  const text = input.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(text);
  const nor = NORWEGIAN.exec(text);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (nor) {
    const year = nor[3] ?? '';
    [d, m] = [Number(nor[1]), Number(nor[2])];
    y = year.length === 2 ? expandYear(Number(year), now) : Number(year);
  } else {
    return { ok: false, reason: 'format' };
  }
  const result = isoDate(y, m, d);
  return result ? { ok: true, iso: result } : { ok: false, reason: 'impossible' };
}

/** Last month of each tertial (4-month period) and quarter. */
const TERTIAL_END = [4, 8, 12];
const QUARTER_END = [3, 6, 9, 12];

/** Result of reading a `frist`. */
export type DeadlineResult =
  { ok: true; deadline: Deadline } | { ok: false; reason: 'format' | 'impossible' };

/**
 * Reads a tiltak deadline: a date (see {@link parseDate}), a year (`2021`,
 * ends 31 December), a tertial (`2021-T2`, T1–T3, ends 30 April, 31 August,
 * 31 December) or a quarter (`2021-K3`, K1–K4; `Q` also accepted).
 */
export function parseDeadline(input: string, now: Date = new Date()): DeadlineResult {
  const text = input.trim();
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return { ok: true, deadline: { kind: 'year', year, endDate: `${text}-12-31`, text } };
  }
  const part = /^(\d{4})\s*-?\s*([TKQ])\s*(\d)$/i.exec(text);
  if (part) {
    const year = Number(part[1]);
    const n = Number(part[3]);
    const tertial = part[2]?.toUpperCase() === 'T';
    const ends = tertial ? TERTIAL_END : QUARTER_END;
    const month = ends[n - 1];
    if (month === undefined || n < 1) return { ok: false, reason: 'impossible' };
    const endDate = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
    const kind = tertial ? 'tertial' : 'quarter';
    const deadline: Deadline = {
      kind,
      year,
      part: n,
      endDate,
      text: `${year}-${tertial ? 'T' : 'K'}${n}`,
    };
    return { ok: true, deadline };
  }
  const date = parseDate(text, now);
  if (!date.ok) return date;
  const deadline: Deadline = {
    kind: 'date',
    year: Number(date.iso.slice(0, 4)),
    date: date.iso,
    endDate: date.iso,
    text: date.iso,
  };
  return { ok: true, deadline };
}
