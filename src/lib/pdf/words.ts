import type { Malform } from '../model/types.ts';

/**
 * Interface words that only the printed document uses; everything the web
 * page shares (Saksgang, Vedtak, …) comes from src/lib/i18n so both agree.
 */
const WORDS = {
  nb: {
    page: 'Side',
    of: 'av',
    kommune: 'kommune',
    kommuner: 'kommuner',
    and: 'og',
    coatOfArms: '{name} kommunevåpen',
    internalLink: 'Lenke til en annen del av dokumentet',
    officialVersion: 'Offisiell versjon: {url}',
    respond:
      'Send høringssvar til {kommune} innen fristen. Hvordan du svarer, og hva som er kommet inn, står på {url}',
  },
  nn: {
    page: 'Side',
    of: 'av',
    kommune: 'kommune',
    kommuner: 'kommunar',
    and: 'og',
    coatOfArms: '{name} kommunevåpen',
    internalLink: 'Lenkje til ein annan del av dokumentet',
    officialVersion: 'Offisiell versjon: {url}',
    respond:
      'Send høyringssvar til {kommune} innan fristen. Korleis du svarar, og kva som har kome inn, står på {url}',
  },
} as const satisfies Record<Malform, Record<string, string>>;

/** A key of the print-only dictionary. */
export type PrintWord = keyof (typeof WORDS)['nb'];

/** Looks up a print-only interface word in the document's målform; fills `{name}` placeholders. */
export function printWord(
  malform: Malform,
  key: PrintWord,
  vars: Record<string, string | number> = {},
): string {
  return WORDS[malform][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

/**
 * Names the publishing kommune(r) the way a letterhead does:
 * «Levanger kommune», «Årdal og Lærdal kommunar» (nn) / «… kommuner» (nb).
 */
export function kommuneLine(malform: Malform, names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} ${printWord(malform, 'kommune')}`;
  const list = `${names.slice(0, -1).join(', ')} ${printWord(malform, 'and')} ${names.at(-1)}`;
  return `${list} ${printWord(malform, 'kommuner')}`;
}
