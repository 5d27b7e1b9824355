import path from 'node:path';
import type { PlanDocument } from '../model/types.ts';

/** A document a body link may point to. */
export interface LinkTarget {
  /** Its id: the path under content/ without `.md`. */
  id: string;
  /** Its slug: the page is `/dokument/<slug>/`. */
  slug: string;
  /** False for a draft in a production build or check: a link to it is an error. Default true. */
  published?: boolean;
  /** Anchors of its headings, for `plan.md#vurdering` (default: not checked). */
  anchors?: readonly string[];
}

/**
 * What the body plugins (rehype-local-links, rehype-local-images) need to
 * resolve the relative links and images of one document. Plain data, so a
 * test can write it as JSON. Without it the plugins leave relative URLs alone.
 */
export interface BodyContext {
  /** The content folder: absolute, or relative to the working directory (fixtures). */
  contentDir: string;
  /** Id of the document being rendered; relative paths start from its folder. */
  id: string;
  /** Its slug: copied files are published next to its page, `/dokument/<slug>/<file>`. */
  slug: string;
  /** Its vedlegg (content-relative files), whose URLs a body file must not take. */
  attachments?: readonly string[];
  /** Every document a link may point to (drafts included, marked unpublished). */
  documents: readonly LinkTarget[];
}

/**
 * The link targets for a set of documents. `publishDrafts` is true in dev and
 * preview builds; otherwise a draft is listed as unpublished, so a link to it
 * is reported instead of silently leaking its title or pointing nowhere.
 */
export function linkTargets(
  documents: readonly PlanDocument[],
  publishDrafts: boolean,
): LinkTarget[] {
  return documents.map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    published: publishDrafts || doc.status !== 'utkast',
    anchors: doc.headings.map((h) => h.anchor),
  }));
}

/** The body context of one document of the site. */
export function bodyContext(
  doc: PlanDocument,
  contentDir: string,
  documents: readonly LinkTarget[],
): BodyContext {
  return {
    contentDir: path.resolve(contentDir),
    id: doc.id,
    slug: doc.slug,
    attachments: doc.attachments.map((a) => a.file),
    documents,
  };
}
