/**
 * The one lookup of every word a reader or clerk sees: `t(malform, key, …)`.
 * A page word is looked up by its key (`t('nb', 'kr')`), every other text by
 * `section.key` (`t('nn', 'data.tiltakTitle')`, `t('nb', 'problem.tom-fil',
 * args, spell)`). A string entry gets its `{name}` placeholders filled from
 * the one optional `vars` argument; a function entry (plurals, lists) is
 * called with the arguments its type asks for.
 */
import type { Malform } from '../core/types.ts';
import { nb, type Dictionary } from './nb.ts';
import { nn } from './nn.ts';
import { fill } from './text.ts';
import type { SearchWords } from './types.ts';
import { statusLabels } from './status-label.ts';

const DICTIONARIES: Record<Malform, Dictionary> = { nb, nn };

type Vars = Record<string, string | number>;
type Entry = string | ((...args: never[]) => string);
/** The keys of a section that look up a text (not the parts they are built from). */
type TextKeys<S> = { [K in keyof S & string]: S[K] extends Entry ? K : never }[keyof S & string];
type Section = Exclude<keyof Dictionary, 'ui'>;

/** A key of the page words (`ui`). */
export type UiKey = TextKeys<Dictionary['ui']>;

/** Every key `t` looks up. */
export type Key = UiKey | { [S in Section]: `${S}.${TextKeys<Dictionary[S]>}` }[Section];

/** What a key holds: a string, or the function that writes the message. */
type EntryOf<K> = K extends UiKey
  ? string
  : K extends `${infer S extends Section}.${infer R}`
    ? R extends keyof Dictionary[S]
      ? Dictionary[S][R]
      : never
    : never;

/** The arguments after the key: the function's own, or the `{name}` values of a string. */
export type Args<K> =
  EntryOf<K> extends infer E ? (E extends (...a: infer P) => string ? P : [vars?: Vars]) : never;

function lookup(dictionary: Dictionary, key: string): Entry {
  if (Object.hasOwn(dictionary.ui, key)) return dictionary.ui[key as UiKey];
  const dot = key.indexOf('.');
  const section = (dictionary as unknown as Record<string, Record<string, Entry>>)[
    key.slice(0, dot)
  ];
  const entry = section?.[key.slice(dot + 1)];
  if (entry === undefined) throw new Error(`No word for ${key}`);
  return entry;
}

/** The text `key` in the given målform, with its arguments filled in. */
export function t<K extends Key>(malform: Malform, key: K, ...args: Args<K>): string {
  const entry = lookup(DICTIONARIES[malform], key);
  if (typeof entry === 'function') return (entry as (...a: unknown[]) => string)(...args);
  return fill(entry, args[0] as Vars | undefined);
}

/** Returns {@link t} bound to one målform, for use in a component. */
export function useTranslations(malform: Malform) {
  return <K extends Key>(key: K, ...args: Args<K>): string => t(malform, key, ...args);
}

/** The translator type returned by {@link useTranslations}. */
export type Translate = ReturnType<typeof useTranslations>;

/**
 * The search words as one object, for the browser script (it receives them as
 * JSON in `data-words` and fills `{n}` itself).
 */
export function searchWords(malform: Malform): SearchWords {
  const words = DICTIONARIES[malform].search;
  // Status values are worded by the one status label, as on the pages they find.
  return { ...words, values: { ...words.values, ...statusLabels(malform) } };
}
