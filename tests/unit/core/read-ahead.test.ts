/**
 * core/read-ahead.ts: the digests and the search step read a site's files
 * ahead of the one they consume; what they compute must not change, so the
 * results come in the items' order whatever order the reads finish in, no
 * more than `ahead` run at once, and a failed read fails at its turn.
 */
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../src/lib/core/read-ahead.ts';

const collect = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
};

describe('readAhead', () => {
  it('yields in the items’ order when later reads finish first, with at most `ahead` running', async () => {
    let running = 0;
    let most = 0;
    const read = async (n: number): Promise<number> => {
      running += 1;
      most = Math.max(most, running);
      // Earlier items take longer, so they finish after later ones.
      await new Promise((resolve) => setTimeout(resolve, (10 - n) * 2));
      running -= 1;
      return n * n;
    };
    const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(await collect(readAhead(items, 4, read))).toEqual(items.map((n) => n * n));
    expect(most).toBe(4);
  });

  it('reads one at a time with ahead 1, and yields nothing for no items', async () => {
    let running = 0;
    let most = 0;
    const read = async (s: string): Promise<string> => {
      running += 1;
      most = Math.max(most, running);
      await Promise.resolve();
      running -= 1;
      return s.toUpperCase();
    };
    expect(await collect(readAhead(['a', 'b', 'c'], 1, read))).toEqual(['A', 'B', 'C']);
    expect(most).toBe(1);
    expect(await collect(readAhead([], 8, read))).toEqual([]);
  });

  it('fails at the failed read’s turn, after the results before it', async () => {
    const seen: number[] = [];
    const read = async (n: number): Promise<number> => {
      if (n === 2) throw new Error('unreadable 2');
      return n;
    };
    await expect(
      (async () => {
        for await (const n of readAhead([0, 1, 2, 3], 3, read)) seen.push(n);
      })(),
    ).rejects.toThrow('unreadable 2');
    expect(seen).toEqual([0, 1]);
  });
});
