/**
 * A build split across CI runners: two shards (`--shard 1/2`, `--shard 2/2`)
 * print the PDFs and render the cards of their documents; `--assemble`
 * makes the site from their outputs. Every file of that site must be the
 * bytes a one-machine cold build gives, and assembling must print and
 * render nothing itself. Each build has its own empty cache.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_DIR,
  hashFiles,
  OTHER_SITE_CHROMIUM,
  otherSiteBuild,
  runScript,
  sharedContentDir,
  type ScriptRun,
} from './helpers/build.ts';
import { fixtureProject, OTHER_MUNICIPALITY } from '../helpers/project.ts';

const BASE = path.join(E2E_DIR, 'shard');
const CONTENT = path.join(BASE, 'content');

/**
 * The Chromium every build here prints with: the one-machine build is
 * otherSiteBuild (made once per run, chromium-parity.test.ts checks it too),
 * printed with this one.
 */
const CHROMIUM = OTHER_SITE_CHROMIUM;

/** `npm run build` with its own cache folder under BASE. */
function build(args: string[], cache: string): Promise<ScriptRun> {
  return runScript(['scripts/build.ts', '--content', CONTENT, ...args], {
    env: {
      PLANVERK_CACHE_DIR: path.join(BASE, cache),
      PLANVERK_PDF_PARALLEL: '1',
      PLANVERK_CHROMIUM: CHROMIUM,
    },
    project,
  });
}

function ok<T extends ScriptRun>(run: T, what: string): T {
  if (run.code !== 0) throw new Error(`${what} failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

let one: Record<string, string>;
let assembled: Record<string, string>;
let shards: ScriptRun[];
let assembleRun: ScriptRun;
let project: string;
/** The published documents of the fixture, counted from the one-machine build. */
let published: number;

beforeAll(async () => {
  await rm(BASE, { recursive: true, force: true });
  // Another municipality's documents and the PDF fixture (Sámi letters, a
  // table of contents), in a scratch project with that municipality's config.
  project = await fixtureProject('shard', OTHER_MUNICIPALITY);
  // Cold, in a project and cache of its own, two PDFs at a time (the shards
  // print one at a time: the bytes must not depend on the order either).
  const single = ok(await otherSiteBuild(), 'one-machine build');
  // The very content it was built from.
  await cp(sharedContentDir(single), CONTENT, { recursive: true });
  one = await hashFiles(single.outDir);
  // Official PDFs: dokument/<slug>/<last part of the slug>.pdf (not vedlegg).
  published = Object.keys(one).filter(
    (f) => f.endsWith('.pdf') && path.basename(f, '.pdf') === path.basename(path.dirname(f)),
  ).length;
  shards = [];
  for (const i of [1, 2]) {
    const out = path.join(BASE, `shard-${i}`);
    shards.push(ok(await build(['--shard', `${i}/2`, '--out', out], `cache-${i}`), `shard ${i}`));
  }
  assembleRun = ok(
    await build(
      [
        '--out',
        path.join(BASE, 'assembled'),
        '--assemble',
        ...[1, 2].map((i) => path.join(BASE, `shard-${i}`)),
      ],
      'cache-assembled',
    ),
    'assemble',
  );
  assembled = await hashFiles(path.join(BASE, 'assembled'));
}, 900_000);

describe('sharded build', () => {
  it('splits the documents between the shards, each printed once', () => {
    const counts = shards.map((run) => {
      const match = /shard \d\/2: (\d+) /.exec(run.stdout);
      return Number(match?.[1]);
    });
    // The split is by a hash of the id; together the shards cover every document once.
    expect(published).toBeGreaterThan(3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(published);
    for (const run of shards) expect(run.stdout).not.toMatch(/published /);
  });

  it('assembles without printing or rendering anything itself', () => {
    expect(assembleRun.stdout).toContain(`pdf: 0 printed, ${published} from cache`);
    expect(assembleRun.stdout).toContain(`(0 rendered, ${published} from cache)`);
  });

  it('gives every file the bytes of a one-machine build', () => {
    expect(Object.keys(assembled).length).toBeGreaterThan(20);
    expect(Object.keys(assembled).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(
      published,
    );
    expect(assembled).toEqual(one);
  });
});
