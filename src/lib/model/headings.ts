import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from '../core/slug.ts';
import type { Heading } from './types.ts';

/**
 * Lists the headings of a Markdown tree with the anchors the rendered page
 * gives them. The checker (does a `seksjon` exist?) and the renderer
 * (remark-heading-anchors) both call this, so an anchor is computed in one place.
 */
export function collectHeadings(tree: Root): Heading[] {
  const slug = createSlugger();
  const headings: Heading[] = [];
  visit(tree, 'heading', (node) => {
    // Raw HTML from Word (`## <b>Status</b>`) is markup, not heading text.
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    headings.push({ depth: node.depth, text, anchor: slug(text) });
  });
  return headings;
}
