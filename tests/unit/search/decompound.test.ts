import { describe, expect, it } from 'vitest';
import { createDecompounder } from '../../../src/lib/search/decompound.ts';
import { buildLexicon, readWordList } from '../../../src/lib/search/lexicon.ts';

const lexicon = buildLexicon(readWordList(), ['kommunestyre', 'skyss', 'for', 'til']);
const split = createDecompounder(lexicon).split;

describe('compound splitting', () => {
  it.each([
    ['digitaliseringsstrategi', ['digitalisering', 'strategi']],
    ['helseplattformen', ['helse', 'plattformen']],
    ['helsetenesta', ['helse', 'tenesta']],
    ['barnehagebygget', ['barnehage', 'bygget']],
    ['skuleskyssen', ['skule', 'skyssen']],
    ['avløpsanlegget', ['avløp', 'anlegget']],
    ['brannstasjonen', ['brann', 'stasjonen']],
  ])('%s → %j', (word, parts) => expect(split(word)).toEqual(expect.arrayContaining(parts)));
  it('keeps the literal last part last', () =>
    expect(split('digitaliseringsstrategien').at(-1)).toBe('strategien'));
  it('adds the multi-part tails', () =>
    expect(split('omsorgsbustadbygg')).toEqual(['bustadbygg', 'omsorg', 'bustad', 'bygg']));
  it.each(['kommune', 'strategi', 'forslag', 'tilsette', 'innbyggjarane'])(
    'leaves %s whole',
    (word) => expect(split(word)).toEqual([]),
  );
});
