import type { Root } from 'hast';
import { SKIP, walk } from '../core/tree-walk.ts';

/**
 * Removes paragraphs left empty after sanitizing: raw HTML such as
 * `<object>…<form>…</form>` inside a Markdown paragraph makes the HTML parser
 * split it, and once sanitize drops the elements, `<p></p>` remains, which
 * screen readers announce as an empty paragraph. Run after rehype-sanitize.
 */
export default function rehypeRemoveEmptyParagraphs() {
  return function (tree: Root): undefined {
    walk(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return undefined;
      const empty = node.children.every((child) => child.type === 'text' && !child.value.trim());
      if (!empty) return undefined;
      parent.children.splice(index, 1);
      // Visit the node that moved into this index next.
      return [SKIP, index];
    });
  };
}
