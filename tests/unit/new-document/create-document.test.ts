import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDocument,
  type NewDocumentContext,
} from '../../../src/lib/new-document/create-document.ts';
import { splitFrontmatter } from '../../../src/lib/model/frontmatter.ts';

const templatesDir = resolve(import.meta.dirname, '../../../templates');
const config = {
  defaultMalform: 'nn' as const,
  kommuner: [{ name: 'Årdal' }, { name: 'Lærdal' }, { name: 'Tysnes' }, { name: 'Levanger' }],
};
let root: string;
let context: NewDocumentContext;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'planverk-new-'));
  context = { root, templatesDir, config, today: new Date(2026, 10, 22) };
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function frontmatter(path: string): Promise<Record<string, unknown>> {
  const split = splitFrontmatter(await readFile(path, 'utf8'));
  if (split.kind !== 'ok') throw new Error(`no frontmatter in ${path}`);
  return parse(split.yaml) as Record<string, unknown>;
}

describe('createDocument', () => {
  it('creates a draft from the template in the kommune folder with a transliterated name', async () => {
    const result = await createDocument(
      { type: 'Saksfremlegg', title: 'Kjøp av nye PC-ar til skulane i Årdal', kommune: 'årdal' },
      context,
    );
    expect(result.displayPath).toBe('content/ardal/2026-kjop-av-nye-pc-ar-til-skulane-i-ardal.md');
    expect(await frontmatter(result.path)).toMatchObject({
      tittel: 'Kjøp av nye PC-ar til skulane i Årdal',
      type: 'saksframlegg',
      målform: 'nn',
      kommune: 'Årdal',
      status: 'utkast',
      dato: '2026-11-22',
    });
    expect(await readFile(result.path, 'utf8')).toContain('## Saksopplysningar');
  });

  it('uses the bokmål template and the first kommune by default, and honours --dir', async () => {
    const result = await createDocument(
      { type: 'notat', title: 'Møte om økonomi', malform: 'nb', dir: 'notater' },
      context,
    );
    expect(result.displayPath).toBe('content/notater/2026-mote-om-okonomi.md');
    expect(await frontmatter(result.path)).toMatchObject({
      målform: 'nb',
      kommune: 'Årdal',
      status: 'utkast',
    });
    expect(await readFile(result.path, 'utf8')).toContain('## Anbefaling');
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const first = await createDocument({ type: 'plan', title: 'Plan', kommune: 'Tysnes' }, context);
    await writeFile(first.path, 'mitt arbeid\n');
    await expect(
      createDocument({ type: 'plan', title: 'Plan', kommune: 'Tysnes' }, context),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NewDocumentError: Fila content/tysnes/2026-plan.md finst alt, og eg skriv ikkje over henne. Vel ein annan tittel, eller bruk --dir for ei anna mappe.]`,
    );
    expect(await readFile(first.path, 'utf8')).toBe('mitt arbeid\n');
  });

  it('suggests the nearest type, in the chosen målform', async () => {
    await expect(
      createDocument({ type: 'saksframleg', title: 'X', malform: 'nb' }, context),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NewDocumentError: Ukjent dokumenttype «saksframleg». Mente du «saksframlegg»? Gyldige typer er: strategi, plan, handlingsplan, saksframlegg, orientering, notat.]`,
    );
    await expect(
      createDocument({ type: 'budsjett', title: 'X' }, context),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NewDocumentError: Ukjend dokumenttype «budsjett». Gyldige typar er: strategi, plan, handlingsplan, saksframlegg, orientering, notat.]`,
    );
  });

  it('rejects unknown kommunar, missing titles and titles without letters', async () => {
    await expect(
      createDocument({ type: 'plan', title: 'X', kommune: 'Lerdal' }, context),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NewDocumentError: Kommunen «Lerdal» finst ikkje i planverk.config.ts. Meinte du «Lærdal»? Kjende kommunar er: Årdal, Lærdal, Tysnes, Levanger.]`,
    );
    await expect(createDocument({ type: 'plan' }, context)).rejects.toThrow(
      /Skriv ein tittel i hermeteikn/,
    );
    await expect(createDocument({ type: 'plan', title: '–––' }, context)).rejects.toThrow(
      /gjev ikkje noko filnamn/,
    );
  });

  it('links a handlingsplan to the newest strategy of its kommune, or gives it focus areas of its own', async () => {
    // No strategy on the site: the plan gets its own satsingsområde, and the clerk is told.
    const own = await createDocument({ type: 'handlingsplan', title: 'HP utan strategi' }, context);
    const ownFront = await frontmatter(own.path);
    expect(ownFront['strategi']).toBeUndefined();
    expect(ownFront['satsingsområde']).toEqual([expect.objectContaining({ id: 'forste' })]);
    expect(ownFront['handlingsplan']).toEqual([
      expect.objectContaining({ satsingsområde: 'forste' }),
    ]);
    expect(await readFile(own.path, 'utf8')).not.toMatch(/\{\{|\}\}/);
    expect(own.notices.at(-1)).toMatch(/^Fann ingen strategi .* eigne satsingsområde/);
    const strategy = (id: string, kommune: string, dato: string) =>
      writeFile(
        join(root, 'content', `${id}.md`),
        `---\nType: Strategi\nkommune: ${kommune}\ndato: ${dato}\n---\n`,
      );
    await mkdir(join(root, 'content', 'x'), { recursive: true });
    await strategy('x/gammal', '[Årdal, Lærdal]', '01.01.2019');
    await strategy('x/ny', '[Årdal, Lærdal]', '26.03.20');
    await strategy('x/tysnes', 'Tysnes', '2025-01-01');
    const result = await createDocument(
      { type: 'handlingsplan', title: 'HP', kommune: 'Lærdal' },
      context,
    );
    expect((await frontmatter(result.path))['strategi']).toBe('x/ny');
    expect(result.notices).toEqual([
      'Handlingsplanen er knytt til strategien x/ny. Bruk --strategi <id> for ein annan.',
    ]);
  });

  it('says which kommune it chose and how to pick another, in the chosen målform', async () => {
    const nb = await createDocument(
      { type: 'notat', title: 'Møte om økonomi', malform: 'nb' },
      context,
    );
    expect(nb.notices).toEqual([
      'Kommune: Årdal (den første i planverk.config.ts). Velg en annen med --kommune, for eksempel --kommune "Lærdal"; flere skilles med komma. Kjente kommuner: Årdal, Lærdal, Tysnes, Levanger.',
    ]);
    const nn = await createDocument({ type: 'notat', title: 'Møte om skule' }, context);
    expect(nn.notices).toEqual([
      'Kommune: Årdal (den første i planverk.config.ts). Vel ein annan med --kommune, til dømes --kommune "Lærdal"; fleire skil du med komma. Kjende kommunar: Årdal, Lærdal, Tysnes, Levanger.',
    ]);
    const one = await createDocument(
      { type: 'notat', title: 'Eitt notat' },
      { ...context, config: { ...config, kommuner: [{ name: 'Tysnes' }] } },
    );
    expect(one.notices).toEqual(['Kommune: Tysnes (den einaste i planverk.config.ts).']);
    // Named on the command line: nothing to explain.
    const named = await createDocument(
      { type: 'notat', title: 'Notat for Tysnes', kommune: 'tysnes' },
      context,
    );
    expect(named.notices).toEqual([]);
  });
});
