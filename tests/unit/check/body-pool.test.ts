/**
 * The body pool (src/lib/check/body-pool.ts) checks and renders part of the
 * documents in a worker thread: the validation must give exactly what one
 * thread gives (documents, problems in order, rendered bodies, cache keys),
 * on content with errors and warnings of every kind (broken links and
 * images, links to drafts, attachments, body nesting, status updates,
 * unused files), cold and from the caches a pooled run wrote.
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { plainMessages, RenderCache } from '../../../src/lib/check/render-cache.ts';
import { validateContent, type ValidateResult } from '../../../src/lib/check/validate-content.ts';
import { formatProblems } from '../../../src/lib/model/problems.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = [
  'check/lenke-til-utkast',
  'check/vedlegg-feil',
  'check/brodtekst-djup-liste',
  'check/statusoppdatering-mange-feil',
  'check/ubrukte-filer',
  'images-links/broken',
  'images-links',
];
const COPIES = 5;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planverk-body-pool-'));
  for (let copy = 0; copy < COPIES; copy += 1)
    for (const [i, fixture] of FIXTURES.entries())
      await cp(
        join(ROOT, 'tests/fixtures', fixture, 'content'),
        join(dir, 'content', `k${copy}-${i}`),
        {
          recursive: true,
        },
      );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = async (
  cache: string,
  workers: { threads: number; minJobs: number; waitForWorkers?: boolean },
) => {
  const poolDone = { here: 0, there: 0 };
  const result = await validateContent({
    root: dir,
    contentDir: 'content',
    includeDrafts: false,
    config,
    print: true,
    renderCache: new RenderCache(join(dir, cache), 'fingerprint'),
    workers,
    poolDone,
  });
  return { result, poolDone };
};

/** What the build and the check take from a validation, messages as the checker reads them. */
const seen = (r: ValidateResult) => ({
  problems: r.problems,
  text: formatProblems(r.problems),
  documents: r.documents,
  allDocuments: r.allDocuments,
  checked: r.checked,
  bodies: [...r.bodies].map(([id, b]) => [id, { ...b, messages: plainMessages(b.messages) }]),
  renderKeys: [...r.renderKeys],
});

describe('the body pool', () => {
  it('gives what one thread gives, cold and from the caches it wrote', async () => {
    const alone = await run('cache-alone', { threads: 0, minJobs: 1 });
    expect(alone.poolDone.there).toBe(0);
    const pooled = await run('cache-pooled', { threads: 1, minJobs: 1, waitForWorkers: true });
    // The worker took a real share of the checks and renders.
    expect(pooled.poolDone.there).toBeGreaterThan(10);
    expect(pooled.poolDone.here).toBeGreaterThan(0);
    const expected = seen(alone.result);
    expect(expected.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(expected.problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(expected.bodies.length).toBeGreaterThan(20);
    expect(seen(pooled.result)).toEqual(expected);
    // The caches the pooled run wrote hold the same entries as one thread's.
    const entries = async (cache: string) =>
      (await readdir(join(dir, cache), { recursive: true })).sort();
    expect(await entries('cache-pooled')).toEqual(await entries('cache-alone'));
    const warm = await run('cache-pooled', { threads: 1, minJobs: 1, waitForWorkers: true });
    expect(seen(warm.result)).toEqual(expected);
  }, 120_000);
});
