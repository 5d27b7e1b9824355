import { PDFArray, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';
import { ContentStreams } from './content-streams.ts';

/**
 * Chromium tags everything in the page box but not what it draws in the
 * page margins: the running header and the «Side X av Y» footer (CSS
 * margin boxes) are text outside any marked content. PDF/UA-1 (ISO 14289-1
 * §7.1, Matterhorn 01-005; §7.8, 18-001) wants every piece of content either tagged or
 * an artifact; a running header is pagination, not content, so each
 * unmarked text object and painted path is wrapped in
 * `/Artifact <</Type /Pagination>> BDC … EMC`. What is already inside
 * marked content is left exactly as it is.
 */
const OPEN = '/Artifact <</Type /Pagination>> BDC\n';
const CLOSE = '\nEMC';

/** Path construction operators (the start of a path) and the operators that paint one. */
const PATH_START = new Set(['m', 're']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_END = new Set([...PATH_PAINT, 'n']);

/** One operator of a content stream with where its operands start and where it ends. */
interface Op {
  name: string;
  start: number;
  end: number;
}

/** Character classes of the content-stream syntax (ISO 32000-1 §7.2.2), by char code. */
const SPACE = 1;
const DELIM = 2;
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = SPACE;
// Also what JavaScript's \s matches in Latin-1 (vertical tab, no-break space), as before.
for (const c of [11, 0xa0]) CLASS[c] = SPACE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIM;

/** Char codes a number operand is made of: `-`, `+`, `.`, digits. */
const NUMERIC = new Uint8Array(256);
for (const c of '-+.0123456789') NUMERIC[c.charCodeAt(0)] = 1;

/**
 * Splits a content stream into operators; undefined for what it cannot read
 * safely (inline images). Runs over every content stream of every PDF (a
 * third of finishing's parse time), so it classifies characters by code
 * through lookup tables and slices out only words that may be operators:
 * a word of [-+.0-9] is a number operand (most words of a content stream
 * are), `true`, `false` and `null` are operands too.
 */
export function operators(source: string): Op[] | undefined {
  const ops: Op[] = [];
  let i = 0;
  let operandStart = -1;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    const cls = c < 256 ? CLASS[c] : 0;
    if (cls === SPACE) {
      i += 1;
      continue;
    }
    if (c === 37 /* % */) {
      while (i < n && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i += 1;
      continue;
    }
    const tokenStart = i;
    if (c === 40 /* ( */) {
      let depth = 0;
      for (; i < n; i += 1) {
        const ch = source.charCodeAt(i);
        if (ch === 92 /* \\ */) i += 1;
        else if (ch === 40) depth += 1;
        else if (ch === 41 /* ) */ && --depth === 0) break;
      }
      i += 1;
    } else if (c === 60 /* < */ && source.charCodeAt(i + 1) === 60) {
      i += 2;
    } else if (c === 62 /* > */ && source.charCodeAt(i + 1) === 62) {
      i += 2;
    } else if (c === 60) {
      i = source.indexOf('>', i) + 1;
      if (i === 0) return undefined;
    } else if (c === 91 || c === 93 || c === 123 || c === 125 /* [ ] { } */) {
      i += 1;
    } else if (c === 47 /* / */) {
      i += 1;
      while (i < n && !isBoundary(source.charCodeAt(i))) i += 1;
    } else {
      let numeric = true;
      while (i < n) {
        const ch = source.charCodeAt(i);
        if (isBoundary(ch)) break;
        if (numeric && NUMERIC[ch] !== 1) numeric = false;
        i += 1;
      }
      if (i === tokenStart) {
        // A stray `)` or `>`: skip it (a lone delimiter is no operator).
        i += 1;
        continue;
      }
      if (!numeric) {
        const word = source.slice(tokenStart, i);
        if (word !== 'true' && word !== 'false' && word !== 'null') {
          if (word === 'BI' || word === 'ID') return undefined;
          ops.push({ name: word, start: operandStart < 0 ? tokenStart : operandStart, end: i });
          operandStart = -1;
          continue;
        }
      }
    }
    if (operandStart < 0) operandStart = tokenStart;
  }
  return ops;
}

/** Whether a char code ends a word: white space or a delimiter (codes above 255 never do). */
function isBoundary(c: number): boolean {
  return c < 256 && (CLASS[c] ?? 0) !== 0;
}

/**
 * The stream with every top-level unmarked text object, painted path,
 * XObject and shading made an artifact. Neighbouring pieces share one
 * artifact when nothing tagged lies between them and the graphics state
 * stack (`q`/`Q`) is where it was, so a dotted TOC leader is one artifact
 * and not a thousand, and no artifact ever straddles a `Q`.
 */
export function wrapUnmarked(source: string): { text: string; wrapped: number } | undefined {
  const ops = operators(source);
  if (!ops) return undefined;
  const spans: [number, number][] = [];
  let open: { start: number; end: number; q: number; minQ: number } | undefined;
  const close = (): void => {
    if (open) spans.push([open.start, open.end]);
    open = undefined;
  };
  const add = (start: number, end: number, q: number): void => {
    if (open && open.minQ >= open.q && q === open.q) open.end = end;
    else {
      close();
      open = { start, end, q, minQ: q };
    }
  };
  let depth = 0;
  let q = 0;
  let textStart = -1;
  let pathStart = -1;
  for (const op of ops) {
    if (op.name === 'BDC' || op.name === 'BMC') {
      depth += 1;
      close();
    } else if (op.name === 'EMC') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (op.name === 'BT') textStart = op.start;
    else if (op.name === 'ET' && textStart >= 0) {
      add(textStart, op.end, q);
      textStart = -1;
    } else if (textStart >= 0) continue;
    else if (op.name === 'q') q += 1;
    else if (op.name === 'Q') {
      q -= 1;
      if (open) open.minQ = Math.min(open.minQ, q);
    } else if (PATH_START.has(op.name) && pathStart < 0) pathStart = op.start;
    else if (PATH_END.has(op.name) && pathStart >= 0) {
      if (PATH_PAINT.has(op.name)) add(pathStart, op.end, q);
      pathStart = -1;
    } else if (op.name === 'Do' || op.name === 'sh') add(op.start, op.end, q);
  }
  close();
  if (spans.length === 0) return { text: source, wrapped: 0 };
  let text = '';
  let at = 0;
  for (const [start, end] of spans) {
    text += `${source.slice(at, start)}${OPEN}${source.slice(start, end)}${CLOSE}`;
    at = end;
  }
  return { text: text + source.slice(at), wrapped: spans.length };
}

/**
 * Marks every page's unmarked content as artifacts; returns how many pieces
 * it wrapped. With `streams` (finishing shares them with the next pass) the
 * rewritten streams stay there until its `flush`; without, they are written
 * to `doc` before returning.
 */
export function markArtifacts(doc: PDFDocument, streams?: ContentStreams): number {
  const contentStreams = streams ?? new ContentStreams(doc);
  let total = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs =
      contents instanceof PDFRef
        ? [contents]
        : contents instanceof PDFArray
          ? contents.asArray().filter((item): item is PDFRef => item instanceof PDFRef)
          : [];
    for (const ref of refs) {
      const source = contentStreams.read(ref);
      if (source === undefined) continue;
      const result = wrapUnmarked(source);
      if (!result || result.wrapped === 0) continue;
      total += result.wrapped;
      contentStreams.write(ref, result.text);
    }
  }
  if (!streams) contentStreams.flush();
  return total;
}
