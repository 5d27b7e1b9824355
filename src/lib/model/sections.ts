import { nearest } from '../core/distance.ts';
import { fold } from './fold.ts';
import { slugify } from '../core/slug.ts';
import type { Heading } from './types.ts';

const loose = (text: string): string =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

// An anchor or text reduced to letters and digits, æøå and their ASCII
// fallbacks alike: `2-bruksområder`, `2-bruksomrader`, `2-bruksomraader` and
// «2. Bruksområder» all become `2bruksomrader`.
const key = (text: string): string => fold(slugify(text.normalize('NFC')));

/**
 * Finds the heading a `seksjon` names: by anchor (`digital-kompetanse`, also
 * with a leading `#`), by text ignoring case and spacing, or by either
 * written with or without æøå (`2-bruksområder` finds «2. Bruksområder»,
 * whose anchor is `2-bruksomrader`).
 */
export function findSection(headings: readonly Heading[], value: string): Heading | undefined {
  const anchor = value.trim().replace(/^#/, '');
  const wanted = key(anchor);
  return (
    headings.find((h) => h.anchor === anchor) ??
    headings.find((h) => loose(h.text) === loose(value)) ??
    (wanted === ''
      ? undefined
      : headings.find((h) => key(h.anchor) === wanted || key(h.text) === wanted))
  );
}

/** The heading text nearest to a `seksjon` that names none, for «meinte du …?». */
export function suggestSection(headings: readonly Heading[], value: string): string | undefined {
  return nearest(
    fold(value),
    headings.map((h) => [fold(h.text), h.text] as const),
  );
}
