/**
 * Field schemas shared by every concern: text, lists, dates, money, enum
 * values, ids. After the vocabulary layer every scalar is a string (the YAML
 * is read with the failsafe schema); numbers are accepted too, for callers
 * that build frontmatter in code. Failures are custom issues carrying a rule
 * id and message arguments; the dictionaries (src/lib/i18n/nb.ts, nn.ts) word them in the document's målform.
 */
import { z } from 'zod';
import type { MessageArgs, RuleId } from '../../i18n/problems.ts';
import { parseDate, parseDeadline, suggestDate, suggestDeadline } from '../dates.ts';
import { lookup, suggest } from '../lookup.ts';
import { readMoney, type MoneyProblem } from '../money.ts';
import { slugify } from '../../core/slug.ts';
import {
  readConsultationResponse,
  type ResponseProblem,
} from '../../core/consultation-response.ts';
import type { Term } from '../vocabulary.ts';

/** Reports a content problem from inside a transform. */
export function report(
  ctx: z.RefinementCtx,
  ruleId: RuleId,
  args: MessageArgs,
  path?: PropertyKey[],
): void {
  ctx.addIssue({
    code: 'custom',
    message: ruleId,
    params: { ruleId, args },
    ...(path ? { path } : {}),
  });
}

const scalar = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** Free text, e.g. a title. Numbers are kept as written (`arkivkode: 010`). */
export const text = scalar;

/** One text or a list of texts, e.g. `emneord`, `mål`; empty entries are dropped. */
export const textList = z
  .union([scalar.transform((s) => [s]), z.array(scalar)])
  .transform((list) => list.filter((s) => s !== ''));

/** A calendar date, ISO or Norwegian (see dates.ts); output `YYYY-MM-DD`. */
export const date = scalar.transform((value, ctx) => {
  const result = parseDate(value);
  if (result.ok) return result.iso;
  if (result.reason === 'impossible') report(ctx, 'dato-ugyldig', { value });
  else {
    const suggestion = suggestDate(value);
    report(ctx, 'dato-format', { value, ...(suggestion ? { suggestion } : {}) });
  }
  return z.NEVER;
});

/** A tiltak deadline: date, year, `2021-T2` or `2021-K3`; output a Deadline. */
export const deadline = scalar.transform((value, ctx) => {
  const result = parseDeadline(value);
  if (result.ok) return result.deadline;
  const suggestion = suggestDeadline(value);
  report(ctx, 'frist-ugyldig', { value, ...(suggestion ? { suggestion } : {}) });
  return z.NEVER;
});

/** An amount in kroner, 0 or more (`57060`, `"57 060"`, `"kr 57 060,-"`, `"1,5 mill."`, `gratis`). */
export const kroner = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const amount = readMoney(value);
  if (amount.ok && amount.kroner >= 0) return amount.kroner;
  const rule = amount.ok ? 'belop-negativt' : MONEY_RULES[amount.reason];
  report(ctx, rule, { value: String(value) });
  return z.NEVER;
});

const MONEY_RULES: Record<MoneyProblem, RuleId> = {
  format: 'belop-ugyldig',
  exponent: 'belop-eksponent',
  decimals: 'belop-desimalar',
  'too-large': 'belop-for-stort',
};

/** A whole number from 1 up, e.g. `prioritet`. */
export const positiveInt = scalar.transform((value, ctx) => {
  // Beyond 2^53 the number read is not the one written (and JSON writes «1e+21»).
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number.isSafeInteger(Number(value)))
    return Number(value);
  report(ctx, /^\d+$/.test(value) && Number(value) >= 1 ? 'tall-for-stort' : 'tall-ugyldig', {
    value,
  });
  return z.NEVER;
});

/** An enum value from a vocabulary table, in any spelling; output the internal name. */
export function oneOf<N extends string>(terms: readonly Term<N>[]) {
  return scalar.transform((value, ctx): N => {
    const term = lookup(terms, value);
    if (term) return term.name;
    const near = suggest(terms, value);
    report(ctx, 'verdi-ukjent', { value, allowed: terms, ...(near ? { suggestion: near } : {}) });
    return z.NEVER;
  });
}

/** A short slug id (`digital-kompetanse`): lower-case letters, digits, hyphens. */
export const slugId = scalar.transform((value, ctx) => {
  if (/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(value)) return value;
  report(ctx, 'id-format', { value, suggestion: slugify(value) || 'mitt-id' });
  return z.NEVER;
});

/**
 * Normalises a document reference to an id: NFC, POSIX separators, without
 * a leading `./`, `/` or `content/` and without `.md`, which clerks often add.
 */
export function normaliseRef(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '')
    .replace(/^content\//, '')
    .replace(/\.(?:md|markdown)$/i, '');
}

/** The id of another document (path under content/ without `.md`). */
export const docRef = scalar.transform(normaliseRef);

/** One reference or a list of them (`relatert`). */
export const docRefList = textList.transform((list) => list.map(normaliseRef));

const RESPONSE_RULES: Record<ResponseProblem, RuleId> = {
  'email-unsafe': 'horingssvar-epost',
  http: 'horingssvar-http',
  'url-unsafe': 'horingssvar-adresse',
  invalid: 'horingssvar-ugyldig',
};

/** `høringssvar`: an e-mail address or an https form URL (core/consultation-response.ts). */
export const consultationResponse = scalar.transform((value, ctx) => {
  const result = readConsultationResponse(value);
  if (result.ok) return result.response;
  report(ctx, RESPONSE_RULES[result.problem], { value });
  return z.NEVER;
});
