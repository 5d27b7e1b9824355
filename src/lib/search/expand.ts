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
        malform: [...pairs.counterparts(word), ...whole],
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
