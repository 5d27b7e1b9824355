import { describe, expect, it } from 'vitest';
import { asciiSpellings } from '../../../src/lib/search/ascii.ts';

describe('ASCII spellings of æ, ø, å', () => {
  it.each([
    ['økonomi', ['okonomi', 'oekonomi']],
    ['høyring', ['hoyring', 'hoeyring']],
    ['lærdal', ['laerdal', 'lardal']],
    ['årsbudsjett', ['aarsbudsjett']],
    ['køyretøy', ['koyretoy', 'koeyretoey']],
    ['sjølvkost', ['sjolvkost', 'sjoelvkost']],
  ])('%s → %j', (word, expected) => expect(asciiSpellings(word).sort()).toEqual(expected.sort()));
  it('leaves words without æ, ø, å alone', () => expect(asciiSpellings('kommune')).toEqual([]));
  it('leaves out the å → a spelling Pagefind folds itself', () =>
    expect(asciiSpellings('ålesund')).toEqual(['aalesund']));
});
