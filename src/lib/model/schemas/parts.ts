/**
 * Schemas of the smaller structured fields: `periode`, `vedlegg`,
 * `behandling`, `innstilling`, `vedtak`. Keys are the internal names the
 * vocabulary layer produced; comments name the clerk's keys.
 */
import { z } from 'zod';
import { date, report, text, textList } from './fields.ts';

// `2020–2025`, `2020 - 2025`, `2020/2025`, `2020 til 2025`, or one year `2021`.
const YEAR = /^(\d{4})(?:\s*(?:[-–—/]|til|to)\s*(\d{4}))?$/i;

/** Builds a Period from two years, or reports `periode-ugyldig`. */
function period(from: string, to: string, value: string, ctx: z.RefinementCtx) {
  const [a, b] = [Number(from), Number(to)];
  if (/^\d{4}$/.test(from) && /^\d{4}$/.test(to) && a <= b) return { from: a, to: b };
  report(ctx, 'periode-ugyldig', { value });
  return z.NEVER;
}

/**
 * `periode`: `2020–2025`, `2020-2025`, `2020 til 2025`, one year `2021`, or
 * `{fra: 2020, til: 2025}` (`frå` in nn); first year ≤ last.
 */
export const PeriodSchema = z.union([
  z.string().transform((value, ctx) => {
    const m = YEAR.exec(value.trim());
    return period(m?.[1] ?? '', m?.[2] ?? m?.[1] ?? '', value, ctx);
  }),
  z
    .object({
      /** `fra`/`frå`: first year, four digits. */
      from: text,
      /** `til`: last year, four digits. */
      to: text,
    })
    .transform((p, ctx) => period(p.from, p.to, `${p.from}–${p.to}`, ctx)),
]);

/** One `vedlegg` entry, before the file system check: `{tittel, fil}`. */
export const AttachmentSchema = z.object({
  /** `tittel`: the link text, e.g. `Budsjett 2024 (PDF)`. */
  title: text,
  /** `fil`: path relative to the document, e.g. `vedlegg/budsjett.pdf`. */
  file: text,
});

/** One step of `behandling`: `{utvalg/utval, møtedato, saksnr}`. */
export const RouteStepSchema = z.object({
  /** `utvalg`/`utval`: the body, e.g. `Formannskapet`. Required. */
  body: text,
  /** `møtedato`: date of the meeting. */
  meetingDate: date.optional(),
  /** `saksnr`: case number in that body, e.g. `13/20`. */
  caseNumber: text.optional(),
});

/** `innstilling`: `{fra/frå, punkt: [...]}`, or one text that becomes a single point. */
export const RecommendationSchema = z.union([
  z.string().transform((s) => ({ points: [s.trim()] })),
  z.object({
    /** `fra`/`frå`: who recommends, e.g. `Kommunedirektøren`. */
    from: text.optional(),
    /** `punkt`: the recommended points, one text or a list. Required. */
    points: textList,
  }),
]);

/** One `vedtak`: `{organ, dato, saksnr, punkt: [...]}` or `{…, tekst}`; needs `punkt` or `tekst`. */
export const DecisionSchema = z
  .object({
    /** `organ`: the deciding body, e.g. `Kommunestyret`. Required. */
    organ: text,
    /** `dato`: date of the decision. */
    date: date.optional(),
    /** `saksnr`: case number, e.g. `045/20`. */
    caseNumber: text.optional(),
    /** `punkt`: numbered decision points. */
    points: textList.optional(),
    /** `tekst`: the decision as one text (a single point). */
    text: text.optional(),
  })
  .transform(({ text: body, points, ...rest }, ctx) => {
    const all = [...(points ?? []), ...(body ? [body] : [])];
    if (all.length === 0)
      report(ctx, 'obligatorisk-felt', { key: { nb: 'punkt', nn: 'punkt' } }, ['points']);
    return { ...rest, points: all };
  });
