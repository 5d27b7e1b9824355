/**
 * A body's render depends on the other documents only through what its links
 * look up (src/lib/check/render-cache.ts, src/lib/assets/link-lookup.ts): an
 * edit to one document's headings renders again that document and the bodies
 * whose links read its anchors, no other; a link to an anchor or a document
 * that comes into being, or one that goes away, renders its body again. Each
 * cached run gives exactly the problems and bodies of a run without cache.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { validateContent } from '../../../src/lib/check/validate-content.ts';
import { RenderCache } from '../../../src/lib/check/render-cache.ts';

let dir: string;
let content: string;
const cacheDir = () => join(dir, 'cache');

const doc = (title: string, body: string, status = 'vedtatt') =>
  `---\ntittel: ${title}\ntype: notat\nmålform: nb\nkommune: Tysnes\nstatus: ${status}\n` +
  `dato: 2025-06-02\n---\n\n${body}\n`;

/** A: the target. B links to one of its headings, C to one it does not have yet, D to the page alone; E to a missing document. */
const A = (headings: string[]) =>
  doc('Mål', headings.map((h) => `## ${h}\n\nTekst om ${h.toLowerCase()}.\n`).join('\n'));
const FILES: Record<string, string> = {
  'tysnes/a.md': A(['Bakgrunn', 'Vurdering']),
  'tysnes/b.md': doc('Til vurdering', '## Lenke\n\nSe [vurderingen](a.md#vurdering).'),
  'tysnes/c.md': doc('Til ny', '## Lenke\n\nSe [det nye](a.md#nytt-punkt).'),
  'tysnes/d.md': doc('Til sida', '## Lenke\n\nSe [notatet](a.md).'),
  'tysnes/e.md': doc('Til komande', '## Lenke\n\nSe [det kommende](komande.md).'),
  'tysnes/f.md': doc('Utan lenker', '## Tekst\n\nIngen lenker her.'),
  // A site-absolute link: which draft it points into depends on every slug.
  'tysnes/g.md': doc('Til adressa', '## Lenke\n\nSe [siden](/dokument/tysnes/komande/).'),
};

async function write(files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) await writeFile(join(content, file), text);
}

const check = (renderCache?: RenderCache) =>
  validateContent({
    root: dir,
    contentDir: content,
    includeDrafts: false,
    config,
    print: true,
    ...(renderCache ? { renderCache } : {}),
  });

const rendered = (bodies: Map<string, { messages: unknown }>) =>
  [...bodies].map(([id, { messages: _messages, ...rest }]) => [id, rest]);

/** A cached run after the last change: which bodies it rendered, and that it equals a run without cache. */
async function rebuild(): Promise<{ renderedIds: string[]; problems: string[] }> {
  const cache = new RenderCache(cacheDir(), 'code');
  const warm = await check(cache);
  const plain = await check();
  expect(warm.problems).toEqual(plain.problems);
  expect(rendered(warm.bodies)).toEqual(rendered(plain.bodies));
  expect(cache.hits + cache.misses.length).toBe(plain.bodies.size);
  return {
    renderedIds: [...cache.misses].sort(),
    problems: plain.problems.map(
      (p) => `${p.file.replace(/^.*tysnes\//, '')} ${p.severity} ${p.ruleId}`,
    ),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planverk-render-deps-'));
  content = join(dir, 'content');
  await mkdir(join(content, 'tysnes'), { recursive: true });
  await write(FILES);
  const cold = new RenderCache(cacheDir(), 'code');
  await check(cold);
  expect(cold.misses).toHaveLength(Object.keys(FILES).length);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

// In order, on one content folder and one cache: each starts from the one before.
describe('render cache dependencies', () => {
  it('reuses every body when nothing changed', async () => {
    const { renderedIds, problems } = await rebuild();
    expect(renderedIds).toEqual([]);
    // C's anchor is missing (a warning), E's document too (an error).
    expect(problems).toEqual(['c.md warning anchor-missing', 'e.md error link-missing']);
  });

  it('an edited paragraph renders only its own body again', async () => {
    await write({ 'tysnes/a.md': `${A(['Bakgrunn', 'Vurdering'])}\nEin ny setning.\n` });
    expect((await rebuild()).renderedIds).toEqual(['tysnes/a']);
  });

  it('a new heading renders the target and the bodies that read its anchors, and a missing anchor that now exists is no longer reported', async () => {
    await write({ 'tysnes/a.md': A(['Bakgrunn', 'Vurdering', 'Nytt punkt']) });
    const { renderedIds, problems } = await rebuild();
    // D links to the page alone and F links nowhere: their bodies are the same.
    expect(renderedIds).toEqual(['tysnes/a', 'tysnes/b', 'tysnes/c']);
    expect(problems).toEqual(['e.md error link-missing']);
  });

  it('a removed heading that a body links to makes its problem appear', async () => {
    await write({ 'tysnes/a.md': A(['Bakgrunn', 'Nytt punkt']) });
    const { renderedIds, problems } = await rebuild();
    expect(renderedIds).toEqual(['tysnes/a', 'tysnes/b', 'tysnes/c']);
    expect(problems).toEqual(['b.md warning anchor-missing', 'e.md error link-missing']);
  });

  it('a link to a document that comes into being, becomes a draft or goes away gives the problems a cold run gives', async () => {
    await write({ 'tysnes/komande.md': doc('Komande', '## Tekst\n\nNytt dokument.') });
    // A new file changes the content folder's digest (its names are in every
    // body's key: a missing file's suggestion lists its folder), so all are rendered.
    let result = await rebuild();
    expect(result.renderedIds).toContain('tysnes/e');
    expect(result.problems).toEqual(['b.md warning anchor-missing']);
    await write({ 'tysnes/komande.md': doc('Komande', '## Tekst\n\nNytt dokument.', 'utkast') });
    result = await rebuild();
    expect(result.renderedIds).toEqual(['tysnes/e', 'tysnes/g', 'tysnes/komande']);
    expect(result.problems).toEqual([
      'b.md warning anchor-missing',
      'e.md error link-draft',
      'g.md error link-draft',
    ]);
    // Back to the folder of the test before: its entries are valid again (E read «missing»).
    await rm(join(content, 'tysnes/komande.md'));
    result = await rebuild();
    expect(result.renderedIds).toEqual([]);
    expect(result.problems).toEqual(['b.md warning anchor-missing', 'e.md error link-missing']);
  });
});
