import type { Malform } from '../core/types.ts';
import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };

/** A key of the interface dictionary (nb.json and nn.json hold the same keys). */
export type UiKey = keyof typeof nb;

const DICTIONARIES: Record<Malform, Record<UiKey, string>> = { nb, nn };

/** Translates an interface word; `{name}` placeholders are filled from `vars`. */
export function t(
  malform: Malform,
  key: UiKey,
  vars: Record<string, string | number> = {},
): string {
  const text = DICTIONARIES[malform][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Returns a translator bound to one målform, for use in a component. */
export function useTranslations(malform: Malform) {
  return (key: UiKey, vars?: Record<string, string | number>): string => t(malform, key, vars);
}

/** The translator type returned by {@link useTranslations}. */
export type Translate = ReturnType<typeof useTranslations>;
