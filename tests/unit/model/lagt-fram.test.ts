/**
 * `lagt fram` (issue 14, point 3): a status of its own for orientering and
 * notat, with one label at every consumer: page and card (StatusBadge and
 * DocMeta call docStatusLabel), search filter and result line, PDF cover,
 * social card, feed, dokument.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SiteConfigSchema } from '../../../src/lib/config/schema.ts';
import { atomXml, feedEntries } from '../../../src/lib/data/atom.ts';
import { docStatusLabel } from '../../../src/lib/i18n/format.ts';
import { searchWords } from '../../../src/lib/i18n/index.ts';
import { manifestRow } from '../../../src/lib/output/manifest.ts';
import { buildPrintView } from '../../../src/lib/pdf/print-view.ts';
import { pagefindFields } from '../../../src/lib/search/attributes.ts';
import { cardData } from '../../../src/lib/social/card-data.ts';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import { check, formatted, rules } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/model/lagt-fram/content');
const read = (file: string) => ({
  path: file,
  text: readFileSync(path.join(root, file), 'utf8'),
});
const ORIENTERING = 'levanger/orientering-til-kontrollutvalet.md';
const NOTAT = 'tysnes/notat-om-velferdsteknologi.md';
const SAKSFRAMLEGG = 'tysnes/saksframlegg-lagt-fram.md';

const config = SiteConfigSchema.parse({
  siteName: 'Planverk',
  baseUrl: 'https://planverk.example.no',
  accessibilityStatement: 'https://uustatus.no/x',
  kommuner: [
    { name: 'Levanger', coatOfArms: '/vapen/levanger.svg' },
    { name: 'Tysnes', coatOfArms: '/vapen/tysnes.svg' },
  ],
});

/** Every label a reader meets for one document, by consumer. */
function labels(doc: PlanDocument): Record<string, string | undefined> {
  const m = doc.malform;
  const status = pagefindFields(doc).find(
    (f) => f.attribute === 'data-pagefind-filter' && f.name === 'status',
  )?.value;
  const meta = pagefindFields(doc).find(
    (f) => f.attribute === 'data-pagefind-meta' && f.name === 'status',
  )?.value;
  const xml = atomXml({
    id: 'x',
    title: 'x',
    selfUrl: 'x',
    siteUrl: 'x',
    author: 'x',
    lang: m,
    entries: feedEntries(
      [doc],
      [],
      (p) => p,
      (d) => `/dokument/${d.id}/`,
    ),
  });
  const entry = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    feed: { entry: { category: { '@_term': string; '@_label'?: string }[] } };
  };
  const feedCategory = entry.feed.entry.category.find((c) => c['@_term'] === doc.status);
  return {
    page: docStatusLabel(doc, m),
    searchFilter: status === undefined ? undefined : searchWords(m).values[status],
    searchResult: meta === undefined ? undefined : searchWords(m).values[meta],
    pdf: buildPrintView(doc, [], config, '/finst-ikkje').meta.find((r) => r.label === 'Status')
      ?.value,
    socialCard: cardData(doc, config, new Map()).statusLabel,
    feed: feedCategory?.['@_label'],
    dokumentJson: manifestRow(doc).statusTekst,
  };
}

describe('status lagt fram', () => {
  it('reads `vedtatt` on an orientering and `lagt fram` on a notat as one status, lagt-fram', () => {
    const result = check([read(ORIENTERING), read(NOTAT)]);
    expect(formatted(result.problems)).toBe('');
    expect(result.documents.map((d) => [d.type, d.status])).toEqual([
      ['notat', 'lagt-fram'],
      ['orientering', 'lagt-fram'],
    ]);
  });

  it('gives an orientering and a notat the same label at every consumer', () => {
    const { documents } = check([read(ORIENTERING), read(NOTAT)]);
    for (const doc of documents) {
      const seen = labels(doc);
      expect(Object.values(seen), `${doc.id}: ${JSON.stringify(seen)}`).toEqual(
        Object.values(seen).map(() => 'Lagt fram'),
      );
    }
  });

  it('keeps «Vedteken»/«Vedtatt» for an adopted plan at every consumer', () => {
    const plan = read(ORIENTERING);
    plan.text = plan.text.replace('type: orientering', 'type: plan');
    const [doc] = check([plan]).documents;
    expect(doc?.status).toBe('vedtatt');
    expect(new Set(Object.values(labels(doc as PlanDocument)))).toEqual(new Set(['Vedteken']));
  });

  it('accepts the spellings lagt fram, lagt-fram, lagd fram, fremlagt', () => {
    for (const spelling of ['lagt fram', 'Lagt-fram', 'lagd fram', 'fremlagt', 'lagt_fram']) {
      const notat = read(NOTAT);
      notat.text = notat.text.replace('status: lagt fram', `status: ${spelling}`);
      expect(check([notat]).documents[0]?.status, spelling).toBe('lagt-fram');
    }
  });

  it('refuses lagt fram on a saksframlegg, naming the allowed values in the målform', () => {
    const nn = check([read(SAKSFRAMLEGG)]);
    expect(rules(nn.problems)).toEqual(['status-type']);
    expect(formatted(nn.problems)).toMatchInlineSnapshot(`
      "content/tysnes/saksframlegg-lagt-fram.md
        content/tysnes/saksframlegg-lagt-fram.md:6:9  error  status: Status «lagt fram» passar berre for orientering og notat, som ikkje blir vedtekne. Med \`type: saksframlegg\` er status ein av \`utkast\`, \`høyring\`, \`vedteken\`, \`oppheva\`. Skriv \`status: vedteken\` når dokumentet er vedteke.  [status-type]

      ✖ 1 feil i 1 fil"
    `);
    const nb = read(SAKSFRAMLEGG);
    nb.text = nb.text.replace('målform: nn', 'målform: nb');
    expect(formatted(check([nb]).problems)).toMatchInlineSnapshot(`
      "content/tysnes/saksframlegg-lagt-fram.md
        content/tysnes/saksframlegg-lagt-fram.md:6:9  error  status: Status «lagt fram» passer bare for orientering og notat, som ikke blir vedtatt. Med \`type: saksframlegg\` er status en av \`utkast\`, \`høring\`, \`vedtatt\`, \`opphevet\`. Skriv \`status: vedtatt\` når dokumentet er vedtatt.  [status-type]

      ✖ 1 feil i 1 fil"
    `);
  });

  it('lists only the statuses the type may have when the status is unknown', () => {
    const unknown = (type: string) => {
      const source = read(SAKSFRAMLEGG);
      source.text = source.text
        .replace(/^type: .*$/m, `type: ${type}`)
        .replace(/^status: .*$/m, 'status: godkjend');
      return check([source]).problems;
    };
    const plan = unknown('plan');
    expect(rules(plan)).toEqual(['verdi-ukjent']);
    expect(plan[0]?.message).toContain('`utkast`, `høyring`, `vedteken`, `oppheva`.');
    expect(plan[0]?.message).not.toContain('lagt fram');
    const notat = unknown('notat');
    expect(rules(notat)).toEqual(['verdi-ukjent']);
    expect(notat[0]?.message).toContain('`utkast`, `høyring`, `lagt fram`, `oppheva`.');
  });

  it('has one source: no other module words a document status', () => {
    const src = path.resolve(import.meta.dirname, '../../../src');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(ts|astro)$/.test(entry.name) && !file.endsWith('status-label.ts')) {
          // A lookup of `status.<code>` outside status-label.ts would be a second source.
          if (
            /['`]status\.(\$\{|utkast|horing|vedtatt|lagt-fram|opphevet)/.test(
              readFileSync(file, 'utf8'),
            )
          )
            offenders.push(path.relative(src, file));
        }
      }
    };
    walk(src);
    expect(offenders.filter((f) => !/^lib\/i18n\/n[bn]\.ts$/.test(f))).toEqual([]);
  });
});
