/**
 * Unsafe characters (see ../text/unsafe-chars.ts) in a status update file:
 * a `merknad` reaches the tiltak pages, the CSV and dokument.json, so the
 * same rule as for documents applies, with the field as the clerk wrote it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { problemMessage } from '../i18n/problems.ts';
import type { Problem } from '../model/problems.ts';
import { findUnsafeText, type TextNode } from '../model/text-hygiene.ts';
import type { Malform } from '../model/types.ts';

/** Keys and scalar values of a YAML text in document order, with clerk paths. */
function yamlNodes(text: string): TextNode[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const nodes: TextNode[] = [];
  const place = (offset: number | undefined) => {
    const { line, col } = counter.linePos(offset ?? 0);
    return { line, column: col };
  };
  const walk = (node: unknown, field: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
        const child = field ? `${field}.${key}` : key;
        const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
        nodes.push({ ...place(keyRange?.[0]), field: child, value: key });
        walk(pair.value, child);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${field}[${i}]`));
    else if (isScalar(node)) {
      const value = typeof node.value === 'string' ? node.value : undefined;
      nodes.push({ ...place(node.range?.[0]), field, ...(value === undefined ? {} : { value }) });
    }
  };
  walk(doc.contents, '');
  return nodes.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One error per field and line holding an unsafe character, in the file's målform. */
export function unsafeStatusText(text: string, file: string, malform: Malform): Problem[] {
  return findUnsafeText(text, yamlNodes(text)).map((g) => ({
    file,
    line: g.line,
    column: g.column,
    field: g.field,
    ruleId: 'tegn-ulovlig',
    severity: 'error',
    message: problemMessage('tegn-ulovlig', malform, { code: g.code, detail: g.detail }),
    malform,
  }));
}
