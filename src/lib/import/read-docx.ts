import mammoth from 'mammoth';
import { sniff } from '../files/sniff.ts';

/** One picture from the document, as bytes, before it is written beside the Markdown. */
export interface DocxImage {
  /** 1-based, in document order; the `src` mammoth puts in the HTML is `planverk-image:<n>`. */
  n: number;
  /** File extension the bytes proved to be (`png`, `jpg`, `gif`, `webp`), or undefined when not a web image. */
  ext: string | undefined;
  /** What Word called the type (`image/x-emf`), for the message when it cannot be shown. */
  contentType: string;
  bytes: Buffer;
  /** The alt text (Word's «Alternativ tekst»), or undefined. */
  alt: string | undefined;
}

/** mammoth's reading of a .docx: HTML, pictures and its own warnings (English, for the developer). */
export interface DocxReading {
  html: string;
  images: DocxImage[];
  warnings: string[];
}

// Word's and LibreOffice's names for the title and table-of-contents styles;
// mammoth would make them plain paragraphs. `p.planverk-toc` lines are dropped later.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Tittel'] => h1:fresh",
  "p[style-name='Subtitle'] => p.planverk-subtitle:fresh",
  "p[style-name^='toc'] => p.planverk-toc:fresh",
  "p[style-name^='TOC'] => p.planverk-toc:fresh",
  "p[style-name^='Contents'] => p.planverk-toc:fresh",
  "p[style-name^='Innholdsfortegnelse'] => p.planverk-toc:fresh",
];

const WEB_IMAGES: Record<string, string> = { PNG: 'png', JPEG: 'jpg', GIF: 'gif', WebP: 'webp' };

/**
 * Converts a .docx (already proved safe by readDocxSafely) to HTML with
 * mammoth. Pictures are kept as bytes and referred to by number, so no name
 * from inside the zip ever becomes a path; their type is taken from the
 * bytes, not from what the zip claims.
 */
export async function readDocx(bytes: Buffer): Promise<DocxReading> {
  const images: DocxImage[] = [];
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: STYLE_MAP,
      // Never follow a picture linked to a file outside the .docx (a path on the clerk's disk).
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const data = await image.readAsBuffer();
        const kind = sniff(new Uint8Array(data));
        const n = images.length + 1;
        // mammoth reads Word's alt text (wp:docPr/@descr) but its types leave it out.
        const alt = (image as { altText?: string }).altText?.trim();
        images.push({
          n,
          ext: WEB_IMAGES[kind],
          contentType: image.contentType,
          bytes: data,
          alt: alt === '' ? undefined : alt,
        });
        return { src: `planverk-image:${n}` };
      }),
    },
  );
  return {
    html: result.value,
    images,
    warnings: result.messages.map((m) => m.message),
  };
}
