/**
 * The internal model: what code reads after the one mapping layer has turned
 * a clerk's Norwegian (bokmål, nynorsk or ASCII) frontmatter into English
 * names and normalised values. Every date is an ISO string (`YYYY-MM-DD`) so
 * the model serialises as-is into JSON, Astro's data store and the manifest.
 */

export type {
  ActionStatus,
  ConsultationResponse,
  Deadline,
  DocStatus,
  DocType,
  IsoDate,
  Malform,
  Period,
} from '../core/types.ts';
import type {
  ActionStatus,
  ConsultationResponse,
  Deadline,
  DocStatus,
  DocType,
  IsoDate,
  Malform,
  Period,
} from '../core/types.ts';

/** One `vedlegg` entry, resolved against the file system. */
export interface Attachment {
  title: string;
  /** Path relative to `content/`, POSIX separators. */
  file: string;
  /** Size in bytes. */
  bytes: number;
  /** Lower-case extension without dot, e.g. `pdf`. */
  ext: string;
}

/** One step of the political route (`behandling`). */
export interface RouteStep {
  /** `utvalg` / `utval`: the body that handles the case. */
  body: string;
  meetingDate?: IsoDate;
  /** `saksnr`, e.g. `13/20`. */
  caseNumber?: string;
}

/** The administration's recommended decision (`innstilling`). */
export interface Recommendation {
  /** `fra` / `frå`: who recommends, e.g. `Rådmannen`. */
  from?: string;
  /** Numbered points; a plain-text innstilling becomes one point. */
  points: string[];
}

/** One decision (`vedtak`). */
export interface Decision {
  organ: string;
  date?: IsoDate;
  caseNumber?: string;
  /** Numbered points; a `tekst` decision becomes one point. */
  points: string[];
}

/** One focus area (`satsingsområde`). */
export interface FocusArea {
  id: string;
  title: string;
  priority?: number;
  goals: string[];
  /** Anchor (heading id in the rendered body) of the section describing it. */
  sectionAnchor: string;
  /** Text of that heading. */
  sectionTitle: string;
}

/** One action item (`handlingsplan[]`, a tiltak). */
export interface ActionItem {
  id: string;
  action: string;
  /** Id of the focus area. */
  focusArea?: string;
  /** Id of the document that defines that focus area (this one or `strategi`). */
  focusAreaDoc?: string;
  responsible?: string;
  deadline?: Deadline;
  /** Kroner. */
  cost?: number;
  funding?: string;
  status?: ActionStatus;
  remark?: string;
}

/** A heading of the rendered body. */
export interface Heading {
  depth: number;
  text: string;
  anchor: string;
}

/** A validated, normalised document. */
export interface PlanDocument {
  /** Path under `content/` without extension, POSIX separators, as written. */
  id: string;
  /** URL path segment(s): the id transliterated and slugged per segment. */
  slug: string;
  /** Path of the source file relative to the project root. */
  sourcePath: string;
  title: string;
  subtitle?: string;
  type: DocType;
  malform: Malform;
  kommune: string[];
  status: DocStatus;
  date: IsoDate;
  consultationDeadline?: IsoDate;
  /** `høringssvar`: where to send a response (an e-mail address or a form). */
  consultationResponse?: ConsultationResponse;
  period?: Period;
  caseNumber?: string;
  archiveCode?: string;
  caseOfficer?: string;
  responsible?: string;
  /** `sammendrag`, or derived from the first paragraph of the body. */
  summary: string;
  summaryDerived: boolean;
  keywords: string[];
  attachments: Attachment[];
  related: string[];
  replaces?: string;
  /** Filled in by reference resolution: the id of the document replacing this one. */
  replacedBy?: string;
  route: RouteStep[];
  recommendation?: Recommendation;
  decisions: Decision[];
  focusAreas: FocusArea[];
  actionPlan: ActionItem[];
  /** `strategi`: id of the strategy whose focus areas the tiltak refer to. */
  strategy?: string;
  /** The Markdown body. */
  body: string;
  /** 1-based line in the source file where the body starts. */
  bodyLine: number;
  headings: Heading[];
}
