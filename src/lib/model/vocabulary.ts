/**
 * The one mapping layer between the clerk's Norwegian and the internal
 * English names of types.ts. Each term lists its bokmål and nynorsk spelling
 * (used in messages and suggestions) and extra aliases; case, æ/ø/å and their
 * ASCII fallbacks are handled by `fold`, so they need no alias of their own.
 */
import type { ActionStatus, DocStatus, DocType, Malform } from './types.ts';

/** One word of the vocabulary: a key or an enum value. */
export interface Term<N extends string = string> {
  /** Internal (English) name: a field of types.ts or an enum value. */
  name: N;
  /** Bokmål spelling, shown to nb documents. */
  nb: string;
  /** Nynorsk spelling, shown to nn documents. */
  nn: string;
  /** Further accepted spellings (plurals, common variants). */
  aliases?: readonly string[];
}

/** A key; `nested` is the vocabulary of the object(s) it holds. */
export interface KeyTerm extends Term {
  nested?: readonly KeyTerm[];
}

const k = (
  name: string,
  nb: string,
  nn = nb,
  aliases: string[] = [],
  nested?: KeyTerm[],
): KeyTerm => (nested ? { name, nb, nn, aliases, nested } : { name, nb, nn, aliases });

/** Keys of one `periode: {fra, til}` object. */
export const PERIOD_KEYS: readonly KeyTerm[] = [k('from', 'fra', 'frå'), k('to', 'til')];

/** Keys of one `vedlegg` entry. */
export const ATTACHMENT_KEYS: readonly KeyTerm[] = [k('title', 'tittel'), k('file', 'fil')];

/** Keys of one `behandling` step. */
export const ROUTE_KEYS: readonly KeyTerm[] = [
  k('body', 'utvalg', 'utval', ['organ']),
  k('meetingDate', 'møtedato', 'møtedato', ['dato']),
  k('caseNumber', 'saksnr', 'saksnr', ['saksnummer']),
];

/** Keys of `innstilling` when written as an object. */
export const RECOMMENDATION_KEYS: readonly KeyTerm[] = [
  k('from', 'fra', 'frå'),
  k('points', 'punkt', 'punkt', ['punkter', 'punkta']),
];

/** Keys of one `vedtak` entry. */
export const DECISION_KEYS: readonly KeyTerm[] = [
  k('organ', 'organ', 'organ', ['utvalg', 'utval']),
  k('date', 'dato'),
  k('caseNumber', 'saksnr', 'saksnr', ['saksnummer']),
  k('points', 'punkt', 'punkt', ['punkter', 'punkta']),
  k('text', 'tekst'),
];

/** Keys of one `satsingsområde` entry. */
export const FOCUS_AREA_KEYS: readonly KeyTerm[] = [
  k('id', 'id'),
  k('title', 'tittel'),
  k('priority', 'prioritet'),
  k('goals', 'mål', 'mål', ['målsetting', 'målsettingar', 'målsettinger']),
  k('section', 'seksjon', 'seksjon', ['kapittel']),
];

/** Keys of one tiltak in `handlingsplan`. */
export const ACTION_KEYS: readonly KeyTerm[] = [
  k('id', 'id'),
  k('action', 'tiltak'),
  k('focusArea', 'satsingsområde', 'satsingsområde', ['satsningsområde']),
  k('responsible', 'ansvar', 'ansvar', ['ansvarlig', 'ansvarleg']),
  k('deadline', 'frist'),
  k('cost', 'kostnad', 'kostnad', ['kostnader', 'kostnadar']),
  k('funding', 'finansiering'),
  k('status', 'status'),
  k('remark', 'merknad', 'merknad', ['merknader', 'merknadar']),
];

/** Top-level frontmatter keys of a document. */
export const DOCUMENT_KEYS: readonly KeyTerm[] = [
  k('title', 'tittel'),
  k('subtitle', 'undertittel'),
  k('type', 'type'),
  k('malform', 'målform', 'målform', ['språk']),
  k('kommune', 'kommune', 'kommune', ['kommuner', 'kommunar']),
  k('status', 'status'),
  k('date', 'dato'),
  k('consultationDeadline', 'høringsfrist', 'høyringsfrist'),
  k('consultationResponse', 'høringssvar', 'høyringssvar', ['svar', 'svaradresse']),
  k('period', 'periode', 'periode', [], [...PERIOD_KEYS]),
  k('caseNumber', 'arkivsak', 'arkivsak', ['arkivsaksnr', 'arkivsaksnummer']),
  k('archiveCode', 'arkivkode'),
  k('caseOfficer', 'saksbehandler', 'saksbehandlar', ['sakshandsamar', 'sakshandsamer']),
  k('responsible', 'ansvarlig', 'ansvarleg'),
  k('summary', 'sammendrag', 'samandrag'),
  k('keywords', 'emneord'),
  k('attachments', 'vedlegg', 'vedlegg', [], [...ATTACHMENT_KEYS]),
  k('related', 'relatert', 'relatert', ['relaterte']),
  k('replaces', 'erstatter', 'erstattar'),
  k('route', 'behandling', 'behandling', [], [...ROUTE_KEYS]),
  k('recommendation', 'innstilling', 'innstilling', [], [...RECOMMENDATION_KEYS]),
  k('decisions', 'vedtak', 'vedtak', [], [...DECISION_KEYS]),
  k(
    'focusAreas',
    'satsingsområde',
    'satsingsområde',
    ['satsningsområde', 'satsingsområder', 'satsningsområder', 'satsingsområda'],
    [...FOCUS_AREA_KEYS],
  ),
  k('actionPlan', 'handlingsplan', 'handlingsplan', [], [...ACTION_KEYS]),
  k('strategy', 'strategi'),
];

const v = <N extends string>(name: N, nb: string, nn = nb, aliases: string[] = []): Term<N> => ({
  name,
  nb,
  nn,
  aliases,
});

/** Values of `type`. */
export const DOC_TYPES: readonly Term<DocType>[] = [
  v('strategi', 'strategi'),
  v('plan', 'plan'),
  v('handlingsplan', 'handlingsplan'),
  v('saksframlegg', 'saksframlegg', 'saksframlegg', ['saksfremlegg']),
  v('orientering', 'orientering'),
  v('notat', 'notat'),
];

/** Values of `status`. */
export const DOC_STATUSES: readonly Term<DocStatus>[] = [
  v('utkast', 'utkast'),
  v('horing', 'høring', 'høyring'),
  v('vedtatt', 'vedtatt', 'vedteken', ['vedteke']),
  v('lagt-fram', 'lagt fram', 'lagt fram', ['lagd fram', 'lagt frem', 'framlagt', 'fremlagt']),
  v('opphevet', 'opphevet', 'oppheva', ['oppheve']),
];

/** Values of `målform`. */
export const MALFORMER: readonly Term<Malform>[] = [
  v('nb', 'nb', 'nb', ['bokmål', 'nob']),
  v('nn', 'nn', 'nn', ['nynorsk', 'nno']),
];

/** Values of a tiltak's `status`. */
export const ACTION_STATUSES: readonly Term<ActionStatus>[] = [
  v('planlagt', 'planlagt', 'planlagt', ['planlagd']),
  v('pagar', 'pågår', 'pågår', ['i gang']),
  v('fullfort', 'fullført', 'fullført', ['ferdig']),
  v('utsatt', 'utsatt', 'utsett'),
  v('avlyst', 'avlyst'),
];
