import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_DIR, listFiles, runBuild } from './helpers/build.ts';

// Regression: a document that only quoted a draft's title could not be
// published at all (the gate matched title words). The other one, `npm run
// check` passing a body link to a draft's page URL that the build refused
// at its last step, is tested with the other bad content in one build that
// stops at the check (tests/integration/check/build-stops.test.ts).
const ENV = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };

describe('the draft gate', () => {
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
});
