import type { Nodes, Parents, Text } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';

/** A run of words in a block, and where its first character is in the body. */
export interface TextSpan {
  /** The text as the reader sees it. */
  value: string;
  /** Body offset of `value[0]`, or of the node when the source differs (escapes, entities). */
  offset: number;
  /** True when `offset + i` is the place of `value[i]` (the source is the text as written). */
  exact: boolean;
  /** True inside a link's text. */
  inLink: boolean;
}

/** Node types whose text is not running text: code, raw HTML, math. */
const SKIP = new Set(['code', 'inlineCode', 'html', 'math', 'inlineMath']);

/**
 * The text spans of one block (a paragraph, heading or table cell), in order,
 * leaving out code and raw HTML, so a check can report a word at its line and
 * column. Nested blocks (a list inside a list item) are not entered.
 */
export function textSpans(block: Parents, source: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const walk = (node: Nodes, inLink: boolean): void => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') {
      spans.push(spanOf(node, source, inLink));
      return;
    }
    if (node.type === 'break') {
      const offset = node.position?.start.offset ?? 0;
      spans.push({ value: ' ', offset, exact: false, inLink });
      return;
    }
    if ('children' in node)
      for (const child of node.children) walk(child, inLink || node.type === 'link');
  };
  for (const child of block.children) walk(child, block.type === 'link');
  return spans;
}

function spanOf(node: Text, source: string, inLink: boolean): TextSpan {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return {
    value: node.value,
    offset: start,
    exact: source.slice(start, end) === node.value,
    inLink,
  };
}

/** The concatenated text of spans, with each character's body offset. */
export function joinSpans(spans: readonly TextSpan[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (const span of spans) {
    for (let i = 0; i < span.value.length; i += 1) offsets.push(span.offset + (span.exact ? i : 0));
    text += span.value;
  }
  return { text, offsets };
}

/** Each block's joined text, while its tree lives (see {@link blockText}). */
const joined = new WeakMap<Parents, { text: string; offsets: number[] }>();

/**
 * `joinSpans(textSpans(block, source))`, made once per block: remark-malform-check
 * and remark-klarsprak both read the text of every block of the same tree,
 * and the offsets (one per character) were a good part of their cost.
 * `source` must be the text the block was parsed from (it is: one tree, one file).
 */
export function blockText(block: Parents, source: string): { text: string; offsets: number[] } {
  let found = joined.get(block);
  if (!found) {
    found = joinSpans(textSpans(block, source));
    joined.set(block, found);
  }
  return found;
}

/** Turns body offsets into `{line, column}` for vfile messages (one index per file). */
export function placer(file: VFile): (offset: number) => { line: number; column: number } {
  const index = location(file);
  return (offset) => {
    const point = index.toPoint(offset);
    return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
  };
}

/** Words of a text: letters (æøå and accents included), digits, inner hyphens and apostrophes. */
export const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
