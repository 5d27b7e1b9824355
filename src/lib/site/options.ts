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
  /** `1` under `astro dev` (set by src/integrations/planverk.ts): drafts are shown and marked. */
  dev: 'PLANVERK_DEV',
  /** Content directory, relative to the root or absolute; tests point it at fixtures. */
  contentDir: 'PLANVERK_CONTENT_DIR',
  /** `1` in a preview build: drafts are shown and marked. */
  preview: 'PLANVERK_PREVIEW',
  /** Freeze «today» (`YYYY-MM-DD`) so tests about høring deadlines are stable. */
  today: 'PLANVERK_TODAY',
  /** Cache directory (PDFs, cards) instead of `.planverk/cache`; the bench uses a cold one. */
  cacheDir: 'PLANVERK_CACHE_DIR',
  /** `1`: stop for good once the old output is moved aside (the crash test kills the build there). */
  holdAfterMoveAside: 'PLANVERK_TEST_HOLD_AFTER_MOVE_ASIDE',
} as const;

/** Today's date in Norway as `YYYY-MM-DD` (sv-SE formats dates as ISO). */
export function osloToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** True under `astro dev` (the integration sets PLANVERK_DEV from Astro's command). */
export function isDevServer(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ENV.dev] === '1';
}

/**
 * Reads the site options from the environment: drafts are shown under
 * `astro dev` and in a preview build, never otherwise. The first parameter
 * is ignored and kept for callers: `import.meta.env.DEV` is not a safe
 * signal, because Astro fills it at run time from an inherited `DEV`
 * variable (a build spawned from Vitest has DEV=1 and showed drafts).
 */
export function readSiteOptions(_dev?: boolean, env: NodeJS.ProcessEnv = process.env): SiteOptions {
  const root = process.cwd();
  const contentDir = path.resolve(root, env[ENV.contentDir] ?? 'content');
  const includeDrafts = isDevServer(env) || env[ENV.preview] === '1';
  const today = env[ENV.today] ?? osloToday();
  return { root, contentDir, includeDrafts, today };
}
