/**
 * Characters that must never reach a published file, and characters that
 * are invisible but change how a line reads. One classification for the
 * checker (which reports them) and the writers (which drop them as a last
 * line of defence), so both agree on what is unsafe.
 *
 * Unsafe: C0 controls except tab, LF and CR; DEL and the C1 controls;
 * Unicode non-characters (U+FDD0–U+FDEF and the last two code points of
 * every plane); lone surrogates. XML 1.0 forbids C0, U+FFFE/U+FFFF and
 * surrogates outright (https://www.w3.org/TR/xml/#charsets) and
 * discourages the rest; no clerk means any of them.
 *
 * Invisible: bidi embeddings, overrides, isolates and marks, and zero-width
 * characters. Legitimate in some scripts, but in a Norwegian title or name
 * they hide or reorder text (the «Trojan Source» trick), so they warn.
 */

/** Why a character is unsafe. `c1` is apart because it is usually Windows-1252 saved wrongly. */
export type UnsafeKind = 'control' | 'c1' | 'noncharacter' | 'surrogate';

/** Why a character is invisible. */
export type InvisibleKind = 'bidi' | 'zero-width';

/** One character found in a text: its UTF-16 index, code point and kind. */
export interface CharHit<K extends string> {
  index: number;
  codePoint: number;
  kind: K;
}

/** The kind of an unsafe code point, or undefined when it may be published. */
export function unsafeKind(cp: number): UnsafeKind | undefined {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0d ? undefined : 'control';
  if (cp === 0x7f) return 'control';
  if (cp >= 0x80 && cp <= 0x9f) return 'c1';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  return undefined;
}

/** The kind of an invisible code point (bidi control or zero-width), or undefined. */
export function invisibleKind(cp: number): InvisibleKind | undefined {
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi';
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return 'bidi';
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) return 'zero-width';
  return undefined;
}

// Fast path: most text has none of these, and a regex test is far cheaper
// than a loop. (Any surrogate half sends a text to the exact scan, which
// tells pairs from lone halves.)
const MAYBE_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;
const MAYBE_INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\u061c\ufeff]/;

function scan<K extends string>(
  text: string,
  classify: (cp: number) => K | undefined,
): CharHit<K>[] {
  const hits: CharHit<K>[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const pair = cp >= 0xd800 && cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pair) cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
    const kind = classify(cp);
    if (kind) hits.push({ index: i, codePoint: cp, kind });
    if (pair) i++;
  }
  return hits;
}

/** Every unsafe character of a text, in order. */
export function findUnsafe(text: string): CharHit<UnsafeKind>[] {
  return MAYBE_UNSAFE.test(text) ? scan(text, unsafeKind) : [];
}

/** Every invisible character of a text, in order. */
export function findInvisible(text: string): CharHit<InvisibleKind>[] {
  return MAYBE_INVISIBLE.test(text) ? scan(text, invisibleKind) : [];
}

/**
 * The text without unsafe characters and with no lone surrogate: what every
 * writer of feeds, sitemaps, JSON, CSV and PDF metadata passes text through,
 * so their output stays well-formed even if the checker was bypassed.
 */
export function publishable(text: string): string {
  if (!MAYBE_UNSAFE.test(text)) return text;
  let out = '';
  let from = 0;
  for (const hit of scan(text, unsafeKind)) {
    out += text.slice(from, hit.index);
    from = hit.index + (hit.codePoint > 0xffff ? 2 : 1);
  }
  return out + text.slice(from);
}

/** `U+001B`: how a message names a code point a clerk cannot see. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A text with unsafe and invisible characters written as `<U+001B>`, for
 * terminal output: a clerk's ESC must not drive the terminal, and an
 * override must not reorder the checker's own line.
 */
export function visible(text: string): string {
  if (!MAYBE_UNSAFE.test(text) && !MAYBE_INVISIBLE.test(text)) return text;
  const hits = [...scan(text, (cp) => unsafeKind(cp) ?? invisibleKind(cp))];
  let out = '';
  let from = 0;
  for (const hit of hits) {
    out += `${text.slice(from, hit.index)}<${codePointLabel(hit.codePoint)}>`;
    from = hit.index + (hit.codePoint > 0xffff ? 2 : 1);
  }
  return out + text.slice(from);
}
