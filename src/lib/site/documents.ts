import type { SiteConfig } from '../config/schema.ts';
import { validateContent } from '../check/validate-content.ts';
import { ContentError, formatProblems, type Problem } from '../model/problems.ts';
import type { RenderResult } from '../markdown/pipeline.ts';
import type { RenderCache } from '../check/render-cache.ts';
import type { PlanDocument } from '../model/types.ts';
import type { SiteOptions } from './options.ts';
import { assertUniqueUrls } from '../core/urls.ts';
import { splitBroken } from './broken-documents.ts';

/**
 * Validates the content with the checker's own validation (documents,
 * status-update files, Markdown problems) and returns what the site
 * publishes, the drafts that were read (for the build's draft gate) and the
 * rendered bodies (for the pages and the copied files). Any error throws a
 * {@link ContentError} holding every problem, so the build and the dev server
 * stop with exactly the messages `npm run check` prints; warnings are passed
 * to `warn` and let through.
 *
 * With `isolateBroken` (the dev server), a document with errors is left out
 * and its problems are returned by its page URL instead, so the rest of the
 * site still renders; errors that belong to no document still throw.
 */
export async function loadSiteContent(
  options: SiteOptions,
  config: SiteConfig,
  warn: (text: string) => void = console.warn,
  isolateBroken = false,
  renderCache?: RenderCache,
): Promise<{
  documents: PlanDocument[];
  drafts: PlanDocument[];
  bodies: Map<string, RenderResult>;
  broken: Map<string, Problem[]>;
  problems: Problem[];
  /** With `renderCache`: each body's render key (id → key). */
  renderKeys: Map<string, string>;
}> {
  const { documents, allDocuments, problems, bodies, renderKeys } = await validateContent({
    root: options.root,
    contentDir: options.contentDir,
    includeDrafts: options.includeDrafts,
    config,
    // The print pages (src/pages/utskrift) use it instead of rendering each body again.
    print: true,
    ...(renderCache ? { renderCache } : {}),
  });
  let kept = documents;
  let broken = new Map<string, Problem[]>();
  if (problems.some((p) => p.severity === 'error')) {
    if (!isolateBroken) throw new ContentError(problems);
    const split = splitBroken(problems, options.root, options.contentDir);
    if (split.siteErrors.length > 0) throw new ContentError(problems);
    kept = documents.filter((doc) => !split.files.has(doc.sourcePath));
    broken = split.byUrl;
  }
  if (problems.length > 0) warn(formatProblems(problems));
  return {
    documents: siteDocuments(kept, options.includeDrafts),
    drafts: allDocuments.filter((doc) => doc.status === 'utkast'),
    bodies,
    broken,
    problems,
    renderKeys,
  };
}

/**
 * The documents the site shows: in production, drafts are removed and so are
 * references to them, so not even a title leaks. Throws when two would share a URL.
 */
function siteDocuments(documents: readonly PlanDocument[], includeDrafts: boolean): PlanDocument[] {
  const published = includeDrafts ? documents : documents.filter((doc) => doc.status !== 'utkast');
  const site = pruneReferences(published);
  assertUniqueUrls(site);
  return site;
}

/** Drops references to documents that are not on the site (drafts in production). */
function pruneReferences(documents: readonly PlanDocument[]): PlanDocument[] {
  const ids = new Set(documents.map((doc) => doc.id));
  return documents.map((doc) => {
    const copy: PlanDocument = { ...doc, related: doc.related.filter((id) => ids.has(id)) };
    if (copy.replaces !== undefined && !ids.has(copy.replaces)) delete copy.replaces;
    if (copy.replacedBy !== undefined && !ids.has(copy.replacedBy)) delete copy.replacedBy;
    if (copy.strategy !== undefined && !ids.has(copy.strategy)) delete copy.strategy;
    return copy;
  });
}
