import type { SiteConfig } from '../config/schema.ts';
import type { RenderResult } from '../markdown/pipeline.ts';
import type { PlanDocument } from '../model/types.ts';

/** Minimal logger the build passes to every step (Astro's logger fits it). */
export interface StepLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What a post-build step gets: the staged site and the published documents. */
export interface BuildContext {
  /** Project root (absolute). */
  root: string;
  /** The staged output directory (absolute) that becomes dist/ when every step succeeded. */
  outDir: string;
  /** The content directory the documents were read from (absolute). */
  contentDir: string;
  /** Cache directory that survives builds (absolute), e.g. `.planverk/cache`. */
  cacheDir: string;
  /** Published documents (no drafts unless `preview`). */
  documents: PlanDocument[];
  /** Their rendered bodies (id → result, from the build's one validation render): what each body uses. */
  bodies: ReadonlyMap<string, Pick<RenderResult, 'assets'>>;
  config: SiteConfig;
  /** True for `npm run dev` and preview builds that show drafts. */
  preview: boolean;
  logger: StepLogger;
  /** How many documents a step may work on at once (PDFs); default: the cores, capped by the step. */
  parallel?: number | undefined;
  /** Log one line per document a step made (PDFs), not only the progress. */
  logEach?: boolean | undefined;
}

/**
 * A post-build step (social cards, PDFs, data files, search index). Steps run
 * in the order listed in one place and throw (with `cause`) on failure, which
 * stops the build and leaves the previous dist/ intact.
 */
export interface BuildStep {
  name: string;
  run(context: BuildContext): Promise<void>;
}
