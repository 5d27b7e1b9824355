/**
 * Rendering from an earlier build's Astro bundle (src/lib/build/astro-reuse.ts)
 * must give every file the bytes a full Astro build gives: for the same
 * content, after a content edit, and never once the code changed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, cp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASTRO_VERSION, REUSE_ENV } from '../../../src/lib/build/astro-reuse.ts';
import { fixtureProject, ROOT } from '../../helpers/project.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/site/pages/content');
const DRIVER = path.join(ROOT, 'tests/integration/build/render-pages.ts');
const REUSED = 'astro: rendered from the bundle of an earlier build';
const KEPT = 'astro reuse: bundle kept';

let project: string;
let base: string;
let content: string;
/** One output path for every run: it is part of the bundle's key (the manifest names it). */
let out: string;

interface Run {
  stdout: string;
  tree: Record<string, string>;
}

/** Renders `content` into `out` in a child process, then takes the output's hashes. */
async function render(cache: string, env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [DRIVER, content, out, path.join(base, cache)], {
    cwd: project,
    env: { ...process.env, PLANVERK_TODAY: '2026-03-02', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`render failed (${code}):\n${stdout}\n${stderr}`);
  return { stdout, tree: await hashTree(out) };
}

async function hashTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    tree[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return Object.fromEntries(Object.entries(tree).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('rendering from the bundle of an earlier build', () => {
  beforeAll(async () => {
    project = await fixtureProject('astro-reuse');
    base = path.join(project, '.planverk', 'astro-reuse-test');
    await rm(base, { recursive: true, force: true });
    content = path.join(base, 'content');
    await cp(FIXTURE, content, { recursive: true });
    out = path.join(project, '.planverk', 'staging', 'astro-reuse-out');
  });

  it('follows the installed Astro (a new Astro needs its build internals checked again)', () => {
    const astro = createRequire(import.meta.url)('astro/package.json') as { version: string };
    // On a failure: read the Astro build internals astro-reuse.ts names, compare, update ASTRO_VERSION.
    expect(astro.version).toBe(ASTRO_VERSION);
  });

  it('gives the bytes of a full build, before and after a content edit, and bundles again after a code change', async () => {
    const full = await render('cache');
    expect(full.stdout).toContain(KEPT);
    expect(full.stdout).not.toContain(REUSED);
    expect(Object.keys(full.tree).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);

    const again = await render('cache');
    expect(again.stdout).toContain(REUSED);
    expect(again.tree).toEqual(full.tree);

    // A sentence appended: the content changes, the bundle does not.
    await appendFile(
      path.join(content, 'tysnes', 'sak-om-breiband.md'),
      '\nEi setning lagd til for testen.\n',
    );
    const edited = await render('cache');
    expect(edited.stdout).toContain(REUSED);
    expect(edited.tree).not.toEqual(full.tree);
    const reference = await render('cache-full', { [REUSE_ENV]: '0' });
    expect(reference.stdout).not.toContain(REUSED);
    expect(edited.tree).toEqual(reference.tree);

    // Any change to the code is a new bundle, even one that changes no output.
    await appendFile(path.join(project, 'src', 'lib', 'core', 'urls.ts'), '\n// changed\n');
    const changed = await render('cache');
    expect(changed.stdout).not.toContain(REUSED);
    expect(changed.stdout).toContain(KEPT);
    expect(changed.tree).toEqual(reference.tree);
  }, 600_000);
});
