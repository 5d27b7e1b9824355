import type { SiteConfig } from '../config/schema.ts';
import { loadContent } from '../model/load.ts';
import { ContentError, formatProblems } from '../model/problems.ts';
import type { PlanDocument } from '../model/types.ts';
import type { SiteOptions } from './options.ts';
import { assertUniqueUrls } from './urls.ts';

/**
 * Loads and validates the content the site publishes. Every problem the
 * checker (`npm run check`) reports stops the build here with the same
 * messages; warnings are printed and let through. In production, drafts are
 * removed and so are references to them, so not even a title leaks.
 */
export async function loadSiteDocuments(
  options: SiteOptions,
  config: SiteConfig,
  warn: (text: string) => void = console.warn,
): Promise<PlanDocument[]> {
  const { documents, problems } = await loadContent({
    root: options.root,
    contentDir: options.contentDir,
    includeDrafts: options.includeDrafts,
    config,
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(problems);
  if (problems.length > 0) warn(formatProblems(problems));
  const published = options.includeDrafts
    ? documents
    : documents.filter((doc) => doc.status !== 'utkast');
  const site = pruneReferences(published);
  assertUniqueUrls(site);
  return site;
}

/** Drops references to documents that are not on the site (drafts in production). */
function pruneReferences(documents: PlanDocument[]): PlanDocument[] {
  const ids = new Set(documents.map((doc) => doc.id));
  return documents.map((doc) => {
    const copy: PlanDocument = { ...doc, related: doc.related.filter((id) => ids.has(id)) };
    if (copy.replaces !== undefined && !ids.has(copy.replaces)) delete copy.replaces;
    if (copy.replacedBy !== undefined && !ids.has(copy.replacedBy)) delete copy.replacedBy;
    if (copy.strategy !== undefined && !ids.has(copy.strategy)) delete copy.strategy;
    return copy;
  });
}
