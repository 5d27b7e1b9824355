import type { ContentRule } from './file-types.ts';

/** What a file's bytes are, as far as a clerk needs to be told (`HTML`, `PDF`, …). */
export type ContentKind =
  | 'HTML'
  | 'XML'
  | 'SVG'
  | 'PDF'
  | 'PNG'
  | 'JPEG'
  | 'GIF'
  | 'WebP'
  | 'ZIP'
  | 'OLE'
  | 'RTF'
  | 'UTF-7'
  | 'binary'
  | 'text';

const RASTER: readonly ContentKind[] = ['PNG', 'JPEG', 'GIF', 'WebP'];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// Signatures from the WHATWG MIME Sniffing Standard §7.1 (images, PDF, ZIP)
// and the compound-file (OLE2) and RTF headers.
const MAGIC: readonly [ContentKind, (b: Uint8Array) => boolean][] = [
  ['PDF', (b) => startsWith(b, ascii('%PDF-'))],
  ['PNG', (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['JPEG', (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ['GIF', (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))],
  ['WebP', (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)],
  [
    'ZIP',
    (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]),
  ],
  ['OLE', (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ['RTF', (b) => startsWith(b, ascii('{\\rtf'))],
];

// Markup a browser that sniffs (no `X-Content-Type-Options: nosniff`, or a
// server that sends no or a generic type) could take for HTML or XML. At the
// start of a file this is the WHATWG "unknown type" rule; anywhere, it is
// what older engines looked for in the first bytes. Either way a CSV or a
// text file has no reason to hold it.
const MARKUP_START = /^<(?:[a-z!?/])/i;
const MARKUP_ANYWHERE =
  /<(?:script|html|head|body|iframe|frame|frameset|object|embed|svg|math|meta|link|style|base|form|img|a|xml|xsl:[a-z]+|\?xml|!doctype|!\[cdata\[)[\s/>]/i;
// UTF-7 for `<`: old browsers decoded a page without a charset as UTF-7.
const UTF7 = /\+AD[wW]-?/;

/** The text of a text file: UTF-8, or UTF-16 with a byte order mark (Excel's «Unicode text»). */
export function decodeText(bytes: Uint8Array): string | undefined {
  const le = startsWith(bytes, [0xff, 0xfe]);
  const be = startsWith(bytes, [0xfe, 0xff]);
  if (le || be) return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
  if (bytes.includes(0)) return undefined; // NUL bytes: binary, whatever the name says.
  // Not valid UTF-8: a Latin-1 CSV from an old system. Its markup is ASCII, so read it as Latin-1.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** What the bytes of a file are (`HTML` for a page named `.pdf`). */
export function sniff(bytes: Uint8Array): ContentKind {
  const magic = MAGIC.find(([, test]) => test(bytes));
  if (magic) return magic[0];
  const text = decodeText(bytes);
  if (text === undefined) return 'binary';
  const start = text.replace(/^[\uFEFF\s]+/, '');
  if (/^<\?xml[\s?]/i.test(start) || /^<svg[\s>/]/i.test(start) || MARKUP_ANYWHERE.test(text)) {
    if (/<svg[\s>/]/i.test(text) && !/<(?:html|head|body|script)[\s>/]/i.test(text)) return 'SVG';
    return /^<\?xml[\s?]/i.test(start) && !/<html[\s>/]/i.test(text) ? 'XML' : 'HTML';
  }
  if (MARKUP_START.test(start)) return 'HTML';
  if (UTF7.test(text)) return 'UTF-7';
  return 'text';
}

/** True when content of kind `kind` may be published under a type whose rule is `rule`. */
export function contentFits(rule: ContentRule, kind: ContentKind): boolean {
  switch (rule) {
    case 'raster':
      return RASTER.includes(kind);
    case 'pdf':
      return kind === 'PDF';
    case 'zip':
      return kind === 'ZIP';
    case 'ole':
      return kind === 'OLE';
    case 'ole-or-rtf':
      return kind === 'OLE' || kind === 'RTF';
    case 'rtf':
      return kind === 'RTF';
    case 'text':
      return kind === 'text';
    case 'svg':
      return kind === 'SVG' || kind === 'XML';
  }
}
