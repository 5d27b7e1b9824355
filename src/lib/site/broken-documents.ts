import path from 'node:path';
import { documentUrl } from '../core/urls.ts';
import { documentId, MARKDOWN } from '../model/document-id.ts';
import { documentSlug } from '../model/document.ts';
import type { Problem } from '../model/problems.ts';

/*
 * The dev server keeps the site running while one document is wrong: that
 * document's page shows its own problems (src/integrations/planverk.ts) and
 * every other page renders. Only problems that belong to no document (a
 * status-update file, two documents on one URL) still hold the whole site.
 */

/** What the dev server does with the content's errors. */
export interface BrokenSplit {
  /** Page URL of each document with errors → its problems (warnings included). */
  byUrl: Map<string, Problem[]>;
  /** Source paths of those documents, so the site leaves them out. */
  files: Set<string>;
  /** Errors that belong to no single document page; any of them holds the whole site. */
  siteErrors: Problem[];
}

/**
 * Splits problems by the document page they belong to. `root` and
 * `contentDir` are absolute; `Problem.file` is relative to `root`. A file
 * that failed to load still gets the URL its id would have had.
 */
export function splitBroken(
  problems: readonly Problem[],
  root: string,
  contentDir: string,
): BrokenSplit {
  const errorFiles = new Set(
    problems.filter((p) => p.severity === 'error' && MARKDOWN.test(p.file)).map((p) => p.file),
  );
  const byUrl = new Map<string, Problem[]>();
  const siteErrors: Problem[] = [];
  for (const p of problems) {
    if (!errorFiles.has(p.file)) {
      if (p.severity === 'error') siteErrors.push(p);
      continue;
    }
    const relative = path.relative(contentDir, path.resolve(root, p.file));
    if (relative.startsWith('..')) {
      siteErrors.push(p);
      continue;
    }
    const url = documentUrl({ slug: documentSlug(documentId(relative)) });
    byUrl.set(url, [...(byUrl.get(url) ?? []), p]);
  }
  return { byUrl, files: errorFiles, siteErrors };
}
