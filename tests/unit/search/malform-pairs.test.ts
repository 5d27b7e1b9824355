import { describe, expect, it } from 'vitest';
import {
  loadMalformPairs,
  MALFORM_PAIRS_FILE,
  parseMalformPairs,
} from '../../../src/lib/search/malform-pairs.ts';

describe('the bokmål↔nynorsk pair list', () => {
  const pairs = loadMalformPairs();
  it('has a few hundred pairs', () => expect(pairs.size).toBeGreaterThanOrEqual(300));
  it.each([
    ['ikkje', ['ikke']],
    ['ikke', ['ikkje']],
    ['korleis', ['hvordan']],
    ['hvordan', ['korleis', 'kordan']],
    ['høyring', ['høring']],
    ['tilsette', ['ansatte']],
  ])('maps %s to %j', (word, expected) =>
    expect(pairs.counterparts(word)).toEqual(expect.arrayContaining(expected)),
  );
  it('gives exactly the listed forms when only the curated list is read', () => {
    const curated = loadMalformPairs(MALFORM_PAIRS_FILE);
    expect(curated.counterparts('tilsette')).toEqual(['ansatte']);
    expect(curated.counterparts('hvordan').sort()).toEqual(['kordan', 'korleis', 'kvordan']);
  });
  it('reads the Apertium-derived list as well (thousands of spelling pairs)', () => {
    expect(pairs.size).toBeGreaterThan(10_000);
    expect(pairs.counterparts('vannverk')).toContain('vassverk');
  });
  it('maps an inflected form of a listed stem, keeping the ending', () => {
    // Only `tilskudd	tilskot` is listed; `tilskota` (definite plural) is not.
    expect(pairs.counterparts('tilskota')).toContain('tilskudda');
    expect(pairs.counterparts('tenestetilboda')).toEqual(['tjenestetilbuda']);
  });
  it('knows nothing of words outside the list', () =>
    expect(pairs.counterparts('strategi')).toEqual([]));
  it('names the file and line of a malformed pair', () => {
    expect(() =>
      parseMalformPairs('# ok\nikke\tikkje\nhvordan korleis\n', 'pairs.tsv'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[MalformPairsError: pairs.tsv:3: expected «bokmål<TAB>nynorsk», got «hvordan korleis»]`,
    );
  });
});
