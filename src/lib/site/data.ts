import config from '../../../planverk.config.ts';
import type { BodyAsset } from '../core/asset-url.ts';
import { bodyContext, linkTargets, type BodyContext } from '../assets/context.ts';
import type { SiteConfig } from '../config/schema.ts';
import { renderMarkdown, type RenderResult } from '../markdown/pipeline.ts';
import type { Problem } from '../model/problems.ts';
import type { Heading, PlanDocument } from '../model/types.ts';
import { loadSiteContent } from './documents.ts';
import { memoizedSiteData, siteRun } from './handover.ts';
import type { SiteOptions } from './options.ts';
import { documentUrl } from '../core/urls.ts';

/*
 * Decision: pages use plain getStaticPaths over this memoized loader rather
 * than Astro's content layer. The model (src/lib/content/load.ts) already
 * validates across documents and reports every problem at once, and the
 * body is rendered by the one pipeline (src/lib/markdown/pipeline.ts) that
 * the PDF step and the tests also use; a content-layer loader would only
 * wrap that and add a data store to keep in sync. Dev-mode reload comes from
 * src/integrations/planverk.ts, which watches content/ and calls
 * invalidateSiteData() (handover.ts) before asking the browser to reload.
 */

/** A document ready for the templates: the model plus its rendered body. */
export interface SiteDocument {
  doc: PlanDocument;
  /** Page URL relative to the site root, `/dokument/<slug>/`. */
  url: string;
  /** Sanitised body HTML (no h1; headings carry anchors). */
  html: string;
  headings: Heading[];
  /** The body as the print page shows it, from the same render (absent: the print page renders it). */
  printHtml?: string;
  /** Where the body's relative links and images resolve (the print page renders with it too). */
  body: BodyContext;
  /** Files the body uses, published next to the page (the dev server serves them from here). */
  assets: BodyAsset[];
  /** True for `status: utkast` (only ever present in dev and preview builds). */
  draft: boolean;
}

/** Everything the pages need, computed once per build (and per content change in dev). */
export interface SiteData {
  config: SiteConfig;
  options: SiteOptions;
  /** Newest first (by `dato`, then title). */
  documents: SiteDocument[];
  byId: Map<string, SiteDocument>;
  /** Dev server: page URL of each document left out for its errors → its problems. */
  broken: Map<string, Problem[]>;
  /** Every problem of each shown document's file (warnings), for the dev page's notes. */
  problemsByFile: Map<string, Problem[]>;
}

/**
 * Loads, validates and renders the site's documents once per run (and per
 * content change in dev, see invalidateSiteData in handover.ts); every page
 * calls this. Throws NoSiteRunError when Astro was started without
 * `npm run build` or `astro dev` (handover.ts).
 */
export function getSiteData(): Promise<SiteData> {
  const run = siteRun();
  return memoizedSiteData(() =>
    buildSiteData(run.options, run.documents, run.bodies, run.command === 'dev'),
  );
}

async function buildSiteData(
  options: SiteOptions,
  validated: readonly PlanDocument[] | undefined,
  bodies: ReadonlyMap<string, RenderResult> | undefined,
  dev: boolean,
): Promise<SiteData> {
  // Validation reports every problem (Markdown ones included) before
  // rendering, and its render of each body is the page's (dev server).
  let broken = new Map<string, Problem[]>();
  const problemsByFile = new Map<string, Problem[]>();
  if (!validated) {
    let problems: Problem[];
    ({
      documents: validated,
      bodies,
      broken,
      problems,
    } = await loadSiteContent(options, config, console.warn, dev));
    for (const p of problems)
      problemsByFile.set(p.file, [...(problemsByFile.get(p.file) ?? []), p]);
  }
  const models = validated;
  const documents: SiteDocument[] = [];
  const targets = linkTargets(models, true);
  for (const doc of models) {
    const body = bodyContext(doc, options.contentDir, targets);
    // The build's validation has rendered the body with these same options already.
    const rendered =
      bodies?.get(doc.id) ??
      (await renderMarkdown(doc.body, {
        malform: doc.malform,
        path: doc.sourcePath,
        siteUrl: config.baseUrl,
        body,
      }));
    documents.push({
      doc,
      url: documentUrl(doc),
      html: rendered.html,
      headings: rendered.headings,
      ...(rendered.printHtml === undefined ? {} : { printHtml: rendered.printHtml }),
      body,
      assets: rendered.assets,
      draft: doc.status === 'utkast',
    });
  }
  documents.sort(
    (a, b) => b.doc.date.localeCompare(a.doc.date) || a.doc.title.localeCompare(b.doc.title, 'nb'),
  );
  return {
    config,
    options,
    documents,
    byId: new Map(documents.map((d) => [d.doc.id, d])),
    broken,
    problemsByFile,
  };
}

/** `getStaticPaths` of every per-document route (the page and its print layout): slug → id. */
export async function documentPaths(): Promise<
  { params: { slug: string }; props: { id: string } }[]
> {
  const site = await getSiteData();
  // An incremental build renders only the documents whose pages its cache lacks.
  const only = siteRun().pages;
  const shown = only ? site.documents.filter((item) => only.has(item.doc.id)) : site.documents;
  return shown.map((item) => ({
    params: { slug: item.doc.slug },
    props: { id: item.doc.id },
  }));
}
