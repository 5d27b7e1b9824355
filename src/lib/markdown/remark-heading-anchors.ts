import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from '../core/tree-walk.ts';
import { collectHeadings } from '../model/headings.ts';
import './vfile-data.ts';

/**
 * Computes every heading's anchor with `collectHeadings` (the function the
 * checker uses, so a `seksjon` reference and the page agree) and leaves them
 * in `file.data` for rehype-heading-ids.
 *
 * The anchors travel by source position instead of `hProperties.id` because
 * rehype-sanitize runs later and would prefix any id with `user-content-`.
 * Run it after remark-heading-shift so the listed depths are the shifted ones.
 */
export default function remarkHeadingAnchors() {
  return function (tree: Root, file: VFile): undefined {
    const headings = collectHeadings(tree);
    const anchors = new Map<number, string>();
    let index = 0;
    // Same traversal as collectHeadings, so the nth heading gets the nth anchor.
    walk(tree, 'heading', (node) => {
      const heading = headings[index++];
      const offset = node.position?.start.offset;
      if (heading && offset !== undefined) anchors.set(offset, heading.anchor);
    });
    file.data.planverkHeadings = headings;
    file.data.planverkAnchors = anchors;
  };
}
