import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import { findDraftLeaks } from '../../../src/lib/build/draft-guard.ts';

const draft = {
  id: 'tysnes/utkast',
  slug: 'tysnes/utkast',
  title: 'Skuleplan for Tysnes 2025–2028',
} as PlanDocument;

describe('findDraftLeaks', () => {
  it('finds a draft title or URL in any text file, compressed or not', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-guard-'));
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'index.html'), '<a href="/dokument/tysnes/utkast/">x</a>');
    await writeFile(
      path.join(dir, 'data', 'x.json.gz'),
      gzipSync('{"t":"Skuleplan for Tysnes 2025–2028"}'),
    );
    await writeFile(path.join(dir, 'ok.html'), 'Skuleplan');
    expect((await findDraftLeaks(dir, [draft])).sort()).toEqual([
      'data/x.json.gz: «Skuleplan for Tysnes 2025–2028»',
      'index.html: «/dokument/tysnes/utkast/»',
    ]);
  });

  it('finds nothing when there are no drafts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-guard-'));
    await writeFile(path.join(dir, 'index.html'), 'x');
    expect(await findDraftLeaks(dir, [])).toEqual([]);
  });
});
