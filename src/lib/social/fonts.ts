/**
 * The fonts of the social cards: Noto Sans regular and bold, the latin and
 * latin-ext subsets from @fontsource. latin covers æøå; latin-ext covers the
 * Sámi letters (ŋ š đ ŧ ž č). Satori falls back glyph by glyph only between
 * fonts of different names (two files under one name: the first wins and
 * the Sámi letters become boxes), so latin-ext is registered as its own family.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

const require = createRequire(import.meta.url);

const FILES = [
  ['latin', 400],
  ['latin-ext', 400],
  ['latin', 700],
  ['latin-ext', 700],
] as const;

/** The family name the latin-ext subset is registered under. */
export const CARD_FALLBACK_FAMILY = 'Noto Sans Ext';

/** The CSS font-family of every card text. */
export const CARD_FONT_FAMILY = `Noto Sans, ${CARD_FALLBACK_FAMILY}`;

let loaded: Promise<Font[]> | undefined;

/** Loads the card fonts once per process. Satori reads woff (not woff2). */
export function cardFonts(): Promise<Font[]> {
  loaded ??= Promise.all(
    FILES.map(async ([subset, weight]): Promise<Font> => {
      const file = require.resolve(
        `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
      );
      const data = await readFile(file).catch((error: unknown) => {
        throw new Error(
          `social cards: could not read font ${file} (is @fontsource/noto-sans installed?)`,
          { cause: error },
        );
      });
      return {
        name: subset === 'latin' ? 'Noto Sans' : CARD_FALLBACK_FAMILY,
        data,
        weight,
        style: 'normal',
      };
    }),
  );
  return loaded;
}
