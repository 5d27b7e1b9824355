import { cp, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishStaged } from '../../../src/lib/build/publish.ts';
import { scratchDir } from '../../helpers/scratch.ts';

describe('publishStaged', () => {
  it('replaces the output directory with the staged one and leaves nothing aside', async () => {
    const dir = scratchDir('planverk-publish-');
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
    const dir = scratchDir('planverk-publish-');
    await mkdir(path.join(dir, 'staging'));
    await writeFile(path.join(dir, 'staging', 'a.txt'), 'a');
    await publishStaged(path.join(dir, 'staging'), path.join(dir, 'dist'));
    expect(await readdir(path.join(dir, 'dist'))).toEqual(['a.txt']);
  });
});

describe('publishStaged into a new folder', () => {
  it('creates missing parent folders of the output directory', async () => {
    const dir = scratchDir('planverk-publish-');
    await mkdir(path.join(dir, 'staging'));
    await publishStaged(path.join(dir, 'staging'), path.join(dir, 'a', 'b', 'dist'));
    expect(await readdir(path.join(dir, 'a', 'b'))).toEqual(['dist']);
  });
});

describe('publishStaged across file systems', () => {
  /** A staged site, an old output, and file operations where the rename of the staged site fails with EXDEV. */
  async function setup(): Promise<{ dir: string; out: string; staging: string }> {
    const dir = scratchDir('planverk-publish-');
    const out = path.join(dir, 'dist');
    const staging = path.join(dir, 'staging');
    await mkdir(out);
    await writeFile(path.join(out, 'old.html'), 'old');
    await mkdir(staging);
    await writeFile(path.join(staging, 'index.html'), 'new');
    return { dir, out, staging };
  }
  const exdev = (staging: string) => async (from: string, to: string) => {
    if (from === staging) throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
    await rename(from, to);
  };

  it('copies the staged site in when a rename cannot cross file systems', async () => {
    const { dir, out, staging } = await setup();
    await publishStaged(staging, out, {
      rename: exdev(staging),
      cp: (from, to) => cp(from, to, { recursive: true }),
    });
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['dist']);
  });

  it('puts the old output back when the copy fails', async () => {
    const { dir, out, staging } = await setup();
    const failingCopy = async (_from: string, to: string): Promise<void> => {
      await mkdir(to);
      await writeFile(path.join(to, 'half.html'), 'half');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await expect(
      publishStaged(staging, out, { rename: exdev(staging), cp: failingCopy }),
    ).rejects.toThrow('no space left on device');
    expect(await readdir(out)).toEqual(['old.html']);
    expect(await readFile(path.join(out, 'old.html'), 'utf8')).toBe('old');
    // Nothing half-copied or set aside is left behind; the staged site is still there.
    expect((await readdir(dir)).sort()).toEqual(['dist', 'staging']);
  });
});
