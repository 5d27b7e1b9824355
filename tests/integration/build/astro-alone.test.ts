import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject, ROOT } from '../../helpers/project.ts';

// `npm run build` hands the pages their run (src/lib/site/handover.ts);
// `astro build` on its own must not publish a site without search, PDFs,
// open data and attachments, but stop and say what to run instead.
describe('astro build without npm run build', () => {
  it('stops before writing anything, pointing to npm run build', async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'planverk-astro-alone-'));
    const out = path.join(tmp, 'dist');
    try {
      const run = spawnSync(
        process.execPath,
        [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
        { cwd: await fixtureProject('astro-alone'), encoding: 'utf8', timeout: 110_000 },
      );
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain('`npm run build`');
      expect(existsSync(out)).toBe(false);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
