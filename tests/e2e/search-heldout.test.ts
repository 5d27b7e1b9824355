import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../src/lib/config/schema.ts';
import { createSearchStep } from '../../src/lib/search/pagefind-step.ts';
import {
  evaluate,
  readQueries,
  renderReport,
  summarize,
  type QueryResult,
} from '../fixtures/search/heldout/evaluate.ts';
import { openIndex } from '../fixtures/search/query.ts';
import { E2E_DIR, ROOT, runBuild } from './helpers/build.ts';

// Held-out evaluation: documents and citizen queries that none of the search
// word lists were built from, run against the index `npm run build` makes,
// and against a plain Pagefind index of the same pages for comparison.
// PLANVERK_HELDOUT_REPORT=1 also writes the report to bench/heldout-report.md.
const OUT = path.join(E2E_DIR, 'search-heldout');
const queries = readQueries();
let planverk: QueryResult[];
let plain: QueryResult[];

beforeAll(async () => {
  const env = { DEV: '', PROD: '1', MODE: 'production', NODE_ENV: 'production' };
  const content = 'tests/fixtures/search/heldout/content';
  const run = await runBuild({ content, out: OUT, env });
  if (run.code !== 0) throw new Error(`held-out build failed:\n${run.stdout}\n${run.stderr}`);
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  await createSearchStep({ expand: false, bundleDir: 'pagefind-plain' }).run({
    root: ROOT,
    outDir: OUT,
    contentDir: content,
    cacheDir: path.join(OUT, '.cache'),
    documents: [],
    bodies: new Map(),
    config: { defaultMalform: 'nn' } as SiteConfig,
    preview: false,
    logger,
  });
  planverk = await evaluate(await openIndex(OUT), queries);
  plain = await evaluate(await openIndex(OUT, 'pagefind-plain'), queries);
  const report = renderReport([
    { name: 'plain Pagefind', results: plain },
    { name: 'Planverk', results: planverk },
  ]);
  await writeFile(path.join(E2E_DIR, 'search-heldout-report.md'), report);
  if (process.env['PLANVERK_HELDOUT_REPORT']) {
    await writeFile(path.join(ROOT, 'bench', 'heldout-report.md'), report);
  }
});

// False positives that plain Pagefind shows too: when a word matches nothing,
// Pagefind retries with a shorter prefix («hamn» → «ha», «18/112» → «18»,
// «soeknad» → «soek», the ASCII form of «søker»), and its stemmer cuts
// «demens» to «dem», a prefix of the split-off part «dempere».
const KNOWN_FALSE_POSITIVES = ['demens', 'soeknad', 'hamn', '18/112'];

describe('held-out queries against the built index', () => {
  it('has at least 100 queries', () => expect(queries.length).toBeGreaterThanOrEqual(100));
  // 0.95 sits three (query, document) pairs below the measured 0.969: a
  // regression in any one mechanism (pairs, rules, ASCII, splitting) fails it.
  it('finds at least 95 % of the expected documents, far more than plain Pagefind', () => {
    const ours = summarize(planverk).recall;
    const base = summarize(plain).recall;
    console.log(`held-out recall: Planverk ${ours.toFixed(3)}, plain Pagefind ${base.toFixed(3)}`);
    expect(ours).toBeGreaterThanOrEqual(0.95);
    expect(ours - base).toBeGreaterThanOrEqual(0.25);
  });
  it.each(['number', 'ascii', 'inflect', 'word'])('finds the documents of every %s query', (c) => {
    const failed = planverk.filter((r) => r.category === c && r.missing.length > 0);
    expect(failed.map((r) => r.query)).toEqual([]);
  });
  it('shows no false positive on exact rows beyond the known Pagefind ones', () => {
    const extra = summarize(planverk).falsePositives.map((r) => r.query);
    expect(extra.filter((q) => !KNOWN_FALSE_POSITIVES.includes(q))).toEqual([]);
  });
});
