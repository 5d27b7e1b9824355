import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFDocument,
} from 'pdf-lib';

/**
 * How Chromium (Skia) writes a soft hyphen into a PDF: an invisible,
 * zero-advance space glyph wrapped in `/Span<</ActualText <feff00ad> >> BDC
 * … EMC`, so text extraction, search, copy-paste and screen readers get
 * U+00AD inside the word («Le\u00ADvan\u00ADger»). The visible hyphen at a
 * line break is a separate ordinary «-» glyph outside the span. Matches a
 * hex-string ActualText (the only form Skia writes); group 1 is the hex.
 */
const ACTUAL_TEXT_HEX = /\/ActualText\s*<([0-9A-Fa-f\s]*)>/g;

/** U+00AD as UTF-16BE hex, the form it has inside an ActualText string. */
const SOFT_HYPHEN_HEX = '00ad';

/**
 * Removes U+00AD from every ActualText replacement in the page content
 * streams, so the soft hyphens that give the PDF its hyphenation no longer
 * reach the text layer: a span that held only U+00AD becomes an empty
 * replacement (`<feff>`), which extractors read as «nothing here» rather
 * than the space the glyph underneath maps to. Layout is untouched; the
 * visible hyphen at a line break stays a plain «-». Returns how many spans
 * it changed.
 */
export function dropSoftHyphenText(doc: PDFDocument): number {
  let changed = 0;
  for (const page of doc.getPages()) {
    for (const ref of contentRefs(page.node.get(PDFName.of('Contents')))) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const source = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      let count = 0;
      const rewritten = source.replace(ACTUAL_TEXT_HEX, (whole, hex: string) => {
        const units =
          hex
            .replace(/\s+/g, '')
            .toLowerCase()
            .match(/.{1,4}/g) ?? [];
        // Only UTF-16BE text (byte-order mark first) holds U+00AD as one unit.
        if (units[0] !== 'feff') return whole;
        const kept = units.filter((unit) => unit !== SOFT_HYPHEN_HEX);
        if (kept.length === units.length) return whole;
        count += 1;
        // The mark stays: an empty `<feff>` is still a valid, empty text string.
        return `/ActualText <${kept.join('')}>`;
      });
      if (count === 0) continue;
      const replacement = doc.context.flateStream(Buffer.from(rewritten, 'latin1'));
      copyExtraKeys(stream.dict, replacement.dict);
      doc.context.assign(ref, replacement);
      changed += count;
    }
  }
  return changed;
}

/** The stream references of a page's `/Contents` (one stream or an array of them). */
function contentRefs(contents: unknown): PDFRef[] {
  if (contents instanceof PDFRef) return [contents];
  if (contents instanceof PDFArray) {
    return contents.asArray().filter((item): item is PDFRef => item instanceof PDFRef);
  }
  return [];
}

/** Carries over stream dictionary keys other than the encoding ones the new stream sets itself. */
function copyExtraKeys(from: PDFDict, to: PDFDict): void {
  const own = new Set(['/Length', '/Filter', '/DecodeParms']);
  for (const [key, value] of from.entries()) {
    if (!own.has(key.asString())) to.set(key, value);
  }
}
