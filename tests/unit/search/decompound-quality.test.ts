import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDecompounder } from '../../../src/lib/search/decompound.ts';
import { siteLexicon } from '../../../src/lib/search/lexicon.ts';
import { loadMalformPairs } from '../../../src/lib/search/malform-pairs.ts';

// The splitter with the lexicon the build uses (no corpus words: the lists
// alone), measured on word lists no lexicon was built from.
const lines = (name: string): string[] =>
  readFileSync(new URL(`../../fixtures/search/splitting/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
const pairWords = loadMalformPairs().words;
const split = createDecompounder(siteLexicon(pairWords)).split;
const nonCompounds = lines('non-compounds.txt');
const compounds = lines('compounds.tsv').map((l) => l.split('\t') as [string, string]);

describe('compound splitting on held-out word lists', () => {
  it('splits at most 3 % of non-compounds (nonsense splits such as «kons|kvens»)', () => {
    const wrong = nonCompounds.filter((w) => split(w).length > 0);
    // Known: «fors|lag» (fors = rapids), «arbeid|s|giver» (a real compound, lexicalised).
    expect(wrong.length / nonCompounds.length).toBeLessThanOrEqual(0.03);
  });
  it('finds the expected part of at least 85 % of compounds', () => {
    const found = compounds.filter(([w, part]) => split(w).includes(part));
    expect(found.length / compounds.length).toBeGreaterThanOrEqual(0.85);
  });
  it.each([
    ['busstoppene', 'stoppene'],
    ['lærdalselva', 'elva'],
    ['trafikksikkerhetsplan', 'plan'],
  ])('%s has the part %s (three consonants written as two; linking -s- preferred)', (w, part) =>
    // «lærdal» stands for a word the corpus uses on its own.
    expect(createDecompounder(siteLexicon(pairWords, ['lærdal'])).split(w)).toContain(part),
  );
  it.each(['overgang', 'undervisning', 'sammenheng', 'regnskap', 'tryggleik', 'framtid'])(
    'leaves the prefix or suffix word %s whole',
    (w) => expect(split(w)).toEqual([]),
  );
});
