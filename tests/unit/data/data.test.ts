import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LICENCE } from '../../../src/lib/config/schema.ts';
import { csvCell, toCsv } from '../../../src/lib/data/csv.ts';
import { documentFields } from '../../../src/lib/data/document-json.ts';
import { countByStatus, facetsOf, tiltakYear } from '../../../src/lib/data/facets.ts';
import { tiltakColumns, vedtakColumns } from '../../../src/lib/data/open-data.ts';
import { documentSchema } from '../../../src/lib/data/schema.ts';
import { strategiesWithTiltak, tiltakRows } from '../../../src/lib/data/tiltak.ts';
import { vedtakRows } from '../../../src/lib/data/vedtak.ts';
import { manifestRow } from '../../../src/lib/output/manifest.ts';
import { actionStates } from '../../../src/lib/status/current.ts';
import { loadStatusUpdates } from '../../../src/lib/status/load.ts';
import { documents, plan, saksframlegg, strategy } from '../../fixtures/data/documents.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/data');
const { updates } = await loadStatusUpdates({ root, defaultMalform: 'nn', documents });
const states = actionStates(documents, updates);
const rows = tiltakRows(documents, states);

describe('tiltak rows', () => {
  it('resolves strategy and focus area, applies updates and orders by priority', () => {
    expect(rows.map((r) => [r.item.id, r.strategy.id, r.area?.id, r.state.status])).toEqual([
      ['minside', strategy.id, 'innbyggjar', 'utsatt'],
      ['sak-arkiv', strategy.id, 'organisasjon', 'fullfort'],
      ['opplaering', strategy.id, 'organisasjon', 'fullfort'],
    ]);
    expect(strategiesWithTiltak(rows).map((d) => d.id)).toEqual([strategy.id]);
    expect(countByStatus(rows)).toEqual([
      { status: 'planlagt', count: 0 },
      { status: 'pagar', count: 0 },
      { status: 'fullfort', count: 2 },
      { status: 'utsatt', count: 1 },
      { status: 'avlyst', count: 0 },
    ]);
  });

  it('makes facets with transliterated slugs and counts', () => {
    expect(facetsOf(rows, (r) => r.item.responsible)).toEqual([
      { slug: 'ikt-leiar', label: 'IKT-leiar', count: 1 },
      { slug: 'personal', label: 'Personal', count: 1 },
      { slug: 'servicetorget', label: 'Servicetorget', count: 1 },
    ]);
    expect(facetsOf(rows, tiltakYear).map((f) => f.slug)).toEqual(['2021', '2022']);
  });
});

describe('vedtak register', () => {
  it('lists every vedtak and innstilling newest first', () => {
    expect(vedtakRows(documents).map((r) => [r.kind, r.organ, r.date, r.caseNumber])).toEqual([
      ['vedtak', 'Kommunestyret i Årdal', '2020-03-26', '13/20'],
      ['vedtak', 'Formannskapet', '2017-10-10', '045/17'],
      ['innstilling', 'Rådmannen', '2017-10-02', '045/17'],
    ]);
  });
});

describe('CSV', () => {
  it('quotes only where needed, writes decimal commas and neutralises formulas', () => {
    expect(csvCell('Årdal; Lærdal')).toBe('"Årdal; Lærdal"');
    expect(csvCell('Sa «hei» "der"')).toBe('"Sa «hei» ""der"""');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell(120000.5)).toBe('120000,5');
    expect(csvCell(-31314)).toBe('-31314');
    expect(csvCell('=HYPERLINK("x")')).toBe('" =HYPERLINK(""x"")"');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes BOM, semicolons and CRLF with the current status', () => {
    const csv = toCsv(
      rows,
      tiltakColumns('nn', 'https://planverk.example.no/', (r) => `/dokument/${r.doc.slug}/`),
    );
    expect(csv.startsWith('\uFEFFdokument;tiltak_id;tiltak;')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toContain(';minside;Min side for innbyggjarar;');
    expect(lines[1]).toContain(';utsatt;Utsett;2021-11-01;pagar;120000,5;');
    expect(lines[1]).toContain(
      'https://planverk.example.no/dokument/ardal-laerdal/handlingsplan-2021/',
    );
    const vedtak = toCsv(
      vedtakRows(documents),
      vedtakColumns('https://x.no', () => '/'),
    );
    expect(vedtak).toContain(
      '"1. Tysnes kommune deltar i finansieringsordningen.\n2. Beløpet dekkes av disposisjonsfondet."',
    );
  });
});

describe('dokument.json', () => {
  const manifest = {
    lisens: { namn: DEFAULT_LICENCE.name, url: DEFAULT_LICENCE.url },
    dokument: documents.map((d) => ({
      ...manifestRow(d),
      ...documentFields(d, states),
      bilde: `/bilde/${d.slug}.png`,
    })),
  };

  it('validates against its JSON Schema (draft 2020-12)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const validate = ajv.compile(documentSchema('https://planverk.example.no'));
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is rejected by the schema without its licence', () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    const validate = ajv.compile(documentSchema('https://planverk.example.no'));
    const { lisens: _licence, ...bare } = manifest;
    expect(validate(bare)).toBe(false);
  });

  it('is rejected by the schema when a tiltak has an unknown status', () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    const validate = ajv.compile(documentSchema('https://planverk.example.no'));
    const bad = structuredClone(manifest);
    const entry = bad.dokument.find((d) => d.id === plan.id) as unknown as {
      handlingsplan: { status: string }[];
    };
    (entry.handlingsplan[0] as { status: string }).status = 'pågår';
    expect(validate(bad)).toBe(false);
  });

  it('carries every content-model field of a document', () => {
    const fields = documentFields(saksframlegg, states);
    expect(fields).toMatchObject({
      arkivsak: '17/596',
      behandling: [{ utvalg: 'Formannskapet', motedato: '2017-10-10', saksnr: '045/17' }],
      innstilling: { fra: 'Rådmannen' },
      vedtak: [{ organ: 'Formannskapet', punkt: expect.any(Array) }],
    });
    const planFields = documentFields(plan, states) as {
      handlingsplan: { id: string; status: string; historikk: unknown[] }[];
    };
    expect(planFields.handlingsplan.find((t) => t.id === 'sak-arkiv')).toMatchObject({
      status: 'fullfort',
      statusIDokumentet: 'planlagt',
    });
    expect(planFields.handlingsplan.find((t) => t.id === 'sak-arkiv')?.historikk).toHaveLength(3);
  });
});
