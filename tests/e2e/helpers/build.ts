import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { chooseChromium } from '../../../src/lib/browser/chromium.ts';
import { FIXTURE_CONFIG, fixtureProject, OTHER_MUNICIPALITY, ROOT } from '../../helpers/project.ts';

export { ROOT };
/** Where the e2e builds go; never the real dist/. */
export const E2E_DIR = path.join(ROOT, '.planverk', 'e2e');

/** Output of one `npm run build` run. */
export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
  outDir: string;
}

/**
 * Runs scripts/build.ts in a child process (so each build has a fresh Astro
 * and environment) with the given content directory and output directory,
 * in `project`: a scratch project with a fixture config (by default one per
 * output directory with tests/fixtures/config), never the example site's.
 */
export async function runBuild(options: {
  content: string;
  out: string;
  preview?: boolean;
  /** `--force`: build everything even when nothing changed since the last build of this output. */
  force?: boolean;
  env?: NodeJS.ProcessEnv;
  project?: string;
}): Promise<BuildRun> {
  const outDir = path.resolve(ROOT, options.out);
  const cwd = options.project ?? (await fixtureProject(`build-${path.basename(outDir)}`));
  const args = [
    'scripts/build.ts',
    '--content',
    options.content,
    '--out',
    outDir,
    ...(options.preview ? ['--preview'] : []),
    ...(options.force ? ['--force'] : []),
  ];
  const started = Date.now();
  const run = await runScript(args, { env: options.env, project: cwd });
  await logBuild(outDir, Date.now() - started, run);
  return { ...run, outDir };
}

/**
 * Keeps each build's own log (it prints every phase's time) with its wall
 * time under .planverk/e2e-logs/, so a slow test run can be told apart from a
 * slow build: `tail -n 40 .planverk/e2e-logs/*.log`.
 */
async function logBuild(outDir: string, ms: number, run: ScriptRun): Promise<void> {
  const dir = path.join(ROOT, '.planverk', 'e2e-logs');
  await mkdir(dir, { recursive: true });
  const name = path.relative(E2E_DIR, outDir).split(path.sep).join('_') || 'build';
  await appendFile(
    path.join(dir, `${name}.log`),
    `# ${new Date().toISOString()} ${outDir}: exit ${run.code} after ${ms} ms\n${run.stdout}${run.stderr}\n`,
  );
}

/** Output of one script run in a child process. */
export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a project script (`scripts/check.ts`, …) on the project's Node, which
 * strips the TypeScript types itself (as `npm run …` does), in `project` (by default a scratch project with tests/fixtures/config,
 * never the example site's config).
 */
export async function runScript(
  args: string[],
  options: { env?: NodeJS.ProcessEnv | undefined; project?: string } = {},
): Promise<ScriptRun> {
  // One per Vitest worker: test files running side by side (maxWorkers 2)
  // must not remake each other's project; files in one worker run in turn.
  const cwd =
    options.project ?? (await fixtureProject(`scripts-${process.env['VITEST_POOL_ID'] ?? '0'}`));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Every file below `dir`, relative, POSIX separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** A fingerprint of a directory tree (names and bytes), to prove nobody wrote into it. */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(dir)) {
    hash.update(file);
    hash.update(await readFile(path.join(dir, file)));
  }
  return hash.digest('hex');
}

/** Every file under `dir` (relative POSIX path) with the sha256 of its bytes: a diff names the file. */
export async function hashFiles(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of await listFiles(dir))
    hashes[file] = createHash('sha256')
      .update(await readFile(path.join(dir, file)))
      .digest('hex');
  return hashes;
}

/** The page URLs (`/a/b/`, `/404.html`) of every HTML file in a built site. */
export async function pageUrls(outDir: string): Promise<string[]> {
  return (await listFiles(outDir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`));
}

/**
 * A build of fixture content that several test files only read, made once
 * per test run instead of once per file: the search fixture (search.test.ts,
 * security.test.ts), another municipality's site with the PDF fixture
 * (otherSiteBuild: chromium-parity.test.ts, shard.test.ts; pdf.test.ts starts
 * from a copy of its cache), the
 * basic site fixture (site-fixtures.test.ts; publish-crash.test.ts starts
 * from a copy), the fixture documents (fixtureDocumentsBuild). Keyed by
 * the run (tests/e2e/global-setup.ts provides its id, so every run builds
 * afresh, in a new project with an empty cache, with the code of this
 * checkout), the content's bytes, the config fixture and the environment. The
 * content folders are copied in order into one folder of the shared build's
 * own, so the output never depends on which file asked first; that file
 * builds, and a file in another worker waits for it. Files that write into
 * their output or assert what their own build printed keep their runBuild.
 */
export async function sharedBuild(options: {
  content: string[];
  env: Record<string, string>;
  fixture?: string;
}): Promise<BuildRun> {
  const fixture = options.fixture ?? FIXTURE_CONFIG;
  const hashes = [];
  for (const dir of options.content) hashes.push(await hashTree(path.resolve(ROOT, dir)));
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        run: inject('buildRun'),
        content: hashes,
        fixture: path.relative(ROOT, fixture),
        env: Object.entries(options.env).sort(),
      }),
    )
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(SHARED_DIR, key);
  const result = path.join(dir, 'result.json');
  const outDir = path.join(dir, 'site');
  try {
    // mkdir is atomic: exactly one file (in whichever worker) makes the build.
    await mkdir(dir, { recursive: true });
    await mkdir(path.join(dir, 'content'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return waitForShared(dir, result, outDir);
  }
  await writeFile(path.join(dir, 'pid'), String(process.pid));
  let run: BuildRun;
  try {
    for (const layer of options.content) {
      await cp(path.resolve(ROOT, layer), path.join(dir, 'content'), { recursive: true });
    }
    run = await runBuild({
      content: path.join(dir, 'content'),
      out: outDir,
      env: options.env,
      project: await fixtureProject(`shared-${key}`, fixture),
    });
  } catch (error) {
    // A waiting file must not wait for ever: it gets the failure too.
    run = { code: 1, stdout: '', stderr: String(error), outDir };
  }
  await writeFile(result, JSON.stringify(run));
  return run;
}

/** The content folder a shared build was made from (its layers merged). */
export const sharedContentDir = (run: BuildRun): string =>
  path.join(path.dirname(run.outDir), 'content');

/** The cache a shared build filled (its project's .planverk/cache). */
export const sharedCacheDir = (run: BuildRun): string =>
  path.join(
    ROOT,
    '.planverk',
    'projects',
    `shared-${path.basename(path.dirname(run.outDir))}`,
    '.planverk',
    'cache',
  );

/**
 * Another municipality's documents (Røros, Voss) with the PDF fixture (Sámi
 * letters, a table of contents): the site the PDF tests print.
 */
export const OTHER_SITE_CONTENT = [
  path.join(OTHER_MUNICIPALITY, 'content'),
  path.join(ROOT, 'tests/fixtures/pdf/content'),
];

/**
 * The Chromium OTHER_SITE_CONTENT is printed with: the system's, or the
 * bundled one on a machine without it (chromium-parity.test.ts then skips).
 */
export const OTHER_SITE_CHROMIUM = await chooseChromium({}).then(
  (choice) => (choice.source === 'bundled' ? 'bundled' : 'system'),
  () => 'bundled',
);

/**
 * The one build of OTHER_SITE_CONTENT per test run (sharedBuild: a new
 * project with the municipality's config and an empty cache, so every PDF is
 * printed): shard.test.ts compares an assembled sharded build with it,
 * chromium-parity.test.ts compares its PDFs with the bundled Chromium's, and
 * pdf.test.ts starts its own build (the same site and a 40 × 400 table) from
 * a copy of its cache.
 */
export const otherSiteBuild = (): Promise<BuildRun> =>
  sharedBuild({
    content: OTHER_SITE_CONTENT,
    fixture: OTHER_MUNICIPALITY,
    env: { PLANVERK_CHROMIUM: OTHER_SITE_CHROMIUM },
  });

/**
 * Small fixtures whose tests read only their own documents (no site-wide
 * counts, no build log), printed in one build instead of one each: the PDF
 * conformance documents (pdf-conformance.test.ts), the typesetting
 * provocations (pdf-typesetting.test.ts), the safe files
 * (hostile-files.test.ts) and a document quoting a draft's title
 * (draft-gate.test.ts). Their paths do not overlap, and none links to
 * another's documents, so each document prints as in a build of its own.
 */
export const FIXTURE_DOCUMENTS_CONTENT = [
  path.join(ROOT, 'tests/fixtures/pdf/conformance/content'),
  path.join(ROOT, 'tests/fixtures/pdf/typesetting/content'),
  path.join(ROOT, 'tests/fixtures/files/gode-filer/content'),
  path.join(ROOT, 'tests/fixtures/site/sitat-av-utkast/content'),
];

/** The one build of FIXTURE_DOCUMENTS_CONTENT (fixture config, the test's environment). */
export const fixtureDocumentsBuild = (): Promise<BuildRun> =>
  sharedBuild({ content: FIXTURE_DOCUMENTS_CONTENT, env: {} });

/** The shared builds of this run (tests/e2e/global-setup.ts empties it). */
export const SHARED_DIR = path.join(E2E_DIR, 'shared');

async function waitForShared(dir: string, result: string, outDir: string): Promise<BuildRun> {
  for (;;) {
    const text = await readFile(result, 'utf8').catch(() => undefined);
    if (text !== undefined) return { ...(JSON.parse(text) as BuildRun), outDir };
    const pid = Number(await readFile(path.join(dir, 'pid'), 'utf8').catch(() => '0'));
    if (pid && !alive(pid)) throw new Error(`the shared build in ${dir} (pid ${pid}) died`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
