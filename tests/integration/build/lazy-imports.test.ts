/**
 * A build that stops on a content error pays only for validation: it never
 * loads Astro and Vite, Chromium's driver, satori and resvg, or Pagefind
 * (src/lib/build/build-steps.ts imports each step's module when it runs).
 * The modules the build process loads are logged by a preloaded hook.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureProject } from '../../helpers/project.ts';

const run = promisify(execFile);

/** Packages only the pages and the post-build steps need. */
const HEAVY = [
  'astro',
  'vite',
  'rolldown',
  'playwright-core',
  'satori',
  '@resvg/resvg-js',
  'pagefind',
];

describe('a build stopping on a content error', () => {
  const temp = mkdtempSync(join(tmpdir(), 'planverk-lazy-imports-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('loads none of Astro, Vite, playwright-core, satori, resvg or Pagefind', async () => {
    const log = join(temp, 'modules.txt');
    const hook = join(import.meta.dirname, 'module-log.mjs');
    const args = ['scripts/build.ts', '--content', 'tests/fixtures/check/koding/content'];
    const result = await run(process.execPath, [...args, '--out', join(temp, 'out')], {
      cwd: await fixtureProject('lazy-imports'),
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${hook}`,
        PLANVERK_TEST_MODULE_LOG: log,
      },
    }).then(
      () => 0,
      (error: { code: number; stderr: string }) => {
        expect(error.stderr).toContain('build stopped');
        return error.code;
      },
    );
    expect(result).toBe(1);
    const loaded = readFileSync(log, 'utf8').split('\n');
    // The hook saw the build's own modules (so an empty log cannot pass)…
    expect(loaded.some((url) => url.endsWith('/src/lib/check/validate-content.ts'))).toBe(true);
    // …and none of the packages the pages and steps need.
    const heavy = loaded.filter((url) =>
      HEAVY.some((name) => url.includes(`/node_modules/${name}/`)),
    );
    expect(heavy).toEqual([]);
  });
});
