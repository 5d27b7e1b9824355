/**
 * The render cache must not change what a check or a build reports: a run
 * that takes every body from the cache gives the same problems (warnings
 * included, same lines, columns and messages) and the same rendered bodies
 * as a run without it; and a change to what a body resolves against (another
 * document's headings, a file next to it) renders it again.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { validateContent } from '../../../src/lib/check/validate-content.ts';
import { RenderCache } from '../../../src/lib/check/render-cache.ts';

const ROOT = join(import.meta.dirname, '../../..');
let dir: string;
let content: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planverk-render-cache-'));
  content = join(dir, 'content');
  // Errors (links to a draft) and, below, warnings (language rules) in one folder.
  await cp(join(ROOT, 'tests/fixtures/check/lenke-til-utkast/content'), content, {
    recursive: true,
  });
  await writeFile(
    join(content, 'tysnes', 'lang.md'),
    '---\ntittel: Lang setning\ntype: notat\nmålform: nb\nkommune: Tysnes\nstatus: vedtatt\n' +
      'dato: 2025-06-02\n---\n\n## Tekst\n\n' +
      `${'Dette er en setning som er altfor lang og som fortsetter '.repeat(4)}uten stopp.\n`,
  );
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const check = (renderCache?: RenderCache) =>
  validateContent({
    root: dir,
    contentDir: content,
    includeDrafts: false,
    config,
    print: true,
    ...(renderCache ? { renderCache } : {}),
  });

/** The bodies without their messages (the cache keeps only the fields the checker reads). */
const rendered = (bodies: Map<string, { messages: unknown }>) =>
  [...bodies].map(([id, { messages: _messages, ...rest }]) => [id, rest]);

describe('render cache', () => {
  it('gives the same problems and bodies as a run without it', async () => {
    const plain = await check();
    expect(plain.problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(plain.problems.some((p) => p.severity === 'error')).toBe(true);
    const cacheDir = join(dir, 'cache-1');
    const cold = new RenderCache(cacheDir, 'code');
    const first = await check(cold);
    expect(cold.hits).toBe(0);
    expect(cold.misses.length).toBe(plain.bodies.size);
    const warm = new RenderCache(cacheDir, 'code');
    const second = await check(warm);
    expect(warm.misses).toEqual([]);
    expect(warm.hits).toBe(plain.bodies.size);
    // Every file's own check came from the cache too (src/lib/content/check-cache.ts).
    expect(cold.checks.hits).toBe(0);
    expect(warm.checks.hits).toBe(plain.checked);
    for (const run of [first, second]) {
      expect(run.problems).toEqual(plain.problems);
      expect(run.allDocuments).toEqual(plain.allDocuments);
      expect(run.documents).toEqual(plain.documents);
      expect(rendered(run.bodies)).toEqual(rendered(plain.bodies));
    }
    expect(second.renderKeys).toEqual(first.renderKeys);
  }, 60_000);

  it('renders again after a new file in the content folder or another code fingerprint', async () => {
    const cacheDir = join(dir, 'cache-2');
    await check(new RenderCache(cacheDir, 'code'));
    await writeFile(join(content, 'tysnes', 'figur.png'), 'not really a png');
    const afterFile = new RenderCache(cacheDir, 'code');
    await check(afterFile);
    expect(afterFile.hits).toBe(0);
    expect(afterFile.checks.hits).toBe(0);
    const afterCode = new RenderCache(cacheDir, 'code-2');
    await check(afterCode);
    expect(afterCode.hits).toBe(0);
    expect(afterCode.checks.hits).toBe(0);
    await rm(join(content, 'tysnes', 'figur.png'));
  }, 60_000);

  it('checks again only the file whose bytes changed, with the problems a run without cache gives', async () => {
    const cacheDir = join(dir, 'cache-3');
    await check(new RenderCache(cacheDir, 'code'));
    const file = join(content, 'tysnes', 'lang.md');
    const before = await readFile(file, 'utf8');
    // Another long sentence in the edited file: its check must not come from the cache.
    await writeFile(
      file,
      `${before}\n${'Enda en setning som er altfor lang og som fortsetter '.repeat(5)}uten stopp.\n`,
    );
    try {
      const warm = new RenderCache(cacheDir, 'code');
      const edited = await check(warm);
      const plain = await check();
      expect(warm.checks.misses).toBe(1);
      expect(warm.checks.hits).toBe(plain.checked - 1);
      expect(warm.misses).toContain('tysnes/lang');
      expect(edited.problems).toEqual(plain.problems);
      expect(edited.allDocuments).toEqual(plain.allDocuments);
    } finally {
      await writeFile(file, before);
    }
  }, 60_000);
});
