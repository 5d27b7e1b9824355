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
 * {@link siteLexicon} and the part of it only the corpus brings (words the
 * curated lists and the pair list do not have): what a change of content can
 * change in the splitter's answers (see {@link corpusLookups}).
 */
export function siteLexiconParts(
  pairWords: Iterable<string>,
  ...corpus: Iterable<string>[]
): { lexicon: Set<string>; fromCorpus: Set<string> } {
  const fixed = buildLexicon(readWordList(), readWordList(GENERAL_WORDS_FILE), pairWords);
  const fromCorpus = new Set<string>();
  for (const words of corpus)
    for (const w of words) if (w.length >= MIN_CORPUS_PART && !fixed.has(w)) fromCorpus.add(w);
  return { lexicon: new Set([...fixed, ...fromCorpus]), fromCorpus };
}

/**
 * The words of `fromCorpus` the compound splitter (decompound.ts) can look
 * up while splitting `word`: it asks the lexicon only for pieces of the word
 * (a part, a part without an inflection ending) and for such a piece with an
 * `e` added (`tenest` → `teneste`). So a word's split, and a page's
 * expansion, can change with the corpus only when one of these words comes
 * or goes (issue 11: a rebuild expands again only the pages an edit can
 * change, with the same terms a cold build gives). Words shorter than
 * `minWord` are never split and look nothing up.
 */
export function corpusLookups(
  word: string,
  fromCorpus: ReadonlySet<string>,
  minWord: number,
  minPart: number,
): string[] {
  if (word.length < minWord) return [];
  const found = new Set<string>();
  for (let start = 0; start + minPart <= word.length; start++) {
    for (let end = start + minPart; end <= word.length; end++) {
      const piece = word.slice(start, end);
      if (fromCorpus.has(piece)) found.add(piece);
      if (fromCorpus.has(`${piece}e`)) found.add(`${piece}e`);
    }
  }
  return [...found];
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
