import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BodyContext } from '../../../src/lib/assets/context.ts';
import { renderMarkdown, type RenderResult } from '../../../src/lib/markdown/pipeline.ts';
import { readFixtures } from './fixtures.ts';
import { scratchDir } from '../../helpers/scratch.ts';

// The HTML of these cases is checked by pipeline.test.ts (expected.html);
// here their messages and the files they ask to copy are snapshotted.
const withBody = readFixtures().filter((c) => c.options.body !== undefined);

/** Messages as the checker shows them: line, severity, rule, text. */
function messages(result: RenderResult): string[] {
  return result.messages.map(
    (m) => `${m.line}  ${m.fatal ? 'error' : 'warning'}  ${m.reason}  [${m.ruleId}]`,
  );
}

describe('relative images and links: fixture messages', () => {
  it('has cases with a body context', () => {
    expect(withBody.map((c) => c.name)).toContain('bilete-feil');
  });

  it.each(withBody.map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
    const result = await renderMarkdown(fixture.input, fixture.options);
    expect(messages(result)).toMatchSnapshot('messages');
    expect(result.assets.map((a) => `${a.kind} ${a.file} -> ${a.url}`)).toMatchSnapshot('assets');
  });
});

// The first bytes of a PNG: enough for the content check (src/lib/files/sniff.ts).
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A content folder in a temporary directory with the given files (text). */
function contentWith(files: Record<string, string | Buffer>): string {
  const dir = scratchDir('planverk-local-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const context = (contentDir: string, extra: Partial<BodyContext> = {}): BodyContext => ({
  contentDir,
  id: 'tysnes/plan',
  slug: 'tysnes/plan',
  documents: [],
  ...extra,
});

describe('rehype-local-images', () => {
  it('refuses an image reached through a symlink that leaves content/', async () => {
    const outside = contentWith({ 'hemmeleg.png': 'x' });
    const content = contentWith({ 'tysnes/.keep': '' });
    symlinkSync(path.join(outside, 'hemmeleg.png'), path.join(content, 'tysnes/lenke.png'));
    const result = await renderMarkdown('![Kart](lenke.png)', {
      malform: 'nn',
      body: context(content),
    });
    expect(messages(result)).toEqual([
      expect.stringContaining('[planverk:image-outside]') as string,
    ]);
    expect(result.html).not.toContain('/dokument/');
    expect(result.assets).toEqual([]);
  });

  it('reports a remote image even without a body context, and never loads it', async () => {
    const result = await renderMarkdown('![Kart](https://example.no/kart.png)', { malform: 'nb' });
    expect(result.html).toBe(
      '<figure><img alt="Kart"><figcaption aria-hidden="true">Kart</figcaption></figure>',
    );
    expect(result.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['planverk:remote-image', true],
    ]);
  });

  it('leaves relative images alone without a body context (Astro’s own Markdown)', async () => {
    const result = await renderMarkdown('Tekst ![Kart](bilete/kart.png)', { malform: 'nb' });
    expect(result.html).toBe('<p>Tekst <img src="bilete/kart.png" alt="Kart"></p>');
    expect(result.messages).toEqual([]);
  });

  it('leaves site-absolute images alone', async () => {
    const content = contentWith({ 'tysnes/.keep': '' });
    const result = await renderMarkdown('![Våpen](/vapen.svg)', {
      malform: 'nb',
      body: context(content),
    });
    expect(result.html).toContain('src="/vapen.svg"');
    expect(result.messages).toEqual([]);
  });

  it('warns in the document’s målform about a missing alt text', async () => {
    const content = contentWith({
      'tysnes/kart.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"></svg>',
    });
    const result = await renderMarkdown('![](kart.svg)', { malform: 'nn', body: context(content) });
    expect(result.messages[0]?.fatal).toBe(false);
    expect(result.messages[0]?.reason).toContain(
      'Skriv ein alternativ tekst mellom [ ] som fortel kva biletet viser',
    );
    expect(result.html).toBe(
      '<figure><img src="/dokument/tysnes/plan/kart.svg" alt="" width="4" height="3"></figure>',
    );
  });

  it('refuses a body file whose name a vedlegg already has', async () => {
    const content = contentWith({ 'tysnes/kart.png': PNG, 'tysnes/vedlegg/kart.png': PNG });
    const result = await renderMarkdown('[kartet](kart.png)', {
      malform: 'nb',
      body: context(content, { attachments: ['tysnes/vedlegg/kart.png'] }),
    });
    expect(messages(result)[0]).toContain('samme adresse som «tysnes/vedlegg/kart.png»');
  });

  it('refuses a linked index.html, which would replace the page and run its script', async () => {
    const content = contentWith({ 'tysnes/gammal/index.html': '<p>x</p>' });
    const result = await renderMarkdown('[gammal side](gammal/index.html)', {
      malform: 'nn',
      body: context(content),
    });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['planverk:fil-type']);
    expect(result.assets).toEqual([]);
  });

  it('keeps the vedlegg’s own URL when the body links the same file', async () => {
    const content = contentWith({ 'tysnes/vedlegg/kart.pdf': '%PDF-1.7\n' });
    const result = await renderMarkdown('[kartet](vedlegg/kart.pdf)', {
      malform: 'nb',
      body: context(content, { attachments: ['tysnes/vedlegg/kart.pdf'] }),
    });
    expect(result.messages).toEqual([]);
    expect(result.html).toContain('href="/dokument/tysnes/plan/kart.pdf"');
  });
});

describe('rehype-local-links', () => {
  it('warns about an anchor in the same document that no heading has, with the nearest', async () => {
    const result = await renderMarkdown('## Vurdering\n\nSjå [vurderinga](#vurderinga).', {
      malform: 'nn',
    });
    expect(messages(result)).toEqual([
      '3  warning  Lenkja «#vurderinga» peikar på ei overskrift som ikkje finst i dokumentet. Meinte du «#vurdering»?  [planverk:anchor-missing]',
    ]);
  });

  it('finds an anchor written as the heading text, and an id written in raw HTML', async () => {
    const result = await renderMarkdown(
      '## Økonomi og drift\n\n<a id="tabell-1"></a>\n\n[a](#Økonomi%20og%20drift) [b](#tabell-1)',
      { malform: 'nb' },
    );
    expect(result.html).toContain('<a href="#okonomi-og-drift">a</a>');
    expect(result.html).toContain('<a href="#user-content-tabell-1">b</a>');
    expect(result.messages).toEqual([]);
  });

  it('accepts a link without .md when a document has that id', async () => {
    const content = contentWith({ 'tysnes/.keep': '' });
    const result = await renderMarkdown('[planen](../levanger/plan)', {
      malform: 'nb',
      body: context(content, { documents: [{ id: 'levanger/plan', slug: 'levanger/plan' }] }),
    });
    expect(result.html).toContain('href="/dokument/levanger/plan/"');
    expect(result.messages).toEqual([]);
  });

  it('lets a draft be linked in a preview (published) and not in production', async () => {
    const content = contentWith({ 'tysnes/.keep': '' });
    const draft = { id: 'tysnes/utkast', slug: 'tysnes/utkast' };
    const preview = await renderMarkdown('[u](utkast.md)', {
      malform: 'nb',
      body: context(content, { documents: [{ ...draft, published: true }] }),
    });
    expect(preview.messages).toEqual([]);
    const production = await renderMarkdown('[u](utkast.md)', {
      malform: 'nb',
      body: context(content, { documents: [{ ...draft, published: false }] }),
    });
    expect(production.messages.map((m) => m.ruleId)).toEqual(['planverk:link-draft']);
    expect(production.html).not.toContain('/dokument/tysnes/utkast/');
  });
});

describe('rehype-figures', () => {
  it('captions with the title, and leaves an image inside text or a link inline', async () => {
    const result = await renderMarkdown(
      '![Diagram](https://x.no/a.png "Figur 2 Utvikling")\n\nSjå ![ikon](/i.svg) her.\n\n[![Logo](/l.svg)](/)',
      { malform: 'nb' },
    );
    expect(result.html).toBe(
      '<figure><img alt="Diagram"><figcaption>Figur 2 Utvikling</figcaption></figure>\n' +
        '<p>Sjå <img src="/i.svg" alt="ikon"> her.</p>\n' +
        '<p><a href="/"><img src="/l.svg" alt="Logo"></a></p>',
    );
  });
});
