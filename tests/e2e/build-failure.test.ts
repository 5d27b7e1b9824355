/**
 * A build with a content error stops before Astro starts, says what is
 * wrong, exits 1 and leaves the previous output directory exactly as it was.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_DIR, hashTree, ROOT, runBuild, runScript, type ScriptRun } from './helpers/build.ts';

/** An output directory holding a "previous build", and its fingerprint. */
async function previousOutput(name: string): Promise<{ out: string; before: string }> {
  const out = path.join(E2E_DIR, name);
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, 'dokument'), { recursive: true });
  await writeFile(path.join(out, 'index.html'), '<!doctype html><title>Førre versjon</title>');
  await writeFile(path.join(out, 'dokument', 'gammal.html'), 'gammal');
  return { out, before: await hashTree(out) };
}

/** Runs `npm run check -- --dir <dir>` (scripts/check.ts). */
const runCheck = (dir: string): Promise<ScriptRun> => runScript(['scripts/check.ts', '--dir', dir]);

/** The problem lines of the checker's output (`  file:line  error  …`). */
const problemLines = (text: string): string[] =>
  text.split('\n').filter((line) => /^ {2}\S+:\d+(:\d+)? {2}(error|warning) {2}/.test(line));

describe('a failed build', () => {
  it('exits 1 with the checker message and leaves the old dist untouched', async () => {
    const { out, before } = await previousOutput('broken-dist');
    const run = await runBuild({
      content: path.join(ROOT, 'tests/fixtures/site/broken/content'),
      out,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('manglar-tittel.md');
    expect(run.stderr).toMatch(/tittel/);
    expect(run.stdout).not.toMatch(/astro: \d+ page/);
    expect(await hashTree(out)).toBe(before);
  });

  // Regression: a bad status-update file passed the build's own loader and
  // ended in an Astro prerender stack trace.
  it('stops on a broken status-update file with exactly the lines npm run check prints', async () => {
    const dir = 'tests/fixtures/site/broken-status/content';
    const { out, before } = await previousOutput('broken-status-dist');
    const [run, check] = await Promise.all([runBuild({ content: dir, out }), runCheck(dir)]);
    expect(check.code).toBe(1);
    const expected = problemLines(check.stdout);
    expect(expected.map((line) => line.match(/\[([\w-]+)\]$/)?.[1])).toEqual([
      'oppdatering-tiltak-ukjent',
      'oppdatering-dato-ugyldig',
    ]);
    expect(run.code).toBe(1);
    expect(problemLines(run.stderr)).toEqual(expected);
    expect(run.stderr).toContain('✖ 2 feil i 1 fil');
    expect(run.stderr).toContain('build stopped: fix the problems above');
    // No stack trace, and Astro never started.
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stdout).not.toMatch(/astro: \d+ page/);
    expect(await hashTree(out)).toBe(before);
  });
});
