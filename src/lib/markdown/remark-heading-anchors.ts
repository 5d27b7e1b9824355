import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { headingNodes, headingsOf } from '../model/headings.ts';
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
    // collectHeadings in two steps, so the nth node gets the nth anchor without a second walk.
    const nodes = headingNodes(tree);
    const headings = headingsOf(nodes);
    const anchors = new Map<number, string>();
    nodes.forEach((node, index) => {
      const heading = headings[index];
      const offset = node.position?.start.offset;
      if (heading && offset !== undefined) anchors.set(offset, heading.anchor);
    });
    file.data.planverkHeadings = headings;
    file.data.planverkAnchors = anchors;
  };
}
