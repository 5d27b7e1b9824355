/**
 * A build with a content error stops before Astro starts, says what is
 * wrong, exits 1 and leaves the previous output directory exactly as it was.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_DIR, hashTree, ROOT, runBuild } from './helpers/build.ts';

describe('a failed build', () => {
  it('exits 1 with the checker message and leaves the old dist untouched', async () => {
    const out = path.join(E2E_DIR, 'broken-dist');
    await rm(out, { recursive: true, force: true });
    await mkdir(path.join(out, 'dokument'), { recursive: true });
    await writeFile(path.join(out, 'index.html'), '<!doctype html><title>Førre versjon</title>');
    await writeFile(path.join(out, 'dokument', 'gammal.html'), 'gammal');
    const before = await hashTree(out);

    const run = await runBuild({
      content: path.join(ROOT, 'tests/fixtures/site/broken/content'),
      out,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('manglar-tittel.md');
    expect(run.stderr).toMatch(/tittel/);
    expect(run.stdout).not.toMatch(/astro: \d+ pages/);
    expect(await hashTree(out)).toBe(before);
  });
});
