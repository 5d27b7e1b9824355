import { nearest } from '../core/distance.ts';
import { fold } from './fold.ts';
import type { Malform } from './types.ts';
import type { Term } from './vocabulary.ts';

/** Every folded spelling of each term (nb, nn, aliases), for lookups and suggestions. */
function spellings<T extends Term>(term: T): string[] {
  return [...new Set([term.nb, term.nn, ...(term.aliases ?? [])].map(fold))];
}

const indexes = new WeakMap<readonly Term[], Map<string, Term>>();

function indexOf<T extends Term>(terms: readonly T[]): Map<string, T> {
  let index = indexes.get(terms);
  if (!index) {
    index = new Map();
    for (const term of terms) for (const form of spellings(term)) index.set(form, term);
    indexes.set(terms, index);
  }
  return index as Map<string, T>;
}

/** The term a clerk's word means (any case, nb/nn, ASCII fallback), or undefined. */
export function lookup<T extends Term>(terms: readonly T[], word: string): T | undefined {
  return indexOf(terms).get(fold(word));
}

/**
 * The nearest term to a word no term matches, for «meinte du …?»: a likely
 * typo, or else the one term the word starts (`sak` → `saksframlegg`).
 */
export function suggest<T extends Term>(terms: readonly T[], word: string): T | undefined {
  const folded = fold(word);
  const forms = [...indexOf(terms)];
  const near = nearest(
    folded,
    forms.map(([form, term]) => [form, term] as const),
  );
  if (near || folded.length < 3) return near;
  const starts = new Set(forms.filter(([form]) => form.startsWith(folded)).map(([, t]) => t));
  return starts.size === 1 ? [...starts][0] : undefined;
}

/** The term's spelling in the given målform. */
export function spell(term: Term, malform: Malform): string {
  return term[malform];
}

/** The spelling of the term named `name` in the given målform (falls back to the name). */
export function spellName(terms: readonly Term[], name: string, malform: Malform): string {
  const term = terms.find((t) => t.name === name);
  return term ? term[malform] : name;
}
