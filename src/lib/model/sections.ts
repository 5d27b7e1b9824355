import { nearest } from '../core/distance.ts';
import { fold } from './fold.ts';
import type { Heading } from './types.ts';

const loose = (text: string): string =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Finds the heading a `seksjon` names: by anchor (`digital-kompetanse`, also
 * with a leading `#`) or by text, ignoring case and spacing.
 */
export function findSection(headings: readonly Heading[], value: string): Heading | undefined {
  const anchor = value.trim().replace(/^#/, '');
  return (
    headings.find((h) => h.anchor === anchor) ??
    headings.find((h) => loose(h.text) === loose(value))
  );
}

/** The heading text nearest to a `seksjon` that names none, for «meinte du …?». */
export function suggestSection(headings: readonly Heading[], value: string): string | undefined {
  return nearest(
    fold(value),
    headings.map((h) => [fold(h.text), h.text] as const),
  );
}
