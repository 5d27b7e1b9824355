/**
 * The frontmatter schema of a document, over the internal names the
 * vocabulary layer produced (the clerk's nb/nn key in each comment). Rules
 * that span fields (høringsfrist with status høring, strategi for a
 * handlingsplan, kommune against the site) live in ../document.ts, so they
 * run even when another field fails.
 */
import { z } from 'zod';
import { DOC_STATUSES, DOC_TYPES, MALFORMER } from '../vocabulary.ts';
import { consultationResponse, date, docRef, docRefList, oneOf, text, textList } from './fields.ts';
import {
  AttachmentSchema,
  DecisionSchema,
  PeriodSchema,
  RecommendationSchema,
  RouteStepSchema,
} from './parts.ts';
import { ActionItemSchema, FocusAreaSchema } from './plan.ts';

/** Frontmatter fields of every document. */
export const FrontmatterSchema = z.object({
  /** `tittel`: the title. Required. */
  title: text,
  /** `undertittel`: subtitle. */
  subtitle: text.optional(),
  /** `type`: strategi, plan, handlingsplan, saksframlegg, orientering or notat. Required. */
  type: oneOf(DOC_TYPES),
  /** `målform`: nb/bokmål or nn/nynorsk. Default: the site's `defaultMalform`. */
  malform: oneOf(MALFORMER).optional(),
  /** `kommune`: one name or a list; each must be a kommune of the site. Default: the site's first. */
  kommune: textList.optional(),
  /** `status`: utkast, høring/høyring, vedtatt/vedteken, opphevet/oppheva. Required. */
  status: oneOf(DOC_STATUSES),
  /** `dato`: the document's date. Required. */
  date,
  /** `høringsfrist`/`høyringsfrist`: last day for responses; required with status høring. */
  consultationDeadline: date.optional(),
  /** `høringssvar`/`høyringssvar`: an e-mail address or an https form URL; optional. */
  consultationResponse: consultationResponse.optional(),
  /** `periode`: years the document covers. */
  period: PeriodSchema.optional(),
  /** `arkivsak`: archive case number, e.g. `17/596`. */
  caseNumber: text.optional(),
  /** `arkivkode`: archive code, e.g. `010` (kept as written). */
  archiveCode: text.optional(),
  /** `saksbehandler`/`saksbehandlar`: case officer. */
  caseOfficer: text.optional(),
  /** `ansvarlig`/`ansvarleg`: responsible leader, e.g. `Petter Lindseth, kommunedirektør`. */
  responsible: text.optional(),
  /** `sammendrag`/`samandrag`: summary; default: derived from the first paragraph. */
  summary: text.optional(),
  /** `emneord`: keywords, one or a list. Default: none. */
  keywords: textList.default([]),
  /** `vedlegg`: attachments `{tittel, fil}`. Default: none. */
  attachments: z.array(AttachmentSchema).default([]),
  /** `relatert`: ids of related documents. Default: none. */
  related: docRefList.default([]),
  /** `erstatter`/`erstattar`: id of the document this one replaces. */
  replaces: docRef.optional(),
  /** `behandling`: the political route. Default: none. */
  route: z.array(RouteStepSchema).default([]),
  /** `innstilling`: the administration's recommendation. */
  recommendation: RecommendationSchema.optional(),
  /** `vedtak`: decisions. Default: none. */
  decisions: z.array(DecisionSchema).default([]),
  /** `satsingsområde`: focus areas. Default: none. */
  focusAreas: z.array(FocusAreaSchema).default([]),
  /** `handlingsplan`: tiltak. Default: none. */
  actionPlan: z.array(ActionItemSchema).default([]),
  /** `strategi`: id of the strategy the tiltak refer to; required for type handlingsplan. */
  strategy: docRef.optional(),
});

/** What a clerk writes, after the vocabulary layer has translated the keys. */
export type FrontmatterInput = z.input<typeof FrontmatterSchema>;
/** The validated, normalised frontmatter code reads. */
export type Frontmatter = z.output<typeof FrontmatterSchema>;
