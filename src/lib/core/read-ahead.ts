/** How many files the readers of a whole site keep in flight by default. */
export const READ_AHEAD = 16;

/**
 * `[item, await read(item)]` for every item, yielded in the items' order,
 * with up to `ahead` reads started before the one being consumed. For the steps that
 * read every file of a site in a fixed order (digests, the search index):
 * one read at a time leaves them waiting on the disk between files (issue
 * 11: 3 s of a 1,000-document rebuild's 300 MB digest, of which the hashing
 * was 0.6 s), while the consumer still sees one result at a time, in order,
 * so what it computes is the same.
 *
 * A read that fails rejects when its turn comes, not before; reads started
 * for items after a failure are left to finish unobserved.
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
  ahead = READ_AHEAD,
): AsyncGenerator<[T, R]> {
  const window = Math.max(1, Math.floor(ahead));
  const pending = new Map<number, Promise<R>>();
  const start = (i: number): void => {
    if (i >= items.length) return;
    const promise = read(items[i] as T);
    // Observed when its turn comes; until then a rejection must not count as unhandled.
    promise.catch(() => undefined);
    pending.set(i, promise);
  };
  for (let i = 0; i < Math.min(window, items.length); i++) start(i);
  for (let i = 0; i < items.length; i++) {
    const result = await (pending.get(i) as Promise<R>);
    pending.delete(i);
    // Only now: with item i done, `window` reads run again, never more.
    start(i + window);
    yield [items[i] as T, result];
  }
}
