import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import { ContentStreams } from './content-streams.ts';
import { readToUnicode } from './to-unicode.ts';

/**
 * How Chromium (Skia, shaping with HarfBuzz) writes a soft hyphen into a
 * PDF: HarfBuzz turns the invisible U+00AD into the font's space glyph with
 * zero advance, and Skia wraps that glyph in `/Span<</ActualText <feff00ad>
 * >> BDC … EMC`. So pdftotext, search, copy-paste and screen readers get
 * U+00AD inside the word («Le\u00ADvan\u00ADger»), and readers that ignore
 * ActualText get the space the glyph maps to. The visible hyphen at a line
 * break is a separate, ordinary «-» glyph outside the span. Group 1 is
 * what the span holds (font, position, the glyph).
 */
const SOFT_HYPHEN_SPAN =
  /\/Span\s*<<\s*\/ActualText\s*<\s*feff\s*00ad\s*>\s*>>\s*BDC\b([\s\S]*?)\bEMC\b/gi;

/** Any hex-string ActualText; group 1 is the hex. */
const ACTUAL_TEXT_HEX = /\/ActualText\s*<([0-9A-Fa-f\s]*)>/g;

/** A font selection (`/F4 16 Tf`); group 1 is the resource name. */
const FONT_SELECTION = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf\b/g;

/** A glyph run shown with a hex string (`<0003> Tj`), the form Skia writes. */
const HEX_SHOW = /<([0-9A-Fa-f\s]*)>\s*Tj/g;

/** What dropSoftHyphenText changed. */
export interface SoftHyphenResult {
  /** Soft hyphens whose invisible glyph and span were removed. */
  removed: number;
  /** Spans kept with an empty ActualText (glyph not provably a zero-width space). */
  emptied: number;
}

/**
 * Takes the soft hyphens that give the PDF its hyphenation out of the text
 * layer, leaving the layout as it is. A soft-hyphen span whose glyphs all
 * map to a space (the invisible glyph HarfBuzz draws) is removed with its
 * glyph, keeping the state operators (font, position) around it, so no
 * reader sees U+00AD or a stray space. Anything else that carries U+00AD in
 * ActualText loses the U+00AD and keeps its glyphs (an empty `<feff>`
 * replaces them with nothing). The visible hyphen at a line break stays a
 * plain «-».
 */
export function dropSoftHyphenText(doc: PDFDocument, streams?: ContentStreams): SoftHyphenResult {
  const contentStreams = streams ?? new ContentStreams(doc);
  const result: SoftHyphenResult = { removed: 0, emptied: 0 };
  for (const page of doc.getPages()) {
    const isSpace = spaceCodes(doc, page);
    for (const ref of contentRefs(page.node.get(PDFName.of('Contents')))) {
      const source = contentStreams.read(ref);
      if (source === undefined) continue;
      const before = { ...result };
      // Font selections in stream order: a span shows its glyph in the font last set before it.
      const fonts = [...source.matchAll(FONT_SELECTION)].map((m) => ({
        at: m.index,
        name: m[1] ?? '',
      }));
      let next = 0;
      let font: string | undefined;
      const rewritten = source
        .replace(SOFT_HYPHEN_SPAN, (whole, inner: string, offset: number) => {
          while (next < fonts.length && (fonts[next]?.at ?? Infinity) < offset) {
            font = fonts[next]?.name;
            next += 1;
          }
          const kept = withoutSpaceGlyphs(inner, font, isSpace);
          if (kept === undefined) return whole;
          result.removed += 1;
          return kept;
        })
        .replace(ACTUAL_TEXT_HEX, (whole, hex: string) => {
          const units: string[] =
            hex
              .replace(/\s+/g, '')
              .toLowerCase()
              .match(/.{1,4}/g) ?? [];
          // Only UTF-16BE text (byte-order mark first) holds U+00AD as one unit.
          if (units[0] !== 'feff' || !units.includes('00ad')) return whole;
          result.emptied += 1;
          return `/ActualText <${units.filter((unit) => unit !== '00ad').join('')}>`;
        });
      if (result.removed === before.removed && result.emptied === before.emptied) continue;
      contentStreams.write(ref, rewritten);
    }
  }
  if (!streams) contentStreams.flush();
  return result;
}

/**
 * The span's content without its glyphs and marks, when it shows only hex
 * glyph runs and every glyph maps to a space in the font in effect (the one
 * set before the span, or inside it); otherwise undefined.
 */
function withoutSpaceGlyphs(
  inner: string,
  fontBefore: string | undefined,
  isSpace: (font: string, code: string) => boolean,
): string | undefined {
  if (/\bB[DM]C\b/.test(inner)) return undefined;
  const font = [...inner.matchAll(FONT_SELECTION)].at(-1)?.[1] ?? fontBefore;
  const shows = [...inner.matchAll(HEX_SHOW)];
  const rest = inner.replace(HEX_SHOW, '');
  if (/\bT[jJ]\b|['"()]/.test(rest)) return undefined;
  const codes = shows.flatMap((m) => (m[1] ?? '').replace(/\s+/g, '').match(/.{1,4}/g) ?? []);
  // A span that shows nothing (Chromium writes some) can go as it is.
  if (codes.length === 0) return rest;
  if (font === undefined) return undefined;
  return codes.every((code) => isSpace(font, code.toLowerCase())) ? rest : undefined;
}

/** Tells whether a 2-byte code of a page font (by resource name) stands for a plain space. */
function spaceCodes(doc: PDFDocument, page: PDFPage): (font: string, code: string) => boolean {
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const maps = new Map<string, Map<string, string>>();
  return (name, code) => {
    let map = maps.get(name);
    if (!map) {
      const font = fonts?.lookupMaybe(PDFName.of(name), PDFDict);
      // Two-byte codes only: Identity-H is what Skia embeds its subsets with.
      const identity = font?.get(PDFName.of('Encoding'))?.toString() === '/Identity-H';
      map = font && identity ? readToUnicode(doc, font) : new Map<string, string>();
      maps.set(name, map);
    }
    return code.length === 4 && map.get(code) === '0020';
  };
}

/** The stream references of a page's `/Contents` (one stream or an array of them). */
function contentRefs(contents: unknown): PDFRef[] {
  if (contents instanceof PDFRef) return [contents];
  if (contents instanceof PDFArray) {
    return contents.asArray().filter((item): item is PDFRef => item instanceof PDFRef);
  }
  return [];
}
