import { describe, expect, it } from 'vitest';
import { createDecompounder } from '../../../src/lib/search/decompound.ts';
import { createExpander } from '../../../src/lib/search/expand.ts';
import { buildLexicon } from '../../../src/lib/search/lexicon.ts';
import { parseMalformPairs } from '../../../src/lib/search/malform-pairs.ts';

const pairs = parseMalformPairs('ledning\tleidning\nvann\tvatn\ntjeneste\tteneste\n');
const lexicon = buildLexicon(['ledning', 'nett', 'verk', 'eldre', 'teneste', 'økonomi', 'plan']);
const expand = createExpander(pairs, createDecompounder(lexicon)).expand;

describe('the expander', () => {
  it('swaps the first part of a compound (`ledningsnettet` → `leidningsnettet`)', () =>
    expect(expand(new Set(['ledningsnettet'])).malform).toContain('leidningsnettet'));
  it('swaps the last part (`eldretenesta` → `eldretjenesta`)', () =>
    expect(expand(new Set(['eldretenesta'])).malform).toContain('eldretjenesta'));
  it('applies the vann-/vass- compounding rule (`vannverket` → `vassverket`)', () =>
    expect(expand(new Set(['vannverket'])).malform).toContain('vassverket'));
  it('adds ASCII spellings of page words and of added terms', () => {
    const { ascii } = expand(new Set(['økonomiplanen', 'høyring']));
    expect(ascii).toEqual(expect.arrayContaining(['okonomiplanen', 'okonomi', 'hoyring']));
  });
  it('never adds a word the page already has', () => {
    const words = new Set(['okonomi', 'økonomi']);
    expect(expand(words).all).not.toContain('okonomi');
  });
});
