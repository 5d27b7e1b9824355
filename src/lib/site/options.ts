import path from 'node:path';

/** Where the site reads content from and whether drafts are shown. */
export interface SiteOptions {
  /** Project root (absolute). */
  root: string;
  /** Content directory (absolute); `content/` unless overridden. */
  contentDir: string;
  /** Show `status: utkast` documents (dev server and preview builds only). */
  includeDrafts: boolean;
  /** The build date (ISO) used to decide whether a høring deadline has passed. */
  today: string;
}

/**
 * Environment variables a developer (or a test) may set. They are read once,
 * where a run starts (scripts/build.ts, src/lib/build/build-site.ts, the dev
 * server's integration), and handed to the pages through src/lib/site/handover.ts.
 */
export const ENV = {
  /** Content directory, relative to the root or absolute; tests point it at fixtures. */
  contentDir: 'PLANVERK_CONTENT_DIR',
  /** Freeze «today» (`YYYY-MM-DD`) so tests about høring deadlines are stable. */
  today: 'PLANVERK_TODAY',
  /** Cache directory (PDFs, cards) instead of `.planverk/cache`; the bench uses a cold one. */
  cacheDir: 'PLANVERK_CACHE_DIR',
  /** `1`: stop for good once the old output is moved aside (the crash test kills the build there). */
  holdAfterMoveAside: 'PLANVERK_TEST_HOLD_AFTER_MOVE_ASIDE',
  /** How many PDFs print at once (default: the cores, at most 4); `1` prints one after another. */
  pdfParallel: 'PLANVERK_PDF_PARALLEL',
  /** `each`: one log line per printed PDF with its passes and time (the bench reads them). */
  pdfLog: 'PLANVERK_PDF_LOG',
  /**
   * `1`: skip the PDF step, so the bench can time the site without PDFs now that
   * the other steps run while Chromium prints (subtracting the PDF step's time
   * would leave them out). Not a site to publish: its download links lead nowhere.
   */
  benchNoPdf: 'PLANVERK_BENCH_NO_PDF',
} as const;

/** Today's date in Norway as `YYYY-MM-DD` (sv-SE formats dates as ISO). */
export function osloToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/**
 * The site options of a run. `contentDir` defaults to `PLANVERK_CONTENT_DIR`
 * or `<root>/content`, «today» to `PLANVERK_TODAY` or the date in Oslo.
 * Drafts are shown only when the caller says so (dev server, preview build),
 * never because of an inherited variable.
 */
export function siteOptions(
  root: string,
  includeDrafts: boolean,
  contentDir?: string,
  env: NodeJS.ProcessEnv = process.env,
): SiteOptions {
  return {
    root,
    contentDir: path.resolve(root, contentDir ?? env[ENV.contentDir] ?? 'content'),
    includeDrafts,
    today: env[ENV.today] ?? osloToday(),
  };
}
