import type { Element, ElementContent, Root, Text } from 'hast';
import { walk } from '../core/tree-walk.ts';

/** Options of rehype-lettered-lists. */
export interface Options {
  /** Fewest items a list needs before it is converted (default `2`). */
  minItems?: number;
}

const MARKER = /^\s*([a-z])[.)]\s+/;

/**
 * Turns a bullet list whose items are written «a. …», «b. …», «c. …» (how
 * Word's lettered lists arrive after conversion) into `<ol type="a">` with
 * the letters removed, so the page and the PDF show a real lettered list and
 * screen readers announce its length and position. The letters must run
 * from «a» without gaps; anything else is left as written. Run after
 * rehype-sanitize: the `type` attribute is added here, on trusted markup.
 */
export default function rehypeLetteredLists(options: Options = {}) {
  const minItems = options.minItems ?? 2;

  return function (tree: Root): undefined {
    walk(tree, 'element', (node) => {
      if (node.tagName !== 'ul') return;
      const items = node.children.filter(
        (child): child is Element => child.type === 'element' && child.tagName === 'li',
      );
      if (items.length < minItems) return;
      const markers = items.map((item) => firstText(item));
      const lettered = markers.every((text, i) => {
        const match = text && MARKER.exec(text.value);
        return match?.[1] === String.fromCharCode(97 + i);
      });
      if (!lettered) return;
      for (const text of markers) if (text) text.value = text.value.replace(MARKER, '');
      node.tagName = 'ol';
      node.properties = { ...node.properties, type: 'a' };
    });
  };
}

/** The first text node of an item, looking through emphasis and paragraphs. */
function firstText(node: Element): Text | undefined {
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'text') {
      if (child.value.trim()) return child;
      continue;
    }
    if (child.type === 'element') return firstText(child);
  }
  return undefined;
}
