import { describe, expect, it } from 'vitest';
import { SiteConfigSchema } from '../../../src/lib/config/schema.ts';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import {
  buildPrintView,
  cssString,
  pageRules,
  SECTION_IDS,
} from '../../../src/lib/pdf/print-view.ts';
import { t } from '../../../src/lib/i18n/index.ts';
const kommuneLine = (m: 'nb' | 'nn', names: string[]) => t(m, 'print.kommuneLine', names);

/** The fixture config's public/ (its coats of arms), not the example site's. */
const PUBLIC = 'tests/fixtures/config/public';
const config = SiteConfigSchema.parse({
  siteName: 'Planverk',
  baseUrl: 'https://planverk.example.no',
  accessibilityStatement: 'https://uustatus.no/x',
  kommuner: [
    { name: 'Årdal', coatOfArms: '/vapen/ardal.svg' },
    { name: 'Lærdal', coatOfArms: '/vapen/finst-ikkje.svg' },
  ],
});

function doc(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    id: 'ardal-laerdal/strategi',
    slug: 'ardal-laerdal/strategi',
    sourcePath: 'content/ardal-laerdal/strategi.md',
    title: 'Felles digitaliseringstrategi',
    type: 'strategi',
    malform: 'nn',
    kommune: ['Årdal', 'Lærdal'],
    status: 'vedtatt',
    date: '2020-03-26',
    caseNumber: '17/596',
    caseOfficer: 'Ánde Ŋuvvu',
    summary: '',
    summaryDerived: true,
    keywords: [],
    attachments: [],
    related: [],
    route: [{ body: 'Kommunestyret', meetingDate: '2020-03-26', caseNumber: '13/20' }],
    decisions: [{ organ: 'Kommunestyret', points: ['Vedteke.'] }],
    focusAreas: [],
    actionPlan: [],
    body: '',
    bodyLine: 1,
    headings: [],
    ...overrides,
  };
}

const headings = ['Bakgrunn', 'Mål', 'Tiltak', 'Økonomi'].map((text, i) => ({
  depth: 2,
  text,
  anchor: `h${i}`,
}));

describe('buildPrintView', () => {
  it('names the kommunar, type and facts in the document’s målform', () => {
    const view = buildPrintView(doc(), headings, config, PUBLIC);
    expect(view.kommune).toBe('Årdal og Lærdal kommunar');
    expect(view.typeLabel).toBe('Strategi');
    expect(view.runningHeader).toBe('Årdal og Lærdal kommunar · Felles digitaliseringstrategi');
    expect(view.meta).toEqual([
      { label: 'Status', value: 'Vedteken' },
      { label: 'Dato', value: '26. mars 2020' },
      { label: 'Arkivsak', value: '17/596' },
      { label: 'Saksbehandlar', value: 'Ánde Ŋuvvu' },
    ]);
    expect(view.draftMark).toBeUndefined();
  });

  it('shows only the coats of arms whose files exist', () => {
    const view = buildPrintView(doc(), headings, config, PUBLIC);
    expect(view.arms).toEqual([{ src: '/vapen/ardal.svg', alt: 'Årdal kommunevåpen' }]);
  });

  it('adds a table of contents from four body headings, with the layout’s own sections in print order', () => {
    const view = buildPrintView(doc(), headings, config, PUBLIC);
    expect(view.toc.map((e) => e.anchor)).toEqual([
      SECTION_IDS.route,
      SECTION_IDS.decisions,
      'h0',
      'h1',
      'h2',
      'h3',
    ]);
    expect(buildPrintView(doc(), headings.slice(0, 3), config, PUBLIC).toc).toEqual([]);
  });

  it('marks drafts on every page', () => {
    const view = buildPrintView(doc({ status: 'utkast', malform: 'nb' }), [], config, PUBLIC);
    expect(view.draftMark).toBe('Utkast – ikke publisert');
    expect(pageRules(view)).toContain(
      '"Utkast – ikke publisert · Årdal og Lærdal kommuner · Felles',
    );
  });
});

describe('pageRules', () => {
  it('puts the running header top left and «Side X av Y» bottom right, not on page 1', () => {
    const rules = pageRules(buildPrintView(doc(), [], config, PUBLIC));
    expect(rules).toContain(
      '@top-left { content: "Årdal og Lærdal kommunar · Felles digitaliseringstrategi"; }',
    );
    expect(rules).toContain('content: "Side " counter(page) " av " counter(pages);');
    expect(rules).toContain(
      '@page :first { @top-left { content: none; } @bottom-right { content: none; } }',
    );
  });

  it('puts the address of the official version bottom left on every page, page 1 too', () => {
    const view = buildPrintView(doc(), [], config, 'public');
    expect(view.officialUrl).toMatch(/^https:\/\/.+\/dokument\/.+\/$/);
    const rules = pageRules(view);
    expect(rules).toContain(`@bottom-left { content: "Offisiell versjon: ${view.officialUrl}"; }`);
    expect(rules.split('@page :first')[1]).not.toContain('bottom-left');
  });
});

describe('cssString', () => {
  it('escapes quotes and backslashes and never closes the style element', () => {
    expect(cssString('Plan «2020» "ny" \\ </style><script>')).toBe(
      '"Plan «2020» \\"ny\\" \\\\ \\3c /style>\\3c script>"',
    );
    expect(cssString('to\nlinjer')).toBe('"to linjer"');
  });
});

describe('kommuneLine', () => {
  it('writes one or several kommunar in bokmål and nynorsk', () => {
    expect(kommuneLine('nb', ['Levanger'])).toBe('Levanger kommune');
    expect(kommuneLine('nb', ['Årdal', 'Lærdal'])).toBe('Årdal og Lærdal kommuner');
    expect(kommuneLine('nn', ['Årdal', 'Lærdal', 'Tysnes'])).toBe(
      'Årdal, Lærdal og Tysnes kommunar',
    );
  });
});
