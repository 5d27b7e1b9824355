import { describe, expect, it } from 'vitest';
import { pageKeys, type PageKeyInputs } from '../../../src/lib/build/page-keys.ts';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import type { SiteConfig } from '../../../src/lib/config/schema.ts';

/** A document with only what the keys read set; the rest is not looked at. */
function doc(id: string, extra: Partial<PlanDocument> = {}): PlanDocument {
  return {
    id,
    slug: id,
    sourcePath: `content/${id}.md`,
    title: `Tittel ${id}`,
    type: 'plan',
    malform: 'nb',
    kommune: ['Røros'],
    status: 'vedtatt',
    date: '2025-01-01',
    summary: '',
    summaryDerived: true,
    keywords: [],
    attachments: [],
    related: [],
    route: [],
    decisions: [],
    focusAreas: [],
    actionPlan: [],
    body: `Brødtekst i ${id}.`,
    bodyLine: 5,
    headings: [],
    ...extra,
  } as PlanDocument;
}

function inputs(documents: PlanDocument[], extra: Partial<PageKeyInputs> = {}): PageKeyInputs {
  return {
    fingerprint: 'code',
    options: { root: '/p', contentDir: '/p/content', includeDrafts: false, today: '2026-03-02' },
    config: { baseUrl: 'https://example.no' } as SiteConfig,
    documents,
    renderKeys: new Map(documents.map((d) => [d.id, `render-${d.id}`])),
    states: new Map(),
    ...extra,
  };
}

describe('page keys', () => {
  const strategy = doc('strategi');
  const plan = doc('plan', { strategy: 'strategi', related: ['strategi'] });
  const other = doc('annen');
  const before = pageKeys(inputs([strategy, plan, other]));

  it('changes for a document whose referenced document got a new title, and for no other', () => {
    const renamed = { ...strategy, title: 'Ny tittel' };
    const after = pageKeys(inputs([renamed, plan, other]));
    expect(after.get('plan')).not.toBe(before.get('plan'));
    expect(after.get('strategi')).not.toBe(before.get('strategi'));
    expect(after.get('annen')).toBe(before.get('annen'));
  });

  it('changes for the referenced document when the one naming it changes (back-links)', () => {
    const after = pageKeys(inputs([strategy, { ...plan, title: 'Ny plan' }, other]));
    expect(after.get('strategi')).not.toBe(before.get('strategi'));
    expect(after.get('annen')).toBe(before.get('annen'));
  });

  it('does not change for a neighbour whose body alone changed (its render key is its own)', () => {
    const after = pageKeys(inputs([{ ...strategy, body: 'Annen tekst.' }, plan, other]));
    expect(after.get('plan')).toBe(before.get('plan'));
  });

  it("changes with the document's own render, the code, the options and «today»", () => {
    const docs = [strategy, plan, other];
    const renderKeys = new Map(docs.map((d) => [d.id, `render-${d.id}`]));
    renderKeys.set('annen', 'render-annen-2');
    expect(pageKeys(inputs(docs, { renderKeys })).get('annen')).not.toBe(before.get('annen'));
    expect(pageKeys(inputs(docs, { fingerprint: 'code-2' })).get('annen')).not.toBe(
      before.get('annen'),
    );
    const today = { ...inputs(docs).options, today: '2026-03-03' };
    expect(pageKeys(inputs(docs, { options: today })).get('annen')).not.toBe(before.get('annen'));
  });

  it('gives no key to a document without a render key (always rendered)', () => {
    const docs = [strategy, plan, other];
    const renderKeys = new Map([['plan', 'render-plan']]);
    const keys = pageKeys(inputs(docs, { renderKeys }));
    expect([...keys.keys()]).toEqual(['plan']);
  });
});
