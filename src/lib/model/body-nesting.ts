/**
 * A linear pre-scan of a Markdown body for nesting no document needs: lists
 * and block quotes inside each other, emphasis, brackets and HTML elements
 * inside each other. The parser and the renderer recurse per level (a list
 * 1,000 levels deep overflowed the stack after minutes; micromark resolves
 * nested emphasis in quadratic time), so a body deeper than
 * {@link MAX_NESTING} is refused before it is parsed at all.
 *
 * The count is an estimate that errs high: it never parses, it counts
 * container markers, indentation and delimiters. Real documents stay below
 * ten levels, so an estimate of a hundred is never a real document.
 */

/** Most levels of nesting a body may have (lists, quotes, emphasis, links, HTML together). */
export const MAX_NESTING = 100;

/** Where a body first gets too deep: 1-based line and column within the body. */
export interface NestingProblem {
  line: number;
  column: number;
  depth: number;
}

// Elements that never nest (void) or close themselves implicitly in HTML.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rt rp html head body'.split(
    ' ',
  ),
);

const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;
const FENCE = /^(?:`{3,}|~{3,})/;
const OPEN_TAG = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>/;
const CLOSE_TAG = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>/;

const isSpace = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\t' || ch === '\n';

/** The first place where `body` nests deeper than `max`, or undefined when it never does. */
export function findDeepNesting(body: string, max = MAX_NESTING): NestingProblem | undefined {
  // Content columns of open list items, one stack per number of leading `>`.
  const lists = new Map<number, number[]>();
  let html = 0;
  let brackets = 0;
  let emphasis = 0;
  const runs = new Map<string, number>();
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    if (line.trim() === '') {
      // Emphasis and link brackets never cross a blank line; HTML elements and lists do.
      brackets = 0;
      emphasis = 0;
      runs.clear();
      continue;
    }
    let p = 0;
    let quotes = 0;
    let over = -1;
    for (;;) {
      while (line[p] === ' ' || line[p] === '\t') p++;
      if (line[p] !== '>') break;
      quotes++;
      if (quotes === max + 1) over = p;
      p++;
    }
    const trimmed = line.slice(p);
    const fenceMatch = FENCE.exec(trimmed);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[0][0] === fence) fence = undefined;
      continue;
    }
    if (fenceMatch) fence = fenceMatch[0][0];
    if (over >= 0) return { line: n + 1, column: over + 1, depth: max + 1 };
    // Indentation after the quote markers decides which list items continue.
    const start = quotes > 0 ? line.lastIndexOf('>', p) + 1 : 0;
    const indent = columnOf(line, start, p);
    const stack = lists.get(quotes) ?? [];
    lists.set(quotes, stack);
    while (stack.length > 0 && (stack.at(-1) ?? 0) > indent) stack.pop();
    let depth = quotes + stack.length;
    let q = p;
    let pushing = true;
    for (;;) {
      LIST_MARKER.lastIndex = q;
      const marker = LIST_MARKER.exec(line);
      if (marker) {
        let after = q + marker[0].length;
        while (line[after] === ' ' || line[after] === '\t') after++;
        if (pushing) stack.push(columnOf(line, start, Math.min(after, q + marker[0].length + 4)));
        depth++;
        q = after;
      } else if (line[q] === '>') {
        pushing = false;
        depth++;
        q++;
        while (line[q] === ' ' || line[q] === '\t') q++;
      } else break;
      if (depth > max) return { line: n + 1, column: q + 1, depth };
    }
    if (depth > max) return { line: n + 1, column: q + 1, depth };
    if (fenceMatch) continue;
    for (let i = q; i < line.length; i++) {
      const ch = line[i] ?? '';
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch === '*' || ch === '_' || ch === '~') {
        let end = i;
        while (line[end] === ch) end++;
        const length = end - i;
        const opens = !isSpace(line[end]);
        const closes = i > 0 && !isSpace(line[i - 1]);
        const open = runs.get(ch) ?? 0;
        if (closes && open > 0) {
          const closed = Math.min(open, length);
          runs.set(ch, open - closed);
          emphasis -= closed;
        } else if (opens && !(ch === '_' && closes)) {
          runs.set(ch, open + length);
          emphasis += length;
        }
        i = end - 1;
      } else if (ch === '[') brackets++;
      else if (ch === ']' && brackets > 0) brackets--;
      else if (ch === '<') {
        const rest = line.slice(i, i + 200);
        const close = CLOSE_TAG.exec(rest);
        const open = close ? undefined : OPEN_TAG.exec(rest);
        if (close && html > 0 && !NOT_NESTING.has((close[1] ?? '').toLowerCase())) html--;
        else if (open && !open[0].endsWith('/>') && !NOT_NESTING.has((open[1] ?? '').toLowerCase()))
          html++;
      }
      const total = depth + emphasis + brackets + html;
      if (total > max) return { line: n + 1, column: i + 1, depth: total };
    }
  }
  return undefined;
}

/** Visual column of `to` in `line`, counting from `from`, with tabs to the next multiple of 4. */
function columnOf(line: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}
