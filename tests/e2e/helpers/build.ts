import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fixtureProject, ROOT } from '../../helpers/project.ts';

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
  ];
  return runScript(args, { env: options.env, project: cwd }).then((run) => ({ ...run, outDir }));
}

/** Output of one script run in a child process. */
export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a project script (`scripts/check.ts`, …) with tsx on the project's
 * Node, in `project` (by default a scratch project with tests/fixtures/config,
 * never the example site's config).
 */
export async function runScript(
  args: string[],
  options: { env?: NodeJS.ProcessEnv | undefined; project?: string } = {},
): Promise<ScriptRun> {
  const cli = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const cwd = options.project ?? (await fixtureProject('scripts'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
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

/** The page URLs (`/a/b/`, `/404.html`) of every HTML file in a built site. */
export async function pageUrls(outDir: string): Promise<string[]> {
  return (await listFiles(outDir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`));
}
