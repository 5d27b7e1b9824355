import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Paragraphs with fewer words than this are labels («Innhold:», «Sakshandsamar: …»), not a summary. */
export const MIN_SUMMARY_WORDS = 8;

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Derives a summary (`sammendrag`/`samandrag` when the clerk wrote none) from
 * a Markdown body: the text of the first top-level paragraph of at least
 * MIN_SUMMARY_WORDS words, skipping headings, lists, tables, quotes and
 * code; failing that, the first paragraph anywhere (inside a list or a
 * quote); failing that, `''`. Inline markup and raw HTML are dropped,
 * whitespace collapsed, and a text longer than `maxLength` is cut at a word
 * boundary and ended with «…» (the result is never longer than `maxLength`).
 */
export function deriveSummary(markdown: string, maxLength = 300): string {
  const tree = parser.parse(markdown);
  const paragraph = firstSummaryParagraph(tree) ?? firstParagraph(tree);
  if (!paragraph) return '';
  return truncate(plain(paragraph), maxLength);
}

/** The first top-level paragraph that reads like prose (enough words). */
function firstSummaryParagraph(tree: Root): Paragraph | undefined {
  return tree.children.find(
    (node): node is Paragraph =>
      node.type === 'paragraph' && plain(node).split(' ').length >= MIN_SUMMARY_WORDS,
  );
}

/** The first paragraph in document order, at any depth. */
function firstParagraph(node: Root | RootContent): Paragraph | undefined {
  if (node.type === 'paragraph') return plain(node) ? node : undefined;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = firstParagraph(child);
    if (found) return found;
  }
  return undefined;
}

/** The paragraph's text without markup or raw HTML, whitespace collapsed. */
function plain(node: Paragraph): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** Cuts `text` at the last word boundary that leaves room for «…». */
function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, Math.max(0, maxLength - 1));
  // When the next character is a space, `room` already ends on a whole word.
  const space = text[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  // One very long word: cut inside it rather than return nothing.
  const cut = space > 0 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
