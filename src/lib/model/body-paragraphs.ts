/**
 * A linear pre-scan of a Markdown body for one paragraph with thousands of
 * lines. micromark resolves a paragraph's text by splicing its event list
 * once per line ending (resolveAllText), so parsing costs grow with the
 * square of a paragraph's line count: 2,000 lines take ~0.3 s, 16,000 lines
 * ~6 s, 30,000 lines ~20 s. Plain paragraphs, paragraphs in block quotes,
 * list items' continuation and lazy lines and setext headings all grow like
 * this; tables, lists of one-line items, fenced and indented code and HTML
 * blocks stay linear. A body with a paragraph over {@link MAX_PARAGRAPH_LINES}
 * lines is refused before it is parsed at all.
 *
 * The count errs high, never low: it only ends a paragraph where Markdown
 * surely does (a blank line, a heading, a thematic break, a list item that
 * may interrupt one) and only skips lines inside a fenced code block it is
 * sure of (at a line's start or right after its quote markers, and only
 * until the body's first HTML or other fence-like line). Anything it does not know (HTML, tables, deeper indents, setext
 * underlines) is counted as paragraph lines, so the only mistake it can make
 * is refusing a block of over 2,000 lines without a blank line, which no real
 * document has.
 */

/** Most lines one paragraph may have; real prose stays far below a hundred. */
export const MAX_PARAGRAPH_LINES = 2000;

/** Where a paragraph too long begins: 1-based line and column within the body, and its line count so far. */
export interface LongParagraph {
  line: number;
  column: number;
  lines: number;
}

const ATX = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^[-+*][ \t]+\S/;
const ORDERED = /^(\d{1,9})([.)])([ \t]+)\S/;
// A fence whose place is certain: at the line's start, or right after block quote markers
// that start the line (so in no list item, whose end would end it unseen).
const CERTAIN_FENCE = /^((?:>[ ]?)*)(`{3,}|~{3,})(.*)$/;
// The start of a line once its quote and list markers are taken off.
const CONTAINERS = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/;

interface Fence {
  char: string;
  length: number;
  quotes: number;
}

/** One line split into its block quote markers, its indent (in columns) and the rest. */
function splitLine(line: string): { quotes: number; indent: number; rest: string } {
  let p = 0;
  let quotes = 0;
  for (;;) {
    let q = p;
    while (q < line.length && q - p < 4 && (line[q] === ' ' || line[q] === '\t')) q++;
    if (line[q] !== '>' || q - p > 3) break;
    quotes++;
    p = q + 1;
    if (line[p] === ' ') p++;
  }
  let indent = 0;
  // A tab counts as four columns: a larger indent only makes the scan see fewer block starts.
  while (line[p] === ' ' || line[p] === '\t') indent += line[p++] === '\t' ? 4 : 1;
  return { quotes, indent, rest: line.slice(p) };
}

/** The first paragraph of `body` with more than `max` lines, or undefined when there is none. */
export function findLongParagraph(
  body: string,
  max = MAX_PARAGRAPH_LINES,
): LongParagraph | undefined {
  const lines = body.split(/\r\n?|\n/);
  let count = 0;
  let start = 0;
  let startColumn = 1;
  let fence: Fence | undefined;
  // Set once the body has a fence-like or HTML line the scan cannot place for sure
  // (indented, in a list item, in an HTML block): from then on no line is skipped as
  // code, since a fence the scan misplaced would turn the real one inside out.
  let unsure = false;
  // The ordered item that last began a paragraph: its delimiter, quotes and content column,
  // as a low bound (an item is a sibling only left of it) and a high bound (a block
  // starting left of it surely ends the list), so tabs and wide gaps only err high.
  let ordered: { delim: string; low: number; high: number; quotes: number } | undefined;
  const leavesList = (indent: number, quotes: number): boolean =>
    ordered !== undefined && (indent < ordered.high || quotes !== ordered.quotes);

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const { quotes, indent, rest } = splitLine(line);
    // Only spaces and tabs make a blank line (a line of U+00A0 is paragraph text).
    const blank = /^[ \t]*$/.test(rest);

    if (fence) {
      // A fence ends at its closing line, or with the block quote it is in.
      if (quotes < fence.quotes) fence = undefined;
      else {
        const closes =
          quotes === fence.quotes &&
          indent < 4 &&
          rest.startsWith(fence.char.repeat(fence.length)) &&
          /^[ \t]*$/.test(rest.replace(fence.char === '`' ? /^`+/ : /^~+/, ''));
        if (closes) fence = undefined;
        continue;
      }
    }

    if (!unsure) {
      const open = CERTAIN_FENCE.exec(line);
      const marker = open?.[2] ?? '';
      if (open && !(marker[0] === '`' && open[3]?.includes('`'))) {
        fence = { char: marker[0] ?? '`', length: marker.length, quotes };
        if (leavesList(indent, quotes)) ordered = undefined;
        count = 0;
        continue;
      }
      unsure = /`{3,}|~{3,}/.test(line) || line.replace(CONTAINERS, '').startsWith('<');
    }

    if (blank) {
      count = 0;
      continue;
    }

    if (indent < 4) {
      if (ATX.test(rest) || THEMATIC.test(rest)) {
        count = 0;
        ordered = undefined;
        continue;
      } else if (BULLET.test(rest)) {
        count = 0;
        ordered = undefined;
      } else {
        const item = ORDERED.exec(rest);
        // Only an item numbered 1, or the next item of the same list, ends a paragraph.
        const sibling =
          item !== null &&
          ordered !== undefined &&
          ordered.delim === item[2] &&
          ordered.quotes === quotes &&
          indent < ordered.low;
        if (item && (item[1] === '1' || sibling || count === 0)) {
          count = 0;
          const end = indent + (item[1]?.length ?? 1) + 1;
          const gap = (item[3] ?? ' ').replace(/\t/g, '    ').length;
          ordered = { delim: item[2] ?? '.', low: end + 1, high: end + gap, quotes };
        }
      }
    }

    if (count === 0) {
      start = n;
      startColumn = line.length - line.trimStart().length + 1;
      if (!ORDERED.test(rest) && leavesList(indent, quotes)) ordered = undefined;
    }
    if (++count > max) return { line: start + 1, column: startColumn, lines: count };
  }
  return undefined;
}
