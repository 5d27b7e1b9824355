import { nearest } from '../core/distance.ts';
import { fold } from '../model/fold.ts';
import { lookup, suggest } from '../model/lookup.ts';
import type { DocType, Malform } from '../model/types.ts';
import { DOC_TYPES, MALFORMER } from '../model/vocabulary.ts';
import { NewDocumentError } from './errors.ts';
import { t } from '../i18n/index.ts';

/** The document type a clerk's word means (any case, nb/nn, aliases such as `saksfremlegg`). */
export function resolveType(word: string, malform: Malform): DocType {
  const term = lookup(DOC_TYPES, word);
  if (term) return term.name;
  const near = suggest(DOC_TYPES, word);
  const hint = near ? t(malform, 'cli.didYouMean', near[malform]) : '';
  const all = DOC_TYPES.map((d) => d[malform]).join(', ');
  throw new NewDocumentError(t(malform, 'cli.unknownType', word, hint, all), malform);
}

/** The målform a clerk's word means (`nb`, `nn`, `bokmål`, `nynorsk`, …), or undefined. */
export function parseMalform(word: string): Malform | undefined {
  return lookup(MALFORMER, word)?.name;
}

/**
 * The kommune names as the site configuration spells them. Accepts a
 * comma-separated list; case and æ/ø/å fallbacks do not matter, so
 * `ardal, laerdal` gives `['Årdal', 'Lærdal']`.
 */
export function resolveKommuner(
  input: string,
  known: readonly string[],
  malform: Malform,
): string[] {
  const byFold = new Map(known.map((name) => [fold(name), name] as const));
  return input
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const name = byFold.get(fold(part));
      if (name) return name;
      const near = nearest(fold(part), byFold);
      const hint = near ? t(malform, 'cli.didYouMean', near) : '';
      throw new NewDocumentError(
        t(malform, 'cli.unknownKommune', part, hint, known.join(', ')),
        malform,
      );
    });
}
