import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import { SOFT_HYPHEN } from '../../../src/lib/markdown/rehype-soft-hyphens.ts';
import { readFixtures } from './fixtures.ts';

// The print pages take `printHtml` from the validation's render instead of
// rendering each body again with `hyphenate` and `absoluteLinks`; it must
// be exactly what that second render gives, for every kind of body.
const SITE = 'https://planar.example.kommune.no';
const cases = readFixtures();

describe('print variant of a render (printHtml)', () => {
  it('has cases with local links, footnotes, tables and unsafe HTML', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['bilete-feil', 'fotnoter-nn', 'gfm-tabell', 'farleg-html']),
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
    const options = { ...fixture.options, siteUrl: fixture.options.siteUrl ?? SITE };
    const once = await renderMarkdown(fixture.input, { ...options, print: true });
    const twice = await renderMarkdown(fixture.input, {
      ...options,
      hyphenate: true,
      absoluteLinks: true,
    });
    const web = await renderMarkdown(fixture.input, options);
    expect(once.printHtml).toBe(twice.html);
    // The web render is left as it was: no soft hyphens, links unchanged.
    expect(once.html).toBe(web.html);
    if (!fixture.options.hyphenate) expect(once.html).not.toContain(SOFT_HYPHEN);
  });

  it('makes resolved local links absolute in some case (the comparison above covers them)', async () => {
    const printed = await Promise.all(
      cases.map(async (c) => {
        const options = { ...c.options, siteUrl: c.options.siteUrl ?? SITE, print: true };
        return (await renderMarkdown(c.input, options)).printHtml ?? '';
      }),
    );
    expect(printed.some((html) => html.includes(`href="${SITE}/dokument/`))).toBe(true);
    expect(printed.some((html) => html.includes(SOFT_HYPHEN))).toBe(true);
  });

  it('gives no print variant unless asked', async () => {
    const result = await renderMarkdown('Tekst.', { malform: 'nb' });
    expect(result.printHtml).toBeUndefined();
  });
});
