import { extensionOf } from '../core/file-name.ts';

/**
 * How the content of a publishable file must look:
 * `raster` any PNG/JPEG/GIF/WebP header (browsers sniff between images only),
 * `pdf`, `zip` (also docx/xlsx/pptx/odt/ods/odp), `ole` (doc/xls/ppt),
 * `rtf`, `text` (CSV/TXT with no markup a browser could take for HTML),
 * `svg` (an SVG drawing that passes svg-safety.ts).
 */
export type ContentRule = 'raster' | 'pdf' | 'zip' | 'ole' | 'ole-or-rtf' | 'rtf' | 'text' | 'svg';

/** A file type that is safe to serve from the site's own origin. */
export interface FileType {
  /** MIME type a server should send (and the dev server sends). */
  mime: string;
  /** What its bytes must look like. */
  content: ContentRule;
}

/**
 * Every type a vedlegg or a file linked or shown from a body may have, by
 * lower-case extension. Anything else (HTML, XHTML, XML, JavaScript, CSS,
 * JSON, WebAssembly, `.svgz`, no extension, …) is refused: served from the
 * site's origin it could run script there, or a browser could be led to
 * treat it as such. Word's `.doc` may be RTF inside: Word saves it so.
 */
export const PUBLISHABLE: Readonly<Record<string, FileType>> = {
  pdf: { mime: 'application/pdf', content: 'pdf' },
  png: { mime: 'image/png', content: 'raster' },
  jpg: { mime: 'image/jpeg', content: 'raster' },
  jpeg: { mime: 'image/jpeg', content: 'raster' },
  gif: { mime: 'image/gif', content: 'raster' },
  webp: { mime: 'image/webp', content: 'raster' },
  svg: { mime: 'image/svg+xml', content: 'svg' },
  doc: { mime: 'application/msword', content: 'ole-or-rtf' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: 'zip',
  },
  xls: { mime: 'application/vnd.ms-excel', content: 'ole' },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: 'zip',
  },
  ppt: { mime: 'application/vnd.ms-powerpoint', content: 'ole' },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    content: 'zip',
  },
  odt: { mime: 'application/vnd.oasis.opendocument.text', content: 'zip' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', content: 'zip' },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', content: 'zip' },
  rtf: { mime: 'application/rtf', content: 'rtf' },
  csv: { mime: 'text/csv; charset=utf-8', content: 'text' },
  txt: { mime: 'text/plain; charset=utf-8', content: 'text' },
  zip: { mime: 'application/zip', content: 'zip' },
};

/** The publishable type of `file` by its extension, or undefined when it may not be published. */
export function publishableType(file: string): (FileType & { ext: string }) | undefined {
  const ext = extensionOf(file);
  const type = Object.hasOwn(PUBLISHABLE, ext) ? PUBLISHABLE[ext] : undefined;
  return type && { ...type, ext };
}
