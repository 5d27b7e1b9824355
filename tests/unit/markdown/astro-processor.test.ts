import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { collectHeadings } from '../../../src/lib/model/headings.ts';
import { astroProcessorOptions, renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The site renders through Astro's processor with our plugin lists; the PDF
// and checker through renderMarkdown. Both must give the same body.
const markdown = [
  '### Økonomi',
  '',
  'Digitaliseringsstrategien[^1] set retning. <u>Felles</u> <script>x()</script>',
  '',
  '| Post | Beløp |',
  '|---|---|',
  '| Drift | 1 234 |',
  '',
  '### Økonomi',
  '',
  '[^1]: KS, 2017.',
].join('\n');

describe('Astro processor with astroProcessorOptions', () => {
  it('renders like renderMarkdown, reading the målform from the frontmatter', async () => {
    const processor = await createMarkdownProcessor({
      ...astroProcessorOptions({ malform: 'nb' }),
      syntaxHighlight: false,
    });
    const astro = await processor.render(markdown, { frontmatter: { målform: 'nynorsk' } });
    const ours = await renderMarkdown(markdown, { malform: 'nn' });
    expect(astro.code).toBe(ours.html);
    expect(astro.code).toContain('<h2 id="fotnote_tittel">Fotnotar</h2>');
    const anchors = collectHeadings(unified().use(remarkParse).use(remarkGfm).parse(markdown));
    expect(
      astro.metadata.headings
        .filter((h) => h.depth === 2 && h.slug !== 'fotnote_tittel')
        .map((h) => h.slug),
    ).toEqual(anchors.map((h) => h.anchor));
  });

  it('falls back to the site målform when the frontmatter has none', async () => {
    const processor = await createMarkdownProcessor({
      ...astroProcessorOptions({ malform: 'nn' }),
      syntaxHighlight: false,
    });
    const astro = await processor.render(markdown, { frontmatter: {} });
    expect(astro.code).toContain('Fotnotar');
  });
});
