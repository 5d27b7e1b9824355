/**
 * The schema of a status update file (content/statusoppdateringar/*.yaml),
 * over the internal names the vocabulary layer (status/vocabulary.ts with
 * model/translate.ts) produced. Failures are custom issues carrying an
 * `update.*` rule id and its message variables; status/parse.ts places and
 * words them. Which fields an update needs (a date may come from the file)
 * spans fields, so it is checked there, as document.ts does for documents.
 */
import { z } from 'zod';
import type { StatusRule } from '../../i18n/problems.ts';
import { parseDate } from '../dates.ts';
import { lookup } from '../lookup.ts';
import { ACTION_STATUSES, MALFORMER } from '../vocabulary.ts';

/** Reports a status-file problem from inside a transform. */
function flag(ctx: z.RefinementCtx, rule: StatusRule, vars: Record<string, string>): void {
  ctx.addIssue({ code: 'custom', message: rule, params: { statusRule: rule, vars } });
}

/**
 * Any value as one line of text: a list or mapping where text belongs is
 * written back in one line (`[kurs,anna]`), so a message quotes what the
 * clerk wrote and the reference check still runs.
 */
export const looseText = z
  .unknown()
  .transform((v) => (typeof v === 'string' ? v : JSON.stringify(v ?? '').replace(/"/g, '')));

/** `dato`: a calendar date, ISO or Norwegian; output `YYYY-MM-DD`. */
const updateDate = looseText.transform((value, ctx) => {
  const result = parseDate(value);
  if (result.ok) return result.iso;
  flag(ctx, 'oppdatering-dato-ugyldig', { value, reason: result.reason });
  return z.NEVER;
});

/** `status`: a tiltak status in any spelling; output its code. */
const actionStatus = looseText.transform((value, ctx) => {
  const term = lookup(ACTION_STATUSES, value);
  if (term) return term.name;
  flag(ctx, 'oppdatering-status-ugyldig', { value });
  return z.NEVER;
});

/** `målform`: nb/bokmål or nn/nynorsk. */
const malform = looseText.transform((value, ctx) => {
  const term = lookup(MALFORMER, value);
  if (term) return term.name;
  flag(ctx, 'oppdatering-malform-ugyldig', { value });
  return z.NEVER;
});

/** One update in `oppdateringer`/`oppdateringar`. */
export const StatusUpdateSchema = z.object({
  /** `tiltak`: `dokument-id#tiltak-id`, or a tiltak id with a `dokument`. Required. */
  action: looseText.optional(),
  /** `dokument`: the handlingsplan, when `tiltak` names only the tiltak. */
  document: looseText.optional(),
  /** `dato`: when the status changed; required unless the file has a `dato`. */
  date: updateDate.optional(),
  /** `status`: the tiltak's new status. Required. */
  status: actionStatus.optional(),
  /** `merknad`: what happened. */
  remark: looseText.optional(),
});

/** A whole status update file. */
export const StatusFileSchema = z.object({
  /** `målform`: the file's målform. Default: the site's. */
  malform: malform.optional(),
  /** `dokument`: the handlingsplan of every update that names none. */
  document: looseText.optional(),
  /** `dato`: the date of every update that gives none. */
  date: updateDate.optional(),
  /** `oppdateringer`/`oppdateringar`: the updates. Required. */
  updates: z.array(StatusUpdateSchema),
});

/** One update as read. */
export type StatusUpdateFields = z.output<typeof StatusUpdateSchema>;
