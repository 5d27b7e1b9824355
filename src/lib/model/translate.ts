import type { Finding } from './finding.ts';
import { lookup, spell, suggest } from './lookup.ts';
import type { Malform } from './types.ts';
import type { KeyTerm } from './vocabulary.ts';
import type { Located, Pos } from './yaml-tree.ts';

/** Where one value of the translated data was written. */
export interface IndexEntry {
  /** The clerk's dotted path, e.g. `handlingsplan[2].satsingsområde`. */
  clerk: string;
  /** Place of the value (of the key when the value is empty). */
  pos: Pos;
  /** The key's vocabulary when the value is a mapping, to spell missing keys. */
  vocab?: readonly KeyTerm[];
  /** The clerk wrote the key with no value. */
  empty?: boolean;
}

/** Internal path (`actionPlan.2.focusArea`, as zod reports it) → where it was written. */
export type FieldIndex = Map<string, IndexEntry>;

/** Joins an internal path the way {@link FieldIndex} keys it. */
export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/**
 * Turns the located YAML into plain data with internal (English) keys, using
 * the vocabulary; records where each value was written; reports unknown and
 * doubled keys with the nearest known key in the document's målform. Empty
 * values are left out, so a schema sees them as missing.
 */
export function translate(
  tree: Located,
  vocab: readonly KeyTerm[],
  malform: Malform,
): { data: unknown; index: FieldIndex; findings: Finding[] } {
  const index: FieldIndex = new Map();
  const findings: Finding[] = [];

  const convert = (
    node: Located,
    terms: readonly KeyTerm[] | undefined,
    path: PropertyKey[],
    clerk: string,
  ): unknown => {
    index.set(pathKey(path), { clerk, pos: node.pos, ...(terms ? { vocab: terms } : {}) });
    if (node.kind === 'scalar') return node.value;
    if (node.kind === 'seq') {
      return node.items.map((item, i) => convert(item, terms, [...path, i], `${clerk}[${i}]`));
    }
    const out: Record<string, unknown> = {};
    const seen = new Map<string, Pos>();
    for (const entry of node.entries) {
      const child = clerk ? `${clerk}.${entry.key}` : entry.key;
      if (!terms) {
        // A mapping where the schema expects text: keep it raw so the schema reports the type.
        out[entry.key] = convert(entry.value, undefined, [...path, entry.key], child);
        continue;
      }
      const term = lookup(terms, entry.key);
      if (!term) {
        findings.push(unknownKey(entry.key, terms, entry.keyPos, child, malform));
        continue;
      }
      const name = term.name;
      const first = seen.get(name);
      if (first) {
        findings.push({
          ruleId: 'felt-dobbelt',
          pos: entry.keyPos,
          field: child,
          args: { key: term, line: first.line },
        });
        continue;
      }
      seen.set(name, entry.keyPos);
      if (entry.value.kind === 'scalar' && entry.value.value.trim() === '') {
        index.set(pathKey([...path, name]), { clerk: child, pos: entry.keyPos, empty: true });
        continue;
      }
      out[name] = convert(entry.value, term.nested, [...path, name], child);
    }
    return out;
  };

  const data = convert(tree, vocab, [], '');
  return { data, index, findings };
}

function unknownKey(
  key: string,
  terms: readonly KeyTerm[],
  pos: Pos,
  field: string,
  malform: Malform,
): Finding {
  const near = suggest(terms, key);
  return {
    ruleId: 'ukjent-felt',
    pos,
    field,
    args: near ? { value: key, suggestion: near } : { value: key, allowed: terms },
    ...(near ? { fix: spell(near, malform) } : {}),
  };
}
