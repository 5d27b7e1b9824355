import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectHeadings } from '../../../src/lib/model/headings.ts';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import { readFixtures } from './fixtures.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The ids of the body headings in rendered HTML, in order (the footnote section's excluded). */
function headingIds(html: string): string[] {
  return [...html.matchAll(/<h([1-6]) id="([^"]*)"/g)]
    .map((m) => m[2] ?? '')
    .filter((id) => !id.startsWith('fotnote_'));
}

describe('heading anchors equal collectHeadings() (what the checker uses)', () => {
  it.each(readFixtures().map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
    const expected = collectHeadings(parser.parse(fixture.input));
    const result = await renderMarkdown(fixture.input, fixture.options);
    expect(headingIds(result.html)).toEqual(expected.map((h) => h.anchor));
    expect(result.headings.map((h) => [h.text, h.anchor])).toEqual(
      expected.map((h) => [h.text, h.anchor]),
    );
  });

  it('makes duplicate Norwegian headings unique and transliterated', async () => {
    const { headings } = await renderMarkdown('## Økonomi\n\n## Økonomi\n\n## Årsverk og fråvær', {
      malform: 'nn',
    });
    expect(headings.map((h) => h.anchor)).toEqual(['okonomi', 'okonomi-1', 'arsverk-og-fravaer']);
  });

  it('ignores Word markup in heading text', async () => {
    const { headings, html } = await renderMarkdown('## <b>Status</b> i helse', { malform: 'nb' });
    expect(headings).toEqual([{ depth: 2, text: 'Status i helse', anchor: 'status-i-helse' }]);
    expect(html).toBe('<h2 id="status-i-helse"><b>Status</b> i helse</h2>');
  });

  it('ignores raw HTML headings: they are not Markdown and are unwrapped', async () => {
    const { headings, html } = await renderMarkdown('<h1 onclick="x">Rå</h1>\n\n## Ekte', {
      malform: 'nb',
    });
    expect(headings.map((h) => h.anchor)).toEqual(['ekte']);
    expect(html).toContain('<h2 id="ekte">Ekte</h2>');
  });
});

describe('heading shift: one h1 per page', () => {
  const depths = async (markdown: string, headingOffset?: number) => {
    const options = headingOffset === undefined ? {} : { headingOffset };
    const result = await renderMarkdown(markdown, { malform: 'nb', ...options });
    return {
      headings: result.headings.map((h) => h.depth),
      html: [...result.html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1])),
    };
  };

  it('moves a body that starts at ### up to ##, keeping relative depth', async () => {
    expect(await depths('### A\n\n#### B\n\n##### C\n\n### D')).toEqual({
      headings: [2, 3, 4, 2],
      html: [2, 3, 4, 2],
    });
  });

  it('moves a body with # down to ##, clamping at h6', async () => {
    expect(await depths('# A\n\n## B\n\n###### C')).toEqual({
      headings: [2, 3, 6],
      html: [2, 3, 6],
    });
  });

  it('starts at h3 under an extra level with headingOffset 2', async () => {
    expect((await depths('# A\n\n## B', 2)).html).toEqual([3, 4]);
  });

  it('never emits an h1 in the body', async () => {
    for (const fixture of readFixtures()) {
      const { html } = await renderMarkdown(fixture.input, fixture.options);
      expect(html, fixture.name).not.toMatch(/<h1[\s>]/);
    }
  });
});
