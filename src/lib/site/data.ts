import config from '../../../planverk.config.ts';
import type { BodyAsset } from '../core/asset-url.ts';
import { bodyContext, linkTargets, type BodyContext } from '../assets/context.ts';
import type { SiteConfig } from '../config/schema.ts';
import { renderMarkdown } from '../markdown/pipeline.ts';
import type { Heading, PlanDocument } from '../model/types.ts';
import { loadSiteDocuments } from './documents.ts';
import { readSiteOptions, type SiteOptions } from './options.ts';
import { documentUrl } from '../core/urls.ts';

/*
 * Decision: pages use plain getStaticPaths over this memoized loader rather
 * than Astro's content layer. The model (src/lib/content/load.ts) already
 * validates across documents and reports every problem at once, and the
 * body is rendered by the one pipeline (src/lib/markdown/pipeline.ts) that
 * the PDF step and the tests also use; a content-layer loader would only
 * wrap that and add a data store to keep in sync. Dev-mode reload comes from
 * src/integrations/planverk.ts, which watches content/ and calls
 * invalidateSiteData() before asking the browser to reload.
 */

/** A document ready for the templates: the model plus its rendered body. */
export interface SiteDocument {
  doc: PlanDocument;
  /** Page URL relative to the site root, `/dokument/<slug>/`. */
  url: string;
  /** Sanitised body HTML (no h1; headings carry anchors). */
  html: string;
  headings: Heading[];
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
}

// The cache lives on globalThis because Astro's dev server loads this module
// in Vite's module runner while the integration that invalidates it runs in
// the host; both share one globalThis.
const CACHE = Symbol.for('planverk.siteData');
type Cache = { promise?: Promise<SiteData>; validated?: PlanDocument[] };
const cache = ((globalThis as Record<symbol, Cache>)[CACHE] ??= {});

/** Forgets the cached site data, so the next page render reloads content/. */
export function invalidateSiteData(): void {
  delete cache.promise;
  delete cache.validated;
}

/**
 * Hands the pages the documents the build has just validated (scripts/build.ts
 * runs Astro in the same process), so the prerender does not load and
 * validate content/ a second time. `undefined` forgets them.
 */
export function useValidatedDocuments(documents: PlanDocument[] | undefined): void {
  invalidateSiteData();
  if (documents) cache.validated = documents;
}

/** Loads, validates and renders the site's documents once; every page calls this. */
export function getSiteData(): Promise<SiteData> {
  cache.promise ??= buildSiteData(readSiteOptions()).catch((error: unknown) => {
    delete cache.promise;
    throw error;
  });
  return cache.promise;
}

async function buildSiteData(options: SiteOptions): Promise<SiteData> {
  // Validation reports every problem (Markdown ones included) before rendering.
  const models = cache.validated ?? (await loadSiteDocuments(options, config));
  const documents: SiteDocument[] = [];
  const targets = linkTargets(models, true);
  for (const doc of models) {
    const body = bodyContext(doc, options.contentDir, targets);
    const rendered = await renderMarkdown(doc.body, {
      malform: doc.malform,
      path: doc.sourcePath,
      siteUrl: config.baseUrl,
      body,
    });
    documents.push({
      doc,
      url: documentUrl(doc),
      html: rendered.html,
      headings: rendered.headings,
      body,
      assets: rendered.assets,
      draft: doc.status === 'utkast',
    });
  }
  documents.sort(
    (a, b) => b.doc.date.localeCompare(a.doc.date) || a.doc.title.localeCompare(b.doc.title, 'nb'),
  );
  return { config, options, documents, byId: new Map(documents.map((d) => [d.doc.id, d])) };
}

/** `getStaticPaths` of every per-document route (the page and its print layout): slug → id. */
export async function documentPaths(): Promise<
  { params: { slug: string }; props: { id: string } }[]
> {
  const site = await getSiteData();
  return site.documents.map((item) => ({
    params: { slug: item.doc.slug },
    props: { id: item.doc.id },
  }));
}
