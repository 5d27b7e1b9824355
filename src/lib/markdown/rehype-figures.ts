import type { Element, ElementContent, Root } from 'hast';
import { walk } from '../core/tree-walk.ts';

/** Options of rehype-figures. */
export interface Options {
  /** Class put on the figure (default: none). */
  className?: string;
}

/**
 * Turns a paragraph that holds only an image into `<figure>` with the image
 * and a `<figcaption>`: the image's title (`![alt](fil.png "Figur 2 …")`) when
 * it has one, else its alt text, which in documents converted from Word is
 * the caption («Figur 1 Løysingar på ulike nivå»). A caption that repeats
 * the alt text is `aria-hidden`, so a screen reader hears it once (as Pandoc
 * does); the image keeps its alt, so the tagged PDF has a Figure with Alt.
 * An image without alt text gets no caption. Run after rehype-sanitize
 * (which does not allow `figure`).
 */
export default function rehypeFigures(options: Options = {}) {
  return function (tree: Root): undefined {
    walk(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const image = onlyImage(node.children);
      if (!image) return;
      const alt = String(image.properties['alt'] ?? '').trim();
      const title = String(image.properties['title'] ?? '').trim();
      delete image.properties['title'];
      const caption = title || alt;
      const children: ElementContent[] = [image];
      if (caption) {
        children.push({
          type: 'element',
          tagName: 'figcaption',
          properties: caption === alt ? { ariaHidden: 'true' } : {},
          children: [{ type: 'text', value: caption }],
        });
      }
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: options.className ? { className: [options.className] } : {},
        children,
      };
      if (node.position) figure.position = node.position;
      parent.children[index] = figure;
    });
  };
}

/** The one `img` among `children` when everything else is whitespace. */
function onlyImage(children: ElementContent[]): Element | undefined {
  let image: Element | undefined;
  for (const child of children) {
    if (child.type === 'text' && !child.value.trim()) continue;
    if (child.type !== 'element' || child.tagName !== 'img' || image) return undefined;
    image = child;
  }
  return image;
}
