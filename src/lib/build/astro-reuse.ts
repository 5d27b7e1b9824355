import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isProcessAlive } from '../core/process-alive.ts';

/*
 * Astro's fixed cost, skipped when the code did not change.
 *
 * A full `astro build` bundles the pages, layouts, components and Astro's
 * runtime with Vite/rolldown (the prerender bundle and the client assets),
 * then renders every route from that bundle. The bundle depends on the code
 * only (the pages read the content at render time, src/lib/site/handover.ts),
 * so when everything that goes into it is the same as in an earlier build
 * ({@link reuseKey}), rendering from that build's bundle gives the same
 * pages. Bundling and loading Vite, rolldown and Astro's build are most of
 * the Astro step on a rebuild (seconds); rendering is the rest.
 *
 * How: a full build adds {@link captureBundle} to its integrations. Once
 * Astro has bundled and is about to render (its prerenderer's setup, the
 * adapter API), it copies the prerender bundle (manifest already injected),
 * the files Vite put in the output (client assets, public/) and the little
 * the bundle's build environment reads from Astro's build state (each page's
 * stylesheets, the page scripts) into the cache. {@link renderFromBundle}
 * copies the output files back, imports the bundle and renders each route
 * with the bundle's own app, as Astro's `generatePages` does.
 *
 * That is Astro's internal build layout: this is the one module that knows
 * it. It works with the Astro version it was written against only
 * ({@link ASTRO_VERSION}), for the kind of site this is (static, no adapter,
 * no i18n fallbacks, redirects or image transforms, `build.format`
 * 'directory', base '/'); for anything else it captures nothing and every
 * build is a full one, slower but never wrong. A test builds the same site
 * both ways and compares every byte (tests/integration/astro-reuse.test.ts).
 */

/** The Astro version whose build internals this module follows. */
export const ASTRO_VERSION = '7.3.5';

/** `0`: never reuse a bundle (every build bundles; the test of this module compares both). */
export const REUSE_ENV = 'PLANVERK_ASTRO_REUSE';

const RECORD_VERSION = 1;

const CAPTURE_NAME = 'planverk:capture-bundle';

/** What a captured build left besides the bundle's files. */
interface BundleRecord {
  version: number;
  key: string;
  /** The prerender entry, relative to the bundle folder. */
  entry: string;
  /** Files Vite put in the output before Astro rendered, relative to it. */
  files: string[];
  /** Each page's stylesheets as Astro's build state had them (`pagesByKeys` key → styles). */
  styles: [string, unknown][];
  /** `settings.scripts` (what `headElements` reads). */
  scripts: unknown[];
  /** The bundle's entry specifiers → built files (page scripts). */
  entrySpecifiers: [string, string][];
  /** `new URL(config.site).origin`: the origin of the requests the pages see. */
  origin: string;
  /** Astro's publicDir: a page whose file is there is not written (Astro warns). */
  publicDir: string;
  /** `trailingSlash` of the config: the request URLs the pages see. */
  trailingSlash: string;
}

const require = createRequire(import.meta.url);

/** The installed Astro's version, or undefined when it cannot be read. */
function installedAstroVersion(): string | undefined {
  try {
    return (require('astro/package.json') as { version: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Where the bundle of a build into `outDir` is kept: one per output folder
 * (a production and a preview build do not take each other's place).
 */
function bundleDir(cacheDir: string, outDir: string): string {
  const slot = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'astro-bundle', slot);
}

/**
 * Everything the bundle is made of besides what the code fingerprint
 * (src/lib/files/code-fingerprint.ts) covers: Astro, Vite and Node
 * themselves, where the build writes (the output path is in the bundle's
 * manifest), the mode, and what Vite puts into `import.meta.env` (PUBLIC_
 * variables, .env files).
 */
export async function reuseKey(input: {
  fingerprint: string;
  root: string;
  outDir: string;
  mode: string;
}): Promise<string> {
  const hash = createHash('sha256');
  const viteVersion = (require('vite/package.json') as { version: string }).version;
  const env = Object.entries(process.env)
    .filter(([name]) => name.startsWith('PUBLIC_') || name === 'NODE_ENV')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const dotenv: [string, string][] = [];
  for (const name of (await readdir(input.root)).filter((n) => n.startsWith('.env')).sort())
    dotenv.push([name, await readFile(path.join(input.root, name), 'utf8').catch(() => '')]);
  hash.update(
    JSON.stringify({
      v: RECORD_VERSION,
      fingerprint: input.fingerprint,
      astro: installedAstroVersion(),
      vite: viteVersion,
      node: process.version,
      root: path.resolve(input.root),
      outDir: path.resolve(input.outDir),
      mode: input.mode,
      env,
      dotenv,
    }),
  );
  return hash.digest('hex');
}

/** Files under `dir`, relative, `/`-separated, sorted; `skip` (a top-level name) left out. */
async function filesUnder(dir: string, skip?: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((name) => skip === undefined || !(name === skip || name.startsWith(skip + '/')))
    .sort();
}

/** The prerender folder Astro 7.3 uses for a static site writing to `outDir`. */
function prerenderDirOf(outDir: string): string {
  const within = path.resolve(outDir).startsWith(process.cwd());
  return path.join(within ? outDir : path.join(process.cwd(), '.astro'), '.prerender');
}

type Prerenderer = Parameters<
  Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer']
>[0];
type PrerendererObject = Exclude<Prerenderer, (...args: never[]) => unknown>;

/** Why a build cannot be captured, or undefined when it can. */
function unsupported(settings: Record<string, unknown>): string | undefined {
  const config = settings['config'] as Record<string, unknown> & {
    build: Record<string, unknown>;
    experimental: Record<string, unknown>;
  };
  if (settings['buildOutput'] !== 'static') return 'not a static build';
  if (settings['adapter']) return 'an adapter';
  if (config['i18n']) return 'i18n';
  if (config['base'] !== '/') return 'a base other than /';
  if (config.build['format'] !== 'directory') return 'build.format other than directory';
  if (Number(config.build['concurrency'] ?? 1) !== 1) return 'build.concurrency';
  if (config.experimental['incrementalBuild']) return 'experimental.incrementalBuild';
  if (Object.keys((config['redirects'] as object | undefined) ?? {}).length > 0) return 'redirects';
  // Another integration's build hooks (a sitemap, say) would not run on a reused build.
  const integrations =
    (config['integrations'] as { name: string; hooks: object }[] | undefined) ?? [];
  for (const { name, hooks } of integrations) {
    if (name === CAPTURE_NAME) continue;
    const build = Object.keys(hooks).filter((hook) => hook.startsWith('astro:build:'));
    if (build.length > 0) return `integration ${name} with ${build.join(', ')}`;
  }
  return undefined;
}

/**
 * The integration a full build adds to keep its bundle for {@link
 * renderFromBundle}. Captures nothing (and changes nothing) when Astro is
 * not the version this module follows or the site is not the kind it supports.
 */
export function captureBundle(options: {
  cacheDir: string;
  key: string;
  outDir: string;
  log?: (message: string) => void;
}): AstroIntegration {
  let pages: Map<string, { styles?: unknown }> | undefined;
  return {
    name: CAPTURE_NAME,
    hooks: {
      'astro:build:setup': ({ pages: found }) => {
        pages = found as unknown as Map<string, { styles?: unknown }>;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (installedAstroVersion() !== ASTRO_VERSION) return;
        setPrerenderer((fallback) => {
          const base = fallback as PrerendererObject & { app?: Record<string, unknown> };
          return {
            ...base,
            name: CAPTURE_NAME,
            async setup() {
              await base.setup?.();
              // Never fails the build: a bundle not kept makes the next build a full one.
              await capture(base.app, pages, options).catch((error: unknown) =>
                options.log?.(`astro reuse: bundle not kept (${String(error)})`),
              );
            },
            getStaticPaths: () => base.getStaticPaths(),
            render: (request, context) => base.render(request, context),
            async teardown() {
              await base.teardown?.();
            },
          };
        });
      },
    },
  };
}

async function capture(
  app: Record<string, unknown> | undefined,
  pages: Map<string, { styles?: unknown }> | undefined,
  options: { cacheDir: string; key: string; outDir: string; log?: (message: string) => void },
): Promise<void> {
  if (!app || !pages || typeof app['getSettings'] !== 'function') throw new Error('no app');
  const settings = (app['getSettings'] as () => Record<string, unknown>)();
  const why = unsupported(settings);
  if (why) throw new Error(why);
  const config = settings['config'] as {
    site?: string;
    outDir: URL;
    publicDir: URL;
    trailingSlash: string;
  };
  if (path.resolve(fileURLToPath(config.outDir)) !== path.resolve(options.outDir))
    throw new Error('another outDir');
  const prerenderDir = prerenderDirOf(options.outDir);
  const entries = (await readdir(prerenderDir)).filter(
    (n) => n.startsWith('prerender-entry') && n.endsWith('.mjs'),
  );
  if (entries.length !== 1 || !entries[0]) throw new Error('no single prerender entry');
  const manifest = app['manifest'] as { routes: { routeData: { type: string } }[] } | undefined;
  const kinds = new Set(manifest?.routes.map((r) => r.routeData.type));
  for (const kind of kinds)
    if (kind !== 'page' && kind !== 'endpoint') throw new Error(`a ${kind} route`);
  const internalsScripts = (settings['scripts'] as { stage: string }[] | undefined) ?? [];
  // A page script would need Astro's entry map; this site has none.
  if (internalsScripts.some((script) => script.stage === 'page')) throw new Error('page scripts');
  const record: BundleRecord = {
    version: RECORD_VERSION,
    key: options.key,
    entry: entries[0],
    files: await filesUnder(options.outDir, '.prerender'),
    styles: [...pages].map(([key, data]) => [key, data.styles ?? []]),
    scripts: internalsScripts,
    entrySpecifiers: [],
    origin: config.site ? new URL(config.site).origin : 'http://localhost:4321',
    publicDir: fileURLToPath(config.publicDir),
    trailingSlash: config.trailingSlash,
  };
  const dir = bundleDir(options.cacheDir, options.outDir);
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await cp(prerenderDir, path.join(staging, 'bundle'), { recursive: true });
  for (const file of record.files)
    await cp(path.join(options.outDir, file), path.join(staging, 'out', file));
  // The record last: a folder without one is never used.
  await writeFile(path.join(staging, 'record.json'), JSON.stringify(record));
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  options.log?.(`astro reuse: bundle kept (${record.files.length} output files)`);
}

/** One route and path of the bundle's static paths, as Astro's `StaticPaths` gives them. */
interface StaticPath {
  pathname: string;
  route: { type: string; component: string; prerender: boolean };
}

/** The bundle's app, as far as this module uses it (Astro 7.3's `BuildApp`). */
interface BundleApp {
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: unknown }): Promise<Response>;
}

let uses = 0;

/**
 * Renders the site into `outDir` from the bundle a full build kept under
 * `key`, as Astro would have. False (and `outDir` left empty) when there is
 * no such bundle or anything is not as this module expects: the caller then
 * runs the full build.
 */
export async function renderFromBundle(options: {
  cacheDir: string;
  key: string;
  root: string;
  outDir: string;
  log?: (message: string) => void;
}): Promise<boolean> {
  if (process.env[REUSE_ENV] === '0' || installedAstroVersion() !== ASTRO_VERSION) return false;
  const dir = bundleDir(options.cacheDir, options.outDir);
  let record: BundleRecord;
  try {
    record = JSON.parse(await readFile(path.join(dir, 'record.json'), 'utf8')) as BundleRecord;
  } catch {
    return false;
  }
  if (record.version !== RECORD_VERSION || record.key !== options.key) return false;
  // A fresh copy each time, under the root (the bundle's bare imports resolve
  // from its node_modules): Node keeps a module per URL, and with it the
  // bundle's route cache (getStaticPaths) of an earlier build in this process.
  uses += 1;
  const run = path.join(options.root, '.astro', `planverk-bundle-${process.pid}-${uses}`);
  await removeLeftCopies(path.dirname(run));
  try {
    await rm(options.outDir, { recursive: true, force: true });
    await cp(path.join(dir, 'bundle'), run, { recursive: true });
    await cp(path.join(dir, 'out'), options.outDir, { recursive: true });
    await renderRoutes(record, path.join(run, record.entry), options.outDir, options.log);
    return true;
  } catch (error) {
    options.log?.(`astro reuse: bundle not used, building in full (${String(error)})`);
    await rm(options.outDir, { recursive: true, force: true });
    return false;
  } finally {
    await rm(run, { recursive: true, force: true });
  }
}

/** Copies a killed build left behind (its process is gone). */
async function removeLeftCopies(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = /^planverk-bundle-(\d+)-\d+$/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isProcessAlive(Number(pid))) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

/** What Astro 7.3's `generatePages` does for this kind of site (see {@link unsupported}). */
async function renderRoutes(
  record: BundleRecord,
  entry: string,
  outDir: string,
  log: ((message: string) => void) | undefined,
): Promise<void> {
  // As Astro's build() does before it renders.
  process.env['NODE_ENV'] ||= 'production';
  const astroRequire = createRequire(require.resolve('astro/package.json'));
  const paths = (await import(
    pathToFileURL(astroRequire.resolve('@astrojs/internal-helpers/path')).href
  )) as typeof import('@astrojs/internal-helpers/path');
  // Typed as this module uses it: Astro's own types want its whole app.
  const { StaticPaths } = (await import('astro/runtime/prerender/static-paths.js')) as unknown as {
    StaticPaths: new (app: BundleApp) => { getAll(): Promise<StaticPath[]> };
  };
  const { app } = (await import(pathToFileURL(entry).href)) as { app: BundleApp };
  app.setInternals({
    pagesByKeys: new Map(record.styles.map(([key, styles]) => [key, { styles }])),
    entrySpecifierToBundleMap: new Map(),
  });
  const destination = {
    write(event: { level: string; label?: string | null; message: string }): boolean {
      if (event.level === 'warn' || event.level === 'error')
        console.warn(`[${event.label ?? 'astro'}] ${event.message}`);
      return true;
    },
  };
  app.setOptions({ settings: { scripts: record.scripts }, logger: { options: { destination } } });
  const outRoot = pathToFileURL(path.resolve(outDir) + path.sep);
  const publicRoot = pathToFileURL(path.resolve(record.publicDir) + path.sep);
  const seen = new Set<string>();
  const made = new Set<string>();
  for (const { pathname, route } of await new StaticPaths(app).getAll()) {
    if (route.type !== 'page' && route.type !== 'endpoint')
      throw new Error(`a ${route.type} route`);
    // The first route to claim a path renders it (Astro warns about the others).
    const normalized = paths.removeTrailingForwardSlash(pathname);
    if (seen.has(normalized)) {
      log?.(`astro reuse: ${pathname} claimed twice; the first route renders it`);
      continue;
    }
    seen.add(normalized);
    const ending = record.trailingSlash === 'never' ? '' : '/';
    let url: string;
    if (pathname === '/' || pathname === '') url = '/';
    else if (route.type === 'endpoint') {
      url = paths.joinPaths('/', paths.removeLeadingForwardSlash(pathname));
      if (record.trailingSlash === 'always' && !paths.hasFileExtension(pathname))
        url = paths.appendForwardSlash(url);
      else if (record.trailingSlash === 'never') url = paths.removeTrailingForwardSlash(url);
    } else {
      url = paths.joinPaths(
        '/',
        paths.removeTrailingForwardSlash(paths.removeLeadingForwardSlash(pathname)) + ending,
      );
    }
    const response = await app.render(new Request(new URL(url, record.origin)), {
      routeData: route,
    });
    if (response.status >= 300 && response.status < 400)
      throw new Error(`a redirect at ${pathname}`);
    if (!response.body) continue;
    const body = Buffer.from(await response.arrayBuffer());
    // URLs as Astro makes them: the encoded path, decoded again by the file system calls.
    const outFile = new URL(outFileOf(encodeURI(pathname), route.type, paths), outRoot);
    const publicFile = new URL(outFile.href.slice(outRoot.href.length), publicRoot);
    if (existsSync(publicFile)) continue;
    // Each folder made once (Astro makes it for every file: ≈ 0.5 s on 700 pages).
    const folder = new URL('./', outFile).href;
    if (!made.has(folder)) {
      await mkdir(new URL(folder), { recursive: true });
      made.add(folder);
    }
    await writeFile(outFile, body);
  }
}

/** Astro 7.3's getOutFolder + getOutFile for a static site in `directory` format, relative. */
function outFileOf(
  pathname: string,
  type: string,
  paths: typeof import('@astrojs/internal-helpers/path'),
): string {
  if (type === 'endpoint')
    return (
      '.' + paths.appendForwardSlash(path.posix.dirname(pathname)) + path.posix.basename(pathname)
    );
  if (pathname === '/404' || pathname === '/500')
    return (
      '.' +
      paths.appendForwardSlash(path.posix.dirname(pathname)) +
      path.posix.basename(pathname) +
      '.html'
    );
  return '.' + paths.appendForwardSlash(pathname) + 'index.html';
}
