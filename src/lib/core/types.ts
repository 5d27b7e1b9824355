/**
 * The value types every layer shares: the målform, the closed sets of
 * document type and status and of tiltak status, and dates. They sit in core
 * so that i18n (below the model) can name them; src/lib/model/types.ts
 * re-exports them beside the document model.
 */

/** Written language of a document: bokmål or nynorsk. */
export type Malform = 'nb' | 'nn';

/** Document type (`type`). */
export type DocType =
  'strategi' | 'plan' | 'handlingsplan' | 'saksframlegg' | 'orientering' | 'notat';

/** Document status (`status`): the list is in doc-status.ts. */
export type { DocStatus } from './doc-status.ts';

/** Status of one tiltak (`handlingsplan[].status`): the list is in action-status.ts. */
export type { ActionStatus } from './action-status.ts';

/** How to respond to a høring (`høringssvar`): the type is in consultation-response.ts. */
export type { ConsultationResponse } from './consultation-response.ts';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A tiltak deadline (`frist`): a date, a year, or a year with tertial/quarter. */
export interface Deadline {
  kind: 'date' | 'year' | 'tertial' | 'quarter';
  year: number;
  /** Tertial (1–3) or quarter (1–4). */
  part?: number;
  /** For `kind: 'date'`. */
  date?: IsoDate;
  /** The last day the deadline covers, for sorting and «overdue» checks. */
  endDate: IsoDate;
  /** Canonical text: `2021-03-01`, `2021`, `2021-T2`, `2021-K3`. */
  text: string;
}

/** `periode`. */
export interface Period {
  from: number;
  to: number;
}
