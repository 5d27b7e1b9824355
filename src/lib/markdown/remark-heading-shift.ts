import type { Heading, Root } from 'mdast';
import { walk } from '../core/tree-walk.ts';

/** Options of remark-heading-shift. */
export interface Options {
  /**
   * How many heading levels the page puts above the body (default `1`: the
   * page title is the only `h1`). The top-most body heading becomes
   * `offset + 1`; an integer from 0 to 5.
   */
  offset?: number;
}

/**
 * Shifts body headings so the top-most level used becomes `offset + 1`
 * (`h2` by default), keeping relative depth and clamping at `h6`: one `h1`
 * per page, whatever level a clerk started at.
 */
export default function remarkHeadingShift(options: Options = {}) {
  const offset = options.offset ?? 1;
  if (!Number.isInteger(offset) || offset < 0 || offset > 5) {
    throw new RangeError(
      `remark-heading-shift: \`offset\` must be an integer from 0 to 5, got ${offset}`,
    );
  }

  return function (tree: Root): undefined {
    // One walk: the headings are few, the nodes many.
    const headings: Heading[] = [];
    let top = 7;
    walk(tree, 'heading', (node) => {
      headings.push(node);
      top = Math.min(top, node.depth);
    });
    if (top === 7) return;
    const shift = offset + 1 - top;
    for (const node of headings)
      node.depth = Math.min(6, Math.max(1, node.depth + shift)) as Heading['depth'];
  };
}
