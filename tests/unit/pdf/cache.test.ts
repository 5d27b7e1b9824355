import { readdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, PdfCache } from '../../../src/lib/pdf/cache.ts';
import { srgbProfile } from '../../../src/lib/pdf/output-intent.ts';
import { pdfCacheKey, type PdfKeyParts } from '../../../src/lib/pdf/pdf-step.ts';
import { scratchDir } from '../../helpers/scratch.ts';

describe('cacheKey', () => {
  it('is stable and changes with any part or with how the parts are split', () => {
    const key = cacheKey(['<html>', new Uint8Array([1, 2])]);
    expect(cacheKey(['<html>', new Uint8Array([1, 2])])).toBe(key);
    expect(cacheKey(['<html> ', new Uint8Array([1, 2])])).not.toBe(key);
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
  });
});

describe('pdfCacheKey', () => {
  /** The parts of one PDF's key, the same each time it is asked for. */
  async function keyParts(): Promise<PdfKeyParts> {
    return {
      codeVersion: 'v1',
      chromiumKey: 'system:/usr/bin/chromium',
      profile: await srgbProfile(),
      info: {
        title: 'T',
        author: 'A',
        subject: 'S',
        keywords: [],
        language: 'nb',
        created: new Date(0),
      },
      html: '<html>',
      assets: ['a.css'],
    };
  }

  it('changes with the bytes of the ICC profile the OutputIntent embeds', async () => {
    const parts = await keyParts();
    const profile = parts.profile;
    const key = pdfCacheKey(parts);
    expect(pdfCacheKey({ ...parts, profile: new Uint8Array(profile) })).toBe(key);
    const changed = new Uint8Array(profile);
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 0xff;
    expect(pdfCacheKey({ ...parts, profile: changed })).not.toBe(key);
  });

  it('changes with the Chromium that prints', async () => {
    const parts = await keyParts();
    expect(pdfCacheKey({ ...parts, chromiumKey: 'bundled:153.0.0' })).not.toBe(pdfCacheKey(parts));
  });
});

describe('PdfCache', () => {
  it('stores, returns and prunes PDFs unused for 30 days', async () => {
    const cache = new PdfCache(scratchDir('pdf-cache-'));
    expect(await cache.get('a')).toBeUndefined();
    await cache.put('a', new Uint8Array([37, 80, 68, 70]));
    await cache.put('b', new Uint8Array([1]));
    expect(Buffer.from((await cache.get('a')) ?? []).toString()).toBe('%PDF');
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await utimes(path.join(cache.dir, 'b.pdf'), old, old);
    expect(await cache.prune()).toBe(1);
    expect(await readdir(cache.dir)).toEqual(['a.pdf']);
  });
});

describe('PdfCache TOC hints', () => {
  it('remembers the TOC numbers per document, ignores a damaged file, survives pruning', async () => {
    const cache = new PdfCache(scratchDir('pdf-toc-'));
    expect(await cache.getTocPages('tysnes/plan')).toBeUndefined();
    await cache.putTocPages('tysnes/plan', { innleiing: 2, 'mal-og-tiltak': 5 });
    await cache.putTocPages('tysnes/annan-plan', { innleiing: 3 });
    expect(await cache.getTocPages('tysnes/plan')).toEqual({ innleiing: 2, 'mal-og-tiltak': 5 });
    const [file] = await readdir(path.join(cache.dir, 'toc'));
    // Only whole page numbers from 1 are taken; anything else is no hint.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      path.join(cache.dir, 'toc', file ?? ''),
      '{"a": 2, "b": "3", "c": 0, "d": 1.5}',
    );
    const hints = [
      await cache.getTocPages('tysnes/plan'),
      await cache.getTocPages('tysnes/annan-plan'),
    ];
    expect(hints.filter((h) => h && 'a' in h)).toEqual([{ a: 2 }]);
    await writeFile(path.join(cache.dir, 'toc', file ?? ''), 'not json');
    const after = [
      await cache.getTocPages('tysnes/plan'),
      await cache.getTocPages('tysnes/annan-plan'),
    ];
    expect(after.filter((h) => h === undefined)).toHaveLength(1);
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await utimes(path.join(cache.dir, 'toc'), old, old);
    expect(await cache.prune()).toBe(0);
    expect((await readdir(path.join(cache.dir, 'toc'))).length).toBe(2);
  });
});
