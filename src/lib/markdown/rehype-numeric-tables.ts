import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from '../core/tree-walk.ts';
import { addClass } from './hast-class.ts';
import { isNumericColumn, keepNumbersTogether } from './numeric-cell.ts';

/** Options of rehype-numeric-tables. */
export interface Options {
  /** Class put on every `th`/`td` of a numeric column (default `'num'`). */
  className?: string;
  /** Keep digit groups and units together in every table cell (default `true`). */
  keepNumbersTogether?: boolean;
}

/**
 * Marks the cells of numeric table columns with a class (CSS right-aligns
 * them with tabular figures) and keeps numbers in table cells from breaking
 * across lines. A column is numeric when all its non-empty body cells are
 * numbers (see numeric-cell.ts); header cells get the class too, so the
 * heading lines up with its figures. Cells spanning columns are left alone.
 */
export default function rehypeNumericTables(options: Options = {}) {
  const className = options.className ?? 'num';
  const join = options.keepNumbersTogether ?? true;

  return function (tree: Root): undefined {
    walk(tree, 'element', (table) => {
      if (table.tagName !== 'table') return;
      const rows = collectRows(table);
      const columns = new Map<number, { cells: Element[]; body: string[] }>();
      for (const { cells, inHead } of rows) {
        let column = 0;
        for (const cell of cells) {
          const span = Number(cell.properties['colSpan'] ?? 1) || 1;
          if (span === 1) {
            const entry = columns.get(column) ?? { cells: [], body: [] };
            entry.cells.push(cell);
            if (!inHead && cell.tagName === 'td') entry.body.push(toString(cell));
            columns.set(column, entry);
          }
          column += span;
        }
      }
      for (const { cells, body } of columns.values()) {
        if (!isNumericColumn(body)) continue;
        for (const cell of cells) addClass(cell, className);
      }
      if (join) {
        walk(table, 'text', (text) => {
          text.value = keepNumbersTogether(text.value);
        });
      }
    });
  };
}

/** The rows of a table in order, with their cells and whether they are header rows. */
function collectRows(table: Element): { cells: Element[]; inHead: boolean }[] {
  const rows: { cells: Element[]; inHead: boolean }[] = [];
  const walk = (node: Element, inHead: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        const cells = child.children.filter(
          (cell): cell is Element => cell.type === 'element' && /^t[dh]$/.test(cell.tagName),
        );
        rows.push({ cells, inHead });
      } else if (/^(thead|tbody|tfoot)$/.test(child.tagName)) {
        walk(child, inHead || child.tagName === 'thead');
      }
    }
  };
  walk(table, false);
  return rows;
}
