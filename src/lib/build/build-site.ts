import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext, StepLogger } from '../output/step.ts';
import config from '../../../planverk.config.ts';
import { BUILD_STEPS, SHARD_STEPS, withoutPdfs } from './build-steps.ts';
import { runStepGraph } from './step-graph.ts';
import { besideLiveLine } from '../output/progress.ts';
import { endSiteRun, startSiteRun, type SiteRun } from '../site/handover.ts';
import { loadSiteContent } from '../site/documents.ts';
import { findDraftLeaks } from './draft-guard.ts';
import { withBuildLock } from './build-lock.ts';
import type { PlanDocument } from '../model/types.ts';
import type { RenderResult } from '../markdown/pipeline.ts';
import { ENV, siteOptions, type SiteOptions } from '../site/options.ts';
import { count } from '../core/log-count.ts';
import { holdAfterMoveAside, publishStaged } from './publish.ts';
import { restoreOutput } from './recover-publish.ts';
import { inShard, seedCacheFromShards, type Shard } from './shard.ts';
import { codeFingerprint } from '../files/code-fingerprint.ts';
import { RenderCache } from '../check/render-cache.ts';
import { loadStatusData } from '../data/states.ts';
import { pageKeys } from './page-keys.ts';
import { PageCache } from './page-cache.ts';
import { closePrelaunchedChromium, prelaunchChromium } from '../browser/chromium.ts';
import {
  buildInputsDigest,
  isUpToDate,
  readPublishedRecord,
  treeDigest,
  writePublishedRecord,
} from './up-to-date.ts';

/** What `npm run build` is asked to do. */
export interface BuildSiteOptions {
  root: string;
  /** Content directory (absolute); default `<root>/content`. */
  contentDir?: string | undefined;
  /** Final output (absolute); default `dist/`, or `dist-preview/` for a preview build. */
  outDir?: string | undefined;
  /** Show drafts, marked as such (never written to dist/ by default). */
  preview: boolean;
  logger: StepLogger;
  /**
   * Print the PDFs and render the cards of this share of the documents only,
   * into `outDir` (a cache folder for `assemble`), and publish no site.
   */
  shard?: Shard | undefined;
  /** Shards' output folders whose PDFs and cards this build takes instead of making them. */
  assemble?: readonly string[] | undefined;
  /** Build everything even when nothing changed since the last build (src/lib/build/up-to-date.ts). */
  force?: boolean | undefined;
}

/** Counts of a finished build, for the log and the tests. */
export interface BuildSiteResult {
  outDir: string;
  documents: number;
  pages: number;
  ms: number;
}

/**
 * Builds the site: validate content (stop on any problem before Astro
 * starts), render the pages with Astro into a staging directory, run the
 * post-build steps there, then swap it in for the output directory. Any
 * failure throws and leaves the previous output untouched.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const { root, logger, preview } = options;
  const { shard } = options;
  const outDir =
    options.outDir ??
    path.join(
      root,
      shard ? `dist-shard-${shard.index}-of-${shard.count}` : preview ? 'dist-preview' : 'dist',
    );
  // Before anything else: a build that died mid-swap may have left no output folder.
  await withBuildLock(root, () => restoreOutput(outDir, root, logger), logger.info);
  const site = siteOptions(root, preview, options.contentDir ?? path.join(root, 'content'));
  if (options.assemble) {
    // First: a wrong folder is a setup error, found before minutes of validation.
    const copied = await seedCacheFromShards(options.assemble, cacheDirOf(root));
    logger.info(
      `assemble: ${count(copied, 'file')} from ${count(options.assemble.length, 'shard')} in the build cache`,
    );
  }

  const fingerprint = await codeFingerprint(root);
  // Nothing changed since the build that published outDir, and outDir is as it
  // left it: say so and stop (the same warnings as that build printed).
  const hold = process.env[ENV.holdAfterMoveAside] === '1';
  const inputs =
    shard || options.assemble || hold
      ? undefined
      : await buildInputsDigest({
          fingerprint,
          config,
          contentDir: site.contentDir,
          outDir,
          includeDrafts: site.includeDrafts,
          today: site.today,
        });
  if (inputs !== undefined && !options.force) {
    // Under the lock: no other build is swapping outDir while it is compared,
    // and what a killed build left in staging goes, as a full build would remove it.
    const record = await withBuildLock(
      root,
      async () => {
        const found = await readPublishedRecord(cacheDirOf(root), outDir);
        if (!found || !(await isUpToDate(found, inputs, outDir))) return undefined;
        await rm(stagingDirOf(root, outDir), { recursive: true, force: true });
        return found;
      },
      logger.info,
    );
    if (record) {
      for (const text of record.warnings)
        logger.warn(`content warnings (npm run check lists the same):\n${text}`);
      logger.info(
        `up to date: nothing changed since the last build (content, configuration, code, ` +
          `Chromium, date), and ${path.relative(root, outDir) || outDir} is as it published it ` +
          `(${count(record.documents, 'document')}, ${count(record.pages, 'page')}); ` +
          `\`npm run build -- --force\` builds it all again. ${ms(started)} total`,
      );
      return {
        outDir,
        documents: record.documents,
        pages: record.pages,
        ms: performance.now() - started,
      };
    }
  }

  const t = performance.now();
  const warnings: string[] = [];
  // Bodies whose inputs did not change since a build that rendered them come
  // from the cache (src/lib/check/render-cache.ts); the problems are the same.
  const renderCache = new RenderCache(cacheDirOf(root), fingerprint);
  // The checker's own validation (status updates and bodies included) stops
  // the build before Astro starts, with exactly the lines `npm run check` prints.
  const {
    documents,
    drafts: allDrafts,
    bodies,
    renderKeys,
  } = await loadSiteContent(
    site,
    config,
    (text) => {
      warnings.push(text);
      logger.warn(`content warnings (npm run check lists the same):\n${text}`);
    },
    false,
    renderCache,
  );
  const shownDrafts = documents.filter((d) => d.status === 'utkast').length;
  const previewNote = preview ? ` (${count(shownDrafts, 'draft')} shown, preview)` : '';
  logger.info(`content: ${count(documents.length, 'document')}${previewNote} valid in ${ms(t)}`);
  await renderCache.prune();
  logger.info(
    `content: ${renderCache.misses.length} ${renderCache.misses.length === 1 ? 'body' : 'bodies'} rendered${listed(renderCache.misses)}, ${renderCache.hits} from the cache; ` +
      `${count(renderCache.checks.misses, 'file')} checked, ${renderCache.checks.hits} from the cache`,
  );

  const drafts = preview ? [] : allDrafts;
  if (drafts.length > 0) logger.info(`content: ${count(drafts.length, 'draft')} left out`);
  if (shard) {
    return withBuildLock(
      root,
      () =>
        buildShard(
          options,
          site,
          outDir,
          shard,
          { documents, drafts, bodies, renderKeys, fingerprint },
          started,
        ),
      logger.info,
    );
  }
  return withBuildLock(
    root,
    () =>
      stageAndPublish(
        options,
        site,
        outDir,
        { documents, drafts, bodies, renderKeys, fingerprint, inputs, warnings },
        started,
      ),
    logger.info,
  );
}

/** What the one validation gave: the site's documents, the drafts left out, the rendered bodies. */
interface LoadedSite {
  documents: PlanDocument[];
  drafts: PlanDocument[];
  bodies: Map<string, RenderResult>;
  /** Each body's render cache key (id → key). */
  renderKeys: Map<string, string>;
  /** codeFingerprint() of the project. */
  fingerprint: string;
  /** buildInputsDigest() of this build, recorded once it has published (none for a shard). */
  inputs?: string | undefined;
  /** The content warnings printed, recorded with it. */
  warnings?: readonly string[];
}

/** Astro into staging, the post-build steps, the draft gate, then the swap. */
async function stageAndPublish(
  options: BuildSiteOptions,
  site: SiteOptions,
  outDir: string,
  loaded: LoadedSite,
  started: number,
): Promise<BuildSiteResult> {
  const { root, logger, preview } = options;
  const { documents, drafts, bodies } = loaded;
  let t: number;
  const stagingDir = stagingDirOf(root, outDir);
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(path.dirname(stagingDir), { recursive: true });
  try {
    t = performance.now();
    const cpu = process.cpuUsage();
    await renderPagesReusing(site, loaded, stagingDir, cacheDirOf(root), logger);
    const pages = await countHtml(stagingDir);
    logger.info(`astro: ${count(pages, 'page')} in ${ms(t)} (${cpuMs(cpu)})`);
    // The steps read only the files each body uses; the bodies' HTML, print
    // HTML, text and messages are let go here, before the cards and the
    // search index (issue 11: half a GB at 5,000 documents). Nothing reads
    // `bodies` after Astro but the steps.
    const assets = new Map([...bodies].map(([id, body]) => [id, { assets: body.assets }]));
    bodies.clear();

    const context: BuildContext = {
      root,
      outDir: stagingDir,
      contentDir: site.contentDir,
      cacheDir: cacheDirOf(root),
      documents,
      bodies: assets,
      config,
      preview,
      // Two steps run at once: one may hold a counter's line in place.
      logger: besideLiveLine(logger),
      parallel: parallelFromEnv(process.env[ENV.pdfParallel]),
      logEach: process.env[ENV.pdfLog] === 'each',
    };
    await runStepGraph(
      skipsPdfs() ? withoutPdfs(BUILD_STEPS) : BUILD_STEPS,
      async (step) => {
        const begun = performance.now();
        await step.run(context);
        context.logger.info(`step ${step.name}: done in ${ms(begun)}`);
      },
      STEPS_AT_ONCE,
    );
    const leaks = await findDraftLeaks(stagingDir, drafts, documents);
    if (leaks.length > 0) {
      throw new Error(
        `Drafts leaked into the production build; not published:\n  ${leaks.join('\n  ')}`,
      );
    }
    const hold = process.env[ENV.holdAfterMoveAside] === '1';
    await publishStaged(stagingDir, outDir, hold ? holdAfterMoveAside(HOLD_MARKER) : undefined);
    if (loaded.inputs !== undefined) {
      const tree = await treeDigest(outDir);
      if (tree !== undefined)
        await writePublishedRecord(cacheDirOf(root), outDir, {
          version: 1,
          inputs: loaded.inputs,
          tree,
          documents: documents.length,
          pages,
          warnings: [...(loaded.warnings ?? [])],
        });
    }
    logger.info(`published ${path.relative(root, outDir) || outDir} in ${ms(started)} total`);
    return { outDir, documents: documents.length, pages, ms: performance.now() - started };
  } finally {
    await closePrelaunchedChromium();
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/** Where a build of `outDir` stages its output before the swap. */
function stagingDirOf(root: string, outDir: string): string {
  return path.join(root, '.planverk', 'staging', path.basename(outDir));
}

/** The cache that survives builds: `PLANVERK_CACHE_DIR` or `.planverk/cache`. */
function cacheDirOf(root: string): string {
  return path.resolve(root, process.env[ENV.cacheDir] ?? '.planverk/cache');
}

/**
 * One shard of a CI build (src/lib/build/shard.ts): the pages rendered as
 * always (the print pages and what they load are part of a PDF's cache
 * key), then the steps up to the cards, for the shard's documents, with
 * `outDir` as their cache. The staged site is thrown away.
 */
async function buildShard(
  options: BuildSiteOptions,
  site: SiteOptions,
  outDir: string,
  shard: Shard,
  loaded: LoadedSite,
  started: number,
): Promise<BuildSiteResult> {
  const { root, logger, preview } = options;
  const { documents, bodies } = loaded;
  const mine = documents.filter((doc) => inShard(doc.id, shard));
  const stagingDir = stagingDirOf(root, outDir);
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  try {
    let t = performance.now();
    await renderPagesReusing(site, loaded, stagingDir, cacheDirOf(root), logger);
    logger.info(`astro: pages in ${ms(t)}`);
    logger.info(
      `shard ${shard.index}/${shard.count}: ${count(mine.length, 'document')} of ${documents.length}`,
    );
    const context: BuildContext = {
      root,
      outDir: stagingDir,
      contentDir: site.contentDir,
      cacheDir: outDir,
      documents: mine,
      bodies,
      config,
      preview,
      logger,
      parallel: parallelFromEnv(process.env[ENV.pdfParallel]),
      logEach: process.env[ENV.pdfLog] === 'each',
    };
    for (const step of BUILD_STEPS.filter((s) => SHARD_STEPS.includes(s.name))) {
      t = performance.now();
      await step.run(context);
      logger.info(`step ${step.name}: done in ${ms(t)}`);
    }
    logger.info(
      `shard written to ${path.relative(root, outDir) || outDir} in ${ms(started)} total`,
    );
    return { outDir, documents: mine.length, pages: 0, ms: performance.now() - started };
  } finally {
    await closePrelaunchedChromium();
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/**
 * Renders the pages into `stagingDir`, but a document's page and print page
 * whose inputs match a page of an earlier build (src/lib/build/page-keys.ts)
 * are copied from the page cache instead of rendered by Astro. Every other
 * page (lists, feeds, data pages, search, 404) is rendered every time.
 */
async function renderPagesReusing(
  site: SiteOptions,
  { documents, bodies, renderKeys, fingerprint }: LoadedSite,
  stagingDir: string,
  cacheDir: string,
  logger: StepLogger,
): Promise<void> {
  const { states } = await loadStatusData(documents, {
    root: site.root,
    contentDir: site.contentDir,
    defaultMalform: config.defaultMalform,
  });
  const keys = pageKeys({ fingerprint, options: site, config, documents, renderKeys, states });
  const cache = new PageCache(cacheDir);
  const reused: PlanDocument[] = [];
  const rendered: PlanDocument[] = [];
  for (const doc of documents) {
    const key = keys.get(doc.id);
    if (key !== undefined && (await cache.has(key))) reused.push(doc);
    else rendered.push(doc);
  }
  const pages = new Set(rendered.map((doc) => doc.id));
  // A print page Astro renders anew will likely be printed: Chromium starts
  // now, in its own processes, while Astro renders (the PDF step takes it;
  // the build closes it if nothing is printed).
  if (rendered.length > 0 && !skipsPdfs()) prelaunchChromium();
  // The pages render what was validated above instead of loading content/ again.
  await renderPages({ command: 'build', options: site, documents, bodies, pages }, stagingDir, {
    cacheDir,
    fingerprint,
    logger,
  });
  for (const doc of reused) await cache.restore(keys.get(doc.id) as string, doc, stagingDir);
  for (const doc of rendered) {
    const key = keys.get(doc.id);
    if (key !== undefined) await cache.store(key, doc, stagingDir);
  }
  await cache.prune();
  logger.info(
    `pages: ${count(rendered.length, 'document')} rendered${listed(rendered.map((d) => d.id))}, ${reused.length} from the cache`,
  );
}

/** ` (a, b)` for a few ids, so a log shows what a small rebuild did; nothing for many or none. */
function listed(ids: readonly string[]): string {
  return ids.length > 0 && ids.length <= 10 ? ` (${ids.join(', ')})` : '';
}

/**
 * Post-build steps at once: the PDF step (Chromium, which prints on its own
 * pages in parallel) and one Node step beside it, so the cards, data,
 * sitemap, security headers and search index are made while PDFs print.
 */
const STEPS_AT_ONCE = 2;

/**
 * Renders the pages with Astro's build API into `outDir`, handing `run` to
 * them (src/lib/site/handover.ts). The benches call this for pages only.
 */
export async function renderPages(
  run: SiteRun,
  outDir: string,
  reuse?: { cacheDir: string; fingerprint: string; logger: StepLogger },
): Promise<void> {
  const mode = 'production';
  const bundles = reuse && (await import('./astro-reuse.ts'));
  const key =
    reuse &&
    bundles &&
    (await bundles.reuseKey({
      fingerprint: reuse.fingerprint,
      root: run.options.root,
      outDir,
      mode,
    }));
  startSiteRun(run);
  try {
    // The code is as a build that kept its bundle found it: render from that
    // bundle and skip bundling (src/lib/build/astro-reuse.ts).
    if (
      reuse &&
      bundles &&
      key &&
      (await bundles.renderFromBundle({
        cacheDir: reuse.cacheDir,
        key,
        root: run.options.root,
        outDir,
        log: reuse.logger.info,
      }))
    ) {
      reuse.logger.info('astro: rendered from the bundle of an earlier build (code unchanged)');
      return;
    }
    // Imported when pages are rendered: a build that stops on a content error
    // or is up to date never loads Astro and Vite (seconds of startup).
    const { build: astroBuild } = await import('astro');
    await astroBuild(
      {
        root: run.options.root,
        outDir,
        logLevel: 'warn',
        mode,
        ...(reuse && bundles && key
          ? {
              integrations: [
                bundles.captureBundle({
                  cacheDir: reuse.cacheDir,
                  key,
                  outDir,
                  log: reuse.logger.info,
                }),
              ],
            }
          : {}),
      },
      SKIP_SYNC,
    );
  } finally {
    endSiteRun();
  }
}

/**
 * `astro build` first runs `astro sync`: it starts a second, temporary Vite
 * dev server (whose dependency optimiser bundles the dev toolbar's packages
 * into the node_modules/.vite shared by every project on the machine), syncs
 * the content layer and writes .astro/ types. The site has no content
 * collections and `astro check` syncs the types itself, so the pages do not
 * depend on it (the output is the same byte for byte) and it costs 0.4–2.5 s
 * of every build. `sync` is an option of Astro's builder that its `build()`
 * passes through but does not declare; an Astro that drops it syncs again,
 * which is slower, never wrong.
 */
const SKIP_SYNC = { sync: false } as Parameters<typeof import('astro').build>[1];

/** What a build prints when it holds after moving the old output aside (the crash test waits for it). */
export const HOLD_MARKER = '[planverk] test: old output moved aside, holding';

/** Whether this run skips the PDF step (`PLANVERK_BENCH_NO_PDF=1`, the bench's site-only timing). */
function skipsPdfs(): boolean {
  return process.env[ENV.benchNoPdf] === '1';
}

/** `PLANVERK_PDF_PARALLEL`: a whole number from 1, or undefined for the default. */
function parallelFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`${ENV.pdfParallel} must be a whole number from 1, not «${value}».`);
  }
  return n;
}

/**
 * This process's CPU time since `since` (all its threads: Vite's bundler
 * works on several), which on a shared machine says more than the wall time.
 */
function cpuMs(since: NodeJS.CpuUsage): string {
  const { user, system } = process.cpuUsage(since);
  return `CPU ${Math.round((user + system) / 1000)} ms`;
}

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}
