import type { RenderResult } from '../markdown/pipeline.ts';
import type { PlanDocument } from '../model/types.ts';
import type { SiteOptions } from './options.ts';

/*
 * The one hand-over between whoever starts Astro and the pages it renders:
 * `npm run build` (src/lib/build/build-site.ts) before it calls Astro's build
 * API, or the dev server (src/integrations/planverk.ts). Pages ask for it
 * through getSiteData() and siteRun(); nothing reads the environment.
 *
 * Why a slot on globalThis: Astro renders the pages from a Vite bundle (build)
 * or in Vite's module runner (dev), which is another instance of this module
 * than the one the build or the integration imported. The process's
 * globalThis is what they share; this file is the only one that touches it.
 */

/** Who runs Astro and with what: set before Astro starts, read by every page. */
export interface SiteRun {
  /** `build`: `npm run build` renders into its staging directory; `dev`: `astro dev`. */
  command: 'build' | 'dev';
  options: SiteOptions;
  /** The documents the build has validated; the pages render these instead of reading content/ again. */
  documents?: readonly PlanDocument[];
  /** Their bodies as the validation rendered them (id → result); the pages use these as they are. */
  bodies?: ReadonlyMap<string, RenderResult>;
  /**
   * Ids of the documents whose page and print page Astro renders; absent: all.
   * The build takes the others' pages from its cache (src/lib/build/page-cache.ts).
   */
  pages?: ReadonlySet<string>;
}

interface Slot {
  run?: SiteRun;
  /** The pages' memoized data (src/lib/site/data.ts), forgotten when content changes in dev. */
  siteData?: Promise<unknown>;
}

const slot = ((globalThis as Record<symbol, Slot>)[Symbol.for('planverk.siteRun')] ??= {});

/** Thrown when pages are rendered without a run, e.g. by `npx astro build` alone. */
export class NoSiteRunError extends Error {
  override name = 'NoSiteRunError';
  constructor() {
    super(
      'Planverk builds its site with `npm run build`: it validates content/, renders the pages ' +
        'with Astro and then adds search, PDFs, open data and the attached files. ' +
        '`astro build` alone would publish an incomplete site, so it stops here.',
    );
  }
}

/** Starts a run: the pages rendered from now on see `run` (and nothing cached from before). */
export function startSiteRun(run: SiteRun): void {
  slot.run = run;
  delete slot.siteData;
}

/** Ends the run started by {@link startSiteRun}. */
export function endSiteRun(): void {
  delete slot.run;
  delete slot.siteData;
}

/** True while a run is going on (the integration checks this before `astro build`). */
export function hasSiteRun(): boolean {
  return slot.run !== undefined;
}

/** The current run; throws {@link NoSiteRunError} outside `npm run build` and `astro dev`. */
export function siteRun(): SiteRun {
  if (!slot.run) throw new NoSiteRunError();
  return slot.run;
}

/** The pages' memoized data for this run, made by `make` on first use. */
export function memoizedSiteData<T>(make: () => Promise<T>): Promise<T> {
  const cached = slot.siteData as Promise<T> | undefined;
  if (cached) return cached;
  const promise = make().catch((error: unknown) => {
    if (slot.siteData === promise) delete slot.siteData;
    throw error;
  });
  slot.siteData = promise;
  return promise;
}

/** Forgets the memoized page data, so the next page render reloads content/ (dev). */
export function invalidateSiteData(): void {
  delete slot.siteData;
}
