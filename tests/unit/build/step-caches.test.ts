/**
 * The per-page caches of the incremental build (issue 11) must never hand
 * back an outcome for bytes they were not made from: a page whose policy
 * check passed, then edited to break the policy, still stops the build; and
 * a document's check key changes with everything the check reads.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { securityHeadersStep } from '../../../src/lib/build/headers.ts';
import { checkKeys } from '../../../src/lib/content/check-cache.ts';
import { KeyedCache, KeyedTable } from '../../../src/lib/files/keyed-cache.ts';
import { sitePolicy } from '../../../src/lib/site/csp.ts';
import type { BuildContext } from '../../../src/lib/output/step.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'planverk-step-caches-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const page = (body: string): string =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${sitePolicy(config)}"><title>x</title></head><body>${body}</body></html>`;

describe('the security step’s page cache', () => {
  it('checks a page again when its bytes change, and still refuses a broken one', async () => {
    const outDir = path.join(dir, 'site');
    const cacheDir = path.join(dir, 'cache');
    await mkdir(path.join(outDir, 'a'), { recursive: true });
    await writeFile(path.join(outDir, 'a', 'index.html'), page('<p>ok</p>'));
    await writeFile(path.join(outDir, 'index.html'), page('<p>forside</p>'));
    const lines: string[] = [];
    const context = {
      root: ROOT,
      outDir,
      contentDir: path.join(dir, 'content'),
      cacheDir,
      documents: [],
      bodies: new Map(),
      config,
      preview: false,
      logger: { info: (m: string) => lines.push(m), warn: () => {}, error: () => {} },
    } satisfies BuildContext;
    await securityHeadersStep.run(context);
    expect(lines.at(-1)).toContain('(2 checked, 0 unchanged since a build)');
    await securityHeadersStep.run(context);
    expect(lines.at(-1)).toContain('(0 checked, 2 unchanged since a build)');
    const headers = await readFile(path.join(outDir, '_headers'), 'utf8');
    // Same bytes as the checked page, plus an inline handler the policy would block.
    await writeFile(path.join(outDir, 'a', 'index.html'), page('<p onclick="x()">ok</p>'));
    await expect(securityHeadersStep.run(context)).rejects.toThrow(/a\/index\.html: .*onclick/);
    await writeFile(path.join(outDir, 'a', 'index.html'), page('<p>ok</p>'));
    await securityHeadersStep.run(context);
    expect(await readFile(path.join(outDir, '_headers'), 'utf8')).toBe(headers);
  });
});

describe('a document’s check key', () => {
  const cache = new KeyedCache(path.join(tmpdir(), 'unused'));
  const run = {
    contentAbs: '/x/content',
    relativeDir: 'content',
    config: { defaultMalform: 'nb' },
    filesDigest: 'files',
  };
  const key = async (
    changes: Partial<typeof run> & { fingerprint?: string } = {},
    file = 'a.md',
    bytes = 'tekst',
  ): Promise<string> => {
    const { fingerprint = 'code', ...rest } = changes;
    const keyOf = await checkKeys({ cache, fingerprint }, { ...run, ...rest });
    return keyOf(file, Buffer.from(bytes));
  };
  it('changes with the code, configuration, folder, other files, the file and its bytes', async () => {
    const base = await key();
    expect(await key()).toBe(base);
    const others = [
      await key({ fingerprint: 'code-2' }),
      await key({ config: { defaultMalform: 'nn' } }),
      await key({ contentAbs: '/y/content' }),
      await key({ relativeDir: 'innhald' }),
      await key({ filesDigest: 'files-2' }),
      await key({}, 'b.md'),
      await key({}, 'a.md', 'tekst '),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
  it('changes with the date (a date more than five years ahead warns from «today»)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2026, 0, 1, 12));
      const today = await key();
      vi.setSystemTime(new Date(2026, 0, 1, 23));
      expect(await key()).toBe(today);
      vi.setSystemTime(new Date(2026, 0, 2, 1));
      expect(await key()).not.toBe(today);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a keyed table', () => {
  it('keeps what a run used and drops rows unused for 30 days', async () => {
    const file = path.join(dir, 'table.json');
    const table = await new KeyedTable<number>(file).load();
    table.set('old', 1, 0);
    table.set('new', 2, 40 * 86_400_000);
    await table.save(40 * 86_400_000);
    const again = await new KeyedTable<number>(file).load();
    expect(again.get('new')).toBe(2);
    expect(again.get('old')).toBeUndefined();
    expect([again.hits, again.misses]).toEqual([1, 1]);
  });
});

describe('a keyed cache’s copy of an entry', () => {
  it('copies the entry’s bytes, misses without one, and never writes over a file', async () => {
    const cache = new KeyedCache(path.join(dir, 'copies'), '.pdf');
    await cache.put('k', 'the bytes of a PDF');
    const target = path.join(dir, 'copied.pdf');
    expect(await cache.copyTo('k', target)).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('the bytes of a PDF');
    expect(await cache.copyTo('missing', path.join(dir, 'not-there.pdf'))).toBe(false);
    await expect(readFile(path.join(dir, 'not-there.pdf'))).rejects.toThrow();
    // A file already there (an attachment named like the PDF) is left as it is.
    await writeFile(path.join(dir, 'taken.pdf'), 'an attachment');
    await expect(cache.copyTo('k', path.join(dir, 'taken.pdf'))).rejects.toThrow(/EEXIST/);
    expect(await readFile(path.join(dir, 'taken.pdf'), 'utf8')).toBe('an attachment');
    // A missing target folder is an error of the caller, not a miss.
    await expect(cache.copyTo('k', path.join(dir, 'no-folder', 'x.pdf'))).rejects.toThrow(/ENOENT/);
    // The refused copy counts as neither a hit nor a miss.
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });
});
