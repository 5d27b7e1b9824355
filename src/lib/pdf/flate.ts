import { createRequire } from 'node:module';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFName, decodePDFRawStream, type PDFRawStream } from 'pdf-lib';

/*
 * Deflate and inflate with Node's zlib instead of pdf-lib's JavaScript:
 * pdf-lib compresses every stream it writes (content streams we rewrite,
 * the object streams of `save`) with pako and decodes with its own inflater,
 * about 10× slower than zlib (~0.1 s a document in the PDF step). The
 * streams hold the same bytes once decoded; only their compressed form
 * differs from what pako wrote.
 */

/**
 * Points pdf-lib's deflate (`context.flateStream` and the object streams of
 * `save`, which has no option for it) at zlib. pdf-lib requires pako as one
 * shared module object, resolved here from pdf-lib's own folder so it is
 * the same one; setting it again is harmless.
 */
export function useZlibInPdfLib(): void {
  const fromPdfLib = createRequire(createRequire(import.meta.url).resolve('pdf-lib'));
  const pako = fromPdfLib('pako') as { deflate: (data: Uint8Array) => Uint8Array };
  pako.deflate = (data) => deflateSync(data);
}

/** The decoded bytes of a stream: zlib for plain FlateDecode, pdf-lib's decoders for anything else. */
export function decodeStream(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const params = stream.dict.get(PDFName.of('DecodeParms'));
  if (filter === PDFName.of('FlateDecode') && params === undefined) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // A stream zlib refuses (truncated, say) gets pdf-lib's more lenient decoder.
    }
  }
  return decodePDFRawStream(stream).decode();
}
