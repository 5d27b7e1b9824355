import { INFLECTION_SUFFIXES } from './tokens.ts';

/** Default {@link DecompoundOptions.minWord}. */
export const MIN_WORD = 7;
/** Default {@link DecompoundOptions.minPart}. */
export const MIN_PART = 3;

/** Tunable limits of the compound splitter; the defaults suit Norwegian. */
export interface DecompoundOptions {
  /** Shortest word worth splitting (default 7). */
  minWord?: number;
  /** Shortest part, head or tail (default 3). */
  minPart?: number;
  /**
   * Words that are never the first part: particles that make lexicalised
   * prefix words, not compounds (`over|gang`, `under|visning`, `sammen|heng`).
   */
  notHeads?: ReadonlySet<string>;
  /**
   * Words that are never the last part: derivational endings that happen to
   * be words too (`regn|skap`, `rapporte|ring`, `trygg|leik`).
   */
  notTails?: ReadonlySet<string>;
}

/** Default {@link DecompoundOptions.notHeads}. */
export const NOT_HEADS: ReadonlySet<string> = new Set(
  'over under etter gjennom mellom sammen saman føre fore forut fram frem innan innen utan uten omkring inne ute'.split(
    ' ',
  ),
);

/** Default {@link DecompoundOptions.notTails}. */
export const NOT_TAILS: ReadonlySet<string> = new Set(
  'skap het heit leik else sel nad ing ning ring dom lig leg isk sam bar messig aktig'.split(' '),
);

/** Splits Norwegian compounds into parts known to a lexicon. */
export interface Decompounder {
  /**
   * The parts of a compound, atoms and the longer sub-compounds, as written
   * in the word (`helsetenesta` → `helse`, `tenesta`), or an empty list when
   * the word is not a compound of known parts. The last element is always
   * the word's literal last part.
   */
  split(word: string): string[];
}

/** One way to split a word: its parts and how many linking -s- it used. */
interface Split {
  parts: string[];
  linkS: number;
}

/** Linking letters between the parts of a compound: `digitalisering-s-strategi`, `barn-e-hage`. */
const LINKS = ['s', 'e', ''] as const;

/**
 * Builds a splitter over a lexicon of lower-case words. A part is known when
 * the lexicon has it, or has it without an inflection ending (`plattformen`
 * → `plattform`). The split with the fewest parts wins, then the one with the
 * longest last part (the head word of a Norwegian compound is at the end).
 */
export function createDecompounder(
  lexicon: ReadonlySet<string>,
  options: DecompoundOptions = {},
): Decompounder {
  const minWord = options.minWord ?? MIN_WORD;
  const minPart = options.minPart ?? MIN_PART;
  const notHeads = options.notHeads ?? NOT_HEADS;
  const notTails = options.notTails ?? NOT_TAILS;
  const memo = new Map<string, Split | null>();

  const known = (part: string): boolean => {
    if (part.length < minPart) return false;
    if (notTails.has(part)) return false;
    if (lexicon.has(part)) return true;
    // An inflected form: the bare stem, or the stem of a word ending in -e
    // (`tenesta` → `tenest` + `e` = `teneste`).
    return INFLECTION_SUFFIXES.some((s) => {
      if (s === '' || !part.endsWith(s) || part.length - s.length < minPart) return false;
      const stem = part.slice(0, -s.length);
      return lexicon.has(stem) || lexicon.has(`${stem}e`);
    });
  };

  // The best way to write `word` as known parts: fewest parts, then a
  // linking -s- where the word allows one (`lærdals|elva`, not `lærdal|selva`),
  // then the longest last part.
  const better = (a: Split, b: Split | null): boolean =>
    !b ||
    a.parts.length < b.parts.length ||
    (a.parts.length === b.parts.length &&
      (a.linkS > b.linkS ||
        (a.linkS === b.linkS && a.parts.at(-1)!.length > b.parts.at(-1)!.length)));
  const splits = (word: string, depth: number): Split | null => {
    const cached = memo.get(word);
    if (cached !== undefined) return cached;
    let best: Split | null = null;
    for (let i = minPart; i <= word.length - minPart; i++) {
      const tail = word.slice(i);
      const head = word.slice(0, i);
      const heads: [string, number][] = LINKS.filter((l) => l === '' || head.endsWith(l)).map(
        (l) => [head.slice(0, head.length - l.length), l === 's' ? 1 : 0],
      );
      // Three equal consonants are written as two: `buss` + `stopp` = `busstopp`.
      if (head.at(-1) === tail[0] && head.at(-2) !== tail[0]) heads.push([head + tail[0], 0]);
      for (const [bare, linkS] of heads) {
        if (notHeads.has(bare) || !known(bare)) continue;
        const rest: Split | null = known(tail)
          ? { parts: [tail], linkS: 0 }
          : depth < 3
            ? splits(tail, depth + 1)
            : null;
        if (!rest) continue;
        const candidate = { parts: [bare, ...rest.parts], linkS: linkS + rest.linkS };
        if (better(candidate, best)) best = candidate;
      }
    }
    memo.set(word, best);
    return best;
  };

  return {
    split(word) {
      if (word.length < minWord) return [];
      const parts = splits(word, 0)?.parts;
      if (!parts || parts.length < 2) return [];
      // Also the tails made of several parts: `barnehagebygg` → `hagebygg`.
      // The last part stays last: it is the word's literal ending (the expander relies on it).
      const tails = parts.slice(1, -1).map((_, i) => parts.slice(i + 1).join(''));
      return [...new Set([...tails, ...parts])];
    },
  };
}
