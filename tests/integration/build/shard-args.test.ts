/**
 * `npm run build -- --shard` and `--assemble` refuse what they cannot use
 * with one line, before any content is read: no stack trace, exit 1. (The
 * sharded build itself: tests/e2e/shard.test.ts.)
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../../e2e/helpers/build.ts';
import { inShard, parseShard } from '../../../src/lib/build/shard.ts';
import { scratchDir } from '../../helpers/scratch.ts';

const CONTENT = path.join(ROOT, 'tests/fixtures/site/basic/content');

describe('--shard and --assemble arguments', () => {
  it('refuses a folder that is not a shard output', async () => {
    const empty = scratchDir('planverk-shard-');
    await mkdir(path.join(empty, 'pdf-not'), { recursive: true });
    const run = await runScript(
      [
        'scripts/build.ts',
        '--content',
        CONTENT,
        '--out',
        path.join(empty, 'out'),
        '--assemble',
        empty,
      ],
      { env: { PLANVERK_CACHE_DIR: path.join(empty, 'cache') } },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not the output of a shard build');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('content:');
  });

  it('refuses a malformed --shard from the command line', async () => {
    const run = await runScript(['scripts/build.ts', '--content', CONTENT, '--shard', '3/2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--shard wants i/n');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('parses i/n and nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1', '1/2/3', '-1/2']) {
      expect(() => parseShard(bad), bad).toThrow(/--shard wants i\/n/);
    }
  });

  it('puts every document in exactly one shard, the same one whatever else exists', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `kommune/dokument-${i}`);
    for (const n of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: n }, () => 0);
      for (const id of ids) {
        const owners = sizes.map((_, i) => inShard(id, { index: i + 1, count: n }));
        expect(owners.filter(Boolean)).toHaveLength(1);
        const owner = owners.indexOf(true);
        sizes[owner] = (sizes[owner] ?? 0) + 1;
      }
      // A hash spreads them: no shard is empty or holds more than twice its share.
      for (const size of sizes) expect(size).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeLessThan((2 * ids.length) / n);
    }
  });
});
