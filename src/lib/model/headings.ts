import type { Heading as MdastHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walk } from '../core/tree-walk.ts';
import { createSlugger } from '../core/slug.ts';
import type { Heading } from './types.ts';

/**
 * Lists the headings of a Markdown tree with the anchors the rendered page
 * gives them. The checker (does a `seksjon` exist?) and the renderer
 * (remark-heading-anchors) both call this, so an anchor is computed in one place.
 */
export function collectHeadings(tree: Root): Heading[] {
  return headingsOf(headingNodes(tree));
}

/** The heading nodes of a tree, in document order. */
export function headingNodes(tree: Root): MdastHeading[] {
  const nodes: MdastHeading[] = [];
  walk(tree, 'heading', (node) => {
    nodes.push(node);
  });
  return nodes;
}

/** The headings, with their anchors, of a tree's heading nodes (all of them, in order). */
export function headingsOf(nodes: readonly MdastHeading[]): Heading[] {
  const slug = createSlugger();
  return nodes.map((node) => {
    // Raw HTML from Word (`## <b>Status</b>`) is markup, not heading text.
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    return { depth: node.depth, text, anchor: slug(text) };
  });
}

/**
 * The two levels a table of contents shows: the top-most level used, and
 * under each of its headings the shallowest level found before the next one.
 * A skipped level (`##` then `####`) still lists the deeper heading instead
 * of leaving it out (issue 15); `level` is 0 for the top, 1 beneath it.
 */
export function tocEntries(headings: readonly Heading[]): { heading: Heading; level: 0 | 1 }[] {
  const top = Math.min(...headings.map((h) => h.depth));
  const entries: { heading: Heading; level: 0 | 1 }[] = [];
  let group: Heading[] = [];
  const flush = (): void => {
    const sub = Math.min(...group.map((h) => h.depth));
    for (const h of group) if (h.depth === sub) entries.push({ heading: h, level: 1 });
    group = [];
  };
  for (const h of headings) {
    if (h.depth === top) {
      flush();
      entries.push({ heading: h, level: 0 });
    } else group.push(h);
  }
  flush();
  return entries;
}
