import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import type { BuildContext, StepLogger } from '../build/step.ts';
import config from '../../../planverk.config.ts';
import { BUILD_STEPS } from './build-steps.ts';
import { useValidatedDocuments } from './data.ts';
import { loadSiteContent } from './documents.ts';
import { findDraftLeaks } from './draft-guard.ts';
import { withBuildLock } from './build-lock.ts';
import type { PlanDocument } from '../model/types.ts';
import { ENV, readSiteOptions } from './options.ts';
import { count } from './log-count.ts';
import { holdAfterMoveAside, publishStaged } from './publish.ts';
import { restoreOutput } from './recover-publish.ts';

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
  const outDir = options.outDir ?? path.join(root, preview ? 'dist-preview' : 'dist');
  // Before anything else: a build that died mid-swap may have left no output folder.
  await withBuildLock(root, () => restoreOutput(outDir, root, logger), logger.info);
  // The pages read these in Astro's prerender, in this same process.
  process.env[ENV.contentDir] = options.contentDir ?? path.join(root, 'content');
  process.env[ENV.preview] = preview ? '1' : '0';
  process.env[ENV.dev] = '0';
  const siteOptions = readSiteOptions(false);

  const t = performance.now();
  // The checker's own validation (status updates and bodies included) stops
  // the build before Astro starts, with exactly the lines `npm run check` prints.
  const { documents, drafts: allDrafts } = await loadSiteContent(siteOptions, config, (text) =>
    logger.warn(`content warnings (npm run check lists the same):\n${text}`),
  );
  const shownDrafts = documents.filter((d) => d.status === 'utkast').length;
  const previewNote = preview ? ` (${count(shownDrafts, 'draft')} shown, preview)` : '';
  logger.info(`content: ${count(documents.length, 'document')}${previewNote} valid in ${ms(t)}`);

  const drafts = preview ? [] : allDrafts;
  if (drafts.length > 0) logger.info(`content: ${count(drafts.length, 'draft')} left out`);
  return withBuildLock(
    root,
    () => stageAndPublish(options, outDir, documents, drafts, started),
    logger.info,
  );
}

/** Astro into staging, the post-build steps, the draft gate, then the swap. */
async function stageAndPublish(
  options: BuildSiteOptions,
  outDir: string,
  documents: PlanDocument[],
  drafts: PlanDocument[],
  started: number,
): Promise<BuildSiteResult> {
  const { root, logger, preview } = options;
  let t: number;
  const stagingDir = path.join(root, '.planverk', 'staging', path.basename(outDir));
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(path.dirname(stagingDir), { recursive: true });
  // The pages render what was validated above instead of loading content/ again.
  useValidatedDocuments(documents);
  try {
    t = performance.now();
    await astroBuild({ root, outDir: stagingDir, logLevel: 'warn', mode: 'production' });
    const pages = await countHtml(stagingDir);
    logger.info(`astro: ${count(pages, 'page')} in ${ms(t)}`);

    const context: BuildContext = {
      root,
      outDir: stagingDir,
      cacheDir: path.resolve(root, process.env[ENV.cacheDir] ?? '.planverk/cache'),
      documents,
      config,
      preview,
      logger,
    };
    for (const step of BUILD_STEPS) {
      t = performance.now();
      await step.run(context);
      logger.info(`step ${step.name}: done in ${ms(t)}`);
    }
    const leaks = await findDraftLeaks(stagingDir, drafts, documents);
    if (leaks.length > 0) {
      throw new Error(
        `Drafts leaked into the production build; not published:\n  ${leaks.join('\n  ')}`,
      );
    }
    const hold = process.env[ENV.holdAfterMoveAside] === '1';
    await publishStaged(stagingDir, outDir, hold ? holdAfterMoveAside(HOLD_MARKER) : undefined);
    logger.info(`published ${path.relative(root, outDir) || outDir} in ${ms(started)} total`);
    return { outDir, documents: documents.length, pages, ms: performance.now() - started };
  } finally {
    useValidatedDocuments(undefined);
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/** What a build prints when it holds after moving the old output aside (the crash test waits for it). */
export const HOLD_MARKER = '[planverk] test: old output moved aside, holding';

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}
