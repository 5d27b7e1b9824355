import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXPANSION_MARK } from '../../../src/lib/search/client/excerpt.ts';
import { cutFragment, cutFragments } from '../../../src/lib/search/fragments.ts';

const pack = (data: unknown): Buffer => gzipSync(`pagefind_dcd${JSON.stringify(data)}`);
const unpack = (raw: Buffer): unknown =>
  JSON.parse(gunzipSync(raw).toString('utf8').slice('pagefind_dcd'.length));

const page = {
  url: '/a/',
  content: `Plan for tenester. ${EXPANSION_MARK} tjenester tenestene`,
  word_count: 6,
};

describe('cutting the hidden terms off Pagefind fragments', () => {
  it('keeps the real text and the mark, and everything else in the fragment', () => {
    const cut = cutFragment(pack(page));
    expect(cut && unpack(cut)).toEqual({
      ...page,
      content: `Plan for tenester. ${EXPANSION_MARK}`,
    });
  });
  it('cuts every fragment of a fragment group', () => {
    const cut = cutFragment(pack({ h1: page, h2: { ...page, url: '/b/' } }));
    expect(cut && unpack(cut)).toEqual({
      h1: { ...page, content: `Plan for tenester. ${EXPANSION_MARK}` },
      h2: { ...page, url: '/b/', content: `Plan for tenester. ${EXPANSION_MARK}` },
    });
  });
  it('leaves a fragment without hidden terms alone', () =>
    expect(cutFragment(pack({ ...page, content: 'Plan for tenester.' }))).toBeNull());
  it('refuses a file in a format it does not know', () => {
    expect(() => cutFragment(gzipSync('pagefind_xyz{}'))).toThrow(/not a Pagefind/);
    expect(() => cutFragment(pack({ url: '/a/' }))).toThrow(/not a Pagefind/);
  });
  it('rewrites the files of a bundle in place and reports what it did', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pv-fragments-'));
    try {
      await mkdir(path.join(dir, 'fragment'));
      const file = path.join(dir, 'fragment', 'nn_1.pf_fragment');
      await writeFile(file, pack(page));
      await writeFile(path.join(dir, 'fragment', 'nn_2.pf_fragment'), gzipSync('other'));
      const report = await cutFragments(dir);
      expect(report).toMatchObject({ fragments: 2, cut: 1, unknown: 1 });
      expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
      expect((unpack(await readFile(file)) as { content: string }).content).not.toContain(
        'tjenester',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
