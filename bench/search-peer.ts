/**
 * The corpus and the Starlight site for the search-bytes comparison: the
 * peers' generated corpus (../shared/bench-peers/gen-corpus.mjs) in
 * Planverk's frontmatter and in Starlight's `--plain` one, identical bodies,
 * and a Starlight build of the plain one in a private copy of the Starlight
 * install (its node_modules copied, the install never written), so a peer benchmark
 * running elsewhere on the shared install is not disturbed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapKommuner } from './peer-bench.ts';

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`bench: ${cmd} ${args.join(' ')} failed:\n${out}`)),
    );
  });
}

/** Writes the peers' corpus twice under `dir`: `planverk/` (kommuner mapped) and `plain/`. */
export async function peerCorpus(
  root: string,
  dir: string,
  docs: number,
  peers: string,
  kommuner: readonly string[],
): Promise<{ planverk: string; plain: string }> {
  const generator = path.join(peers, 'gen-corpus.mjs');
  const planverk = path.join(dir, 'planverk');
  const plain = path.join(dir, 'plain');
  await rm(dir, { recursive: true, force: true });
  await run(process.execPath, [generator, '--n', String(docs), '--out', planverk], root);
  await run(process.execPath, [generator, '--n', String(docs), '--out', plain, '--plain'], root);
  for (const e of await readdir(planverk, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.md')) continue;
    const file = path.join(e.parentPath, e.name);
    await writeFile(file, mapKommuner(await readFile(file, 'utf8'), kommuner));
  }
  return { planverk, plain };
}

/** True when `starlight` is an installed copy of bench-peers/starlight. */
export function hasStarlight(starlight: string | undefined): starlight is string {
  return !!starlight && existsSync(path.join(starlight, 'node_modules', '.bin', 'astro'));
}

/** Builds the plain corpus with Starlight (and its Pagefind) in `work`; returns its dist. */
export async function buildStarlight(
  starlight: string,
  plain: string,
  work: string,
): Promise<string> {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  for (const f of ['astro.config.mjs', 'package.json', 'src'])
    await cp(path.join(starlight, f), path.join(work, f), { recursive: true });
  // A copy, not a link: Astro 7's Vite resolves a linked node_modules into
  // paths under the work folder that do not exist («No cached compile metadata»).
  await cp(path.join(starlight, 'node_modules'), path.join(work, 'node_modules'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  const docs = path.join(work, 'src', 'content', 'docs');
  await rm(docs, { recursive: true, force: true });
  await cp(plain, docs, { recursive: true });
  // Starlight wants an index page; the corpus has none.
  await writeFile(path.join(docs, 'index.md'), '---\ntitle: Bench\n---\n\nBench.\n');
  const bin = path.join(starlight, 'node_modules', '.bin');
  await run(path.join(bin, 'astro'), ['build'], work, {
    PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`,
  });
  return path.join(work, 'dist');
}
