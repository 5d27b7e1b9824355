import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import { readFixtures } from './fixtures.ts';

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('ids and in-page links', () => {
  it.each(readFixtures().map((c) => [c.name, c] as const))(
    '%s: ids are unique and every #link has a target',
    async (_name, fixture) => {
      const { html } = await renderMarkdown(fixture.input, fixture.options);
      const all = ids(html);
      expect(new Set(all).size).toBe(all.length);
      const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      // The eksterne-lenker fixture links to a heading of another document on purpose.
      for (const target of targets.filter((t) => t !== 'overordna-rammer')) {
        expect(all).toContain(target);
      }
    },
  );

  it('footnote ids follow the number, not the label, and never collide with a heading', async () => {
    const { html } = await renderMarkdown(
      '## Fotnote 1\n\nTekst.[^merknad]\n\n[^merknad]: Merknad.',
      {
        malform: 'nb',
      },
    );
    expect(ids(html)).toEqual(['fotnote-1', 'fotnote_1_ref', 'fotnote_tittel', 'fotnote_1']);
  });
});

describe('table scroll boxes', () => {
  it('wrap every table once, focusable, with unique Norwegian names', async () => {
    const markdown = '| A | B |\n|---|---|\n| 1 | 2 |\n\n| A | B |\n|---|---|\n| 3 | 4 |';
    const { html } = await renderMarkdown(markdown, { malform: 'nn' });
    const boxes = [
      ...html.matchAll(
        /<div class="table-scroll" role="region" tabindex="0" aria-label="([^"]+)" data-scroll-hint="([^"]+)"><table>/g,
      ),
    ];
    expect(boxes.map((m) => m[1])).toEqual(['Tabell 1: A, B', 'Tabell 2: A, B']);
    // The CSS scroll cue's words, in the document's målform (global.css shows them).
    expect(boxes.map((m) => m[2])).toEqual([
      'Tabellen er brei: rull sidelengs for å sjå alle kolonnane.',
      'Tabellen er brei: rull sidelengs for å sjå alle kolonnane.',
    ]);
    expect(html.match(/<table>/g)).toHaveLength(2);
  });
});

describe('numeric columns', () => {
  it('mark the figures of the seed table and keep their digit groups together', async () => {
    const fixture = readFixtures().find((c) => c.name === 'tal-kolonner-regnskap');
    const { html } = await renderMarkdown(fixture?.input ?? '', { malform: 'nb' });
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/<t[hd]( class="num")?>/g)].map((c) => Boolean(c[1])),
    );
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).toEqual([false, true, true, true, true, true, true]);
    expect(html).toContain('<td class="num">-1\u202F219\u202F347</td>');
    expect(html).not.toMatch(/\d \d{3}/);
  });
});

describe('external links', () => {
  it('get the class `external` unless they point at the site itself', async () => {
    const { html } = await renderMarkdown(
      '[a](https://ks.no) [b](https://planar.ardal.kommune.no/x/) [c](/dokument/) [d](mailto:a@b.no)',
      { malform: 'nb', siteUrl: 'https://planar.ardal.kommune.no' },
    );
    expect(
      [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]?.includes('class="external"')),
    ).toEqual([true, false, false, false]);
  });

  it('regression: a link whose text is its address is marked so print does not repeat it', async () => {
    const { html } = await renderMarkdown(
      '<https://lovdata.no/dokument/LTI/lov/2018-06-22-83> [lovdata.no](https://www.lovdata.no/) [Lovdata](https://lovdata.no)',
      { malform: 'nn' },
    );
    expect([...html.matchAll(/<a [^>]*class="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'external bare-url',
      'external bare-url',
      'external',
    ]);
  });
});

describe('empty header cells', () => {
  it('become data cells, so no header names nothing; headers with text stay', async () => {
    const markdown = '|  | Positivt | Negativt |\n|---|---|---|\n| Internt | Styrke | Veikskap |';
    const { html } = await renderMarkdown(markdown, { malform: 'nn' });
    expect(html).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th>Positivt<\/th>\s*<th>Negativt<\/th>/);
    expect(html).not.toMatch(/<th>\s*<\/th>/);
  });
});
