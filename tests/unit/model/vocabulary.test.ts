import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/model/fold.ts';
import { lookup, suggest } from '../../../src/lib/model/lookup.ts';
import {
  ACTION_KEYS,
  ACTION_STATUSES,
  ATTACHMENT_KEYS,
  DECISION_KEYS,
  DOC_STATUSES,
  DOC_TYPES,
  DOCUMENT_KEYS,
  FOCUS_AREA_KEYS,
  MALFORMER,
  PERIOD_KEYS,
  RECOMMENDATION_KEYS,
  ROUTE_KEYS,
  type Term,
} from '../../../src/lib/model/vocabulary.ts';

// Every spelling a clerk may write → the internal name it means.
const KEY_ALIASES: [string, readonly Term[], string[], string][] = [
  ['document', DOCUMENT_KEYS, ['tittel', 'Tittel', 'TITTEL'], 'title'],
  ['document', DOCUMENT_KEYS, ['undertittel'], 'subtitle'],
  ['document', DOCUMENT_KEYS, ['type', 'Type'], 'type'],
  ['document', DOCUMENT_KEYS, ['målform', 'malform', 'maalform', 'Målform'], 'malform'],
  ['document', DOCUMENT_KEYS, ['kommune', 'kommuner', 'kommunar'], 'kommune'],
  ['document', DOCUMENT_KEYS, ['status'], 'status'],
  ['document', DOCUMENT_KEYS, ['dato'], 'date'],
  [
    'document',
    DOCUMENT_KEYS,
    [
      'høringsfrist',
      'høyringsfrist',
      'horingsfrist',
      'hoyringsfrist',
      'hoeringsfrist',
      'hoeyringsfrist',
    ],
    'consultationDeadline',
  ],
  ['document', DOCUMENT_KEYS, ['periode'], 'period'],
  ['document', DOCUMENT_KEYS, ['arkivsak'], 'caseNumber'],
  ['document', DOCUMENT_KEYS, ['arkivkode'], 'archiveCode'],
  [
    'document',
    DOCUMENT_KEYS,
    ['saksbehandler', 'saksbehandlar', 'Saksbehandlar', 'sakshandsamar'],
    'caseOfficer',
  ],
  ['document', DOCUMENT_KEYS, ['ansvarlig', 'ansvarleg'], 'responsible'],
  ['document', DOCUMENT_KEYS, ['sammendrag', 'samandrag'], 'summary'],
  ['document', DOCUMENT_KEYS, ['emneord'], 'keywords'],
  ['document', DOCUMENT_KEYS, ['vedlegg'], 'attachments'],
  ['document', DOCUMENT_KEYS, ['relatert'], 'related'],
  ['document', DOCUMENT_KEYS, ['erstatter', 'erstattar'], 'replaces'],
  ['document', DOCUMENT_KEYS, ['behandling'], 'route'],
  ['document', DOCUMENT_KEYS, ['innstilling'], 'recommendation'],
  ['document', DOCUMENT_KEYS, ['vedtak'], 'decisions'],
  [
    'document',
    DOCUMENT_KEYS,
    [
      'satsingsområde',
      'satsingsomrade',
      'satsningsområde',
      'satsingsomraade',
      'Satsingsområde',
      'SATSINGSOMRÅDE',
    ],
    'focusAreas',
  ],
  ['document', DOCUMENT_KEYS, ['handlingsplan'], 'actionPlan'],
  ['document', DOCUMENT_KEYS, ['strategi'], 'strategy'],
  ['periode', PERIOD_KEYS, ['fra', 'frå', 'fraa', 'Frå'], 'from'],
  ['periode', PERIOD_KEYS, ['til'], 'to'],
  ['vedlegg', ATTACHMENT_KEYS, ['tittel'], 'title'],
  ['vedlegg', ATTACHMENT_KEYS, ['fil'], 'file'],
  ['behandling', ROUTE_KEYS, ['utvalg', 'utval'], 'body'],
  ['behandling', ROUTE_KEYS, ['møtedato', 'motedato', 'moetedato'], 'meetingDate'],
  ['behandling', ROUTE_KEYS, ['saksnr'], 'caseNumber'],
  ['innstilling', RECOMMENDATION_KEYS, ['fra', 'frå', 'fraa'], 'from'],
  ['innstilling', RECOMMENDATION_KEYS, ['punkt'], 'points'],
  ['vedtak', DECISION_KEYS, ['organ'], 'organ'],
  ['vedtak', DECISION_KEYS, ['dato'], 'date'],
  ['vedtak', DECISION_KEYS, ['saksnr'], 'caseNumber'],
  ['vedtak', DECISION_KEYS, ['punkt'], 'points'],
  ['vedtak', DECISION_KEYS, ['tekst'], 'text'],
  ['satsingsområde', FOCUS_AREA_KEYS, ['id'], 'id'],
  ['satsingsområde', FOCUS_AREA_KEYS, ['tittel'], 'title'],
  ['satsingsområde', FOCUS_AREA_KEYS, ['prioritet'], 'priority'],
  ['satsingsområde', FOCUS_AREA_KEYS, ['mål', 'mal', 'maal'], 'goals'],
  ['satsingsområde', FOCUS_AREA_KEYS, ['seksjon'], 'section'],
  ['tiltak', ACTION_KEYS, ['id'], 'id'],
  ['tiltak', ACTION_KEYS, ['tiltak'], 'action'],
  [
    'tiltak',
    ACTION_KEYS,
    ['satsingsområde', 'satsingsomrade', 'satsningsområde', 'satsingsomraade'],
    'focusArea',
  ],
  ['tiltak', ACTION_KEYS, ['ansvar'], 'responsible'],
  ['tiltak', ACTION_KEYS, ['frist'], 'deadline'],
  ['tiltak', ACTION_KEYS, ['kostnad'], 'cost'],
  ['tiltak', ACTION_KEYS, ['finansiering'], 'funding'],
  ['tiltak', ACTION_KEYS, ['status'], 'status'],
  ['tiltak', ACTION_KEYS, ['merknad'], 'remark'],
];

const VALUE_ALIASES: [string, readonly Term[], string[], string][] = [
  ['type', DOC_TYPES, ['strategi', 'Strategi'], 'strategi'],
  ['type', DOC_TYPES, ['plan'], 'plan'],
  ['type', DOC_TYPES, ['handlingsplan'], 'handlingsplan'],
  ['type', DOC_TYPES, ['saksframlegg', 'saksfremlegg'], 'saksframlegg'],
  ['type', DOC_TYPES, ['orientering'], 'orientering'],
  ['type', DOC_TYPES, ['notat'], 'notat'],
  ['status', DOC_STATUSES, ['utkast', 'Utkast'], 'utkast'],
  [
    'status',
    DOC_STATUSES,
    ['høring', 'høyring', 'horing', 'hoyring', 'hoering', 'Høyring'],
    'horing',
  ],
  ['status', DOC_STATUSES, ['vedtatt', 'vedteken', 'Vedteken'], 'vedtatt'],
  ['status', DOC_STATUSES, ['opphevet', 'oppheva'], 'opphevet'],
  ['målform', MALFORMER, ['nb', 'NB', 'bokmål', 'bokmal', 'bokmaal', 'Bokmål'], 'nb'],
  ['målform', MALFORMER, ['nn', 'nynorsk', 'Nynorsk'], 'nn'],
  ['tiltak status', ACTION_STATUSES, ['planlagt'], 'planlagt'],
  ['tiltak status', ACTION_STATUSES, ['pågår', 'pagar', 'paagaar', 'Pågår'], 'pagar'],
  ['tiltak status', ACTION_STATUSES, ['fullført', 'fullfort', 'fullfoert', 'Fullført'], 'fullfort'],
  ['tiltak status', ACTION_STATUSES, ['utsatt', 'utsett'], 'utsatt'],
  ['tiltak status', ACTION_STATUSES, ['avlyst'], 'avlyst'],
];

describe('vocabulary', () => {
  const cases = [...KEY_ALIASES, ...VALUE_ALIASES].flatMap(([where, terms, spellings, name]) =>
    spellings.map((spelling) => [where, spelling, name, terms] as const),
  );
  it.each(cases)('%s: «%s» means %s', (_where, spelling, name, terms) => {
    expect(lookup(terms, spelling)?.name).toBe(name);
  });

  it('no two terms of one table share a folded spelling', () => {
    const tables = [
      DOCUMENT_KEYS,
      PERIOD_KEYS,
      ATTACHMENT_KEYS,
      ROUTE_KEYS,
      RECOMMENDATION_KEYS,
      DECISION_KEYS,
      FOCUS_AREA_KEYS,
      ACTION_KEYS,
      DOC_TYPES,
      DOC_STATUSES,
      MALFORMER,
      ACTION_STATUSES,
    ];
    for (const table of tables) {
      const owner = new Map<string, string>();
      for (const term of table) {
        for (const form of new Set([term.nb, term.nn, ...(term.aliases ?? [])].map(fold))) {
          expect(owner.get(form) ?? term.name, `${form} in ${term.name}`).toBe(term.name);
          owner.set(form, term.name);
        }
      }
    }
  });

  it('folds case, æøå and their ASCII fallbacks to one form', () => {
    expect(
      new Set(['Høyringsfrist', 'hoyringsfrist', 'hoeyringsfrist', 'HØYRINGS-FRIST'].map(fold)),
    ).toEqual(new Set(['hoyringsfrist']));
    expect(fold('Satsingsområde')).toBe(fold('satsingsomraade'));
  });

  it('suggests the nearest key for a typo, and nothing for nonsense', () => {
    expect(suggest(DOCUMENT_KEYS, 'titel')?.name).toBe('title');
    expect(suggest(DOCUMENT_KEYS, 'saksbehanlder')?.name).toBe('caseOfficer');
    expect(suggest(DOCUMENT_KEYS, 'xyzzy')).toBeUndefined();
  });
});
