import type { Deadline, IsoDate } from './types.ts';

/** Result of reading a date: the ISO date, or why it could not be read. */
export type DateResult =
  { ok: true; iso: IsoDate } | { ok: false; reason: 'format' | 'impossible' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
// `26. mars 2020`, `3 mai 2021`, `1. des. 2020`: how clerks write dates in letters.
const LONG = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})$/u;

/** Month names and abbreviations, bokmål and nynorsk (they share them), lower case. */
const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
};

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
 * Reads a date written as ISO (`2020-03-26`), Norwegian (`26.03.2020`,
 * `26.3.20`) or in letters (`26. mars 2020`). `31.02.2020` is `impossible`;
 * `März 2020` is `format`.
 */
export function parseDate(input: string, now: Date = new Date()): DateResult {
  const text = input.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(text);
  const nor = NORWEGIAN.exec(text);
  const long = LONG.exec(text);
  const month = long ? MONTHS[(long[2] ?? '').toLowerCase()] : undefined;
  if (long && month !== undefined) {
    [y, m, d] = [Number(long[3]), month, Number(long[1])];
  } else if (iso) {
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

/**
 * What a clerk probably meant by a date in a form that is not accepted
 * because it is ambiguous or unusual: `20200326` → `2020-03-26`,
 * `26/03/2020` and `26-03-2020` → `26.03.2020`. Undefined when unsure.
 */
export function suggestDate(input: string): string | undefined {
  const text = input.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) {
    const [, y, m, d] = compact.map(Number) as [number, number, number, number];
    return isoDate(y, m, d);
  }
  const slashed = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (slashed) {
    const [, d, m, y] = slashed.map(Number) as [number, number, number, number];
    return isoDate(y, m, d) ? `${pad(d)}.${pad(m)}.${y}` : undefined;
  }
  return undefined;
}

/**
 * The deadline a clerk probably meant by one that is not accepted:
 * `2021-T4` → `2021-T3 eller 2021-K4`, `2021-K5` → `2021-K4`, and seasons
 * (`våren 2021` → `2021-T1 eller 2021-T2`, `hausten 2021` → `2021-T3`).
 */
export function suggestDeadline(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  const part = /^(\d{4})\s*-?\s*([tkq])\s*(\d+)$/.exec(text);
  if (part) return part[2] === 't' ? `${part[1]}-T3 eller ${part[1]}-K4` : `${part[1]}-K4`;
  const season = /^(?:i\s+|innan\s+|innen\s+)?(\p{L}+)\s+(\d{4})$/u.exec(text);
  const year = season?.[2];
  const word = season?.[1] ?? '';
  if (!year) return undefined;
  if (/^v[åa]r(?:en)?$/.test(word)) return `${year}-T1 eller ${year}-T2`;
  if (/^som+ar(?:en)?$|^som+er(?:en)?$/.test(word)) return `${year}-T2`;
  if (/^(?:haust|høst|host)(?:en)?$/.test(word)) return `${year}-T3`;
  if (/^(?:utgangen|slutten|løpet|lopet)$/.test(word)) return year;
  return undefined;
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
