import type { VFile } from 'vfile';
import type { Malform } from '../model/types.ts';
import './vfile-data.ts';

// Frontmatter spellings of the key and values, as the content model allows
// (bokmål/nynorsk, ASCII fallbacks). Only what this pipeline needs to pick
// footnote words and hyphenation patterns; full validation is the checker's job.
const KEYS = ['målform', 'malform', 'maalform'];
const VALUES: Record<string, Malform> = {
  nb: 'nb',
  bokmål: 'nb',
  bokmal: 'nb',
  bokmaal: 'nb',
  nn: 'nn',
  nynorsk: 'nn',
};

/** Reads a målform from a raw frontmatter object (`målform: nynorsk`), if it has one. */
export function malformFromFrontmatter(frontmatter: unknown): Malform | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  for (const [key, value] of Object.entries(frontmatter)) {
    if (!KEYS.includes(key.normalize('NFC').toLowerCase()) || typeof value !== 'string') continue;
    return VALUES[value.trim().normalize('NFC').toLowerCase()];
  }
  return undefined;
}

/**
 * The målform of the document a plugin is working on: the one `renderMarkdown`
 * set, else the one in Astro's frontmatter (Astro runs one processor for all
 * documents, so plugin options cannot carry it), else the fallback.
 */
export function documentMalform(file: VFile, fallback: Malform): Malform {
  if (file.data.planverkMalform) return file.data.planverkMalform;
  const astro: unknown = file.data['astro'];
  const frontmatter =
    typeof astro === 'object' && astro !== null && 'frontmatter' in astro
      ? astro.frontmatter
      : undefined;
  return malformFromFrontmatter(frontmatter) ?? fallback;
}
