import { describe, expect, it } from 'vitest';
import { checkStepGraph, runStepGraph, type GraphStep } from '../../../src/lib/build/step-graph.ts';

const step = (name: string, after: string[] = [], parts: Partial<GraphStep> = {}): GraphStep => ({
  name,
  after,
  run: async () => undefined,
  ...parts,
});

/** Runs a graph whose steps each wait a tick, recording starts, ends and the most at once. */
async function trace(steps: GraphStep[], concurrency: number, fail?: string) {
  const events: string[] = [];
  let now = 0;
  let most = 0;
  await runStepGraph(
    steps,
    async (s) => {
      events.push(`start ${s.name}`);
      most = Math.max(most, ++now);
      await new Promise((resolve) => setTimeout(resolve, 5));
      now--;
      events.push(`end ${s.name}`);
      if (s.name === fail) throw new Error(`${s.name} failed`);
    },
    concurrency,
  ).catch((error: unknown) => events.push(`threw ${(error as Error).message}`));
  return { events, most };
}

describe('runStepGraph', () => {
  const graph = [
    step('vedlegg'),
    step('pdf', ['vedlegg']),
    step('cards', ['vedlegg']),
    step('headers', ['cards']),
    step('links', ['pdf', 'headers']),
  ];

  it('starts a step only after those it runs after, each once, at most `concurrency` at a time', async () => {
    const { events, most } = await trace(graph, 2);
    expect(most).toBe(2);
    const at = (e: string) => events.indexOf(e);
    expect(at('start pdf')).toBeGreaterThan(at('end vedlegg'));
    expect(at('start headers')).toBeGreaterThan(at('end cards'));
    expect(at('start links')).toBeGreaterThan(Math.max(at('end pdf'), at('end headers')));
    expect(events.filter((e) => e.startsWith('start')).sort()).toEqual(
      graph.map((s) => `start ${s.name}`).sort(),
    );
  });

  it('runs one at a time in the listed order with concurrency 1', async () => {
    const { events, most } = await trace(graph, 1);
    expect(most).toBe(1);
    expect(events.filter((e) => e.startsWith('start'))).toEqual(
      ['vedlegg', 'pdf', 'cards', 'headers', 'links'].map((n) => `start ${n}`),
    );
  });

  it('starts nothing after a failure, awaits what runs, and throws the error', async () => {
    const { events } = await trace(graph, 2, 'cards');
    expect(events).toContain('end pdf');
    expect(events).not.toContain('start headers');
    expect(events).not.toContain('start links');
    expect(events.at(-1)).toBe('threw cards failed');
  });
});

describe('checkStepGraph', () => {
  it('accepts the graph above and refuses unknown steps, cycles and duplicates', () => {
    expect(checkStepGraph([step('a'), step('b', ['a'])])).toEqual([]);
    expect(checkStepGraph([step('a', ['x'])])).toEqual(['step a runs after x, which is no step']);
    expect(checkStepGraph([step('a', ['b']), step('b', ['a'])])[0]).toMatch(/cycle/);
    expect(checkStepGraph([step('a'), step('a')])).toEqual(['step a is listed twice']);
  });

  it('refuses two unordered steps where one writes what the other reads', () => {
    const pdf = step('pdf', [], { writes: ['pages'] });
    const search = step('search', [], { reads: ['pages'] });
    expect(checkStepGraph([pdf, search])).toEqual([
      'steps pdf and search both touch pages but neither runs after the other',
    ]);
    expect(checkStepGraph([pdf, { ...search, after: ['pdf'] }])).toEqual([]);
    expect(checkStepGraph([step('a', [], { reads: ['pages'] }), search])).toEqual([]);
  });

  it('is checked before anything runs', async () => {
    let ran = false;
    await expect(
      runStepGraph([step('a', ['b']), step('b', ['a'])], async () => void (ran = true), 2),
    ).rejects.toThrow(/cycle/);
    expect(ran).toBe(false);
  });
});

describe("the build's own step graph", () => {
  it('is valid, its listed order is a valid one-at-a-time order, and pdf-links comes after every page reader', async () => {
    const { BUILD_STEPS, SHARD_STEPS } = await import('../../../src/lib/build/build-steps.ts');
    expect(checkStepGraph(BUILD_STEPS)).toEqual([]);
    const order: string[] = [];
    await runStepGraph(BUILD_STEPS, async (s) => void order.push(s.name), 1);
    expect(order).toEqual(BUILD_STEPS.map((s) => s.name));
    const links = BUILD_STEPS.find((s) => s.name === 'pdf-links');
    for (const reader of ['pdf', 'sitemap', 'security-headers', 'search', 'manifest'])
      expect(links?.after).toContain(reader);
    expect(order.at(-1)).toBe('pdf-links');
    for (const name of SHARD_STEPS) expect(order).toContain(name);
  });

  it('without PDFs (the bench) keeps the graph and runs every other step, the PDF step only warning', async () => {
    const { BUILD_STEPS, withoutPdfs } = await import('../../../src/lib/build/build-steps.ts');
    const steps = withoutPdfs(BUILD_STEPS);
    expect(checkStepGraph(steps)).toEqual([]);
    expect(steps.map((s) => [s.name, s.after])).toEqual(BUILD_STEPS.map((s) => [s.name, s.after]));
    // Every other step is the very same object; only the PDF step's run is replaced.
    steps.forEach((s, i) => {
      if (s.name === 'pdf') expect(s).not.toBe(BUILD_STEPS[i]);
      else expect(s).toBe(BUILD_STEPS[i]);
    });
    const warnings: string[] = [];
    const logger = { info: () => {}, warn: (m: string) => void warnings.push(m), error: () => {} };
    const pdf = steps.find((s) => s.name === 'pdf');
    // A context with nothing but a logger: a PDF step that did any work would fail on it.
    await pdf?.run({ logger } as unknown as Parameters<NonNullable<typeof pdf>['run']>[0]);
    expect(warnings).toEqual([expect.stringMatching(/PLANVERK_BENCH_NO_PDF/)]);
  });

  it('declares what each step reads and writes, so that dropping an order it needs is caught', async () => {
    const { BUILD_STEPS } = await import('../../../src/lib/build/build-steps.ts');
    for (const s of BUILD_STEPS) expect(s.writes?.length, s.name).toBeGreaterThan(0);
    const unordered = (name: string) =>
      checkStepGraph(BUILD_STEPS.map((s) => (s.name === name ? { ...s, after: [] } : s)));
    // pdf-links rewrites the pages and removes the print pages: every reader must finish first.
    const links = unordered('pdf-links').join('\n');
    for (const reader of ['pdf', 'sitemap', 'security-headers', 'search'])
      expect(links).toMatch(new RegExp(`steps ${reader} and pdf-links both touch`));
    // The PDFs print pages that load the attachments and the favicon.
    const pdf = unordered('pdf').join('\n');
    for (const writer of ['vedlegg', 'favicon'])
      expect(pdf).toMatch(new RegExp(`steps ${writer} and pdf both touch`));
  });
});
