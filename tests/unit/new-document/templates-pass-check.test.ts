/**
 * Every template, once `npm run new` has filled it, passes the content
 * checker: a clerk's first `npm run check` on a new document is clean.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import { DOC_TYPES } from '../../../src/lib/model/vocabulary.ts';
import { createDocument } from '../../../src/lib/new-document/create-document.ts';

const repo = resolve(import.meta.dirname, '../../..');
const strategyId = 'ardal-laerdal/felles-digitaliseringstrategi-2020-2025';
const cases = DOC_TYPES.flatMap((t) =>
  (['nb', 'nn'] as const).map((malform) => [t.name, malform] as const),
);
let root: string;
let documents: PlanDocument[];
let problems: unknown[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'planverk-templates-'));
  // A real strategy for the handlingsplan templates to point at (from a
  // fixture: content/ is the example site's, which a municipality replaces).
  await mkdir(join(root, 'content', 'ardal-laerdal'), { recursive: true });
  await copyFile(
    join(repo, 'tests/fixtures/data/frozen-examples/content', `${strategyId}.md`),
    join(root, 'content', `${strategyId}.md`),
  );
  for (const [type, malform] of cases) {
    await createDocument(
      {
        type,
        title: `Mal for ${type} på ${malform}: Årdal og Lærdal`,
        malform,
        kommune: 'Årdal, Lærdal',
        dir: 'nye',
        strategy: strategyId,
      },
      { root, templatesDir: join(repo, 'templates'), config, today: new Date(2026, 10, 22) },
    );
  }
  ({ documents, problems } = await loadContent({ root, includeDrafts: true, config }));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('templates filled by npm run new', () => {
  it('give no problems at all in the checker', () => {
    expect(problems).toEqual([]);
  });

  it.each(cases)('%s.%s.md becomes a draft of the right type and målform', (type, malform) => {
    const doc = documents.find(
      (d) => d.id === `nye/2026-mal-for-${type}-pa-${malform}-ardal-og-laerdal`,
    );
    expect(doc).toMatchObject({
      type,
      malform,
      status: 'utkast',
      date: '2026-11-22',
      kommune: ['Årdal', 'Lærdal'],
    });
    if (type === 'handlingsplan') expect(doc?.strategy).toBe(strategyId);
  });
});

describe('a handlingsplan filled where the site has no strategy', () => {
  it.each(['nb', 'nn'] as const)(
    'handlingsplan.%s.md gets focus areas of its own and passes the checker',
    async (malform) => {
      const bare = await mkdtemp(join(tmpdir(), 'planverk-templates-own-'));
      try {
        await mkdir(join(bare, 'content'), { recursive: true });
        const created = await createDocument(
          { type: 'handlingsplan', title: `Handlingsplan utan strategi ${malform}`, malform },
          {
            root: bare,
            templatesDir: join(repo, 'templates'),
            config,
            today: new Date(2026, 10, 22),
          },
        );
        const loaded = await loadContent({ root: bare, includeDrafts: true, config });
        expect(loaded.problems).toEqual([]);
        const doc = loaded.documents.find((d) => created.path.endsWith(`${d.id}.md`));
        expect(doc?.strategy).toBeUndefined();
        expect(doc?.focusAreas.map((a) => a.id)).toEqual(['forste']);
        expect(doc?.actionPlan.map((a) => a.focusArea)).toEqual(['forste']);
      } finally {
        await rm(bare, { recursive: true, force: true });
      }
    },
  );
});
