import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';

const SHY = '\u00AD';
const show = (text: string) => text.replaceAll(SHY, '·');

describe('soft hyphens (print only)', () => {
  it.each(['nb', 'nn'] as const)(
    'split «digitaliseringsstrategien» at its syllables and compound joint in %s',
    async (malform) => {
      const { html } = await renderMarkdown('Digitaliseringsstrategien gjeld.', {
        malform,
        hyphenate: true,
      });
      expect(show(html)).toContain('Di·gi·ta·li·se·rings·stra·te·gi·en');
    },
  );

  it('use nynorsk patterns for nn and bokmål patterns for nb', async () => {
    // The two pattern sets differ (hyphen/nb vs hyphen/nn); both must load.
    const nb = await renderMarkdown('innbyggjarane', { malform: 'nb', hyphenate: true });
    const nn = await renderMarkdown('innbyggjarane', { malform: 'nn', hyphenate: true });
    expect(show(nn.html)).toBe('<p>inn·byg·gja·ra·ne</p>');
    expect(nb.html).toContain(SHY);
  });

  it('leave code, links, URLs, numbers, acronyms and short words alone', async () => {
    const markdown =
      'Kort ord her. `digitaliseringsstrategien` [digitaliseringsstrategien](https://ks.no) ' +
      'www.digitaliseringsstrategien.no 12345678 SNOMED postmottak@kommunen.no';
    const { html } = await renderMarkdown(markdown, { malform: 'nb', hyphenate: true });
    expect(html).not.toContain(SHY);
  });

  it('leave headings, table header cells and captions whole, and hyphenate the cells below', async () => {
    const markdown = [
      '## Digitaliseringsstrategien',
      '',
      '| Koronarelatert sjukefråvær | Merknad |',
      '|---|---|',
      '| Digitaliseringsstrategien | x |',
    ].join('\n');
    const { html } = await renderMarkdown(markdown, { malform: 'nn', hyphenate: true });
    const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '';
    const headers = [...html.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1]).join('');
    const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]).join('');
    expect(heading).toContain('Digitaliseringsstrategien');
    expect(heading).not.toContain(SHY);
    expect(headers).toContain('Koronarelatert');
    expect(headers).not.toContain(SHY);
    expect(cells).toContain(SHY);
  });

  it('are off by default and never reach the plain text', async () => {
    const web = await renderMarkdown('Digitaliseringsstrategien', { malform: 'nb' });
    expect(web.html).not.toContain(SHY);
    const print = await renderMarkdown('Digitaliseringsstrategien', {
      malform: 'nb',
      hyphenate: true,
    });
    expect(print.html).toContain(SHY);
    expect(print.text).toBe('Digitaliseringsstrategien');
  });
});
