import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../../../src/lib/output/step.ts';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import { buildManifest } from '../../../src/lib/output/manifest.ts';
import { SiteConfigSchema, type SiteConfigInput } from '../../../src/lib/config/schema.ts';

const config = (extra: Partial<SiteConfigInput> = {}) =>
  SiteConfigSchema.parse({
    siteName: 'Test',
    baseUrl: 'https://example.no',
    kommuner: [{ name: 'Årdal', coatOfArms: '/vapen/ardal.svg' }],
    accessibilityStatement: 'https://uustatus.no/x',
    ...extra,
  });

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

const context = (documents: PlanDocument[], preview = false, site = config()) =>
  ({ documents, preview, outDir: '/tmp/x', config: site }) as unknown as BuildContext;

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
        statusTekst: 'På høyring',
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
        statusTekst: 'Vedteken',
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

  it('names the open-data licence: NLOD 2.0 unless the config names another', async () => {
    expect((await buildManifest(context([]), [])).lisens).toEqual({
      namn: 'Norsk lisens for offentlige data (NLOD) 2.0',
      url: 'https://data.norge.no/nlod/no/2.0',
    });
    const cc = config({
      openDataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
    expect((await buildManifest(context([], false, cc), [])).lisens).toEqual({
      namn: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(() => config({ openDataLicence: { name: 'X', url: 'not a url' } })).toThrow();
  });
});
