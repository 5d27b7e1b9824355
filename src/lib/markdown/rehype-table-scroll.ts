import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { SKIP, walk } from '../core/tree-walk.ts';
import type { Malform } from '../model/types.ts';
import { documentMalform } from './malform.ts';
import { t } from '../i18n/index.ts';

/** Options of rehype-table-scroll. */
export interface Options {
  /** Class of the wrapper (default `'table-scroll'`). */
  className?: string;
  /** Målform of the accessible name when the document does not say (default `'nb'`). */
  malform?: Malform;
  /** Longest accessible name before it is cut with «…» (default `100`). */
  maxLabelLength?: number;
}

/**
 * Wraps every table in `<div class="table-scroll" role="region" tabindex="0"
 * aria-label="Tabell 2: …">` so a wide table scrolls inside its own box on
 * small screens. Keyboard users can reach the box (axe: scrollable-region-
 * focusable); the name is numbered so every region landmark on the page is
 * unique (axe: landmark-unique) and names the caption or the header cells.
 * `data-scroll-hint` carries «rull sidelengs …» in the document's målform for
 * the CSS scroll cue (global.css).
 */
export default function rehypeTableScroll(options: Options = {}) {
  const className = options.className ?? 'table-scroll';
  const maxLength = options.maxLabelLength ?? 100;

  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const word = t(malform, 'pipeline.table');
    const hint = t(malform, 'tableScrollHint');
    let count = 0;
    walk(tree, 'element', (table, index, parent) => {
      if (table.tagName !== 'table' || !parent || index === undefined) return undefined;
      if (parent.type === 'element' && parent.properties['role'] === 'region') return SKIP;
      count += 1;
      const about = describe(table);
      let label = about ? `${word} ${count}: ${about}` : `${word} ${count}`;
      if (label.length > maxLength) label = cut(label, maxLength);
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: [className],
          role: 'region',
          tabIndex: 0,
          ariaLabel: label,
          // Shown by CSS (::before) only while the table is wider than its box:
          // an attribute, not text, so it is in no search excerpt or word count.
          dataScrollHint: hint,
        },
        children: [table],
      };
      parent.children[index] = wrapper as ElementContent;
      return SKIP;
    });
  };
}

/** The table's caption, else its first row's non-empty header cells joined by commas. */
function describe(table: Element): string {
  let caption = '';
  let headers: string[] = [];
  walk(table, 'element', (node) => {
    if (node.tagName === 'caption' && !caption) caption = clean(toString(node));
    if (node.tagName === 'tr' && headers.length === 0) {
      headers = node.children
        .filter((cell): cell is Element => cell.type === 'element' && cell.tagName === 'th')
        .map((cell) => clean(toString(cell)))
        .filter(Boolean);
    }
  });
  return caption || headers.join(', ');
}

/** Cuts a label at the last word boundary that leaves room for «…». */
function cut(label: string, maxLength: number): string {
  const room = label.slice(0, maxLength - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).replace(/[\s,:;]+$/u, '')}…`;
}

/** Collapses whitespace (including no-break spaces) to single spaces. */
function clean(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
}
