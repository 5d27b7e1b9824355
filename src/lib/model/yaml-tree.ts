import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';

/** A 1-based place in the source file. */
export interface Pos {
  line: number;
  column: number;
}

/** A YAML value with the place it was written. Scalars stay strings. */
export type Located =
  | { kind: 'scalar'; value: string; pos: Pos }
  | { kind: 'seq'; items: Located[]; pos: Pos }
  | { kind: 'map'; entries: LocatedEntry[]; pos: Pos };

/** One `key: value` pair of a mapping. */
export interface LocatedEntry {
  key: string;
  keyPos: Pos;
  value: Located;
}

/** A YAML syntax error at a place in the file; the dictionaries word it by its code (`yaml.hint`). */
export interface YamlError {
  pos: Pos;
  /** The `yaml` package's error code, e.g. `TAB_AS_INDENT`, or `TOO_MANY_ALIASES`. */
  code: string;
}

/**
 * Most nodes an alias may expand to. Frontmatter is small; a «billion
 * laughs» document of nested aliases would otherwise expand exponentially
 * and hang the checker.
 */
export const MAX_NODES = 10_000;

/**
 * Deepest nesting of lists and mappings (the templates use four). The YAML
 * parser itself stops at about a thousand (RESOURCE_EXHAUSTION); anything
 * near that is an attack or an accident, and the walk below recurses.
 */
export const MAX_DEPTH = 32;

class TooManyNodes extends Error {
  readonly offset: number | undefined;
  constructor(offset: number | undefined) {
    super('too many YAML nodes');
    this.offset = offset;
  }
}

class TooDeep extends Error {
  readonly offset: number | undefined;
  constructor(offset: number | undefined) {
    super('YAML nested too deep');
    this.offset = offset;
  }
}

// YAML 1.2 core nulls; the failsafe schema keeps them as text, but a clerk
// who writes `tittel: ~` or `tittel: null` means «nothing», not the word.
const NULL = /^(?:~|null|Null|NULL)$/;

/**
 * Parses frontmatter YAML into a located tree. The `failsafe` schema keeps
 * every scalar a string, so `2020-03-26`, `010` and `17/596` reach the
 * schemas exactly as written and dates are never turned into Date objects.
 * `lineOffset` is the file line where the YAML starts.
 */
export function parseYaml(
  text: string,
  lineOffset: number,
): { tree?: Located; errors: YamlError[] } {
  const counter = new LineCounter();
  // uniqueKeys off: translate.ts reports a doubled key in Norwegian, with both lines.
  const doc = parseDocument(text, {
    schema: 'failsafe',
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: false,
  });
  const at = (offset: number | undefined): Pos => {
    const { line, col } = counter.linePos(offset ?? 0);
    return { line: line + lineOffset - 1, column: col };
  };
  const errors: YamlError[] = doc.errors.map((error) => ({
    pos: at(error.pos[0]),
    code: error.code,
  }));
  if (errors.length > 0) return { errors };
  if (!doc.contents) return { errors };
  try {
    return { tree: toLocated(doc, doc.contents, at, { nodes: 0 }, 0), errors };
  } catch (error) {
    if (error instanceof TooDeep) return { errors: [{ pos: at(error.offset), code: 'TOO_DEEP' }] };
    if (!(error instanceof TooManyNodes)) throw error;
    return { errors: [{ pos: at(error.offset), code: 'TOO_MANY_ALIASES' }] };
  }
}

function toLocated(
  doc: Document,
  node: Node,
  at: (offset: number | undefined) => Pos,
  budget: { nodes: number },
  depth: number,
): Located {
  if (++budget.nodes > MAX_NODES) throw new TooManyNodes(node.range?.[0]);
  if (depth > MAX_DEPTH) throw new TooDeep(node.range?.[0]);
  const target = isAlias(node) ? (node.resolve(doc) ?? node) : node;
  // An alias is reported where it is written, not where its anchor is.
  const pos = at((isAlias(node) ? node : target).range?.[0]);
  if (isMap(target)) {
    const entries: LocatedEntry[] = [];
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value ?? '') : String(keyNode ?? '');
      const keyPos = at(keyNode?.range?.[0]);
      const valueNode = pair.value as Node | null;
      const value: Located = valueNode
        ? toLocated(doc, valueNode, at, budget, depth + 1)
        : { kind: 'scalar', value: '', pos: keyPos };
      entries.push({ key: key.trim(), keyPos, value });
    }
    return { kind: 'map', entries, pos };
  }
  if (isSeq(target)) {
    const items = target.items.map((item) =>
      item
        ? toLocated(doc, item as Node, at, budget, depth + 1)
        : ({ kind: 'scalar', value: '', pos } as Located),
    );
    return { kind: 'seq', items, pos };
  }
  const value = isScalar(target) ? target.value : undefined;
  const plainNull = isScalar(target) && target.type === 'PLAIN' && NULL.test(String(value));
  const textValue = value === null || value === undefined || plainNull ? '' : String(value);
  return { kind: 'scalar', value: textValue, pos };
}
