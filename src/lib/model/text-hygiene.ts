/**
 * Finds characters no published file may hold (see ../text/unsafe-chars.ts)
 * anywhere in a source file, and invisible bidi and zero-width characters
 * in one-line frontmatter fields. Unsafe characters are errors rather than
 * silently removed: the clerk sees the exact spot, and what is published is
 * what was written. Shared by documents and status update files.
 */
import {
  codePointLabel,
  findInvisible,
  findUnsafe,
  unsafeKind,
  type UnsafeKind,
} from '../core/unsafe-chars.ts';
import type { Finding } from './finding.ts';
import type { FieldIndex } from './translate.ts';
import type { Located, Pos } from './yaml-tree.ts';

/** The field name problems in the Markdown body carry (the same in nb and nn). */
export const BODY_FIELD = 'brødtekst';
/** The field name for a spot in the frontmatter before any field. */
export const FRONTMATTER_FIELD = 'frontmatter';

/** A place in the source that holds a value, in document order, with the clerk's field path. */
export interface TextNode extends Pos {
  field: string;
  /** The value as parsed (escapes resolved), when the node is a scalar or a key. */
  value?: string;
}

/** One group of unsafe characters: one field on one line. */
export interface UnsafeGroup extends Pos {
  field: string;
  /** `reference` for `&#1;` in the body, else the kind of the first character. */
  code: UnsafeKind | 'reference';
  /** The code points, e.g. `U+0001, U+001B`. */
  detail: string;
}

const REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,8})|(\d{1,10}));/g;

/** 1-based line and column (UTF-16 units, as the YAML parser counts) of every index in `text`. */
function locator(text: string): (index: number) => Pos {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (starts[lo] ?? 0) + 1 };
  };
}

const before = (a: Pos, b: Pos): boolean =>
  a.line < b.line || (a.line === b.line && a.column <= b.column);

/**
 * Every unsafe character of a file, grouped by field and line. `nodes` are
 * the YAML's keys and values in document order (a raw character belongs to
 * the last node that starts before it); lines from `bodyLine` on are the
 * Markdown body, where a numeric reference such as `&#27;` counts as well.
 * A character that only exists after YAML escapes (`"\x1b"`) is reported at
 * the start of its value.
 */
export function findUnsafeText(
  text: string,
  nodes: readonly TextNode[],
  bodyLine = Number.POSITIVE_INFINITY,
): UnsafeGroup[] {
  const at = locator(text);
  const groups = new Map<string, UnsafeGroup & { points: Set<string> }>();
  const add = (pos: Pos, field: string, code: UnsafeGroup['code'], cp: number) => {
    const key = `${field}\u0000${pos.line}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...pos, field, code, detail: '', points: new Set() };
      groups.set(key, group);
    }
    group.points.add(codePointLabel(cp));
  };
  const fieldAt = (pos: Pos): string => {
    if (pos.line >= bodyLine) return BODY_FIELD;
    let lo = 0;
    let hi = nodes.length - 1;
    let found: string = FRONTMATTER_FIELD;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const node = nodes[mid];
      if (node && before(node, pos)) {
        found = node.field;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  for (const hit of findUnsafe(text)) {
    const pos = at(hit.index);
    add(pos, fieldAt(pos), hit.kind, hit.codePoint);
  }
  if (Number.isFinite(bodyLine)) {
    for (const m of text.matchAll(REFERENCE)) {
      const pos = at(m.index);
      if (pos.line < bodyLine) continue;
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      if (cp === 0 || cp > 0x10ffff || unsafeKind(cp)) add(pos, BODY_FIELD, 'reference', cp);
    }
  }
  const reported = new Set([...groups.values()].map((g) => g.field));
  for (const node of nodes) {
    if (node.value === undefined || reported.has(node.field)) continue;
    const hits = findUnsafe(node.value);
    const first = hits[0];
    if (!first) continue;
    for (const hit of hits) add(node, node.field, first.kind, hit.codePoint);
    reported.add(node.field);
  }
  return [...groups.values()]
    .map(({ points, ...group }) => ({ ...group, detail: [...points].join(', ') }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The keys and values of a located frontmatter tree, in document order, with clerk paths. */
export function locatedNodes(tree: Located | undefined): TextNode[] {
  const nodes: TextNode[] = [];
  const walk = (node: Located, field: string) => {
    if (node.kind === 'scalar') nodes.push({ ...node.pos, field, value: node.value });
    else if (node.kind === 'seq') node.items.forEach((item, i) => walk(item, `${field}[${i}]`));
    else
      for (const entry of node.entries) {
        const child = field ? `${field}.${entry.key}` : entry.key;
        nodes.push({ ...entry.keyPos, field: child, value: entry.key });
        walk(entry.value, child);
      }
  };
  if (tree) walk(tree, '');
  // Aliases are reported where they are written, so positions may repeat; keep source order.
  return nodes.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Unsafe characters of a document (frontmatter and body) as findings. */
export function unsafeTextFindings(
  text: string,
  tree: Located | undefined,
  bodyLine: number,
): Finding[] {
  return findUnsafeText(text, locatedNodes(tree), bodyLine).map((g) => ({
    ruleId: 'tegn-ulovlig',
    pos: { line: g.line, column: g.column },
    field: g.field,
    args: { code: g.code, detail: g.detail },
  }));
}

/**
 * Frontmatter fields that are one line of text (titles, names, ids), by
 * internal path: a bidi override or zero-width character there is a warning.
 */
const ONE_LINE = [
  /^(?:title|subtitle|caseOfficer|responsible|caseNumber|archiveCode|replaces|strategy)$/,
  /^(?:kommune|keywords|related)(?:\.\d+)?$/,
  /^attachments\.\d+\.(?:title|file)$/,
  /^route\.\d+\.(?:body|caseNumber)$/,
  /^decisions\.\d+\.(?:organ|caseNumber)$/,
  /^recommendation\.from$/,
  /^focusAreas\.\d+\.(?:id|title|section)$/,
  /^actionPlan\.\d+\.(?:id|action|focusArea|responsible|funding)$/,
];

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Warnings for bidi and zero-width characters in one-line fields, at the character when it is on the value's line. */
export function invisibleTextFindings(
  data: Record<string, unknown>,
  index: FieldIndex,
  text: string,
): Finding[] {
  const lines = text.split('\n');
  const findings: Finding[] = [];
  for (const [path, entry] of index) {
    if (entry.empty || !ONE_LINE.some((re) => re.test(path))) continue;
    const value = valueAt(data, path);
    if (typeof value !== 'string') continue;
    const hits = findInvisible(value);
    const first = hits[0];
    if (!first) continue;
    const line = lines[entry.pos.line - 1] ?? '';
    const rawColumn = findInvisible(line.slice(entry.pos.column - 1))[0];
    const column = rawColumn ? entry.pos.column + rawColumn.index : entry.pos.column;
    const detail = [...new Set(hits.map((h) => codePointLabel(h.codePoint)))].join(', ');
    findings.push({
      ruleId: 'tegn-usynlig',
      pos: { line: entry.pos.line, column },
      field: entry.clerk,
      severity: 'warning',
      args: { code: first.kind, detail },
    });
  }
  return findings;
}
