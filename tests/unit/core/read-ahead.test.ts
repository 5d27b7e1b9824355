/**
 * core/read-ahead.ts: the digests and the search step read a site's files
 * ahead of the one they consume; what they compute must not change, so the
 * results come in the items' order whatever order the reads finish in, no
 * more than `ahead` run at once, and a failed read fails at its turn.
 */
import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../src/lib/core/read-ahead.ts';

/** The results alone, in the order they came. */
const collect = async <T, R>(source: AsyncIterable<[T, R]>): Promise<R[]> => {
  const out: R[] = [];
  for await (const [, x] of source) out.push(x);
  return out;
};

/** `work` as a read that counts how many run at once (`most`). */
const counting = <T, R>(work: (item: T) => Promise<R>) => {
  const seen = { running: 0, most: 0 };
  const read = async (item: T): Promise<R> => {
    seen.running += 1;
    seen.most = Math.max(seen.most, seen.running);
    try {
      return await work(item);
    } finally {
      seen.running -= 1;
    }
  };
  return { read, seen };
};

describe('readAhead', () => {
  it('yields in the items’ order when later reads finish first, with at most `ahead` running', async () => {
    // Earlier items take longer, so they finish after later ones.
    const { read, seen } = counting(async (n: number) => {
      await new Promise((resolve) => setTimeout(resolve, (10 - n) * 2));
      return n * n;
    });
    const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(await collect(readAhead(items, read, 4))).toEqual(items.map((n) => n * n));
    expect(seen.most).toBe(4);
  });

  it('reads one at a time with ahead 1, and yields nothing for no items', async () => {
    const { read, seen } = counting(async (s: string) => {
      await Promise.resolve();
      return s.toUpperCase();
    });
    expect(await collect(readAhead(['a', 'b', 'c'], read, 1))).toEqual(['A', 'B', 'C']);
    expect(seen.most).toBe(1);
    expect(await collect(readAhead([], read, 8))).toEqual([]);
  });

  it('yields each item with its result', async () => {
    const pairs: [string, number][] = [];
    for await (const pair of readAhead(['ab', 'c'], async (s) => s.length)) pairs.push(pair);
    expect(pairs).toEqual([
      ['ab', 2],
      ['c', 1],
    ]);
  });

  it('fails at the failed read’s turn, after the results before it', async () => {
    const seen: number[] = [];
    const read = async (n: number): Promise<number> => {
      if (n === 2) throw new Error('unreadable 2');
      return n;
    };
    await expect(
      (async () => {
        for await (const [, n] of readAhead([0, 1, 2, 3], read, 3)) seen.push(n);
      })(),
    ).rejects.toThrow('unreadable 2');
    expect(seen).toEqual([0, 1]);
  });
});
