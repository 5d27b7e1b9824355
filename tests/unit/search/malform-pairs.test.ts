import { describe, expect, it } from 'vitest';
import { loadMalformPairs, parseMalformPairs } from '../../../src/lib/search/malform-pairs.ts';

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
    expect(pairs.counterparts(word).sort()).toEqual(expected.sort()),
  );
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
