import { PDFArray, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import { decodeStream } from './flate.ts';

/**
 * Chromium tags everything in the page box but not what it draws in the
 * page margins: the running header and the «Side X av Y» footer (CSS
 * margin boxes) are text outside any marked content. PDF/UA-1 (ISO 14289-1
 * §7.1, Matterhorn 01-001) wants every piece of content either tagged or
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

/** Splits a content stream into operators; undefined for what it cannot read safely (inline images). */
export function operators(source: string): Op[] | undefined {
  const ops: Op[] = [];
  let i = 0;
  let operandStart = -1;
  const n = source.length;
  const isSpace = (c: string): boolean => /[\s\0]/.test(c);
  const isDelim = (c: string): boolean => /[()<>[\]{}/%]/.test(c);
  while (i < n) {
    const c = source[i] ?? '';
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    if (c === '%') {
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i += 1;
      continue;
    }
    const tokenStart = i;
    if (c === '(') {
      let depth = 0;
      for (; i < n; i += 1) {
        const ch = source[i];
        if (ch === '\\') i += 1;
        else if (ch === '(') depth += 1;
        else if (ch === ')' && --depth === 0) break;
      }
      i += 1;
    } else if (c === '<' && source[i + 1] === '<') {
      i += 2;
    } else if (c === '>' && source[i + 1] === '>') {
      i += 2;
    } else if (c === '<') {
      i = source.indexOf('>', i) + 1;
      if (i === 0) return undefined;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i += 1;
    } else if (c === '/') {
      i += 1;
      while (i < n && !isSpace(source[i] ?? '') && !isDelim(source[i] ?? '')) i += 1;
    } else {
      while (i < n && !isSpace(source[i] ?? '') && !isDelim(source[i] ?? '')) i += 1;
      const word = source.slice(tokenStart, i);
      if (!/^[-+.\d]+$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        if (word === 'BI' || word === 'ID') return undefined;
        ops.push({ name: word, start: operandStart < 0 ? tokenStart : operandStart, end: i });
        operandStart = -1;
        continue;
      }
    }
    if (operandStart < 0) operandStart = tokenStart;
  }
  return ops;
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

/** Marks every page's unmarked content as artifacts; returns how many pieces it wrapped. */
export function markArtifacts(doc: PDFDocument): number {
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
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const source = Buffer.from(decodeStream(stream)).toString('latin1');
      const result = wrapUnmarked(source);
      if (!result || result.wrapped === 0) continue;
      total += result.wrapped;
      const replacement = doc.context.flateStream(Buffer.from(result.text, 'latin1'));
      for (const [key, value] of stream.dict.entries()) {
        if (!['/Length', '/Filter', '/DecodeParms'].includes(key.asString()))
          replacement.dict.set(key, value);
      }
      doc.context.assign(ref, replacement);
    }
  }
  return total;
}
