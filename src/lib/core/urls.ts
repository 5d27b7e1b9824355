import path from 'node:path';
import { slugify } from './slug.ts';

/** What a URL builder needs of a document: its slug (core sits below the model, so no PlanDocument here). */
export interface Slugged {
  slug: string;
}

/** What the URL collision check needs of a document. */
export interface UrlOwner extends Slugged {
  sourcePath: string;
  attachments: readonly { file: string }[];
}

/** Error for two documents or files that would get the same URL (for the developer, in English). */
export class UrlCollisionError extends Error {
  override name = 'UrlCollisionError';
}

/**
 * The page URL of a document, relative to the site root: `/dokument/<slug>/`.
 * `slug` comes from the model (the id slugged per segment, see
 * src/lib/core/slug.ts), so `tysnes/Digitalisering i kommunal sektor`
 * becomes `/dokument/tysnes/digitalisering-i-kommunal-sektor/`.
 */
export function documentUrl(doc: Slugged): string {
  return `/dokument/${doc.slug}/`;
}

/** The URL of the PDF a later step prints next to the page: `/dokument/<slug>/<last-segment>.pdf`. */
export function documentPdfUrl(doc: Slugged): string {
  return `/dokument/${doc.slug}/${doc.slug.split('/').at(-1)}.pdf`;
}

/** A transliterated file name: `Årsrapport 2020 (endeleg).PDF` → `arsrapport-2020-endeleg.pdf`. */
export function attachmentFileName(file: string): string {
  const ext = path.posix.extname(file);
  const stem = slugify(path.posix.basename(file, ext)) || 'vedlegg';
  const cleanExt = slugify(ext.slice(1));
  return cleanExt ? `${stem}.${cleanExt}` : stem;
}

/** The URL of an attachment, next to its document's page. */
export function attachmentUrl<A extends { file: string }>(doc: Slugged, attachment: A): string {
  return `${documentUrl(doc)}${attachmentFileName(attachment.file)}`;
}

/** The URL of a kommune's list page. */
export function kommuneUrl(slug: string): string {
  return `/kommune/${slug}/`;
}

/**
 * Checks that no two documents, attachments or reserved files (the PDF) share
 * a URL, so one can never overwrite another in dist/. Throws listing every clash.
 */
export function assertUniqueUrls(documents: readonly UrlOwner[]): void {
  const owners = new Map<string, string>();
  const clashes: string[] = [];
  const claim = (url: string, owner: string): void => {
    const key = url.toLowerCase();
    const previous = owners.get(key);
    if (previous !== undefined) clashes.push(`  ${url}: ${previous} and ${owner}`);
    else owners.set(key, owner);
  };
  for (const doc of documents) {
    const source = doc.sourcePath;
    claim(documentUrl(doc), source);
    claim(documentPdfUrl(doc), `${source} (PDF)`);
    for (const a of doc.attachments) claim(attachmentUrl(doc, a), `${source} (vedlegg ${a.file})`);
  }
  if (clashes.length > 0) {
    throw new UrlCollisionError(
      `These would be published at the same URL; rename one of each pair:\n${clashes.join('\n')}`,
    );
  }
}
