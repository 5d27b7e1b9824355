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

/** Environment variables scripts/build.ts sets before Astro runs (and a developer may set for `npm run dev`). */
export const ENV = {
  /** Content directory, relative to the root or absolute; tests point it at fixtures. */
  contentDir: 'PLANVERK_CONTENT_DIR',
  /** `1` in a preview build: drafts are shown and marked. */
  preview: 'PLANVERK_PREVIEW',
  /** Freeze «today» (`YYYY-MM-DD`) so tests about høring deadlines are stable. */
  today: 'PLANVERK_TODAY',
} as const;

/** Today's date in Norway as `YYYY-MM-DD` (sv-SE formats dates as ISO). */
export function osloToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/**
 * Reads the site options from the environment. `dev` is true under
 * `astro dev`, where a clerk previews drafts; production builds never show them.
 */
export function readSiteOptions(dev: boolean, env: NodeJS.ProcessEnv = process.env): SiteOptions {
  const root = process.cwd();
  const contentDir = path.resolve(root, env[ENV.contentDir] ?? 'content');
  const includeDrafts = dev || env[ENV.preview] === '1';
  const today = env[ENV.today] ?? osloToday();
  return { root, contentDir, includeDrafts, today };
}
