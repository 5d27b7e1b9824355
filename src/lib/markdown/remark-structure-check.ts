import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walk } from '../core/tree-walk.ts';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import type { Malform } from '../core/types.ts';
import { LANGUAGE_RULES } from './language-rules.ts';
import { documentMalform } from './malform.ts';

/** Options of remark-structure-check. */
export interface Options {
  /** Målform for documents that do not say (default `'nb'`). */
  malform?: Malform;
}

/**
 * Structure warnings, at the line of the heading or row: a heading level
 * skipped (`##` then `####`, `overskrift-hopp`; levels as the clerk wrote
 * them, so it runs before remark-heading-shift), an empty heading
 * (`overskrift-tom`), and a table row with fewer or more cells than the
 * table has columns (`tabell-celler`): GFM pads a short row with empty cells
 * and drops extra ones without a word, so the reader misses what was meant.
 */
export default function remarkStructureCheck(options: Options = {}) {
  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const warn = (ruleId: string, reason: string, place: Root['position']): void => {
      file.message(reason, { place, ruleId, source: 'planverk' });
    };
    let previous: number | undefined;
    walk(tree, null, (node) => {
      if (node.type === 'heading') {
        if (toString(node, { includeHtml: false }).trim() === '') {
          warn(LANGUAGE_RULES.headingEmpty, t(malform, 'language.headingEmpty'), node.position);
        }
        if (previous !== undefined && node.depth > previous + 1) {
          const reason = t(malform, 'language.headingSkip', previous, node.depth);
          warn(LANGUAGE_RULES.headingSkip, reason, node.position);
        }
        previous = node.depth;
      } else if (node.type === 'table') {
        const columns = node.children[0]?.children.length ?? 0;
        node.children.forEach((row, index) => {
          if (index === 0 || row.children.length === columns) return;
          const reason = t(malform, 'language.tableCells', index, row.children.length, columns);
          warn(LANGUAGE_RULES.tableCells, reason, row.position);
        });
      }
    });
  };
}
