import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../../../src/lib/output/step.ts';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import { buildManifest } from '../../../src/lib/output/manifest.ts';

const doc = (id: string, status: PlanDocument['status'], date: string): PlanDocument =>
  ({
    id,
    slug: id.toLowerCase(),
    title: `Tittel ${id}`,
    type: 'plan',
    malform: 'nn',
    status,
    date,
    kommune: ['Årdal'],
  }) as PlanDocument;

const context = (documents: PlanDocument[], preview = false) =>
  ({ documents, preview, outDir: '/tmp/x' }) as unknown as BuildContext;

describe('buildManifest', () => {
  it('has one row per published document, newest first, with the page URL', async () => {
    const manifest = await buildManifest(
      context([doc('A', 'vedtatt', '2020-01-01'), doc('B', 'horing', '2021-01-01')]),
      [],
    );
    expect(manifest.dokument).toEqual([
      {
        id: 'B',
        tittel: 'Tittel B',
        type: 'plan',
        malform: 'nn',
        status: 'horing',
        dato: '2021-01-01',
        kommune: ['Årdal'],
        url: '/dokument/b/',
      },
      {
        id: 'A',
        tittel: 'Tittel A',
        type: 'plan',
        malform: 'nn',
        status: 'vedtatt',
        dato: '2020-01-01',
        kommune: ['Årdal'],
        url: '/dokument/a/',
      },
    ]);
  });

  it('never lists a draft in a production build', async () => {
    const manifest = await buildManifest(context([doc('U', 'utkast', '2021-01-01')]), []);
    expect(manifest.dokument).toEqual([]);
  });

  it('lets later steps add fields such as pdf', async () => {
    const manifest = await buildManifest(context([doc('A', 'vedtatt', '2020-01-01')]), [
      async (d) => ({ pdf: `/dokument/${d.slug}/${d.slug}.pdf` }),
      async () => undefined,
    ]);
    expect(manifest.dokument[0]?.['pdf']).toBe('/dokument/a/a.pdf');
  });
});
