import type { Finding } from '../model/finding.ts';

/** A file's bytes as text, or why they are not a UTF-8 text file. */
export type Decoded = { ok: true; text: string } | { ok: false; finding: Finding };

/** 1-based line and column of a byte offset (columns count bytes; good enough to find the spot). */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    // Overlong forms and encoded surrogates (ED A0–BF, «CESU-8») are not UTF-8
    // either; TextDecoder would turn them into U+FFFD without a word.
    const second = bytes[i + 1] ?? 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (need > 0 && (second < low || second > high)) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The line around an offset, read as Windows-1252, so the message shows what the clerk wrote. */
function lineText(bytes: Uint8Array, offset: number): string {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  const text = new TextDecoder('windows-1252').decode(bytes.subarray(start, end)).trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Reads a content file as UTF-8. A file saved as UTF-16 (Word's «Unicode
 * text»), as Windows-1252/Latin-1 (older Notepad), or a binary file with a
 * Markdown name becomes a finding at the first bad line instead of text full
 * of replacement characters. A UTF-8 byte-order mark is fine.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const pos = { line: 1, column: 1 };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, finding: { ruleId: 'fil-utf16', pos } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, finding: { ruleId: 'fil-binaer', pos: placeOf(bytes, nul) } };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const finding: Finding = {
      ruleId: 'fil-koding',
      pos: placeOf(bytes, bad),
      args: { detail: lineText(bytes, bad) },
    };
    return { ok: false, finding };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}
