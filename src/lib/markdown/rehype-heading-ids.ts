import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from '../core/tree-walk.ts';
import './vfile-data.ts';

/**
 * Gives each heading that came from a Markdown heading the anchor
 * remark-heading-anchors computed, matched by source position. Run it after
 * rehype-sanitize, so the ids are exactly `collectHeadings()` anchors.
 * Headings without a Markdown source (the footnote section's) are left alone.
 */
export default function rehypeHeadingIds() {
  return function (tree: Root, file: VFile): undefined {
    const anchors = file.data.planverkAnchors;
    if (!anchors || anchors.size === 0) return;
    walk(tree, 'element', (node) => {
      const offset = node.position?.start.offset;
      if (!/^h[1-6]$/.test(node.tagName) || offset === undefined) return;
      const anchor = anchors.get(offset);
      if (anchor !== undefined) node.properties['id'] = anchor;
    });
  };
}
