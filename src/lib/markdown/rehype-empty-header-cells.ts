import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from '../core/tree-walk.ts';

/**
 * Turns a header cell with nothing in it (the top-left corner of a SVOT
 * table, `|  | Positivt | Negativt |`) into a data cell: an empty <th>
 * announces a header that names nothing (axe: empty-table-header). A cell
 * holding an image (its alt text) is not empty and stays a header.
 */
export default function rehypeEmptyHeaderCells() {
  return function (tree: Root): undefined {
    walk(tree, 'element', (cell) => {
      if (cell.tagName !== 'th') return;
      const hasImage = cell.children.some((c) => c.type === 'element' && c.tagName === 'img');
      if (!hasImage && toString(cell).replace(/[\s\u00A0\u202F]+/gu, '') === '') {
        cell.tagName = 'td';
      }
    });
  };
}
