/**
 * Word splitting shared by the index-time expansions. Pagefind does its own
 * tokenising; this only has to find the words a reader could search for.
 */

/** Letters (any script) with inner apostrophes; digits and punctuation split words. */
const WORD = /\p{L}+/gu;

/** Lower-cased words of a text, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1);
}

/** The distinct lower-cased words of a text. */
export function uniqueWords(text: string): Set<string> {
  return new Set(tokenize(text));
}

/**
 * Inflection endings of nb and nn nouns, adjectives and verbs, longest first:
 * used to recognise an inflected form of a known stem (`tenesta` → `teneste`).
 */
export const INFLECTION_SUFFIXES = [
  'ingane',
  'ingene',
  'ingar',
  'inger',
  'inga',
  'ingen',
  'ande',
  'ende',
  'ane',
  'ene',
  'ast',
  'est',
  'are',
  'ere',
  'ar',
  'er',
  'en',
  'et',
  'a',
  'e',
  'ne',
  'te',
  'n',
  'r',
  'de',
  's',
  '',
] as const;

/** Drops a final unstressed vowel (`teneste` → `tenest`) so endings can be re-attached. */
export function stemOf(word: string): string {
  return /[aeo]$/.test(word) && word.length > 4 ? word.slice(0, -1) : word;
}
