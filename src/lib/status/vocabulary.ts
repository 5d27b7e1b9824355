/**
 * The clerk-facing vocabulary of a status update file, in bokmål and nynorsk.
 * Case, æ/ø/å and their ASCII fallbacks are handled by the model's `fold`.
 */
import type { KeyTerm } from '../model/vocabulary.ts';

const k = (
  name: string,
  nb: string,
  nn = nb,
  aliases: string[] = [],
  nested?: readonly KeyTerm[],
): KeyTerm => (nested ? { name, nb, nn, aliases, nested } : { name, nb, nn, aliases });

/** Keys of one entry in `oppdateringer` / `oppdateringar`. */
export const UPDATE_KEYS: readonly KeyTerm[] = [
  k('action', 'tiltak'),
  k('document', 'dokument', 'dokument', ['handlingsplan']),
  k('date', 'dato'),
  k('status', 'status'),
  k('remark', 'merknad', 'merknad', ['merknader', 'merknadar', 'kommentar']),
];

/** Top-level keys of a status update file. */
export const FILE_KEYS: readonly KeyTerm[] = [
  k('malform', 'målform', 'målform', ['språk']),
  k('document', 'dokument', 'dokument', ['handlingsplan']),
  k('date', 'dato'),
  k(
    'updates',
    'oppdateringer',
    'oppdateringar',
    ['statusoppdateringer', 'statusoppdateringar', 'oppdatering'],
    UPDATE_KEYS,
  ),
];

/** The folder under `content/` that holds status update files. */
export const STATUS_FOLDER = 'statusoppdateringar';

/** File extensions read as status update files. */
export const STATUS_EXTENSIONS = ['.yaml', '.yml'] as const;
