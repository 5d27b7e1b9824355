import { PDFDict, PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';
import { decodeStream } from './flate.ts';

/**
 * Reads a font's ToUnicode CMap into a map from character code to the
 * Unicode text it stands for, both as lower-case hex (`'0003' → '0020'`).
 * Handles the `bfchar` and `bfrange` forms (with a start value or an
 * array) that Chromium's Skia and other writers use; an absent or
 * unreadable CMap gives an empty map, so callers treat every code as unknown.
 */
export function readToUnicode(doc: PDFDocument, font: PDFDict): Map<string, string> {
  const map = new Map<string, string>();
  const stream = doc.context.lookup(font.get(PDFName.of('ToUnicode')));
  if (!(stream instanceof PDFRawStream)) return map;
  let text: string;
  try {
    text = Buffer.from(decodeStream(stream)).toString('latin1');
  } catch {
    return map;
  }
  const hex = (value: string): string => value.replace(/\s+/g, '').toLowerCase();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of (block[1] ?? '').matchAll(
      /<([0-9a-f\s]+)>\s*<([0-9a-f\s]*)>/gi,
    ))
      map.set(hex(code ?? ''), hex(unicode ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (block[1] ?? '').matchAll(
      /<([0-9a-f\s]+)>\s*<([0-9a-f\s]+)>\s*(?:<([0-9a-f\s]*)>|\[([^\]]*)\])/gi,
    );
    for (const [, lo, hi, start, list] of ranges) {
      const first = parseInt(hex(lo ?? ''), 16);
      const last = parseInt(hex(hi ?? ''), 16);
      const width = hex(lo ?? '').length;
      const items =
        list === undefined
          ? []
          : [...list.matchAll(/<([0-9a-f\s]*)>/gi)].map((m) => hex(m[1] ?? ''));
      for (let code = first; code <= last && code - first < 65536; code += 1) {
        const key = code.toString(16).padStart(width, '0');
        if (list !== undefined) {
          const value = items[code - first];
          if (value !== undefined) map.set(key, value);
        } else {
          // The last unit of the start value counts up through the range.
          const base = hex(start ?? '');
          const tail = (parseInt(base.slice(-4) || '0', 16) + code - first)
            .toString(16)
            .padStart(4, '0');
          map.set(key, base.slice(0, -4) + tail);
        }
      }
    }
  }
  return map;
}
