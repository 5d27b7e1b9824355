import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asideDir, incomingDir, publishStaged } from '../../../src/lib/build/publish.ts';
import { recoverInterruptedPublish } from '../../../src/lib/build/recover-publish.ts';
import { scratchDir } from '../../helpers/scratch.ts';

async function site(dir: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), text);
}

describe('recoverInterruptedPublish (a build died while publishing)', () => {
  it('puts the old site back when the build died after moving it aside', async () => {
    const dir = scratchDir('planverk-recover-');
    const out = path.join(dir, 'dist');
    await site(asideDir(out, 4242), 'old');
    const recovery = await recoverInterruptedPublish(out);
    expect(recovery.restored).toBe(asideDir(out, 4242));
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('keeps the new site and removes the old one when the build died before cleaning up', async () => {
    const dir = scratchDir('planverk-recover-');
    const out = path.join(dir, 'dist');
    await site(out, 'new');
    await site(asideDir(out, 4242), 'old');
    expect((await recoverInterruptedPublish(out)).restored).toBeUndefined();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('drops a half-copied site (died mid-copy across file systems) and restores the old one', async () => {
    const dir = scratchDir('planverk-recover-');
    const out = path.join(dir, 'dist');
    await site(asideDir(out, 4242), 'old');
    await site(incomingDir(out, 4242), 'half');
    await recoverInterruptedPublish(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('restores the newest of several sites set aside and removes the rest', async () => {
    const dir = scratchDir('planverk-recover-');
    const out = path.join(dir, 'dist');
    await site(asideDir(out, 1), 'older');
    await site(asideDir(out, 2), 'newer');
    await utimes(asideDir(out, 1), new Date(2020, 0, 1), new Date(2020, 0, 1));
    await recoverInterruptedPublish(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('newer');
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('leaves other folders alone (dist-preview, a missing parent)', async () => {
    const dir = scratchDir('planverk-recover-');
    await site(path.join(dir, 'dist-preview.old-7'), 'preview');
    expect(await recoverInterruptedPublish(path.join(dir, 'dist'))).toEqual({ removed: [] });
    expect(await readdir(dir)).toEqual(['dist-preview.old-7']);
    expect(await recoverInterruptedPublish(path.join(dir, 'nope', 'dist'))).toEqual({
      removed: [],
    });
  });
});

describe('publishStaged: the instant with no output folder', () => {
  it('calls afterMoveAside exactly between moving the old site aside and moving the new one in', async () => {
    const dir = scratchDir('planverk-recover-');
    const out = path.join(dir, 'dist');
    await site(out, 'old');
    await site(path.join(dir, 'staging'), 'new');
    let seen: string[] = [];
    await publishStaged(path.join(dir, 'staging'), out, {
      rename: (await import('node:fs/promises')).rename,
      cp: async () => undefined,
      afterMoveAside: async () => {
        seen = (await readdir(dir)).sort();
      },
    });
    expect(seen).toEqual([path.basename(asideDir(out)), 'staging']);
  });
});
