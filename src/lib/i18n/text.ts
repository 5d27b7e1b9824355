/** Word-free helpers the dictionaries (nb.ts, nn.ts) build messages with. */
import type { Spelled } from './types.ts';

/** The allowed values of a message, each in backticks: `` `a`, `b` ``. */
export const list = (items: readonly Spelled[] | undefined, s: (w: Spelled) => string): string =>
  (items ?? []).map((w) => `\`${s(w)}\``).join(', ');

/** A Markdown link target: one with spaces must be written in <…>. */
export const target = (path: string): string => (/\s/.test(path) ? `<${path}>` : path);

/** Fills `{name}` placeholders from `vars`; an unknown name stays as written. The one filler. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
