/**
 * Schemas of the planning structures: `satsingsområde` (focus areas) and the
 * tiltak of `handlingsplan`. References (a tiltak's focus area, a focus
 * area's `seksjon`) are resolved later, in references.ts and document.ts.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from '../vocabulary.ts';
import { deadline, kroner, oneOf, positiveInt, slugId, text, textList } from './fields.ts';

/** One `satsingsområde` entry. */
export const FocusAreaSchema = z.object({
  /** `id`: short slug, unique within the document, e.g. `digital-kompetanse`. Required. */
  id: slugId,
  /** `tittel`: name of the focus area. Required. */
  title: text,
  /** `prioritet`: order, 1 = highest. Optional. */
  priority: positiveInt.optional(),
  /** `mål`: one goal or a list. Default: none. */
  goals: textList.default([]),
  /**
   * `seksjon`: the body heading describing the area, by text or anchor.
   * Default: a heading whose text equals `tittel`; without one it is an error.
   */
  section: text.optional(),
});

/** One tiltak of `handlingsplan`. */
export const ActionItemSchema = z.object({
  /** `id`: slug, unique within the document. Required. */
  id: slugId,
  /** `tiltak`: what will be done. Required. */
  action: text,
  /** `satsingsområde`: id of a focus area in this document or in `strategi`. */
  focusArea: slugId.optional(),
  /** `ansvar`: responsible unit or role, e.g. `Kommunalsjef oppvekst`. */
  responsible: text.optional(),
  /** `frist`: a date, a year (`2021`), `2021-T2` (tertial 1–3) or `2021-K3` (quarter 1–4). */
  deadline: deadline.optional(),
  /** `kostnad`: kroner, 0 or more. */
  cost: kroner.optional(),
  /** `finansiering`: how it is paid for, e.g. `Driftsbudsjett`. */
  funding: text.optional(),
  /** `status`: planlagt, pågår, fullført, utsatt/utsett, avlyst. */
  status: oneOf(ACTION_STATUSES).optional(),
  /** `merknad`: remark. */
  remark: text.optional(),
});
