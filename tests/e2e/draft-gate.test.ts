import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../fixtures/config/planverk.config.ts';
import { validateContent } from '../../src/lib/check/validate-content.ts';
import { formatProblems } from '../../src/lib/model/problems.ts';
import { E2E_DIR, ROOT, listFiles, runBuild } from './helpers/build.ts';

// Regressions: `npm run check` passed a body link to a draft's page URL and
// the build refused it at its last step; and a document that only quoted a
// draft's title could not be published at all (the gate matched title words).
const ENV = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };

describe('the draft gate and the checker agree', () => {
  it('publishes a document that quotes a draft’s title, and nothing of the draft', async () => {
    const out = path.join(E2E_DIR, 'draft-gate-quote');
    const run = await runBuild({
      content: 'tests/fixtures/site/sitat-av-utkast/content',
      out,
      env: ENV,
    });
    expect(run.code, run.stderr).toBe(0);
    const page = await readFile(
      path.join(out, 'dokument/tysnes/oppvekstmelding-2025/index.html'),
      'utf8',
    );
    expect(page).toContain('«Skuleplan for Tysnes 2026–2029»');
    expect((await listFiles(out)).filter((f) => f.includes('skuleplan'))).toEqual([]);
  });

  it('stops on links into a draft with exactly the lines `npm run check` prints', async () => {
    const content = 'tests/fixtures/check/lenke-til-utkast/content';
    const run = await runBuild({ content, out: path.join(E2E_DIR, 'draft-gate-links'), env: ENV });
    expect(run.code).toBe(1);
    const { problems } = await validateContent({
      root: ROOT,
      contentDir: content,
      includeDrafts: false,
      config,
    });
    expect(problems).toHaveLength(12);
    expect(run.stderr).toContain(formatProblems(problems));
    expect(run.stderr).not.toContain('Drafts leaked');
  });
});
