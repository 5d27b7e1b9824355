import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteFiles } from '../../../src/lib/files/site-files.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('siteFiles', () => {
  it('lists every published file, POSIX and sorted, without the print pages or folders', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'site-files-'));
    for (const rel of [
      'index.html',
      'dokument/a/index.html',
      'dokument/a/vedlegg.pdf',
      'utskrift/a/index.html',
      'utskriftar/index.html',
      'bilde/a.png',
    ]) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), '');
    }
    await mkdir(path.join(dir, 'tom'));
    expect(await siteFiles(dir)).toEqual([
      'bilde/a.png',
      'dokument/a/index.html',
      'dokument/a/vedlegg.pdf',
      'index.html',
      'utskriftar/index.html',
    ]);
  });
});
