/**
 * ASCII spellings of words with æ, ø, å, as people type them on keyboards
 * without those letters («okonomi», «hoyring», «laerdal», «aarsbudsjett»).
 *
 * Pagefind 1.6 folds diacritics by default, which covers å → a (å is a + a
 * combining ring), but æ and ø are letters of their own with no
 * decomposition, so «okonomi» never finds «økonomi» and «aa» never finds å.
 * The search step therefore adds these spellings as hidden index terms.
 */

/** Spelling schemes: the common one, the digraph one, and the bare-vowel one. */
const SCHEMES: readonly Readonly<Record<string, string>>[] = [
  { æ: 'ae', ø: 'o', å: 'a' },
  { æ: 'ae', ø: 'oe', å: 'aa' },
  { æ: 'a', ø: 'o', å: 'a' },
];

const NORDIC = /[æøå]/;

/**
 * The ASCII spellings of a lower-case word (without the word itself), or an
 * empty list when it has no æ, ø or å. The forms Pagefind already folds
 * (å → a alone) are left out.
 */
export function asciiSpellings(word: string): string[] {
  if (!NORDIC.test(word)) return [];
  const folded = SCHEMES.map((scheme) => word.replace(/[æøå]/g, (c) => scheme[c] ?? c));
  const pagefindFolds = word.replace(/å/g, 'a');
  return [...new Set(folded)].filter((w) => w !== word && w !== pagefindFolds);
}
