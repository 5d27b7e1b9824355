import { asciiSpellings } from './ascii.ts';
import type { Decompounder } from './decompound.ts';
import type { MalformDictionary } from './malform-pairs.ts';

/** What the expander adds for one document, by reason (for logs and tests). */
export interface Expansion {
  /** Forms of the other målform (`tenester` → `tjenester`). */
  malform: string[];
  /** Parts of compounds (`helsetenesta` → `helse`, `tenesta`) and their other-målform forms. */
  compound: string[];
  /** ASCII spellings (`økonomi` → `okonomi`) of the document's words and of the terms above. */
  ascii: string[];
  /** Everything above, without words the document already has. */
  all: string[];
}

/** Turns the words of a document into extra index terms. */
export interface Expander {
  expand(words: ReadonlySet<string>): Expansion;
}

/** Shortest first part worth swapping (`nød|strøm` → `naud|straum`). */
const MIN_SWAP_HEAD = 3;
/** Shortest last part worth swapping: shorter tails are mostly endings, not words. */
const MIN_SWAP_TAIL = 4;
/** What must stay of the word beside a swapped part, so a word is never swapped whole. */
const MIN_SWAP_REST = 3;

/**
 * The word with its longest first part and/or its longest last part that
 * have other-målform forms swapped, whatever lies between: `skytenester` →
 * `skytjenester`, `heimeside` → `hjemmeside`, `nødstrøm` → `naudstraum`. The
 * splitter needs every part in its lexicon, which short and rare first parts
 * (`sky`, `nød`) and short last parts (`side`) often are not; a swap only
 * needs the part that differs between the målformer. Only whole words are
 * added (never the unknown remainder), so a query can match them only by
 * asking for this very compound in the other målform.
 */
function swapAffixes(word: string, pairs: MalformDictionary): string[] {
  let head = '';
  for (let n = word.length - MIN_SWAP_REST; n >= MIN_SWAP_HEAD; n--) {
    if (pairs.counterparts(word.slice(0, n)).length > 0) {
      head = word.slice(0, n);
      break;
    }
  }
  let tail = '';
  for (let n = word.length - MIN_SWAP_REST; n >= MIN_SWAP_TAIL; n--) {
    if (word.length - n < head.length && head !== '') break; // tail and head would overlap
    if (pairs.counterparts(word.slice(word.length - n)).length > 0) {
      tail = word.slice(word.length - n);
      break;
    }
  }
  if (head === '' && tail === '') return [];
  const middle = word.slice(head.length, word.length - tail.length);
  const heads = [head, ...(head ? pairs.counterparts(head) : [])];
  const tails = [tail, ...(tail ? pairs.counterparts(tail) : [])];
  return heads.flatMap((h) => tails.map((t) => h + middle + t)).filter((w) => w !== word);
}

/**
 * Combines the bokmål↔nynorsk dictionary and the compound splitter. Results
 * per word are cached, since a corpus repeats its vocabulary page after page.
 */
export function createExpander(pairs: MalformDictionary, decompounder: Decompounder): Expander {
  const cache = new Map<string, { malform: string[]; compound: string[] }>();
  const forWord = (word: string): { malform: string[]; compound: string[] } => {
    let hit = cache.get(word);
    if (!hit) {
      const parts = decompounder.split(word);
      const last = parts.length > 0 ? word.slice(word.length - (parts.at(-1)?.length ?? 0)) : '';
      const stem = word.slice(0, word.length - last.length);
      // The whole compound in the other målform: its last part swapped
      // (`eldretenesta` → `eldretjenesten`), its first part swapped
      // (`ledningsnettet` → `leidningsnettet`), or both.
      const lasts = last === '' ? [] : [last, ...pairs.counterparts(last)];
      const head = parts
        .filter((p) => p !== last && stem.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      const firsts = head ? [head, ...pairs.counterparts(head)] : [stem];
      const middle = head ? stem.slice(head.length) : '';
      const whole = firsts
        .flatMap((f) => lasts.map((l) => f + middle + l))
        .filter((w) => w !== word);
      hit = {
        malform: [
          ...pairs.counterparts(word),
          ...whole,
          ...(word.length >= MIN_SWAP_HEAD + MIN_SWAP_TAIL ? swapAffixes(word, pairs) : []),
        ],
        compound: [...parts, ...parts.flatMap((p) => pairs.counterparts(p))],
      };
      cache.set(word, hit);
    }
    return hit;
  };
  return {
    expand(words) {
      const malform = new Set<string>();
      const compound = new Set<string>();
      for (const word of words) {
        const hit = forWord(word);
        for (const w of hit.malform) if (!words.has(w)) malform.add(w);
        for (const w of hit.compound) if (!words.has(w)) compound.add(w);
      }
      const ascii = new Set<string>();
      for (const w of [...words, ...malform, ...compound]) {
        for (const a of asciiSpellings(w)) if (!words.has(a)) ascii.add(a);
      }
      const all = new Set([...malform, ...compound, ...ascii]);
      return {
        malform: [...malform].sort(),
        compound: [...compound].sort(),
        ascii: [...ascii].sort(),
        all: [...all].sort(),
      };
    },
  };
}
