/**
 * A rebuild expands again only the pages an edit can change (issue 11): a
 * page's hidden terms depend on the corpus only through the words its
 * splits can look up (lexicon.ts corpusLookups), so they are kept under a key
 * of those; the index must be the one a cold build writes, byte for byte.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../src/lib/config/schema.ts';
import type { BuildContext } from '../../../src/lib/output/step.ts';
import { createDecompounder, MIN_PART, MIN_WORD } from '../../../src/lib/search/decompound.ts';
import { corpusLookups, siteLexiconParts } from '../../../src/lib/search/lexicon.ts';
import { loadMalformPairs } from '../../../src/lib/search/malform-pairs.ts';
import { createSearchStep } from '../../../src/lib/search/pagefind-step.ts';
import { uniqueWords } from '../../../src/lib/search/tokens.ts';
import { loadFixtureDocs, renderFixturePage } from '../../fixtures/search/site.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'planverk-expansion-cache-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('what of the corpus a split reads', () => {
  it('is enough: with only those corpus words in the lexicon, every word splits as with all', async () => {
    const docs = await loadFixtureDocs();
    // Place names are corpus words the lists lack: «hjartdalselva» splits only with «hjartdal».
    const words = [
      ...new Set([
        ...docs.flatMap((d) => [...uniqueWords(d.body)]),
        ...['lærdal', 'hjartdalselva', 'tysnes', 'tysnesvegen', 'levanger', 'levangerskulen'],
      ]),
    ];
    const { lexicon, fromCorpus } = siteLexiconParts(loadMalformPairs().words, words);
    const full = createDecompounder(lexicon).split;
    let needed = 0;
    for (const word of words) {
      const read = new Set(corpusLookups(word, fromCorpus, MIN_WORD, MIN_PART));
      // The lexicon without every corpus word the split of `word` does not read.
      const only = { has: (w: string) => lexicon.has(w) && (!fromCorpus.has(w) || read.has(w)) };
      const none = { has: (w: string) => lexicon.has(w) && !fromCorpus.has(w) };
      const expected = full(word);
      expect(createDecompounder(only as ReadonlySet<string>).split(word), word).toEqual(expected);
      if (
        createDecompounder(none as ReadonlySet<string>)
          .split(word)
          .join() !== expected.join()
      )
        needed += 1;
    }
    // Not vacuous: some splits need corpus words.
    expect(needed).toBeGreaterThan(0);
  });
});

describe('the search step on a rebuild', () => {
  const config = { defaultMalform: 'nn' } as SiteConfig;
  const run = async (outDir: string, cacheDir: string): Promise<string> => {
    const logs: string[] = [];
    const ctx: BuildContext = {
      root: process.cwd(),
      outDir,
      contentDir: path.join(dir, 'content'),
      cacheDir,
      documents: [],
      bodies: new Map(),
      config,
      preview: false,
      logger: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
    };
    // Each build stages a fresh output folder (the step writes into it).
    await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true });
    await createSearchStep().run(ctx);
    return logs.find((l) => l.startsWith('search: indexed')) ?? '';
  };
  const files = async (outDir: string): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    const root = path.join(outDir, 'pagefind');
    for (const e of await readdir(root, { recursive: true, withFileTypes: true }))
      if (e.isFile()) {
        const file = path.join(e.parentPath, e.name);
        out[path.relative(root, file)] = (await readFile(file)).toString('base64');
      }
    return out;
  };

  it('expands only the edited page and the pages that can see its new words, with the index of a cold build', async () => {
    const docs = await loadFixtureDocs();
    // The second page has a compound only the corpus can split: «hjartdalselva» needs «hjartdal».
    const write = async (outDir: string, extra: string): Promise<void> => {
      for (const [i, doc] of docs.entries()) {
        const page = path.join(outDir, 'dokument', doc.slug);
        await mkdir(page, { recursive: true });
        const more = i === 0 ? extra : i === 1 ? 'Vegen går langs hjartdalselva.' : '';
        const body = `${doc.body}\n\n${more}\n`;
        await writeFile(path.join(page, 'index.html'), await renderFixturePage({ ...doc, body }));
      }
    };
    const out = path.join(dir, 'site');
    const cache = path.join(dir, 'cache');
    await write(out, 'Ein ny setning.');
    expect(await run(out, cache)).toContain(`${docs.length} pages expanded, 0 unchanged`);
    // A sentence of words the corpus has: only that page is expanded again.
    await write(out, 'Ein ny setning om kommunen.');
    // Its fragment alone is cut again (fragments.ts); the others' cuts are kept.
    expect(await run(out, cache)).toContain(
      `1 page expanded, ${docs.length - 1} unchanged; 1 fragment cut, ${docs.length - 1} unchanged`,
    );
    // A new word that is a part of another page's compound: that page is expanded again too.
    await write(out, 'Ein ny setning om Hjartdal.');
    expect(await run(out, cache)).toContain(`2 pages expanded, ${docs.length - 2} unchanged`);
    const cold = path.join(dir, 'cold');
    await write(cold, 'Ein ny setning om Hjartdal.');
    await run(cold, path.join(dir, 'cache-cold'));
    expect(await files(out)).toEqual(await files(cold));
  }, 120_000);
});
