import { attachmentFileName, documentUrl } from './urls.ts';

/** A file a document body uses (an image, or a linked file), and where it is published. */
export interface BodyAsset {
  /** Path relative to content/, POSIX separators (`tysnes/bilete/figur 1.png`). */
  file: string;
  /** Absolute path of the source file. */
  source: string;
  /** Site-root URL next to the document's page (`/dokument/tysnes/plan/figur-1.png`). */
  url: string;
  /** `image` for `<img>`, `file` for a link target. */
  kind: 'image' | 'file';
}

/**
 * The URL a body file is published at: next to its document's page, under
 * the same transliterated name a vedlegg would get, so the page, the print
 * page (`/utskrift/…`) and the dev server all load it from one address.
 */
export function bodyAssetUrl(slug: string, file: string): string {
  return `${documentUrl({ slug })}${attachmentFileName(file)}`;
}
