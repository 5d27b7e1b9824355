import { readFileSync } from 'node:fs';
import type { Malform } from '../core/types.ts';
import { MALFORM_PAIRS_FILE } from '../search/malform-pairs.ts';

/** How many words of each målform a text used, and the verdict. */
export interface MalformGuess {
  /** Undefined when the text has no word only one målform spells so. */
  malform: Malform | undefined;
  nb: number;
  nn: number;
}

let sides: { nb: Set<string>; nn: Set<string> } | undefined;

/**
 * The words only one målform has, from the project's curated bokmål ↔
 * nynorsk list (search/malform-pairs.tsv: ikke/ikkje, hvordan/korleis,
 * bolig/bustad …). A word both columns hold (kvar, som) tells nothing.
 */
function markerWords(): { nb: Set<string>; nn: Set<string> } {
  if (sides) return sides;
  const nb = new Set<string>();
  const nn = new Set<string>();
  for (const raw of readFileSync(MALFORM_PAIRS_FILE, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [a = '', b = ''] = line.toLowerCase().split('\t');
    a.split('|').forEach((w) => nb.add(w.trim()));
    b.split('|').forEach((w) => nn.add(w.trim()));
  }
  for (const w of [...nb])
    if (nn.has(w)) {
      nb.delete(w);
      nn.delete(w);
    }
  sides = { nb, nn };
  return sides;
}

/**
 * Guesses a text's målform by counting the words only bokmål or only
 * nynorsk spells so. A quoted letter in the other målform pulls the count
 * its way, so the clerk is told the counts and how to override (`--malform`).
 */
export function detectMalform(text: string): MalformGuess {
  const { nb, nn } = markerWords();
  let countNb = 0;
  let countNn = 0;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (nb.has(word)) countNb += 1;
    else if (nn.has(word)) countNn += 1;
  }
  const malform = countNb === countNn ? undefined : countNb > countNn ? 'nb' : 'nn';
  return { malform, nb: countNb, nn: countNn };
}
