import { readFileSync } from 'node:fs';
import { ruleCounterparts } from './malform-rules.ts';
import { INFLECTION_SUFFIXES, stemOf } from './tokens.ts';

/** The curated bokmål ↔ nynorsk word list shipped with Planverk (malform-pairs.tsv). */
export const MALFORM_PAIRS_FILE = new URL('./malform-pairs.tsv', import.meta.url);

/** Spelling pairs derived from Apertium's nno-nob dictionary (see tools/apertium-pairs.py). */
export const APERTIUM_PAIRS_FILE = new URL('./malform-pairs-apertium.tsv', import.meta.url);

/** The lists {@link loadMalformPairs} reads by default, curated first. */
export const MALFORM_PAIR_FILES: readonly URL[] = [MALFORM_PAIRS_FILE, APERTIUM_PAIRS_FILE];

/** One pair list to parse: its text and a name for error messages. */
export interface PairSource {
  text: string;
  source: string;
}

/** Looks up the other målform's forms of a word. */
export interface MalformDictionary {
  /** Number of pair lines read. */
  size: number;
  /** Every word the list knows, both målformer (for the compound lexicon). */
  words: ReadonlySet<string>;
  /** The other målform's forms of `word` (lower case), or an empty list. */
  counterparts(word: string): string[];
}

/** Error for a malformed line in a pair list (for the developer, in English). */
export class MalformPairsError extends Error {
  override name = 'MalformPairsError';
}

/**
 * Parses a pair list (`bokmål<TAB>nynorsk`, «|» between alternatives, `#`
 * comments) into a dictionary that maps both ways. Besides exact forms it
 * maps inflected forms of a listed word through its stem: `tjenestene` is not
 * needed as a line when `tjeneste	teneste` is there. Words no list knows
 * get the forms of the systematic spelling rules (malform-rules.ts).
 */
export function parseMalformPairs(text: string, source = 'malform-pairs.tsv'): MalformDictionary {
  return parsePairSources([{ text, source }]);
}

/** {@link parseMalformPairs} over several lists, merged into one dictionary. */
export function parsePairSources(sources: readonly PairSource[]): MalformDictionary {
  const exact = new Map<string, Set<string>>();
  const stems = new Map<string, Set<string>>();
  const words = new Set<string>();
  let size = 0;
  const add = (map: Map<string, Set<string>>, from: string, to: string): void => {
    if (from === to) return;
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const { text, source } of sources)
    text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const cols = line.split('\t');
      if (cols.length !== 2) {
        throw new MalformPairsError(
          `${source}:${i + 1}: expected «bokmål<TAB>nynorsk», got «${line}»`,
        );
      }
      const [nb, nn] = cols.map((c) =>
        c
          .toLowerCase()
          .split('|')
          .map((w) => w.trim())
          .filter(Boolean),
      ) as [string[], string[]];
      size += 1;
      for (const a of nb) {
        for (const b of nn) {
          words.add(a).add(b);
          add(exact, a, b);
          add(exact, b, a);
          if (stemOf(a).length >= 4 && stemOf(b).length >= 4) {
            add(stems, stemOf(a), stemOf(b));
            add(stems, stemOf(b), stemOf(a));
          }
        }
      }
    });
  const byList = (word: string): string[] => {
    const hit = exact.get(word);
    if (hit) return [...hit];
    // An inflected form of a listed word: swap the stem, keep the ending.
    for (const suffix of INFLECTION_SUFFIXES) {
      if (suffix === '' || !word.endsWith(suffix)) continue;
      const others = stems.get(word.slice(0, word.length - suffix.length));
      if (others) return [...others].map((s) => s + suffix);
    }
    return [];
  };
  return {
    size,
    words,
    counterparts(word) {
      return [...new Set([...byList(word), ...ruleCounterparts(word)])];
    },
  };
}

/** Reads and parses Planverk's pair lists (by default the curated and the Apertium one). */
export function loadMalformPairs(
  files: URL | string | readonly (URL | string)[] = MALFORM_PAIR_FILES,
): MalformDictionary {
  const list = typeof files === 'string' || files instanceof URL ? [files] : files;
  return parsePairSources(list.map((f) => ({ text: readFileSync(f, 'utf8'), source: String(f) })));
}
