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

/** A YAML syntax error at a place in the file. */
export interface YamlError {
  pos: Pos;
  code: string;
  /** First line of the parser's (English) message, without the place. */
  detail: string;
}

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
  const doc = parseDocument(text, {
    schema: 'failsafe',
    lineCounter: counter,
    prettyErrors: false,
  });
  const at = (offset: number | undefined): Pos => {
    const { line, col } = counter.linePos(offset ?? 0);
    return { line: line + lineOffset - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    pos: at(error.pos[0]),
    code: error.code,
    detail: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
  }));
  if (errors.length > 0) return { errors };
  const tree = doc.contents ? toLocated(doc, doc.contents, at) : undefined;
  return tree ? { tree, errors } : { errors };
}

function toLocated(doc: Document, node: Node, at: (offset: number | undefined) => Pos): Located {
  const target = isAlias(node) ? (node.resolve(doc) ?? node) : node;
  const pos = at(target.range?.[0]);
  if (isMap(target)) {
    const entries: LocatedEntry[] = [];
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value ?? '') : String(keyNode ?? '');
      const keyPos = at(keyNode?.range?.[0]);
      const valueNode = pair.value as Node | null;
      const value: Located = valueNode
        ? toLocated(doc, valueNode, at)
        : { kind: 'scalar', value: '', pos: keyPos };
      entries.push({ key: key.trim(), keyPos, value });
    }
    return { kind: 'map', entries, pos };
  }
  if (isSeq(target)) {
    const items = target.items.map((item) =>
      item ? toLocated(doc, item as Node, at) : ({ kind: 'scalar', value: '', pos } as Located),
    );
    return { kind: 'seq', items, pos };
  }
  const value = isScalar(target) ? target.value : undefined;
  return { kind: 'scalar', value: value === null || value === undefined ? '' : String(value), pos };
}
