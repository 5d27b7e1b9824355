import { readFileSync } from 'node:fs';

/** Planverk's curated list of compound parts (base-words.txt). */
export const BASE_WORDS_FILE = new URL('./base-words.txt', import.meta.url);

/** Nouns that are not compounds, from Apertium's dictionary (see tools/apertium-pairs.py). */
export const GENERAL_WORDS_FILE = new URL('./base-words-apertium.txt', import.meta.url);

/** Words shorter than this from the corpus or pair list are not used as parts (function words). */
const MIN_CORPUS_PART = 4;

/** Reads a one-word-a-line list (`#` comments) into lower-case words. */
export function readWordList(file: URL | string = BASE_WORDS_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * The lexicon `npm run build` splits with: the curated base words, the
 * general noun list, the words of the pair lists and of the corpus.
 */
export function siteLexicon(
  pairWords: Iterable<string>,
  ...corpus: Iterable<string>[]
): Set<string> {
  return buildLexicon(readWordList(), readWordList(GENERAL_WORDS_FILE), pairWords, ...corpus);
}

/**
 * The lexicon the compound splitter knows: the curated base words (any
 * length), plus the words of the pair list and of the corpus itself that are
 * long enough not to be function words («for», «til», «som»).
 */
export function buildLexicon(base: Iterable<string>, ...more: Iterable<string>[]): Set<string> {
  const lexicon = new Set(base);
  for (const words of more) {
    for (const w of words) if (w.length >= MIN_CORPUS_PART) lexicon.add(w);
  }
  return lexicon;
}
