import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { collectHeadings } from './headings.ts';
import type { Heading } from './types.ts';

/** Longest derived summary, in characters, before it is cut at a word. */
export const SUMMARY_LENGTH = 300;

/** One frozen parser for every body: building it (GFM's extensions) per call cost ~1 ms a document. */
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses a Markdown body the way the site renders it (CommonMark + GFM). */
export function parseBody(body: string): Root {
  return parser.parse(body);
}

/** The headings of a body, with the anchors the rendered page gives them. */
export function bodyHeadings(tree: Root): Heading[] {
  return collectHeadings(tree);
}

/**
 * A summary from the first paragraph of the body: plain text, whitespace
 * collapsed, cut at a word boundary near {@link SUMMARY_LENGTH} with «…».
 * Empty when the body has no paragraph.
 */
export function deriveSummary(tree: Root, max = SUMMARY_LENGTH): string {
  const first = tree.children.find((node) => node.type === 'paragraph');
  if (!first) return '';
  const text = toString(first).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
