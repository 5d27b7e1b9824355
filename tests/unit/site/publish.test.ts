import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishStaged } from '../../../src/lib/site/publish.ts';

describe('publishStaged', () => {
  it('replaces the output directory with the staged one and leaves nothing aside', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-publish-'));
    const out = path.join(dir, 'dist');
    const staging = path.join(dir, 'staging');
    await mkdir(out);
    await writeFile(path.join(out, 'old.html'), 'old');
    await mkdir(staging);
    await writeFile(path.join(staging, 'index.html'), 'new');
    await publishStaged(staging, out);
    expect(await readdir(out)).toEqual(['index.html']);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['dist']);
  });

  it('creates the output directory when there was none', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-publish-'));
    await mkdir(path.join(dir, 'staging'));
    await writeFile(path.join(dir, 'staging', 'a.txt'), 'a');
    await publishStaged(path.join(dir, 'staging'), path.join(dir, 'dist'));
    expect(await readdir(path.join(dir, 'dist'))).toEqual(['a.txt']);
  });
});

describe('publishStaged into a new folder', () => {
  it('creates missing parent folders of the output directory', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-publish-'));
    await mkdir(path.join(dir, 'staging'));
    await publishStaged(path.join(dir, 'staging'), path.join(dir, 'a', 'b', 'dist'));
    expect(await readdir(path.join(dir, 'a', 'b'))).toEqual(['dist']);
  });
});
