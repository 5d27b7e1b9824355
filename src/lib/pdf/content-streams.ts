import { PDFDict, PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';
import { decodeStream } from './flate.ts';

/**
 * The page content streams finishing rewrites, kept decoded between its
 * passes and compressed once at the end. markArtifacts and
 * dropSoftHyphenText both rewrite most content streams of a PDF; each
 * decoding and deflating them again cost as much as all their parsing
 * (deflate was ~15 % of finishing). The bytes are the same: each stream is
 * deflated once, from its final text, as its last rewrite did before.
 */
export class ContentStreams {
  private readonly edited = new Map<string, { ref: PDFRef; text: string; dict: PDFDict }>();

  private readonly doc: PDFDocument;

  constructor(doc: PDFDocument) {
    this.doc = doc;
  }

  /** A content stream's text (Latin-1, one char a byte), as last written; undefined when not a stream. */
  read(ref: PDFRef): string | undefined {
    const pending = this.edited.get(ref.toString());
    if (pending) return pending.text;
    const stream = this.doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) return undefined;
    return Buffer.from(decodeStream(stream)).toString('latin1');
  }

  /** Replaces a content stream's text; written to the document by {@link flush}. */
  write(ref: PDFRef, text: string): void {
    const key = ref.toString();
    const pending = this.edited.get(key);
    if (pending) {
      pending.text = text;
      return;
    }
    const stream = this.doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) return;
    this.edited.set(key, { ref, text, dict: stream.dict });
  }

  /** Compresses every rewritten stream into the document, keeping its dictionary's other keys. */
  flush(): void {
    for (const { ref, text, dict } of this.edited.values()) {
      const replacement = this.doc.context.flateStream(Buffer.from(text, 'latin1'));
      for (const [key, value] of dict.entries()) {
        if (!['/Length', '/Filter', '/DecodeParms'].includes(key.asString()))
          replacement.dict.set(key, value);
      }
      this.doc.context.assign(ref, replacement);
    }
    this.edited.clear();
  }
}
