import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDocumentsBuild, listFiles } from './helpers/build.ts';

// Regression: a document that only quoted a draft's title could not be
// published at all (the gate matched title words). The other one, `npm run
// check` passing a body link to a draft's page URL that the build refused
// at its last step, is tested with the other bad content in one build that
// stops at the check (tests/integration/check/build-stops.test.ts).
describe('the draft gate', () => {
  it('publishes a document that quotes a draft’s title, and nothing of the draft', async () => {
    // The fixture is one layer of the shared fixture-documents build
    // (fixtureDocumentsBuild): the whole build must pass the gate, and no
    // file of it may carry the draft's name.
    const run = await fixtureDocumentsBuild();
    expect(run.code, run.stderr).toBe(0);
    const page = await readFile(
      path.join(run.outDir, 'dokument/tysnes/oppvekstmelding-2025/index.html'),
      'utf8',
    );
    expect(page).toContain('«Skuleplan for Tysnes 2026–2029»');
    expect((await listFiles(run.outDir)).filter((f) => f.includes('skuleplan'))).toEqual([]);
    // The build of four fixtures, when this file is the first to ask for it.
  }, 900_000);
});
