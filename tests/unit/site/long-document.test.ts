import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import { splitFootnotes } from '../../../src/lib/site/long-document.ts';

describe('splitFootnotes', () => {
  it('takes the footnotes section of a real render off the end of the body', async () => {
    const { html } = await renderMarkdown(
      '# T\n\nTekst[^1] og meir.\n\n## Slutt\n\n[^1]: Kjelde.\n',
      {
        malform: 'nn',
      },
    );
    const { body, footnotes } = splitFootnotes(html);
    expect(footnotes).toMatch(/^<section data-footnotes/);
    expect(footnotes).toContain('Kjelde.');
    expect(footnotes.endsWith('</section>')).toBe(true);
    expect(body).not.toContain('Kjelde.');
    expect(body).toContain('Slutt');
    expect(body + footnotes).toBe(html.replace(/\s+(?=<section data-footnotes)/, '').trim());
  });

  it('leaves a body without footnotes, or with text after them, whole', () => {
    expect(splitFootnotes('<p>a</p>')).toEqual({ body: '<p>a</p>', footnotes: '' });
    const odd = '<section data-footnotes><p>x</p></section><p>after</p>';
    expect(splitFootnotes(odd)).toEqual({ body: odd, footnotes: '' });
    const open = '<p>a</p><section data-footnotes><p>x</p>';
    expect(splitFootnotes(open)).toEqual({ body: open, footnotes: '' });
  });

  it('is not fooled by a clerk writing the marker as text', async () => {
    const { html } = await renderMarkdown('Skriv `<section data-footnotes>` slik.\n', {
      malform: 'nn',
    });
    expect(splitFootnotes(html).footnotes).toBe('');
  });
});
